"""Fitting the window onto a laptop screen: readable widths measured from the font, a saved
window rectangle brought back onto the screen, and table columns that share the width so
the one holding the text never slides off-screen.

Widths are measured with the widget's own font metrics rather than fixed in pixels, so a
larger font (View ▸ Bigger) or a Dutch label keeps its room."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QMainWindow,
    QTableView,
    QWidget,
)

# a typical code or document name with its count: what a side pane must show unelided
READABLE_NAME = "Vertrouwensrelatie (12)"


def text_width(widget: QWidget, text: str) -> int:
    return widget.fontMetrics().horizontalAdvance(text)


def clamp_rect(rect: QRect, available: QRect) -> QRect:
    """`rect` shrunk to fit `available` and moved so that all of it lies on it."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    left = min(max(rect.left(), available.left()), available.right() - width + 1)
    top = min(max(rect.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)


class ColumnShare(QObject):
    """Keeps some columns of a table at fixed widths and lets the others share what is
    left, each at least its minimum (a horizontal scroll bar appears below that), every
    time the table is resized. `flexible` maps a column to (minimum width, weight)."""

    def __init__(
        self,
        table: QTableView,
        flexible: dict[int, tuple[int, float]],
        optional: dict[int, int] | None = None,
    ) -> None:
        """`optional` maps a column to the viewport width below which it is hidden (its
        content must then be in the row's tooltip)."""
        super().__init__(table)
        self.table = table
        self.flexible = flexible
        self.optional = optional or {}
        header = table.horizontalHeader()
        for col in flexible:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.viewport().installEventFilter(self)
        header.sectionResized.connect(self._user_resized)
        model = table.model()
        if model is not None:  # a reset shows hidden columns again: hide them anew
            model.modelReset.connect(self.fit)
        self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _user_resized(self, *_args: object) -> None:
        """A fixed column that changed (to its contents) leaves a different width over."""
        if not self._fitting:
            self.fit()

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        model = self.table.model()
        if model is None:
            return
        width = self.table.viewport().width()
        for col, below in self.optional.items():
            if header.isSectionHidden(col) != (width < below):
                header.setSectionHidden(col, width < below)
        columns = [c for c in range(model.columnCount()) if not header.isSectionHidden(c)]
        fixed = sum(header.sectionSize(c) for c in columns if c not in self.flexible)
        room = self.table.viewport().width() - fixed
        shown = {c: v for c, v in self.flexible.items() if c in columns}
        total = sum(weight for _min, weight in shown.values()) or 1.0
        widths = {c: max(least, int(room * weight / total)) for c, (least, weight) in shown.items()}
        if widths:  # the last one takes what rounding left over
            last = max(widths)
            rest = room - sum(w for c, w in widths.items() if c != last)
            widths[last] = max(shown[last][0], rest)
        self._fitting = True
        try:
            for col, width in widths.items():
                header.resizeSection(col, width)
        finally:
            self._fitting = False


VIEW_SHARE = 0.4  # of the window's width, for the views area the first time it appears


def give_first_width(window: QMainWindow, dock: QDockWidget) -> None:
    """The first time a views pane (Analysis, Text) is shown docked: about 40% of the
    window's width, taken from the transcript, while the left panes keep theirs."""
    if dock.isFloating() or dock.property("duocoder_sized"):
        return
    if not (window.isVisible() and dock.isVisible()):
        return  # resizeDocks ignores what is not on screen: again when it is
    dock.setProperty("duocoder_sized", True)  # afterwards the researcher's width wins
    if dock.width() >= window.width() * 0.3:
        return
    left = [d for d in window.findChildren(QDockWidget) if d.objectName() == "documents"]
    sizes = [d.width() for d in left] + [int(window.width() * VIEW_SHARE)]
    window.resizeDocks([*left, dock], sizes, Qt.Orientation.Horizontal)
