"""The suite's server mode (`pytest --server`): the same tests, every project a team project.

Every `Project.create(path)` of a project file makes a fresh database on one throwaway
PostgreSQL server instead (`tests/postgres.py`) and remembers it under the file's path;
every `Project.open(path)` of such a path opens that database. So the core tests (storage,
app, analysis, undo) run unchanged on PostgreSQL, and `tasks.py test` runs them twice: once
on project files, once on the server.

Tests about the file itself (its bytes, header, backups, migrations, encryption, locks)
have nothing to test on a server; they are skipped here with the reason (`FILE_ONLY`)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tests.postgres import PostgresUnavailableError, Server

SERVER: Server | None = None
UNAVAILABLE: str | None = None  # why no server could be started (outside CI: all skipped)
_DATABASES: dict[Path, str] = {}

FILE_ONLY = {
    "tests/core/test_migrations.py": "upgrades project files of earlier formats",
    "tests/core/test_project_file.py": "checks the project file's header and side files",
    "tests/core/test_robustness.py": "feeds damaged and foreign files to the file opener",
    "tests/core/test_storage_failures.py": "kills writers of project files and fills disks",
    "tests/storage/test_encryption.py": "encrypts project files",
    "tests/storage/test_recorders.py": "runs on both engines itself",
    "tests/storage/test_team_projects.py": "makes its own team projects",
    "tests/storage/test_team_passwords.py": "makes its own team projects",
    "tests/storage/test_server_formats.py": "makes its own team projects",
    "tests/storage/test_server_pseudonymise.py": "makes its own team projects",
    "tests/storage/test_team_recordings.py": "makes its own team projects",
    "tests/core/test_recording_privacy.py": "reads the project file's bytes for the old path",
    "tests/storage/test_team_conflicts.py": "makes its own team projects",
    "tests/storage/test_team_faults.py": "kills and restarts servers of its own",
    "tests/core/test_merge.py": "merges coders' copies, which are project files",
    "tests/core/test_team_workflow.py": "merges coders' copies, which are project files",
    "tests/cli/test_cli_merge.py": "merges coders' copies, which are project files built and "
    "copied as files",
    "tests/core/test_agreement_project.py": "builds the demo project file",
    "tests/core/test_import.py::test_demo_project_is_coded_with_the_research_codebook": "builds "
    "the demo project file",
    "tests/core/test_duplicate_codings.py": "writes an old project file with sqlite3",
    "tests/core/test_guids.py": "reads the project file with sqlite3",
    "tests/core/test_pseudonymise.py::test_a_study_is_pseudonymised_consistently_and_the_file_"
    "keeps_no_name": "searches the project file's bytes",
    "tests/core/test_pseudonymise.py::test_the_history_before_a_run_is_sealed": "reads the "
    "project file with sqlite3",
    "tests/core/test_pseudonymise.py::test_a_key_file_of_another_project_or_a_missing_key": "uses "
    "the project file as a key file",
    "tests/core/test_media_links.py::test_a_recording_beside_the_project_is_kept_relative_and_"
    "never_copied_in": "measures the project file and keeps paths relative to its folder",
}
"""Tests that are about project files, with the reason; skipped in the server mode."""


def start(config: pytest.Config) -> None:
    """Start the server and send every project to it."""
    global SERVER, UNAVAILABLE
    try:
        SERVER = Server.start()
    except PostgresUnavailableError as exc:
        if os.environ.get("CI") == "true":
            raise pytest.UsageError(
                f"CI must test PostgreSQL too, but no server could be started: {exc}"
            ) from exc
        UNAVAILABLE = f"no PostgreSQL server could be started: {exc}"
        return
    from duocoder.app.base import ProjectBase

    create, open_ = ProjectBase.create.__func__, ProjectBase.open.__func__  # type: ignore[attr-defined]

    def create_on_server(cls, path, *args, passphrase=None, **kwargs):  # type: ignore[no-untyped-def]
        if not _is_file(path) or SERVER is None:
            return create(cls, path, *args, passphrase=passphrase, **kwargs)
        key = _key(path)
        if key in _DATABASES:
            from duocoder.domain.errors import ProjectFileError

            raise ProjectFileError(f"'{Path(path).name}' already exists; choose another name.")
        address = SERVER.new_database()
        project = create(cls, address, *args, **kwargs)
        _DATABASES[key] = address
        return project

    def open_on_server(cls, path, passphrase=None, **kwargs):  # type: ignore[no-untyped-def]
        if _is_file(path) and _key(path) in _DATABASES:
            return open_(cls, _DATABASES[_key(path)], **kwargs)
        return open_(cls, path, passphrase, **kwargs)

    ProjectBase.create = classmethod(create_on_server)  # type: ignore[assignment]
    ProjectBase.open = classmethod(open_on_server)  # type: ignore[assignment]
    os.environ["DUOCODER_TEST_SERVER"] = "1"


def stop() -> None:
    global SERVER
    if SERVER is not None:
        SERVER.stop()
        SERVER = None


def mark(items: list[pytest.Item]) -> None:
    for item in items:
        if UNAVAILABLE is not None:
            item.add_marker(pytest.mark.skip(reason=f"server mode: {UNAVAILABLE}"))
            continue
        for prefix, reason in FILE_ONLY.items():
            if item.nodeid.startswith(prefix):
                item.add_marker(pytest.mark.skip(reason=f"server mode: {reason}"))


def _is_file(path: Any) -> bool:
    from duocoder.storage.server import is_server_address

    return isinstance(path, (str, Path)) and not is_server_address(path)


def _key(path: str | Path) -> Path:
    return Path(path).resolve()
