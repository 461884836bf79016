"""Tools ▸ Privacy review: the names detection found, grouped by entity, to accept, reject
or correct before pseudonymising; the pseudonyms and their styles; the project's own names.

A tab of the Analysis pane (so a double-clicked occurrence shows in the transcript while
the list stays in view). When it opens, detection runs on a worker thread (the first load
of the detector takes seconds) with a progress line, and the list fills when it is done;
after every decision the list is read again the same way (an accepted name changes what
detection looks for). Decisions are the core's: each is one undo step, and Edit ▸ Undo
refreshes the list."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.changes import Changes
from duocoder.app.privacy_view import group_entities
from duocoder.app.project import Project
from duocoder.domain.privacy import KINDS, Candidate, Entity, Kind, Style
from duocoder.gui.analysis.filters import Scope
from duocoder.gui.analysis.view import CHANGE_DELAY_MS, AnalysisView
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.flow_layout import FlowLayout, labelled
from duocoder.gui.common.tasks import Job, Task
from duocoder.gui.privacy.correct_dialog import ask_correction
from duocoder.gui.privacy.model import CandidateModel, Group, group_of, groups, matches, place_of
from duocoder.gui.privacy.pseudonymise_dialog import PseudonymiseDialog
from duocoder.gui.privacy.rich import HtmlDelegate
from duocoder.gui.privacy.side import NamesPage, PseudonymsPage
from duocoder.gui.privacy.words import kind_label, status_label

RESCANNED = ("documents", "turns", "settings")  # what changes what detection finds


@dataclass(frozen=True, slots=True)
class ReviewState:
    """What one read of the core gives the view (made in the worker thread)."""

    candidates: list[Candidate]
    entities: list[Entity]
    styles: dict[Kind, Style]
    names: list[str]


class PrivacyView(AnalysisView):
    kind = "privacy"
    PARTS = ()

    def __init__(self, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(scope, parent)
        self.setWindowTitle(self.tr("Privacy review"))
        self.setObjectName("privacy_view")
        for widget in (self.filters, self.definition, self.recalculate, self.export_button):
            widget.hide()
        self.busy.label.setText(self.tr("Looking for names…"))
        self.runner.progress.connect(self._progress)
        self.groups: list[Group] = []
        self._next_row: int | None = None  # where the selection goes after a decision
        self.state: ReviewState | None = None

        # -- the review page
        self.status = QComboBox(self)
        self.status.setObjectName("privacy_status_filter")
        for value, text in (
            ("open", status_label("open")),
            ("accepted", status_label("accepted")),
            ("rejected", status_label("rejected")),
            ("all", self.tr("all")),
        ):
            self.status.addItem(text, value)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("privacy_kind_filter")
        self.kind_box.addItem(self.tr("all kinds"), "")
        for kind in KINDS:
            self.kind_box.addItem(kind_label(kind), kind)
        self.document_box = QComboBox(self)
        self.document_box.setObjectName("privacy_document_filter")
        self.document_box.addItem(self.tr("all documents"), "")
        self.search = QLineEdit(self)
        self.search.setObjectName("privacy_search")
        self.search.setPlaceholderText(self.tr("Search names and context"))
        self.search.setClearButtonEnabled(True)
        filters = FlowLayout()
        filters.addWidget(labelled(self.tr("S&tatus:"), self.status, self))
        filters.addWidget(labelled(self.tr("&Kind:"), self.kind_box, self))
        filters.addWidget(labelled(self.tr("Doc&ument:"), self.document_box, self))
        filters.addWidget(self.search)
        for box in (self.status, self.kind_box, self.document_box):
            box.currentIndexChanged.connect(self._refill)
        self.search.textChanged.connect(self._refill)

        self.model = CandidateModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("privacy_candidates")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setItemDelegateForColumn(0, HtmlDelegate(self.tree))
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.doubleClicked.connect(self._open_occurrence)
        header = self.tree.header()
        header.setStretchLastSection(True)  # the pseudonym takes what the text leaves
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)

        self.accept_button = self._button(self.tr("&Accept"), self.accept_selected, "A")
        self.accept_button.setToolTip(self.tr("These are identifying: give them a pseudonym (A)"))
        self.reject_button = self._button(self.tr("&Reject"), self.reject_selected, "R")
        self.reject_button.setToolTip(self.tr("Not identifying: never offer them again (R)"))
        self.reopen_button = self._button(self.tr("Re&open"), self.reopen_selected)
        self.together_button = self._button(self.tr("Accept as &one person"), self.accept_together)
        self.together_button.setToolTip(
            self.tr("The selected names are one person (Sofie, Sofie Peeters): one pseudonym")
        )
        self.correct_button = self._button(self.tr("&Correct…"), self.correct_selected)
        self.correct_button.setToolTip(self.tr("The found text is not quite the name: edit it"))
        self.pseudonym_button = self._button(self.tr("Set &pseudonym…"), self.set_pseudonym)
        actions = FlowLayout()
        for button in (
            self.accept_button,
            self.reject_button,
            self.reopen_button,
            self.together_button,
            self.correct_button,
            self.pseudonym_button,
        ):
            actions.addWidget(button)
        review = QWidget(self)
        page = QVBoxLayout(review)
        page.addLayout(filters)
        page.addWidget(self.tree, 1)
        page.addLayout(actions)

        self.pseudonyms = PseudonymsPage(self)
        self.pseudonyms.style_chosen.connect(self._set_style)
        self.pseudonyms.rename_requested.connect(self._rename_entity)
        self.names = NamesPage(self)
        self.names.names_changed.connect(self._set_names)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("privacy_pages")
        self.pages.addTab(review, self.tr("Names found"))
        self.pages.addTab(self.pseudonyms, self.tr("Pseudonyms"))
        self.pages.addTab(self.names, self.tr("Name list"))

        self.summary = QLabel(self)
        self.summary.setObjectName("privacy_summary")
        self.pseudonymise_button = QPushButton(self.tr("P&seudonymise…"), self)
        self.pseudonymise_button.setObjectName("privacy_pseudonymise")
        self.pseudonymise_button.setToolTip(
            self.tr("Replace every accepted name by its pseudonym; the originals go to a key file")
        )
        self.pseudonymise_button.clicked.connect(self.open_pseudonymise)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.pseudonymise_button)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.set_body(body)
        self._update_buttons()

    def _button(self, text: str, slot: Any, key: str | None = None) -> QPushButton:
        button = QPushButton(text, self)
        button.clicked.connect(lambda _c=False: slot())
        if key:  # a bare letter only while the list has the focus: typing elsewhere is typing
            shortcut = QShortcut(QKeySequence(key), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        return button

    # -- reading the core ----------------------------------------------------------------------
    def set_controller(self, controller: ProjectController | None) -> None:
        if self.controller is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.controller.undo_stack.indexChanged.disconnect(self._undo_moved)
        super().set_controller(controller)
        if controller is not None:
            # decisions are not among the Changes the core announces; an undo or redo of
            # one still moves the undo stack
            controller.undo_stack.indexChanged.connect(self._undo_moved)

    def _undo_moved(self, _index: int) -> None:
        if self.controller is not None and not self.controller.drawing:
            self.schedule(CHANGE_DELAY_MS)

    def controller_changed(self) -> None:
        self.document_box.blockSignals(True)
        current = self.document_box.currentData()
        while self.document_box.count() > 1:
            self.document_box.removeItem(1)
        if self.controller is not None:
            self.pseudonyms.set_language(self.controller.project.language)
            for doc in self.controller.documents():
                self.document_box.addItem(doc.name, doc.name)
        self.document_box.setCurrentIndex(max(0, self.document_box.findData(current)))
        self.document_box.blockSignals(False)

    def _on_changed(self, changes: Changes) -> None:
        if changes.any_of("documents"):
            self.controller_changed()
        if changes.any_of(*RESCANNED):
            self.schedule(CHANGE_DELAY_MS)

    def scope_changed(self, documents: bool) -> None:
        """The review covers every document, whatever the panes select."""

    def make_job(self, project: Project, filters: dict[str, Any]) -> Job:
        def job(task: Task) -> ReviewState:
            project.scan_documents(progress=task.progress, cancelled=task.cancelled)
            return ReviewState(
                project.identifier_candidates(include_rejected=True),
                project.entities(),
                project.pseudonym_styles(),
                project.privacy_names(),
            )

        return job

    def _progress(self, done: int, total: int, name: str) -> None:
        if total:
            text = self.tr("Looking for names: %1 of %2 documents").replace("%1", str(done))
            self.busy.label.setText(text.replace("%2", str(total)))
            self.busy.label.setToolTip(name)

    def _finished(self, result: Any) -> None:
        self.result = result
        self.show_notice(None)
        self.show_result(result)

    def show_result(self, result: Any) -> None:
        self.state = result if isinstance(result, ReviewState) else None
        if self.state is None:
            self.groups = []
            self.model.fill([])
            self.pseudonyms.show_entities([])
            self.names.show_names([])
            self.summary.clear()
            return
        self.groups = groups(self.state.candidates)
        self.pseudonyms.show_styles(self.state.styles)
        self.pseudonyms.show_entities(self.state.entities)
        self.names.show_names(self.state.names)
        self._refill()

    def _refill(self) -> None:
        """Rebuild the rows for the filters, keeping what was selected and expanded."""
        chosen = set(self.selected_groups())
        opened = {
            group_of(self.model.index(r, 0))
            for r in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(r, 0))
        }
        status = self.status.currentData() or "all"
        kind = self.kind_box.currentData() or ""
        document = self.document_box.currentData() or ""
        shown = [g for g in self.groups if matches(g, status, kind, document, self.search.text())]
        self.model.fill(shown)
        selection = self.tree.selectionModel()
        root = QModelIndex()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            key = group_of(index)
            for child in range(self.model.rowCount(index)):  # an occurrence spans the row
                self.tree.setFirstColumnSpanned(child, index, True)
            if key in opened:
                self.tree.expand(index)
            if key in chosen:
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        self._fit_text_column()
        if not self.selected_groups() and self._next_row is not None and self.model.rowCount():
            # decided rows leave the open list: the next one is selected, for A and R again
            row = min(self._next_row, self.model.rowCount() - 1)
            self.tree.setCurrentIndex(self.model.index(row, 0, root))
        self._next_row = None
        open_groups = sum(1 for g in self.groups if g.first.status == "open")
        self.summary.setText(
            self.tr("%n name(s) shown", "", len(shown))
            + " · "
            + self.tr("%n still open", "", open_groups)
        )
        self._update_buttons()

    def _fit_text_column(self) -> None:
        """The names as wide as they need, up to 40% of the list: the pseudonym gets the rest."""
        self.tree.resizeColumnToContents(0)
        limit = max(120, self.tree.viewport().width() * 2 // 5)
        self.tree.setColumnWidth(0, min(self.tree.columnWidth(0), limit))

    # -- the selection -------------------------------------------------------------------------
    def selected_groups(self) -> list[str]:
        keys = (group_of(i) for i in self.tree.selectionModel().selectedRows(0))
        return list(dict.fromkeys(k for k in keys if k))

    def _selected(self) -> list[Group]:
        wanted = set(self.selected_groups())
        return [g for g in self.groups if g.key in wanted]

    def _update_buttons(self, *_args: object) -> None:
        chosen = self._selected()
        statuses = {g.first.status for g in chosen}
        self.accept_button.setEnabled(bool(chosen))
        self.reject_button.setEnabled(bool(chosen))
        self.reopen_button.setEnabled(bool(statuses - {"open"}))
        self.together_button.setEnabled(len(chosen) > 1)
        self.correct_button.setEnabled(len(chosen) == 1)
        self.pseudonym_button.setEnabled(len(chosen) == 1 and statuses == {"accepted"})

    def select_groups(self, keys: list[str]) -> None:
        """Select the rows of these groups (tests and the guard's Review names use it)."""
        selection = self.tree.selectionModel()
        selection.clearSelection()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if group_of(index) in keys:
                selection.select(
                    index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows
                )

    def _open_occurrence(self, index: QModelIndex) -> None:
        place = place_of(index)
        if place is not None:
            self.open_passage.emit(*place)

    # -- decisions -----------------------------------------------------------------------------
    def _decide(self, label: str, method: Any, *args: Any, **kwargs: Any) -> Any:
        if self.controller is None:
            return None
        rows = [
            i.row() for i in self.tree.selectionModel().selectedRows(0) if not i.parent().isValid()
        ]
        self._next_row = min(rows) if rows else None
        result = self.controller.run(label, method, *args, **kwargs)
        self.controller.sync_undo_stack()  # a decision is a step even when no view hears it
        self.schedule(0)
        return result

    def accept_selected(self) -> None:
        keys = self.selected_groups()
        if keys and self.controller is not None:
            self._decide(self.tr("Accept names"), self.controller.project.accept_candidates, keys)

    def accept_together(self) -> None:
        keys = self.selected_groups()
        if len(keys) > 1 and self.controller is not None:
            project = self.controller.project
            self._decide(
                self.tr("Accept as one person"), project.accept_candidates, keys, together=True
            )

    def reject_selected(self) -> None:
        keys = self.selected_groups()
        if keys and self.controller is not None:
            self._decide(self.tr("Reject names"), self.controller.project.reject_candidates, keys)

    def reopen_selected(self) -> None:
        keys = self.selected_groups()
        if keys and self.controller is not None:
            self._decide(self.tr("Reopen names"), self.controller.project.reopen_candidates, keys)

    def correct_selected(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1 or self.controller is None:
            return
        group = chosen[0]
        answer = ask_correction(self, group.first.text, group.first.kind)
        if answer is None:
            return
        text, kind = answer
        project = self.controller.project
        self._decide(self.tr("Correct a name"), project.edit_candidate, group.key, text, kind)

    def set_pseudonym(self) -> None:
        chosen = self._selected()
        if len(chosen) != 1 or self.controller is None:
            return
        entity = group_entities(self.controller.project, [chosen[0].key]).get(chosen[0].key)
        if entity is not None:
            self._rename_entity(entity)

    def _rename_entity(self, entity: int) -> None:
        if self.controller is None or self.state is None:
            return
        current = next((e.pseudonym for e in self.state.entities if e.id == entity), "")
        text, ok = QInputDialog.getText(
            self, self.tr("Set pseudonym"), self.tr("Pseudonym:"), text=current
        )
        if ok and text.strip() and text.strip() != current:
            project = self.controller.project
            self._decide(self.tr("Set pseudonym"), project.set_pseudonym, entity, text)

    def _set_style(self, kind: str, style: str) -> None:
        if self.controller is not None:
            project = self.controller.project
            self._decide(self.tr("Pseudonym style"), project.set_pseudonym_style, kind, style)

    def _set_names(self, names: list[str]) -> None:
        if self.controller is not None:
            project = self.controller.project
            self._decide(self.tr("Change the list of names"), project.set_privacy_names, names)

    # -- pseudonymising ------------------------------------------------------------------------
    def open_pseudonymise(self) -> PseudonymiseDialog | None:
        if self.controller is None:
            return None
        dialog = PseudonymiseDialog(self.controller, self)
        dialog.replaced.connect(lambda _report: self.schedule(0))
        dialog.setModal(True)
        dialog.open()
        return dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tree.setFocus()

    def table_exports(self) -> list[tuple[str, Any]]:
        return []

    def quote_filters(self) -> dict[str, Any] | None:
        return None
