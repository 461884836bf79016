"""Importing transcripts without freezing the window: the core's `import_files` runs on a
`TaskRunner` (`duocoder.gui.common.tasks`), reports progress per file, and can be cancelled between
files. The report is filled as the files go, so when a project error (a full disk) or a bug
stops the batch, the documents imported before it are still counted, listed and undoable,
and the summary names what stopped it in one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.project import ImportFailure, ImportReport
from duocoder.domain.roles import Role
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.tasks import Task, TaskRunner
from duocoder.gui.panes.document_dialog import editable_combo, role_combo


class ImportDialog(QDialog):
    imported = Signal(object)  # ImportReport, after the worker is done

    def __init__(
        self,
        controller: ProjectController,
        files: list[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Import transcripts"))
        self.report: ImportReport | None = None  # set when the import is done
        self._filling: ImportReport | None = None  # the worker's, while it imports
        self.runner = TaskRunner(self)
        self.runner.set_project(controller)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._stopped)
        docs = controller.project.documents()
        self.files = QListWidget(self)
        add = QPushButton(self.tr("&Add files…"), self)
        add.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("Re&move"), self)
        remove.clicked.connect(
            lambda: [self.files.takeItem(self.files.row(i)) for i in self.files.selectedItems()]
        )
        self.role = role_combo(self, Role.PARTICIPANT)
        self.case = editable_combo(self, sorted({d.case for d in docs if d.case}), None)
        self.duo = editable_combo(self, sorted({d.duo for d in docs if d.duo}), None)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.summary = QTextBrowser(self)
        self.summary.hide()
        self.buttons = QDialogButtonBox(self)
        self.start = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.start.clicked.connect(self.start_import)
        self.cancel.clicked.connect(self._cancel)
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(add)
        file_buttons.addWidget(remove)
        file_buttons.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("&Role of the speaker:"), self.role)
        form.addRow(self.tr("&Case (organisation):"), self.case)
        form.addRow(self.tr("&Duo:"), self.duo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files)
        layout.addLayout(file_buttons)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.add_files(files or [])
        self.resize(520, 460)

    def add_files(self, files: list[str]) -> None:
        present = {self.files.item(i).data(256) for i in range(self.files.count())}
        for f in files:
            if f not in present:
                self.files.addItem(Path(f).name)
                self.files.item(self.files.count() - 1).setData(256, f)
                self.files.item(self.files.count() - 1).setToolTip(f)
        self.start.setEnabled(self.files.count() > 0)

    def chosen_files(self) -> list[str]:
        return [self.files.item(i).data(256) for i in range(self.files.count())]

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose transcripts"),
            "",
            self.tr("Transcripts (*.docx *.odt *.txt *.vtt *.srt);;All files (*)"),
        )
        self.add_files(files)

    def start_import(self) -> None:
        files = self.chosen_files()
        if not files or self.runner.busy:
            return
        for w in (self.files, self.role, self.case, self.duo, self.start):
            w.setEnabled(False)
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.show()
        project = self.controller.project
        role = Role(self.role.currentData())
        case = self.case.currentText().strip() or None
        duo = self.duo.currentText().strip() or None
        report = self._filling = ImportReport()  # still right if the batch stops

        def job(task: Task) -> ImportReport:
            project.import_files(
                files,
                role,
                case,
                duo,
                progress=task.progress,
                cancelled=task.cancelled,
                report=report,
            )
            return report

        self.controller.hold()  # the window catches up once, when the worker is done
        self.runner.start(job, partial=True)  # Cancel stops between files, keeps the report

    def _progress(self, index: int, total: int, name: str) -> None:
        self.progress.setValue(index)
        self.progress.setFormat(f"{index}/{total}  {name}" if name else f"{index}/{total}")

    def _cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
            self.cancel.setEnabled(False)
        else:
            self.reject()

    def _stopped(self, message: str) -> None:
        """A project error or a bug stopped the batch: the sentence joins the failures of
        the report, which holds the documents imported before it."""
        report, self._filling = self._filling or ImportReport(), None
        if message:
            report.failed.append(ImportFailure("", message))
        self._finished(report)

    def _finished(self, report: ImportReport) -> None:
        self._filling = None
        self.controller.flush()
        self.report = report
        n = len(report.imported)
        if n:
            self.controller.push_recorded(self.tr("Import %n document(s)", "", n))
        self.summary.setHtml(self.summary_html(report))
        self.summary.show()
        self.progress.setValue(self.progress.maximum())
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        self.imported.emit(report)

    def summary_html(self, report: ImportReport) -> str:
        from html import escape

        done = self.tr("%n document(s) imported.", "", len(report.imported))
        parts = [f"<p><b>{escape(done)}</b></p>"]
        if report.cancelled:
            cancelled = self.tr("The import was cancelled; the files before it are in.")
            parts.append(f"<p>{escape(cancelled)}</p>")
        for items, heading in (
            (
                [(f.file, f.error) for f in report.failed],
                self.tr("These files could not be imported:"),
            ),
            (
                [(f.file, f.error) for f in report.duplicates],
                self.tr("These files were already in the project:"),
            ),
            (
                [(n.file, n.note) for n in report.notes],
                self.tr("Imported, but please check these places:"),
            ),
        ):
            if items:
                parts.append(f"<p>{escape(heading)}</p><ul>")
                parts += [
                    f"<li><b>{escape(file)}</b>: {escape(text)}</li>"
                    if file
                    else f"<li>{escape(text)}</li>"
                    for file, text in items
                ]
                parts.append("</ul>")
        return "".join(parts)

    def reject(self) -> None:
        if self.runner.busy:  # never close while the worker writes
            self._cancel()
            return
        super().reject()
