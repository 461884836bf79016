"""Reviewing auto-coding suggestions: sentences whose lemmas match a code's keywords, for
one code or all codes with keywords. The researcher accepts or rejects each sentence or a
whole selection; accepted ones become codings marked auto-suggested (so they can be told
apart, and removed in one go), rejected ones are never suggested again.

Finding suggestions reads the index of every document, so it runs on a worker thread
after the index is complete; accepting and rejecting are one undoable step each.

When nothing can be suggested the panel says why: no code has keywords yet (then it names
the codes without keywords and where to add them, before anything is searched), or the
keywords there are match no uncoded sentence."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.changes import Changes
from duocoder.app.results import Suggestion
from duocoder.domain.records import CodeInfo
from duocoder.gui.common import theme
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.filter_boxes import CoderBox
from duocoder.gui.common.tasks import Task, TaskRunner
from duocoder.gui.language.common import CodeChooser, MessageLine, code_label
from duocoder.gui.language.tasks import IndexGate

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
STALE_TABLES = ("codings", "codes", "documents", "suggestions")
NAMES_SHOWN = 8
"""How many codes without keywords the empty state names before it says `…`."""


class SuggestionsModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[Suggestion] = []

    def set_items(self, items: list[Suggestion]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def remove(self, done: list[Suggestion]) -> None:
        gone = {id(x) for x in done}
        self.set_items([x for x in self.items if id(x) not in gone])

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Code"), self.tr("Sentence"), self.tr("Document"), self.tr("Keywords"))[
                section
            ]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        s, col = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(s.text.split())
            return (code_label(s.code), text, s.doc, ", ".join(s.keywords))[col]
        if role == Qt.ItemDataRole.DecorationRole and col == 2:
            return theme.role_icon(s.role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{code_label(s.code)} · {s.doc}\n\n{s.text}"
        return None


class SuggestionsPanel(QWidget):
    open_passage = Signal(int, int, int)

    def __init__(self, gate: IndexGate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.controller: ProjectController | None = None
        self.runner = TaskRunner(self)
        self._busy_self = False  # our own accept/reject should not mark the list stale
        self.code = CodeChooser(self, everything=self.tr("All codes with keywords"))
        self.code.setAccessibleName(self.tr("Suggestions for this code"))
        self.find_button = QPushButton(self.tr("Fi&nd suggestions"), self)
        # a sentence counts as coded when these coders coded it (all coders: anyone did),
        # so each coder of a team can be shown what they have not coded yet
        self.coders = CoderBox(self)
        self.coders.follow(self._coder_names)
        self._coders_asked: list[str] | None = None  # those of the list shown
        self.model = SuggestionsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Suggested codings"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line per sentence; the tooltip has it all
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 180)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 150)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.accept_button = QPushButton(self.tr("Acce&pt selected"), self)
        self.reject_button = QPushButton(self.tr("Re&ject selected"), self)
        self.remove_auto = QPushButton(self.tr("Remove all auto-codings of this code…"), self)
        self.summary = MessageLine(self)
        top = QHBoxLayout()
        label = QLabel(self.tr("C&ode:"), self)
        label.setBuddy(self.code)
        top.addWidget(label)
        top.addWidget(self.code, 1)
        coders_label = QLabel(self.tr("Skip what is coded &by:"), self)
        coders_label.setBuddy(self.coders)
        top.addWidget(coders_label)
        top.addWidget(self.coders)
        top.addWidget(self.find_button)
        buttons = QHBoxLayout()
        for b in (self.accept_button, self.reject_button):
            buttons.addWidget(b)
        buttons.addStretch()
        buttons.addWidget(self.remove_auto)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        self.runner.finished.connect(self._found)
        self.runner.failed.connect(self.summary.show_error)
        self.find_button.clicked.connect(self.refresh)
        edit = self.code.lineEdit()  # the code chooser is editable, so it has one
        if edit is not None:
            edit.returnPressed.connect(self.refresh)
        self.code.currentIndexChanged.connect(lambda _i: self._update_buttons())
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.remove_auto.clicked.connect(self.remove_auto_codings)
        self.table.activated.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context)
        for keys, slot in (("A", self.accept_selected), ("R", self.reject_selected)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self.table.setToolTip(self.tr("A accepts and R rejects the selected suggestions."))
        self._update_buttons()
        self.setFocusProxy(self.table)

    def set_controller(self, controller: ProjectController | None) -> None:
        self.runner.set_project(controller)
        self.controller = controller
        self.model.set_items([])
        self.summary.show_text("")
        self.coders.set_coders(self._coder_names())
        self.refresh_codes()
        if controller is not None:
            controller.changed.connect(self._on_changed)

    def refresh_codes(self) -> None:
        codes = self.controller.codes() if self.controller else []
        self.code.set_codes([c for c in codes if c.codable and c.keywords])
        self._update_buttons()
        if self.controller is None or self.model.items:
            return
        if not self._has_keywords():
            self.summary.show_text(self._no_keywords_text())
        elif self.summary.text().startswith(self._no_keywords_start()):
            self.summary.show_text("")  # keywords were added: the explanation is out of date

    def _coder_names(self) -> list[str]:
        c = self.controller
        return [x.name for x in c.project.coders()] if c is not None else []

    def _codable(self) -> list[CodeInfo]:
        return [c for c in self.controller.codes() if c.codable] if self.controller else []

    def _has_keywords(self) -> bool:
        return any(c.keywords for c in self._codable())

    def _without_keywords(self) -> str:
        """`Codes without keywords (12 of 30): A, B, … — add …`, or '' when all have some."""
        codes = self._codable()
        missing = [c.name for c in codes if not c.keywords]
        if not missing:
            return ""
        names = ", ".join(missing[:NAMES_SHOWN]) + (", …" if len(missing) > NAMES_SHOWN else "")
        return (
            self.tr(
                "Codes without keywords (%1 of %2): %3 — add keywords with Edit keywords… "
                "in a code's context menu in the code tree."
            )
            .replace("%1", str(len(missing)))
            .replace("%2", str(len(codes)))
            .replace("%3", names)
        )

    def _no_keywords_start(self) -> str:
        return self.tr("No suggestions: no code has keywords yet, so nothing can be matched.")

    def _no_keywords_text(self) -> str:
        if not self._codable():
            return self.tr("No suggestions: the project has no codable codes yet.")
        return self._no_keywords_start() + " " + self._without_keywords()

    def _no_match_text(self) -> str:
        code_id = self.code.code_id()
        if code_id is not None:
            name = self.code.itemText(self.code.findData(code_id))
            text = self.tr(
                "No suggestions: no uncoded sentence contains a keyword of '%1' "
                "(sentences already coded with it or rejected are left out)."
            ).replace("%1", name)
            return text
        text = self.tr(
            "No suggestions: no uncoded sentence contains a keyword of the codes that "
            "have keywords (sentences already coded with the code or rejected are left out)."
        )
        missing = self._without_keywords()
        return f"{text} {missing}" if missing else text

    def _on_changed(self, changes: Changes) -> None:
        if changes.any_of("codes"):
            self.refresh_codes()
        if self.model.items and not self._busy_self and changes.any_of(*STALE_TABLES):
            self.summary.show_text(
                self.tr("The project changed; find suggestions again to update this list.")
            )

    def selected(self) -> list[Suggestion]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.items[r] for r in rows]

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.accept_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)
        self.remove_auto.setEnabled(self.controller is not None and self.code.code_id() is not None)

    # -- finding --------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.controller is None:
            return
        if self.code.unknown():
            self.summary.show_error(
                self.tr("No code with keywords is called '%1'.").replace(
                    "%1", self.code.currentText()
                )
            )
            return
        if not self._has_keywords():
            self.model.set_items([])
            self.summary.show_text(self._no_keywords_text())
            self._update_buttons()
            return
        self.summary.show_text(self.tr("Looking for sentences that match the keywords…"))
        self.gate.ensure(self._find, self.summary.show_error)

    def _find(self) -> None:
        if self.controller is None:
            return
        project, code = self.controller.project, self.code.code_id()
        coders = self._coders_asked = self.coders.chosen()

        def job(_task: Task) -> list[Suggestion]:
            return project.suggestions(code, coders=coders)

        self.runner.start(job)

    def _found(self, items: list[Suggestion]) -> None:
        self.model.set_items(items)
        if items:
            text = self.tr("%n suggestion(s)", "", len(items))
            if self._coders_asked:  # "uncoded" meant: not coded by these coders
                text += " " + self.tr("(sentences coded by %1 left out)").replace(
                    "%1", ", ".join(self._coders_asked)
                )
            self.summary.show_text(text)
            self.table.selectRow(0)
        else:
            self.summary.show_text(self._no_match_text())
        self._update_buttons()

    # -- deciding -------------------------------------------------------------------------------
    def accept_selected(self) -> None:
        self._decide(self.selected(), accept=True)

    def reject_selected(self) -> None:
        self._decide(self.selected(), accept=False)

    def _decide(self, items: list[Suggestion], *, accept: bool) -> None:
        controller = self.controller
        if controller is None or not items:
            return
        first = min(self.model.items.index(x) for x in items)
        project = controller.project
        self._busy_self = True
        try:
            if accept:
                label = self.tr("Accept %n suggestion(s)", "", len(items))
                done = controller.run(
                    label, project.accept_suggestions, items, coder=controller.coder
                )
            else:
                label = self.tr("Reject %n suggestion(s)", "", len(items))
                done = controller.run(label, project.reject_suggestions, items)
        finally:
            self._busy_self = False
        if accept and done is None:
            return
        self.model.remove(items)
        if accept:
            text = self.tr("%n coding(s) added, marked as auto-suggested.", "", len(done or []))
        else:
            text = self.tr(
                "%n suggestion(s) rejected; they will not be suggested again.", "", len(items)
            )
        self.summary.show_text(text)
        if self.model.items:
            self.table.selectRow(min(first, len(self.model.items) - 1))
        self._update_buttons()

    def remove_auto_codings(self) -> None:
        controller, code_id = self.controller, self.code.code_id()
        if controller is None or code_id is None:
            return
        name = self.code.itemText(self.code.findData(code_id))
        answer = QMessageBox.question(
            self,
            self.tr("Remove auto-codings"),
            self.tr(
                "Remove every auto-suggested coding of '%1'? Codings made by hand stay; "
                "Undo brings them back."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        label = self.tr("Remove the auto-codings of %1").replace("%1", name)
        removed = controller.run(label, controller.project.remove_auto_codings, code_id)
        if removed is not None:
            self.summary.show_text(self.tr("%n auto-coding(s) removed.", "", removed))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            s = self.model.items[index.row()]
            self.open_passage.emit(s.doc_id, s.start, s.end)

    def _context(self, pos: QPoint) -> None:
        if not self.selected():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("&Accept"), self.accept_selected)
        menu.addAction(self.tr("Re&ject"), self.reject_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))
