"""The two margins beside the transcript: paragraph numbers on the left and, on the right,
each coding drawn as a bracket in its code's colour, in columns when codings overlap. When
more than one coder coded the document, each bracket's top carries a dot in its coder's
colour: the bracket stays in the code's colour (what was coded), the dot says who."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from duocoder.gui.common import theme
from duocoder.gui.transcript.tooltip import coding_tooltip

if TYPE_CHECKING:
    from duocoder.gui.transcript.view import TranscriptView

    # The transcript view the margins sit beside (which creates them, and is their Qt
    # parent): they read its segments, columns, paragraphs and cursor. Not imported at run
    # time.
    MarginHost: TypeAlias = TranscriptView

COLUMN_STEP = 7
LABEL_MIN = 90
CAP_RADIUS = 3.0  # the coder's dot at a bracket's top


class ParagraphGutter(QWidget):
    """Right-aligned paragraph numbers, level with the first line of each paragraph."""

    def __init__(self, view: MarginHost) -> None:
        super().__init__(view)
        self.view = view

    def _font(self) -> QFont:
        font = QFont(self.view.document().defaultFont())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.75))
        return font

    def preferred_width(self) -> int:
        digits = max(3, len(str(len(self.view.paragraph_starts))))
        return QFontMetrics(self._font()).horizontalAdvance("9" * digits) + 16

    def sizeHint(self) -> QSize:
        return QSize(self.preferred_width(), 0)

    def paintEvent(self, _event: object) -> None:
        view = self.view
        starts = view.paragraph_starts
        if not starts:
            return
        painter = QPainter(self)
        painter.setFont(self._font())
        painter.setPen(theme.quiet_text())
        _first, last = view.visible_range()
        i = view.first_visible_paragraph()
        cursor = view.textCursor()
        while i < len(starts) and starts[i] <= last:
            cursor.setPosition(starts[i])
            rect = view.cursorRect(cursor)
            line = QFontMetrics(view.document().defaultFont()).height()
            painter.drawText(
                QRect(0, rect.top(), self.width() - 10, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(i + 1),
            )
            i += 1
        painter.end()


class BracketMargin(QWidget):
    """Coding brackets with the code's name; hover for details, right-click to change."""

    def __init__(self, view: MarginHost) -> None:
        super().__init__(view)
        self.view = view
        self.setMouseTracking(True)
        self._hits: list[tuple[QRect, int]] = []  # painted areas -> index into view.segments
        self.caps: list[tuple[QPoint, str]] = []  # the coder dots last painted: centre, colour

    def preferred_width(self) -> int:
        cols = min(self.view.column_count, 8)
        return 10 + cols * COLUMN_STEP + LABEL_MIN

    def paintEvent(self, _event: object) -> None:
        view = self.view
        self._hits = []
        self.caps = []
        if not view.segments:
            return
        coders = view.coder_colors if len(view.shown_coders()) > 1 else {}
        ring = self.palette().color(QPalette.ColorRole.Base)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(view.document().defaultFont())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.72))
        painter.setFont(font)
        fm = QFontMetrics(font)
        step = COLUMN_STEP
        cols = max(1, view.column_count)
        room = self.width() - 10 - LABEL_MIN // 2
        if cols * step > room:  # many overlapping codings: squeeze the columns
            step = max(3, room // cols)
        label_x = 10 + cols * step + 4
        dark = theme.is_dark()
        text_color = self.palette().color(QPalette.ColorRole.Text)
        cursor = view.textCursor()
        label_bottom = -1
        for k in view.visible_segments():
            a, b = view.seg_qt[k]
            cursor.setPosition(a)
            top = view.cursorRect(cursor).top() + 2
            cursor.setPosition(b)
            bottom = view.cursorRect(cursor).bottom() - 2
            x = 10 + view.columns[k] * step
            seg = view.segments[k]
            color = QColor(view.colors.get(seg.code_id, "#999999"))
            color = color.lighter(110) if dark else color.darker(125)
            painter.setPen(QPen(color, 2.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawLine(x, top, x, bottom)
            painter.drawLine(x, top, x + 4, top)
            painter.drawLine(x, bottom, x + 4, bottom)
            self._hits.append((QRect(x - 3, top - 2, 9, bottom - top + 4), k))
            cap = coders.get(seg.coder) if seg.coder else None
            if cap is not None:
                centre = QPoint(x, top)
                painter.setPen(QPen(ring, 1.2))
                painter.setBrush(QColor(cap))
                painter.drawEllipse(QPointF(centre), CAP_RADIUS, CAP_RADIUS)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                self.caps.append((centre, cap))
            if top > label_bottom and label_x < self.width() - 20:
                name = seg.code.rsplit("/", 1)[-1]
                text = fm.elidedText(name, Qt.TextElideMode.ElideRight, self.width() - label_x - 4)
                rect = QRect(label_x, top - 2, self.width() - label_x - 4, fm.height())
                painter.setPen(text_color)
                painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
                self._hits.append(
                    (QRect(label_x, top - 2, fm.horizontalAdvance(text), fm.height()), k)
                )
                label_bottom = top + fm.height()
        painter.end()

    def segment_at(self, pos: QPoint) -> int | None:
        for rect, k in reversed(self._hits):
            if rect.contains(pos):
                return k
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            k = self.segment_at(event.pos())
            if k is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    coding_tooltip([self.view.segments[k]], self.view.coder_colors),
                    self,
                )
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        k = self.segment_at(event.position().toPoint())
        if k is not None and event.button() == Qt.MouseButton.LeftButton:
            seg = self.view.segments[k]
            self.view.select_span(seg.start, seg.end, scroll=False)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        k = self.segment_at(event.pos())
        if k is not None:
            self.view.context_requested.emit(event.globalPos(), [self.view.segments[k]])
