"""A thin two-level model over `DocumentInfo` snapshots: cases (organisations), then their
documents with role badge, duo and number of codings."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from duocoder.domain.records import DocumentInfo
from duocoder.gui.common import icons, theme
from duocoder.gui.panes.memos import memo_preview

DOC_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CASE_ROLE = Qt.ItemDataRole.UserRole + 2
SORT_ROLE = Qt.ItemDataRole.UserRole + 3
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index, as a shared default argument
GROUP = 0  # internal id of case rows; document rows carry their case row + 1


class DocumentsModel(QAbstractItemModel):
    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._cases: list[str | None] = []
        self._docs: list[list[DocumentInfo]] = []
        self._key: list[tuple[int, str, str | None]] = []
        self.memos: dict[int, str] = {}

    def set_documents(self, docs: list[DocumentInfo], memos: dict[int, str] | None = None) -> None:
        """Replace the snapshots (and the documents' memos, shown in tooltips)."""
        key = [(d.id, d.name, d.case) for d in docs]
        old_memos, self.memos = self.memos, dict(memos or {})
        if key == self._key:  # same rows: only counts, roles, duos or memos changed
            by_id = {d.id: d for d in docs}
            old, self._docs = self._docs, [[by_id[d.id] for d in group] for group in self._docs]
            last = self.COLUMNS - 1
            for row, (before, group) in enumerate(zip(old, self._docs, strict=True)):
                changed = [
                    r
                    for r, (a, b) in enumerate(zip(before, group, strict=True))
                    if a != b or old_memos.get(b.id) != self.memos.get(b.id)
                ]
                if not changed:  # signal only what differs: 500 rows cost the proxy a lot
                    continue
                top = self.index(row, 0)
                self.dataChanged.emit(top, self.index(row, last))
                for r in changed:
                    self.dataChanged.emit(self.index(r, 0, top), self.index(r, last, top))
            return
        self.beginResetModel()
        self._key = key
        groups: dict[str | None, list[DocumentInfo]] = {}
        for d in docs:
            groups.setdefault(d.case, []).append(d)
        self._cases = sorted(groups, key=lambda c: (c is None, (c or "").casefold()))
        self._docs = [groups[c] for c in self._cases]
        self.endResetModel()

    def documents(self) -> list[DocumentInfo]:
        return [d for group in self._docs for d in group]

    def cases(self) -> list[str]:
        return [c for c in self._cases if c is not None]

    def index_of(self, doc_id: int) -> QModelIndex:
        for row, group in enumerate(self._docs):
            for r, d in enumerate(group):
                if d.id == doc_id:
                    return self.createIndex(r, 0, row + 1)
        return QModelIndex()

    # -- the model interface ----------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not 0 <= column < self.COLUMNS:
            return QModelIndex()
        if not parent.isValid():
            return (
                self.createIndex(row, column, GROUP)
                if 0 <= row < len(self._cases)
                else QModelIndex()
            )
        if parent.internalId() != GROUP or parent.column() != 0:
            return QModelIndex()
        group = parent.row()
        if 0 <= group < len(self._docs) and 0 <= row < len(self._docs[group]):
            return self.createIndex(row, column, group + 1)
        return QModelIndex()

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]  # parent() is the root index, not a QObject
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._cases)
        if parent.internalId() == GROUP and parent.column() == 0 and parent.row() < len(self._docs):
            return len(self._docs[parent.row()])
        return 0

    def columnCount(self, parent: Index = _ROOT) -> int:
        return self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Document"), self.tr("Role"), self.tr("Duo"), self.tr("Codings"))[
                section
            ]
        return None

    def doc(self, index: Index) -> DocumentInfo | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        return self._docs[index.internalId() - 1][index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if index.internalId() == GROUP:
            group_getter = _GROUP_ROLES.get(int(role))
            if group_getter is None:
                return None
            row = index.row()
            return group_getter(self, self._cases[row], self._docs[row], col)
        d = self.doc(index)
        doc_getter = _DOCUMENT_ROLES.get(int(role))
        if d is None or doc_getter is None:
            return None
        return doc_getter(self, d, col)

    # -- what a case row shows, per role --------------------------------------------------------
    def _case_name(self, case: str | None) -> str:
        return case if case is not None else self.tr("(no case)")

    def _case_text(self, case: str | None, group: list[DocumentInfo], col: int) -> Any:
        if col == 0:
            return self._case_name(case)
        return str(sum(d.codings for d in group)) if col == 3 else None

    def _case_sort(self, case: str | None, group: list[DocumentInfo], col: int) -> Any:
        if col == 0:
            return self._case_name(case)
        return sum(d.codings for d in group) if col == 3 else None

    def _case_tooltip(self, case: str | None, group: list[DocumentInfo], col: int) -> str:
        name = escape(case) if case is not None else self.tr("(no case)")
        count = self.tr("Case (organisation) with %n document(s)", "", len(group))
        return f"<b>{name}</b><br>{count}"

    # -- what a document row shows, per role ----------------------------------------------------
    def _document_decoration(self, d: DocumentInfo, col: int) -> Any:
        if col == 0:
            return theme.role_icon(d.role)
        if col == 3 and d.id in self.memos:
            return icons.icon("memo")
        return None

    def _document_tooltip(self, d: DocumentInfo, col: int) -> str:
        lines = [
            f"<b>{escape(d.name)}</b>",
            self.tr("Role: %1").replace("%1", theme.role_label(d.role)),
            self.tr("Case: %1").replace("%1", d.case or "—"),
            self.tr("Duo: %1").replace("%1", d.duo or "—"),
            self.tr("%1 turns, %2 codings")
            .replace("%1", str(d.turns))
            .replace("%2", str(d.codings)),
            self.tr("File: %1").replace("%1", d.original_name),
        ]
        lines += [escape(f"{k}: {v}") for k, v in sorted(d.attributes.items())]
        if d.id in self.memos:
            memo = escape(memo_preview(self.memos[d.id]))
            lines.append(f"<i>{escape(self.tr('Memo'))}:</i> {memo}")
        return "<br>".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

# `data()` of a case row: Qt role -> f(model, case, its documents, column)
_GROUP_ROLES: dict[int, Callable[[DocumentsModel, str | None, list[DocumentInfo], int], Any]] = {
    int(Qt.ItemDataRole.DisplayRole): DocumentsModel._case_text,
    int(SORT_ROLE): DocumentsModel._case_sort,
    int(CASE_ROLE): lambda _m, case, _g, _c: case,
    int(Qt.ItemDataRole.FontRole): lambda _m, _case, _g, col: _bold_font() if col == 0 else None,
    int(Qt.ItemDataRole.ToolTipRole): DocumentsModel._case_tooltip,
}

# `data()` of a document row: Qt role -> f(model, document, column)
_DOCUMENT_ROLES: dict[int, Callable[[DocumentsModel, DocumentInfo, int], Any]] = {
    int(Qt.ItemDataRole.DisplayRole): lambda _m, d, col: (
        d.name,
        theme.role_label(d.role),
        d.duo or "",
        str(d.codings),
    )[col],
    int(SORT_ROLE): lambda _m, d, col: (
        d.name.casefold(),
        theme.role_label(d.role),
        d.duo or "",
        d.codings,
    )[col],
    int(DOC_ID_ROLE): lambda _m, d, _col: d.id,
    int(CASE_ROLE): lambda _m, d, _col: d.case,
    int(Qt.ItemDataRole.DecorationRole): DocumentsModel._document_decoration,
    int(Qt.ItemDataRole.TextAlignmentRole): lambda _m, _d, col: _RIGHT if col == 3 else None,
    int(Qt.ItemDataRole.ToolTipRole): DocumentsModel._document_tooltip,
}
