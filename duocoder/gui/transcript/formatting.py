"""Character formats of the transcript: speaker labels, quieter interviewer turns and coding
highlights, written either for the whole text or only for a few changed ranges.

Opening a document formats everything in one sweep. Applying or removing a coding changes a
few lines, so only those ranges are cleared and written again: re-formatting a 20,000-word
interview for one coding would cost a researcher a visible pause every time they code."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextDocument

from duocoder.domain.records import Segment
from duocoder.gui.common import theme
from duocoder.gui.transcript import highlight


@dataclass(frozen=True, slots=True)
class TurnSpan:
    """A speaker turn in Qt positions: its label (bold) and whether the interviewer speaks."""

    start: int  # the label's start, or the text's when there is no label
    end: int
    label_end: int | None
    interviewer: bool


def merge_ranges(ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, non-overlapping ranges covering the same positions (touching ones joined)."""
    merged: list[tuple[int, int]] = []
    for a, b in sorted(r for r in ranges if r[0] < r[1]):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def changed_spans(old: Sequence[Segment], new: Sequence[Segment]) -> list[tuple[int, int]]:
    """The text (core offsets) whose highlight differs between two lists of codings: where a
    coding appeared or went, and both places of one that moved or changed code. A memo or
    coder change alters no highlight, so it gives no span."""
    before = {s.id: s for s in old}
    spans: list[tuple[int, int]] = []
    for s in new:
        prior = before.pop(s.id, None)
        if prior is None:
            spans.append((s.start, s.end))
        elif (prior.start, prior.end, prior.code_id) != (s.start, s.end, s.code_id):
            spans += [(s.start, s.end), (prior.start, prior.end)]
    spans += [(s.start, s.end) for s in before.values()]  # removed
    return spans


class Formatter:
    """Keeps one QTextCharFormat per combination of overlapping codes, so a densely coded
    interview blends each colour mix once instead of once per piece of text."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self._cache: dict[tuple[int, ...], QTextCharFormat] = {}
        self._colors: dict[int, str] = {}
        self._look: tuple[int, int] | None = None  # the palette the formats were made for

    def _format(self, codes: tuple[int, ...]) -> QTextCharFormat:
        fmt = self._cache.get(codes)
        if fmt is None:
            pal = theme.palette()
            alpha = theme.highlight_alpha()
            color = pal.color(QPalette.ColorRole.Base)
            for code_id in codes:
                tint = theme.code_tint(QColor(self._colors.get(code_id, "#999999")))
                color = theme.blend(color, tint, alpha)
            fmt = QTextCharFormat()
            fmt.setBackground(color)
            if len(codes) > 1:  # overlaps: a thin line says "more than one code here"
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(pal.color(QPalette.ColorRole.Text))
            self._cache[codes] = fmt
        return fmt

    def _prepare(self, colors: dict[int, str]) -> None:
        look = theme.palette_key()
        changed = any(colors.get(k) != v for k, v in self._colors.items())
        if changed or look != self._look:
            self._cache.clear()
        self._colors, self._look = dict(colors), look

    def format(
        self,
        turns: Sequence[TurnSpan],
        spans: Sequence[tuple[int, int]],
        codes: Sequence[int],
        colors: dict[int, str],
        ranges: Sequence[tuple[int, int]] | None = None,
    ) -> None:
        """(Re)write the formats of `ranges` (Qt positions; None: the whole text). `spans`
        are the codings sorted by start, `codes` their code ids in the same order."""
        self._prepare(colors)
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()
        if ranges is None:
            end = max(0, self.document.characterCount() - 1)
            ranges = [(0, end)]
            starts: list[int] = []
        else:
            ranges = merge_ranges(ranges)
            starts = [a for a, _b in spans]
        for lo, hi in ranges:
            self._range(cursor, lo, hi, turns, spans, codes, starts)
        cursor.endEditBlock()

    def _range(
        self,
        cursor: QTextCursor,
        lo: int,
        hi: int,
        turns: Sequence[TurnSpan],
        spans: Sequence[tuple[int, int]],
        codes: Sequence[int],
        starts: list[int],
    ) -> None:
        def merge(a: int, b: int, fmt: QTextCharFormat) -> None:
            a, b = max(a, lo), min(b, hi)
            if a < b:
                cursor.setPosition(a)
                cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)

        cursor.setPosition(lo)
        cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(QTextCharFormat())
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        soft = QTextCharFormat()
        soft.setForeground(theme.quiet_text())
        first = bisect_right([t.end for t in turns], lo)  # turns are in text order
        for turn in turns[first:]:
            if turn.start >= hi:
                break
            if turn.interviewer:
                merge(turn.start, turn.end, soft)
            if turn.label_end is not None:
                merge(turn.start, turn.label_end, bold)
        if starts:  # only the codings that reach into this range, clipped to it
            keys = [k for k in range(bisect_left(starts, hi)) if spans[k][1] > lo]
            local = [(max(spans[k][0], lo), min(spans[k][1], hi)) for k in keys]
        else:
            keys = list(range(len(spans)))
            local = list(spans)
        for piece in highlight.sweep(local):
            fmt = self._format(tuple(codes[keys[i]] for i in piece.keys))
            cursor.setPosition(piece.start)
            cursor.setPosition(piece.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
