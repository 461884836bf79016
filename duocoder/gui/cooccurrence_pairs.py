"""The pairs behind one cell of a co-occurrence matrix, to read them in the transcript.

The core counts pairs without keeping them (keeping every pair of a 100,000-coding
project would cost more than counting). When the researcher clicks a cell, only the two
codes' segments are read again, with the same filters, and each pair is tested by the
core's own rule (`duocoder.analysis.cooccurrence`): a segment becomes an interval — its
span, its span widened by distance + 1 (proximity), or the range of paragraphs or turns it
touches — and two intervals meet when, sorted, the second starts before the first ends. A
document without paragraphs (or turns) is one unit. The tests check that the pairs listed
here number exactly what the cell shows, in every mode."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from duocoder.analysis.data import Selection, select_segments, unit_range
from duocoder.app.project import Project
from duocoder.domain.records import Segment

Interval = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Pair:
    """A segment of the row's code and one of the column's code that co-occur."""

    first: Segment
    second: Segment

    @property
    def span(self) -> tuple[int, int]:
        """Both passages, for showing them together in the transcript."""
        return min(self.first.start, self.second.start), max(self.first.end, self.second.end)


def selected_segments(
    project: Project, codes: Sequence[int], filters: dict[str, Any]
) -> list[Segment]:
    """The codes' segments the analysis counted: the same documents, coders and (unless
    interviewer turns count) without segments lying only in the interviewer's turns."""
    segments = project.segments(
        list(dict.fromkeys(codes)),
        roles=filters.get("roles"),
        cases=filters.get("cases"),
        duos=filters.get("duos"),
        coders=filters.get("coders"),
        documents=filters.get("documents"),
    )
    if filters.get("include_interviewer") or not segments:
        return segments
    doc_ids = list(dict.fromkeys(s.doc_id for s in segments))
    docs = {d.id: d for d in project.documents() if d.id in doc_ids}
    turns = {
        doc: sorted((t.start, t.end, t.interviewer, t.label_start) for t in project.turns(doc))
        for doc in doc_ids
    }
    rows = [(s.id, s.doc_id, s.code_id, s.start, s.end, None) for s in segments]
    kept = {r[0] for r in select_segments(rows, docs, Selection(), turns)}
    return [s for s in segments if s.id in kept]


def _interval_maker(
    project: Project, mode: str, distance: int
) -> Callable[[Segment], Interval | None]:
    """The interval of a segment in the mode's coordinates (None: it touches no unit)."""
    if mode in ("overlap", "proximity"):
        widen = distance + 1 if mode == "proximity" else 0
        return lambda s: (s.start, s.end + widen)
    units: dict[int, tuple[list[int], list[int]]] = {}

    def interval(s: Segment) -> Interval | None:
        if s.doc_id not in units:
            if mode == "paragraph":
                spans = sorted((p.start, p.end) for p in project.paragraphs(s.doc_id))
            else:
                spans = sorted((t.start, t.end) for t in project.turns(s.doc_id))
            units[s.doc_id] = ([u[0] for u in spans], [u[1] for u in spans])
        starts, ends = units[s.doc_id]
        if not starts:
            return (0, 1)
        a, b = unit_range(s.start, s.end, starts, ends)
        return (a, b) if a < b else None

    return interval


def meet(x: Interval, y: Interval) -> bool:
    """The sweep's test: in start order, the later interval starts before the earlier ends."""
    first, second = sorted((x, y))
    return second[0] < first[1]


def cooccurring_pairs(
    project: Project,
    row: int,
    column: int,
    *,
    mode: str,
    distance: int,
    filters: dict[str, Any],
) -> list[Pair]:
    """The co-occurring pairs of code `row` and code `column` (ids) under `filters`, in
    document order. For the diagonal (one code), each of its segments is its own pair."""
    segments = selected_segments(project, [row, column], filters)
    if row == column:
        return [Pair(s, s) for s in segments]
    interval = _interval_maker(project, mode, distance)
    by_doc: dict[int, tuple[list[tuple[Segment, Interval]], list[tuple[Segment, Interval]]]] = {}
    for s in segments:
        span = interval(s)
        if span is not None:
            by_doc.setdefault(s.doc_id, ([], []))[0 if s.code_id == row else 1].append((s, span))
    pairs = []
    for ones, others in by_doc.values():
        for a, ia in ones:
            pairs += [Pair(a, b) for b, ib in others if meet(ia, ib)]
    order = {s.id: i for i, s in enumerate(segments)}
    pairs.sort(key=lambda p: (min(order[p.first.id], order[p.second.id]), order[p.second.id]))
    return pairs
