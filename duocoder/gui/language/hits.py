"""Search hits as keyword-in-context rows: left context right-aligned against the match,
the match bold in the middle, the right context, then document and role. Each row has a
tick box, so a researcher can code all hits or only the ones that fit."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from duocoder.app.results import Hit
from duocoder.gui.common import theme
from duocoder.gui.common.fit import ColumnShare
from duocoder.gui.common.placeholder import PlaceholderView

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
TICK, LEFT, MATCH, RIGHT, DOCUMENT, ROLE = range(6)
_RIGHT_ALIGNED = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTRED = int(Qt.AlignmentFlag.AlignCenter)
CONTEXT_CHARS = 16  # the least width of the Before and After columns, in average characters


class HitsModel(QAbstractTableModel):
    ticks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.hits: list[Hit] = []
        self.ticked: list[bool] = []

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits, self.ticked = hits, [True] * len(hits)
        self.endResetModel()
        self.ticks_changed.emit()

    def ticked_hits(self) -> list[Hit]:
        return [h for h, on in zip(self.hits, self.ticked, strict=True) if on]

    def set_ticked(self, rows: list[int] | None, on: bool) -> None:
        """Tick or untick `rows` (all rows when None) in one go."""
        for r in range(len(self.hits)) if rows is None else rows:
            self.ticked[r] = on
        if self.hits:
            self.dataChanged.emit(self.index(0, TICK), self.index(len(self.hits) - 1, TICK))
        self.ticks_changed.emit()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                "",
                self.tr("Before"),
                self.tr("Hit"),
                self.tr("After"),
                self.tr("Document"),
                self.tr("Role"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == TICK:
            return self.tr("Ticked hits are coded (Space ticks or unticks the selected rows)")
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (LEFT, MATCH):
            return _RIGHT_ALIGNED if section == LEFT else _CENTRED
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() == TICK else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        h, col = self.hits[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return ("", h.left, h.match, h.right, h.doc, theme.role_label(h.role))[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == TICK:
            on = self.ticked[index.row()]
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == LEFT:
                return _RIGHT_ALIGNED
            if col == MATCH:
                return _CENTRED
        if role == Qt.ItemDataRole.FontRole and col == MATCH:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and col == MATCH:
            p = theme.palette()
            base, accent = p.color(QPalette.ColorRole.Base), p.color(QPalette.ColorRole.Highlight)
            return theme.blend(base, accent, 0.16)
        if role == Qt.ItemDataRole.DecorationRole and col == ROLE:
            return theme.role_icon(h.role)
        if role == Qt.ItemDataRole.ToolTipRole:
            who = f" · {h.speaker}" if h.speaker else ""
            return f"{h.doc}{who}\n\n…{h.left} {h.match} {h.right}…"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != TICK:
            return False
        on = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.ticked[index.row()] = on
        self.dataChanged.emit(index, index)
        self.ticks_changed.emit()
        return True


class _KwicDelegate(QStyledItemDelegate):
    """Cuts the left context at its start ("…dat ik haar") so the words next to the hit
    stay visible, and the right context at its end."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: Index) -> None:
        super().initStyleOption(option, index)
        if index.column() == LEFT:
            option.textElideMode = Qt.TextElideMode.ElideLeft


class HitsTable(PlaceholderView, QTableView):
    """The hit list; Space ticks or unticks the selected rows, Enter opens a hit."""

    open_hit = Signal(object)  # Hit

    def __init__(self, model: HitsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.hits_model = model
        self.setItemDelegate(_KwicDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TICK, QHeaderView.ResizeMode.ResizeToContents)
        chars = self.fontMetrics().averageCharWidth()
        for col, width in ((MATCH, 12 * chars), (DOCUMENT, 14 * chars)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        # the contexts share the rest, each keeping a few words (CONTEXT_CHARS) however
        # narrow the pane: below that the table scrolls sideways instead of showing "…"
        self.columns = ColumnShare(
            self, {LEFT: (CONTEXT_CHARS * chars, 1.0), RIGHT: (CONTEXT_CHARS * chars, 1.0)}
        )
        self.clicked.connect(self._clicked)
        self.activated.connect(self._activated)

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectionModel().selectedRows()})

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            rows = self.selected_rows()
            if rows:
                model = self.hits_model
                self.hits_model.set_ticked(rows, not all(model.ticked[r] for r in rows))
            return
        super().keyPressEvent(event)

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != TICK:
            self.open_hit.emit(self.hits_model.hits[index.row()])

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_hit.emit(self.hits_model.hits[index.row()])
