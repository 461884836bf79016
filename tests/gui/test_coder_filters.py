"""The coder filter in every view that counts codings: ticking one coder in the "Coders:"
dropdown makes the figures that coder's codings only, and the view says whose they are."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from duocoder.app.project import Project
from duocoder.nlp.pipeline import ENV_MODEL
from tests.gui.analysis_helpers import open_from_menu, row_keys, settle, values
from tests.gui.language_support import make_project, open_window, wait_idle

if TYPE_CHECKING:
    from duocoder.gui.common.filter_boxes import CoderBox

# Lies, a second coder, coded two passages with Klik (Tester coded the fixture's codings)
LIES = (
    ("Anja", "ik vertrouw Ben volledig", "Verbinding/Klik"),
    ("Ben", "Mijn vader was eenzaam", "Verbinding/Klik"),
)


@pytest.fixture
def two_coders(analysis_path: Path) -> Path:
    with Project.open(analysis_path) as p:
        for doc, passage, code in LIES:
            start = p.text(doc).index(passage)
            p.add_coding(doc, code, start, start + len(passage), coder="Lies")
        p.history.clear()
    return analysis_path


@pytest.fixture
def window(app, qtbot, two_coders: Path) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1500, 950)
    w.show()
    assert w.open_project(str(two_coders))
    yield w
    w.set_project(None)


def tick(box: CoderBox, name: str) -> None:
    """Tick a coder in the dropdown's menu, as a researcher clicks it."""
    [action] = [a for a in box.menu().actions() if a.text() == name]
    action.trigger()


def test_the_dropdown_reads_all_and_ticks_several(window) -> None:  # type: ignore[no-untyped-def]
    box = window.segments.coder
    assert box.text() == "all" and box.chosen() is None
    assert [a.text() for a in box.menu().actions() if a.text()] == ["All coders", "Lies", "Tester"]
    tick(box, "Lies")
    tick(box, "Tester")
    assert box.chosen() == ["Lies", "Tester"] and box.text() == "Lies, Tester"
    tick(box, "All coders")
    assert box.chosen() is None and box.text() == "all"


def test_cooccurrence_counts_the_chosen_coder(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    view = open_from_menu(window, qtbot, "cooccurrence")
    everyone = values(view.model)
    tick(view.filters.coder, "Lies")
    settle(view, qtbot)
    core = project.cooccurrence(coders=["Lies"])
    rows = [core.index(k) for k in row_keys(view.model)]
    assert values(view.model) == [[float(core.counts[i][j]) for j in rows] for i in rows]
    assert values(view.model) != everyone
    klik = project.code("Verbinding/Klik").id
    assert row_keys(view.model) == [klik]  # Lies coded only Klik
    assert values(view.model) == [[2.0]]  # her two Klik segments on the diagonal
    text = view.definition.toPlainText()
    assert text.startswith("How this was counted (codings of Lies):")
    assert "coder = Lies" in text


def test_matrix_counts_the_chosen_coder_and_the_chart_says_whose(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    view = open_from_menu(window, qtbot, "matrix")
    assert "(codings of all coders)" in view.chart.value_title
    tick(view.filters.coder, "Lies")
    settle(view, qtbot)
    core = project.code_matrix(by="role", coders=["Lies"])
    rows = [core.codes.index(k) for k in row_keys(view.model)]
    assert values(view.model) == [[float(v) for v in core.segments[i]] for i in rows]
    klik = row_keys(view.model).index(project.code("Verbinding/Klik").id)
    assert values(view.model)[klik] == [0.0, 1.0, 1.0]  # coordinator, participant, volunteer
    assert view.chart.value_title.endswith("(codings of Lies)")
    assert view.definition.toPlainText().startswith("How this was counted (codings of Lies):")


def test_duos_count_the_chosen_coder(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    view = open_from_menu(window, qtbot, "duos")
    tick(view.filters.coder, "Lies")
    settle(view, qtbot)
    core = project.duo_comparison(coders=["Lies"])
    rows = [core.codes.index(k) for k in row_keys(view.model)]
    shown = values(view.model)
    assert shown == [
        [float(n) for d in core.duos for n in (d.participant[i], d.volunteer[i])] for i in rows
    ]
    klik = row_keys(view.model).index(project.code("Verbinding/Klik").id)
    assert shown[klik][:2] == [1.0, 1.0]  # Duo 1: Anja's and Ben's one Klik each
    assert sum(map(sum, shown)) == 2.0
    assert "codings of Lies" in view.definition.toPlainText()


def test_stakeholders_show_the_chosen_coders_passages(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    window.codes.select_code(project.code("Verbinding/Klik").id)
    view = open_from_menu(window, qtbot, "stakeholders")

    def column(i: int) -> list[str]:
        return [view.lists[i].item(r).text() for r in range(view.lists[i].count())]

    assert column(0) == ["Wij koppelen mensen. Vertrouwen\n— Griet"]  # Tester's
    tick(view.filters.coder, "Lies")
    settle(view, qtbot)
    assert [column(i) for i in range(3)] == [
        [],
        ["ik vertrouw Ben volledig\n— Anja"],
        ["Mijn vader was eenzaam\n— Ben"],
    ]
    assert "codings of Lies" in view.definition.toPlainText()


def test_retrieval_lists_the_chosen_coders_segments_and_says_so(window) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    pane = window.segments
    pane.set_all_documents(True)
    window.codes.model.set_checked({project.code("Verbinding/Klik").id})
    assert {s.coder for s in pane.model.segments} == {"Lies", "Tester"}
    assert "coded by" not in pane.summary.text()
    tick(pane.coder, "Lies")
    assert [(s.doc, s.text, s.coder) for s in pane.model.segments] == [
        ("Anja", "ik vertrouw Ben volledig", "Lies"),
        ("Ben", "Mijn vader was eenzaam", "Lies"),
    ]
    assert pane.summary.text() == "2 segments in all documents, coded by Lies"


def test_quotes_follow_the_views_coder_and_can_be_changed(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(window, qtbot, "matrix")
    tick(view.filters.coder, "Lies")
    settle(view, qtbot)
    dialog = view.export_quotes(view.quote_filters())
    assert dialog is not None
    assert dialog.coders.chosen() == ["Lies"] and dialog.coders.text() == "Lies"

    def quoted(path: Path) -> str:
        dialog.write_to(str(path), "test: whose codings, not privacy")
        with qtbot.waitSignal(dialog.written, timeout=90_000):  # detection loads: 30 s+ under load
            pass
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)

    text = quoted(tmp_path / "lies.docx")
    assert "Mijn vader was eenzaam" in text  # Lies's
    assert "Wij koppelen mensen" not in text  # Tester's only
    dialog = view.export_quotes(view.quote_filters())
    assert dialog is not None
    tick(dialog.coders, "Lies")  # untick: every coder
    assert dialog.coders.chosen() is None
    assert "Wij koppelen mensen" in quoted(tmp_path / "all.docx")


# -- the language views ------------------------------------------------------------------------
GROWS = "Het vertrouwen groeide elke week."
MARKET = "We drinken koffie op de markt, twee keer per maand."


@pytest.fixture
def lang(app, qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV_MODEL, "blank")
    path = make_project(tmp_path / "taal.duocoder")
    with Project.open(path) as p:
        text = p.text("Anna")
        for passage, coder in ((GROWS, "Lies"), (MARKET, "Tom")):
            start = text.index(passage)
            p.add_coding("Anna", "Verbinding/Vertrouwen", start, start + len(passage), coder=coder)
        p.history.clear()
    window, features = open_window(qtbot, path)
    yield window, features
    window.set_project(None)


def test_words_per_code_count_the_chosen_coders_segments(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, features = lang
    panel = features.words
    features.words_action.trigger()
    panel.by.setCurrentIndex(panel.by.findData("code"))
    assert panel.coder.isEnabled()
    panel.top.setValue(100)

    def counted() -> set[str]:
        QTest.mouseClick(panel.count, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, features)
        return {r.lemma for r in panel.model.rows}

    everyone = counted()
    assert {"week", "markt"} <= everyone
    tick(panel.coder, "Tom")
    tom = counted()
    assert "markt" in tom and "week" not in tom
    assert panel.summary.text().endswith("in the segments of Tom; names left out")


def test_search_inside_a_code_follows_the_chosen_coder(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    panel = features.search
    features.show_search()
    panel.code.setCurrentIndex(
        panel.code.findData(window.controller.project.code("Verbinding/Vertrouwen").id)
    )
    assert panel.coders.isEnabled()

    def found() -> list[str]:
        panel.mode.setCurrentIndex(0)  # exact text
        panel.query.setText("week")
        QTest.keyClick(panel.query, Qt.Key.Key_Return)
        wait_idle(qtbot, features)
        return [h.match for h in panel.model.hits]

    assert found() == ["week"]
    tick(panel.coders, "Tom")
    assert found() == []
    tick(panel.coders, "Tom")
    tick(panel.coders, "Lies")
    assert found() == ["week"]
    assert panel.summary.text() == "1 hit in 1 document, segments coded by Lies"


def test_suggestions_leave_out_what_the_chosen_coder_coded(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    panel = features.suggestions
    features.suggest_action.trigger()
    panel.code.setCurrentIndex(
        panel.code.findData(window.controller.project.code("Verbinding/Vertrouwen").id)
    )

    def suggested() -> list[str]:
        QTest.mouseClick(panel.find_button, Qt.MouseButton.LeftButton)
        wait_idle(qtbot, features)
        return [s.text for s in panel.model.items]

    assert GROWS not in suggested()  # coded (by Lies)
    tick(panel.coders, "Tom")
    assert GROWS in suggested()  # Tom has not coded it
    assert "(sentences coded by Tom left out)" in panel.summary.text()
