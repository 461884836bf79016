"""Word frequencies: how often each lemma occurs (and in how many documents), for the whole
project or per role, case or code, without numbers and speaker labels, and without
function words, names and interviewer speech unless their boxes are ticked. Beside the
table, a bar chart of the top words of one group; Export writes the rows to .xlsx or .csv
through the core, past the export guard: a listed word that is a name not reviewed stops
the export and asks (`duocoder.gui.common.guarded_export`).

Counting reads the index of every document, so it runs on a worker thread once the index
is complete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.results import FrequencyRow
from duocoder.domain.errors import DuoCoderError
from duocoder.domain.roles import Role
from duocoder.gui.common import theme
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.filter_boxes import CoderBox
from duocoder.gui.common.guarded_export import run_guarded
from duocoder.gui.common.tasks import Task, TaskRunner
from duocoder.gui.language.chart import WordChart
from duocoder.gui.language.common import MessageLine, code_label
from duocoder.gui.language.tasks import IndexGate
from duocoder.gui.panes.export_dialog import ask_save_path

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def group_label(by: str | None, group: str) -> str:
    """A group as the researcher names it: a role in the window's language, a code path."""
    if by == "role":
        try:
            return theme.role_label(Role(group))
        except ValueError:
            return group
    if by == "code":
        return code_label(group)
    return group


class FrequencyModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[FrequencyRow] = []
        self.by: str | None = None

    def set_rows(self, rows: list[FrequencyRow], by: str | None) -> None:
        self.beginResetModel()
        self.rows, self.by = rows, by
        self.endResetModel()

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Group"), self.tr("Lemma"), self.tr("Count"), self.tr("Documents"))[
                section
            ]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        r, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            group = group_label(self.by, r.group) if r.group else self.tr("Whole project")
            return (group, r.lemma, str(r.count), str(r.documents))[col]
        if role == SORT_ROLE:
            return (index.row(), r.lemma.casefold(), r.count, r.documents)[col]
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class WordsPanel(QWidget):
    def __init__(self, gate: IndexGate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.controller: ProjectController | None = None
        self.runner = TaskRunner(self)
        self.rows: list[FrequencyRow] = []
        self._names_counted = False  # whether the rows shown count names (the summary says)
        self.by = QComboBox(self)
        for by, label in (
            (None, self.tr("Whole project")),
            ("role", self.tr("Per role")),
            ("case", self.tr("Per case")),
            ("code", self.tr("Per code (words in its segments)")),
        ):
            self.by.addItem(label, by)
        # per code, whose segments: one coder's, several, or everyone's
        self.coder = CoderBox(self)
        self.coder.setEnabled(False)
        self.coder.follow(self._coder_names)
        self.by.currentIndexChanged.connect(
            lambda _i: self.coder.setEnabled(self.by.currentData() == "code")
        )
        self.top = QSpinBox(self)
        self.top.setRange(1, 5000)
        self.top.setValue(30)
        self.top.setAccessibleName(self.tr("Number of words per group"))
        self.interviewer = QCheckBox(self.tr("Include &interviewer turns"), self)
        self.function_words = QCheckBox(self.tr("Include function &words"), self)
        self.function_words.setToolTip(
            self.tr("Count words such as de, het, is, maar, ’s and eh, left out by default")
        )
        self.names = QCheckBox(self.tr("Include na&mes"), self)
        self.names.setToolTip(
            self.tr(
                "Count names, left out by default: speaker labels, words of document and "
                "case names, capitalised words the texts never write in lower case, and "
                "the names and pseudonyms of the privacy review"
            )
        )
        self.count = QPushButton(self.tr("Cou&nt"), self)
        self.export = QPushButton(self.tr("E&xport…"), self)
        self.export.setEnabled(False)
        self.model = FrequencyModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Word frequencies"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.chart_group = QComboBox(self)
        self.chart_group.setAccessibleName(self.tr("Group shown in the chart"))
        self.chart = WordChart(self)
        self.chart.setAccessibleName(self.tr("Bar chart of the most frequent words"))
        scroll = QScrollArea(self)
        scroll.setWidget(self.chart)
        scroll.setWidgetResizable(True)
        self.summary = MessageLine(self)
        self._build_layout(scroll)
        self.runner.finished.connect(lambda counted: self._show(*counted))
        self.runner.failed.connect(self.summary.show_error)
        self.count.clicked.connect(self.refresh)
        self.export.clicked.connect(self.export_rows)
        self.chart_group.currentIndexChanged.connect(lambda _i: self._draw_chart())
        self.setFocusProxy(self.by)

    def _build_layout(self, scroll: QScrollArea) -> None:
        top = QHBoxLayout()
        for text, box in (
            (self.tr("Count &by:"), self.by),
            (self.tr("C&oders:"), self.coder),
            (self.tr("To&p:"), self.top),
        ):
            label = QLabel(text, self)
            label.setBuddy(box)
            top.addWidget(label)
            top.addWidget(box)
        top.addWidget(self.interviewer)
        top.addWidget(self.function_words)
        top.addWidget(self.names)
        top.addStretch()
        top.addWidget(self.count)
        top.addWidget(self.export)
        chart_side = QWidget(self)
        column = QVBoxLayout(chart_side)
        column.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Cha&rt of:"), self)
        label.setBuddy(self.chart_group)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.chart_group, 1)
        column.addLayout(row)
        column.addWidget(scroll, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(chart_side)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.summary)

    def set_controller(self, controller: ProjectController | None) -> None:
        self.runner.set_project(controller)
        self.controller = controller
        self.coder.set_coders(self._coder_names())
        self._show([], None)
        self.summary.show_text("")

    def _coder_names(self) -> list[str]:
        return [] if self.controller is None else [c.name for c in self.controller.project.coders()]

    # -- counting -------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.controller is None:
            return
        self.summary.show_text(self.tr("Counting words…"))
        self.gate.ensure(self._count, self.summary.show_error)

    def _count(self) -> None:
        if self.controller is None:
            return
        project, by = self.controller.project, self.by.currentData()
        top, everyone = self.top.value(), self.interviewer.isChecked()
        function_words, names = self.function_words.isChecked(), self.names.isChecked()
        coders = self.coder.chosen() if by == "code" else None
        self._names_counted = names

        def job(_task: Task) -> tuple[list[FrequencyRow], str | None, list[str] | None]:
            rows = project.word_frequencies(
                by,
                top=top,
                include_interviewer=everyone,
                include_function_words=function_words,
                include_names=names,
                coders=coders,
            )
            # with the grouping and coders it was counted by, which the boxes may no
            # longer show
            return rows, by, coders

        self.runner.start(job)

    def _show(
        self, rows: list[FrequencyRow], by: str | None, coders: list[str] | None = None
    ) -> None:
        self.rows = rows
        self.model.set_rows(rows, by)
        self.export.setEnabled(bool(rows))
        groups = list(dict.fromkeys(r.group for r in rows))
        blocked = self.chart_group.blockSignals(True)
        self.chart_group.clear()
        for g in groups:
            self.chart_group.addItem(group_label(by, g) if g else self.tr("Whole project"), g)
        self.chart_group.setEnabled(len(groups) > 1)
        self.chart_group.blockSignals(blocked)
        self._draw_chart()
        if self.controller is not None and rows:
            lemmas = len({r.lemma for r in rows})
            text = self.tr("%n different word(s) shown", "", lemmas)
            if by == "code":  # whose segments the words were counted in
                whose = ", ".join(coders) if coders else self.tr("all coders")
                text += ", " + self.tr("in the segments of %1").replace("%1", whose)
            if not self._names_counted:
                text += "; " + self.tr("names left out")
            self.summary.show_text(text)

    def _draw_chart(self) -> None:
        group = self.chart_group.currentData()
        rows = [r for r in self.rows if r.group == group] if self.rows else []
        self.chart.set_rows([(r.lemma, r.count) for r in rows[: self.top.value()]])

    # -- export ---------------------------------------------------------------------------------
    def export_rows(self) -> None:
        if self.controller is None or not self.rows:
            return
        path = ask_save_path(
            self,
            self.tr("Export word frequencies"),
            self.tr("word frequencies") + ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
            (".xlsx", ".csv"),
        )
        if not path:
            return
        project, rows = self.controller.project, self.rows
        try:
            written = run_guarded(
                self,
                lambda allow: project.export_word_frequencies(rows, path, allow_unreviewed=allow),
            )
        except (DuoCoderError, OSError) as exc:
            self.summary.show_error(str(exc))
            self.controller.failed.emit(str(exc))  # a message box: the file was not written
            return
        if written is None:  # the export guard stopped it and nothing was written
            return
        self.summary.show_text(
            self.tr("Word frequencies written to %1.").replace("%1", str(written))
        )
