"""What the window's helpers (`menus`, `window_setup`) use of the main window, as Protocols,
so that they receive the window without importing `main_window` (which imports them).

`MainWindow` satisfies both; the Qt methods listed are the few `QMainWindow` calls the
helpers make."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray, QPoint, QSize, Qt
    from PySide6.QtGui import QAction, QScreen, QUndoGroup
    from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QToolBar

    from duocoder.gui.analysis.dock import AnalysisDock
    from duocoder.gui.common.controller import ProjectController
    from duocoder.gui.panes.code_menu import CodeMenu
    from duocoder.gui.panes.codes import CodesPane
    from duocoder.gui.panes.documents import DocumentsPane
    from duocoder.gui.panes.memos import MemoActions
    from duocoder.gui.panes.segments import SegmentsPane
    from duocoder.gui.shell.header import DocumentHeader
    from duocoder.gui.transcript.coding_actions import CodingActions
    from duocoder.gui.transcript.find import FindBar
    from duocoder.gui.transcript.view import TranscriptView


class WindowParts(Protocol):
    """The panes and docks of the window, for placing, sizing and focusing them."""

    documents: DocumentsPane
    codes: CodesPane
    segments: SegmentsPane
    transcript: TranscriptView
    header: DocumentHeader
    find_bar: FindBar
    docks: list[QDockWidget]

    # QMainWindow
    def addAction(self, action: QAction, /) -> None: ...
    def isVisible(self) -> bool: ...
    def move(self, point: QPoint, /) -> None: ...
    def resize(self, size: QSize, /) -> None: ...
    def size(self) -> QSize: ...
    def screen(self) -> QScreen: ...
    def property(self, name: str, /) -> Any: ...
    def setProperty(self, name: str, value: Any, /) -> bool: ...
    def windowState(self) -> Qt.WindowState: ...
    def setWindowState(self, state: Qt.WindowState, /) -> None: ...
    def restoreGeometry(self, geometry: QByteArray | bytes, /) -> bool: ...
    def restoreState(self, state: QByteArray | bytes, /, version: int = ...) -> bool: ...
    def resizeDocks(
        self, docks: list[QDockWidget], sizes: list[int], orientation: Qt.Orientation, /
    ) -> None: ...


class MenuHost(WindowParts, Protocol):
    """Everything the menus and tool bars trigger or fill in."""

    controller: ProjectController | None
    undo_group: QUndoGroup
    analysis: AnalysisDock
    coding: CodingActions
    code_menu: CodeMenu
    memos: MemoActions
    # set by `menus.build_menus`
    recent_menu: QMenu
    analysis_menu: QMenu
    theme_menu: QMenu
    language_menu: QMenu
    analysis_button: QAction
    quick_bar: QToolBar

    new_project: Callable[[], object]
    choose_project: Callable[[], object]
    close_project: Callable[[], object]
    import_files: Callable[[], object]
    export_codebook: Callable[[], object]
    find_everywhere: Callable[[], object]
    set_coder_name: Callable[[], object]
    fill_recent_menu: Callable[[], object]
    about: Callable[[], object]

    def set_theme(self, name: str) -> None: ...
    def set_language(self, code: str) -> None: ...

    # QMainWindow
    def close(self) -> bool: ...
    def menuBar(self) -> QMenuBar: ...
    def addToolBar(self, toolbar: QToolBar, /) -> None: ...


__all__ = ["MenuHost", "WindowParts"]
