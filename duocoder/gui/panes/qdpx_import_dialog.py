"""File ▸ Import ▸ REFI-QDA project…: a .qdpx from NVivo, ATLAS.ti, MAXQDA or QualCoder
merged into the open project without freezing the window.

The core's `Project.import_qdpx` runs on a `TaskRunner` (`duocoder.gui.common.tasks`) with
progress per document and Cancel between documents; its report is shown as the transcript
import's summary is: what came in, how each document's positions were read, and what was
not kept. A refused file is one sentence, and the project is unchanged."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QWidget

from duocoder.app.project_import import QdpxImportReport
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.report_dialog import BackgroundReportDialog
from duocoder.gui.common.tasks import Task


class QdpxImportDialog(BackgroundReportDialog):
    imported = Signal(object)  # QdpxImportReport, after the worker is done

    def __init__(self, controller: ProjectController, path: str, parent: QWidget | None = None):
        super().__init__(
            controller,
            QCoreApplication.translate("QdpxImportDialog", "Import REFI-QDA project"),
            QCoreApplication.translate("QdpxImportDialog", "Importing %1…").replace(
                "%1", Path(path).name
            ),
            parent,
        )
        self.path = path
        self.report: QdpxImportReport | None = None

    def start(self) -> None:
        project, path = self.controller.project, self.path
        label = self.tr("Import project %1").replace("%1", Path(path).name)

        def job(task: Task) -> QdpxImportReport:
            with project.labelled(label):
                return project.import_qdpx(path, progress=task.progress, cancelled=task.cancelled)

        self.run(job, cancellable=True)

    def report_ready(self, report: QdpxImportReport) -> None:
        self.imported.emit(report)

    def summary_html(self, report: QdpxImportReport) -> str:
        head = self.tr(
            "%1 document(s) imported, %2 already in the project; %3 new code(s), %4 merged "
            "with existing codes; %5 coding(s) added, %6 already there."
        )
        for number, value in enumerate(
            (
                len(report.added),
                len(report.matched),
                len(report.codes.added),
                len(report.codes.merged),
                report.codings,
                report.skipped,
            ),
            start=1,
        ):
            head = head.replace(f"%{number}", str(value))
        parts = [f"<p><b>{escape(head)}</b></p>"]
        if report.cancelled:
            parts.append(
                "<p>"
                + escape(self.tr("The import was cancelled; the documents before it are in."))
                + "</p>"
            )
        sections = (
            (
                self.tr("Imported beside a different text of the same name:"),
                [f"{a} → {b}" for a, b in report.renamed],
            ),
            (
                self.tr("How each document's positions were read:"),
                [f"{d}: {s}." for d, s in report.units],
            ),
            (
                self.tr("Not kept, or please check:"),
                [*report.codes.notes, *report.notes],
            ),
        )
        return "".join(parts + self.sections_html(sections))
