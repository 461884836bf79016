"""Pseudonymise…: the key file, its passphrase and whether to accept every open candidate
too, then the run on a worker thread with progress, and its report.

One run is one undo step (which needs the key to be undone: the window asks for it). The
report names what was replaced; when the file could not be rewritten without the freed
pages that held the originals (another window has it open), it says the file is cleaned
once every window on it is closed; upgrade backups beside the project still hold the
originals and are named, so the researcher can delete them or keep them apart."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QWidget

from duocoder.domain.privacy import PseudonymisationReport
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.report_dialog import BackgroundReportDialog
from duocoder.gui.common.tasks import Task
from duocoder.gui.privacy.key_dialog import KeyFields, remember_key


class PseudonymiseDialog(BackgroundReportDialog):
    replaced = Signal(object)  # PseudonymisationReport, after the worker is done

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(
            controller,
            QCoreApplication.translate("PseudonymiseDialog", "Pseudonymise"),
            QCoreApplication.translate("PseudonymiseDialog", "Replacing names…"),
            parent,
        )
        self.setObjectName("privacy_pseudonymise_dialog")
        project_path = controller.project.path or controller.project.address
        self.intro = QLabel(
            self.tr(
                "Every accepted name is replaced by its pseudonym in the documents, their "
                "names and the memos. The originals go only to the key file, encrypted with "
                "its passphrase; with both, an original can be restored. Edit ▸ Undo takes "
                "the whole run back (it asks for the key)."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.fields = KeyFields(project_path, may_create=True, parent=self)
        self.accept_all = QCheckBox(self.tr("Also &accept all open candidates"), self)
        self.accept_all.setObjectName("privacy_accept_all")
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(0, self.intro)  # type: ignore[attr-defined]
        layout.insertWidget(1, self.fields)  # type: ignore[attr-defined]
        layout.insertWidget(2, self.accept_all)  # type: ignore[attr-defined]
        self.label.hide()
        self.progress.hide()
        self.go = self.buttons.addButton(
            self.tr("&Pseudonymise"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.go.setObjectName("privacy_pseudonymise_go")
        self.go.clicked.connect(self.start)
        for field in (self.fields.path, self.fields.passphrase, self.fields.again):
            field.textChanged.connect(self._check)
        self._check()
        self.resize(640, self.sizeHint().height())

    def _check(self) -> None:
        self.go.setEnabled(self.fields.ready() and not self.runner.busy)

    def start(self) -> None:
        if not self.fields.ready() or self.runner.busy:
            return
        key, secret = self.fields.key_path(), self.fields.secret()
        accept_all = self.accept_all.isChecked()
        remember_key(self.fields.project_path, key)
        for widget in (self.intro, self.fields, self.accept_all):
            widget.hide()
        self.go.setEnabled(False)
        self.label.show()
        self.progress.show()
        project = self.controller.project

        def job(task: Task) -> PseudonymisationReport:
            return project.pseudonymise(key, secret, accept_all=accept_all, progress=task.progress)

        self.run(job)

    def summary_html(self, report: Any) -> str:
        assert isinstance(report, PseudonymisationReport)
        if not report.replacements:
            return (
                "<p>"
                + escape(
                    self.tr(
                        "Nothing was replaced: no candidate is accepted. Accept names in the "
                        "review first, or tick 'Also accept all open candidates'."
                    )
                )
                + "</p>"
            )
        parts = [
            "<p><b>"
            + escape(
                self.tr("%n replacement(s)", "", report.replacements)
                + " · "
                + self.tr("%n document(s)", "", report.documents)
                + " · "
                + self.tr("%n pseudonym(s)", "", report.entities)
            )
            + "</b></p><ul>"
        ]
        for name, n in sorted(report.per_document.items(), key=lambda kv: kv[0].casefold()):
            parts.append(f"<li>{escape(name)}: {n}</li>")
        parts.append("</ul>")
        if report.recordings:
            parts.append(
                "<p>"
                + escape(
                    self.tr(
                        "The names in the stored paths of %n recording(s) were replaced too, "
                        "so the project no longer finds them by name: find them again by "
                        "their fingerprint with Document ▸ Find moved recordings…",
                        "",
                        report.recordings,
                    )
                )
                + "</p>"
            )
        if not report.compacted:
            left = (
                self.tr(
                    "The server still keeps the replaced rows' old versions: the team "
                    "project's creator removes them by pseudonymising again, or the server's "
                    "administrator with VACUUM FULL."
                )
                if self.controller.project.on_server
                else self.tr(
                    "The project file still holds the originals' old pages: it is "
                    "cleaned when every window on it is closed."
                )
            )
            parts.append("<p>" + escape(left) + "</p>")
        if report.backups:
            parts.append(
                "<p>"
                + escape(
                    self.tr(
                        "These backups still hold the original names: %1; delete them or "
                        "keep them apart."
                    ).replace("%1", ", ".join(report.backups))
                )
                + "</p>"
            )
        return "".join(parts)

    def _show(self, html: str) -> None:
        super()._show(html)
        self.resize(max(self.width(), 640), max(self.height(), 380))  # room for the report

    def report_ready(self, report: Any) -> None:
        self.replaced.emit(report)

    def show_error(self, message: str) -> None:
        """A refusal (a wrong passphrase, another project's key): the sentence, and the
        fields again to try once more."""
        self.error = message
        self.label.hide()
        self.progress.hide()
        for widget in (self.intro, self.fields, self.accept_all):
            widget.show()
        self.fields.show_problem(message)
        self._check()
