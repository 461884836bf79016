"""The watchdog of tests/gui/modal_watchdog.py: a test that leaves a modal dialog open fails
with the dialog's text and the run goes on, instead of waiting for a click forever. Run in a
child pytest, since the test inside is meant to fail."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.gui.modal_watchdog import MODAL_SECONDS_ENV

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parents[2]

INNER_CONFTEST = """
pytest_plugins = ["tests.gui.modal_watchdog"]
"""

INNER_TESTS = """
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox


def test_forgets_to_answer(qapp):
    box = QMessageBox(QMessageBox.Icon.Question, "Names in this export", "Nobody answers me")
    box.exec()


def test_asks_for_a_name(qapp):
    name, ok = QInputDialog.getText(None, "Coder", "Who codes this?")
    assert not ok


def test_opens_a_menu_nobody_chooses_from(qapp):
    menu = QMenu()
    menu.addAction("&Listen")
    assert menu.exec(QPoint(5, 5)) is None


def test_runs_on_after_the_stuck_ones(qapp):
    assert qapp is not None
"""


@pytest.mark.slow  # a child pytest that starts Qt
def test_an_unanswered_modal_dialog_fails_its_test_with_its_text(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(MODAL_SECONDS_ENV, "1")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    pytester.makeconftest(INNER_CONFTEST)
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest_subprocess(
        "-p", "no:cacheprovider", "-o", "timeout=60", timeout=120
    )
    result.assert_outcomes(passed=4, errors=3)
    output = result.stdout.str()
    assert "QMessageBox 'Names in this export': Nobody answers me" in output
    assert "QInputDialog 'Coder': Who codes this?" in output
    assert "QMenu '': &Listen" in output
    assert "stayed open more than 1 s" in output
