"""Indexing for the language features: loading a spaCy pipeline (a second or two) and
analysing every new document, in the background, before a feature that needs the index runs.

The `IndexGate` makes sure the index is complete before such a feature runs: it indexes
the pending documents on a `TaskRunner` (`duocoder.gui.common.tasks`), with a progress bar and a
Cancel button in the status bar (`IndexBar`), then runs the waiting feature. Cancel stops
between documents; the documents indexed before it keep their index."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from duocoder.app.results import IndexReport
from duocoder.domain.errors import DuoCoderError
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.tasks import Task, TaskRunner


class IndexBar(QWidget):
    """ "Indexing texts 3/10 Anja" with a progress bar and Cancel, in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Indexing texts…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # until the pipeline is loaded and the first count comes in
        self.bar.setMaximumWidth(180)
        self.bar.setMaximumHeight(self.fontMetrics().height() + 4)
        self.cancel = QPushButton(self.tr("Cancel indexing"), self)
        self.cancel.setAccessibleName(self.tr("Cancel indexing"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel)
        self.hide()

    def begin(self, total: int) -> None:
        self.label.setText(self.tr("Indexing texts…"))
        self.bar.setRange(0, 0)
        self.bar.setFormat("")
        self.cancel.setEnabled(True)
        self.setToolTip(self.tr("%n document(s) to index", "", total))
        self.show()

    def step(self, index: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(index)
        self.label.setText(
            self.tr("Indexing texts %1/%2 %3")
            .replace("%1", str(index))
            .replace("%2", str(total))
            .replace("%3", name)
            .strip()
        )


class IndexGate(QObject):
    """Runs features that need the index once it is complete, indexing first if needed."""

    indexing_changed = Signal(bool)
    message = Signal(str)  # a sentence for the status bar or the panel that asked

    def __init__(self, bar: IndexBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.controller: ProjectController | None = None
        self.runner = TaskRunner(self)
        self.runner.progress.connect(bar.step)
        self.runner.finished.connect(self._indexed)
        self.runner.failed.connect(self._failed)
        bar.cancel.clicked.connect(self.cancel)
        self._waiting: list[tuple[Callable[[], None], Callable[[str], None]]] = []

    @property
    def indexing(self) -> bool:
        return self.runner.busy

    def set_controller(self, controller: ProjectController | None) -> None:
        """Follow the window's project; indexing of the previous one stops first."""
        self._waiting = []
        busy = self.runner.busy
        self.runner.set_project(controller)
        self.bar.hide()
        if busy:
            self.indexing_changed.emit(False)
        self.controller = controller

    def ensure(self, then: Callable[[], None], failed: Callable[[str], None]) -> None:
        """Call `then` once every document has an up-to-date index (at once if it has);
        `failed` gets a sentence when indexing is cancelled or cannot run."""
        if self.controller is None:
            return
        self._waiting.append((then, failed))
        if self.runner.busy:
            return
        try:
            pending = self.controller.project.index_status().pending
        except DuoCoderError as exc:
            self._release(str(exc))
            return
        if not pending:
            self._release(None)
        else:
            self._start(len(pending))

    def index_now(self) -> None:
        """Index the pending documents now (Text ▸ Update the text index)."""
        self.ensure(
            lambda: self.message.emit(self.tr("Every document is indexed.")), self.message.emit
        )

    def _start(self, total: int) -> None:
        assert self.controller is not None
        project = self.controller.project

        def job(task: Task) -> IndexReport:
            return project.index_documents(progress=task.progress, cancelled=task.cancelled)

        self.bar.begin(total)
        self.indexing_changed.emit(True)
        self.runner.start(job, partial=True)  # Cancel still reports what was indexed

    def _indexed(self, report: IndexReport) -> None:
        self.bar.hide()
        self.indexing_changed.emit(False)
        if report.cancelled:
            self._release(self._cancelled())
            return
        # documents imported while the worker ran need their index as well
        pending = self.controller.project.index_status().pending if self.controller else ()
        if pending:
            self._start(len(pending))
        else:
            self._release(None)

    def _failed(self, message: str) -> None:
        self.bar.hide()
        self.indexing_changed.emit(False)
        self._release(message or self._cancelled())

    def _cancelled(self) -> str:
        return self.tr("Indexing was cancelled; documents without an index are left out.")

    def _release(self, error: str | None) -> None:
        waiting, self._waiting = self._waiting, []
        for then, failed in waiting:
            if error is None:
                then()
            else:
                failed(error)

    def cancel(self) -> None:
        self.bar.cancel.setEnabled(False)
        self.bar.label.setText(self.tr("Stopping after this document…"))
        self.runner.cancel()
