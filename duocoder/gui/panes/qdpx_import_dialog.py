"""File ▸ Import ▸ REFI-QDA project…: a .qdpx from NVivo, ATLAS.ti, MAXQDA or QualCoder
merged into the open project without freezing the window.

The core's `Project.import_qdpx` runs on a `TaskRunner` (`duocoder.gui.common.tasks`) with
progress per document and Cancel between documents; its report is shown as the transcript
import's summary is: what came in, how each document's positions were read, and what was
not kept. A refused file is one sentence, and the project is unchanged."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.project_import import QdpxImportReport
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.tasks import Task, TaskRunner


class QdpxImportDialog(QDialog):
    imported = Signal(object)  # QdpxImportReport, after the worker is done

    def __init__(self, controller: ProjectController, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.path = path
        self.report: QdpxImportReport | None = None
        self.error: str | None = None
        self.setWindowTitle(self.tr("Import REFI-QDA project"))
        self.runner = TaskRunner(self)
        self.runner.set_project(controller)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.label = QLabel(self.tr("Importing %1…").replace("%1", Path(path).name), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.summary = QTextBrowser(self)
        self.summary.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420)

    def start(self) -> None:
        project, path = self.controller.project, self.path
        label = self.tr("Import project %1").replace("%1", Path(path).name)

        def job(task: Task) -> QdpxImportReport:
            with project.labelled(label):
                return project.import_qdpx(path, progress=task.progress, cancelled=task.cancelled)

        self.controller.hold()  # the window catches up once, when the worker is done
        self.runner.start(job, partial=True)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}  {name}" if name else f"{done}/{total}")

    def _failed(self, message: str) -> None:
        self.controller.flush()
        self.controller.push_recorded("")
        self.error = message
        self._show(f"<p><b>{escape(message)}</b></p>")

    def _finished(self, report: QdpxImportReport) -> None:
        self.controller.flush()
        self.controller.push_recorded("")
        self.report = report
        self._show(self.summary_html(report))
        self.imported.emit(report)

    def _show(self, html: str) -> None:
        self.progress.hide()
        self.label.hide()
        self.summary.setHtml(html)
        self.summary.show()
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)

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
        for heading, items in sections:
            if items:
                parts.append(f"<p>{escape(heading)}</p><ul>")
                parts += [f"<li>{escape(item)}</li>" for item in items]
                parts.append("</ul>")
        return "".join(parts)

    def reject(self) -> None:
        if self.runner.busy:  # never close while the worker writes
            self.runner.cancel()
            return
        super().reject()
