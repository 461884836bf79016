"""A dialog that runs one long change of the project in the background and then shows its
report: the shape shared by File ▸ Import ▸ REFI-QDA project… and File ▸ Merge project….

The job runs on a `TaskRunner`; the window is held while it runs and catches up once when
it is done (one undo step on the stack). A refusal is shown as its one sentence. Subclasses
give the job (`start`), the report's HTML (`summary_html`) and what to announce
(`report_ready`)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.tasks import Task, TaskRunner


class BackgroundReportDialog(QDialog):
    def __init__(
        self, controller: ProjectController, title: str, busy: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.report: Any = None
        self.error: str | None = None
        self.cancellable = False
        self.setWindowTitle(title)
        self.runner = TaskRunner(self)
        self.runner.set_project(controller)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.label = QLabel(busy, self)
        self.label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.summary = QTextBrowser(self)
        self.summary.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420)

    # -- for subclasses ---------------------------------------------------------------------

    def run(self, job: Callable[[Task], object], *, cancellable: bool = False) -> None:
        """Run `job` in the background; with `cancellable`, Cancel stops it between its
        parts and keeps what was done (the job must accept `task.cancelled`)."""
        self.cancellable = cancellable
        self.controller.hold()  # the window catches up once, when the worker is done
        self.runner.start(job, partial=cancellable)

    def summary_html(self, report: Any) -> str:
        raise NotImplementedError

    def report_ready(self, report: Any) -> None:
        """Announce the finished report (each subclass has its own signal)."""

    def show_error(self, message: str) -> None:
        self.error = message
        self._show(f"<p><b>{escape(message)}</b></p>")

    @staticmethod
    def sections_html(sections: tuple[tuple[str, list[str]], ...]) -> list[str]:
        """Each non-empty section as its heading over a bulleted list, escaped."""
        parts: list[str] = []
        for heading, items in sections:
            if items:
                parts.append(f"<p>{escape(heading)}</p><ul>")
                parts += [f"<li>{escape(item)}</li>" for item in items]
                parts.append("</ul>")
        return parts

    # -- the runner's signals ---------------------------------------------------------------

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}  {name}" if name else f"{done}/{total}")

    def _failed(self, message: str) -> None:
        self.controller.flush()
        self.controller.push_recorded("")
        self.show_error(message)

    def _finished(self, report: object) -> None:
        self.controller.flush()
        self.controller.push_recorded("")
        self.report = report
        self._show(self.summary_html(report))
        self.report_ready(report)

    def _show(self, html: str) -> None:
        self.progress.hide()
        self.label.hide()
        self.summary.setHtml(html)
        self.summary.show()
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)

    def reject(self) -> None:
        if self.runner.busy:  # never close while the worker writes: the change is one step
            if self.cancellable:
                self.runner.cancel()
            return
        super().reject()
