"""Exporting from the window: the researcher is asked before a file is replaced, and the
core's refusal (the project itself) is a sentence in a message box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.gui.analysis_helpers import open_from_menu

OLD = b"last week's table"


def test_a_completed_name_that_exists_is_not_replaced_without_asking(
    analysis_window, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    old = tmp_path / "matrix.xlsx"
    old.write_bytes(OLD)
    # the researcher typed "matrix"; the export adds .xlsx, which Qt's dialog never saw
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(tmp_path / "matrix"), "Excel workbook (*.xlsx)"),
    )
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert view.export_table(view.result) is None
    assert asked == ["'matrix.xlsx' already exists. Do you want to replace it?"]
    assert old.read_bytes() == OLD
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert view.export_table(view.result) == str(old)
    assert old.read_bytes() != OLD


def test_exporting_over_the_open_project_is_refused_in_a_message_box(
    analysis_window, qtbot, errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    project = analysis_window.controller.project.path
    before = project.read_bytes()
    assert view.export_table(view.result, str(project)) is None
    assert len(errors) == 1
    assert errors[0].startswith("'duo.duocoder' is the project's own file")
    assert project.read_bytes() == before
