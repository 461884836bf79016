"""Running analyses off the GUI thread, with a busy bar and a Cancel button.

A co-occurrence over 100,000 codings takes seconds; run in the GUI thread it would freeze
the window while the researcher only changed a filter. A `TaskRunner` hands one callable at
a time to its own QThreadPool and brings the result back to the GUI thread through a queued
signal. Each run has a number: a result that arrives after a newer run started (the
researcher changed the filter again) is dropped, so the view never shows an older answer
over a newer question. Cancelling sets the `threading.Event` the core's `cancelled`
callback reads; analyses that take no callback are simply left to finish and ignored."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from duocoder.analysis.data import AnalysisCancelledError
from duocoder.domain.errors import DuoCoderError

Job = Callable[[threading.Event], Any]  # receives the cancel flag, returns the result


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits on it, so delivery is queued there."""

    done = Signal(int, object)
    failed = Signal(int, str)


class _Runnable(QRunnable):
    def __init__(self, number: int, job: Job, cancel: threading.Event, relay: _Relay) -> None:
        super().__init__()
        self.number, self.job, self.cancel, self.relay = number, job, cancel, relay

    def run(self) -> None:
        try:
            result = self.job(self.cancel)
        except AnalysisCancelledError:
            self.relay.failed.emit(self.number, "")
        except DuoCoderError as exc:  # a refused filter (a deleted case) is a sentence
            self.relay.failed.emit(self.number, str(exc))
        except Exception as exc:  # the view must leave its busy state whatever happens
            self.relay.failed.emit(self.number, f"{type(exc).__name__}: {exc}")
        else:
            self.relay.done.emit(self.number, result)


class TaskRunner(QObject):
    """Runs the latest job of a view; `finished` and `failed` arrive in the GUI thread."""

    busy_changed = Signal(bool)
    finished = Signal(object)  # the job's result
    failed = Signal(str)  # a sentence; empty when the researcher cancelled

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)  # a cancelled job may still be finishing
        self._relay = _Relay(self)
        self._relay.done.connect(self._done)
        self._relay.failed.connect(self._failed)
        self._number = 0
        self._cancel: threading.Event | None = None

    @property
    def busy(self) -> bool:
        return self._cancel is not None

    def start(self, job: Job) -> None:
        """Run `job` in the pool; an earlier job still running is cancelled and forgotten."""
        if self._cancel is not None:
            self._cancel.set()
        self._number += 1
        self._cancel = threading.Event()
        self.pool.start(_Runnable(self._number, job, self._cancel, self._relay))
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        """Stop waiting for the current job (and ask it to stop)."""
        if self._cancel is None:
            return
        self._cancel.set()
        self._cancel = None
        self._number += 1  # whatever it still delivers is ignored
        self.busy_changed.emit(False)
        self.failed.emit("")

    def shut_down(self) -> None:
        """Cancel and wait: the project must not be closed under a running query."""
        if self._cancel is not None:
            self._cancel.set()
            self._cancel = None
            self._number += 1
            self.busy_changed.emit(False)
        self.pool.waitForDone()

    def _done(self, number: int, result: object) -> None:
        if number != self._number:
            return
        self._cancel = None
        self.busy_changed.emit(False)
        self.finished.emit(result)

    def _failed(self, number: int, message: str) -> None:
        if number != self._number:
            return
        self._cancel = None
        self.busy_changed.emit(False)
        self.failed.emit(message)


class BusyBar(QWidget):
    """ "Calculating…" with a moving bar and a Cancel button, shown while a job runs. It
    appears only after `SHOW_AFTER_MS`, so a quick recount does not make the view flicker."""

    SHOW_AFTER_MS = 250

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Calculating…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # indeterminate: the core reports no steps for most analyses
        self.bar.setMaximumHeight(self.fontMetrics().height())
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.clicked.connect(runner.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(self.SHOW_AFTER_MS)
        self._delay.timeout.connect(self.show)
        runner.busy_changed.connect(self._busy)
        self.hide()

    def _busy(self, busy: bool) -> None:
        if busy:
            if not self.isVisible():
                self._delay.start()
        else:
            self._delay.stop()
            self.hide()
