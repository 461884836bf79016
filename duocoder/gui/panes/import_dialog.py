"""Importing transcripts without freezing the window: one row per file with its own role,
case and duo, prefilled with guesses read from the file names and first lines
(`duocoder.app.guess`, in a worker) and checked before Import is enabled. The core's
`import_files` runs on a `TaskRunner` (`duocoder.gui.common.tasks`), reports progress per
file, and can be cancelled between files. The report is filled as the files go, so when a
project error (a full disk) or a bug stops the batch, the documents imported before it are
still counted, listed and undoable, and the summary names what stopped it in one sentence."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.guess import FileGuess, guess_files
from duocoder.app.project import ImportFailure, ImportReport
from duocoder.domain.roles import Role
from duocoder.domain.sources import FileTags
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.filter_boxes import add_role_items
from duocoder.gui.common.tasks import Task, TaskRunner
from duocoder.gui.panes.document_dialog import editable_combo
from duocoder.gui.panes.import_table import ImportTable

_EXISTING = re.compile(r"already in the project as document '(.*)'\.?$", re.DOTALL)

QUESTION_CHOICES = (None, "italic", "bold", "list")
"""How the interviewer's questions are told apart, as `import_files(questions=)` takes it."""


def question_box(parent: QWidget) -> QComboBox:
    """ "Interviewer questions are: labelled / in italics / in bold / list items"."""
    box = QComboBox(parent)
    for value, text in zip(
        QUESTION_CHOICES,
        (
            QCoreApplication.translate("ImportDialog", "labelled (I:, Interviewer:, a name)"),
            QCoreApplication.translate("ImportDialog", "in italics"),
            QCoreApplication.translate("ImportDialog", "in bold"),
            QCoreApplication.translate("ImportDialog", "list items"),
        ),
        strict=True,
    ):
        box.addItem(text, value)
    box.setToolTip(
        QCoreApplication.translate(
            "ImportDialog",
            "Some transcripts have no speaker labels but set the interviewer's questions "
            "apart by their formatting (Word and OpenDocument files)",
        )
    )
    return box


def _placeholder(box: QComboBox, text: str) -> None:
    edit = box.lineEdit()
    if edit is not None:
        edit.setPlaceholderText(text)


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
        self.guesser = TaskRunner(self)  # reads the files' first lines while the table shows
        self.guesser.set_project(controller)
        self.guesser.finished.connect(self._guessed)
        self.guesser.failed.connect(lambda _message: self._guess_next())
        self._to_guess: list[str] = []
        docs = controller.project.documents()
        self.cases = sorted({d.case for d in docs if d.case}, key=str.casefold)
        self.duos = sorted({d.duo for d in docs if d.duo}, key=str.casefold)
        self.table = ImportTable(self.cases, self.duos, self)
        self.table.edited.connect(self._check)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        add = QPushButton(self.tr("&Add files…"), self)
        add.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("Re&move"), self)
        remove.clicked.connect(self.table.remove_selected)
        # one choice for several rows at once: the selected ones, or all when none is
        self.role = add_role_items(QComboBox(self), self.tr("(role)"))
        self.case = editable_combo(self, self.cases, None)
        _placeholder(self.case, self.tr("(case)"))
        self.duo = editable_combo(self, self.duos, None)
        _placeholder(self.duo, self.tr("(duo)"))
        chars = self.fontMetrics().averageCharWidth()
        self.case.setMinimumWidth(16 * chars)  # room for "Buddywerking Noord"
        self.duo.setMinimumWidth(11 * chars)
        self.apply = QPushButton(self.tr("A&pply to all rows"), self)
        self.apply.clicked.connect(self.apply_to_rows)
        self.questions = question_box(self)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("font-weight: bold")
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
        file_buttons.addWidget(QLabel(self.tr("Set:"), self))
        for w in (self.role, self.case, self.duo, self.apply):
            file_buttons.addWidget(w)
        questions = QHBoxLayout()
        label = QLabel(self.tr("Interviewer &questions are:"), self)
        label.setBuddy(self.questions)
        questions.addWidget(label)
        questions.addWidget(self.questions)
        questions.addStretch()
        hint = QLabel(
            self.tr(
                "Role, case and duo in italics were guessed from the file name or the first "
                "lines of the text: please check them."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addLayout(file_buttons)
        layout.addLayout(questions)
        layout.addWidget(self.problems)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.add_files(files or [])
        self.resize(920, 540)  # fits a 1366×768 screen with room for the taskbar

    # -- files and their guesses ------------------------------------------------------------
    def add_files(self, files: list[str]) -> None:
        added = self.table.add_files(files)
        if added:
            self._to_guess += added
            if not self.guesser.busy:
                self._guess_next()

    def chosen_files(self) -> list[str]:
        return self.table.paths()

    def _guess_next(self) -> None:
        batch, self._to_guess = self._to_guess, []
        if not batch:
            return
        project = self.controller.project
        cases, duos = self.cases, self.duos

        def job(task: Task) -> list[FileGuess]:
            return guess_files(batch, cases, duos, project.find_by_hash, cancelled=task.cancelled)

        self.guesser.start(job)

    def _guessed(self, guesses: list[FileGuess]) -> None:
        if self.runner.busy or self.report is not None:
            return  # the import started meanwhile: the rows are the researcher's now
        self.table.apply_guesses(guesses)
        self._guess_next()

    def guessing(self) -> bool:
        return self.guesser.busy or bool(self._to_guess)

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose transcripts"),
            "",
            self.tr("Transcripts (*.docx *.odt *.txt *.vtt *.srt);;All files (*)"),
        )
        self.add_files(files)

    # -- several rows at once, and the checks -------------------------------------------------
    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectedIndexes()})

    def _selection_changed(self) -> None:
        self.apply.setText(
            self.tr("A&pply to selected rows")
            if self._selected_rows()
            else self.tr("A&pply to all rows")
        )

    def apply_to_rows(self) -> None:
        """Set the chosen role, case and duo (those filled in) on the selected rows, or on
        every row when none is selected."""
        rows = self._selected_rows() or list(range(self.table.rowCount()))
        role = self.role.currentData()
        self.table.set_rows(
            rows,
            Role(role) if role else None,
            self.case.currentText().strip() or None,
            self.duo.currentText().strip() or None,
        )

    def _check(self) -> None:
        problems = self.table.problems()
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        busy = self.runner.busy or self.report is not None
        self.start.setEnabled(self.table.rowCount() > 0 and not problems and not busy)

    # -- the import --------------------------------------------------------------------------
    def start_import(self) -> None:
        rows = self.table.values()
        if not rows or self.runner.busy or self.table.problems():
            return
        self.guesser.shut_down()
        self._to_guess = []
        for w in (
            self.table,
            self.role,
            self.case,
            self.duo,
            self.apply,
            self.questions,
            self.start,
        ):
            w.setEnabled(False)
        self.progress.setRange(0, len(rows))
        self.progress.setValue(0)
        self.progress.show()
        project = self.controller.project
        files = [r.path for r in rows]
        names = {r.path: r.name for r in rows}
        tags = {r.path: FileTags(r.role or Role.OTHER, r.case, r.duo) for r in rows}
        questions = self.questions.currentData()
        report = self._filling = ImportReport()  # still right if the batch stops

        def job(task: Task) -> ImportReport:
            project.import_files(
                files,
                rows[0].role or Role.OTHER,  # each file's own tags say better
                names=names,
                questions=questions,
                tags=tags,
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
                [(f.file, self._duplicate(f)) for f in report.duplicates],
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

    def _duplicate(self, failure: ImportFailure) -> str:
        """ "already in the project as Anja": the core's sentence starts "Could not read",
        which would send the researcher looking for a broken file."""
        found = _EXISTING.search(failure.error)
        if found is None:
            return failure.error
        return self.tr("already in the project as %1").replace("%1", f"‘{found.group(1)}’")

    def reject(self) -> None:
        if self.runner.busy:  # never close while the worker writes
            self._cancel()
            return
        super().reject()
