"""File ▸ Merge project…: coders' copies of the project merged into the open one, without
freezing the window.

The researcher chooses one or more `.duocoder` files; the core's `Project.merge_projects`
runs on a `TaskRunner` (`duocoder.gui.common.tasks`) and the dialog then reports what was
added, what was already there and what conflicted, each conflict named. The window catches
up once, when the merge is done, and Edit ▸ Undo takes the whole merge back. The open
project itself is refused before anything runs; a copy the core refuses (not a DuoCoder
project, changed by hand, from a newer version) is one sentence, and nothing is merged."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.merge_report import MergeReport
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.tasks import Task, TaskRunner


def choose_sources(parent: QWidget) -> list[str]:
    """The coders' copies to merge, chosen in a file dialog; empty when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("MergeDialog", "Merge projects into this one"),
        "",
        QCoreApplication.translate("MergeDialog", "DuoCoder project (*.duocoder)"),
    )
    return list(paths)


class MergeDialog(QDialog):
    merged = Signal(object)  # MergeReport, after the worker is done

    def __init__(
        self, controller: ProjectController, paths: list[str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.controller = controller
        self.paths = paths
        self.report: MergeReport | None = None
        self.error: str | None = None
        self.setWindowTitle(self.tr("Merge projects"))
        self.runner = TaskRunner(self)
        self.runner.set_project(controller)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        names = ", ".join(Path(p).name for p in paths)
        self.label = QLabel(self.tr("Merging %1…").replace("%1", names), self)
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

    def start(self) -> None:
        project, paths = self.controller.project, list(self.paths)
        own = Path(project.path).resolve()
        for path in paths:
            if Path(path).resolve() == own:
                self._show_error(
                    self.tr(
                        "'%1' is the project open in this window; choose a coder's copy."
                    ).replace("%1", Path(path).name)
                )
                return
        label = self.tr("Merge projects")

        def job(task: Task) -> MergeReport:
            with project.labelled(label):
                return project.merge_projects(paths, progress=task.progress)

        self.controller.hold()  # the window catches up once, when the worker is done
        self.runner.start(job)

    def _progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(name or f"{done}/{total}")

    def _failed(self, message: str) -> None:
        self.controller.flush()
        self.controller.push_recorded("")
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.error = message
        self._show(f"<p><b>{escape(message)}</b></p>")

    def _finished(self, report: MergeReport) -> None:
        self.controller.flush()
        self.controller.push_recorded("")
        self.report = report
        self._show(self.summary_html(report))
        self.merged.emit(report)

    def _show(self, html: str) -> None:
        self.progress.hide()
        self.label.hide()
        self.summary.setHtml(html)
        self.summary.show()
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)

    def summary_html(self, report: MergeReport) -> str:
        """The report: counts first, then what was added, and every conflict named."""
        head = self.tr(
            "Documents: %1 added, %2 already there. Codes: %3 added, %4 already there. "
            "Coders: %5 added. Codings: %6 added, %7 already there. Memos: %8 combined."
        )
        for number, value in enumerate(
            (
                len(report.documents_added),
                len(report.documents_matched),
                len(report.codes_added),
                len(report.codes_matched),
                len(report.coders_added),
                report.codings_added,
                report.codings_already_there,
                len(report.memos_combined),
            ),
            start=1,
        ):
            head = head.replace(f"%{number}", str(value))
        parts = [f"<p><b>{escape(head)}</b></p>"]
        if report.nothing_added:
            parts.append(
                "<p>"
                + escape(self.tr("Nothing new: everything in these projects is already here."))
                + "</p>"
            )
        conflicting = [
            self.tr(
                "'%1' in %2: its text differs from this project's document of that name; "
                "not merged, nor its codings."
            )
            .replace("%1", c.document)
            .replace("%2", c.source)
            for c in report.documents_conflicting
        ]
        named = {(c.source, c.document) for c in report.documents_conflicting}
        others = [
            sentence
            for sentence in report.conflicts
            if not any(f"'{d}' in {s} " in sentence for s, d in named)
        ]
        sections = (
            (self.tr("Conflicting, please check:"), [*conflicting, *others]),
            (self.tr("Documents added:"), list(report.documents_added)),
            (self.tr("Codes added:"), list(report.codes_added)),
            (self.tr("Coders added:"), list(report.coders_added)),
            (self.tr("Memos combined:"), list(report.memos_combined)),
        )
        for heading, items in sections:
            if items:
                parts.append(f"<p>{escape(heading)}</p><ul>")
                parts += [f"<li>{escape(item)}</li>" for item in items]
                parts.append("</ul>")
        return "".join(parts)

    def reject(self) -> None:
        if self.runner.busy:  # never close while the worker writes: the merge is one step
            return
        super().reject()


def merge_into(
    window: QWidget, controller: ProjectController, paths: list[str] | None = None
) -> MergeDialog | None:
    """Ask for the copies (unless `paths` is given), then merge them in the background; the
    dialog is returned so a caller (or a test) can follow it."""
    if paths is None:
        paths = choose_sources(window)
    if not paths:
        return None
    dialog = MergeDialog(controller, paths, window)
    dialog.setModal(True)
    dialog.open()
    dialog.start()
    return dialog
