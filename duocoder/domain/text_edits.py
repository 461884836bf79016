"""Replacing stretches of a document's text and carrying every offset through the change.

Pseudonymisation (and restoring the original) is the one sanctioned change of a document's
canonical text. Codings, turns, paragraphs and rejected suggestions all point into that text
by code point, so each of them is mapped through the same edits: a position before an edit
keeps its place, one after it moves by the edit's change in length, and a boundary inside a
replaced stretch snaps to the replacement's boundary (a start to its start, an end to its
end), so a coding that covered part of a name covers the whole pseudonym."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace `start`..`end` (code points, end exclusive) of the old text with `text`."""

    start: int
    end: int
    text: str

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid edit {self.start}..{self.end}")


def check_edits(edits: Sequence[Edit], length: int) -> None:
    """Edits must be sorted, within the text and not overlap (they may touch); each
    replaces at least one character (pseudonymisation never inserts)."""
    previous = 0
    for edit in edits:
        if edit.start < previous or edit.end > length:
            raise ValueError(f"edit {edit.start}..{edit.end} overlaps or leaves the text")
        previous = edit.end


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    check_edits(edits, len(text))
    out: list[str] = []
    at = 0
    for edit in edits:
        out.append(text[at : edit.start])
        out.append(edit.text)
        at = edit.end
    out.append(text[at:])
    return "".join(out)


class OffsetMap:
    """Maps offsets of the old text to offsets of the new one, in O(log n) each."""

    def __init__(self, edits: Sequence[Edit]) -> None:
        self._starts = [e.start for e in edits]
        self._ends = [e.end for e in edits]
        # where each edit's replacement begins and ends in the new text
        self._new_starts: list[int] = []
        self._new_ends: list[int] = []
        shift = 0
        for edit in edits:
            self._new_starts.append(edit.start + shift)
            self._new_ends.append(edit.start + shift + len(edit.text))
            shift += len(edit.text) - (edit.end - edit.start)

    def start(self, position: int) -> int:
        """Where a span starting at `position` starts after the edits: inside a replaced
        stretch, at the replacement's start."""
        i = bisect_right(self._starts, position) - 1
        if i < 0:
            return position
        if position < self._ends[i]:
            return self._new_starts[i]
        return position - self._ends[i] + self._new_ends[i]

    def end(self, position: int) -> int:
        """Where a span ending at `position` ends after the edits: inside a replaced
        stretch, at the replacement's end."""
        i = bisect_right(self._starts, position - 1) - 1
        if i < 0:
            return position
        if position <= self._ends[i]:
            return self._new_ends[i]
        return position - self._ends[i] + self._new_ends[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end)
