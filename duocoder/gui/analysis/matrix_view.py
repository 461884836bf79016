"""Analysis ▸ Codes × role (or × case, × document): how often each code comes up in each
group, as a heat-map table above a bar chart of the same numbers.

Each cell holds segments and, in brackets, documents: "12 (3)" reads as twelve passages in
three interviews, which keeps one talkative respondent from looking like a shared theme.
Percentages are of the column (see `duocoder.analysis.matrix`), so roles with more
interviews can be compared; with sub-codes included a theme's row sums its sub-codes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.exports import check_output
from duocoder.app.project import Project
from duocoder.app.results import CodeMatrix
from duocoder.domain.errors import DuoCoderError
from duocoder.domain.roles import Role
from duocoder.gui.analysis.bar_chart import BarChart, series_colours
from duocoder.gui.analysis.filters import Scope
from duocoder.gui.analysis.heatmap import (
    AxisItem,
    HeatmapModel,
    RotatedHeader,
    code_axis,
    fit_columns,
    format_number,
    make_heat_table,
)
from duocoder.gui.analysis.view import AnalysisView
from duocoder.gui.common import theme
from duocoder.gui.common.tasks import Job, Task
from duocoder.gui.panes.export_dialog import ask_save_path

ROTATE_ABOVE = 4  # more columns than this: header labels written upwards


class CodeMatrixView(AnalysisView):
    kind = "matrix"

    def __init__(self, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(scope, parent)
        self.setWindowTitle(self.tr("Codes × role"))
        self.shown: list[int] = []
        self.labels: list[str] = []  # the columns' names in the window's language
        self.by = QComboBox(self)
        self.by.addItem(self.tr("Role"), "role")
        self.by.addItem(self.tr("Case"), "case")
        self.by.addItem(self.tr("Document"), "document")
        self.measure = QComboBox(self)
        self.measure.addItem(self.tr("Segments"), "segments")
        self.measure.addItem(self.tr("Documents"), "documents")
        self.measure.setToolTip(self.tr("What the colours and the bars show"))
        self.percent = QCheckBox(self.tr("&Percentage of column"), self)
        self.descendants = QCheckBox(self.tr("Include sub-codes"), self)
        self.descendants.setToolTip(self.tr("A code's row also counts the codes below it"))
        self.hide_unused = QCheckBox(self.tr("Hide unused codes"), self)
        self.hide_unused.setChecked(True)
        for label, widget in ((self.tr("&By:"), self.by), (self.tr("Colour b&y:"), self.measure)):
            self.add_option(widget, label)
        for box in (self.percent, self.descendants, self.hide_unused):
            self.add_option(box)
        self.model = HeatmapModel(self)
        self.table = make_heat_table(self.model, self, rotated=False)
        self.table.setAccessibleName(self.tr("Code matrix"))
        self.setFocusProxy(self.table)
        self.legend = QLabel(self.tr("Each cell: segments (documents)"), self)
        self.legend.setEnabled(False)
        self.chart = BarChart(self)
        self.chart.setAccessibleName(self.tr("Bar chart of the code matrix"))
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.save_chart = QPushButton(self.tr("Save chart as PNG or SV&G…"), self)
        self.save_chart.clicked.connect(lambda: self.save_chart_as())
        left, right = QWidget(self), QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.legend)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(scroll, 1)
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.save_chart)
        column.addLayout(row)
        # one above the other: both need the pane's width for the code names
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1000, 1000])  # half each, whatever their size hints
        self.set_body(self.splitter)
        self.by.currentIndexChanged.connect(self._by_changed)
        self.percent.toggled.connect(lambda _v: self.schedule())
        self.descendants.toggled.connect(lambda _v: self.schedule())
        self.measure.currentIndexChanged.connect(self._fill)
        self.hide_unused.toggled.connect(self._fill)

    def _by_changed(self) -> None:
        titles = {
            "role": self.tr("Codes × role"),
            "case": self.tr("Codes × case"),
            "document": self.tr("Codes × document"),
        }
        self.setWindowTitle(titles[self.by.currentData()])
        self.schedule()

    def make_job(self, project: Project, filters: dict[str, Any]) -> Job:
        by, descendants, percent = (
            self.by.currentData(),
            self.descendants.isChecked(),
            self.percent.isChecked(),
        )

        def job(_task: Task) -> CodeMatrix:
            return project.code_matrix(by=by, descendants=descendants, percent=percent, **filters)

        return job

    def show_result(self, result: CodeMatrix | None) -> None:
        self._fill()

    def _fill(self) -> None:
        res: CodeMatrix | None = self.result
        if res is None or self.controller is None:
            self.shown = []
            self.model.clear()
            self.chart.set_data([], [], [], [], value_title="", category_title="")
            return
        hide = self.hide_unused.isChecked()
        self.shown = [i for i, line in enumerate(res.segments) if any(line) or not hide]
        percent = res.definition.percent
        seg = res.segments_percent() if percent else res.segments
        docs = res.documents_percent() if percent else res.documents
        measure = seg if self.measure.currentData() == "segments" else docs
        decimals = 1 if percent else 0
        sign = "%" if percent else ""
        values = [[float(v) for v in measure[i]] for i in self.shown]
        texts = [
            [
                f"{format_number(s, decimals)}{sign} ({format_number(d, decimals)}{sign})"
                if res.segments[i][c]
                else ""
                for c, (s, d) in enumerate(zip(seg[i], docs[i], strict=True))
            ]
            for i in self.shown
        ]
        keys = [res.codes[i] for i in self.shown]
        rows = code_axis([res.paths[i] for i in self.shown], self.controller.codes(), keys)
        self.labels = [
            self._column_label(label, key) for label, key in zip(res.columns, res.keys, strict=True)
        ]
        labels = self.labels
        columns = [
            AxisItem(label, self._column_tooltip(res, c), self._column_icon(key), key)
            for c, (label, key) in enumerate(zip(labels, res.keys, strict=True))
        ]
        rotated = len(columns) > ROTATE_ABOVE
        self._set_rotated(rotated)
        self.model.set_matrix(rows, columns, values, texts, tooltip=self.cell_tooltip)
        fit_columns(self.table, texts, rotated=rotated)
        which = self.measure.currentText().lower()
        title = (
            self.tr("% of the column's %1").replace("%1", which)
            if percent
            else self.measure.currentText()
        )
        self.chart.set_data(
            [r.label.strip(" \u2003") for r in rows],
            [r.tooltip for r in rows],
            [
                (label, self._colour(key, c, len(res.keys)))
                for c, (label, key) in enumerate(zip(labels, res.keys, strict=True))
            ],
            values,
            value_title=f"{title} ({self.whose_codings(res.definition.coder_filter)})",
            category_title=self.tr("Code"),
            decimals=decimals,
        )

    def _set_rotated(self, rotated: bool) -> None:
        """Few columns (roles) keep level labels; many (documents) write them upwards."""
        current = isinstance(self.table.horizontalHeader(), RotatedHeader)
        if current == rotated:
            return
        if rotated:
            self.table.setHorizontalHeader(RotatedHeader(self.table))
        else:
            self.table.setHorizontalHeader(QHeaderView(Qt.Orientation.Horizontal, self.table))
            self.table.horizontalHeader().setSectionsClickable(True)

    @staticmethod
    def _column_icon(key: object) -> QIcon | None:
        return theme.role_icon(key) if isinstance(key, Role) else None

    def _column_tooltip(self, res: CodeMatrix, column: int) -> str:
        segments = self.tr("%n segment(s)", "", res.segment_totals[column])
        documents = self.tr("in %n selected document(s)", "", res.document_totals[column])
        return f"{self.labels[column]}: {segments} {documents}"

    def _column_label(self, label: str, key: object) -> str:
        """Role words and "no case" in the window's language (the core writes the project's)."""
        if isinstance(key, Role):
            return theme.role_label(key)
        if key is None and self.by.currentData() == "case":
            return self.tr("(no case)")
        return label

    @staticmethod
    def _colour(key: object, index: int, count: int) -> QColor:
        if isinstance(key, Role):
            return QColor(theme.ROLE_COLORS[key])
        return series_colours(count)[index]

    def cell_tooltip(self, row: int, column: int) -> str:
        res: CodeMatrix | None = self.result
        if res is None:
            return ""
        i = self.shown[row]
        seg, docs = res.segments[i][column], res.documents[i][column]
        seg_total, doc_total = res.segment_totals[column], res.document_totals[column]
        seg_pct = res.segments_percent()[i][column]
        doc_pct = res.documents_percent()[i][column]
        return "\n".join(
            [
                f"{res.paths[i]} · {self.labels[column]}",
                self.tr("Segments: %1 (%2% of the column's %3)")
                .replace("%1", str(seg))
                .replace("%2", format_number(seg_pct, 1))
                .replace("%3", str(seg_total)),
                self.tr("Documents: %1 of %2 (%3%)")
                .replace("%1", str(docs))
                .replace("%2", str(doc_total))
                .replace("%3", format_number(doc_pct, 1)),
            ]
        )

    # -- exporting --------------------------------------------------------------------------
    def extra_exports(self, menu: QMenu) -> None:
        action = menu.addAction(self.tr("C&hart as PNG or SVG…"), lambda: self.save_chart_as())
        action.setEnabled(self.result is not None)

    def save_chart_as(self, path: str | None = None) -> str | None:
        if path is None:
            name = f"{self.title()}.png"
            folder = self.last_folder()
            chosen = ask_save_path(
                self,
                self.tr("Save chart"),
                f"{folder}/{name}" if folder else name,
                self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
                (".png", ".svg"),
            )
            if not chosen:
                return None
            path = chosen
        try:
            if self.controller is not None:
                check_output(self.controller.project.path, path)
            self.chart.save(path)
        except (OSError, DuoCoderError) as exc:
            if self.controller is not None:
                self.controller.failed.emit(str(exc))
            return None
        self.remember_folder(path)
        self.message.emit(self.tr("Chart written to %1.").replace("%1", path))
        return path
