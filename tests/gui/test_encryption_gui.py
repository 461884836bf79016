"""Encrypted projects in the window: the passphrase dialog when opening (again, with the
sentence, after a wrong one; nothing opened on cancel), File ▸ Encrypt project… and
Decrypt project…, and the lock in the title."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from duocoder.app.project import Project
from duocoder.gui.shell.passphrase_dialog import PassphraseDialog
from tests.gui.helpers import when_shown
from tests.helpers import source

PASSPHRASE = "de bus naar Denderleeuw"
SQLITE_MAGIC = b"SQLite format 3\x00"

# these tests choose between plain and encrypted files themselves
pytestmark = pytest.mark.skipif(
    os.environ.get("DUOCODER_TEST_ENCRYPTED") == "1", reason="chooses its own files"
)

Step = Callable[[PassphraseDialog], None]


def answer_dialogs(*steps: Step) -> list[str]:
    """Answer the passphrase dialogs the window shows, one step each, as a researcher would;
    returns each dialog's visible error line (empty when none was shown). Each step waits for
    its own dialog (the one after it is only looked for once it acted), so a step never
    answers a dialog twice, and the wait ends with the test (tests/gui/modal_watchdog.py)."""
    errors: list[str] = []
    pending = list(steps)

    def answer(dialog: PassphraseDialog) -> None:
        errors.append(dialog.error.text() if dialog.error.isVisible() else "")
        step = pending.pop(0)
        if pending:
            when_shown(PassphraseDialog, answer)
        step(dialog)

    when_shown(PassphraseDialog, answer)
    return errors


def typed(*texts: str) -> Step:
    """Type `texts` into the dialog's field(s) and press OK."""

    def step(dialog: PassphraseDialog) -> None:
        fields = [dialog.first] if dialog.second is None else [dialog.first, dialog.second]
        for field, text in zip(fields, texts, strict=True):
            assert field.echoMode() == QLineEdit.EchoMode.Password  # never shown on screen
            field.setText(text)
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled()
        ok.click()

    return step


def cancelled(dialog: PassphraseDialog) -> None:
    dialog.reject()


@pytest.fixture
def encrypted_path(tmp_path: Path) -> Path:
    path = tmp_path / "duo.duocoder"
    with Project.create(path, language="nl", name="Duo geheim", passphrase=PASSPHRASE) as p:
        p.add_document("Anja", source("I: Hoe gaat het?\nR: Goed, dank je."), "participant")
    return path


@pytest.fixture
def empty_window(app, qtbot):  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.set_project(None)


def test_opening_asks_the_passphrase_and_again_after_a_wrong_one(
    empty_window, encrypted_path: Path, errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    shown = answer_dialogs(typed("verkeerd"), typed(PASSPHRASE))
    assert empty_window.open_project(str(encrypted_path))
    assert shown == ["", "The passphrase for duo.duocoder is not right."]
    assert errors == []
    project = empty_window.controller.project
    assert project.encrypted
    assert [d.name for d in project.documents()] == ["Anja"]
    assert empty_window.windowTitle() == "🔒 Duo geheim — DuoCoder"
    assert not empty_window.encrypt_action.isEnabled()
    assert empty_window.decrypt_action.isEnabled()


def test_cancelling_the_passphrase_opens_nothing(
    empty_window, encrypted_path: Path, errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    answer_dialogs(cancelled)
    assert not empty_window.open_project(str(encrypted_path))
    assert empty_window.controller is None
    assert errors == []
    assert empty_window.windowTitle() == "DuoCoder"


def test_a_new_passphrase_must_be_typed_twice_alike(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PassphraseDialog("duo.duocoder", confirm=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.second is not None
    dialog.first.setText("een")
    dialog.second.setText("twee")
    assert not ok.isEnabled()
    assert dialog.error.text() == "The passphrases differ."
    dialog.second.setText("een")
    assert ok.isEnabled()
    assert dialog.error.isHidden()


def test_encrypt_and_decrypt_from_the_file_menu(window, project_path: Path, errors) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "Duo test — DuoCoder"
    assert window.encrypt_action.isEnabled() and not window.decrypt_action.isEnabled()
    answer_dialogs(typed(PASSPHRASE, PASSPHRASE))
    window.encrypt_action.trigger()
    assert errors == []
    assert not project_path.read_bytes().startswith(SQLITE_MAGIC)
    assert window.controller.project.encrypted
    assert window.windowTitle() == "🔒 Duo test — DuoCoder"
    assert [d.name for d in window.controller.project.documents()] == ["Anja", "Ben"]

    shown = answer_dialogs(typed("fout"), typed(PASSPHRASE))
    window.decrypt_action.trigger()
    assert shown == ["", "The passphrase for duo.duocoder is not right."]
    assert errors == []
    assert project_path.read_bytes().startswith(SQLITE_MAGIC)
    assert not window.controller.project.encrypted
    assert window.windowTitle() == "Duo test — DuoCoder"


def test_merging_an_encrypted_copy_asks_its_passphrase(
    window, tmp_path: Path, qtbot, errors
) -> None:  # type: ignore[no-untyped-def]
    copy = tmp_path / "lies.duocoder"
    with Project.create(copy, language="nl", passphrase="van Lies") as p:
        p.add_code("Humor")
    shown = answer_dialogs(typed("van Bram"), typed("van Lies"))
    dialog = window.merge_projects([str(copy)])
    assert dialog is not None
    assert shown == ["", "The passphrase for lies.duocoder is not right."]
    with qtbot.waitSignal(dialog.merged, timeout=10_000) as merged:
        pass
    assert list(merged.args[0].codes_added) == ["Humor"]
    assert errors == []
