"""Writing an analysis out: tables to .xlsx/.csv, the quote list to Word.

Tables are written at once (the core lays out a result in milliseconds). The quote list
reads every quoted passage with its text and writes a Word file of possibly hundreds of
pages, so it runs in a worker with a progress bar and Cancel, like an import; a cancelled
export writes nothing.

Qt's save dialog asks before replacing the file the researcher picked (no dialog here sets
`DontConfirmOverwrite`), but it cannot ask about the file we get by adding the suffix they
left off; `ask_save_path` asks about that one. A refusal of the core (the project itself,
a full disk) reaches the researcher as its one sentence in a message box."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from duocoder.domain.errors import DuoCoderError
from duocoder.domain.privacy import UnreviewedIdentifiersError
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.filter_boxes import CoderBox
from duocoder.gui.common.flow_layout import labelled
from duocoder.gui.common.guarded_export import answer_guard, run_guarded
from duocoder.gui.common.tasks import TaskRunner


def _with_suffix(path: str, chosen_filter: str, suffixes: tuple[str, ...]) -> str:
    """The path with the suffix of the chosen file type when the researcher typed none."""
    if Path(path).suffix.lower() in suffixes:
        return path
    for suffix in suffixes:
        if f"*{suffix}" in chosen_filter:
            return path + suffix
    return path + suffixes[0]


def ask_save_path(
    parent: QWidget, title: str, start: str, filters: str, suffixes: tuple[str, ...]
) -> str | None:
    """A file to export to, with a suffix from `suffixes`; None when the researcher
    cancelled, or declined to replace a file that exists under the completed name."""
    typed, chosen = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not typed:
        return None
    path = _with_suffix(typed, chosen, suffixes)
    if path != typed and Path(path).exists() and not confirm_replace(parent, path):
        return None
    return path


def confirm_replace(parent: QWidget, path: str) -> bool:
    """Ask before replacing `path`, as Qt's own save dialog does; No is the default."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("AnalysisExport", "Replace file?"),
        QCoreApplication.translate(
            "AnalysisExport", "'%1' already exists. Do you want to replace it?"
        ).replace("%1", Path(path).name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_table_path(parent: QWidget, name: str, folder: str) -> str | None:
    return ask_save_path(
        parent,
        QCoreApplication.translate("AnalysisExport", "Export table"),
        str(Path(folder) / name) if folder else name,
        QCoreApplication.translate(
            "AnalysisExport",
            "Excel workbook (*.xlsx);;CSV, one long table for R or pandas (*.csv)",
        ),
        (".xlsx", ".csv"),
    )


def write_table(
    controller: ProjectController, result: Any, path: str, parent: QWidget
) -> str | None:
    """Write `result` with its definition; a refusal is shown as the core's sentence. A
    table that carries interview text (the stakeholder comparison) passes the export
    guard: when it stops the export, the guard's question is asked (`run_guarded`)."""

    def export(allow_unreviewed: str | None) -> str:
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            written = controller.project.export_table(
                result, path, allow_unreviewed=allow_unreviewed
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        return str(written)

    try:
        return run_guarded(parent, export)
    except (DuoCoderError, OSError) as exc:
        controller.failed.emit(str(exc))
        return None


class _Progress(QObject):
    """Created in the GUI thread; the worker emits on it, so the bar moves there."""

    step = Signal(int, int)


class QuoteExportDialog(QDialog):
    """Options for the quote list, then a file name, then the export in a worker."""

    written = Signal(str)

    def __init__(
        self,
        controller: ProjectController,
        filters: dict[str, Any],
        folder: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export quotes to Word"))
        self.controller, self.filters, self.folder = controller, filters, folder
        self.path: str | None = None
        explain = QLabel(
            self.tr(
                "The quotes of the codes shown in this analysis, per code in codebook order "
                "and per role. Interviewer words inside a quote are left out and marked […]; "
                "a quote that starts or ends mid-sentence is marked (…) there."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.with_source = QCheckBox(self.tr("With the &source of each quote (document, ¶)"), self)
        self.with_source.setChecked(True)
        self.with_memo = QCheckBox(self.tr("With the &memo of each coding"), self)
        self.with_definitions = QCheckBox(self.tr("With the code &descriptions"), self)
        # where the role goes: on its own line under the quote, or after it as books quote
        self.attribution = QComboBox(self)
        self.attribution.addItem(self.tr("On its own line under the quote"), "line")
        self.attribution.addItem(self.tr("Right after the quote: ‘…’ (participant)"), "inline")
        role_label = QLabel(self.tr("&Role of the speaker:"), self)
        role_label.setBuddy(self.attribution)
        # whose codings are quoted: the analysis's choice, which may be changed here
        self.coders = CoderBox(self)
        self.coders.set_coders(c.name for c in controller.project.coders())
        self.coders.set_chosen(filters.get("coders"))
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.buttons = QDialogButtonBox(self)
        self.save = self.buttons.addButton(
            self.tr("&Save as…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save.clicked.connect(self.choose_and_write)
        self.cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(labelled(self.tr("Quote the codings of c&oders:"), self.coders, self))
        for box in (self.with_source, self.with_memo, self.with_definitions):
            layout.addWidget(box)
        layout.addWidget(role_label)
        layout.addWidget(self.attribution)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self._progress = _Progress(self)
        self._progress.step.connect(self._step)
        # the wrapped explanation needs its height for this width, which resize(w, 0)
        # did not give it (its first lines were cut off)
        self.setMinimumWidth(440)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self.resize(440, layout.totalHeightForWidth(440))

    def choose_and_write(self) -> None:
        name = self.tr("Quotes") + ".docx"
        path = ask_save_path(
            self,
            self.tr("Export quotes to Word"),
            str(Path(self.folder) / name) if self.folder else name,
            self.tr("Word document (*.docx)"),
            (".docx",),
        )
        if path:
            self.write_to(path)

    def write_to(self, path: str, allow_unreviewed: str | None = None) -> None:
        """Start writing to `path` in the worker; `written` follows when done. When the
        export guard stops it, the guard's question follows instead (`_finished`)."""
        if self.runner.busy:
            return
        self.path = path
        with_source = self.with_source.isChecked()
        with_memo = self.with_memo.isChecked()
        with_definitions = self.with_definitions.isChecked()
        attribution = str(self.attribution.currentData())
        project, filters, relay = self.controller.project, dict(self.filters), self._progress
        filters.pop("coders", None)
        if coders := self.coders.chosen():
            filters["coders"] = coders

        def job(cancel: threading.Event) -> str | UnreviewedIdentifiersError:
            try:
                project.export_quotes(
                    path,
                    progress=lambda i, n, _label: relay.step.emit(i, n),
                    cancelled=cancel.is_set,
                    with_source=with_source,
                    with_memo=with_memo,
                    with_definitions=with_definitions,
                    attribution=attribution,
                    allow_unreviewed=allow_unreviewed,
                    **filters,
                )
            except UnreviewedIdentifiersError as stopped:  # nothing written: ask, on the GUI
                return stopped
            return path

        for box in self._options():
            box.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.runner.start(job)

    def _options(self) -> tuple[QWidget, ...]:
        """What the researcher may change until the export starts."""
        return (
            self.with_source,
            self.with_memo,
            self.with_definitions,
            self.attribution,
            self.coders,
            self.save,
        )

    def _step(self, index: int, total: int) -> None:
        if self.runner.busy and total:
            self.progress.setRange(0, total)
            self.progress.setValue(index)

    def _finished(self, result: str | UnreviewedIdentifiersError) -> None:
        if isinstance(result, UnreviewedIdentifiersError):
            self._failed("")
            reason = answer_guard(self, result)
            if reason is not None and self.path is not None:
                self.write_to(self.path, reason)
            return
        self.written.emit(result)
        self.accept()

    def _failed(self, message: str) -> None:
        for box in self._options():
            box.setEnabled(True)
        self.progress.hide()
        if message:
            self.controller.failed.emit(message)

    def reject(self) -> None:
        if self.runner.busy:  # the first Cancel stops the export, the second closes
            self.runner.cancel()
            return
        super().reject()
