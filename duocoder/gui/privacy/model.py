"""The review list's model: one row per candidate group (the same entity across documents),
its occurrences as child rows with document and context.

A thin adapter over the core's `Candidate` snapshots: `groups()` gathers them per group
once, `fill()` rebuilds the rows for the filters chosen (status, kind, document, search).
Rebuilding is cheap (a project has hundreds of candidates, not millions), and the view
keeps selection and expansion by group key across it."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from duocoder.domain.privacy import Candidate
from duocoder.gui.privacy.rich import HTML_ROLE, context_html
from duocoder.gui.privacy.words import kind_label, status_label

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # on every row: the group key
PLACE_ROLE = Qt.ItemDataRole.UserRole + 2  # on an occurrence: (document id, start, end)
COLUMNS = ("text", "kind", "occurrences", "documents", "status", "pseudonym")
STATUS_COLORS = {"accepted": "#2e7d32", "rejected": "#9e9e9e"}


@dataclass(frozen=True, slots=True)
class Group:
    """The candidates of one group, in document order."""

    key: str
    candidates: tuple[Candidate, ...]

    @property
    def first(self) -> Candidate:
        return self.candidates[0]

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.document for c in self.candidates))

    @property
    def texts(self) -> tuple[str, ...]:
        """The spellings found ("Sofie", "SOFIE"), most frequent first."""
        counts: dict[str, int] = {}
        for c in self.candidates:
            counts[c.text] = counts.get(c.text, 0) + 1
        return tuple(sorted(counts, key=lambda t: -counts[t]))


def groups(candidates: list[Candidate]) -> list[Group]:
    """Candidates gathered per group, groups ordered by kind then text."""
    by_key: dict[str, list[Candidate]] = {}
    for c in candidates:
        by_key.setdefault(c.group, []).append(c)
    out = [Group(k, tuple(v)) for k, v in by_key.items()]
    return sorted(out, key=lambda g: (g.first.kind, g.first.text.casefold()))


def matches(group: Group, status: str, kind: str, document: str, search: str) -> bool:
    """Whether a group passes the filters ('' or 'all': no filter)."""
    first = group.first
    if status not in ("", "all") and first.status != status:
        return False
    if kind and first.kind != kind:
        return False
    if document and document not in group.documents:
        return False
    needle = search.strip().casefold()
    return not needle or any(
        needle in c.text.casefold()
        or needle in c.context.casefold()
        or needle in c.document.casefold()
        or needle in (c.pseudonym or "").casefold()
        for c in group.candidates
    )


class CandidateModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels()

    def _labels(self) -> None:
        self.setHorizontalHeaderLabels(
            [
                self.tr("Text"),
                self.tr("Kind"),
                self.tr("Found"),
                self.tr("Docs"),
                self.tr("Status"),
                self.tr("Pseudonym"),
            ]
        )
        tips = (
            self.tr("How often the name occurs"),
            self.tr("In how many documents"),
        )
        for column, tip in zip((2, 3), tips, strict=True):
            self.setHeaderData(column, Qt.Orientation.Horizontal, tip, Qt.ItemDataRole.ToolTipRole)

    def fill(self, shown: list[Group]) -> None:
        self.removeRows(0, self.rowCount())
        for group in shown:
            self.appendRow(self._group_row(group))

    def _group_row(self, group: Group) -> list[QStandardItem]:
        first = group.first
        texts = group.texts
        text = texts[0] + (f" (+{len(texts) - 1})" if len(texts) > 1 else "")
        cells = [
            text,
            kind_label(first.kind),
            str(len(group.candidates)),
            str(len(group.documents)),
            status_label(first.status),
            first.pseudonym or "",
        ]
        row = [QStandardItem(value) for value in cells]
        row[0].setToolTip(" · ".join(texts))
        row[3].setToolTip(", ".join(group.documents))
        for column in (2, 3):
            row[column].setTextAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        color = STATUS_COLORS.get(first.status)
        if color:
            row[4].setForeground(QBrush(QColor(color)))
        if first.status == "open":
            font = QFont()
            font.setBold(True)
            row[0].setFont(font)
        for item in row:
            item.setEditable(False)
            item.setData(group.key, GROUP_ROLE)
        for c in group.candidates:
            child = QStandardItem(f"{c.document}: {c.context}")
            child.setEditable(False)
            child.setData(group.key, GROUP_ROLE)
            child.setData((c.document_id, c.start, c.end), PLACE_ROLE)
            child.setData(
                f"<span style='color:gray'>{escape(c.document)}:</span> "
                + context_html(c.context, c.text),
                HTML_ROLE,
            )
            child.setToolTip(c.context)
            row[0].appendRow(child)
        return row


def group_of(index: QModelIndex | QPersistentModelIndex) -> str | None:
    value = index.data(GROUP_ROLE)
    return str(value) if value else None


def place_of(index: QModelIndex | QPersistentModelIndex) -> tuple[int, int, int] | None:
    value = index.sibling(index.row(), 0).data(PLACE_ROLE)
    if not value:
        return None
    doc, start, end = value
    return int(doc), int(start), int(end)
