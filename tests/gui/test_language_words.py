"""Word frequencies: the table shows what the core counts, per role too, the chart draws
the top words, and Export writes a file a spreadsheet can read."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from duocoder.gui.common import theme
from duocoder.nlp.pipeline import ENV_MODEL
from tests.gui.language_support import make_project, open_window, wait_idle


@pytest.fixture
def lang(app, qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV_MODEL, "blank")
    window, features = open_window(qtbot, make_project(tmp_path / "taal.duocoder"))
    yield window, features
    window.set_project(None)


def count(qtbot, features, by: str | None, top: int = 30) -> list[tuple[str, ...]]:  # type: ignore[no-untyped-def]
    panel = features.words
    features.words_action.trigger()
    panel.by.setCurrentIndex(panel.by.findData(by))
    panel.top.setValue(top)
    QTest.mouseClick(panel.count, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, features)
    model = panel.table.model()
    return [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]


def test_the_table_shows_the_cores_counts_without_stop_words(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    shown = count(qtbot, features, None, top=5)
    core = window.controller.project.word_frequencies(top=5)
    assert shown == [("Whole project", r.lemma, str(r.count), str(r.documents)) for r in core]
    assert shown[0][1:] == ("vertrouwen", "5", "2")
    # the chart draws the same top words, longest bar first
    assert features.words.chart.rows == [(r.lemma, r.count) for r in core]
    lemmas = {row[1] for row in count(qtbot, features, None, top=500)}
    assert not lemmas & {"ik", "het", "de", "maar", "r", "twee"}  # stop words, labels, numbers


def test_per_role_counts_and_the_chart_follows_the_chosen_group(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = lang
    shown = count(qtbot, features, "role", top=3)
    core = window.controller.project.word_frequencies("role", top=3)
    assert [(r[1], r[2]) for r in shown] == [(r.lemma, str(r.count)) for r in core]
    assert {r[0] for r in shown} == {"participant", "volunteer"}  # the role words
    panel = features.words
    assert [panel.chart_group.itemText(i) for i in range(panel.chart_group.count())] == [
        "participant",
        "volunteer",
    ]
    panel.chart_group.setCurrentIndex(1)
    volunteer = [(r.lemma, r.count) for r in core if r.group == "volunteer"]
    assert panel.chart.rows == volunteer


def test_export_writes_a_readable_csv_and_xlsx(lang, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _window, features = lang
    panel = features.words
    assert not panel.export.isEnabled()
    count(qtbot, features, "role", top=3)
    target = tmp_path / "woorden"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV file (*.csv)")
    )
    QTest.mouseClick(panel.export, Qt.MouseButton.LeftButton)
    rows = list(csv.reader((tmp_path / "woorden.csv").open(encoding="utf-8-sig")))
    assert rows[0] == ["group", "lemma", "count", "documents"]
    assert [r[1] for r in rows[1:]] == [r.lemma for r in panel.rows]
    assert "woorden.csv" in panel.summary.text()
    xlsx = tmp_path / "woorden.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(xlsx), ""))
    panel.export.click()
    from openpyxl import load_workbook

    sheet = load_workbook(xlsx).active
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == ("Groep", "Lemma", "Aantal", "Documenten")
    assert len(values) == len(panel.rows) + 1


def test_the_chart_is_painted_in_the_palettes_colours(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, features = lang
    count(qtbot, features, None, top=5)
    chart = features.words.chart
    chart.resize(400, chart.sizeHint().height())
    image = chart.grab().toImage()
    highlight = theme.palette().color(QPalette.ColorRole.Highlight)
    row = chart.row_height()
    # the first (longest) bar runs across the right half in the highlight colour
    y = 8 + row // 2
    x = int(chart.width() * 0.6)
    assert (
        QColor(
            image.pixel(x * image.width() // chart.width(), y * image.height() // chart.height())
        )
        == highlight
    )
