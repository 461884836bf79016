"""A thin tree model over the project's `CodeInfo` snapshots.

It never changes data itself: dropping a code or a passage emits a request that the window
hands to the core; the model is refreshed from the project afterwards (one refresh path).
Check marks (codes active for retrieval) are view state and live here, not in the project."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from duocoder.domain.records import CodeInfo
from duocoder.gui.common import icons, theme
from duocoder.gui.panes.memos import memo_preview
from duocoder.gui.transcript.view import PASSAGE_MIME, read_passage

CODE_MIME = "application/x-duocoder-codes"
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index, as a shared default argument


class CodeTreeModel(QAbstractItemModel):
    move_requested = Signal(int, object, object)  # code id, new parent id or None, position
    passage_dropped = Signal(int, int, int, int)  # code id, document id, start, end
    checked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._info: dict[int, CodeInfo] = {}
        self._children: dict[int | None, list[int]] = {None: []}
        self._row: dict[int, int] = {}
        self._structure: list[tuple[int, int | None, str]] = []
        self.checked: set[int] = set()
        self.memos: dict[int, str] = {}

    # -- content ----------------------------------------------------------------------------
    def set_codes(self, infos: list[CodeInfo], memos: dict[int, str] | None = None) -> None:
        """Replace the snapshots (and the codes' memos); only counts, colours or memos
        changed -> dataChanged, so the view keeps its expansion, selection and scroll
        position without any help."""
        structure = [(c.id, c.parent_id, c.name) for c in infos]
        old_memos, self.memos = self.memos, dict(memos or {})
        if structure == self._structure:
            old, self._info = self._info, {c.id: c for c in infos}
            # only the rows that differ (a coded code and its ancestors): a signal for
            # every row makes the filter proxy re-read the whole tree after each coding
            for c in infos:
                if old.get(c.id) != c or old_memos.get(c.id) != self.memos.get(c.id):
                    self.dataChanged.emit(self._index_of(c.id, 0), self._index_of(c.id, 1))
            return
        self.beginResetModel()
        self._structure = structure
        self._info = {c.id: c for c in infos}
        self._children = {None: []}
        for c in infos:  # infos come in tree order, siblings by position
            self._children.setdefault(c.parent_id, []).append(c.id)
            self._children.setdefault(c.id, [])
        self._row = {cid: r for kids in self._children.values() for r, cid in enumerate(kids)}
        self.checked &= set(self._info)
        self.endResetModel()

    def info(self, code_id: int) -> CodeInfo | None:
        return self._info.get(code_id)

    def infos(self) -> list[CodeInfo]:
        return list(self._info.values())

    def index_of(self, code_id: int) -> QModelIndex:
        return self._index_of(code_id, 0) if code_id in self._info else QModelIndex()

    def _index_of(self, code_id: int, column: int) -> QModelIndex:
        return self.createIndex(self._row[code_id], column, code_id)

    def set_checked(self, ids: set[int]) -> None:
        self.checked = ids & set(self._info)
        for cid in self._info:
            idx = self._index_of(cid, 0)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()

    # -- the model interface ----------------------------------------------------------------
    def _id(self, index: Index) -> int | None:
        return index.internalId() if index.isValid() else None

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        kids = self._children.get(self._id(parent), [])
        if not (0 <= row < len(kids) and 0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]  # parent() is the root index, not a QObject
        cid = self._id(index)
        if cid is None or cid not in self._info:
            return QModelIndex()
        pid = self._info[cid].parent_id
        return QModelIndex() if pid is None else self._index_of(pid, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self._id(parent), []))

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Code") if section == 0 else self.tr("Codings")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cid = self._id(index)
        c = self._info.get(cid) if cid is not None else None
        getter = _CODE_ROLES.get(int(role))
        return None if c is None or getter is None else getter(self, c, index.column())

    def _count_text(self, c: CodeInfo, col: int) -> str:
        if col == 0:
            return c.name
        has_kids = bool(self._children.get(c.id))
        return f"{c.own_count} ({c.total_count})" if has_kids else str(c.own_count)

    def _decoration(self, c: CodeInfo, col: int) -> Any:
        if col == 0:
            return theme.swatch_icon(c.color)
        return icons.icon("memo") if col == 1 and c.id in self.memos else None

    def _tooltip(self, c: CodeInfo) -> str:
        lines = [f"<b>{escape(c.path)}</b>"]
        if c.description:
            lines.append(escape(c.description))
        lines.append(
            self.tr("%1 codings, %2 with its sub-codes")
            .replace("%1", str(c.own_count))
            .replace("%2", str(c.total_count))
        )
        if not c.codable:
            lines.append(self.tr("A category: it groups codes and is not applied itself."))
        if c.id in self.memos:
            memo = escape(memo_preview(self.memos[c.id]))
            lines.append(f"<i>{escape(self.tr('Memo'))}:</i> {memo}")
        return "<br>".join(lines)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cid = self._id(index)
        if cid is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self.checked.add(cid)
        else:
            self.checked.discard(cid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checked_changed.emit()
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        f = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() == 0:
            f |= Qt.ItemFlag.ItemIsUserCheckable
        return f

    # -- drag and drop ----------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [CODE_MIME, PASSAGE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = list(dict.fromkeys(i.internalId() for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(CODE_MIME, json.dumps(ids).encode())
        data.setText("\n".join(self._info[i].path for i in ids if i in self._info))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if data.hasFormat(PASSAGE_MIME):
            target = self._info.get(parent.internalId()) if parent.isValid() else None
            return target is not None and row == -1
        return data.hasFormat(CODE_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        target = self._id(parent)
        passage = read_passage(data)
        if passage is not None:
            if target is None or row != -1:
                return False
            self.passage_dropped.emit(target, *passage)
            return True
        if not data.hasFormat(CODE_MIME):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(CODE_MIME).data()).decode())]
        except (ValueError, TypeError):
            return False
        for offset, cid in enumerate(ids):
            info = self._info.get(cid)
            if info is None or cid == target:
                continue
            position = None if row < 0 else row + offset
            if position is not None and info.parent_id == target and self._row[cid] < position:
                position -= 1  # the code leaves its old place before it lands
            self.move_requested.emit(cid, target, position)
        return True


def _italic() -> QFont:
    font = QFont()
    font.setItalic(True)
    return font


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# What the code tree shows, per Qt role: a function of the model, the code and the column.
_CODE_ROLES: dict[int, Callable[[CodeTreeModel, CodeInfo, int], Any]] = {
    int(Qt.ItemDataRole.DisplayRole): CodeTreeModel._count_text,
    CODE_ID_ROLE: lambda m, c, col: c.id,
    int(Qt.ItemDataRole.DecorationRole): CodeTreeModel._decoration,
    int(Qt.ItemDataRole.CheckStateRole): lambda m, c, col: (
        (Qt.CheckState.Checked if c.id in m.checked else Qt.CheckState.Unchecked)
        if col == 0
        else None
    ),
    int(Qt.ItemDataRole.TextAlignmentRole): lambda m, c, col: _RIGHT if col == 1 else None,
    int(Qt.ItemDataRole.FontRole): lambda m, c, col: None if c.codable else _italic(),
    int(Qt.ItemDataRole.ToolTipRole): lambda m, c, col: m._tooltip(c),
}
