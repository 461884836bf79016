"""The one runner of background work (`duocoder.gui.common.tasks.TaskRunner`): progress reaches the
GUI thread in order, Cancel stops a long job without showing its answer, a bug becomes one
sentence with its traceback in the error log, and an answer for a project that was closed
meanwhile is dropped."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from duocoder.analysis.data import check_progress
from duocoder.app import errorlog
from duocoder.app.project import Project
from duocoder.domain.errors import ValidationError
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.tasks import Task, TaskRunner

WAIT_MS = 5_000


class Heard:
    """Everything a runner said, with the thread it was said in."""

    def __init__(self, runner: TaskRunner) -> None:
        self.progress: list[tuple[int, int, str]] = []
        self.threads: set[int] = set()
        self.finished: list[object] = []
        self.failed: list[str] = []
        runner.progress.connect(self._step)
        runner.finished.connect(self.finished.append)
        runner.failed.connect(self.failed.append)

    def _step(self, done: int, total: int, name: str) -> None:
        self.progress.append((done, total, name))
        self.threads.add(threading.get_ident())


@pytest.fixture
def runner(app) -> Iterator[TaskRunner]:  # type: ignore[no-untyped-def]
    r = TaskRunner()
    yield r
    r.shut_down()
    r.deleteLater()


def _settle(qtbot, runner: TaskRunner) -> None:  # type: ignore[no-untyped-def]
    """Let the workers finish and whatever they still sent arrive."""
    runner.pool.waitForDone()
    qtbot.wait(50)


def test_progress_arrives_in_order_in_the_gui_thread(runner: TaskRunner, qtbot) -> None:  # type: ignore[no-untyped-def]
    heard = Heard(runner)
    worker: list[int] = []

    def job(task: Task) -> str:
        worker.append(threading.get_ident())
        for i in range(1, 51):
            check_progress(i, 50, f"interview {i}", task.progress, task.cancelled)
        return "counted"

    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        runner.start(job)
    assert heard.finished == ["counted"] and heard.failed == []
    assert heard.progress == [(i, 50, f"interview {i}") for i in range(1, 51)]
    assert heard.threads == {threading.get_ident()}  # the GUI thread…
    assert worker and worker[0] != threading.get_ident()  # …not the one that did the work
    assert not runner.busy


def test_cancel_stops_a_long_job_and_no_result_is_delivered(runner: TaskRunner, qtbot) -> None:  # type: ignore[no-untyped-def]
    heard = Heard(runner)
    started, stopped = threading.Event(), threading.Event()

    def job(task: Task) -> str:
        started.set()
        deadline = time.monotonic() + 10
        i = 0
        while time.monotonic() < deadline:
            i += 1
            try:
                check_progress(i, 10_000, "", task.progress, task.cancelled)
            except Exception:
                stopped.set()
                raise
            time.sleep(0.002)
        return "never cancelled"

    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    runner.start(job)
    assert started.wait(WAIT_MS / 1000)
    qtbot.waitUntil(lambda: bool(heard.progress), timeout=WAIT_MS)
    runner.cancel()
    assert heard.failed == [""]  # the view says "Cancelled" at once
    assert busy == [True, False] and not runner.busy
    assert stopped.wait(WAIT_MS / 1000)  # the core saw the flag and stopped
    seen = len(heard.progress)
    _settle(qtbot, runner)
    assert heard.finished == [] and heard.failed == [""]
    assert len(heard.progress) == seen  # nothing of the cancelled run arrives later


def test_a_partial_job_reports_what_it_did_before_cancel(runner: TaskRunner, qtbot) -> None:  # type: ignore[no-untyped-def]
    heard = Heard(runner)
    started = threading.Event()

    def job(task: Task) -> int:
        done = 0
        started.set()
        while not task.cancelled():  # an import: stops between files, keeps its report
            done += 1
            time.sleep(0.002)
        return done

    runner.start(job, partial=True)
    assert started.wait(WAIT_MS / 1000)
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        runner.cancel()
        assert runner.busy  # still waiting for the report
    assert heard.failed == [] and len(heard.finished) == 1


def test_an_unexpected_error_is_one_sentence_and_its_traceback_is_in_the_log(  # type: ignore[no-untyped-def]
    runner: TaskRunner, qtbot, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(errorlog, "log_dir", lambda: tmp_path / "logs")
    heard = Heard(runner)

    def counting_job(_task: Task) -> None:
        {}["Vertrouwen"]  # a bug

    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS):
        runner.start(counting_job)
    log = tmp_path / "logs" / errorlog.LOG_NAME
    assert heard.failed == [f"An unexpected error occurred (KeyError); the details are in {log}."]
    assert heard.finished == [] and not runner.busy
    text = log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "counting_job" in text and "KeyError: 'Vertrouwen'" in text


def test_the_cores_own_error_is_shown_as_it_is_and_not_logged(  # type: ignore[no-untyped-def]
    runner: TaskRunner, qtbot, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setattr(errorlog, "log_dir", lambda: tmp_path / "logs")
    heard = Heard(runner)

    def job(_task: Task) -> None:
        raise ValidationError("No code is called 'Vertrouwen'.")

    with qtbot.waitSignal(runner.failed, timeout=WAIT_MS):
        runner.start(job)
    assert heard.failed == ["No code is called 'Vertrouwen'."]
    assert not (tmp_path / "logs").exists()


def test_a_newer_job_replaces_the_answer_of_an_older_one(runner: TaskRunner, qtbot) -> None:  # type: ignore[no-untyped-def]
    heard = Heard(runner)

    def slow(_task: Task) -> str:
        time.sleep(0.2)  # a count that never looks at the cancel flag
        return "old question"

    runner.start(slow)
    with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
        runner.start(lambda _task: "new question")
    _settle(qtbot, runner)
    assert heard.finished == ["new question"]


def test_a_result_for_a_project_that_was_closed_meanwhile_is_dropped(  # type: ignore[no-untyped-def]
    runner: TaskRunner, qtbot, project_path: Path
) -> None:
    heard = Heard(runner)
    controller = ProjectController(Project.open(project_path))
    runner.set_project(controller)
    started, read = threading.Event(), []

    def job(_task: Task) -> list[str]:
        started.set()
        time.sleep(0.2)  # a count that never looks at the cancel flag
        read.extend(d.name for d in controller.project.documents())
        return read

    runner.start(job)
    assert started.wait(WAIT_MS / 1000)
    runner.set_project(None)  # what the window's views do before it closes the project…
    assert read == ["Anja", "Ben"]  # …which waited until the job was done with the file
    controller.close()
    _settle(qtbot, runner)
    assert heard.finished == [] and heard.failed == [] and not runner.busy
