"""Analysis ▸ Intercoder agreement: how well two or more coders agree, per code, and the
units where they differ.

Above, the choices (coders, unit, documents, codes, the interviewer's turns, the overlap
at which two segments count as the same) and Compute; the computation (with its bootstrap
intervals) runs in the background with progress and Cancel. Then the table per code with
the overall row in bold, a footnote naming why a dash is a dash, and under it the review of
the disagreements. The definition under everything says what was compared, so a figure
pasted into a report keeps its coders, unit, documents and interval method.

The view computes when it opens (if two coders can be compared), but unlike the other
analyses it does not recount by itself when a choice or a coding changes: a bootstrap of
1000 samples takes a while, and settling disagreements changes the consensus coder's
codings all the time. It says instead when the figures no longer match the choices or the
compared coders' codings, and Compute (F5) counts again."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.agreement_types import COEFFICIENTS, AgreementReport, definitions
from duocoder.app.changes import Changes
from duocoder.app.project import Project
from duocoder.domain.errors import DuoCoderError
from duocoder.gui.agreement.coders import CoderList
from duocoder.gui.agreement.review import ReviewPanel
from duocoder.gui.agreement.table import (
    CODE,
    CODE_ID_ROLE,
    AgreementModel,
    number,
    reason_text,
)
from duocoder.gui.analysis.filters import Scope
from duocoder.gui.analysis.view import AnalysisView
from duocoder.gui.common import theme
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.placeholder import PlaceholderView
from duocoder.gui.common.tasks import Job, Task
from duocoder.gui.panes import export_dialog

UNIT_CHOICES = ("paragraph", "turn", "sentence", "character")


class AgreementTable(PlaceholderView, QTableView):
    """The coefficients per code; empty, it says what to do."""


class AgreementView(AnalysisView):
    kind = "agreement"
    PARTS = ("documents", "codes", "interviewer")

    def __init__(self, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(scope, parent)
        self.setWindowTitle(self.tr("Intercoder agreement"))
        self.report: AgreementReport | None = None
        self._computed_with: dict[str, Any] | None = None
        # the choices
        self.coders = CoderList(self)
        self.coders.changed.connect(self._choices_changed)
        self.unit = QComboBox(self)
        for kind, text in zip(UNIT_CHOICES, self.unit_names(), strict=True):
            self.unit.addItem(text, kind)
        self.unit.currentIndexChanged.connect(self._choices_changed)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, 100)
        self.threshold.setValue(90)
        self.threshold.setSuffix(" %")
        self.threshold.setToolTip(
            self.tr(
                "Segment agreement: a coder's segment agrees when another coder's segment of "
                "the same code covers at least this share of it"
            )
        )
        self.threshold.valueChanged.connect(self._choices_changed)
        self.filters.interviewer.setText(self.tr("Include the &interviewer's turns"))
        self.add_option(self.unit, self.tr("U&nit:"))
        self.add_option(self.threshold, self.tr("Segment &overlap:"))
        self.recalculate.setText(self.tr("&Compute"))
        self.recalculate.clicked.disconnect()
        self.recalculate.clicked.connect(self.compute)
        # one report file (its kind by the name), so the button writes it without a menu
        self.export_button.setMenu(None)  # type: ignore[arg-type]  # None removes the menu
        self.export_button.clicked.connect(lambda: self.export_report())
        # the result
        self.model = AgreementModel(self)
        self.table = AgreementTable(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Agreement per code"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.clicked.connect(self._code_clicked)
        self.table.activated.connect(self._code_clicked)
        self.footnote = QLabel(self)
        self.footnote.setWordWrap(True)
        self.footnote.setTextFormat(Qt.TextFormat.PlainText)
        self.footnote.setEnabled(False)
        self.unitized = QLabel(self)
        self.unitized.setWordWrap(True)
        self.unitized.setTextFormat(Qt.TextFormat.PlainText)
        self.review = ReviewPanel(self)
        self.review.open_passage.connect(self.open_passage)
        self.review.message.connect(self.message)
        coders_row = QHBoxLayout()
        coders_label = QLabel(self.tr("Co&ders:"), self)
        coders_label.setBuddy(self.coders)
        coders_row.addWidget(coders_label, 0, Qt.AlignmentFlag.AlignTop)
        coders_row.addWidget(self.coders, 1)
        results = QWidget(self)
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addWidget(self.unitized)
        column.addWidget(self.footnote)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(results)
        self.splitter.addWidget(self.review)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        body = QWidget(self)
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addLayout(coders_row)
        rows.addWidget(self.splitter, 1)
        self.set_body(body)
        self.setFocusProxy(self.coders)
        self._choices_changed()

    def unit_names(self) -> list[str]:
        return [
            self.tr("Paragraph"),
            self.tr("Speaker turn"),
            self.tr("Sentence"),
            self.tr("Character"),
        ]

    # -- the project ------------------------------------------------------------------------
    def set_controller(self, controller: ProjectController | None) -> None:
        """A project opened (or the view did): computed once at once when two coders can be
        compared, as the other analyses count when they open; later only on Compute."""
        super().set_controller(controller)
        if controller is not None and self.recalculate.isEnabled():
            self.compute()

    def controller_changed(self) -> None:
        """The project's coders, with their colours, to tick."""
        self.coders.set_coders(self.controller.project.coders() if self.controller else [])
        self.review.set_controller(self.controller)
        self._choices_changed()

    def _on_changed(self, changes: Changes) -> None:
        if changes.any_of("documents", "coders"):
            self.filters.refill()
        if changes.any_of("coders") and self.controller is not None:
            self.coders.set_coders(self.controller.project.coders())
        if changes.any_of("codings", "coders") and self.report is not None:
            before = self.review.fingerprint()
            self.review.refresh()  # settled or not: the consensus coder's codings changed
            if before is not None and self.review.fingerprint() != before:
                self.show_notice(
                    self.tr(
                        "The compared coders' codings changed since this was computed. "
                        "Press Compute (F5) to count again."
                    )
                )
        self._update_placeholder()

    def schedule(self, delay: int = 0) -> None:
        """Choices and codings do not recount by themselves here (see the module)."""
        self._choices_changed()

    def scope_changed(self, documents: bool) -> None:
        self._choices_changed()

    # -- choices ----------------------------------------------------------------------------
    def choices(self) -> dict[str, Any]:
        """The core's arguments for the current choice."""
        out = self.filters.filters()
        out["coders"] = self.coders.chosen()
        out["unit"] = self.unit.currentData()
        out["segment_threshold"] = self.threshold.value() / 100
        return out

    def missing_choice(self) -> str | None:
        if self.controller is None:
            return None
        if len(self.coders_who_coded()) < 2:
            return self.alone()
        if len(self.coders.chosen()) < 2:
            return self.tr("Tick at least two coders to compare.")
        return None

    def _choices_changed(self) -> None:
        missing = self.filters.missing_scope() or self.missing_choice()
        self.recalculate.setEnabled(self.controller is not None and missing is None)
        self.recalculate.setToolTip(
            missing or self.tr("Compute the agreement for these choices (F5)")
        )
        if missing == self.alone():
            self.show_notice(None)  # the empty table says it, with what to do
        elif missing:
            self.show_notice(missing)
        elif self._computed_with is not None and self._computed_with != self.choices():
            self.show_notice(
                self.tr("The choices changed: press Compute (F5) to see their figures.")
            )
        else:
            self.show_notice(None)
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        if self.controller is None:
            text = ""
        elif len(self.coders_who_coded()) < 2:
            text = self.alone()
        else:
            text = self.tr("Tick two or more coders above, then press Compute.")
        self.table.set_placeholder(text)

    def alone(self) -> str:
        """Why there is nothing to compare yet, and what to do about it."""
        if not self.coders_who_coded():
            return self.tr(
                "Nobody has coded in this project yet. Agreement compares the codings of two "
                "or more coders; merge their projects with File ▸ Merge project…"
            )
        return self.tr(
            "Only one coder has coded in this project. Merge a colleague's project "
            "(File ▸ Merge project…) to compare."
        )

    def coders_who_coded(self) -> list[str]:
        if self.controller is None:
            return []
        coders = self.controller.project.coders()
        if coders and hasattr(coders[0], "codings"):  # the project counts their codings
            return [c.name for c in coders if getattr(c, "codings", 0)]
        return [c.name for c in coders]

    # -- computing --------------------------------------------------------------------------
    def compute(self) -> None:
        """Compute for the current choices in the background (F5, the Compute button)."""
        self._timer.stop()
        if self.controller is None:
            return
        missing = self.filters.missing_scope() or self.missing_choice()
        if missing:
            self.show_notice(missing)
            return
        self._asked = self.choices()
        self.show_notice(None)
        self.runner.start(self.make_job(self.controller.project, dict(self._asked)))

    def recompute(self) -> None:
        self.compute()

    def make_job(self, project: Project, choices: dict[str, Any]) -> Job:
        def job(task: Task) -> AgreementReport:
            return project.agreement(
                choices["coders"],
                unit=choices["unit"],
                codes=choices.get("codes"),
                documents=choices.get("documents"),
                include_interviewer=bool(choices.get("include_interviewer")),
                segment_threshold=choices["segment_threshold"],
                progress=task.progress,
                cancelled=task.cancelled,
            )

        return job

    def _finished(self, result: Any) -> None:
        self.result, self.counted = result, self._asked
        self._computed_with = dict(self._asked)
        self.show_notice(None)
        self.show_result(result)

    def show_result(self, report: Any) -> None:
        self.report = report if isinstance(report, AgreementReport) else None
        if report is None:
            self._computed_with = None
        self.model.set_report(self.report)
        self.review.set_report(self.report, dict(self.coders.colors), dict(self.counted))
        self._size_columns()
        self._describe_result()
        self._update_placeholder()
        self.export_button.setEnabled(self.report is not None)

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        chars = self.fontMetrics().averageCharWidth()
        header.resizeSection(CODE, min(max(header.sectionSize(CODE), 16 * chars), 26 * chars))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def _describe_result(self) -> None:
        report = self.report
        if report is None:
            self.footnote.clear()
            self.unitized.clear()
            self.definition.clear()
            return
        reasons = self.model.reasons_shown()
        self.footnote.setText(
            self.tr("— not computed: %1").replace("%1", " ".join(reason_text(r) for r in reasons))
            if reasons
            else ""
        )
        self.footnote.setVisible(bool(reasons))
        u = report.unitized
        if u is None:
            self.unitized.setText("")
        else:
            self.unitized.setText(
                self.tr("On the character continuum: uα %1, Cuα %2 (cuα per code in the table).")
                .replace("%1", number(u.u_alpha))
                .replace("%2", number(u.Cu_alpha))
            )
        self.definition.setHtml(self.definition_html(report))

    def definition_html(self, report: AgreementReport) -> str:
        """What was compared, then the coefficients' definitions (in the project's language,
        as the core words them for the report files)."""
        unit = dict(zip(UNIT_CHOICES, self.unit_names(), strict=True)).get(report.unit, report.unit)
        docs = len(report.documents)
        interviewer = (
            self.tr("the interviewer's turns included")
            if report.include_interviewer
            else self.tr("the interviewer's turns left out")
        )
        first = (
            self.tr(
                "%1 compared per %2 (%3) in %4 document(s); codes: %5; 95 % intervals from "
                "%6 bootstrap samples of the documents (seed %7); segments agree at %8 % overlap."
            )
            .replace("%1", ", ".join(report.coders))
            .replace("%2", unit.lower())
            .replace("%3", interviewer)
            .replace("%4", str(docs))
            .replace(
                "%5",
                self.tr("%1 ticked").replace("%1", str(len(report.codes)))
                if self.counted.get("codes")
                else self.tr("all %1 used").replace("%1", str(len(report.codes))),
            )
            .replace("%6", str(report.bootstrap_samples))
            .replace("%7", str(report.seed))
            .replace("%8", f"{report.segment_threshold * 100:.0f}")
        )
        whose = self.whose_codings(list(report.coders))
        html = f"<b>{escape(self.tr('How this was counted'))} ({escape(whose)}):</b> "
        html += escape(first)
        wanted = [*COEFFICIENTS, f"unit_{report.unit}", "touching", "overall", "bootstrap"]
        wanted += ["segment_overlap", "u_alpha", "cu_alpha", "Cu_alpha"]
        words = definitions(theme.ui_language())  # the report files carry the project's
        for term in wanted:
            if term in words:
                html += "<br>" + escape(words[term])
        return html

    def _code_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.review.show_code(index.data(CODE_ID_ROLE))

    # -- exporting --------------------------------------------------------------------------
    def export_report(self, path: str | None = None) -> str | None:
        """Write the report (.xlsx, .csv or .docx, by the name) with its definition."""
        if self.controller is None or self.report is None:
            return None
        if path is None:
            folder = self.last_folder()
            name = f"{self.tr('Intercoder agreement')}.xlsx"
            path = export_dialog.ask_save_path(
                self,
                self.tr("Export agreement"),
                str(Path(folder) / name) if folder else name,
                self.tr(
                    "Excel workbook (*.xlsx);;CSV, one long table (*.csv);;Word document (*.docx)"
                ),
                (".xlsx", ".csv", ".docx"),
            )
            if not path:
                return None
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            self.controller.project.write_agreement(self.report, path)
        except (DuoCoderError, OSError) as exc:
            self.controller.failed.emit(str(exc))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.remember_folder(path)
        self.message.emit(self.tr("Agreement written to %1.").replace("%1", path))
        return path
