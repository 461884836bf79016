"""Brute-force answers to the analysis questions, written independently of the code under
test: plain pairwise loops straight from the definitions in the docstrings, no sorting,
no sweeping, no bisection. Slow and obviously right on the small data the tests use."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from duocoder.domain.roles import Role


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def keeps(seg: Any, doc: Any, sel: dict[str, Any], turns: Sequence[Any]) -> bool:
    """Does the selection keep this segment? `sel` holds the filters as sets (or None)."""
    for key, value in (
        ("roles", doc.role),
        ("cases", doc.case),
        ("duos", doc.duo),
        ("documents", doc.id),
        ("codes", seg.code_id),
        ("coders", seg.coder),
    ):
        if sel.get(key) is not None and value not in sel[key]:
            return False
    if sel.get("include_interviewer"):
        return True
    touched = [t for t in turns if overlaps(seg.start, seg.end, t.start, t.end)]
    interviewer_only = bool(touched) and all(t.interviewer for t in touched)
    return not interviewer_only


def cooccur(a: Any, b: Any, mode: str, distance: int, units: Sequence[tuple[int, int]]) -> bool:
    if mode == "overlap":
        return overlaps(a.start, a.end, b.start, b.end)
    if mode == "proximity":
        gap = max(0, b.start - a.end, a.start - b.end)
        return gap <= distance
    if not units:  # a document without paragraphs / turns is one unit
        return True
    return any(
        overlaps(a.start, a.end, u0, u1) and overlaps(b.start, b.end, u0, u1) for u0, u1 in units
    )


def cooccurrence(
    segments: Sequence[Any],
    codes: Sequence[int],
    mode: str,
    distance: int,
    units: Mapping[int, Sequence[tuple[int, int]]],
) -> tuple[list[int], list[list[int]], list[list[int]], list[list[float]]]:
    k = len(codes)
    segs = [s for s in segments if s.code_id in codes]
    n = [sum(1 for s in segs if s.code_id == c) for c in codes]
    pairs = [[0] * k for _ in range(k)]
    docs: list[list[set[int]]] = [[set() for _ in range(k)] for _ in range(k)]
    for i in range(len(segs)):
        for j in range(len(segs)):
            a, b = segs[i], segs[j]
            if i >= j or a.doc_id != b.doc_id or a.code_id == b.code_id:
                continue
            if cooccur(a, b, mode, distance, units.get(a.doc_id, ())):
                x, y = codes.index(a.code_id), codes.index(b.code_id)
                pairs[x][y] += 1
                pairs[y][x] += 1
                docs[x][y].add(a.doc_id)
                docs[y][x].add(a.doc_id)
    doc_counts = [[len(d) for d in row] for row in docs]
    c = [[0.0] * k for _ in range(k)]
    for x in range(k):
        pairs[x][x] = n[x]
        doc_counts[x][x] = len({s.doc_id for s in segs if s.code_id == codes[x]})
        for y in range(k):
            if x == y:
                c[x][y] = 1.0 if n[x] else 0.0
            else:
                n12 = min(pairs[x][y], n[x], n[y])
                c[x][y] = n12 / (n[x] + n[y] - n12) if n[x] + n[y] else 0.0
    return n, pairs, doc_counts, c


def pairs(
    segments: Sequence[Any],
    a: int,
    b: int,
    mode: str,
    distance: int,
    units: Mapping[int, Sequence[tuple[int, int]]],
) -> list[tuple[int, int]]:
    """(id of code a's segment, id of code b's segment) for every pair that co-occurs; for
    one code, each of its segments with itself (the diagonal holds n)."""
    if a == b:
        return [(s.id, s.id) for s in segments if s.code_id == a]
    return [
        (x.id, y.id)
        for x in segments
        for y in segments
        if x.code_id == a
        and y.code_id == b
        and x.doc_id == y.doc_id
        and cooccur(x, y, mode, distance, units.get(x.doc_id, ()))
    ]


def matrix(
    segments: Sequence[Any],
    docs: Sequence[Any],
    codes: Sequence[int],
    members: Mapping[int, set[int]],
    column_of: Any,
) -> tuple[dict[tuple[int, Any], int], dict[tuple[int, Any], int]]:
    """(code, column) → segments, documents; `members[code]` are the ids its row counts."""
    doc_by_id = {d.id: d for d in docs}
    seg_cells: dict[tuple[int, Any], int] = {}
    doc_cells: dict[tuple[int, Any], int] = {}
    columns = {column_of(d) for d in docs}
    for code in codes:
        for col in columns:
            hits = [
                s
                for s in segments
                if s.code_id in members[code]
                and s.doc_id in doc_by_id
                and column_of(doc_by_id[s.doc_id]) == col
            ]
            seg_cells[(code, col)] = len(hits)
            doc_cells[(code, col)] = len({s.doc_id for s in hits})
    return seg_cells, doc_cells


def duo_matrix(
    segments: Sequence[Any], docs: Sequence[Any], codes: Sequence[int]
) -> list[list[int]]:
    """For each code pair: duos (case, name) with both accounts where the participant's
    carries x and the volunteer's y."""
    duos: dict[tuple[Any, Any], dict[Role, set[int]]] = {}
    for d in docs:
        if d.duo is not None and d.role in (Role.PARTICIPANT, Role.VOLUNTEER):
            duos.setdefault((d.case, d.duo), {}).setdefault(d.role, set()).add(d.id)
    out = [[0] * len(codes) for _ in codes]
    for sides in duos.values():
        if len(sides) < 2:
            continue
        for i, x in enumerate(codes):
            for j, y in enumerate(codes):
                p = any(s.doc_id in sides[Role.PARTICIPANT] and s.code_id == x for s in segments)
                v = any(s.doc_id in sides[Role.VOLUNTEER] and s.code_id == y for s in segments)
                out[i][j] += p and v
    return out
