"""Coding search hits from the search panel: code chosen by typing, unit, preview, ticking,
one undoable step, and coding by speaker."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from duocoder.gui.language.search import LEMMA
from duocoder.nlp.pipeline import ENV_MODEL
from tests.gui.language_support import make_project, open_window, search, wait_idle

TRUST = "Verbinding/Vertrouwen"


@pytest.fixture
def lang(app, qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV_MODEL, "blank")
    window, features = open_window(qtbot, make_project(tmp_path / "taal.duocoder"))
    yield window, features
    window.set_project(None)


def coded(window, path: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text for s in window.controller.project.segments([path])]


def test_coding_the_ticked_hits_by_sentence_is_one_undoable_step(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    search(qtbot, features, "vertrouwen", LEMMA)
    box = features.search.coder
    table = features.search.table
    # type part of the code's name, as in "Code with…"
    box.code.lineEdit().setFocus()
    QTest.keyClicks(box.code.lineEdit(), "Vertrouwen")
    assert box.code.code_id() == window.controller.project.code(TRUST).id
    box.unit.setCurrentIndex(box.unit.findData("sentence"))
    # untick Bert's hit with the keyboard: select it, press Space
    table.setFocus()
    table.selectRow(4)
    QTest.keyClick(table, Qt.Key.Key_Space)
    assert [h.doc for h in features.search.model.ticked_hits()] == ["Anna"] * 4
    table.selectRow(1)
    qtbot.waitUntil(lambda: "4 passages would be coded" in box.count.text(), timeout=5000)
    wait_idle(qtbot, features)
    assert "<b>vertrouwde</b>" in box.preview.toHtml() or "vertrouwde" in box.preview.toPlainText()
    assert box.preview.toPlainText().strip().endswith("Hij vertrouwde niemand, maar zij wel.")
    steps = window.controller.undo_stack.count()
    QTest.mouseClick(box.apply, Qt.MouseButton.LeftButton)
    assert coded(window, TRUST) == [
        "Ik vertrouw haar.",
        "Hij vertrouwde niemand, maar zij wel.",
        "We hebben elkaar vertrouwd.",
        "Het vertrouwen groeide elke week.",
    ]
    segs = window.controller.project.segments([TRUST])
    assert {s.coder for s in segs} == {"Tester"} and not any(s.auto for s in segs)
    assert window.controller.undo_stack.count() == steps + 1
    assert "Code 4 search hits" in window.actions_.undo.text()
    assert box.feedback.text() == "4 codings added; Undo takes them back."
    assert window.transcript.segments  # Anna's transcript shows the new highlights
    window.actions_.undo.trigger()
    assert coded(window, TRUST) == []
    assert not window.transcript.segments


def test_an_unknown_code_is_said_on_the_panel(lang, qtbot, errors) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    search(qtbot, features, "vertrouwen", LEMMA)
    box = features.search.coder
    box.code.setEditText("Bestaat niet")
    box.apply.click()
    assert box.feedback.error and "Choose a code" in box.feedback.text()
    assert errors == [] and window.controller.undo_stack.count() == 0


def test_code_by_speaker_codes_the_respondent_turns_of_a_role(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    voice = "Stem van de vrijwilliger"
    dialog = features.code_by_speaker()
    assert dialog is not None and dialog.isVisible()
    assert [dialog.speaker.itemData(i) for i in range(dialog.speaker.count())] == ["R", "I"]
    dialog.by_role.setChecked(True)
    dialog.role.setCurrentIndex(dialog.role.findData("volunteer"))
    dialog.code.setEditText(voice)
    QTest.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert coded(window, voice) == [
        "Mijn maatje vertrouwt mij. We gaan samen wandelen in het park.",
        "Soms is het moeilijk, want ik heb weinig tijd.",
    ]
    assert window.statusBar().currentMessage() == "2 turns coded."
    window.actions_.undo.trigger()
    assert coded(window, voice) == []


def test_code_by_speaker_in_chosen_documents_only(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    dialog = features.code_by_speaker()
    dialog.by_speaker.setChecked(True)
    dialog.speaker.setCurrentIndex(dialog.speaker.findData("R"))
    dialog.documents.item(1).setCheckState(Qt.CheckState.Unchecked)  # not Bert
    dialog.code.setEditText("Vertrouwen")  # the only code containing it
    dialog.ok.click()
    assert [s.doc for s in window.controller.project.segments([TRUST])] == ["Anna"] * 3
    # asking again adds nothing and says so, in the dialog
    again = features.code_by_speaker()
    again.by_speaker.setChecked(True)
    again.speaker.setCurrentIndex(again.speaker.findData("R"))
    again.documents.item(1).setCheckState(Qt.CheckState.Unchecked)
    again.code.setEditText("Vertrouwen")
    again.ok.click()
    assert again.isVisible() and again.feedback.text() == "These turns already have this code."
    again.reject()
