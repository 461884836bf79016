"""Analysis ▸ Intercoder agreement: the researcher ticks coders, presses Compute, and reads
the same figures the core computes for that choice; a figure that cannot be computed is a
dash with its reason; the report is written to a file."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from duocoder.gui.agreement.table import (
    CODE_ID_ROLE,
    FIRST_COEFFICIENT,
    REASON_ROLE,
    VALUE_ROLE,
)
from tests.gui.agreement_support import (
    BRAM,
    LIES,
    add_coder,
    compute,
    open_agreement,
    open_window,
    tick_only,
)

COEFFICIENTS = ("percent", "cohen_kappa", "fleiss_kappa", "brennan_prediger", "gwet_ac1", "alpha")


@pytest.fixture
def window(app, qtbot, analysis_path: Path) -> Iterator[Any]:  # type: ignore[no-untyped-def]
    add_coder(analysis_path, "Lies", LIES)
    add_coder(analysis_path, "Bram", BRAM)
    w = open_window(qtbot, analysis_path)
    yield w
    w.set_project(None)


def fmt(value: float) -> str:
    return f"{value:.2f}".replace("-", "−")


def table_rows(view: Any) -> list[dict[str, Any]]:
    model = view.model
    out = []
    for r in range(model.rowCount()):
        row: dict[str, Any] = {"code_id": model.index(r, 0).data(CODE_ID_ROLE)}
        for i, name in enumerate(COEFFICIENTS):
            index = model.index(r, FIRST_COEFFICIENT + i)
            row[name] = index.data(VALUE_ROLE)
            row[name + "_text"] = index.data()
            row[name + "_tip"] = index.data(Qt.ItemDataRole.ToolTipRole)
            row[name + "_reason"] = index.data(REASON_ROLE)
        row["units"] = model.index(r, 1).data(VALUE_ROLE)
        row["bold"] = bool(model.index(r, 0).data(Qt.ItemDataRole.FontRole))
        out.append(row)
    return out


def test_the_table_shows_the_cores_figures_for_the_chosen_coders(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_agreement(window)
    assert [b.text() for b in view.coders.boxes] == ["Bram", "Lies", "Tester"]
    assert view.coders.chosen() == ["Bram", "Lies", "Tester"]  # all ticked at first
    tick_only(view, ["Lies", "Tester"])
    view.unit.setCurrentIndex(view.unit.findData("turn"))
    report = compute(view, qtbot)
    core = window.controller.project.agreement(["Lies", "Tester"], unit="turn")
    assert report.coders == ("Lies", "Tester")
    rows = table_rows(view)
    expected = [*core.codes, core.overall]
    assert [r["code_id"] for r in rows] == [c.code_id for c in core.codes] + [None]
    for row, want in zip(rows, expected, strict=True):
        assert row["units"] == want.units
        for name in COEFFICIENTS:
            assert row[name] == pytest.approx(want.values[name])
    assert [r["bold"] for r in rows] == [False] * len(core.codes) + [True]  # overall in bold
    overall = rows[-1]
    alpha, ci = core.overall.values["alpha"], core.overall.intervals["alpha"]
    assert alpha is not None and ci is not None  # 3 codes × the respondents' turns
    assert overall["alpha_text"] == f"{fmt(alpha)} [{fmt(ci[0])}–{fmt(ci[1])}]"
    # the definition names what was compared
    text = view.definition.toPlainText()
    assert "Lies, Tester" in text and "speaker turn" in text and "1000 bootstrap" in text


def test_compute_says_why_it_is_disabled(window) -> None:  # type: ignore[no-untyped-def]
    view = open_agreement(window)
    tick_only(view, ["Lies"])
    assert not view.recalculate.isEnabled()
    assert "at least two coders" in view.recalculate.toolTip()
    assert "at least two coders" in view.notice.text() and view.notice.isVisibleTo(view)
    tick_only(view, ["Lies", "Bram"])
    assert view.recalculate.isEnabled()


def test_a_figure_that_cannot_be_computed_is_a_dash_with_its_reason(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_agreement(window)
    tick_only(view, ["Bram", "Lies", "Tester"])
    compute(view, qtbot)
    rows = table_rows(view)
    assert rows, "a row per code and the overall row"
    for row in rows:  # Cohen's kappa compares two coders: never a number for three
        assert row["cohen_kappa"] is None and row["cohen_kappa_text"] == "—"
        assert row["cohen_kappa_reason"] == "two_coders_only"
        assert row["cohen_kappa_tip"] == "Cohen's kappa compares exactly two coders."
    assert "Cohen's kappa compares exactly two coders." in view.footnote.text()
    assert view.footnote.text().startswith("— not computed")


def test_export_writes_the_report(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = open_agreement(window)
    tick_only(view, ["Lies", "Tester"])
    compute(view, qtbot)
    assert view.export_button.isEnabled()
    xlsx = tmp_path / "agreement.xlsx"
    assert view.export_report(str(xlsx)) == str(xlsx)
    book = load_workbook(xlsx)
    cells = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row}
    assert any("Lies" in c for c in cells)
    out = tmp_path / "agreement.csv"
    view.export_report(str(out))
    with out.open(encoding="utf-8-sig") as f:
        text = f.read()
    assert list(csv.reader(text.splitlines())) and "Verbinding" in text


def test_one_coder_only_says_what_to_do(app, qtbot, analysis_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, analysis_path)  # only Tester has coded
    try:
        view = open_agreement(window)
        assert view.model.rowCount() == 0
        assert "Only one coder has coded" in view.table.placeholder
        assert "File ▸ Merge project…" in view.table.placeholder
        assert not view.recalculate.isEnabled()
        assert "Only one coder has coded" in view.recalculate.toolTip()
        assert not view.notice.isVisibleTo(view)  # said once, in the empty table
        assert not view.export_button.isEnabled()  # nothing to write
    finally:
        window.set_project(None)


def test_the_models_keep_qts_rules(window, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    view = open_agreement(window)
    tick_only(view, ["Lies", "Tester"])
    compute(view, qtbot)
    assert view.model.rowCount() > 1 and view.review.model.rowCount() > 1
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.review.model)
    qtmodeltester.check(view.review.proxy)


def test_export_asks_before_replacing_a_completed_name(
    window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    view = open_agreement(window)
    tick_only(view, ["Lies", "Tester"])
    compute(view, qtbot)
    old = tmp_path / "agreement.docx"
    old.write_bytes(b"last week's report")
    # Export…: the researcher typed "agreement" and chose Word; .docx is added to the name
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "agreement"), "Word document (*.docx)"),
    )
    asked: list[str] = []
    reply = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return reply[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    view.export_button.click()
    assert asked == ["'agreement.docx' already exists. Do you want to replace it?"]
    assert old.read_bytes() == b"last week's report"
    reply[0] = QMessageBox.StandardButton.Yes
    view.export_button.click()
    assert old.read_bytes()[:2] == b"PK"  # a Word file now
    assert "Agreement written to" in window.statusBar().currentMessage()
