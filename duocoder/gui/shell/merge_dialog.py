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
from PySide6.QtWidgets import QFileDialog, QWidget

from duocoder.app.merge_report import MergeReport
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.report_dialog import BackgroundReportDialog
from duocoder.gui.common.tasks import Task


def choose_sources(parent: QWidget) -> list[str]:
    """The coders' copies to merge, chosen in a file dialog; empty when cancelled."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("MergeDialog", "Merge projects into this one"),
        "",
        QCoreApplication.translate("MergeDialog", "DuoCoder project (*.duocoder)"),
    )
    return list(paths)


class MergeDialog(BackgroundReportDialog):
    merged = Signal(object)  # MergeReport, after the worker is done

    def __init__(
        self, controller: ProjectController, paths: list[str], parent: QWidget | None = None
    ):
        names = ", ".join(Path(p).name for p in paths)
        super().__init__(
            controller,
            QCoreApplication.translate("MergeDialog", "Merge projects"),
            QCoreApplication.translate("MergeDialog", "Merging %1…").replace("%1", names),
            parent,
        )
        self.paths = paths
        self.report: MergeReport | None = None
        # the passphrases of encrypted copies the project's own does not open, asked before
        self.passphrases: dict[str, str] = {}

    def start(self) -> None:
        project, paths = self.controller.project, list(self.paths)
        own = project.path.resolve() if project.path is not None else None
        for path in paths:
            if Path(path).resolve() == own:
                self.show_error(
                    self.tr(
                        "'%1' is the project open in this window; choose a coder's copy."
                    ).replace("%1", Path(path).name)
                )
                return
        label = self.tr("Merge projects")
        known = dict(self.passphrases)

        def job(task: Task) -> MergeReport:
            with project.labelled(label):
                return project.merge_projects(
                    paths, progress=task.progress, passphrase=lambda p: known.get(str(p))
                )

        self.run(job)

    def report_ready(self, report: MergeReport) -> None:
        self.merged.emit(report)

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
        return "".join(parts + self.sections_html(sections))


def merge_into(
    window: QWidget, controller: ProjectController, paths: list[str] | None = None
) -> MergeDialog | None:
    """Ask for the copies (unless `paths` is given), then merge them in the background; the
    dialog is returned so a caller (or a test) can follow it."""
    if paths is None:
        paths = choose_sources(window)
    if not paths:
        return None
    passphrases = _ask_passphrases(window, controller, paths)
    if passphrases is None:
        return None
    dialog = MergeDialog(controller, paths, window)
    dialog.passphrases = passphrases
    dialog.setModal(True)
    dialog.open()
    dialog.start()
    return dialog


def _ask_passphrases(
    window: QWidget, controller: ProjectController, paths: list[str]
) -> dict[str, str] | None:
    """The passphrase of each encrypted copy that the project's own passphrase does not
    open, asked here (the merge runs in the background, where no dialog can be shown);
    None when the researcher cancels one."""
    from duocoder.app.encryption import check_passphrase
    from duocoder.gui.shell.passphrase_dialog import ask_passphrase
    from duocoder.gui.shell.project_files import wrong_passphrase

    answers: dict[str, str] = {}
    for path in paths:
        if not controller.project.source_needs_passphrase(path):
            continue
        error: str | None = None
        while True:
            secret = ask_passphrase(window, Path(path).name, error)
            if secret is None:
                return None
            if check_passphrase(path, secret):
                answers[str(Path(path))] = secret
                break
            error = wrong_passphrase(Path(path).name)
    return answers
