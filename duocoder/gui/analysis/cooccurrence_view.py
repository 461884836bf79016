"""Analysis ▸ Co-occurrence: which codes meet, as a heat map, and the passages where they do.

The researcher chooses what a cell shows (pairs, documents or the c-coefficient) and how
segments must meet (overlap, same paragraph, same turn, or within a distance); hovering a
cell gives all its numbers at once, clicking it lists its pairs below, and a pair opens in
the transcript. "By role" counts each role on its own over the same codes, one tab per
role, because a theme that co-occurs for participants may not for volunteers."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QSpinBox,
    QSplitter,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.project import Project
from duocoder.app.results import CooccurrenceResult, CooccurringPair, RoleCooccurrence
from duocoder.domain.codepaths import split_path
from duocoder.domain.limits import PROXIMITY_DISTANCE
from duocoder.gui.analysis.filters import Scope
from duocoder.gui.analysis.heatmap import (
    HeatmapModel,
    code_axis,
    fit_columns,
    format_number,
    make_heat_table,
)
from duocoder.gui.analysis.pair_list import PairList
from duocoder.gui.analysis.view import AnalysisView
from duocoder.gui.common import theme
from duocoder.gui.common.tasks import Job, TaskRunner

SHOWN = ("counts", "documents", "c")  # the attribute of the result a cell shows


def _name(path: str) -> str:
    return split_path(path)[-1]


class CooccurrenceView(AnalysisView):
    kind = "cooccurrence"

    def __init__(self, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(scope, parent)
        self.setWindowTitle(self.tr("Co-occurrence"))
        self.shown: list[int] = []  # indices of the result's codes on the axes
        self.measure = QComboBox(self)
        self.measure.addItem(self.tr("Pairs"), "counts")
        self.measure.addItem(self.tr("Documents"), "documents")
        self.measure.addItem(self.tr("c-coefficient"), "c")
        self.mode = QComboBox(self)
        self.mode.addItem(self.tr("Overlap"), "overlap")
        self.mode.addItem(self.tr("Same paragraph"), "paragraph")
        self.mode.addItem(self.tr("Same speaker turn"), "turn")
        self.mode.addItem(self.tr("Within a distance"), "proximity")
        self.distance = QSpinBox(self)
        self.distance.setRange(0, 100_000)
        self.distance.setValue(PROXIMITY_DISTANCE)
        self.distance.setSuffix(self.tr(" characters"))
        self.distance.setEnabled(False)
        self.by_role = QCheckBox(self.tr("&By role"), self)
        self.by_role.setToolTip(self.tr("One matrix per role, over the same codes"))
        self.hide_unused = QCheckBox(self.tr("Hide unused codes"), self)
        self.hide_unused.setChecked(True)
        for label, widget in (
            (self.tr("Sho&w:"), self.measure),
            (self.tr("Mode:"), self.mode),
            (self.tr("Distance:"), self.distance),
        ):
            self.add_option(widget, label)
        self.add_option(self.by_role)
        self.add_option(self.hide_unused)
        self.roles = QTabBar(self)
        self.roles.setAccessibleName(self.tr("Role of the matrix"))
        self.roles.setDrawBase(False)
        self.roles.hide()
        self.model = HeatmapModel(self)
        self.table = make_heat_table(self.model, self)
        self.table.setAccessibleName(self.tr("Co-occurrence matrix"))
        self.setFocusProxy(self.table)  # Ctrl+Shift+A lands in the matrix
        self.pairs = PairList(self)
        self.pairs.open_passage.connect(self.open_passage)
        self.pair_runner = TaskRunner(self)
        self.pair_runner.finished.connect(self._show_pairs)
        top = QWidget(self)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.roles)
        column.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.pairs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.set_body(self.splitter)
        self.measure.currentIndexChanged.connect(self._fill)
        self.hide_unused.toggled.connect(self._fill)
        self.roles.currentChanged.connect(self._fill)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.distance.valueChanged.connect(lambda _v: self.schedule())
        self.by_role.toggled.connect(lambda _v: self.schedule())
        self.table.selectionModel().currentChanged.connect(self._cell_chosen)
        self.table.activated.connect(self._cell_chosen)

    def _mode_changed(self) -> None:
        self.distance.setEnabled(self.mode.currentData() == "proximity")
        self.schedule()

    # -- counting ---------------------------------------------------------------------------
    def make_job(self, project: Project, filters: dict[str, Any]) -> Job:
        mode = self.mode.currentData()
        distance = self.distance.value() if mode == "proximity" else None
        by_role = self.by_role.isChecked()

        # `Project.cooccurrence` is forwarded by a descriptor, through which mypy sees only the
        # first overload (by_role=False, a CooccurrenceResult); by_role=True gives a
        # RoleCooccurrence (see `duocoder.app.analysis.Analysis.cooccurrence`).
        cooccurrence = cast(
            "Callable[..., CooccurrenceResult | RoleCooccurrence]", project.cooccurrence
        )

        def job(cancel: threading.Event) -> CooccurrenceResult | RoleCooccurrence:
            return cooccurrence(
                mode=mode, distance=distance, by_role=by_role, cancelled=cancel.is_set, **filters
            )

        return job

    def current(self) -> CooccurrenceResult | None:
        """The matrix on screen: the result, or the chosen role's part of it."""
        if isinstance(self.result, RoleCooccurrence):
            index = max(0, self.roles.currentIndex())
            return self.result.results[index] if self.result.results else None
        return self.result

    def current_role(self) -> str | None:
        if isinstance(self.result, RoleCooccurrence) and self.result.roles:
            return self.result.roles[max(0, self.roles.currentIndex())].value
        return None

    def show_result(self, result: CooccurrenceResult | RoleCooccurrence | None) -> None:
        blocked = self.roles.blockSignals(True)
        previous = self.roles.tabData(self.roles.currentIndex())
        while self.roles.count():
            self.roles.removeTab(0)
        if isinstance(result, RoleCooccurrence):
            for role in result.roles:
                self.roles.addTab(theme.role_icon(role), theme.role_label(role))
                self.roles.setTabData(self.roles.count() - 1, role.value)
            for i in range(self.roles.count()):
                if self.roles.tabData(i) == previous:
                    self.roles.setCurrentIndex(i)
        self.roles.setVisible(isinstance(result, RoleCooccurrence))
        self.roles.blockSignals(blocked)
        self.pair_runner.cancel()  # pairs of the previous matrix would not match this one
        self.pairs.clear()
        self._fill()

    def _fill(self) -> None:
        current = self.current()
        if current is None or self.controller is None:
            self.shown = []
            self.model.clear()
            return
        parts = self.result.results if isinstance(self.result, RoleCooccurrence) else [current]
        used = {i for part in parts for i, n in enumerate(part.segments) if n}
        everything = range(len(current.codes))
        self.shown = [i for i in everything if i in used or not self.hide_unused.isChecked()]
        attr = self.measure.currentData()
        matrix = getattr(current, attr)
        values = [[float(matrix[i][j]) for j in self.shown] for i in self.shown]
        decimals = 2 if attr == "c" else 0
        texts = [
            [
                format_number(v, decimals) if v or i == j else ""
                for j, v in zip(self.shown, line, strict=True)
            ]
            for i, line in zip(self.shown, values, strict=True)
        ]
        keys = [current.codes[i] for i in self.shown]
        axis = code_axis([current.paths[i] for i in self.shown], self.controller.codes(), keys)
        self.model.set_matrix(axis, axis, values, texts, diagonal=True, tooltip=self.cell_tooltip)
        fit_columns(self.table, texts, rotated=True)

    def cell_tooltip(self, row: int, column: int) -> str:
        res = self.current()
        if res is None:
            return ""
        i, j = self.shown[row], self.shown[column]
        n1, n2 = res.segments[i], res.segments[j]
        if i == j:
            segments = self.tr("%n segment(s)", "", n1)
            documents = self.tr("in %n document(s)", "", res.documents[i][i])
            return f"{res.paths[i]}\n{segments} {documents}"
        lines = [
            f"{res.paths[i]}  ×  {res.paths[j]}",
            self.tr("Pairs (n12): %1").replace("%1", str(res.counts[i][j])),
            self.tr("Documents: %1").replace("%1", str(res.documents[i][j])),
            self.tr("c-coefficient: %1").replace("%1", format_number(res.c[i][j], 3)),
            f"n1 ({_name(res.paths[i])}): {n1}",
            f"n2 ({_name(res.paths[j])}): {n2}",
        ]
        if res.capped(i, j):
            lines.append(self.tr("(more pairs than segments: c counted n12 as min(n1, n2))"))
        return "\n".join(lines)

    # -- the pairs of a cell ----------------------------------------------------------------
    def _cell_chosen(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        res = self.current()
        if res is None or self.controller is None or not index.isValid():
            return
        i, j = self.shown[index.row()], self.shown[index.column()]
        # read again exactly as the matrix on screen was counted
        project, mode = self.controller.project, res.definition.mode or "overlap"
        distance = res.definition.distance
        filters = dict(self.counted)
        if self.current_role() is not None:
            filters["roles"] = [self.current_role()]
        a, b = res.codes[i], res.codes[j]
        names = (_name(res.paths[i]), _name(res.paths[j]))

        def job(cancel: threading.Event) -> tuple[list[CooccurringPair], tuple[str, str]]:
            pairs = project.cooccurring_pairs(
                a, b, mode=mode, distance=distance, cancelled=cancel.is_set, **filters
            )
            return pairs, names

        self.pairs.heading.setText(self.tr("Reading the segments…"))
        self.pair_runner.start(job)

    def _show_pairs(self, found: tuple[list[CooccurringPair], tuple[str, str]]) -> None:
        pairs, names = found
        if names[0] == names[1]:
            heading = self.tr("%n segment(s) of “%1”", "", len(pairs)).replace("%1", names[0])
        else:
            heading = (
                self.tr("%n pair(s) of “%1” and “%2”", "", len(pairs))
                .replace("%1", names[0])
                .replace("%2", names[1])
            )
        hint = self.tr("Click a passage to show it in the transcript.")
        self.pairs.show_pairs(pairs, names, f"{heading} — {hint}" if pairs else heading)

    def shut_down(self) -> None:
        super().shut_down()
        self.pair_runner.shut_down()
