"""The review's rows: one per disagreement, with a ✓ or – per coder in the coder's colour,
whether the consensus coder has settled it, and the unit's words (whole in the tooltip);
and the filter that shows one code's rows, or only the unsettled ones."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from duocoder.app.agreement_types import AgreementReport, Disagreement
from duocoder.domain.codepaths import split_path
from duocoder.domain.records import Segment
from duocoder.gui.common import theme
from duocoder.gui.language.common import code_label

Key = tuple[int, int, int, int]  # document, start, end, code
Index = QModelIndex | QPersistentModelIndex
DOCUMENT, CODE = 0, 1
FIRST_CODER = 2  # a column per coder, then whether settled, then the unit's words
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SETTLED_ROLE = Qt.ItemDataRole.UserRole + 2  # the accepted coder, "" for no code, or None
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 3
TEXT_CHARS = 90  # a unit's words in the cell; the whole unit is in the tooltip
NO_CODE = ""


def key_of(d: Disagreement) -> Key:
    return (d.document_id, d.start, d.end, d.code_id)


def spans_on(
    segments: Iterable[Segment], d: Disagreement, coder: str
) -> frozenset[tuple[int, int]]:
    """A coder's codings of the row's code that share a character with its unit."""
    return frozenset(
        (s.start, s.end)
        for s in segments
        if s.coder == coder
        and s.doc_id == d.document_id
        and s.code_id == d.code_id
        and s.start < d.end
        and s.end > d.start
    )


class DisagreementModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Disagreement] = []
        self.coders: tuple[str, ...] = ()
        self.colors: dict[str, str] = {}
        self.texts: dict[int, str] = {}  # document id → its text
        self.settled: dict[Key, str] = {}  # key → accepted coder, NO_CODE for "no code"

    def set_rows(
        self, report: AgreementReport | None, colors: dict[str, str], texts: dict[int, str]
    ) -> None:
        self.beginResetModel()
        self.rows = list(report.disagreements) if report is not None else []
        self.coders = report.coders if report is not None else ()
        self.colors, self.texts, self.settled = colors, texts, {}
        self.endResetModel()

    def set_settled(self, settled: dict[Key, str]) -> None:
        if settled != self.settled:
            self.settled = settled
            if self.rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
                )

    def unit_text(self, d: Disagreement) -> str:
        return self.texts.get(d.document_id, "")[d.start : d.end]

    # -- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_CODER + len(self.coders) + 2

    def status_column(self) -> int:
        return FIRST_CODER + len(self.coders)

    def text_column(self) -> int:
        """The unit's words come last: they take the width that is left, and the coders'
        marks stay on screen in a narrow pane."""
        return FIRST_CODER + len(self.coders) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == DOCUMENT:
                return QCoreApplication.translate("AgreementView", "Document")
            if section == CODE:
                return QCoreApplication.translate("AgreementView", "Code")
            if section == self.text_column():
                return QCoreApplication.translate("AgreementView", "Unit")
            if section == self.status_column():
                return QCoreApplication.translate("AgreementView", "Settled")
            return self.coders[section - FIRST_CODER]
        if role == Qt.ItemDataRole.DecorationRole and FIRST_CODER <= section < self.status_column():
            return theme.swatch_icon(self.colors.get(self.coders[section - FIRST_CODER], "#888"))
        if role == Qt.ItemDataRole.ToolTipRole and section == self.status_column():
            return QCoreApplication.translate(
                "AgreementView", "Whose version the consensus coder has for this unit"
            )
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        d, col = self.rows[index.row()], index.column()
        settled = self.settled.get(key_of(d))
        if role == KEY_ROLE:
            return key_of(d)
        if role == SETTLED_ROLE:
            return settled
        if role == CODE_ID_ROLE:
            return d.code_id
        text_col = self.text_column()
        plain = col < FIRST_CODER or col == text_col  # not a coder's mark or the status
        if role == Qt.ItemDataRole.FontRole and settled is not None and plain:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if FIRST_CODER <= col < self.status_column():
            return self._coder_cell(d, self.coders[col - FIRST_CODER], role)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == DOCUMENT:
                return d.document
            if col == CODE:
                return split_path(d.code)[-1]  # the whole path in the tooltip
            if col == text_col:
                text = " ".join(self.unit_text(d).split())
                return text if len(text) <= TEXT_CHARS else text[: TEXT_CHARS - 1] + "…"
            if col == self.status_column():
                if settled is None:
                    return ""
                return "✓ " + (settled or QCoreApplication.translate("AgreementView", "no code"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == text_col:
                return self.unit_text(d).strip()
            if col == CODE:
                return code_label(d.code)
            if col == self.status_column() and settled is not None:
                who = settled or QCoreApplication.translate("AgreementView", "no code")
                return (
                    QCoreApplication.translate(
                        "AgreementView", "Settled: the consensus coder has %1's version"
                    ).replace("%1", who)
                    if settled
                    else QCoreApplication.translate(
                        "AgreementView", "Settled: the code does not belong here"
                    )
                )
        if role == Qt.ItemDataRole.ForegroundRole and settled is not None and plain:
            return QBrush(theme.quiet_text())
        return None

    def _coder_cell(self, d: Disagreement, coder: str, role: int) -> Any:
        coded = coder in d.with_code
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if coded else "–"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = (
                QCoreApplication.translate("AgreementView", "%1 coded this unit with %2")
                if coded
                else QCoreApplication.translate("AgreementView", "%1 did not code it with %2")
            )
            return text.replace("%1", coder).replace("%2", code_label(d.code))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(self.colors.get(coder, "#888"))) if coded else None
        if role == Qt.ItemDataRole.FontRole and coded:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class ReviewFilter(QSortFilterProxyModel):
    """Rows of one code (or all), and optionally only those not yet settled."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.code_id: int | None = None
        self.open_only = False

    def set_filter(self, code_id: int | None, open_only: bool) -> None:
        self.beginFilterChange()
        self.code_id, self.open_only = code_id, open_only
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        index = self.sourceModel().index(row, 0, parent)
        if self.code_id is not None and index.data(CODE_ID_ROLE) != self.code_id:
            return False
        return not (self.open_only and index.data(SETTLED_ROLE) is not None)
