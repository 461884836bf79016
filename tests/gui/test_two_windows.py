"""Two windows on one project: a passage coded in one appears in the other's margin and code
counts within a second, and an undo there takes it away again, without anyone reloading."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.helpers import select_text

WITHIN_MS = 1000


@pytest.fixture
def second(app, qtbot, project_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from duocoder.gui.shell.main_window import MainWindow

    QSettings().setValue("coder", "Bram")  # the second window's coder
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_project(str(project_path))
    QSettings().setValue("coder", "Tester")
    yield w
    w.set_project(None)


def _klik(window) -> int:  # type: ignore[no-untyped-def]
    return window.controller.project.code("Verbinding/Klik").id


def test_a_coding_in_one_window_appears_in_the_others_margin(window, second, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert second.transcript.segments == []
    select_text(window.transcript, "ik vertrouw Ben volledig")
    coding = window.coding.apply_code(_klik(window))
    assert coding is not None

    qtbot.waitUntil(lambda: len(second.transcript.segments) == 1, timeout=WITHIN_MS)
    assert second.transcript.segments[0].id == coding
    assert second.codes.model.info(_klik(second)).own_count == 1
    # the other window's own undo stack is its coder's: the coding is not on it
    assert not second.actions_.undo.isEnabled()

    window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: second.transcript.segments == [], timeout=WITHIN_MS)
    assert second.codes.model.info(_klik(second)).own_count == 0
