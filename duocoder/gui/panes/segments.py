"""Retrieved segments: the passages of the checked codes in the selected documents (or in
all documents, the researcher's choice, always said above the list), filterable by role,
case and coder; a click shows the passage in its transcript."""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QCursor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.changes import Changes
from duocoder.domain.errors import DuoCoderError
from duocoder.domain.records import Segment
from duocoder.gui.common import theme
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.filter_boxes import CoderBox, add_role_items, fill_box
from duocoder.gui.common.fit import ColumnShare
from duocoder.gui.common.guarded_export import run_guarded
from duocoder.gui.common.placeholder import PlaceholderView
from duocoder.gui.panes.export_dialog import ask_save_path

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index, as a shared default argument
REFRESH_TABLES = ("codings", "codes", "documents", "coders", "paragraphs")
MAX_LINES = 3  # of a retrieved passage in its row
ROW_PADDING = 3
FIT_ROWS = 1500  # above this, rows keep one height: measuring each would be slow
ALL_DOCUMENTS = "segments/all_documents"  # QSettings: ignore the documents selection
DOCUMENT, ROLE, CASE, PARAGRAPH, CODE, TEXT = range(6)


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
            where = " · ".join(x for x in (s.doc, s.case, s.code) if x)
            return f"{where}\n\n{s.text}{extra}{memo}"
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


class SegmentsTable(PlaceholderView, QTableView):
    """The list of segments; empty, it says why (see `SegmentsPane.refresh`)."""


class SegmentsPane(QWidget):
    open_passage = Signal(int, int, int)  # document id, start, end
    listen_requested = Signal(int, int, int)  # play the recording of this passage

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: ProjectController | None = None
        self.codes: list[int] = []
        self.documents: list[int] = []
        self.coding_actions: Any = None  # CodingActions, set by the window
        self._paragraphs: dict[int, list[int]] = {}
        self.model = SegmentsModel(self)
        self.table = SegmentsTable(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # whole texts in the tooltip
        self.table.setItemDelegate(WrapDelegate(self.table))
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        for col in (ROLE, PARAGRAPH):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # the names share what the role and ¶ leave with the text, which gets the most and
        # at least 20 characters: in a pane narrowed by the Analysis beside it the text
        # stays on screen and the names are cut at their end instead
        chars = self.fontMetrics().averageCharWidth()
        self.columns = ColumnShare(
            self.table,
            {
                DOCUMENT: (8 * chars, 1.0),
                CASE: (6 * chars, 0.8),
                CODE: (8 * chars, 1.0),
                TEXT: (20 * chars, 4.0),
            },
            {CASE: 90 * chars},  # a narrow pane drops the case (it is in the tooltip)
        )
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(self._clicked)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)
        copy.activated.connect(self.copy)
        self.role = add_role_items(QComboBox(self), self.tr("All roles"))
        self.case = QComboBox(self)
        self.coder = CoderBox(self)
        self.coder.changed.connect(self.refresh)
        for combo in (self.role, self.case):
            combo.currentIndexChanged.connect(self.refresh)
        for combo in (self.role, self.case):  # long case names must not
            combo.setSizeAdjustPolicy(  # widen the pane beyond the window
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        # on its own line under the filters (beside them it was clipped to nothing in a
        # narrow pane, hint and all), followed by which documents the list covers
        self.summary = QLabel(self)
        self.summary.setToolTip(self.tr("How many segments are listed"))
        filters = QHBoxLayout()
        boxes: tuple[tuple[str, QWidget], ...] = (
            (self.tr("&Role:"), self.role),
            (self.tr("C&ase:"), self.case),
            (self.tr("C&oders:"), self.coder),
        )
        for label, box in boxes:
            text = QLabel(label, self)
            text.setBuddy(box)
            filters.addWidget(text)
            filters.addWidget(box)
        filters.addStretch(1)
        # which documents the list covers, said in words, with the switch beside it
        self.scope_line = QLabel(self)
        self.scope_line.setWordWrap(True)
        self.scope_line.setTextFormat(Qt.TextFormat.PlainText)
        self.scope_switch = QPushButton(self)
        self.scope_switch.setFlat(True)
        self.scope_switch.setCursor(Qt.CursorShape.PointingHandCursor)
        self.scope_switch.clicked.connect(lambda: self.set_all_documents(not self.all_documents))
        self.all_documents: bool = QSettings().value(ALL_DOCUMENTS, False, bool) is True
        scope = QHBoxLayout()
        scope.addWidget(self.summary)
        scope.addWidget(self.scope_line, 1)
        scope.addWidget(self.scope_switch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(scope)
        layout.addWidget(self.table)
        self._say_scope()

    def readable_height(self) -> int:
        """The lowest this pane may get: its filters, the scope line and three rows."""
        line = self.fontMetrics().lineSpacing()
        return 3 * (line + 2 * ROW_PADDING) + 5 * line + 24

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
        if self.coder.set_coders(coders):
            self.refresh()  # a ticked coder was renamed or deleted

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

    def set_all_documents(self, everything: bool) -> None:
        """List the segments of all documents (True) or of the documents selected in the
        Documents pane (False); remembered for the next start."""
        self.all_documents = everything
        QSettings().setValue(ALL_DOCUMENTS, everything)
        self.refresh()

    def restricted(self) -> bool:
        """Whether the list leaves out documents: only the selected ones are searched."""
        return bool(self.documents) and not self.all_documents

    def _document_names(self) -> list[str]:
        if self.controller is None:
            return []
        names = {d.id: d.name for d in self.controller.documents()}
        return [names[i] for i in self.documents if i in names]

    def _say_scope(self) -> None:
        listing = self.controller is not None and bool(self.codes)
        self.scope_line.setVisible(listing and bool(self.documents))
        self.scope_switch.setVisible(listing and bool(self.documents))
        if self.restricted():
            names = self._document_names()
            if len(names) == 1:
                text = self.tr("(“%1”): other documents are left out.").replace("%1", names[0])
            else:
                text = self.tr("— other documents are left out.")
            self.scope_line.setToolTip("\n".join(names))
            self.scope_switch.setText(self.tr("Show &all documents"))
            self.scope_switch.setToolTip(
                self.tr("List the segments of every document, whatever is selected")
            )
        else:
            text = self.tr("— whatever is selected in the Documents pane.")
            self.scope_line.setToolTip("")
            self.scope_switch.setText(self.tr("&Only the selected documents"))
            self.scope_switch.setToolTip(
                self.tr("List only the segments of the documents selected in the Documents pane")
            )
        self.scope_line.setText(text)

    def refresh(self) -> None:
        self._say_scope()
        if self.controller is None or not self.codes:
            self.model.set_segments([], {})
            self.summary.setText(self.tr("Tick codes in the code tree to see their segments."))
            self.table.set_placeholder(
                self.tr("Tick the box of a code in the Codes pane to list its segments here.")
                if self.controller is not None
                else ""
            )
            return
        project = self.controller.project
        role, case = self.role.currentData(), self.case.currentData()
        segments = project.segments(
            self.codes,
            documents=self.documents if self.restricted() else None,
            roles=[role] if role else None,
            cases=[case] if case else None,
            coders=self.coder.chosen(),
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
        if self.restricted():
            empty = self.tr(
                "No segments of the ticked codes in the selected documents — show all "
                "documents, tick other codes or choose other filters."
            )
        else:
            empty = self.tr("No segments of the ticked codes — tick other codes or filters.")
        self.table.set_placeholder(empty)
        self._fit_rows()
        scope = (
            self.tr("in %n selected document(s)", "", len(self.documents))
            if self.restricted()
            else self.tr("in all documents")
        )
        text = self.tr("%n segment(s)", "", len(segments)) + " " + scope
        if self.coder.chosen():  # whose codings, so a list of one coder's is not taken for all
            text += ", " + self.tr("coded by %1").replace("%1", self.coder.describe())
        self.summary.setText(text)

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
        """Copy the selected passages for a report, past the export guard: the clipboard
        takes interview text out of the project like a file does."""
        segments = self.selected_segments()
        if not segments or self.controller is None:
            return
        project = self.controller.project
        passages = [(s.doc_id, s.start, s.end) for s in segments]
        what = self.tr("segments → clipboard")

        def check(allow_unreviewed: str | None) -> bool:
            QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
            try:  # the first check in a session may load the detector
                project.guard_export(passages, what, allow_unreviewed)
            finally:
                QGuiApplication.restoreOverrideCursor()
            return True

        if run_guarded(self, check):
            QGuiApplication.clipboard().setText(segments_as_text(segments))

    def export_segments(self, path: str | None = None) -> str | None:
        """Write the segments listed (the selected ones if several are selected) to .xlsx
        or .csv, past the export guard; returns the file written, or None."""
        if self.controller is None or not self.model.segments:
            return None
        chosen = self.selected_segments()
        segments = chosen if len(chosen) > 1 else list(self.model.segments)
        path = path or ask_save_path(
            self,
            self.tr("Export segments"),
            self.tr("segments") + ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
            (".xlsx", ".csv"),
        )
        if not path:
            return None
        project, controller = self.controller.project, self.controller
        try:
            written = run_guarded(
                self,
                lambda allow: project.export_segments(segments, path, allow_unreviewed=allow),
            )
        except (DuoCoderError, OSError) as exc:
            controller.failed.emit(str(exc))
            return None
        return None if written is None else str(written)

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
        menu.addAction(self.tr("&Export segments…"), lambda: self.export_segments())
        if len(segments) == 1:
            s = segments[0]
            menu.addAction(
                self.tr("&Listen"), lambda: self.listen_requested.emit(s.doc_id, s.start, s.end)
            )
        if self.coding_actions is not None and len(segments) == 1:
            menu.addSeparator()
            self.coding_actions.add_coding_menu(menu, segments)
        menu.exec(self.table.viewport().mapToGlobal(pos))
