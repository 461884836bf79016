"""Analysis ▸ Duos: the participant's and the volunteer's account of each duo side by side,
and the duo matrix.

The comparison shows, per duo, how often each code comes up in either account; a dash
marks a code one side speaks of and the other does not, which is where a duo's two
stories differ. The duo matrix asks what a co-occurrence cannot: in how many duos does the
participant speak of X while the volunteer speaks of Y (see `duocoder.analysis.duos`).
Both come from one reading of the project: the matrix is derived from the comparison."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QSplitter, QVBoxLayout, QWidget

from duocoder.app.project import Project
from duocoder.app.results import Definition, DuoComparison, DuoMatrix, duo_matrix
from duocoder.domain.records import CodeInfo
from duocoder.domain.roles import Role
from duocoder.gui.analysis.filters import Scope
from duocoder.gui.analysis.heatmap import (
    AxisItem,
    HeatmapModel,
    code_axis,
    fit_columns,
    make_heat_table,
)
from duocoder.gui.analysis.view import AnalysisView
from duocoder.gui.common import theme
from duocoder.gui.common.tasks import Job, Task

ABSENT = "—"  # the code is absent from this account but present in the other


@dataclass(frozen=True, slots=True)
class DuoResult:
    comparison: DuoComparison
    matrix: DuoMatrix

    @property
    def definition(self) -> Definition:
        return self.comparison.definition


class DuoView(AnalysisView):
    kind = "duos"
    PARTS = ("case", "duo", "coder", "documents", "codes", "interviewer")

    def __init__(self, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(scope, parent)
        self.setWindowTitle(self.tr("Duos"))
        self.rows: list[int] = []
        self.matrix_rows: list[int] = []
        self.matrix_columns: list[int] = []
        self.descendants = QCheckBox(self.tr("Include su&b-codes"), self)
        self.hide_unused = QCheckBox(self.tr("Hide unused codes"), self)
        self.hide_unused.setChecked(True)
        self.add_option(self.descendants)
        self.add_option(self.hide_unused)
        self.model = HeatmapModel(self)
        self.table = make_heat_table(self.model, self, rotated=False)
        self.table.setAccessibleName(self.tr("Codes per duo"))
        self.setFocusProxy(self.table)
        self.matrix_model = HeatmapModel(self)
        self.matrix = make_heat_table(self.matrix_model, self)
        self.matrix.setAccessibleName(self.tr("Duo matrix"))
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.comparison_caption = QLabel(
            self.tr(
                "Segments per code in each account; %1 = absent here, present in the other."
            ).replace("%1", ABSENT),
            self,
        )
        self.comparison_caption.setWordWrap(True)
        top, bottom = QWidget(self), QWidget(self)
        for part, caption, table in (
            (top, self.comparison_caption, self.table),
            (bottom, self.caption, self.matrix),
        ):
            column = QVBoxLayout(part)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(caption)
            column.addWidget(table, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([1000, 1000])
        self.set_body(self.splitter)
        self.descendants.toggled.connect(lambda _v: self.schedule())
        self.hide_unused.toggled.connect(self._fill)

    def make_job(self, project: Project, filters: dict[str, Any]) -> Job:
        descendants = self.descendants.isChecked()

        def job(_task: Task) -> DuoResult:
            comparison = project.duo_comparison(descendants=descendants, **filters)
            kind = replace(comparison.definition, kind="duo_matrix")
            return DuoResult(comparison, duo_matrix(comparison, kind))

        return job

    def show_result(self, result: DuoResult | None) -> None:
        self._fill()

    def _fill(self) -> None:
        res: DuoResult | None = self.result
        if res is None or self.controller is None:
            self.rows = self.matrix_rows = self.matrix_columns = []
            self.model.clear()
            self.matrix_model.clear()
            self.caption.clear()
            return
        codes = self.controller.codes()
        self._fill_comparison(res.comparison, codes)
        self._fill_matrix(res.matrix, codes)

    def _fill_comparison(self, comp: DuoComparison, codes: list[CodeInfo]) -> None:
        hide = self.hide_unused.isChecked()
        self.rows = [
            i
            for i in range(len(comp.codes))
            if not hide or any(d.participant[i] or d.volunteer[i] for d in comp.duos)
        ]
        columns: list[AxisItem] = []
        for d in comp.duos:
            for role, docs in (
                (Role.PARTICIPANT, d.participant_docs),
                (Role.VOLUNTEER, d.volunteer_docs),
            ):
                names = ", ".join(docs) or self.tr("no transcript selected")
                columns.append(
                    AxisItem(
                        f"{d.label}\n{theme.role_label(role)}",
                        f"{d.label}: {names}",
                        theme.role_icon(role),
                        (d.label, role),
                    )
                )
        values, texts = [], []
        for i in self.rows:
            line, shown = [], []
            for d in comp.duos:
                p, v = d.participant[i], d.volunteer[i]
                line += [float(p), float(v)]
                shown += [
                    str(p) if p else ABSENT if v else "",
                    str(v) if v else ABSENT if p else "",
                ]
            values.append(line)
            texts.append(shown)
        rows = code_axis(
            [comp.paths[i] for i in self.rows],
            codes,
            [comp.codes[i] for i in self.rows],
        )
        self.model.set_matrix(rows, columns, values, texts, tooltip=self._comparison_tooltip)
        fit_columns(self.table, texts, rotated=False)

    def _comparison_tooltip(self, row: int, column: int) -> str:
        res: DuoResult | None = self.result
        if res is None:
            return ""
        comp = res.comparison
        d, side = comp.duos[column // 2], column % 2
        count = (d.participant, d.volunteer)[side][self.rows[row]]
        role = (Role.PARTICIPANT, Role.VOLUNTEER)[side]
        where = f"{d.label}, {theme.role_label(role)}"
        if not count:
            return (
                self.tr("%1: “%2” is absent")
                .replace("%1", where)
                .replace("%2", comp.paths[self.rows[row]])
            )
        return (
            self.tr("%1: %n segment(s) of “%2”", "", count)
            .replace("%1", where)
            .replace("%2", comp.paths[self.rows[row]])
        )

    def _fill_matrix(self, m: DuoMatrix, codes: list[CodeInfo]) -> None:
        hide = self.hide_unused.isChecked()
        everything = range(len(m.codes))
        present_p = {x for p, _v in m.presence for x in p}
        present_v = {y for _p, v in m.presence for y in v}
        self.matrix_rows = [i for i in everything if i in present_p or not hide]
        self.matrix_columns = [j for j in everything if j in present_v or not hide]
        rows = code_axis(
            [m.paths[i] for i in self.matrix_rows], codes, [m.codes[i] for i in self.matrix_rows]
        )
        columns = code_axis(
            [m.paths[j] for j in self.matrix_columns],
            codes,
            [m.codes[j] for j in self.matrix_columns],
        )
        values = [[float(m.counts[i][j]) for j in self.matrix_columns] for i in self.matrix_rows]
        texts = [[str(int(v)) if v else "" for v in line] for line in values]
        self.matrix_model.set_matrix(rows, columns, values, texts, tooltip=self._matrix_tooltip)
        fit_columns(self.matrix, texts, rotated=True)
        lines = m.definition.describe(theme.ui_language())
        self.caption.setText(
            self.tr(
                "<b>Duo matrix</b>: the participant's codes down, the volunteer's across; "
                "a cell counts the duos with both (%n complete duo(s))",
                "",
                len(m.duos),
            )
        )
        self.caption.setToolTip("\n".join(lines[:3]))

    def _matrix_tooltip(self, row: int, column: int) -> str:
        res: DuoResult | None = self.result
        if res is None:
            return ""
        m = res.matrix
        x, y = self.matrix_rows[row], self.matrix_columns[column]
        found = m.duos_with(x, y)
        lines = [
            self.tr("Participant: %1").replace("%1", m.paths[x]),
            self.tr("Volunteer: %1").replace("%1", m.paths[y]),
            self.tr("%n duo(s)", "", len(found)) + (f": {', '.join(found)}" if found else ""),
        ]
        return "\n".join(lines)

    def table_exports(self) -> list[tuple[str, Any]]:
        res: DuoResult | None = self.result
        return [
            (self.tr("Duo &comparison to Excel or CSV…"), res.comparison if res else None),
            (self.tr("Duo &matrix to Excel or CSV…"), res.matrix if res else None),
        ]
