"""File ▸ Export ▸ REFI-QDA project…: the whole project as a `.qdpx` for NVivo, ATLAS.ti,
MAXQDA or QualCoder, written without freezing the window.

The core's `Project.export_qdpx` runs on a `TaskRunner` (`duocoder.gui.common.tasks`) with
progress per document in a small window; when it is done the status bar says what was
written, and a refused or failed export is one sentence (`ProjectController.failed`). The
save dialog asks before replacing a file; the core refuses the project itself."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from duocoder.app.exchange import QdpxExportReport
from duocoder.domain.privacy import UnreviewedIdentifiersError
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.guarded_export import answer_guard
from duocoder.gui.common.tasks import Task, TaskRunner
from duocoder.gui.panes.export_dialog import ask_save_path


def ask_qdpx_path(parent: QWidget, controller: ProjectController) -> str | None:
    """The .qdpx to write, proposed beside the project under its name; None if cancelled."""
    project_path = controller.project.path
    start = (
        str(project_path.with_suffix(".qdpx"))
        if project_path is not None
        else str(Path.home() / f"{controller.project.name}.qdpx")
    )
    return ask_save_path(
        parent,
        QCoreApplication.translate("QdpxExport", "Export REFI-QDA project"),
        start,
        QCoreApplication.translate("QdpxExport", "REFI-QDA project (*.qdpx)"),
        (".qdpx",),
    )


class QdpxExportDialog(QDialog):
    """Shows the export's progress and closes itself when the file is written."""

    written = Signal(object)  # QdpxExportReport

    def __init__(self, controller: ProjectController, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.controller = controller
        self.path = path
        self.report: QdpxExportReport | None = None
        self.error: str | None = None
        self.setWindowTitle(self.tr("Export REFI-QDA project"))
        self.label = QLabel(self.tr("Writing %1…").replace("%1", Path(path).name), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        self.setMinimumWidth(420)
        self.runner = TaskRunner(self)
        self.runner.set_project(controller)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)

    def start(self, allow_unreviewed: str | None = None) -> None:
        """Write in the worker; when the export guard stops it (names not reviewed),
        nothing is written and the guard's question follows (`_finished`)."""
        project, path = self.controller.project, self.path

        def job(task: Task) -> QdpxExportReport | UnreviewedIdentifiersError:
            try:
                return project.export_qdpx(
                    path, progress=task.progress, allow_unreviewed=allow_unreviewed
                )
            except UnreviewedIdentifiersError as stopped:
                return stopped

        self.runner.start(job)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}  {name}" if name else f"{done}/{total}")

    def _finished(self, report: QdpxExportReport | UnreviewedIdentifiersError) -> None:
        if isinstance(report, UnreviewedIdentifiersError):
            self.hide()  # the question takes its place; nothing is written yet
            reason = answer_guard(self.parentWidget() or self, report)
            if reason is None:
                self.error = ""
                self.reject()
                return
            self.show()
            self.start(reason)
            return
        self.report = report
        self.written.emit(report)
        self.accept()

    def _failed(self, message: str) -> None:
        self.error = message
        if message:
            self.controller.failed.emit(message)
        self.reject()

    def reject(self) -> None:
        if self.runner.busy and self.error is None:  # the file is being written: wait
            return
        super().reject()


def summary(report: QdpxExportReport) -> str:
    """The status bar's sentence about a written export."""
    return (
        QCoreApplication.translate(
            "QdpxExport", "REFI-QDA project written to %1 (documents: %2, codings: %3)."
        )
        .replace("%1", report.path.name)
        .replace("%2", str(report.documents))
        .replace("%3", str(report.codings))
    )


def export_project(
    window: QWidget, controller: ProjectController, path: str | None = None
) -> QdpxExportDialog | None:
    """Ask where (unless `path` is given), then write in the background; the dialog is
    returned so a caller (or a test) can follow it."""
    path = path or ask_qdpx_path(window, controller)
    if not path:
        return None
    dialog = QdpxExportDialog(controller, path, window)
    status = getattr(window, "statusBar", None)
    if status is not None:
        dialog.written.connect(lambda report: status().showMessage(summary(report), 8000))
    dialog.setModal(True)
    dialog.open()
    dialog.start()
    return dialog
