"""The Text menu: search across the project, coding the hits, auto-coding suggestions,
coding by speaker and word frequencies, added to an existing main window.

`install_language_features(window)` is the one entry point. It uses only what the window
offers publicly (its status bar, docks, `insert_menu`, `open_passage` and `controller`). It
follows the open project through the window's `project_changed`, which says None before
the old project is closed (so indexing and searches stop first) and then names the new
one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu, QWidget

from duocoder.app.changes import Changes
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.fit import give_first_width
from duocoder.gui.language.search import SearchPanel
from duocoder.gui.language.speaker import CodeBySpeakerDialog
from duocoder.gui.language.suggest import SuggestionsPanel
from duocoder.gui.language.tasks import IndexBar, IndexGate
from duocoder.gui.language.words import WordsPanel

if TYPE_CHECKING:
    from duocoder.gui.shell.main_window import MainWindow

    # What the Text menu uses of the main window: its project (`controller`,
    # `project_changed`), panes, docks, `insert_menu`, `open_passage` and QMainWindow calls.
    # It is the window itself for the type checker (which has no intersection of a Protocol
    # with QMainWindow, and the window is the Qt parent of the docks and actions); at run
    # time the menu does not import it.
    LanguageHost: TypeAlias = MainWindow

OBJECT_NAME = "language_features"
SEARCH_SHORTCUT = "Ctrl+Shift+L"
DOCUMENT_TABLES = ("documents", "turns")


class LanguageFeatures(QObject):
    """Owns the docks, the index gate and the Text menu of one window."""

    def __init__(self, window: LanguageHost) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self.window = window
        self.controller: ProjectController | None = None
        self._reopen: list[QDockWidget] = []  # panes to show again when a project opens
        self.index_bar = IndexBar(window)
        window.statusBar().addPermanentWidget(self.index_bar)
        self.gate = IndexGate(self.index_bar, self)
        self.gate.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
        self.search = SearchPanel(self.gate, window)
        self.suggestions = SuggestionsPanel(self.gate, window)
        self.words = WordsPanel(self.gate, window)
        self.search_dock = self._dock(self.tr("Search the project"), "language_search", self.search)
        self.suggestions_dock = self._dock(
            self.tr("Coding suggestions"), "language_suggestions", self.suggestions
        )
        self.words_dock = self._dock(self.tr("Word frequencies"), "language_words", self.words)
        for panel in (self.search, self.suggestions):
            panel.open_passage.connect(self.open_passage)
        self.menu = self._build_menu()
        window.project_changed.connect(self._set_controller)
        self._set_controller(window.controller)
        # the window may restore its saved layout after this (and show our panes) while no
        # project is open yet: put them away until one is
        QTimer.singleShot(0, self._hide_without_project)

    def _dock(self, title: str, name: str, panel: QWidget) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)
        dock.setWidget(panel)
        # tabbed with the Analysis pane on the right: one place for every view, and the
        # retrieved segments below the transcript keep their width
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.window.tabifyDockWidget(self.window.analysis, dock)
        dock.hide()
        self.window.restoreDockWidget(dock)  # where the researcher left it last time
        dock.visibilityChanged.connect(lambda visible: self._needs_index() if visible else None)
        return dock

    def _build_menu(self) -> QMenu:
        w = self.window
        menu = QMenu(self.tr("&Text"), w)
        menu.setObjectName("text_menu")
        self.search_action = self._action(menu, self.tr("&Search the project…"), self.show_search)
        self.search_action.setShortcut(QKeySequence(SEARCH_SHORTCUT))
        self.search_action.setStatusTip(
            self.tr("Search every document by word, lemma or pattern and code the hits")
        )
        self.speaker_action = self._action(menu, self.tr("Code by s&peaker…"), self.code_by_speaker)
        self.speaker_action.setStatusTip(
            self.tr("Code all turns of a speaker or role with one code")
        )
        self.suggest_action = self._action(
            menu, self.tr("Coding s&uggestions"), lambda: self._raise(self.suggestions_dock)
        )
        self.suggest_action.setStatusTip(
            self.tr("Review sentences that match the keywords of codes")
        )
        self.words_action = self._action(
            menu, self.tr("&Word frequencies"), lambda: self._raise(self.words_dock)
        )
        self.words_action.setStatusTip(self.tr("Count lemmas per role, case or code"))
        menu.addSeparator()
        self.index_action = self._action(
            menu, self.tr("&Update the text index"), self.gate.index_now
        )
        self.index_action.setStatusTip(
            self.tr("Analyse new or changed documents now, so lemma search needs no wait")
        )
        panes = menu.addMenu(self.tr("&Panes"))
        for dock in (self.search_dock, self.suggestions_dock, self.words_dock):
            panes.addAction(dock.toggleViewAction())
        w.insert_menu(menu)
        return menu

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # its shortcut works with the menu bar hidden
        menu.addAction(action)
        return action

    # -- the project --------------------------------------------------------------------------
    def _set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller
        self.gate.set_controller(controller)  # indexing of the previous project stops first
        for panel in (self.search, self.suggestions, self.words):
            panel.set_controller(controller)
        if controller is not None:
            controller.changed.connect(self._on_changed)
        has = controller is not None
        for action in (self.search_action, self.speaker_action, self.suggest_action):
            action.setEnabled(has)
        self.words_action.setEnabled(has)
        self.index_action.setEnabled(has)
        for dock in (self.search_dock, self.suggestions_dock, self.words_dock):
            dock.toggleViewAction().setEnabled(has)
        if has:
            for dock in self._reopen:
                dock.show()
            self._reopen = []
        else:
            self._hide_without_project()

    def _hide_without_project(self) -> None:
        """Without a project the panes are empty: hide them, and remember which were open
        so the next project shows the layout the researcher left."""
        if self.controller is not None:
            return
        docks = (self.search_dock, self.suggestions_dock, self.words_dock)
        self._reopen = [d for d in docks if not d.isHidden()] or self._reopen
        for dock in docks:
            dock.hide()

    def _on_changed(self, changes: Changes) -> None:
        codes = changes.any_of("codes")
        documents = changes.any_of(*DOCUMENT_TABLES)
        if codes or documents:
            self.search.refresh_filters(codes=codes, documents=documents)
        if codes:
            self.search.coder.refresh_codes()
        if changes.any_of("documents"):
            self._needs_index()

    def _needs_index(self) -> None:
        """Index new documents in the background while a language pane is open, so the
        next lemma search or word count does not have to wait for them."""
        docks = (self.search_dock, self.suggestions_dock, self.words_dock)
        if self.controller is not None and any(d.isVisible() for d in docks):
            self.gate.ensure(lambda: None, lambda _message: None)

    # -- commands -----------------------------------------------------------------------------
    def _raise(self, dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()  # its tab comes to the front
        give_first_width(self.window, dock)
        dock.widget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_search(self) -> None:
        self._raise(self.search_dock)
        self.search.focus_query()

    def code_by_speaker(self) -> CodeBySpeakerDialog | None:
        if self.controller is None:
            return None
        code = self.window.codes.current_code()
        dialog = CodeBySpeakerDialog(self.controller, self.window, code=code)
        dialog.accepted.connect(lambda: self._report_turns(dialog))
        dialog.setModal(True)
        dialog.open()
        return dialog

    def _report_turns(self, dialog: CodeBySpeakerDialog) -> None:
        n = len(dialog.added or [])
        text = self.tr("%n turn(s) coded.", "", n)
        self.window.statusBar().showMessage(text, 6000)

    def open_passage(self, doc_id: int, start: int, end: int) -> None:
        """Show the passage in its transcript, match selected, and keep the keyboard in the
        list the researcher is walking through."""
        focus = self.window.focusWidget()
        self.window.open_passage(doc_id, start, end)
        if focus is not None and focus is not self.window.transcript:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)


def install_language_features(window: LanguageHost) -> None:
    """Add the Text menu, its docks and background indexing to `window` (once)."""
    if window.findChild(LanguageFeatures, OBJECT_NAME) is None:
        LanguageFeatures(window)


def language_features(window: LanguageHost) -> LanguageFeatures | None:
    """The installed features of a window (for tests and the window's own wiring)."""
    return window.findChild(LanguageFeatures, OBJECT_NAME)
