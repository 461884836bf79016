"""The window's size, pane widths and keyboard paths: how it first appears on a screen, how
each pane is reached without a mouse, and what a screen reader calls each part.

A first start opens at 85% of the available screen (maximised on a small laptop screen),
with the left panes wide enough for "Organisation – deelnemer (Duo 12)"; afterwards the
saved geometry and pane layout win, so the window comes back as the researcher left it."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QWidget

if TYPE_CHECKING:
    from duocoder.gui.shell.parts import WindowParts

SCREEN_SHARE = 0.85
SMALL_SCREEN = QSize(1366, 800)  # available size below which the window starts maximised
LEFT_SHARE, LEFT_MIN, LEFT_MAX = 0.3, 320, 520
BOTTOM_SHARE, BOTTOM_MIN, BOTTOM_MAX = 0.24, 170, 320

# (dock object name, shortcut): Ctrl+Shift+letter moves the focus to a pane
PANE_SHORTCUTS = (
    ("documents", "Ctrl+Shift+D"),
    ("codes", "Ctrl+Shift+C"),
    ("transcript", "Ctrl+Shift+T"),
    ("segments", "Ctrl+Shift+R"),
)


def _pane_texts() -> dict[str, str]:
    return {
        "documents": QCoreApplication.translate("MainWindow", "Go to doc&uments"),
        "codes": QCoreApplication.translate("MainWindow", "Go to cod&es"),
        "transcript": QCoreApplication.translate("MainWindow", "Go to the tra&nscript"),
        "segments": QCoreApplication.translate("MainWindow", "Go to retrieved se&gments"),
    }


def place_window(window: WindowParts) -> None:
    """Restore the saved geometry and pane layout, or choose a first size for this screen."""
    settings = QSettings()
    geometry = settings.value("window/geometry")
    restored = bool(geometry) and window.restoreGeometry(geometry)
    state = settings.value("window/state")
    if state:
        window.restoreState(state)
    if restored:
        return
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    size = QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE))
    window.resize(size)
    window.move(available.center() - QPoint(size.width() // 2, size.height() // 2))
    small = available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height()
    if small:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    window.setProperty(PANES_PENDING, not state)


PANES_PENDING = "duocoder_panes_pending"


def size_panes_once(window: WindowParts) -> None:
    """Give the panes their first sizes once they are on screen (a dock that is hidden, or
    a window whose maximised size is not known yet, ignores `resizeDocks`)."""
    if not window.property(PANES_PENDING) or not window.isVisible():
        return
    if not all(dock.isVisible() for dock in window.docks):
        return
    window.setProperty(PANES_PENDING, False)
    size_panes(window, window.size())


def size_panes(window: WindowParts, size: QSize) -> None:
    """Left panes about 30% of the width, the segments pane about a quarter of the
    height, the documents pane above the (usually longer) code tree."""
    docs, codes, segments = window.docks
    left = max(LEFT_MIN, min(LEFT_MAX, int(size.width() * LEFT_SHARE)))
    bottom = max(BOTTOM_MIN, min(BOTTOM_MAX, int(size.height() * BOTTOM_SHARE)))
    window.resizeDocks([docs], [left], Qt.Orientation.Horizontal)
    window.resizeDocks([docs, codes], [2, 3], Qt.Orientation.Vertical)
    window.resizeDocks([segments], [bottom], Qt.Orientation.Vertical)


def pane_widgets(window: WindowParts) -> dict[str, QWidget]:
    """The widget that takes the focus for each pane."""
    return {
        "documents": window.documents.tree,
        "codes": window.codes.tree,
        "transcript": window.transcript,
        "segments": window.segments.table,
    }


def focus_pane(window: WindowParts, name: str) -> None:
    """Show the pane if it was closed, bring it forward and put the keyboard focus in it."""
    for dock in window.docks:
        if dock.objectName() == name:
            dock.show()
            dock.raise_()
    widget = pane_widgets(window)[name]
    widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if isinstance(widget, QAbstractItemView) and not widget.currentIndex().isValid():
        first = widget.model().index(0, 0)  # arrow keys need a current row to start from
        if first.isValid():
            widget.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.NoUpdate
            )


def pane_actions(window: WindowParts) -> list[QAction]:
    actions = []
    texts = _pane_texts()
    for name, shortcut in PANE_SHORTCUTS:
        action = QAction(texts[name], window)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, n=name: focus_pane(window, n))
        window.addAction(action)
        actions.append(action)
    return actions


def name_widgets(window: WindowParts) -> None:
    """Accessible names and a sensible Tab order: documents, codes, the transcript (and its
    find bar), then the retrieved segments with their filters."""
    names = {
        window.transcript: QCoreApplication.translate("MainWindow", "Transcript"),
        window.codes.tree: QCoreApplication.translate("MainWindow", "Codes"),
        window.codes.filter: QCoreApplication.translate("MainWindow", "Filter codes"),
        window.documents.tree: QCoreApplication.translate("MainWindow", "Documents"),
        window.documents.filter: QCoreApplication.translate("MainWindow", "Filter documents"),
        window.segments.table: QCoreApplication.translate("MainWindow", "Retrieved segments"),
        window.segments.role: QCoreApplication.translate("MainWindow", "Filter segments by role"),
        window.segments.case: QCoreApplication.translate("MainWindow", "Filter segments by case"),
        window.segments.coder: QCoreApplication.translate("MainWindow", "Filter segments by coder"),
        window.find_bar.edit: QCoreApplication.translate("MainWindow", "Find in this document"),
    }
    for widget, name in names.items():
        widget.setAccessibleName(name)
    window.transcript.setAccessibleDescription(
        QCoreApplication.translate(
            "MainWindow",
            "Select a passage, then press Ctrl+K to code it or Ctrl+1 to 9 for a quick code.",
        )
    )
    chain: list[QWidget] = [
        window.documents.filter,
        window.documents.tree,
        window.codes.filter,
        window.codes.tree,
        window.header,
        window.transcript,
        window.find_bar.edit,
        window.segments.role,
        window.segments.case,
        window.segments.coder,
        window.segments.table,
    ]
    for a, b in itertools.pairwise(chain):
        QWidget.setTabOrder(a, b)
