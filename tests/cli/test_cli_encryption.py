"""The CLI on encrypted projects: `new --encrypt`, `encrypt`, `decrypt`, `passphrase`, and
every other command asking for the passphrase (DUOCODER_PASSPHRASE in scripts, the terminal
otherwise), never taking it as an argument."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.cli import passphrase as passphrase_module
from duocoder.storage.migrations import backup_path
from tests.helpers import run_cli

SQLITE_MAGIC = b"SQLite format 3\x00"

# these tests choose between plain and encrypted files themselves
pytestmark = pytest.mark.skipif(
    os.environ.get("DUOCODER_TEST_ENCRYPTED") == "1", reason="chooses its own files"
)
PASSPHRASE = "fietsen langs de Schelde"
TRANSCRIPT = "I: Hoe leerde u Ruud kennen?\nR: Via het buurthuis in Moerwijk, twee jaar geleden.\n"


@pytest.fixture
def secret(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DUOCODER_PASSPHRASE", PASSPHRASE)
    return PASSPHRASE


@pytest.fixture
def no_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DUOCODER_PASSPHRASE", raising=False)
    monkeypatch.delenv("DUOCODER_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr(passphrase_module, "_at_terminal", lambda: False)


def _typed(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """Make the CLI believe it runs at a terminal where the user types `answers`; returns the
    prompts it showed."""
    prompts: list[str] = []
    typed = iter(answers)

    def getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(typed)

    monkeypatch.delenv("DUOCODER_PASSPHRASE", raising=False)
    monkeypatch.setattr(passphrase_module, "_at_terminal", lambda: True)
    monkeypatch.setattr(passphrase_module.getpass, "getpass", getpass)
    return prompts


def _new_encrypted(capsys: pytest.CaptureFixture[str], path: Path) -> None:
    code, out, err = run_cli(capsys, "new", str(path), "--language", "en", "--encrypt")
    assert (code, err) == (0, "")
    assert "encrypted" in out


def test_new_encrypt_then_every_command_reads_it_with_the_variable(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, secret: str
) -> None:
    path = tmp_path / "study.duocoder"
    _new_encrypted(capsys, path)
    assert not path.read_bytes().startswith(SQLITE_MAGIC)
    interview = tmp_path / "anna.txt"
    interview.write_text(TRANSCRIPT, encoding="utf-8")
    code, _out, err = run_cli(capsys, "import", str(path), str(interview), "--role", "participant")
    assert (code, err) == (0, "")
    start = TRANSCRIPT.index("buurthuis")
    code, _out, err = run_cli(
        capsys,
        *("code", str(path), "--doc", "anna", "--code", "Ontmoeting", "--create"),
        *("--start", str(start), "--end", str(start + len("buurthuis"))),
    )
    assert (code, err) == (0, "")
    code, out, _err = run_cli(capsys, "segments", str(path), "--json")
    assert [s["text"] for s in json.loads(out)] == ["buurthuis"]
    code, out, _err = run_cli(capsys, "undo", str(path))
    assert code == 0
    code, out, _err = run_cli(capsys, "segments", str(path), "--json")
    assert json.loads(out) == []
    assert b"Moerwijk" not in path.read_bytes()


def test_without_a_terminal_or_variable_the_command_says_how(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, secret: str, no_passphrase: None
) -> None:
    path = tmp_path / "study.duocoder"
    Project.create(path, passphrase=secret).close()
    code, out, err = run_cli(capsys, "docs", str(path))
    assert code == 1 and out == ""
    assert err == (
        "duocoder: This project needs a passphrase and there is no terminal to ask it at; "
        "set DUOCODER_PASSPHRASE to it.\n"
    )


def test_a_wrong_passphrase_is_one_sentence(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "study.duocoder"
    Project.create(path, passphrase=PASSPHRASE).close()
    monkeypatch.setenv("DUOCODER_PASSPHRASE", "verkeerd")
    code, out, err = run_cli(capsys, "codes", str(path))
    assert (code, out) == (1, "")
    assert err == "duocoder: The passphrase for 'study.duocoder' is not right.\n"
    monkeypatch.setenv("DUOCODER_CLI_LANGUAGE", "nl")
    code, out, err = run_cli(capsys, "codes", str(path))
    assert err == "duocoder: Het wachtwoord voor 'study.duocoder' klopt niet.\n"


def test_at_a_terminal_a_new_passphrase_is_typed_twice(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "study.duocoder"
    prompts = _typed(monkeypatch, "één", "twee")
    code, _out, err = run_cli(capsys, "new", str(path), "--encrypt")
    assert code == 1
    assert err == "duocoder: The passphrases differ; nothing was changed.\n"
    assert prompts == ["New passphrase for study.duocoder: ", "The same passphrase again: "]
    assert not path.exists()
    _typed(monkeypatch, PASSPHRASE, PASSPHRASE)
    code, _out, err = run_cli(capsys, "new", str(path), "--encrypt")
    assert (code, err) == (0, "")
    prompts = _typed(monkeypatch, PASSPHRASE)
    code, out, _err = run_cli(capsys, "docs", str(path))
    assert code == 0 and "No documents yet" in out
    assert prompts == ["Passphrase for study.duocoder: "]


def test_an_empty_passphrase_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "study.duocoder"
    monkeypatch.setenv("DUOCODER_PASSPHRASE", "")
    code, _out, err = run_cli(capsys, "new", str(path), "--encrypt")
    assert code == 1 and "DUOCODER_PASSPHRASE is set but empty" in err
    _typed(monkeypatch, "")
    code, _out, err = run_cli(capsys, "new", str(path), "--encrypt")
    assert err == "duocoder: A passphrase cannot be empty; nothing was changed.\n"
    assert not path.exists()


def test_the_passphrase_is_never_an_argument(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for command in ("new", "encrypt", "decrypt", "passphrase"):
        with pytest.raises(SystemExit) as stop:
            run_cli(capsys, command, str(tmp_path / "x.duocoder"), "--passphrase", "geheim")
        assert stop.value.code == 2
        assert "unrecognized arguments: --passphrase geheim" in capsys.readouterr().err


def test_encrypt_decrypt_and_change_the_passphrase(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DUOCODER_PASSPHRASE", raising=False)
    path = tmp_path / "study.duocoder"
    with Project.create(path, language="en") as p:
        p.add_code("Ontmoeting")
    old_backup = backup_path(path, 6)
    shutil.copyfile(path, old_backup)
    monkeypatch.setenv("DUOCODER_PASSPHRASE", PASSPHRASE)
    code, out, err = run_cli(capsys, "encrypt", str(path))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"Encrypted {path}; its unencrypted bytes were overwritten.",
        "These backups beside it are not encrypted; delete them if they should not be "
        f"readable: {old_backup}",
    ]
    assert not path.read_bytes().startswith(SQLITE_MAGIC)
    code, out, err = run_cli(capsys, "encrypt", str(path))
    assert code == 1 and "is already encrypted" in err

    monkeypatch.setenv("DUOCODER_NEW_PASSPHRASE", "een nieuw wachtwoord")
    code, out, err = run_cli(capsys, "passphrase", str(path), "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {"project": str(path), "encrypted": True, "plain_backups": []}
    code, out, err = run_cli(capsys, "codes", str(path))
    assert err == "duocoder: The passphrase for 'study.duocoder' is not right.\n"

    monkeypatch.setenv("DUOCODER_PASSPHRASE", "een nieuw wachtwoord")
    code, out, err = run_cli(capsys, "decrypt", str(path))
    assert (code, err) == (0, "")
    assert out == f"{path} is no longer encrypted: anyone who has the file can read it.\n"
    assert path.read_bytes().startswith(SQLITE_MAGIC)
    monkeypatch.delenv("DUOCODER_PASSPHRASE")
    code, out, _err = run_cli(capsys, "codes", str(path))
    assert code == 0 and "Ontmoeting" in out
    code, out, err = run_cli(capsys, "decrypt", str(path))
    assert err == f"duocoder: {path} is not encrypted.\n"


def test_merge_asks_for_a_copy_with_another_passphrase(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, copy = tmp_path / "team.duocoder", tmp_path / "lies.duocoder"
    Project.create(target, language="en", passphrase=PASSPHRASE).close()
    with Project.create(copy, language="en", passphrase="lies eigen") as p:
        p.add_code("Vertrouwen")
    prompts = _typed(monkeypatch, PASSPHRASE, "lies eigen")
    code, out, err = run_cli(capsys, "merge", str(target), str(copy), "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["codes_added"] == ["Vertrouwen"]
    assert prompts == [
        "Passphrase for team.duocoder: ",
        "Passphrase for lies.duocoder (a copy to merge): ",
    ]
