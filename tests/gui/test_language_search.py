"""Searching the project from the Text menu: lemma search, filters, opening a hit in its
transcript, and a broken regular expression shown calmly on the panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from duocoder.gui.language.search import EXACT, LEMMA, REGEX, WORD
from duocoder.nlp.pipeline import ENV_MODEL
from tests.gui.language_support import make_project, open_window, search, wait_idle


@pytest.fixture
def lang(app, qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV_MODEL, "blank")  # the tested fallback, whatever is installed
    window, features = open_window(qtbot, make_project(tmp_path / "taal.duocoder"))
    yield window, features
    window.set_project(None)


def test_the_text_menu_sits_before_view_and_opens_the_search_with_a_shortcut(lang) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Text") == titles.index("&View") - 1
    assert features.search_action.shortcut().toString() == "Ctrl+Shift+L"
    features.search_action.trigger()
    assert features.search_dock.isVisible()
    assert features.search.query.hasFocus()


def test_lemma_search_finds_the_inflections_exact_search_misses(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, features = lang
    exact = search(qtbot, features, "vertrouwen", EXACT)
    assert [h.match for h in exact] == ["vertrouwen"]
    lemma = search(qtbot, features, "vertrouwen", LEMMA)
    assert [h.match for h in lemma] == [
        "vertrouw",
        "vertrouwde",
        "vertrouwd",
        "vertrouwen",
        "vertrouwt",
    ]
    assert features.search.summary.text() == "5 hits in 2 documents"
    # keyword in context: the left context ends where the hit begins
    first = features.search.model.index(0, 1)
    assert first.data().endswith("Vertrouwt u haar? R: Ik ")
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert features.search.model.index(0, 2).data(Qt.ItemDataRole.FontRole).bold()
    assert features.search.model.index(0, 4).data() == "Anna"


def test_interviewer_turns_are_left_out_unless_asked_for(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, features = lang
    respondents = search(qtbot, features, "vertrouwt", WORD)
    assert [(h.doc, h.match) for h in respondents] == [("Bert", "vertrouwt")]
    features.search.interviewer.setChecked(True)
    everyone = search(qtbot, features, "vertrouwt", WORD)
    assert [(h.doc, h.match, h.speaker) for h in everyone] == [
        ("Anna", "Vertrouwt", "I"),
        ("Bert", "vertrouwt", "R"),
    ]


def test_role_and_code_filters_narrow_the_hits(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    panel = features.search
    panel.role.setCurrentIndex(panel.role.findData("volunteer"))
    assert [h.doc for h in search(qtbot, features, "vertrouwen", LEMMA)] == ["Bert"]
    panel.role.setCurrentIndex(0)
    project = window.controller.project
    anna = project.document("Anna")
    text = project.text(anna.id)
    start = text.index("Het vertrouwen groeide")
    window.controller.run("Code", project.add_coding, anna.id, "Verbinding", start, start + 22)
    panel.code.setEditText("Verbinding")
    panel.inside.setCurrentIndex(panel.inside.findData(True))
    assert [h.match for h in search(qtbot, features, "vertrouwen", LEMMA)] == ["vertrouwen"]
    panel.inside.setCurrentIndex(panel.inside.findData(False))
    outside = search(qtbot, features, "vertrouwen", LEMMA)
    assert "vertrouwen" not in [h.match for h in outside] and len(outside) == 4


def test_activating_a_hit_selects_the_match_in_its_transcript(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    hits = search(qtbot, features, "vertrouwen", LEMMA)
    table = features.search.table
    table.setFocus()
    table.selectRow(4)  # "vertrouwt", in Bert, while Anna is shown
    assert window.transcript.doc_id != hits[4].doc_id
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert window.transcript.doc_id == hits[4].doc_id
    assert window.transcript.selected_span() == (hits[4].start, hits[4].end)
    assert window.transcript.textCursor().selectedText() == "vertrouwt"
    assert table.hasFocus()  # the researcher can walk on to the next hit
    rect = table.visualRect(table.model().index(1, 2))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.transcript.textCursor().selectedText() == "vertrouwde"


def test_a_broken_regular_expression_is_explained_on_the_panel(lang, qtbot, errors) -> None:  # type: ignore[no-untyped-def]
    _window, features = lang
    assert search(qtbot, features, "vertrouw(en", REGEX) == []
    summary = features.search.summary
    assert "is not a valid regular expression" in summary.text()
    assert summary.error
    assert errors == []  # no message box
    assert [h.match for h in search(qtbot, features, r"vertrouw\w*", REGEX)][:2] == [
        "vertrouw",
        "vertrouwde",
    ]
    assert not summary.error


def test_new_documents_are_offered_as_filters_and_indexed_in_the_background(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    search(qtbot, features, "vertrouwen", LEMMA)
    project = window.controller.project
    assert project.index_status().complete
    from tests.helpers import source

    window.controller.run(
        "Add",
        project.add_document,
        "Carla",
        source("R: Vertrouwen is alles voor mij.\n"),
        "coordinator",
        "Wijk Oost",
    )
    assert features.search.case.findData("Wijk Oost") >= 0
    qtbot.waitUntil(lambda: project.index_status().complete, timeout=20_000)
    wait_idle(qtbot, features)
    assert "Carla" in [h.doc for h in search(qtbot, features, "vertrouwen", LEMMA)]


def test_the_text_menu_speaks_dutch(app, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from duocoder.gui.common.i18n import install_translation

    monkeypatch.setenv(ENV_MODEL, "blank")
    try:
        install_translation(app, "nl")
        window, features = open_window(qtbot, make_project(tmp_path / "taal.duocoder"))
        titles = [a.text() for a in window.menuBar().actions()]
        assert "&Tekst" in titles
        assert [a.text() for a in features.menu.actions()][:4] == [
            "&Zoeken in het project…",
            "Coderen per s&preker…",
            "Codeer&suggesties",
            "&Woordfrequenties",
        ]
        hits = search(qtbot, features, "vertrouwen", LEMMA)
        assert features.search.summary.text() == "5 treffers in 2 documenten"
        assert features.search.model.index(0, 5).data() == "deelnemer"
        assert hits[0].match == "vertrouw"
        window.set_project(None)
    finally:
        install_translation(app, "en")


def test_errors_stay_readable_in_the_dark_theme(lang, qtbot, app) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    from duocoder.gui.common import theme
    from duocoder.gui.language.common import ERROR_DARK

    _window, features = lang
    before = QPalette(app.palette())
    try:
        theme.apply_theme(app, "dark")
        search(qtbot, features, "(", REGEX)
        line = features.search.summary
        color = line.palette().color(QPalette.ColorRole.WindowText)
        assert color == QColor(ERROR_DARK)
        base = app.palette().color(QPalette.ColorRole.Window)
        assert abs(color.lightnessF() - base.lightnessF()) > 0.4
    finally:
        theme.apply_theme(app, "system")
        app.setPalette(before)
