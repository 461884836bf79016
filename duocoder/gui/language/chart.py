"""A horizontal bar chart of the most frequent words, drawn with QPainter so the window
needs no charting library. Bars, labels and counts take the palette's colours, so the
chart reads the same in the light and the dark theme."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from duocoder.gui.common import theme

BAR_GAP = 4
MARGIN = 8


class WordChart(QWidget):
    """One bar per (label, value), longest first as given; grows in height with its rows,
    so it sits in a scroll area for a long top list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(220)

    def set_rows(self, rows: list[tuple[str, int]]) -> None:
        self.rows = rows
        self.setToolTip("\n".join(f"{label}: {value}" for label, value in rows[:40]))
        self.updateGeometry()
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def row_height(self) -> int:
        return self.fontMetrics().height() + BAR_GAP

    def sizeHint(self) -> QSize:
        return QSize(360, 2 * MARGIN + max(1, len(self.rows)) * self.row_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = theme.palette()
        text = palette.color(QPalette.ColorRole.Text)
        p.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        if not self.rows:
            p.setPen(theme.quiet_text())
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No words counted yet."))
            p.end()
            return
        metrics = self.fontMetrics()
        label_width = min(
            self.width() // 3, max(metrics.horizontalAdvance(x) for x, _v in self.rows)
        )
        number_width = metrics.horizontalAdvance(str(max(v for _x, v in self.rows))) + MARGIN
        left = MARGIN + label_width + MARGIN
        span = max(10, self.width() - left - number_width - MARGIN)
        top_value = max(1, max(v for _x, v in self.rows))
        bar = palette.color(QPalette.ColorRole.Highlight)
        h = self.row_height()
        for i, (label, value) in enumerate(self.rows):
            y = MARGIN + i * h
            p.setPen(text)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
            p.drawText(
                QRectF(MARGIN, y, label_width, h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
            width = span * value / top_value
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(bar)
            p.drawRoundedRect(QRectF(left, y + BAR_GAP / 2, max(width, 1.5), h - BAR_GAP), 2, 2)
            p.setPen(text)
            p.drawText(
                QRectF(left + width + 4, y, number_width, h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )
        p.end()
