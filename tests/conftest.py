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


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """A real PostgreSQL server on loopback for this test session (see tests/postgres.py)."""
    import os

    from tests.postgres import PostgresUnavailableError, Server

    try:
        server = Server.start()
    except PostgresUnavailableError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must test PostgreSQL too, but no server could be started: {exc}")
        pytest.skip(f"no PostgreSQL server could be started: {exc}")
    try:
        yield server
    finally:
        server.stop()
