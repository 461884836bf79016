"""The filters every analysis view offers: role, case, duo, coder, which documents and
codes (all, or those chosen in the Documents and Codes panes), and whether the
interviewer's turns count. They are the core's `Filters`, so the numbers in a view are the
numbers the CLI prints for the same choice.

The panes' selections are read when an analysis runs, not copied: a researcher ticks a
code in the tree and the views that follow the ticked codes recount (see `scope_changed`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.filter_boxes import CoderBox, add_role_items, fill_box
from duocoder.gui.common.flow_layout import FlowLayout, labelled

ALL_PARTS = ("role", "case", "duo", "coder", "documents", "codes", "interviewer")


class Scope:
    """What the window's panes have chosen: the selected documents and the ticked codes."""

    def __init__(
        self,
        documents: Callable[[], list[int]] = list,
        codes: Callable[[], list[int]] = list,
        current_code: Callable[[], int | None] = lambda: None,
    ) -> None:
        self.documents, self.codes, self.current_code = documents, codes, current_code


def _combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(9)
    return combo


class FilterBar(QWidget):
    """Two rows of filters; `parts` names the ones a view uses (see `ALL_PARTS`)."""

    changed = Signal()

    def __init__(
        self, scope: Scope, parent: QWidget | None = None, parts: tuple[str, ...] = ALL_PARTS
    ) -> None:
        super().__init__(parent)
        self.scope = scope
        self.parts = parts
        self.controller: ProjectController | None = None
        self.role = add_role_items(_combo(self), self.tr("All roles"))
        self.case = _combo(self)
        self.duo = _combo(self)
        self.coder = CoderBox(self)  # one or more coders: the core takes a list
        self.documents = _combo(self)
        self.documents.addItem(self.tr("All documents"), False)
        self.documents.addItem(self.tr("Documents selected in the Documents pane"), True)
        self.codes = _combo(self)
        self.codes.addItem(self.tr("All codes"), False)
        self.codes.addItem(self.tr("Codes ticked in the Codes pane"), True)
        self.interviewer = QCheckBox(self.tr("Count &interviewer turns"), self)
        self.interviewer.setToolTip(
            self.tr(
                "Off: a segment lying only in the interviewer's questions is not counted, "
                "so an accidental coding of a question never counts as the respondent's words."
            )
        )
        flow = FlowLayout(self)
        for label, widget, part in (
            (self.tr("Ro&le:"), self.role, "role"),
            (self.tr("Ca&se:"), self.case, "case"),
            (self.tr("D&uo:"), self.duo, "duo"),
            (self.tr("C&oders:"), self.coder, "coder"),
            (self.tr("Documen&ts:"), self.documents, "documents"),
            (self.tr("Co&des:"), self.codes, "codes"),
        ):
            if part in parts:
                flow.addWidget(labelled(label, widget, self))
            else:
                widget.hide()
        flow.addWidget(self.interviewer)
        self.interviewer.setVisible("interviewer" in parts)
        for combo in (self.role, self.case, self.duo, self.documents, self.codes):
            combo.currentIndexChanged.connect(self.changed)
        self.coder.changed.connect(self.changed)
        self.interviewer.toggled.connect(self.changed)

    def set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller
        self.refill()

    def refill(self) -> None:
        """The cases, duos and coders of the project, keeping the current choices."""
        cases: list[str] = []
        duos: list[str] = []
        coders: list[str] = []
        if self.controller is not None:
            docs = self.controller.documents()
            cases = sorted({d.case for d in docs if d.case})
            duos = sorted({d.duo for d in docs if d.duo})
            coders = [c.name for c in self.controller.project.coders()]
        for combo, values, everything in (
            (self.case, cases, self.tr("All cases")),
            (self.duo, duos, self.tr("All duos")),
        ):
            if fill_box(combo, values, everything):  # the chosen one was renamed or deleted
                self.changed.emit()
        if self.coder.set_coders(coders):
            self.changed.emit()

    # -- reading ----------------------------------------------------------------------------
    @property
    def follows_documents(self) -> bool:
        return "documents" in self.parts and bool(self.documents.currentData())

    @property
    def follows_codes(self) -> bool:
        return "codes" in self.parts and bool(self.codes.currentData())

    def missing_scope(self) -> str | None:
        """A sentence when the view follows a pane whose choice is empty, else None."""
        if self.follows_documents and not self.scope.documents():
            return self.tr("Select one or more documents in the Documents pane.")
        if self.follows_codes and not self.scope.codes():
            return self.tr("Tick one or more codes in the Codes pane.")
        return None

    def filters(self) -> dict[str, Any]:
        """The core's `Filters` for the current choice (only the parts this bar shows)."""
        out: dict[str, Any] = {}
        for part, combo, key in (
            ("role", self.role, "roles"),
            ("case", self.case, "cases"),
            ("duo", self.duo, "duos"),
        ):
            value = combo.currentData()
            if part in self.parts and value:
                out[key] = [value]
        if "coder" in self.parts and (coders := self.coder.chosen()):
            out["coders"] = coders
        if self.follows_documents:
            out["documents"] = self.scope.documents()
        if self.follows_codes:
            out["codes"] = self.scope.codes()
        if "interviewer" in self.parts:
            out["include_interviewer"] = self.interviewer.isChecked()
        return out
