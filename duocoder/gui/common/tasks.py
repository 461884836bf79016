"""The one way the window runs work off the GUI thread: analyses, indexing, searches,
suggestions, word counts, exports and imports.

Work that takes seconds (a co-occurrence over 100,000 codings, loading spaCy, importing 100
transcripts) would freeze the window if it ran in the GUI thread. A `TaskRunner` hands one
job at a time to its own thread pool and brings everything back to the GUI thread through
queued signals, so nothing here touches a widget from a worker:

- progress: the job gets a `Task`, whose `progress(done, total, name)` is the core's
  `progress=` callback; the runner's `progress` signal repeats it in the GUI thread, in order.
- cancel: `Task.cancelled` is the core's `cancelled=` callback. Cancel drops an answer
  nobody wants any more (an analysis: the view says "Cancelled" at once), unless the run
  was started as `partial`: an import or indexing stops between files and its report of
  what was done is still delivered.
- errors: a `DuoCoderError` is already one sentence for the researcher; anything else is a
  bug, logged with its traceback to the error log (`duocoder.app.errorlog`), and reported
  as one sentence that names the log, so the view always leaves its busy state.
- the project: a run belongs to the runner's project (`set_project`). Setting another one
  (the window does, through its views, before it closes a project) stops the running job,
  waits until its thread has left the old project's file, and forgets it, so whatever it
  still delivers is dropped and never shown in the next project's views. Starting a newer
  job likewise forgets the older one: a view never shows an old answer to a new question.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from duocoder.app import errorlog
from duocoder.app.results import AnalysisCancelledError
from duocoder.domain.errors import DuoCoderError
from duocoder.gui.common.controller import ProjectController

Progress = Callable[[int, int, str], None]
"""The core's progress callback: (done, total, the name of what is being done)."""


class Task(threading.Event):
    """What a job receives in its worker thread. It is the run's cancel flag, so a job may
    hand `task.cancelled` (or `task.is_set`) to the core as its `cancelled=` callback, and
    it carries `progress`, the core's `progress=` callback, which the runner relays to the
    GUI thread. Set by Cancel, by a newer job, and when the project goes away."""

    def __init__(self, report: Progress) -> None:
        super().__init__()
        self._report = report

    def cancelled(self) -> bool:
        return self.is_set()

    def progress(self, done: int, total: int, name: str = "") -> None:
        self._report(done, total, name)


Job = Callable[[Task], Any]
"""Runs in a worker thread, without Qt; returns the result the GUI thread receives."""


@dataclass(eq=False)
class _Run:
    """One started job; compared by identity, so a forgotten run can never be confused with
    the current one."""

    job: Job
    task: Task
    partial: bool
    project: ProjectController | None


class _Worker(QRunnable):
    def __init__(self, runner: TaskRunner, run: _Run) -> None:
        super().__init__()
        self.runner, self.run_ = runner, run

    def run(self) -> None:
        runner, run = self.runner, self.run_
        try:
            try:
                result = run.job(run.task)
            except AnalysisCancelledError:  # the core stopped because it was asked to
                runner._refused.emit(run, "")
            except DuoCoderError as exc:  # a refused filter, a bad pattern, a full disk
                runner._refused.emit(run, str(exc))
            except Exception as exc:  # a bug: logged here, off the GUI thread
                log = errorlog.write_error_log(exc, f"in the background: {_describe(run.job)}")
                runner._crashed.emit(run, type(exc).__name__, log)
            else:
                runner._done.emit(run, result)
        except RuntimeError:  # the runner itself was deleted meanwhile: nobody is waiting
            pass


def _describe(job: Job) -> str:
    """The job's name for the error log (`SearchPanel._run_search.<locals>.job`), which
    says where the work was started."""
    return getattr(job, "__qualname__", None) or type(job).__name__


class TaskRunner(QObject):
    """Runs the latest job of one view or dialog. `finished` (the job's result) or `failed`
    (one sentence; empty when the researcher cancelled) follows every start that is not
    forgotten, in the GUI thread."""

    busy_changed = Signal(bool)
    progress = Signal(int, int, str)  # done, total, name: only the current run's
    finished = Signal(object)
    failed = Signal(str)
    # from the worker threads; delivered queued, in the GUI thread where the runner lives
    _stepped = Signal(object, int, int, str)
    _done = Signal(object, object)
    _refused = Signal(object, str)
    _crashed = Signal(object, str, object)  # run, the error's type, the log's path or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)  # a cancelled job may still be finishing
        self._project: ProjectController | None = None
        self._run: _Run | None = None
        self._stepped.connect(self._on_step)
        self._done.connect(self._on_done)
        self._refused.connect(self._on_refused)
        self._crashed.connect(self._on_crash)

    @property
    def busy(self) -> bool:
        return self._run is not None

    def set_project(self, project: ProjectController | None) -> None:
        """Make the runner's results belong to `project`: the running job, which belongs
        to the previous one, is stopped, waited for and forgotten (see `shut_down`)."""
        self.shut_down()
        self._project = project

    def start(self, job: Job, *, partial: bool = False) -> None:
        """Run `job` in the pool; an earlier job still running is asked to stop and its
        answer dropped. A `partial` job answers Cancel with what it did so far, which is
        then delivered as its result."""
        previous = self._run
        if previous is not None:
            previous.task.set()
        run = _Run(job, Task(lambda *step: self._stepped.emit(run, *step)), partial, self._project)
        self._run = run
        self.pool.start(_Worker(self, run))
        self.busy_changed.emit(True)

    def cancel(self) -> None:
        """The researcher's Cancel: ask the job to stop. Its answer is dropped and `failed`
        says "" at once, unless the run is partial: then its report still follows."""
        run = self._run
        if run is None:
            return
        run.task.set()
        if run.partial:
            return
        self._run = None
        self.busy_changed.emit(False)
        self.failed.emit("")

    def shut_down(self) -> None:
        """Stop and forget the running job, and wait until its thread is done with the
        project: a project must never be closed under a running query or import."""
        run, self._run = self._run, None
        if run is not None:
            run.task.set()
            self.busy_changed.emit(False)
        self.pool.waitForDone()

    # -- from the workers ---------------------------------------------------------------------
    def _current(self, run: _Run) -> bool:
        """Whether `run` is the one asked last, for the project the runner has now; a run
        forgotten by a newer start, Cancel or another project says nothing."""
        return run is self._run and run.project is self._project

    def _end(self, run: _Run) -> bool:
        if not self._current(run):
            return False
        self._run = None
        self.busy_changed.emit(False)
        return True

    def _on_step(self, run: _Run, done: int, total: int, name: str) -> None:
        if self._current(run):
            self.progress.emit(done, total, name)

    def _on_done(self, run: _Run, result: object) -> None:
        if self._end(run):
            self.finished.emit(result)

    def _on_refused(self, run: _Run, message: str) -> None:
        if self._end(run):
            self.failed.emit(message)

    def _on_crash(self, run: _Run, kind: str, log: Path | None) -> None:
        if self._end(run):
            self.failed.emit(self.unexpected(kind, log))

    def unexpected(self, kind: str, log: Path | None) -> str:
        """The one sentence for a bug: what kind of error, and where its traceback is."""
        if log is None:  # the log could not be written (a read-only home folder)
            return self.tr("An unexpected error occurred (%1).").replace("%1", kind)
        return (
            self.tr("An unexpected error occurred (%1); the details are in %2.")
            .replace("%1", kind)
            .replace("%2", str(log))
        )


class BusyBar(QWidget):
    """ "Calculating…" with a bar and a Cancel button, shown while a runner works. It
    appears only after `SHOW_AFTER_MS`, so a quick recount does not make the view flicker;
    the bar moves until the job reports its first step, then counts."""

    SHOW_AFTER_MS = 250

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self.tr("Calculating…"), self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
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
        runner.progress.connect(self._step)
        self.hide()

    def _busy(self, busy: bool) -> None:
        if busy:
            self.bar.setRange(0, 0)  # a new job: no steps known yet
            if not self.isVisible():
                self._delay.start()
        else:
            self._delay.stop()
            self.hide()

    def _step(self, done: int, total: int, _name: str) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(done)
