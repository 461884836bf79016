"""Coders in the window: who is coding (asked on first start, switched with Edit ▸ Coder…),
each coder's colour on the margin's brackets, View ▸ Coders hiding a coder's codings, and
coding a document blind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from duocoder.app.project import Project
from duocoder.gui.shell import coders as coders_ui
from duocoder.gui.shell.coders import CoderDialog, ask_first_coder
from tests.gui.helpers import qt_position, when_shown

LIES_COLOR = "#be185d"
PASSAGES = {  # coder -> the passage of Anja's interview they coded as Verbinding/Klik
    "Tester": "ik vertrouw Ben volledig",
    "Lies": "Het café is dicht",
}


@pytest.fixture
def two_coders(project_path: Path) -> Path:
    with Project.open(project_path) as p:
        text = p.text("Anja")
        for coder, passage in PASSAGES.items():
            start = text.index(passage)
            p.add_coding("Anja", "Verbinding/Klik", start, start + len(passage), coder=coder)
        p.set_coder("Lies", LIES_COLOR)
        p.history.clear()
    return project_path


@pytest.fixture
def win(app, qtbot, two_coders: Path) -> Iterator:  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    assert w.open_project(str(two_coders))
    yield w
    w.set_project(None)


def highlighted(window, passage: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the passage's first character has a coding highlight in the transcript."""
    view = window.transcript
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_position(view, passage) + 1)  # the format of its first character
    return cursor.charFormat().background().style() != Qt.BrushStyle.NoBrush


def shown_coders(window) -> list[str | None]:  # type: ignore[no-untyped-def]
    return sorted(s.coder or "" for s in window.transcript.segments)


def painted_caps(window) -> list[str]:  # type: ignore[no-untyped-def]
    """The coder dots the bracket margin painted, by colour."""
    margin = window.transcript.brackets
    margin.repaint()
    QApplication.processEvents()
    return sorted(color for _centre, color in margin.caps)


def menu_actions(window) -> dict[str, object]:  # type: ignore[no-untyped-def]
    menu: QMenu = window.coders_menu
    menu.aboutToShow.emit()
    return {a.text().replace("&", ""): a for a in menu.actions() if a.text()}


def test_first_start_asks_name_and_colour_with_the_login_name_offered(
    app, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    QSettings().remove("coder")
    monkeypatch.setattr(coders_ui, "login_name", lambda: "lpeeters")
    seen: dict[str, str] = {}

    def fill(dialog: CoderDialog) -> None:
        seen["offered"] = dialog.name_edit.text()
        dialog.name_edit.setText("  Lies   Peeters ")
        dialog.set_color("#0E7490")
        dialog.accept()

    when_shown(CoderDialog, fill)
    assert ask_first_coder()
    assert seen["offered"] == "lpeeters"
    assert QSettings().value("coder") == "Lies Peeters"
    assert QSettings().value("coder_color") == "#0e7490"
    assert ask_first_coder()  # known now: not asked again (no dialog would answer)


def test_the_coder_dialog_refuses_an_empty_name(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = CoderDialog("", None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.name_edit.setText("Tom")
    assert ok.isEnabled()


def test_margin_brackets_carry_each_coders_colour(win) -> None:  # type: ignore[no-untyped-def]
    project = win.controller.project
    colors = {c.name: c.color for c in project.coders()}
    assert colors["Lies"] == LIES_COLOR
    assert painted_caps(win) == sorted([LIES_COLOR, colors["Tester"]])
    image = win.transcript.brackets.grab().toImage()
    ratio = image.devicePixelRatio()
    # two codings on one line in one column share their dot's place: the last one painted
    # is the one seen there
    last = {(c.x(), c.y()): color for c, color in win.transcript.brackets.caps}
    for (x, y), color in last.items():
        pixel = image.pixelColor(int(x * ratio), int(y * ratio))
        assert pixel.name() == QColor(color).name()  # the dot really is painted


def test_one_coder_alone_gets_no_coder_dots(app, qtbot, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    with Project.open(project_path) as p:
        p.add_coding("Anja", "Verbinding/Klik", 20, 24, coder="Tester")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_project(str(project_path))
    assert len(w.transcript.segments) == 1 and painted_caps(w) == []
    w.set_project(None)


def test_view_coders_hides_and_shows_a_coders_highlights_and_brackets(win) -> None:  # type: ignore[no-untyped-def]
    assert highlighted(win, PASSAGES["Lies"]) and highlighted(win, PASSAGES["Tester"])
    actions = menu_actions(win)
    lies = next(a for t, a in actions.items() if t.startswith("Lies"))
    assert "codings: 1" in lies.text() and lies.isChecked()
    lies.setChecked(False)
    assert win.controller.visible_coders() == frozenset({"Tester"})
    assert not highlighted(win, PASSAGES["Lies"]) and highlighted(win, PASSAGES["Tester"])
    assert shown_coders(win) == ["Tester"]
    assert painted_caps(win) == [win.controller.coder_color]  # Lies's bracket is gone
    menu_actions(win)["Show all coders"].trigger()
    assert win.controller.visible_coders() is None
    assert highlighted(win, PASSAGES["Lies"]) and shown_coders(win) == ["Lies", "Tester"]


def test_show_coders_from_another_view_adds_to_what_is_shown(win, qtbot) -> None:  # type: ignore[no-untyped-def]
    c = win.controller
    with qtbot.waitSignal(c.coders_visibility_changed):
        c.set_visible_coders(["Tester"])
    assert not highlighted(win, PASSAGES["Lies"])
    c.show_coders(["Lies"])
    assert c.visible_coders() == frozenset({"Tester", "Lies"})
    assert highlighted(win, PASSAGES["Lies"])


def test_blind_coding_hides_others_survives_switching_documents_and_a_restart(
    app, qtbot, win, two_coders: Path
) -> None:  # type: ignore[no-untyped-def]
    anja = win.transcript.doc_id
    menu_actions(win)["Code this document blind"].setChecked(True)
    assert not highlighted(win, PASSAGES["Lies"]) and highlighted(win, PASSAGES["Tester"])
    assert "Blind: only your codings are shown" in win.header.text()
    assert "blind" in win.coders_ui.status.text()
    ben = next(d.id for d in win.controller.documents() if d.name == "Ben")
    win.show_document(ben)
    assert "Blind" not in win.header.text() and win.controller.visible_coders() is None
    win.show_document(anja)
    assert not highlighted(win, PASSAGES["Lies"]) and "Blind" in win.header.text()
    win.set_project(None)

    from duocoder.gui.shell.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.open_project(str(two_coders))
    again.show_document(anja)
    assert shown_coders(again) == ["Tester"] and "Blind" in again.header.text()
    again.controller.show_coders(["Lies"])  # another view points at Lies's coding
    assert not again.controller.is_blind() and shown_coders(again) == ["Lies", "Tester"]
    assert "Blind" not in again.header.text()
    again.set_project(None)


def test_blind_mode_hides_others_in_the_tooltip_too(win) -> None:  # type: ignore[no-untyped-def]
    view = win.transcript
    pos = qt_position(view, PASSAGES["Lies"]) + 1
    assert [s.coder for s in view.segments_at_qt(pos)] == ["Lies"]
    win.controller.set_blind(True)
    assert view.segments_at_qt(pos) == []


def test_switching_coder_changes_colour_status_and_blind_view(win, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: CoderDialog) -> int:
        dialog.name_edit.setText("Lies")
        dialog.set_color("#047857")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CoderDialog, "exec", answer)
    win.controller.set_blind(True)
    assert shown_coders(win) == ["Tester"]
    win.set_coder_name()  # Edit ▸ Coder…
    assert win.controller.coder == "Lies" and win.controller.project.coder == "Lies"
    assert {c.name: c.color for c in win.controller.project.coders()}["Lies"] == "#047857"
    assert shown_coders(win) == ["Lies"]  # blind now shows the new coder's own codings
    status = win.coders_ui.status.text()
    assert "Lies" in status and "#047857" in status
    assert "#047857" in painted_caps(win)
    win.controller.set_blind(False)
    win.controller.core_undo()  # the colour change is Lies's own undo step
    assert {c.name: c.color for c in win.controller.project.coders()}["Lies"] == LIES_COLOR


def test_opening_a_project_writes_the_users_colour_when_it_has_none_there(
    app, qtbot, project_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    with Project.open(project_path) as p:
        p.add_coding("Anja", "Verbinding/Klik", 20, 24, coder="Tester")
        p.history.clear()
    QSettings().setValue("coder_color", "#7c3aed")
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_project(str(project_path))
    assert {c.name: c.color for c in w.controller.project.coders()} == {"Tester": "#7c3aed"}
    w.set_project(None)
