"""The Analysis pane: analysis views as tabs beside the transcript.

It shares its place on the right with the Text menu's panes (search, suggestions, word
frequencies): they are tabbed with it, so opening one more view adds or raises a tab
instead of squeezing the documents, codes and retrieved segments once more.

A dock rather than a dialog, so a click on a pair or a passage shows it in the transcript
while the matrix stays in view; the pane floats into a window of its own (drag its title
bar) on a second screen. The views that were open come back with the next project and the
next start (QSettings "analysis/views").

For screenshots and demonstrations, the environment variable `DUOCODER_OPEN_VIEW` opens
views when a project opens, overriding the remembered ones: a comma-separated list of
`cooccurrence`, `matrix`, `stakeholders`, `duos`, `agreement`, `privacy` (e.g.
`DUOCODER_OPEN_VIEW=cooccurrence`); the last one named is the tab shown."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget

from duocoder.gui.agreement.view import AgreementView
from duocoder.gui.analysis.cooccurrence_view import CooccurrenceView
from duocoder.gui.analysis.duo_view import DuoView
from duocoder.gui.analysis.filters import Scope
from duocoder.gui.analysis.matrix_view import CodeMatrixView
from duocoder.gui.analysis.stakeholder_view import StakeholderView
from duocoder.gui.analysis.view import AnalysisView
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.fit import give_first_width
from duocoder.gui.privacy.view import PrivacyView

if TYPE_CHECKING:
    from collections.abc import Callable

    from duocoder.gui.panes.codes import CodesPane
    from duocoder.gui.panes.documents import DocumentsPane

VIEWS: dict[str, type[AnalysisView]] = {
    "cooccurrence": CooccurrenceView,
    "matrix": CodeMatrixView,
    "stakeholders": StakeholderView,
    "duos": DuoView,
    "agreement": AgreementView,
    "privacy": PrivacyView,  # opened from Tools ▸ Privacy review…, not the Analysis menu
}
OPEN_VIEW_ENV = "DUOCODER_OPEN_VIEW"
SETTING = "analysis/views"


def view_titles() -> dict[str, str]:
    """Menu texts of the views, with their mnemonics."""
    return {
        "cooccurrence": QCoreApplication.translate("MainWindow", "&Co-occurrence of codes"),
        "matrix": QCoreApplication.translate("MainWindow", "Codes × &role, case or document"),
        "stakeholders": QCoreApplication.translate("MainWindow", "&Stakeholder comparison"),
        "duos": QCoreApplication.translate("MainWindow", "&Duo analysis"),
        "agreement": QCoreApplication.translate("MainWindow", "Intercoder &agreement…"),
    }


class AnalysisDock(QDockWidget):
    open_passage = Signal(int, int, int)
    listen_requested = Signal(int, int, int)
    message = Signal(str)

    def __init__(self, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("MainWindow", "A&nalysis"), parent)
        self.setObjectName("analysis")
        self.scope = scope
        self.controller: ProjectController | None = None
        self.tabs = QTabWidget(self)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        self.tabs.setDocumentMode(True)
        self.tabs.tabCloseRequested.connect(self.close_view)
        self.setWidget(self.tabs)
        self._sized = False

    def views(self) -> list[AnalysisView]:
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [view for view in tabs if isinstance(view, AnalysisView)]  # every tab is one

    def view(self, kind: str) -> AnalysisView | None:
        return next((v for v in self.views() if v.kind == kind), None)

    def open_view(self, kind: str, *, focus: bool = True) -> AnalysisView:
        """Show the view of `kind` (making it if it is not open yet) and focus it."""
        view = self.view(kind)
        if view is None:
            view = VIEWS[kind](self.scope, self.tabs)
            view.open_passage.connect(self.open_passage)
            view.listen_requested.connect(self.listen_requested)
            view.message.connect(self.message)
            view.windowTitleChanged.connect(lambda title, v=view: self._retitle(v, title))
            self.tabs.addTab(view, view.title())
            view.set_controller(self.controller)
            self._remember()
        self.show()
        self.raise_()
        self._first_size()
        self.tabs.setCurrentWidget(view)
        if focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)
        return view

    def _retitle(self, view: AnalysisView, title: str) -> None:
        index = self.tabs.indexOf(view)
        if index >= 0:
            self.tabs.setTabText(index, title)

    def close_view(self, index: int) -> None:
        view = self.tabs.widget(index)
        if not isinstance(view, AnalysisView):
            return
        view.shut_down()
        self.tabs.removeTab(index)
        view.deleteLater()
        self._remember()
        if not self.tabs.count():
            self.hide()

    def _remember(self) -> None:
        QSettings().setValue(SETTING, ",".join(v.kind for v in self.views()))

    def _first_size(self) -> None:
        """About 40% of the window's width the first time; afterwards the saved layout."""
        window = self.parentWidget()
        if self._sized or not isinstance(window, QMainWindow):
            return
        self._sized = True
        give_first_width(window, self)

    # -- the project ------------------------------------------------------------------------
    def set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller
        for view in self.views():
            view.set_controller(controller)
        if controller is None:
            self.hide()
            return
        wanted = os.environ.get(OPEN_VIEW_ENV, "").strip() or str(
            QSettings().value(SETTING, "") or ""
        )
        kinds = [k.strip() for k in wanted.split(",") if k.strip() in VIEWS]
        for kind in kinds:
            self.open_view(kind, focus=False)  # reopened: the researcher was not asking
        self.setVisible(bool(self.tabs.count()))

    def focus_current(self) -> None:
        """Ctrl+Shift+A: into the analysis shown (the co-occurrence when none is open)."""
        view = self.tabs.currentWidget()
        if isinstance(view, AnalysisView):
            self.show()
            self.raise_()
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif self.controller is not None:
            self.open_view("cooccurrence")

    def scope_changed(self, documents: bool) -> None:
        for view in self.views():
            view.scope_changed(documents)

    def shut_down(self) -> None:
        for view in self.views():
            view.shut_down()


def install(
    window: QMainWindow,
    documents: DocumentsPane,
    codes: CodesPane,
    open_passage: Callable[[int, int, int], object],
) -> AnalysisDock:
    """Add the (hidden) Analysis pane to the window, reading its documents and codes panes
    for the selected documents and ticked codes, and showing passages with `open_passage`."""
    scope = Scope(documents.selected_documents, codes.checked_codes, codes.current_code)
    dock = AnalysisDock(scope, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    # full height on the right: a matrix needs rows more than the segments pane needs width
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
    # the views tabbed there (Analysis, Search, …) show their tabs on top, like pages
    window.setTabPosition(Qt.DockWidgetArea.RightDockWidgetArea, QTabWidget.TabPosition.North)
    dock.hide()
    dock.open_passage.connect(open_passage)
    dock.message.connect(lambda text: window.statusBar().showMessage(text, 6000))
    documents.selection_changed.connect(lambda: dock.scope_changed(True))
    codes.checked_changed.connect(lambda: dock.scope_changed(False))
    return dock
