"""Code co-occurrence: for every pair of codes, how often their segments meet.

Definitions (stated again in every result's `Definition`):

- n1, n2: the number of segments of code 1 and of code 2 in the selection;
- pairs (n12): the number of unordered pairs (a segment of code 1, a segment of code 2)
  that co-occur; two codings of the same code never form a pair;
- documents: the number of documents with at least one such pair;
- c = n12 / (n1 + n2 − n12), with n12 counted at most min(n1, n2). Without that cap one
  long segment overlapping three short ones would give c = 3; with it c stays in 0..1 and
  is 1 exactly when both codes always occur together one-to-one;
- the diagonal holds n (segments of the code), its documents and c = 1 (0 if unused).

Modes: segments *overlap* (share a character), touch the same *paragraph* or speaker
*turn*, or lie within *distance* characters (*proximity*: the characters strictly between
them, 0 when they touch or overlap). Every mode reduces to interval overlap: a segment
becomes the range of paragraph (or turn) indices it touches, or its span widened by
distance + 1, so one sweep per document (sorted by start, with a list of still-open
segments) counts all pairs in O(n log n + pairs) instead of comparing every pair.

Counting keeps no pair (a 100,000-coding project has too many to keep). The pairs behind
one cell are listed by `cooccurring_pairs`, which runs the same intervals and the same
sweep over the two codes' segments only, so a cell's list always numbers its count."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from heapq import heappop, heappush
from itertools import groupby
from operator import itemgetter
from typing import Any

from duocoder.analysis.data import (
    CODE_ID,
    END,
    START,
    Cancelled,
    CodedTuple,
    Progress,
    check_progress,
    code_and_doc,
    doc_of,
    unit_range,
)
from duocoder.analysis.definition import MODES, Definition
from duocoder.domain.errors import ValidationError
from duocoder.domain.records import Segment
from duocoder.domain.roles import Role

Spans = Sequence[tuple[int, int]]


@dataclass(frozen=True, slots=True)
class CooccurrenceResult:
    """Square matrices over `codes` (ids) / `paths`, rows and columns in that order."""

    definition: Definition
    codes: tuple[int, ...]
    paths: tuple[str, ...]
    segments: tuple[int, ...]
    counts: tuple[tuple[int, ...], ...]
    documents: tuple[tuple[int, ...], ...]
    c: tuple[tuple[float, ...], ...]

    def index(self, code: int | str) -> int:
        """The row of a code, by id or path."""
        return self.codes.index(code) if isinstance(code, int) else self.paths.index(code)

    def pairs(self, a: int | str, b: int | str) -> int:
        return self.counts[self.index(a)][self.index(b)]

    def capped(self, a: int | str, b: int | str) -> bool:
        """True when the pair count exceeds min(n1, n2), so c used the capped n12."""
        i, j = self.index(a), self.index(b)
        return i != j and self.counts[i][j] > min(self.segments[i], self.segments[j])

    def as_json(self) -> dict[str, Any]:
        return {
            "codes": list(self.paths),
            "segments": list(self.segments),
            "counts": [list(r) for r in self.counts],
            "documents": [list(r) for r in self.documents],
            "c": [[round(v, 4) for v in r] for r in self.c],
            "definition": self.definition.as_json(),
        }


@dataclass(frozen=True, slots=True)
class RoleCooccurrence:
    """One co-occurrence matrix per role, side by side, over the same codes."""

    definition: Definition
    roles: tuple[Role, ...]
    results: tuple[CooccurrenceResult, ...]

    def __getitem__(self, role: Role | str) -> CooccurrenceResult:
        return self.results[self.roles.index(Role(role))]

    def as_json(self) -> dict[str, Any]:
        return {role.value: r.as_json() for role, r in zip(self.roles, self.results, strict=True)}


def check_mode(mode: str, distance: int | None) -> int:
    """Validate the mode; returns the distance to use (0 unless proximity)."""
    if mode not in MODES:
        raise ValidationError(f"The mode must be one of {', '.join(MODES)}, not '{mode}'.")
    if mode != "proximity":
        return 0
    if distance is None or not isinstance(distance, int) or distance < 0:
        raise ValidationError("Proximity needs a distance of 0 or more characters.")
    return distance


def _intervals(
    segments: Sequence[CodedTuple],
    rows: Iterable[int],
    mode: str,
    distance: int,
    units: Spans | None,
) -> list[tuple[int, int, int]]:
    """(from, to, row) per segment, in the mode's coordinates, sorted by `from`; `rows`
    gives each segment's row (its code's, when counting; its own, when listing pairs). A
    segment that touches no paragraph (or turn) gets no interval: it meets nothing."""
    out: list[tuple[int, int, int]] = []
    if mode in ("paragraph", "turn"):
        if not units:
            # a document without paragraphs (or without recognised turns) is one unit
            out = [(0, 1, r) for r in rows]
        else:
            starts = [u[0] for u in units]
            ends = [u[1] for u in units]
            for s, r in zip(segments, rows, strict=True):
                a, b = unit_range(s[START], s[END], starts, ends)
                if a < b:
                    out.append((a, b, r))
    else:
        widen = distance + 1 if mode == "proximity" else 0
        out = [(s[START], s[END] + widen, r) for s, r in zip(segments, rows, strict=True)]
    out.sort()
    return out


_code_of = itemgetter(CODE_ID)


def count_cooccurrence(
    segments: Sequence[CodedTuple],
    codes: Sequence[int],
    *,
    mode: str = "overlap",
    distance: int | None = None,
    units: Mapping[int, Spans] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> tuple[list[int], list[list[int]], list[list[int]]]:
    """Count (n per code, pairs, documents) over already selected segments.

    `units` maps a document to its paragraphs or turns (sorted, disjoint) for those modes.
    Segments of codes not in `codes` are ignored."""
    distance = check_mode(mode, distance)
    k = len(codes)
    row = {code: i for i, code in enumerate(codes)}
    by_doc: dict[int, list[CodedTuple]] = {}
    for doc, run in groupby(segments, key=doc_of):  # runs of one document
        by_doc.setdefault(doc, []).extend(s for s in run if s[CODE_ID] in row)
    spans = units or {}
    if mode in ("overlap", "proximity") and sum(map(len, by_doc.values())) >= ARRAY_SWEEP:
        widen = distance + 1 if mode == "proximity" else 0
        pairs, docs = _array_sweep(by_doc, row, k, widen, progress, cancelled)
    else:
        every: list[int] = []  # the key of every co-occurring pair
        per_doc: list[int] = []  # the keys of each document's pairs, once per document
        total = len(by_doc)
        for step, (doc, segs) in enumerate(by_doc.items()):
            if step % 16 == 0:
                check_progress(step, total, "", progress, cancelled)
            rows = map(row.__getitem__, map(_code_of, segs))  # lazily, in C
            keys = _pair_keys(_intervals(segs, rows, mode, distance, spans.get(doc)), k)
            every += keys
            per_doc += set(keys)
        pairs, docs = Counter(every), Counter(per_doc)  # counting in C, not key by key
    kept = [s for segs in by_doc.values() for s in segs]
    per_code = Counter(map(_code_of, kept))
    docs_per_code = Counter(map(itemgetter(0), set(map(code_and_doc, kept))))
    n = [per_code[code] for code in codes]
    doc_codes = [docs_per_code[code] for code in codes]
    count_m = [[0] * k for _ in range(k)]
    doc_m = [[0] * k for _ in range(k)]
    for key, v in pairs.items():
        i, j = divmod(key, k)
        count_m[i][j] = count_m[j][i] = v
        doc_m[i][j] = doc_m[j][i] = docs[key]
    for i in range(k):
        count_m[i][i] = n[i]
        doc_m[i][i] = doc_codes[i]
    return n, count_m, doc_m


ARRAY_SWEEP = 50_000
"""From this many segments on, overlap and proximity are counted with arrays
(`_array_sweep`): 1,000,000 codings meet in some 10,000,000 pairs, which the sweep below
visits one by one in Python (seconds); the arrays find the same pairs at once."""
_PAIRS_PER_CHUNK = 4_000_000  # pairs made at once: memory stays near 200 MB
_MARKS_PER_CHUNK = 20_000_000  # and (document, pair of codes) flags, 20 MB


def _array_sweep(
    by_doc: Mapping[int, Sequence[CodedTuple]],
    row: Mapping[int, int],
    k: int,
    widen: int,
    progress: Progress | None,
    cancelled: Cancelled | None,
) -> tuple[Counter[int], Counter[int]]:
    """The pairs of `_pair_keys` over every document at once, as (pairs, documents) per
    key. All intervals are laid on one line, each document after the previous one's end,
    and sorted by start: a segment meets exactly the segments after it that start before
    it ends (`searchsorted`), so each one's partners are a range of the sorted order and
    every pair can be made with array arithmetic."""
    import numpy as np

    segs = [s for run in by_doc.values() for s in run]
    count = len(segs)
    if not count:
        return Counter(), Counter()
    doc_no = np.repeat(np.arange(len(by_doc), dtype=np.int64), [len(r) for r in by_doc.values()])
    # each column read in C (map and itemgetter), not by a generator value by value
    start = np.fromiter(map(itemgetter(START), segs), np.int64, count)
    end = np.fromiter(map(itemgetter(END), segs), np.int64, count) + widen
    code_ids = np.fromiter(map(_code_of, segs), np.int64, count)
    lookup = np.zeros(int(code_ids.max()) + 1, dtype=np.int64)
    lookup[list(row)] = list(row.values())  # a code's id -> its row (every segment's is there)
    rows = lookup[code_ids]
    offset = doc_no * (int(end.max()) + 1)  # each document on a stretch of its own
    order = np.lexsort((rows, end, start, offset))
    start, end = (start + offset)[order], (end + offset)[order]
    rows, doc_no = rows[order], doc_no[order]
    # segment j meets the segments j+1 .. stop[j]-1: those that start before it ends
    stop = np.searchsorted(start, end, side="left")
    partners = np.maximum(stop - np.arange(count) - 1, 0)
    kk = k * k
    pairs = np.zeros(kk, dtype=np.int64)
    in_docs = np.zeros(kk, dtype=np.int64)
    cumulative = np.cumsum(partners)
    most_docs = max(1, _MARKS_PER_CHUNK // kk)  # documents × keys marked at once
    first = 0
    while first < count:
        check_progress(first, count, "", progress, cancelled)
        # whole documents only, so that a document's pairs are all in one chunk
        base = int(cumulative[first - 1]) if first else 0
        last = int(np.searchsorted(cumulative, base + _PAIRS_PER_CHUNK, side="right"))
        last = min(max(last, first + 1), count)
        last = int(np.searchsorted(doc_no, doc_no[last - 1], side="right"))
        last = min(last, max(int(np.searchsorted(doc_no, doc_no[first] + most_docs)), first + 1))
        last = int(np.searchsorted(doc_no, doc_no[last - 1], side="right"))
        chunk = partners[first:last]
        total = int(chunk.sum())
        if total:
            j = np.repeat(np.arange(first, last, dtype=np.int64), chunk)
            begins = np.repeat(np.cumsum(chunk) - chunk, chunk)
            i = j + 1 + (np.arange(total, dtype=np.int64) - begins)
            a, b = rows[j], rows[i]
            keep = a != b  # two codings of one code are no pair
            a, b = a[keep], b[keep]
            keys = np.minimum(a, b) * k + np.maximum(a, b)
            pairs += np.bincount(keys, minlength=kk)
            d = doc_no[j][keep] - doc_no[first]
            marks = np.zeros(int(doc_no[last - 1] - doc_no[first] + 1) * kk, dtype=np.bool_)
            marks[d * kk + keys] = True  # each document's keys, once
            in_docs += marks.reshape(-1, kk).sum(axis=0)
        first = last
    found = np.nonzero(pairs)[0]
    return (
        Counter({int(key): int(pairs[key]) for key in found}),
        Counter({int(key): int(in_docs[key]) for key in found}),
    )


def _pair_keys(items: list[tuple[int, int, int]], k: int) -> list[int]:
    """The sweep: `items` are (from, to, row) sorted by `from`; a heap holds the segments
    still open (by `to`), so each new segment meets exactly those it overlaps. A pair of
    rows i < j is the key i * k + j; pairs within one row are not pairs."""
    keys: list[int] = []
    append = keys.append
    open_: list[tuple[int, int, int]] = []  # (to, row, row * k)
    for a, b, r in items:
        while open_ and open_[0][0] <= a:
            heappop(open_)
        rk = r * k
        for _, r2, r2k in open_:
            if r2 != r:
                append(rk + r2 if r < r2 else r2k + r)
        heappush(open_, (b, r, rk))
    return keys


def cooccurring_pairs(
    segments: Sequence[CodedTuple],
    code_a: int,
    code_b: int,
    *,
    mode: str = "overlap",
    distance: int | None = None,
    units: Mapping[int, Spans] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> list[tuple[CodedTuple, CodedTuple]]:
    """The pairs (a segment of `code_a`, a segment of `code_b`) that `count_cooccurrence`
    counts in that cell, over the same already selected segments: as many as the cell
    says. On the diagonal (`code_a == code_b`) the cell holds n, so each of the code's
    segments is listed once, paired with itself.

    Ordered by document (as they first occur in `segments`), then by the pair's earlier
    segment and its later one in the order of `segments`. The sweep is the counting one
    with every segment as its own row: its keys then name two segments, and pairs of two
    segments of the same code are dropped as counting drops them."""
    distance = check_mode(mode, distance)
    wanted = (code_a, code_b)
    by_doc: dict[int, list[CodedTuple]] = {}
    for doc, run in groupby(segments, key=doc_of):
        by_doc.setdefault(doc, []).extend(s for s in run if s[CODE_ID] in wanted)
    spans = units or {}
    pairs: list[tuple[CodedTuple, CodedTuple]] = []
    total = len(by_doc)
    for step, (doc, segs) in enumerate(by_doc.items()):
        if step % 16 == 0:
            check_progress(step, total, "", progress, cancelled)
        if code_a == code_b:
            pairs += [(s, s) for s in segs]
            continue
        n = len(segs)
        intervals = _intervals(segs, range(n), mode, distance, spans.get(doc))
        for key in sorted(_pair_keys(intervals, n)):  # i * n + j, i < j: input order
            first, second = segs[key // n], segs[key % n]
            if first[CODE_ID] != second[CODE_ID]:
                pairs.append((first, second) if first[CODE_ID] == code_a else (second, first))
    return pairs


@dataclass(frozen=True, slots=True)
class CooccurringPair:
    """A segment of code a and one of code b that co-occur, with their words, to be read
    side by side (on the diagonal, one segment twice)."""

    a: Segment
    b: Segment

    @property
    def doc_id(self) -> int:
        return self.a.doc_id

    @property
    def document(self) -> str:
        return self.a.doc

    @property
    def role(self) -> Role:
        return self.a.role

    @property
    def span(self) -> tuple[int, int]:
        """Both passages, for showing them together in the transcript."""
        return min(self.a.start, self.b.start), max(self.a.end, self.b.end)

    def as_json(self) -> dict[str, Any]:
        def side(s: Segment) -> dict[str, Any]:
            return {"code": s.code, "start": s.start, "end": s.end, "text": s.text}

        return {
            "document": self.document,
            "role": self.role.value,
            "a": side(self.a),
            "b": side(self.b),
        }


def c_coefficient(n1: int, n2: int, n12: int) -> float:
    """n12 / (n1 + n2 − n12) with n12 capped at min(n1, n2); 0 when neither code occurs."""
    n12 = min(n12, n1, n2)
    denominator = n1 + n2 - n12
    return n12 / denominator if denominator > 0 else 0.0


def cooccurrence(
    segments: Sequence[CodedTuple],
    codes: Sequence[int],
    paths: Sequence[str],
    definition: Definition,
    *,
    units: Mapping[int, Spans] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CooccurrenceResult:
    """The co-occurrence result of selected segments, in the definition's mode."""
    n, counts, docs = count_cooccurrence(
        segments,
        codes,
        mode=definition.mode or "overlap",
        distance=definition.distance,
        units=units,
        progress=progress,
        cancelled=cancelled,
    )
    k = len(codes)
    c = [
        [
            (1.0 if n[i] else 0.0) if i == j else c_coefficient(n[i], n[j], counts[i][j])
            for j in range(k)
        ]
        for i in range(k)
    ]
    return CooccurrenceResult(
        definition=definition,
        codes=tuple(codes),
        paths=tuple(paths),
        segments=tuple(n),
        counts=tuple(map(tuple, counts)),
        documents=tuple(map(tuple, docs)),
        c=tuple(map(tuple, c)),
    )
