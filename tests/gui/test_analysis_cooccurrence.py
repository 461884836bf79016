"""Analysis ▸ Co-occurrence: the heat map shows the core's numbers, a cell lists its pairs,
and a pair opens in the transcript."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog

from duocoder.gui.analysis.heatmap import VALUE_ROLE
from duocoder.gui.analysis.pair_list import FIRST, SECOND
from tests.gui.analysis_helpers import click_cell, headers, open_from_menu, row_keys, settle, values

H, V = Qt.Orientation.Horizontal, Qt.Orientation.Vertical


def _cell(view, project, a: str, b: str):  # type: ignore[no-untyped-def]
    keys = row_keys(view.model)
    return view.model.index(keys.index(project.code(a).id), keys.index(project.code(b).id))


def _core_matrix(view, result) -> list[list[float]]:  # type: ignore[no-untyped-def]
    rows = [result.index(k) for k in row_keys(view.model)]
    return [[float(result.counts[i][j]) for j in rows] for i in rows]


def test_the_heat_map_shows_the_cores_counts_with_code_names(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    project = analysis_window.controller.project
    core = project.cooccurrence(mode="overlap")
    assert headers(view.model, V) == ["\u2003Vertrouwen", "\u2003Klik", "\u2003Mobiliteit"]
    assert headers(view.model, H, Qt.ItemDataRole.ToolTipRole) == [
        "Verbinding/Vertrouwen",
        "Verbinding/Klik",
        "Context/Mobiliteit",
    ]
    assert values(view.model) == _core_matrix(view, core)
    pair = _cell(view, project, "Verbinding/Klik", "Verbinding/Vertrouwen")
    assert pair.data() == "2"  # Anja's and Griet's overlaps; Ben's lie apart
    # the hotter cell is darker than an empty one, and its text stays readable
    empty = _cell(view, project, "Verbinding/Klik", "Context/Mobiliteit")
    assert empty.data() == "" and empty.data(Qt.ItemDataRole.BackgroundRole) is None
    hot = QColor(pair.data(Qt.ItemDataRole.BackgroundRole))
    assert hot.lightnessF() < 0.95
    text = QColor(pair.data(Qt.ItemDataRole.ForegroundRole))
    assert abs(text.lightnessF() - hot.lightnessF()) > 0.4
    # how this was counted, in the window's language, under the table
    shown = view.definition.toPlainText()
    assert "Co-occurring: two segments overlap" in shown
    assert "a segment lying only in the interviewer's turns is not counted" in shown


def test_hovering_a_cell_gives_all_its_numbers(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    project = analysis_window.controller.project
    tip = _cell(view, project, "Verbinding/Klik", "Verbinding/Vertrouwen").data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert tip.splitlines() == [
        "Verbinding/Klik  ×  Verbinding/Vertrouwen",
        "Pairs (n12): 2",
        "Documents: 2",
        "c-coefficient: 0.333",
        "n1 (Klik): 4",
        "n2 (Vertrouwen): 4",
    ]
    diagonal = _cell(view, project, "Verbinding/Klik", "Verbinding/Klik")
    assert diagonal.data() == "4"
    assert "4 segments in 3 documents" in diagonal.data(Qt.ItemDataRole.ToolTipRole)


def test_a_clicked_cell_lists_its_pairs_and_a_pair_opens_in_the_transcript(
    analysis_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    project = analysis_window.controller.project
    click_cell(view.table, _cell(view, project, "Verbinding/Klik", "Verbinding/Vertrouwen"))
    qtbot.waitUntil(lambda: view.pairs.model.rowCount() == 2)
    listed = view.pairs.model
    rows = [[listed.index(r, c).data() for c in range(4)] for r in range(2)]
    assert rows == [
        ["Anja", "participant", "ik vertrouw Ben", "ik vertrouw Ben volledig"],
        [
            "Griet",
            "coordinator",
            "Wij koppelen mensen. Vertrouwen",
            "Vertrouwen is de basis van elk duo",
        ],
    ]
    assert view.pairs.heading.text().startswith("2 pairs of “Klik” and “Vertrouwen”")
    click_cell(view.pairs.table, listed.index(1, SECOND))
    transcript = analysis_window.transcript
    assert transcript.doc_id == project.document("Griet").id
    assert transcript.textCursor().selectedText() == "Vertrouwen is de basis van elk duo"
    # the keyboard: Enter on the document column shows both passages as one selection
    view.pairs.table.setCurrentIndex(listed.index(0, 0))
    view.pairs.table.activated.emit(listed.index(0, 0))
    assert transcript.doc_id == project.document("Anja").id
    assert transcript.textCursor().selectedText() == "ik vertrouw Ben volledig"
    view.pairs.table.activated.emit(listed.index(0, FIRST))
    assert transcript.textCursor().selectedText() == "ik vertrouw Ben"


def test_mode_and_measure_change_what_the_cells_show(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    project = analysis_window.controller.project
    assert not view.distance.isEnabled()
    view.mode.setCurrentIndex(view.mode.findData("turn"))
    settle(view, qtbot)
    turn = project.cooccurrence(mode="turn")
    assert values(view.model) == _core_matrix(view, turn)
    assert _cell(view, project, "Verbinding/Klik", "Verbinding/Vertrouwen").data() == "4"
    assert "touch the same speaker turn" in view.definition.toPlainText()
    view.mode.setCurrentIndex(view.mode.findData("proximity"))
    assert view.distance.isEnabled()
    view.distance.setValue(5)
    settle(view, qtbot)
    assert "at most 5 characters apart" in view.definition.toPlainText()
    near = project.cooccurrence(mode="proximity", distance=5)
    assert values(view.model) == _core_matrix(view, near)
    view.measure.setCurrentIndex(view.measure.findData("c"))  # shown at once, not recounted
    cell = _cell(view, project, "Verbinding/Klik", "Verbinding/Vertrouwen")
    i, j = near.index("Verbinding/Klik"), near.index("Verbinding/Vertrouwen")
    assert cell.data(VALUE_ROLE) == pytest.approx(near.c[i][j])
    assert cell.data() == f"{near.c[i][j]:.2f}"
    view.measure.setCurrentIndex(view.measure.findData("documents"))
    assert _cell(view, project, "Verbinding/Klik", "Verbinding/Vertrouwen").data() == str(
        near.documents[i][j]
    )


def test_interviewer_turns_count_only_when_asked(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    project = analysis_window.controller.project
    mobility = _cell(view, project, "Context/Mobiliteit", "Context/Mobiliteit")
    assert mobility.data() == "2"  # Griet's and Carla's, not the question to Anja
    view.filters.interviewer.setChecked(True)
    settle(view, qtbot)
    assert _cell(view, project, "Context/Mobiliteit", "Context/Mobiliteit").data() == "3"
    assert "Interviewer turns: counted." in view.definition.toPlainText()


def test_by_role_shows_one_matrix_per_role(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    project = analysis_window.controller.project
    view.by_role.setChecked(True)
    settle(view, qtbot)
    tabs = [view.roles.tabText(i) for i in range(view.roles.count())]
    assert view.roles.isVisible() and tabs == ["coordinator", "participant", "volunteer"]
    core = project.cooccurrence(by_role=True)
    for tab, role in enumerate(("coordinator", "participant", "volunteer")):
        view.roles.setCurrentIndex(tab)
        assert values(view.model) == _core_matrix(view, core[role])
    view.roles.setCurrentIndex(1)
    click_cell(view.table, _cell(view, project, "Verbinding/Klik", "Verbinding/Vertrouwen"))
    qtbot.waitUntil(lambda: view.pairs.model.rowCount() == 1)
    assert view.pairs.model.index(0, 0).data() == "Anja"  # the participants' pair only


def test_following_the_ticked_codes_and_recounting_after_a_coding(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = analysis_window
    view = open_from_menu(window, qtbot, "cooccurrence")
    project = window.controller.project
    view.filters.codes.setCurrentIndex(1)  # the codes ticked in the Codes pane
    settle(view, qtbot)
    assert view.notice.text() == "Tick one or more codes in the Codes pane."
    assert view.model.rowCount() == 0
    klik, vertrouwen = project.code("Verbinding/Klik").id, project.code("Verbinding/Vertrouwen").id
    window.codes.model.set_checked({klik, vertrouwen})
    settle(view, qtbot)
    assert row_keys(view.model) == [vertrouwen, klik] and not view.notice.isVisible()
    # a new overlap coded in the transcript shows up in the matrix
    window.documents.show_document(project.document("Ben").id)
    from tests.gui.helpers import select_text

    select_text(window.transcript, "vader was eenzaam. Daarom")
    window.coding.apply_code(klik)
    qtbot.waitUntil(
        lambda: _cell(view, project, "Verbinding/Klik", "Verbinding/Vertrouwen").data() == "3"
    )


def test_listed_pairs_number_what_each_cell_counts_in_every_mode(analysis_window) -> None:  # type: ignore[no-untyped-def]
    project = analysis_window.controller.project
    for mode, distance in (("overlap", 0), ("paragraph", 0), ("turn", 0), ("proximity", 12)):
        for interviewer in (False, True):
            filters = {"include_interviewer": interviewer}
            core = project.cooccurrence(mode=mode, distance=distance, **filters)
            for i, a in enumerate(core.codes):
                for j, b in enumerate(core.codes):
                    pairs = project.cooccurring_pairs(a, b, mode=mode, distance=distance, **filters)
                    assert len(pairs) == core.counts[i][j], (mode, core.paths[i], core.paths[j])


def test_export_writes_the_matrix_and_the_quotes(
    analysis_window, qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import docx
    import openpyxl

    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    target = tmp_path / "matrix"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")
    )
    view._fill_export_menu()
    texts = [a.text() for a in view.export_menu.actions()]
    assert texts == ["&Table to Excel or CSV…", "&Quotes to Word…"]
    view.export_menu.actions()[0].trigger()
    book = openpyxl.load_workbook(tmp_path / "matrix.xlsx")
    # the file speaks the project's language (Dutch here), like the CLI's exports
    assert book.sheetnames == ["Paren", "Documenten", "c-coëfficiënt", "Definitie"]
    sheet = book["Paren"]
    rows = {sheet.cell(r, 1).value: r for r in range(1, sheet.max_row + 1)}
    cols = {sheet.cell(1, c).value: c for c in range(1, sheet.max_column + 1)}
    assert sheet.cell(rows["Verbinding/Klik"], cols["Verbinding/Vertrouwen"]).value == 2
    assert "written to" in analysis_window.statusBar().currentMessage()
    # the quotes of the codes shown, to Word
    dialog = view.export_quotes(view.quote_filters())
    dialog.with_memo.setChecked(True)
    dialog.write_to(str(tmp_path / "quotes.docx"), "test: the layout, not privacy")
    with qtbot.waitSignal(dialog.written, timeout=90_000):  # detection loads: 30 s+ under load
        pass
    paragraphs = [p.text for p in docx.Document(str(tmp_path / "quotes.docx")).paragraphs]
    assert any("ik vertrouw Ben volledig" in p for p in paragraphs)
    assert not any("En uw familie?" in p for p in paragraphs)  # an interviewer question


def test_the_models_pass_the_model_tester(analysis_window, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    project = analysis_window.controller.project
    qtmodeltester.check(view.model)
    click_cell(view.table, _cell(view, project, "Verbinding/Klik", "Verbinding/Vertrouwen"))
    qtbot.waitUntil(lambda: view.pairs.model.rowCount() == 2)
    qtmodeltester.check(view.pairs.model)
