"""Pure geometry of codings in a text: overlap pieces for highlighting and bracket columns.

Both work from one sort of the boundaries, so a transcript with thousands of codings is
formatted in a single sweep instead of one pass per coding."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch where the same codings are active; `keys` are indices into the input."""

    start: int
    end: int
    keys: tuple[int, ...]


def sweep(spans: Sequence[tuple[int, int]]) -> list[Piece]:
    """Split overlapping spans into maximal pieces with a constant set of active spans."""
    events: list[tuple[int, int, int]] = []  # (position, +1 open / -1 close, key)
    for key, (a, b) in enumerate(spans):
        if a < b:
            events.append((a, 1, key))
            events.append((b, -1, key))
    events.sort(key=lambda e: (e[0], e[1]))
    pieces: list[Piece] = []
    active: dict[int, None] = {}  # insertion-ordered set: earlier-opened codings first
    last = None
    for pos, kind, key in events:
        if last is not None and pos > last and active:
            pieces.append(Piece(last, pos, tuple(active)))
        last = pos
        if kind == 1:
            active[key] = None
        else:
            active.pop(key, None)
    return pieces


def columns(spans: Sequence[tuple[int, int]]) -> tuple[list[int], int]:
    """Greedy interval colouring: a column per span so overlapping spans never share one.
    Returns the column of each span and the number of columns used."""
    order = sorted(range(len(spans)), key=lambda k: (spans[k][0], -spans[k][1]))
    result = [0] * len(spans)
    busy: list[tuple[int, int]] = []  # (end, column) of spans still open
    free: list[int] = []
    used = 0
    for k in order:
        start, end = spans[k]
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            col = heapq.heappop(free)
        else:
            col, used = used, used + 1
        result[k] = col
        heapq.heappush(busy, (end, col))
    return result, used
