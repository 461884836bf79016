"""Running the language features off the GUI thread: searches, suggestions, word counts and
above all indexing, which loads a spaCy pipeline (a second or two) and then analyses every
new document.

A `JobRunner` hands one callable at a time to a thread pool and brings its result back to
the GUI thread through a queued signal; each run is numbered, so the answer to an older
question (the researcher searched again) is dropped instead of overwriting a newer one.
The `IndexGate` makes sure the index is complete before a feature that needs it runs: it
indexes the pending documents with a progress bar and Cancel button in the status bar,
then runs the waiting feature. Nothing here touches widgets from a worker thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from duocoder.domain.errors import DuoCoderError
from duocoder.gui.controller import ProjectController
from duocoder.nlp.records import IndexReport

Progress = Callable[[int, int, str], None]
Job = Callable[[threading.Event, Progress], Any]
"""A job receives the cancel flag and a progress callback and returns its result."""


class _Relay(QObject):
    """Lives in the GUI thread, so a worker's emits are delivered there (queued)."""

    progress = Signal(int, int, int, str)  # run number, done, total, name
    done = Signal(int, object)
    failed = Signal(int, str)


class _Task(QRunnable):
    def __init__(self, number: int, job: Job, cancel: threading.Event, relay: _Relay) -> None:
        super().__init__()
        self.number, self.job, self.cancel, self.relay = number, job, cancel, relay

    def run(self) -> None:
        report: Progress = lambda i, n, name: self.relay.progress.emit(self.number, i, n, name)  # noqa: E731
        try:
            result = self.job(self.cancel, report)
        except DuoCoderError as exc:  # a bad regex, an unindexed document: one sentence
            self.relay.failed.emit(self.number, str(exc))
        except Exception as exc:  # the view must leave its busy state whatever happens
            self.relay.failed.emit(self.number, f"{type(exc).__name__}: {exc}")
        else:
            self.relay.done.emit(self.number, result)


class JobRunner(QObject):
    """Runs the latest job of one view; its callbacks are called in the GUI thread."""

    busy_changed = Signal(bool)
    progress = Signal(int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)  # a cancelled job may still be finishing
        self._relay = _Relay(self)
        self._relay.progress.connect(self._progress)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._number = 0
        self._cancel: threading.Event | None = None
        self._callbacks: tuple[Callable[[Any], None], Callable[[str], None]] | None = None

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def start(self, job: Job, done: Callable[[Any], None], failed: Callable[[str], None]) -> None:
        """Run `job`; an earlier job still running is asked to stop and its answer ignored."""
        if self._cancel is not None:
            self._cancel.set()
        self._number += 1
        self._cancel = threading.Event()
        self._callbacks = (done, failed)
        self.pool.start(_Task(self._number, job, self._cancel, self._relay))
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        """Ask the running job to stop (the core checks between documents)."""
        if self._cancel is not None:
            self._cancel.set()

    def shut_down(self) -> None:
        """Cancel, forget and wait: a project must never be closed under a running query."""
        was_busy = self._cancel is not None
        if self._cancel is not None:
            self._cancel.set()
        self._cancel, self._callbacks = None, None
        self._number += 1
        self.pool.waitForDone()
        if was_busy:
            self.busy_changed.emit(False)

    def _progress(self, number: int, index: int, total: int, name: str) -> None:
        if number == self._number:
            self.progress.emit(index, total, name)

    def _take(self, number: int) -> tuple[Callable[[Any], None], Callable[[str], None]] | None:
        if number != self._number or self._callbacks is None:
            return None
        callbacks, self._callbacks, self._cancel = self._callbacks, None, None
        self.busy_changed.emit(False)
        return callbacks

    def _done(self, number: int, result: object) -> None:
        if callbacks := self._take(number):
            callbacks[0](result)

    def _failed(self, number: int, message: str) -> None:
        if callbacks := self._take(number):
            callbacks[1](message)


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
        self.runner = JobRunner(self)
        self.runner.progress.connect(bar.step)
        bar.cancel.clicked.connect(self.cancel)
        self._waiting: list[tuple[Callable[[], None], Callable[[str], None]]] = []

    @property
    def indexing(self) -> bool:
        return self.runner.busy

    def set_controller(self, controller: ProjectController | None) -> None:
        self.shut_down()
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

        def job(cancel: threading.Event, progress: Progress) -> IndexReport:
            return project.index_documents(progress=progress, cancelled=cancel.is_set)

        self.bar.begin(total)
        self.indexing_changed.emit(True)
        self.runner.start(job, self._indexed, self._failed)

    def _indexed(self, report: IndexReport) -> None:
        self.bar.hide()
        self.indexing_changed.emit(False)
        if report.cancelled:
            self._release(
                self.tr("Indexing was cancelled; documents without an index are left out.")
            )
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
        self._release(message)

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

    def shut_down(self) -> None:
        self._waiting = []
        busy = self.runner.busy
        self.runner.shut_down()
        self.bar.hide()
        if busy:
            self.indexing_changed.emit(False)
