"""Retrieved segments: the passages of the checked codes in the selected documents,
filterable by role, case and coder; a click shows the passage in its transcript."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.changes import Changes
from duocoder.domain.records import Segment
from duocoder.gui.common import theme
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.filter_boxes import add_role_items, fill_box

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index, as a shared default argument
REFRESH_TABLES = ("codings", "codes", "documents", "coders", "paragraphs")
MAX_LINES = 3  # of a retrieved passage in its row
ROW_PADDING = 3
FIT_ROWS = 1500  # above this, rows keep one height: measuring each would be slow


class SegmentsModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.segments: list[Segment] = []
        self.paragraph: dict[int, int] = {}

    def set_segments(self, segments: list[Segment], paragraph: dict[int, int]) -> None:
        self.beginResetModel()
        self.segments, self.paragraph = segments, paragraph
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.segments)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Document"),
                self.tr("Role"),
                self.tr("Case"),
                self.tr("¶"),
                self.tr("Code"),
                self.tr("Text"),
            )[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.segments):
            return None
        s = self.segments[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                s.doc,
                theme.role_label(s.role),
                s.case or "",
                str(self.paragraph.get(s.id, "")),
                s.code.rsplit("/", 1)[-1],
                " ".join(s.text.split()),
            )[col]
        if role == Qt.ItemDataRole.DecorationRole and col == 1:
            return theme.role_icon(s.role)
        if role == Qt.ItemDataRole.ToolTipRole:
            extra = f"\n— {s.coder}" if s.coder else ""
            label = self.tr("Memo")
            memo = f"\n{label}: {s.memo}" if s.memo else ""
            return f"{s.doc} · {s.code}\n\n{s.text}{extra}{memo}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class WrapDelegate(QStyledItemDelegate):
    """Wraps a long passage over at most `MAX_LINES` lines; Qt elides the last one with "…"
    and the tooltip holds the whole text, so one long quote cannot push the others away."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        cap = MAX_LINES * option.fontMetrics.lineSpacing() + 2 * ROW_PADDING
        return QSize(hint.width(), min(hint.height() + ROW_PADDING, cap))


def segments_as_text(segments: list[Segment]) -> str:
    """Quotes for a report: the passage, then the speaker's role in parentheses."""
    return "\n\n".join(f"{s.text.strip()}\n({theme.role_label(s.role)})" for s in segments)


class SegmentsPane(QWidget):
    open_passage = Signal(int, int, int)  # document id, start, end

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: ProjectController | None = None
        self.codes: list[int] = []
        self.documents: list[int] = []
        self.coding_actions: Any = None  # CodingActions, set by the window
        self._paragraphs: dict[int, list[int]] = {}
        self.model = SegmentsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setItemDelegate(WrapDelegate(self.table))
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        for col in (1, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col, width in ((0, 150), (2, 130), (4, 170)):  # long names: elided, resizable
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy)
        self.role = add_role_items(QComboBox(self), self.tr("All roles"))
        self.case = QComboBox(self)
        self.coder = QComboBox(self)
        for combo in (self.role, self.case, self.coder):
            combo.currentIndexChanged.connect(self.refresh)
        for combo in (self.role, self.case, self.coder):  # long case names must not
            combo.setSizeAdjustPolicy(  # widen the pane beyond the window
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        self.summary = QLabel(self)
        # one line, clipped when the pane is narrow (beside the Analysis pane): wrapped, it
        # grew the filter row into a tall empty band
        self.summary.setToolTip(self.tr("How many segments are listed"))
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        filters = QHBoxLayout()
        for label, combo in (
            (self.tr("&Role:"), self.role),
            (self.tr("C&ase:"), self.case),
            (self.tr("C&oder:"), self.coder),
        ):
            text = QLabel(label, self)
            text.setBuddy(combo)
            filters.addWidget(text)
            filters.addWidget(combo)
        filters.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.table)

    def set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller
        self._paragraphs = {}
        if controller is not None:
            controller.changed.connect(self._on_changed)
        self._fill_filters()
        self.refresh()

    def _fill_filters(self) -> None:
        cases: list[str] = []
        coders: list[str] = []
        if self.controller is not None:
            cases = sorted({d.case for d in self.controller.documents() if d.case})
            coders = [c.name for c in self.controller.project.coders()]
        fill_box(self.case, cases, self.tr("All cases"))
        fill_box(self.coder, coders, self.tr("All coders"))

    def _on_changed(self, changes: Changes) -> None:
        if changes.any_of("paragraphs", "documents"):
            self._paragraphs = {}
        if changes.any_of("documents", "coders"):
            self._fill_filters()
        if changes.any_of(*REFRESH_TABLES):
            self.refresh()

    def set_scope(self, codes: list[int], documents: list[int]) -> None:
        self.codes, self.documents = codes, documents
        self.refresh()

    def refresh(self) -> None:
        if self.controller is None or not self.codes:
            self.model.set_segments([], {})
            self.summary.setText(self.tr("Tick codes in the code tree to see their segments."))
            return
        project = self.controller.project
        role, case, coder = (
            self.role.currentData(),
            self.case.currentData(),
            self.coder.currentData(),
        )
        segments = project.segments(
            self.codes,
            documents=self.documents or None,
            roles=[role] if role else None,
            cases=[case] if case else None,
            coders=[coder] if coder else None,
        )
        numbers = {}
        for s in segments:
            starts = self._paragraphs.get(s.doc_id)
            if starts is None:
                starts = self._paragraphs[s.doc_id] = [
                    p.start for p in project.paragraphs(s.doc_id)
                ]
            numbers[s.id] = bisect_right(starts, s.start)
        self.model.set_segments(segments, numbers)
        self._fit_rows()
        scope = (
            self.tr("in %n selected document(s)", "", len(self.documents))
            if self.documents
            else self.tr("in all documents")
        )
        self.summary.setText(self.tr("%n segment(s)", "", len(segments)) + " " + scope)

    def _fit_rows(self) -> None:
        """Rows as tall as their passage needs (up to MAX_LINES), or, for very long lists,
        two lines each so a refresh stays quick."""
        header = self.table.verticalHeader()
        if self.model.rowCount() <= FIT_ROWS:
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 2 * ROW_PADDING)

    # -- actions ----------------------------------------------------------------------------
    def selected_segments(self) -> list[Segment]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.segments[r] for r in rows]

    def copy(self) -> None:
        segments = self.selected_segments()
        if segments:
            QGuiApplication.clipboard().setText(segments_as_text(segments))

    def _clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            s = self.model.segments[index.row()]
            self.open_passage.emit(s.doc_id, s.start, s.end)

    def _context(self, pos: QPoint) -> None:
        segments = self.selected_segments()
        if not segments:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Copy"), QKeySequence.StandardKey.Copy, self.copy)
        if self.coding_actions is not None and len(segments) == 1:
            menu.addSeparator()
            self.coding_actions.add_coding_menu(menu, segments)
        menu.exec(self.table.viewport().mapToGlobal(pos))
