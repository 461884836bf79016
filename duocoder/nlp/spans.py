"""Span arithmetic shared by search, coding the hits and word counts.

Spans are (start, end) code points, end exclusive. Sorted, non-overlapping span lists are
searched with bisection (or numpy's searchsorted for whole token arrays), so filtering 10,000
hits against 300 speaker turns stays linear-logarithmic."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np

Span = tuple[int, int]
_JOINERS = "-'’"


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with overlapping (and duplicate) ones joined; touching ones stay apart,
    so two adjacent sentences remain two codings."""
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def covering(spans: Sequence[Span], starts: Sequence[int], start: int, end: int) -> Span | None:
    """The union of the sorted, disjoint `spans` (with `starts` their first elements) that
    overlap start..end; None when none does."""
    i = bisect_right(starts, start) - 1
    if i < 0 or spans[i][1] <= start:
        i += 1
    first = i
    while i < len(spans) and spans[i][0] < max(end, start + 1):
        i += 1
    if i == first:
        return None
    return spans[first][0], spans[i - 1][1]


def word_span(text: str, start: int, end: int) -> Span:
    """Grow start..end to whole words: letters and digits, and hyphens or apostrophes
    inside a word (`duo’s`, `zelf-vertrouwen`)."""

    def inner(i: int) -> bool:
        ch = text[i]
        if ch.isalnum():
            return True
        return ch in _JOINERS and 0 < i < len(text) - 1 and text[i - 1].isalnum()

    while start > 0 and inner(start - 1):
        start -= 1
    while end < len(text) and inner(end):
        end += 1
    while end > start + 1 and text[end - 1] in _JOINERS:
        end -= 1
    return start, end


def grow(text: str, spans: Iterable[Span], units: Sequence[Span]) -> list[Span]:
    """Each span grown to the sorted, disjoint `units` it overlaps (sentences, paragraphs,
    turns), or to its whole words when it overlaps none (or no units are given), merged."""
    starts = [a for a, _b in units]
    return merge(covering(units, starts, a, b) or word_span(text, a, b) for a, b in spans)


def overlapping(
    starts: np.ndarray, ends: np.ndarray, stretches: Sequence[Span], merged: bool = False
) -> np.ndarray:
    """Boolean mask: which spans (starts[i]..ends[i]) overlap one of the stretches. With
    `merged`, the stretches are already sorted and disjoint (as `merge` returns them)."""
    import numpy as np

    if not merged:
        stretches = merge(stretches)
    if not stretches:
        return np.zeros(len(starts), dtype=bool)
    bounds = np.asarray(stretches, dtype=np.int64)
    # the first stretch ending after a span's start overlaps it if it starts before its end
    i = np.searchsorted(bounds[:, 1], starts, side="right")
    inside = i < len(bounds)
    mask: np.ndarray = inside & (bounds[np.minimum(i, len(bounds) - 1), 0] < ends)
    return mask


def in_spans(positions: np.ndarray, spans: Sequence[Span]) -> np.ndarray:
    """Boolean mask: which positions fall inside one of the spans (any order, overlaps
    allowed; they are merged first)."""
    import numpy as np

    merged = merge(s for s in spans if s[0] < s[1])
    if not merged:
        return np.zeros(len(positions), dtype=bool)
    bounds = np.asarray(merged, dtype=np.int64)
    i = np.searchsorted(bounds[:, 0], positions, side="right") - 1
    ok = i >= 0
    mask: np.ndarray = ok & (positions < bounds[np.maximum(i, 0), 1])
    return mask


class Turns:
    """A document's speaker turns for position look-ups. A turn's region runs from its
    label (`R:`) to its end, so a hit on the label belongs to that turn too."""

    def __init__(self, rows: Sequence[Sequence[Any]], interviewer: Callable[[str], bool]) -> None:
        """`rows` end in (region start, end, speaker) and come in text order; they may carry
        more in front (a database row with the document id), which saves copying 100,000
        turns. `interviewer` says whether a speaker label is the interviewer's."""
        self.rows = rows
        self._starts = [r[-3] for r in rows]
        self._interviewer = interviewer

    def at(self, pos: int) -> tuple[str, bool] | None:
        """(speaker, interviewer) of the turn at `pos`; None outside every turn."""
        i = bisect_right(self._starts, pos) - 1
        if i < 0 or pos >= self.rows[i][-2]:
            return None
        who = self.rows[i][-1]
        return who, self._interviewer(who)

    def interviewer(self) -> list[Span]:
        """The regions of the interviewer's turns, in text order."""
        return [(r[-3], r[-2]) for r in self.rows if self._interviewer(r[-1])]
