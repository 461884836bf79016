"""Reviewing auto-coding suggestions: accept and reject single items and selections, the
auto flag on accepted codings, and removing a code's auto-codings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from duocoder.nlp.pipeline import ENV_MODEL
from tests.gui.language_support import make_project, open_window, wait_idle

TRUST, ACTIVITIES = "Verbinding/Vertrouwen", "Verbinding/Activiteiten"


@pytest.fixture
def lang(app, qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV_MODEL, "blank")
    window, features = open_window(qtbot, make_project(tmp_path / "taal.duocoder"))
    yield window, features
    window.set_project(None)


def find(qtbot, features, code: str | None) -> list:  # type: ignore[no-untyped-def]
    panel = features.suggestions
    features.suggest_action.trigger()
    if code is None:
        panel.code.setCurrentIndex(0)
    else:
        panel.code.setEditText(code)
    QTest.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, features)
    return panel.model.items


def select(panel, rows: list[int]) -> None:  # type: ignore[no-untyped-def]
    panel.table.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in rows:
        panel.table.selectionModel().select(panel.model.index(r, 0), flags)


def test_suggestions_for_all_codes_list_sentence_code_and_document(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, features = lang
    items = find(qtbot, features, None)
    assert [(s.code, s.doc, s.text) for s in items] == [
        (TRUST, "Anna", "Ik vertrouw haar."),
        (TRUST, "Anna", "Hij vertrouwde niemand, maar zij wel."),
        (TRUST, "Anna", "We hebben elkaar vertrouwd."),
        (TRUST, "Anna", "Het vertrouwen groeide elke week."),
        (ACTIVITIES, "Anna", "We drinken koffie op de markt, twee keer per maand."),
        (TRUST, "Bert", "Mijn maatje vertrouwt mij."),
        (ACTIVITIES, "Bert", "We gaan samen wandelen in het park."),
    ]
    model = features.suggestions.model
    assert model.index(0, 0).data() == "Verbinding ▸ Vertrouwen"
    assert model.index(0, 2).data() == "Anna"
    assert features.suggestions.summary.text() == "7 suggestions"


def test_accepting_makes_auto_codings_and_rejecting_hides_them_for_good(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    panel = features.suggestions
    project = window.controller.project
    items = find(qtbot, features, "Vertrouwen")
    assert len(items) == 5 and {s.code for s in items} == {TRUST}
    # accept one item with the keyboard, then a selection of two with the button
    panel.table.setFocus()
    select(panel, [0])
    QTest.keyClick(panel.table, Qt.Key.Key_A)
    select(panel, [0, 1])
    QTest.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    segs = project.segments([TRUST])
    assert [s.text for s in segs] == [
        "Ik vertrouw haar.",
        "Hij vertrouwde niemand, maar zij wel.",
        "We hebben elkaar vertrouwd.",
    ]
    assert all(s.auto for s in segs) and {s.coder for s in segs} == {"Tester"}
    assert "Accept 2 suggestions" in window.actions_.undo.text()
    assert panel.summary.text() == "2 codings added, marked as auto-suggested."
    # reject the remaining two: they are gone now and the next time
    assert [s.text for s in panel.model.items] == [
        "Het vertrouwen groeide elke week.",
        "Mijn maatje vertrouwt mij.",
    ]
    select(panel, [0, 1])
    QTest.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    assert panel.model.items == []
    assert len(project.segments([TRUST])) == 3
    assert find(qtbot, features, "Vertrouwen") == []
    assert "No suggestions" in panel.summary.text()
    # undoing the rejection brings them back
    window.actions_.undo.trigger()
    assert [s.text for s in find(qtbot, features, "Vertrouwen")] == [
        "Het vertrouwen groeide elke week.",
        "Mijn maatje vertrouwt mij.",
    ]


def test_removing_the_auto_codings_of_a_code_keeps_the_hand_made_ones(
    lang, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    panel = features.suggestions
    project = window.controller.project
    anna = project.document("Anna").id
    text = project.text(anna)
    start = text.index("Het vertrouwen")
    window.controller.run("Code", project.add_coding, anna, TRUST, start, start + 14)
    find(qtbot, features, "Vertrouwen")
    select(panel, [0, 1])
    panel.accept_selected()
    assert len(project.segments([TRUST])) == 3
    asked: list[str] = []

    def answer(_parent, _title, question):  # type: ignore[no-untyped-def]
        asked.append(question)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert panel.remove_auto.isEnabled()
    QTest.mouseClick(panel.remove_auto, Qt.MouseButton.LeftButton)
    assert "Verbinding ▸ Vertrouwen" in asked[0]
    assert [s.text for s in project.segments([TRUST])] == ["Het vertrouwen"]
    assert panel.summary.text() == "2 auto-codings removed."
    window.actions_.undo.trigger()
    assert len(project.segments([TRUST])) == 3
