"""A team project's password on a real PostgreSQL server that asks for one (scram-sha-256):
taken from the password file first, else remembered in the (test's in-memory) keyring, else
typed; a missing one and a wrong one told apart so the window can ask; and the password in
no message, traceback, log line, address or remembered list."""

from __future__ import annotations

import json
import logging
import traceback
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy.engine import make_url

from duocoder.app import credentials
from duocoder.app.errorlog import write_error_log
from duocoder.app.project import Project
from duocoder.app.team_projects import (
    address_parts,
    build_address,
    default_user,
    is_team_address,
    open_team_project,
)
from duocoder.domain.errors import PasswordNeededError, ProjectFileError, WrongPasswordError
from tests.helpers import run_cli
from tests.keyrings import MemoryKeyring

PASSWORD = "Koffie&Klik-2024"  # the test role's, on a throwaway server
ROLE = "lies_pw"


@pytest.fixture
def address(postgres_server) -> str:  # type: ignore[no-untyped-def]
    """A team project in a fresh database that role `ROLE` may open only with `PASSWORD`."""
    plain = str(postgres_server.new_database())
    with Project.create(plain, language="nl", name="Duowerkingen") as p:
        p.add_code("Verbinding")
    postgres_server.password_role(ROLE, PASSWORD)
    url = make_url(plain)
    return build_address(url.host or "", url.port or 5432, url.database or "", ROLE)


def _no_password_in(*texts: str) -> None:
    for text in texts:
        assert PASSWORD not in text


def _told(exc: BaseException) -> str:
    return "".join(traceback.format_exception(exc)) + repr(exc) + str(exc.__dict__)


def test_without_a_password_the_server_asks_for_one(address: str) -> None:
    with pytest.raises(PasswordNeededError) as caught:
        Project.open(address)
    assert not isinstance(caught.value, WrongPasswordError)
    assert caught.value.address == address
    assert "asks for the password" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_wrong_password_is_told_apart_and_named_nowhere(
    address: str, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    wrong = PASSWORD + "x"
    with pytest.raises(WrongPasswordError) as caught:
        Project.open(address, password=wrong)
    assert str(caught.value) == f"The server did not accept the password for {address}."
    assert wrong not in _told(caught.value)
    assert caught.value.__cause__ is None  # psycopg's failed connection keeps what it was given
    log = write_error_log(caught.value, "opening a team project", tmp_path)
    assert log is not None
    assert wrong not in log.read_text()
    assert wrong not in caplog.text


def test_the_right_password_opens_and_serves_reconnections(address: str) -> None:
    with Project.open(address, password=PASSWORD) as p:
        assert p.on_server and p.address == address
        assert PASSWORD not in p.address and PASSWORD not in repr(p._engine)
        assert p._engine is not None
        p._engine.dispose()  # every pooled connection gone: the next one logs in again
        p.add_code("Vertrouwen", "Verbinding")
        assert [c.path for c in p.codes()] == ["Verbinding", "Verbinding/Vertrouwen"]


def test_the_password_file_comes_first(
    address: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parts = address_parts(address)
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{parts.host}:{parts.port}:*:{ROLE}:{PASSWORD}\n")
    pgpass.chmod(0o600)  # libpq ignores a password file others can read
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        with open_team_project(address) as p:
            assert p.name == "Duowerkingen"
    finally:
        keyring.set_keyring(fail.Keyring())
    assert ring.kept == {}  # the file's password is not copied into the keyring


def test_a_wrong_password_in_the_password_file_is_one_sentence(
    address: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{ROLE}:not-it\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    with pytest.raises(ProjectFileError, match="password file") as caught:
        Project.open(address)
    assert not isinstance(caught.value, PasswordNeededError)  # the file is wrong, not empty
    assert "not-it" not in str(caught.value)


def test_a_remembered_password_is_used_and_a_stale_one_forgotten(
    address: str, memory_keyring: MemoryKeyring, postgres_server
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(PasswordNeededError):
        open_team_project(address)  # nothing remembered yet
    with open_team_project(address, PASSWORD, remember=False):
        pass
    assert memory_keyring.kept == {}
    with pytest.raises(WrongPasswordError):
        open_team_project(address, "nope", remember=True)
    assert memory_keyring.kept == {}  # a refused password is never remembered
    with open_team_project(address, PASSWORD, remember=True) as p:
        assert p.address == address
    assert memory_keyring.kept == {(credentials.SERVICE, address): PASSWORD}
    with open_team_project(address) as p:  # the keyring's, without asking
        assert p.name == "Duowerkingen"
    postgres_server.password_role(ROLE, "changed-on-the-server")
    try:
        with pytest.raises(PasswordNeededError) as caught:
            open_team_project(address)
        assert not isinstance(caught.value, WrongPasswordError)  # asked anew, not "wrong"
        assert memory_keyring.kept == {}
    finally:
        postgres_server.password_role(ROLE, PASSWORD)


def test_without_a_keyring_nothing_is_remembered_and_nothing_breaks(address: str) -> None:
    keyring.set_keyring(fail.Keyring())  # as on a Linux machine without a desktop session
    assert not credentials.can_remember()
    assert not credentials.remember(address, PASSWORD)
    assert credentials.remembered(address) is None
    credentials.forget(address)
    with open_team_project(address, PASSWORD, remember=True) as p:
        assert p.on_server
    with pytest.raises(PasswordNeededError):
        open_team_project(address)


def test_a_broken_keyring_only_means_nothing_is_remembered() -> None:
    class Broken(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("D-Bus went away")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise RuntimeError(f"refused {password}")

    keyring.set_keyring(Broken())
    try:
        assert credentials.can_remember()
        assert not credentials.remember("postgresql://a@h:5432/db", PASSWORD)
        assert credentials.remembered("postgresql://a@h:5432/db") is None
    finally:
        keyring.set_keyring(fail.Keyring())


def test_addresses_are_built_and_read_back_without_any_password() -> None:
    address = build_address(" server.ugent.be ", 5433, "duo study", "an.de vries@ugent")
    assert is_team_address(address)
    parts = address_parts(address)
    assert (parts.host, parts.port, parts.database, parts.user) == (
        "server.ugent.be",
        5433,
        "duo study",
        "an.de vries@ugent",
    )
    assert build_address("", 5432, "study", "") == "postgresql://localhost:5432/study"
    assert address_parts("postgresql:///study").host == "localhost"
    assert address_parts("postgresql://db.example/study").user == default_user()
    assert not is_team_address("/home/lies/duo.duocoder")


def test_the_cli_takes_the_password_the_window_remembered(
    address: str, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(capsys, "codes", address)
    assert code != 0 and "asks for the password" in err  # nothing remembered yet
    credentials.remember(address, PASSWORD)  # as the window does when asked to
    code, out, err = run_cli(capsys, "codes", address, "--json")
    assert code == 0, err
    assert [c["path"] for c in json.loads(out)] == ["Verbinding"]
    _no_password_in(out, err)
    credentials.remember(address, "changed-on-the-server")
    code, out, err = run_cli(capsys, "codes", address)
    assert code != 0 and "asks for the password" in err  # a stale one is not "wrong"
    assert memory_keyring.kept == {}  # and is forgotten, as the window forgets it
    _no_password_in(out, err)
