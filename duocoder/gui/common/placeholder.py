"""What an empty list says: a quiet sentence in the middle of an empty view that tells why
it is empty and what to do ("No transcripts yet — import them with …"), instead of a blank
white box. Views call `paint_placeholder` at the end of their `paintEvent`."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView

from duocoder.gui.common import theme

MARGIN = 12


def is_empty(view: QAbstractItemView) -> bool:
    model = view.model()
    return model is None or model.rowCount(view.rootIndex()) == 0


def paint_placeholder(view: QAbstractItemView, text: str) -> None:
    """Draw `text`, wrapped, in the view's empty viewport (nothing when it has rows)."""
    if not text or not is_empty(view):
        return
    viewport = view.viewport()
    area = viewport.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
    if area.width() <= 0 or area.height() <= 0:
        return
    painter = QPainter(viewport)
    painter.setPen(theme.quiet_text())
    painter.setFont(view.font())
    flags = int(
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
    )
    painter.drawText(QRect(area), flags, text)
    painter.end()


class PlaceholderView:
    """Mixed in before an item view class (`class Hits(PlaceholderView, QTableView)`): the
    view keeps its empty sentence and paints it after its own contents."""

    placeholder = ""

    def set_placeholder(self, text: str) -> None:
        if text != self.placeholder:
            self.placeholder = text
            cast(QAbstractItemView, self).viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # type: ignore[misc]  # the item view's, next in the MRO
        paint_placeholder(cast(QAbstractItemView, self), self.placeholder)
