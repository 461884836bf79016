"""The co-occurring pairs of one matrix cell, listed under the matrix.

Each row is one pair: the document, then the passage of the row's code and the passage of
the column's code side by side. Activating a passage shows that passage in its
transcript; activating the document or role shows both passages as one selection, so an
overlap or a near pair is read in its context. The pairs come from the core
(`Project.cooccurring_pairs`), so the list numbers what the cell counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.results import CooccurringPair
from duocoder.gui.common import theme
from duocoder.gui.panes.segments import WrapDelegate

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
FIRST, SECOND = 2, 3  # the columns of the two passages


class PairsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.pairs: list[CooccurringPair] = []
        self.names = (self.tr("Row code"), self.tr("Column code"))
        self.single = False  # a diagonal cell: one code, its segments listed once

    def set_pairs(self, pairs: list[CooccurringPair], names: tuple[str, str], single: bool) -> None:
        self.beginResetModel()
        self.pairs, self.names, self.single = pairs, names, single
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else (3 if self.single else 4)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        labels = (self.tr("Document"), self.tr("Role"), *self.names)
        return labels[section] if 0 <= section < self.columnCount() else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.pairs):
            return None
        pair, col = self.pairs[index.row()], index.column()
        segment = pair.b if col == SECOND else pair.a
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return pair.document
            if col == 1:
                return theme.role_label(pair.role)
            return " ".join(segment.text.split())
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return theme.role_icon(pair.role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (FIRST, SECOND):
                return f"{segment.code}\n\n{segment.text}"
            return self.tr("Enter or click: show both passages in the transcript")
        return None

    def span_at(self, index: QModelIndex) -> tuple[int, int, int] | None:
        """(document, start, end) to show for a click on `index`."""
        if not index.isValid():
            return None
        pair = self.pairs[index.row()]
        if index.column() in (FIRST, SECOND):
            s = pair.b if index.column() == SECOND else pair.a
            return s.doc_id, s.start, s.end
        return (pair.doc_id, *pair.span)


class PairList(QWidget):
    """A heading that says which cell is listed, and the table of its pairs."""

    open_passage = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Click a cell to list the segments that co-occur."), self)
        self.heading.setWordWrap(True)
        self.model = PairsModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Co-occurring segments"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegate(WrapDelegate(self.table))
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)

    def show_pairs(
        self, pairs: list[CooccurringPair], names: tuple[str, str], heading: str
    ) -> None:
        single = names[0] == names[1]
        self.model.set_pairs(pairs, (names[0], "") if single else names, single)
        self.heading.setText(heading)
        header = self.table.horizontalHeader()
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 120)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(2, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)

    def clear(self, heading: str | None = None) -> None:
        self.model.set_pairs([], (self.tr("Row code"), self.tr("Column code")), False)
        self.heading.setText(heading or self.tr("Click a cell to list the segments that co-occur."))

    def _open(self, index: QModelIndex) -> None:
        span = self.model.span_at(index)
        if span is not None:
            self.open_passage.emit(*span)
