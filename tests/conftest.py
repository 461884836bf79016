"""Fixtures shared by the whole suite; Qt is set up only in tests/gui/conftest.py."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from duocoder.app.project import Project


@pytest.fixture(autouse=True)
def english_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read the CLI's English messages: a new project is Dutch by default and the CLI
    speaks a project's language, so they ask for English as a researcher may (the tests of
    the Dutch messages, tests/cli/test_cli_dutch.py, remove the variable)."""
    from duocoder.cli.messages import ENVIRONMENT

    monkeypatch.setenv(ENVIRONMENT, "en")


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
