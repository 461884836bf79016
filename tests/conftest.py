"""Fixtures shared by the whole suite; Qt is set up only in tests/gui/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from duocoder.app.project import Project


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "test.duocoder") as p:
        yield p
