"""Fixtures shared by the whole suite; Qt is set up only in tests/gui/conftest.py."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

from duocoder.app.project import Project

if TYPE_CHECKING:
    from tests.keyrings import MemoryKeyring

TEST_PASSPHRASE = "correct horse battery staple"
"""The passphrase of every project the suite makes in its encrypted mode."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--encrypted",
        action="store_true",
        help="make every project of the suite encrypted (also: DUOCODER_TEST_ENCRYPTED=1)",
    )
    parser.addoption(
        "--server",
        action="store_true",
        help="make every project of the suite a team project on a throwaway PostgreSQL "
        "server (also: DUOCODER_TEST_SERVER=1); see tests/server_mode.py",
    )


def encrypted_mode(config: pytest.Config) -> bool:
    return bool(config.getoption("--encrypted")) or os.environ.get(ENCRYPTED_ENV) == "1"


ENCRYPTED_ENV = "DUOCODER_TEST_ENCRYPTED"
SERVER_ENV = "DUOCODER_TEST_SERVER"


def server_mode(config: pytest.Config) -> bool:
    return bool(config.getoption("--server")) or os.environ.get(SERVER_ENV) == "1"


def pytest_unconfigure(config: pytest.Config) -> None:
    if server_mode(config):
        from tests import server_mode as server_module

        server_module.stop()


def pytest_configure(config: pytest.Config) -> None:
    """In the server mode every project is a team project (`tests/server_mode.py`). In the
    encrypted mode every Project.create and Project.open given no passphrase uses
    TEST_PASSPHRASE, and the CLI reads it from DUOCODER_PASSPHRASE: the tests run unchanged
    on encrypted files. Keys are derived once per passphrase: the derivation is slow on purpose
    (against guessing), and the suite would otherwise pay it for every project it makes."""
    if server_mode(config):
        from tests import server_mode as server_module

        server_module.start(config)
    if not encrypted_mode(config):
        return
    import functools

    from duocoder.app import base as base_module
    from duocoder.app.base import ProjectBase
    from duocoder.storage import encryption, reencrypt

    os.environ[ENCRYPTED_ENV] = "1"
    os.environ["DUOCODER_PASSPHRASE"] = TEST_PASSPHRASE
    # one salt for every file the suite makes, so the slow derivation runs once per passphrase
    derive = functools.cache(encryption.derive_key)
    salt = bytes(range(encryption.SALT_BYTES))
    encryption.derive_key = derive  # type: ignore[assignment]
    for module in (base_module, reencrypt):
        module.new_file_key = lambda passphrase: derive(passphrase, salt)  # type: ignore[attr-defined]
    create, open_ = ProjectBase.create.__func__, ProjectBase.open.__func__  # type: ignore[attr-defined]

    def create_encrypted(cls, path, *args, passphrase=None, **kwargs):  # type: ignore[no-untyped-def]
        return create(cls, path, *args, passphrase=passphrase or TEST_PASSPHRASE, **kwargs)

    def open_encrypted(cls, path, passphrase=None, **kwargs):  # type: ignore[no-untyped-def]
        return open_(cls, path, passphrase or TEST_PASSPHRASE, **kwargs)

    ProjectBase.create = classmethod(create_encrypted)  # type: ignore[assignment]
    ProjectBase.open = classmethod(open_encrypted)  # type: ignore[assignment]
    _read_encrypted_files_through_sqlite3(encryption)


def pytest_sessionstart(session: pytest.Session) -> None:
    """Build the identifier library's lookup cache before the first test, once per machine:
    building it takes a minute or more, and the test that happened to load the library first
    (an export, through the export guard) would otherwise run out of its time."""
    from duocoder.nlp import identifier_library

    if not identifier_library.cache_built():
        print("\nBuilding the identifier library's lookup cache (once per machine)…", flush=True)
        identifier_library.library()


PLAIN_ONLY = {
    "tests/security/test_durability.py": "its child processes open projects through the API, "
    "outside this mode's passphrase",
    "tests/cli/test_cli.py::test_small_commands_start_fast_without_qt_or_spacy": "times the "
    "start of a plain command",
    "tests/gui/test_read_only.py::test_the_title_says_read_only_and_a_change_is_refused_in_one_"
    "sentence": "compares the plain project's title (an encrypted one's shows a lock)",
}
"""Tests that cannot run in the encrypted mode, with the reason."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if server_mode(config):
        from tests import server_mode as server_module

        server_module.mark(items)
    if not encrypted_mode(config):
        return
    for item in items:
        for prefix, reason in PLAIN_ONLY.items():
            if item.nodeid.startswith(prefix):
                item.add_marker(pytest.mark.skip(reason=f"encrypted mode: {reason}"))


def _read_encrypted_files_through_sqlite3(encryption: ModuleType) -> None:
    """Tests that look inside a project file with `sqlite3.connect(path)` get a keyed
    SQLCipher connection for an encrypted file, so they check the same rows on it."""
    import sqlite3

    plain_connect = sqlite3.connect

    def connect(database, **kwargs):  # type: ignore[no-untyped-def]
        path = _file_of(database, bool(kwargs.get("uri")))
        if (
            path is not None
            and encryption.head(path, 16) != encryption.SQLITE_MAGIC
            and encryption.looks_encrypted(path)
        ):
            key = encryption.key_for(path, TEST_PASSPHRASE)
            return encryption.connect(database, key, **kwargs)
        return plain_connect(database, **kwargs)

    sqlite3.connect = connect


def _file_of(database: object, uri: bool) -> Path | None:
    """The file a `sqlite3.connect` argument names: a path, or a file: URI."""
    from urllib.parse import urlparse
    from urllib.request import url2pathname

    if not isinstance(database, str | os.PathLike):
        return None
    name = os.fspath(database)
    if not uri:
        return Path(name)
    if isinstance(name, str) and name.startswith("file:"):
        return Path(url2pathname(urlparse(name).path))
    return None


@pytest.fixture(autouse=True)
def english_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read the CLI's English messages: a new project is Dutch by default and the CLI
    speaks a project's language, so they ask for English as a researcher may (the tests of
    the Dutch messages, tests/cli/test_cli_dutch.py, remove the variable)."""
    from duocoder.cli.messages import ENVIRONMENT

    monkeypatch.setenv(ENVIRONMENT, "en")


@pytest.fixture(autouse=True)
def no_user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test writes into the real user's data folder (where a computer keeps its places
    of a team project's recordings): each test has one of its own."""
    from duocoder.app import paths

    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "user-data")


@pytest.fixture(autouse=True)
def no_user_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test reads or writes the real user's keyring, nor a real password file: every test
    starts on keyring's "fail" backend (as a computer without one), the tests of remembered
    passwords set a `tests.keyrings.MemoryKeyring` of their own."""
    import keyring
    from keyring.backends import fail

    monkeypatch.setenv("PGPASSFILE", str(Path(__file__).parent / "no-such-pgpass"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A keyring in memory, for the tests of remembered passwords."""
    import keyring
    from keyring.backends import fail

    from tests.keyrings import MemoryKeyring

    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "test.duocoder") as p:
        yield p


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[object]:
    """A real PostgreSQL server on loopback for this test session (see tests/postgres.py)."""
    import os

    from tests import server_mode
    from tests.postgres import PostgresUnavailableError, Server

    if server_mode.SERVER is not None:  # the server mode's own server
        yield server_mode.SERVER
        return
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
