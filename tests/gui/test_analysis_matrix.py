"""Analysis ▸ Codes × role: the table and the bar chart show the core's matrix; the toggles
change what is counted and shown; tables and charts are written to files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from duocoder.domain.roles import Role
from duocoder.gui.common import theme
from tests.gui.analysis_helpers import headers, open_from_menu, row_keys, settle, texts, values

H = Qt.Orientation.Horizontal


def test_the_table_shows_segments_and_documents_per_role(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "matrix")
    project = analysis_window.controller.project
    core = project.code_matrix(by="role")
    assert view.windowTitle() == "Codes × role"
    assert headers(view.model, H) == ["coordinator", "participant", "volunteer"]
    rows = [core.codes.index(k) for k in row_keys(view.model)]
    assert [core.paths[i] for i in rows] == [
        "Verbinding/Vertrouwen",
        "Verbinding/Klik",
        "Context/Mobiliteit",
    ]
    assert values(view.model) == [[float(v) for v in core.segments[i]] for i in rows]
    # Klik: Griet once; Anja twice in one interview; Ben once
    assert texts(view.model)[1] == ["1 (1)", "2 (1)", "1 (1)"]
    tip = view.model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Documents: 1 of 2 (50.0%)" in tip  # Anja's of the two participant interviews
    assert "Per cell: number of segments of the code in the column" in (
        view.definition.toPlainText()
    )


def test_percent_and_descendants_change_the_table(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "matrix")
    project = analysis_window.controller.project
    view.percent.setChecked(True)
    settle(view, qtbot)
    core = project.code_matrix(by="role", percent=True)
    rows = [core.codes.index(k) for k in row_keys(view.model)]
    assert values(view.model) == [pytest.approx(list(core.segments_percent()[i])) for i in rows]
    assert texts(view.model)[1][1] == "40.0% (50.0%)"  # 2 of the participants' 5 segments
    assert "Percentages:" in view.definition.toPlainText()
    view.descendants.setChecked(True)
    settle(view, qtbot)
    verbinding = project.code("Verbinding").id
    assert verbinding in row_keys(view.model)  # the theme now sums its sub-codes
    row = row_keys(view.model).index(verbinding)
    assert texts(view.model)[row][1] == "80.0% (100.0%)"  # 4 of 5, in both interviews
    assert "Subcodes: counted with their parent code." in view.definition.toPlainText()


def test_by_case_and_by_document(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "matrix")
    view.by.setCurrentIndex(view.by.findData("case"))
    settle(view, qtbot)
    assert headers(view.model, H) == ["Org A", "Org B"]
    assert analysis_window.analysis.tabs.tabText(0) == "Codes × case"
    view.by.setCurrentIndex(view.by.findData("document"))
    settle(view, qtbot)
    assert headers(view.model, H) == ["Anja", "Ben", "Griet", "Carla"]
    core = analysis_window.controller.project.code_matrix(by="document")
    rows = [core.codes.index(k) for k in row_keys(view.model)]
    assert values(view.model) == [[float(v) for v in core.segments[i]] for i in rows]


def test_the_bar_chart_paints_one_bar_per_counted_cell(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "matrix")
    chart = view.chart
    qtbot.waitUntil(lambda: chart.isVisible() and chart.width() > 100)
    cells = [
        (r, c, v) for r, line in enumerate(values(view.model)) for c, v in enumerate(line) if v
    ]
    assert [(b.row, b.column, b.value) for b in chart.bars] == cells
    assert [label for label, _colour in chart.series] == ["coordinator", "participant", "volunteer"]
    # bar length follows the value: Klik's two participant segments, twice one
    one = next(b for b in chart.bars if b.value == 1)
    two = next(b for b in chart.bars if b.value == 2)
    assert two.rect.width() == pytest.approx(2 * one.rect.width(), abs=1)
    # on screen, each bar is painted in its role's colour
    image = chart.grab().toImage()
    for bar in chart.bars:
        centre = bar.rect.center().toPoint()
        pixel = image.pixelColor(
            QPoint(
                int(centre.x() * image.devicePixelRatio()),
                int(centre.y() * image.devicePixelRatio()),
            )
        )
        role = (Role.COORDINATOR, Role.PARTICIPANT, Role.VOLUNTEER)[bar.column]
        assert pixel.name() == QColor(theme.ROLE_COLORS[role]).name()
    # documents instead of segments: Klik's participant bar shrinks to one interview
    klik = next(b for b in chart.bars if (b.row, b.column) == (1, 1))
    view.measure.setCurrentIndex(view.measure.findData("documents"))
    cells = [
        (r, c, v) for r, line in enumerate(values(view.model)) for c, v in enumerate(line) if v
    ]
    assert [(b.row, b.column, b.value) for b in chart.bars] == cells
    assert klik.value == 2 and next(b for b in chart.bars if (b.row, b.column) == (1, 1)).value == 1


def test_saving_the_chart_as_png_and_svg(analysis_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "matrix")
    png = view.save_chart_as(str(tmp_path / "chart.png"))
    image = QImage(png)
    assert image.width() >= 1280 and image.pixelColor(2, 2).name() == "#ffffff"
    svg = view.save_chart_as(str(tmp_path / "chart.svg"))
    text = (tmp_path / "chart.svg").read_text(encoding="utf-8")
    assert svg and "<svg" in text and "Vertrouwen" in text
    assert QColor(theme.ROLE_COLORS[Role.PARTICIPANT]).name() in text


def test_export_writes_segments_and_percentages(
    analysis_window, qtbot, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    view = open_from_menu(analysis_window, qtbot, "matrix")
    view.percent.setChecked(True)
    settle(view, qtbot)
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "rollen.xlsx"), "Excel workbook (*.xlsx)"),
    )
    view._fill_export_menu()
    actions = {a.text(): a for a in view.export_menu.actions()}
    assert set(actions) == {"&Table to Excel or CSV…", "&Quotes to Word…", "C&hart as PNG or SVG…"}
    actions["&Table to Excel or CSV…"].trigger()
    book = openpyxl.load_workbook(tmp_path / "rollen.xlsx")
    assert book.sheetnames == [
        "Fragmenten",
        "Documenten",
        "Fragmenten %",
        "Documenten %",
        "Definitie",
    ]
    sheet = book["Fragmenten"]
    assert [c.value for c in sheet[1]] == ["Codepad", "coördinator", "deelnemer", "vrijwilliger"]
    klik = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Verbinding/Klik")
    assert klik == ("Verbinding/Klik", 1, 2, 1)


def test_the_model_passes_the_model_tester(analysis_window, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "matrix")
    qtmodeltester.check(view.model)


def test_a_chart_never_replaces_the_project_and_a_failed_save_keeps_the_old_picture(
    analysis_window, qtbot, tmp_path, errors, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "matrix")
    project = analysis_window.controller.project.path
    before = project.read_bytes()
    assert view.save_chart_as(str(project)) is None
    assert project.read_bytes() == before
    assert errors and "project's own file" in errors[-1]
    old = tmp_path / "chart.png"
    old.write_bytes(b"the previous chart")
    monkeypatch.setattr(QImage, "save", lambda self, *a: False)  # e.g. the disk filled up
    assert view.save_chart_as(str(old)) is None
    assert old.read_bytes() == b"the previous chart"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
