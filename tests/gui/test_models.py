"""The code tree's and the document list's item models answer every Qt role from a table:
they pass Qt's own model checks and show what the researcher expects."""

from __future__ import annotations

from PySide6.QtCore import Qt

from duocoder.gui.panes.codes_model import CODE_ID_ROLE


def test_the_models_pass_qts_model_checks(window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(window.codes.model)
    qtmodeltester.check(window.documents.model)


def test_a_category_row_shows_its_counts_italic_with_a_tooltip(window) -> None:  # type: ignore[no-untyped-def]
    model = window.codes.model
    project = window.controller.project
    context = project.code("Context")
    row = next(
        r for r in range(model.rowCount()) if model.index(r, 0).data(CODE_ID_ROLE) == context.id
    )
    name, count = model.index(row, 0), model.index(row, 1)
    assert name.data() == "Context" and count.data() == "0 (0)"
    assert name.data(Qt.ItemDataRole.FontRole).italic()
    assert name.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert count.data(Qt.ItemDataRole.CheckStateRole) is None
    assert "A category" in name.data(Qt.ItemDataRole.ToolTipRole)
    assert count.data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
