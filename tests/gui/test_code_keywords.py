"""A code's keywords in the window: edited from the code tree's context menu as one
undoable step, and a suggestion panel that says which codes lack keywords instead of
claiming that no sentence matches."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog, QLineEdit

from duocoder.nlp.pipeline import ENV_MODEL
from tests.gui.helpers import when_shown
from tests.gui.language_support import open_window, wait_idle

TRUST = "Verbinding/Vertrouwen"


def _answer(type_text: str | None, seen: list[tuple[str, str]]) -> Callable[[QInputDialog], None]:
    """What a researcher does in the keywords dialog: read it, then type and press Enter
    (`type_text` None: press Escape)."""

    def act(dialog: QInputDialog) -> None:
        line = dialog.findChild(QLineEdit)
        assert line is not None
        seen.append((dialog.labelText(), line.text()))
        if type_text is None:
            QTest.keyClick(line, Qt.Key.Key_Escape)
            return
        line.selectAll()
        QTest.keyClick(line, Qt.Key.Key_Delete)
        QTest.keyClicks(line, type_text)
        QTest.keyClick(line, Qt.Key.Key_Return)

    return act


def _edit(window, code_id: int, type_text: str | None) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    seen: list[tuple[str, str]] = []
    actions = {a.text(): a for a in window.code_menu.menu(code_id).actions()}
    when_shown(QInputDialog, _answer(type_text, seen))
    actions["Edit &keywords…"].trigger()
    assert len(seen) == 1
    return seen[0]


def test_keywords_are_edited_in_the_code_menu_and_undone_in_one_step(window) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    stack = window.controller.undo_stack
    trust = project.code(TRUST).id
    label, shown = _edit(window, trust, " vertrouwen; Rekenen op , VERTROUWEN,,vertrouwd ")
    assert "'Vertrouwen'" in label and shown == ""
    assert project.code(TRUST).keywords == ("vertrouwen", "Rekenen op", "vertrouwd")
    assert stack.count() == 1 and stack.undoText() == "Edit keywords of Vertrouwen"
    # the dialog shows the current keywords; cancelling changes nothing
    _label, shown = _edit(window, trust, None)
    assert shown == "vertrouwen; Rekenen op; vertrouwd"
    assert stack.count() == 1
    # an edit that changes nothing adds no step either
    _edit(window, trust, "vertrouwen, Rekenen op; vertrouwd")
    assert stack.count() == 1
    _edit(window, trust, "vertrouwen")
    assert project.code(TRUST).keywords == ("vertrouwen",)
    stack.undo()
    assert project.code(TRUST).keywords == ("vertrouwen", "Rekenen op", "vertrouwd")
    stack.undo()
    assert project.code(TRUST).keywords == ()
    stack.redo()
    assert project.code(TRUST).keywords == ("vertrouwen", "Rekenen op", "vertrouwd")


@pytest.fixture
def panel(qtbot, app, project_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV_MODEL, "blank")
    window, features = open_window(qtbot, project_path)
    features.suggest_action.trigger()
    yield window, features
    window.set_project(None)


def test_suggestions_name_the_codes_without_keywords_before_searching(panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = panel
    summary = features.suggestions.summary
    expected = (
        "No suggestions: no code has keywords yet, so nothing can be matched. "
        "Codes without keywords (4 of 4): Verbinding, Vertrouwen, Klik, Mobiliteit — "
        "add keywords with Edit keywords… in a code's context menu in the code tree."
    )
    assert summary.text() == expected  # as soon as the panel opens
    QTest.mouseClick(features.suggestions.find_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, features)
    assert summary.text() == expected
    assert features.suggestions.model.items == []
    # once a code has keywords, the explanation goes
    window.controller.project.set_keywords("Verbinding/Klik", ["klik"])
    assert summary.text() == ""


def test_keywords_without_a_match_say_so_and_name_the_rest(panel, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = panel
    project = window.controller.project
    project.set_keywords("Verbinding/Klik", ["fiets"])  # no interview mentions a bike
    suggestions = features.suggestions
    suggestions.code.setCurrentIndex(0)
    QTest.mouseClick(suggestions.find_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, features)
    text = suggestions.summary.text()
    assert text.startswith("No suggestions: no uncoded sentence contains a keyword")
    assert "Codes without keywords (3 of 4): Verbinding, Vertrouwen, Mobiliteit" in text
    # with keywords that do occur, the suggestions come
    project.set_keywords(TRUST, ["vertrouwen"])
    QTest.mouseClick(suggestions.find_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, features)
    assert [s.code for s in suggestions.model.items] == [TRUST]
    assert "1 suggestion" in suggestions.summary.text()
