"""Importing transcripts without freezing the window: the core's `import_files` runs in a
worker thread, reports progress through signals, and can be cancelled between files."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot
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

from duocoder.app import errorlog
from duocoder.app.project import ImportFailure, ImportReport
from duocoder.domain.errors import DuoCoderError
from duocoder.domain.roles import Role
from duocoder.gui.controller import ProjectController
from duocoder.gui.document_dialog import editable_combo, role_combo


class ImportWorker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # ImportReport

    def __init__(
        self,
        controller: ProjectController,
        files: list[str],
        role: Role,
        case: str | None,
        duo: str | None,
    ) -> None:
        super().__init__()
        self.controller, self.files, self.role, self.case, self.duo = (
            controller,
            files,
            role,
            case,
            duo,
        )
        self.cancel = threading.Event()

    @Slot()
    def run(self) -> None:
        report = ImportReport()  # filled as the files go: still right if the batch stops
        try:
            self.controller.project.import_files(
                self.files,
                self.role,
                self.case,
                self.duo,
                progress=lambda i, n, name: self.progress.emit(i, n, name),
                cancelled=self.cancel.is_set,
                report=report,
            )
        except Exception as exc:  # the worker must always finish, or the dialog hangs
            report.failed.append(ImportFailure("", _stopped(exc)))
        self.finished.emit(report)


def _stopped(exc: Exception) -> str:
    """The sentence for what stopped the whole batch: the project's own error (a full disk,
    a read-only file) as it is, anything else with its traceback in the error log."""
    if isinstance(exc, DuoCoderError):
        return str(exc)
    log = errorlog.write_error_log(exc, "importing transcripts")
    where = f"; the details are in {log}" if log is not None else ""
    return f"An unexpected error stopped the import ({type(exc).__name__}){where}."


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
        self.report: ImportReport | None = None
        self._thread: QThread | None = None
        self._worker: ImportWorker | None = None
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
        if not files or self._thread is not None:
            return
        for w in (self.files, self.role, self.case, self.duo, self.start):
            w.setEnabled(False)
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.show()
        self._worker = ImportWorker(
            self.controller,
            files,
            Role(self.role.currentData()),
            self.case.currentText().strip() or None,
            self.duo.currentText().strip() or None,
        )
        self.controller.hold()  # the window catches up once, when the worker is done
        self._thread = QThread(self)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self._progress)
        self._worker.finished.connect(self._finished)
        self._thread.start()

    def _progress(self, index: int, total: int, name: str) -> None:
        self.progress.setValue(index)
        self.progress.setFormat(f"{index}/{total}  {name}" if name else f"{index}/{total}")

    def _cancel(self) -> None:
        if self._worker is not None and self._thread is not None:
            self._worker.cancel.set()
            self.cancel.setEnabled(False)
        else:
            self.reject()

    def _finished(self, report: ImportReport) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self._thread = None
        self._worker = None
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
        if self._thread is not None:  # never close while the worker writes
            self._cancel()
            return
        super().reject()
