"""The window's size, pane widths and keyboard paths: how it first appears on a screen, how
each pane is reached without a mouse, and what a screen reader calls each part.

A first start opens at 85% of the available screen (maximised on a small laptop screen),
with the left panes wide enough for "Organisation – deelnemer (Duo 12)"; afterwards the
saved geometry and pane layout win, so the window comes back as the researcher left it,
brought onto the screen it opens on: a size saved on a larger monitor is shrunk to fit, a
position off the screen is moved back, and a pane saved folded to a sliver gets its
readable width again (each pane has a minimum measured from the font)."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QPoint,
    QRect,
    QSettings,
    QSize,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QMainWindow, QWidget

from duocoder.gui.common.fit import clamp_rect, give_first_width

if TYPE_CHECKING:
    from duocoder.gui.shell.parts import WindowParts

SCREEN_SHARE = 0.85
SMALL_SCREEN = QSize(1366, 800)  # available size below which the window starts maximised
LEFT_SHARE, LEFT_MIN, LEFT_MAX = 0.3, 320, 520
BOTTOM_SHARE, BOTTOM_MIN, BOTTOM_MAX = 0.24, 170, 320
# saved pane layouts of an older arrangement (Text panes tabbed with the segments) are
# not restored: the window starts with its first layout once instead
LAYOUT_VERSION = 2
TRANSCRIPT_MIN_CHARS = 36  # the transcript keeps room for this many characters a line
VIEWS_MIN_CHARS = 60  # the Analysis and Text panes beside it

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


def available_geometry(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (without panels and docks)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def set_minimum_sizes(window: WindowParts) -> None:
    """Minimums measured from the font, so no pane can be folded (by a drag or a saved
    layout) to where its names disappear, and the transcript keeps a readable column."""
    left = max(window.documents.readable_width(), window.codes.readable_width())
    window.documents.setMinimumWidth(left)
    window.codes.setMinimumWidth(left)
    window.segments.setMinimumHeight(window.segments.readable_height())
    chars = window.fontMetrics().averageCharWidth()
    window.stack.setMinimumWidth(TRANSCRIPT_MIN_CHARS * chars)
    for dock in window.findChildren(QDockWidget):
        view = dock.widget()
        if view is not None and (dock.objectName() == "analysis" or _is_text_pane(dock)):
            # explicit, below the layout's own wish (a search row side by side is wider than
            # a laptop leaves): the views fold their parts under each other instead
            view.setMinimumWidth(VIEWS_MIN_CHARS * chars)


def clamp_to_screen(window: QWidget) -> bool:
    """Shrink the window to its screen's available area and move it fully onto it; True
    if it had to change."""
    if window.isMaximized() or window.isFullScreen():
        return False
    available = available_geometry(window)
    frame = window.frameGeometry()
    inner = window.geometry()
    # the window manager's frame (title bar, borders) must fit as well
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    room = QRect(
        available.left(),
        available.top(),
        max(1, available.width() - extra_w),
        max(1, available.height() - extra_h),
    )
    fitted = clamp_rect(QRect(frame.topLeft(), inner.size()), room)
    if fitted.size() == inner.size() and fitted.topLeft() == frame.topLeft():
        return False
    window.resize(fitted.size())
    window.move(fitted.topLeft())
    return True


CLAMP_PENDING = "duocoder_clamp_pending"


def clamp_restored(window: QWidget) -> None:
    """Once shown, a restored window is fitted again with its frame (a window sized by a
    program or the researcher afterwards is left alone)."""
    if window.property(CLAMP_PENDING):
        window.setProperty(CLAMP_PENDING, False)
        clamp_to_screen(window)


def place_window(window: WindowParts) -> None:
    """Restore the saved geometry and pane layout (clamped to this screen), or choose a
    first size for this screen."""
    set_minimum_sizes(window)
    settings = QSettings()
    geometry = settings.value("window/geometry")
    restored = bool(geometry) and window.restoreGeometry(geometry)
    state = settings.value("window/state")
    if state and not window.restoreState(state, LAYOUT_VERSION):
        state = None
    if restored:
        clamp_to_screen(window)
        window.setProperty(CLAMP_PENDING, True)
        window.setProperty(PANES_REPAIR, True)
        window.setProperty(PANES_PENDING, not state)
        return
    available = available_geometry(window)
    size = QSize(int(available.width() * SCREEN_SHARE), int(available.height() * SCREEN_SHARE))
    window.resize(size)
    window.move(available.center() - QPoint(size.width() // 2, size.height() // 2))
    small = available.width() < SMALL_SCREEN.width() or available.height() < SMALL_SCREEN.height()
    if small:  # the whole screen, also where no window manager maximises
        window.setGeometry(available)
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    window.setProperty(PANES_PENDING, not state)


def save_window(window: QWidget) -> None:
    """Remember the window's geometry and pane layout for the next start."""
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    if isinstance(window, QMainWindow):
        settings.setValue("window/state", window.saveState(LAYOUT_VERSION))


PANES_PENDING = "duocoder_panes_pending"
PANES_REPAIR = "duocoder_panes_repair"


def size_panes_once(window: WindowParts) -> None:
    """Give the panes their first sizes once they are on screen (a dock that is hidden, or
    a window whose maximised size is not known yet, ignores `resizeDocks`); after a
    restored layout, widen the panes it left narrower than readable."""
    if not window.isVisible() or not all(dock.isVisible() for dock in window.docks):
        return
    if window.property(PANES_REPAIR):
        window.setProperty(PANES_REPAIR, False)
        repair_panes(window)
    if window.property(PANES_PENDING):
        window.setProperty(PANES_PENDING, False)
        size_panes(window, window.size())
    for dock in window.findChildren(QDockWidget):  # views opened before the window showed
        if dock.isVisible() and (dock.objectName() == "analysis" or _is_text_pane(dock)):
            give_first_width(window, dock)


def _is_text_pane(dock: QDockWidget) -> bool:
    return dock.objectName().startswith("language_")


def repair_panes(window: WindowParts) -> None:
    """A saved layout with a pane of (nearly) no width or height: give it its first size."""
    docs, codes, segments = window.docks
    narrow = any(d.width() < d.widget().minimumWidth() for d in (docs, codes))
    flat = segments.height() < segments.widget().minimumHeight()
    if narrow or flat:
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
