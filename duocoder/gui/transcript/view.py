"""The transcript: a calm, read-only text with speaker labels, coding highlights, paragraph
numbers on the left and coding brackets on the right.

Offsets from the core are code points; all conversions go through `OffsetMap`. Highlights are
written as character formats from one sweep over the sorted coding boundaries, so even a long,
densely coded interview is formatted in one pass; find hits use extra selections on top."""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from duocoder.domain.records import Segment, Turn
from duocoder.gui.common import theme
from duocoder.gui.transcript import highlight
from duocoder.gui.transcript.formatting import Formatter, TurnSpan, changed_spans
from duocoder.gui.transcript.margins import BracketMargin, ParagraphGutter
from duocoder.gui.transcript.offsets import OffsetMap, snap_to_words
from duocoder.gui.transcript.tooltip import coding_tooltip

PASSAGE_MIME = "application/x-duocoder-passage"
MAX_COLUMNS = 80  # characters per line: the width people read comfortably
DEFAULT_POINT_SIZE = 12


def passage_mime(doc_id: int, start: int, end: int, text: str) -> QMimeData:
    """What a dragged selection carries: the plain text and the exact span in code points."""
    data = QMimeData()
    data.setText(text)
    data.setData(PASSAGE_MIME, json.dumps({"doc": doc_id, "start": start, "end": end}).encode())
    return data


def read_passage(data: QMimeData) -> tuple[int, int, int] | None:
    if not data.hasFormat(PASSAGE_MIME):
        return None
    try:
        raw = json.loads(bytes(data.data(PASSAGE_MIME).data()).decode())
        return int(raw["doc"]), int(raw["start"]), int(raw["end"])
    except (ValueError, KeyError, TypeError):
        return None


PLAYING_COLOR = "#8b5cf6"  # the turn being heard: its lines across the page, in violet


class TranscriptView(QTextEdit):
    """Shows one document; knows nothing about changing data (see `coding_actions`)."""

    context_requested = Signal(QPoint, object)  # global position, list[Segment] under it
    passage_selected = Signal(bool)  # whether a codable passage is selected
    document_shown = Signal(object)  # the document id now shown, or None
    play_requested = Signal(int)  # a code point in a turn: play the recording from that turn

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAcceptDrops(False)
        self.doc_id: int | None = None
        self.text = ""
        self.map = OffsetMap("")
        self.turns: list[Turn] = []
        self.turn_spans: list[TurnSpan] = []
        self.paragraph_starts: list[int] = []  # Qt positions
        self.segments: list[Segment] = []  # the codings shown (see `coder_filter`)
        self.all_segments: list[Segment] = []  # every coding of the document
        # whose codings are shown (View ▸ Coders, blind coding); None: everyone's
        self.coder_filter: Callable[[str | None], bool] | None = None
        self.coder_colors: dict[str, str] = {}  # coder name -> colour, for the margin
        self.seg_qt: list[tuple[int, int]] = []  # segments in Qt positions
        self.seg_starts: list[int] = []
        self.columns: list[int] = []
        self.column_count = 0
        self.colors: dict[int, str] = {}
        self._mouse_selecting = False
        self._find_selections: list[QTextEdit.ExtraSelection] = []
        self._playing_selection: list[QTextEdit.ExtraSelection] = []
        self.playing_span: tuple[int, int] | None = None  # code points of the turn playing
        size = QSettings().value("transcript/point_size", DEFAULT_POINT_SIZE)
        self._point_size = int(str(size)) if str(size).isdigit() else DEFAULT_POINT_SIZE
        self.formatter = Formatter(self.document())
        self._apply_font()
        self.gutter = ParagraphGutter(self)
        self.brackets = BracketMargin(self)
        self.verticalScrollBar().valueChanged.connect(self._repaint_margins)
        self.selectionChanged.connect(lambda: self.passage_selected.emit(self.has_passage()))
        self.document().documentLayout().documentSizeChanged.connect(self._repaint_margins)

    # -- loading ----------------------------------------------------------------------------
    def show_document(
        self,
        doc_id: int | None,
        text: str,
        turns: list[Turn],
        paragraphs: list[tuple[int, int]],
        segments: list[Segment],
        colors: dict[int, str],
    ) -> None:
        self.doc_id = doc_id
        self.text = text
        self.map = OffsetMap(text)
        self.turns = turns
        self.turn_spans = [
            TurnSpan(
                self.map.to_qt(t.label_start if t.label_start is not None else t.start),
                self.map.to_qt(t.end),
                self.map.to_qt(t.start)
                if t.label_start is not None and t.label_start < t.start
                else None,
                t.interviewer,
            )
            for t in turns
        ]
        self.paragraph_starts = [self.map.to_qt(a) for a, _b in paragraphs]
        self.setPlainText(text)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = QTextBlockFormat()
        block.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(self._point_size * 0.5)
        cursor.mergeBlockFormat(block)
        self.segments = []
        self._find_selections = []
        self.set_playing_span(None)
        self.set_codings(segments, colors)
        self.document_shown.emit(doc_id)

    def set_codings(
        self, segments: list[Segment], colors: dict[int, str], *, incremental: bool = False
    ) -> None:
        """Re-highlight after codings or code colours changed; scroll and selection stay.
        With `incremental`, only the text of codings that appeared, went or moved is
        formatted again, and only the bracket margin repaints."""
        self.all_segments = list(segments)
        keep = self.coder_filter
        if keep is not None:
            segments = [s for s in segments if keep(s.coder)]
        ranges: list[tuple[int, int]] | None = None
        same_colors = all(colors.get(k) == v for k, v in self.colors.items())  # new codes ok
        if incremental and same_colors:
            spans = changed_spans(self.segments, segments)
            ranges = [(self.map.to_qt(a), self.map.to_qt(b)) for a, b in spans]
        self.segments = sorted(segments, key=lambda s: (s.start, -s.end, s.id))
        self.colors = colors
        self.seg_qt = [(self.map.to_qt(s.start), self.map.to_qt(s.end)) for s in self.segments]
        self.seg_starts = [a for a, _b in self.seg_qt]
        columns_before = self.column_count
        self.columns, self.column_count = highlight.columns(self.seg_qt)
        if ranges is None or ranges:
            self.formatter.format(
                self.turn_spans,
                self.seg_qt,
                [s.code_id for s in self.segments],
                colors,
                ranges,
            )
        if ranges is None or self.column_count != columns_before:
            self._update_margins()
            self._repaint_margins()
        else:
            self.brackets.update()

    def refilter(self) -> None:
        """Show again whose codings `coder_filter` now lets through (only the text whose
        highlight changes is formatted again)."""
        self.set_codings(self.all_segments, self.colors, incremental=True)

    def shown_coders(self) -> set[str]:
        """The coders with codings in this document, shown or not."""
        return {s.coder for s in self.all_segments if s.coder}

    # -- passages ---------------------------------------------------------------------------
    def has_passage(self) -> bool:
        span = self.selected_span()
        return span is not None and span[0] < span[1]

    def selected_span(self) -> tuple[int, int] | None:
        """The selection in core offsets (code points), or None."""
        cursor = self.textCursor()
        if self.doc_id is None or not cursor.hasSelection():
            return None
        start = self.map.to_core(cursor.selectionStart())
        end = self.map.to_core(cursor.selectionEnd(), round_up=True)
        return (start, end) if start < end else None

    def select_span(self, start: int, end: int, *, scroll: bool = True) -> None:
        """Select a passage (core offsets) and scroll it to the upper third of the view."""
        cursor = self.textCursor()
        cursor.setPosition(self.map.to_qt(start))
        cursor.setPosition(self.map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if not scroll:
            return
        rect = self.cursorRect()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.viewport().height() // 3)

    def segments_at_qt(self, pos: int) -> list[Segment]:
        """The codings covering a Qt position (its character, not the gap before it)."""
        hi = bisect_right(self.seg_starts, pos)
        return [self.segments[k] for k in range(hi) if self.seg_qt[k][1] > pos]

    def segments_at_point(self, point: QPoint) -> list[Segment]:
        return self.segments_at_qt(self.cursorForPosition(point).position())

    def createMimeDataFromSelection(self) -> QMimeData:
        span = self.selected_span()
        if span is None or self.doc_id is None:
            return super().createMimeDataFromSelection()
        return passage_mime(self.doc_id, span[0], span[1], self.text[span[0] : span[1]])

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._asks_to_play(event):
            return
        self._mouse_selecting = event.button() == Qt.MouseButton.LeftButton
        super().mousePressEvent(event)

    def _asks_to_play(self, event: QMouseEvent) -> bool:
        """Ctrl+click anywhere in a turn, or a click on a turn's label when it carries a
        timestamp, asks to play the recording from that turn."""
        if not self.turns:
            return False
        qt_pos = self.cursorForPosition(event.position().toPoint()).position()
        pos = self.map.to_core(qt_pos)
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        for turn in self.turns:
            label = turn.label_start if turn.label_start is not None else turn.start
            # the label's line from its beginning: a timestamp stands before the speaker
            line = self.text.rfind("\n", 0, label) + 1 if turn.timestamp else label
            if line <= pos < max(turn.end, turn.start):
                on_stamp = turn.timestamp is not None and pos < turn.start
                if ctrl or on_stamp:
                    self.play_requested.emit(turn.start)
                    return True
                return False
        return False

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._mouse_selecting and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.snap_selection()
        self._mouse_selecting = False

    def snap_selection(self) -> None:
        """Widen the selection to whole words (Alt while selecting keeps it exact)."""
        span = self.selected_span()
        if span is None:
            return
        start, end = snap_to_words(self.text, *span)
        if (start, end) == span or start >= end:
            return
        cursor = self.textCursor()
        forward = cursor.position() >= cursor.anchor()
        a, b = self.map.to_qt(start), self.map.to_qt(end)
        cursor.setPosition(a if forward else b)
        cursor.setPosition(b if forward else a, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.context_requested.emit(event.globalPos(), self.segments_at_point(event.pos()))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == event.Type.ToolTip and isinstance(event, QHelpEvent):
            segs = self.segments_at_point(event.pos())
            if segs:
                QToolTip.showText(
                    event.globalPos(), coding_tooltip(segs, self.coder_colors), self.viewport()
                )
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- find hits --------------------------------------------------------------------------
    def set_find_hits(self, hits: list[tuple[int, int]], current: int) -> None:
        pal = theme.palette()
        soft = theme.blend(pal.color(QPalette.ColorRole.Base), QColor("#ffd60a"), 0.55)
        sels = []
        for i, (a, b) in enumerate(hits):
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.map.to_qt(a))
            cursor.setPosition(self.map.to_qt(b), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            if i == current:
                fmt.setBackground(pal.color(QPalette.ColorRole.Highlight))
                fmt.setForeground(pal.color(QPalette.ColorRole.HighlightedText))
            else:
                fmt.setBackground(soft)
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, False)
            sel.format = fmt
            sels.append(sel)
        self._find_selections = sels
        self.setExtraSelections(self._playing_selection + sels)

    def set_playing_span(self, span: tuple[int, int] | None) -> None:
        """Mark the turn being played (code points), under any find hits; None: no turn."""
        self.playing_span = span
        self._playing_selection = []
        if span is not None:
            pal = theme.palette()
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.map.to_qt(span[0]))
            cursor.setPosition(self.map.to_qt(span[1]), QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            base = pal.color(QPalette.ColorRole.Base)
            # whole lines, unlike a coding's highlight of its words: "this turn is heard"
            fmt.setBackground(theme.blend(base, QColor(PLAYING_COLOR), 0.14))
            fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
            sel.format = fmt
            self._playing_selection = [sel]
        self.setExtraSelections(self._playing_selection + self._find_selections)

    # -- look -------------------------------------------------------------------------------
    @property
    def point_size(self) -> int:
        return self._point_size

    def zoom(self, steps: int) -> None:
        self._point_size = max(8, min(32, self._point_size + steps))
        QSettings().setValue("transcript/point_size", self._point_size)
        self._apply_font()
        self._update_margins()

    def _apply_font(self) -> None:
        font = QFont(self.font())
        font.setPointSize(self._point_size)
        self.document().setDefaultFont(font)
        self.document().setDocumentMargin(self._point_size)

    def _update_margins(self) -> None:
        """Centre a text column of at most ~80 characters between gutter and brackets."""
        if not hasattr(self, "gutter"):
            return
        char_w = QFontMetricsF(self.document().defaultFont()).averageCharWidth()
        gutter = self.gutter.preferred_width()
        brackets = self.brackets.preferred_width()
        avail = self.width() - self.verticalScrollBar().sizeHint().width() - 2
        ideal = int(char_w * MAX_COLUMNS + 2 * self._point_size)
        text_w = max(160, min(ideal, avail - gutter - brackets))
        extra = max(0, avail - gutter - brackets - text_w)
        left, right = gutter + extra // 2, brackets + extra - extra // 2
        if self.viewportMargins().left() != left or self.viewportMargins().right() != right:
            self.setViewportMargins(left, 0, right, 0)
        if self.lineWrapColumnOrWidth() != text_w:  # re-wraps the text at the new width
            self.setLineWrapColumnOrWidth(text_w)
        vp = self.viewport().geometry()
        self.gutter.setGeometry(vp.left() - left, vp.top(), left, vp.height())
        self.brackets.setGeometry(vp.right() + 1, vp.top(), right, vp.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()

    def visible_range(self) -> tuple[int, int]:
        vp = self.viewport()
        first = self.cursorForPosition(QPoint(0, 0)).position()
        last = self.cursorForPosition(QPoint(vp.width(), vp.height())).position()
        return first, last

    def visible_segments(self) -> list[int]:
        """Indices of the codings that intersect the visible part of the text."""
        first, last = self.visible_range()
        hi = bisect_right(self.seg_starts, last)
        return [k for k in range(hi) if self.seg_qt[k][1] >= first]

    def paragraph_index_at(self, qt_pos: int) -> int:
        """1-based paragraph number of a Qt position (0 before the first paragraph)."""
        return bisect_right(self.paragraph_starts, qt_pos)

    def first_visible_paragraph(self) -> int:
        return max(0, bisect_left(self.paragraph_starts, self.visible_range()[0]) - 1)

    def _repaint_margins(self, *_args: object) -> None:
        if hasattr(self, "gutter"):
            self.gutter.update()
            self.brackets.update()
