"""Agreement on the character continuum, for coders who chose their own segment boundaries:
Krippendorff's αᵤ family and a segment-overlap agreement (as MAXQDA's).

**The continuum.** The documents under study are laid end to end as one continuum of
L = Σ lengths characters (Krippendorff et al. 2016 treat one continuum; a document boundary
is always a segment boundary, so no unit runs from one document into the next). Each coder
i of the m coders partitions it into *segments*: the maximal runs of characters, inside one
document, to which that coder gave the same value. A segment with a value is a *unit*; a
segment without one (nothing coded) is a *gap* (∅).

**Observed coincidences** (Krippendorff, Mathet, Bouvry & Widlöcher 2016, "On the
reliability of unitizing textual continua: further developments", Quality & Quantity 50,
2347–2364, eq. 1): with |g ∩ h| the characters two segments share,

    o_ck = Σ_i Σ_{j≠i} Σ_{g of i valued c} Σ_{h of j valued k} |g ∩ h| / (m − 1),

so l_c = Σ_k o_ck is the number of characters the coders together gave value c and
l.. = m·L.

**Expected coincidences** (ibid., eq. 4): ℓ_ig is the length of segment g of coder i, and
a gap is counted as ℓ (any of its characters may pair with any other), a unit as ℓ²:

    e_ck = l.. · (l_c·l_k − [c = k]·Σ_{i,g valued c} s_ig) / (l..² − Σ_{i,g} s_ig),
    s_ig = ℓ_ig² for a unit, ℓ_ig for a gap.

**uα** (ibid., eq. 5, nominal): uα = 1 − (l.. − Σ_c o_cc) / (l.. − Σ_c e_cc).

**|uα** (ibid., §5.2, the "binary" member: relevant matter against gaps, values merged).
On a continuum with only one value it is uα itself; ATLAS.ti reports it per code as
"α-binary".

**cuα** (ibid., eqs. 10–11: the coding of the matter two coders both found relevant, gaps
left out). With n_c = Σ_{k≠∅} o_ck, n.. = Σ_{c≠∅} n_c and x_ijg the characters of coder
i's unit g that coder j also coded (any value),

    ε_ck = (n_c·n_k − [c = k]·Σ_i Σ_{j≠i} Σ_{g valued c} x_ijg² / (m − 1))
           / (n.. − Σ_i Σ_{j≠i} Σ_g x_ijg² / ((m − 1)·n..)),
    cuα = 1 − (n.. − Σ_{c≠∅} o_cc) / (n.. − Σ_{c≠∅} ε_cc).

(For two coders every reading of this correction is the same. For three or more, where the
other coders cover a unit unequally, an implementation after Krippendorff 2019 §12.6.5
squares the characters covered by *any* other coder instead of averaging the squares over
the other coders as here; we follow the pairwise form, in line with o_ck's pairwise sums.)

**What DuoCoder reports** (ATLAS.ti's naming, codes in the role of its semantic domain's
codes). A coder may give one character several codes, which one variable cannot hold, so:

- `cu_alpha[path]`, per code: |uα of that code's own continuum (a character has the code or
  not) — ATLAS.ti's per-code α-binary: do the coders find the same stretches for the code?
- `u_alpha`, all codes as one variable: uα where a character's value is the *set* of codes
  the coder gave it (an overlap of two codes is a value of its own): boundaries and codes
  together.
- `Cu_alpha`, over all codes: cuα of that same variable — ATLAS.ti's Cu-α: given matter both
  coders coded, do they give it the same codes?

A figure is None with a reason key (`REASONS`): "no_segments" when no coder coded anything
(with that code), "too_few_units" when fewer than two coders are compared or, for Cu_alpha,
no coded character of one coder is coded by another, "no_variation" when the expected
disagreement is zero (every coder coded everything alike, so chance and skill look the
same).

**Segment agreement** (MAXQDA's "segment overlap" rule): for every ordered pair of coders
(A, B) and every code, a segment of A agrees when B has a segment of the same code in the
same document whose overlap is at least `threshold` of the *union* of the two segments'
extent (MAXQDA relates the overlap to the area both segments cover together), i.e.
|a ∩ b| ≥ threshold · |a ∪ b|. percent = agreeing / segments over both directions and all
coder pairs; a coder's codings count as they were made (not merged).

Everything is interval arithmetic in numpy (no loop over characters): the unit counts
of the bench project (3 coders × 200 documents of 45,000 characters, 30,000 codings each)
take a fraction of a second."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from duocoder.analysis.agreement_result import SegmentAgreement, UnitizedAgreement

Spans = Mapping[tuple[int, str], Sequence[tuple[int, int, int]]]

_EPS = 1e-9
_I64 = np.int64


@dataclass(frozen=True)
class _Continuum:
    """The documents laid end to end: `starts[d]` is where document `docs[d]` begins."""

    docs: dict[int, int]  # document id → its offset on the continuum
    starts: np.ndarray  # offsets of the documents, ascending (int64)
    length: int  # L


def _continuum(lengths: Mapping[int, int]) -> _Continuum:
    docs: dict[int, int] = {}
    offset = 0
    starts = []
    for doc in sorted(lengths):
        docs[doc] = offset
        starts.append(offset)
        offset += max(int(lengths[doc]), 0)
    return _Continuum(docs, np.asarray(starts, dtype=_I64), offset)


def _codings(
    spans: Spans,
    coder: str,
    cont: _Continuum,
    lengths: Mapping[int, int],
    index: Mapping[int, int],
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One coder's codings of the codes under study as (code index, start, end) on the
    continuum, clipped to their document; empty ones dropped."""
    known = np.asarray(sorted(index), dtype=_I64)
    position = np.asarray([index[c] for c in sorted(index)], dtype=_I64)
    parts: list[np.ndarray] = []
    for (doc, who), rows in spans.items():
        if who != coder or doc not in cont.docs or not rows or known.size == 0:
            continue
        table = np.asarray(rows, dtype=_I64).reshape(-1, 3)
        at = np.minimum(np.searchsorted(known, table[:, 0]), known.size - 1)
        s = np.maximum(table[:, 1], 0)
        e = np.minimum(table[:, 2], int(lengths[doc]))
        keep = (known[at] == table[:, 0]) & (s < e)
        offset = cont.docs[doc]
        parts.append(np.stack([position[at[keep]], s[keep] + offset, e[keep] + offset]))
    if not parts:
        empty = np.zeros(0, dtype=_I64)
        return empty, empty.copy(), empty.copy()
    joined = np.concatenate(parts, axis=1)
    return joined[0], joined[1], joined[2]


def _at_doc_start(positions: np.ndarray, cont: _Continuum) -> np.ndarray:
    """Which positions on the continuum are where a document begins."""
    if cont.starts.size == 0:
        return np.zeros(positions.size, dtype=bool)
    at = np.minimum(np.searchsorted(cont.starts, positions), cont.starts.size - 1)
    return np.asarray(cont.starts[at] == positions)


def _merge(
    code: np.ndarray, start: np.ndarray, end: np.ndarray, cont: _Continuum
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A coder's units per code: codings of one code that overlap or touch inside a document
    are one unit (the maximal runs of "has the code"); sorted by code, then start."""
    if code.size == 0:
        return code, start, end
    span = cont.length + 1  # code-major keys keep the codes apart on one axis
    order = np.lexsort((start, code))
    c, s, e = code[order], start[order], end[order]
    ks, ke = c * span + s, c * span + e
    reach = np.maximum.accumulate(ke)
    new = np.ones(c.size, dtype=bool)
    prev = reach[:-1]
    at_doc_start = _at_doc_start(s[1:], cont)
    new[1:] = (ks[1:] > prev) | ((ks[1:] == prev) & at_doc_start)
    first = np.flatnonzero(new)
    return c[first], s[first], np.maximum.reduceat(ke, first) - c[first] * span


def _shared(
    a: tuple[np.ndarray, np.ndarray, np.ndarray],
    b: tuple[np.ndarray, np.ndarray, np.ndarray],
    codes: int,
    length: int,
) -> np.ndarray:
    """Characters both coders gave each code: |U_a ∩ U_b| per code index (units of one coder
    and one code are disjoint, so coverage 2 means both)."""
    span = length + 1
    pos = np.concatenate(
        [a[0] * span + a[1], a[0] * span + a[2], b[0] * span + b[1], b[0] * span + b[2]]
    )
    step = np.concatenate(
        [np.ones(a[0].size), -np.ones(a[0].size), np.ones(b[0].size), -np.ones(b[0].size)]
    ).astype(_I64)
    if pos.size == 0:
        return np.zeros(codes)
    order = np.argsort(pos, kind="stable")
    pos, step = pos[order], step[order]
    cover = np.cumsum(step)[:-1]
    width = np.diff(pos)
    both = cover == 2
    return np.bincount(
        (pos[:-1][both] // span), weights=width[both].astype(np.float64), minlength=codes
    )[:codes]


def _alpha(observed_agreeing: float, total: float, expected_agreeing: float) -> float | None:
    """1 − Dₒ/Dₑ from the coincidence diagonals; None when Dₑ is (numerically) zero."""
    d_e = total - expected_agreeing
    if d_e <= _EPS * max(total, 1.0):
        return None
    return float(1.0 - (total - observed_agreeing) / d_e)


def _binary_alphas(
    units: list[tuple[np.ndarray, np.ndarray, np.ndarray]], codes: int, length: int
) -> tuple[np.ndarray, np.ndarray]:
    """|uα of each code's own continuum (value "has the code" against gaps), as an array of
    values (NaN where undefined) and the characters coded per code (0 → no segments)."""
    m = len(units)
    total = float(m * length)
    coded = np.zeros(codes)
    squares = np.zeros(codes)
    per_coder = []
    for c, s, e in units:
        size = (e - s).astype(np.float64)
        u = np.bincount(c, weights=size, minlength=codes)
        per_coder.append(u)
        coded += u
        squares += np.bincount(c, weights=size * size, minlength=codes)
    both = np.zeros(codes)  # Σ_{i≠j} |U_i ∩ U_j|
    neither = np.zeros(codes)  # Σ_{i≠j} |G_i ∩ G_j|
    for i in range(m):
        for j in range(i + 1, m):
            shared = _shared(units[i], units[j], codes, length)
            both += 2 * shared
            neither += 2 * (length - per_coder[i] - per_coder[j] + shared)
    o_diag = (both + neither) / (m - 1)
    gaps = total - coded
    # gaps count ℓ (not ℓ²) in the expected coincidences: Σ over gaps of ℓ = gap length
    denominator = total * total - squares - gaps
    e_diag = total * ((coded * coded - squares) + (gaps * gaps - gaps)) / denominator
    d_e = total - e_diag
    with np.errstate(divide="ignore", invalid="ignore"):
        alpha = np.where(d_e > _EPS * total, 1.0 - (total - o_diag) / d_e, np.nan)
    return alpha, coded


def _values(
    units: list[tuple[np.ndarray, np.ndarray, np.ndarray]], codes: int, cont: _Continuum
) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
    """The elementary intervals (between any two boundaries of any coder or document) and
    each coder's value on each: the set of codes given there, as one id per distinct set.
    Returns (interval lengths, value ids [m, T], document-start flags, id of the empty set)."""
    bounds = [cont.starts, np.asarray([cont.length], dtype=_I64)]
    for _, s, e in units:
        bounds += [s, e]
    edges = np.unique(np.concatenate(bounds))
    widths = np.diff(edges).astype(np.float64)
    t = widths.size
    words = max(1, (codes + 63) // 64)
    masks = np.zeros((len(units), t, words), dtype=np.uint64)
    for i, (c, s, e) in enumerate(units):
        # units of one code are disjoint, so adding the code's bit where a unit starts and
        # taking it away where it ends gives, summed, exactly the set of codes (no carries)
        bit = np.left_shift(np.uint64(1), (c % 64).astype(np.uint64))
        word = c // 64
        step = np.zeros((t + 1, words), dtype=np.uint64)
        np.add.at(step, (np.searchsorted(edges, s), word), bit)
        np.add.at(step, (np.searchsorted(edges, e), word), np.uint64(0) - bit)
        masks[i] = np.cumsum(step, axis=0, dtype=np.uint64)[:t]
    flat = masks.reshape(-1, words)
    # number the distinct sets word by word (a 1-D unique per word is far quicker than a
    # row-wise unique): the id of the rows so far combined with the next word's id
    _, inverse = np.unique(flat[:, 0], return_inverse=True)
    inverse = inverse.reshape(-1).astype(_I64)
    for w in range(1, words):
        _, word_id = np.unique(flat[:, w], return_inverse=True)
        word_id = word_id.reshape(-1).astype(_I64)
        _, inverse = np.unique(inverse * (int(word_id.max()) + 1) + word_id, return_inverse=True)
        inverse = inverse.reshape(-1)
    ids = inverse.reshape(len(units), t)
    empty = np.flatnonzero(~flat.any(axis=1))
    gap = int(inverse[empty[0]]) if empty.size else -1
    doc_start = _at_doc_start(edges[:-1], cont)
    return widths, ids, doc_start, gap


def _combined(
    units: list[tuple[np.ndarray, np.ndarray, np.ndarray]], codes: int, cont: _Continuum
) -> tuple[float | None, str | None, float | None, str | None]:
    """uα and cuα of the variable "set of codes a coder gave the character", with reasons."""
    m, length = len(units), cont.length
    widths, ids, doc_start, gap = _values(units, codes, cont)
    kinds = int(ids.max()) + 1 if ids.size else 1
    total = float(m * length)
    margins = np.zeros(kinds)
    squares = np.zeros(kinds)
    segments = []
    for i in range(m):
        v = ids[i]
        new = doc_start.copy()
        new[0] = True
        new[1:] |= v[1:] != v[:-1]
        seg = np.cumsum(new) - 1
        seg_len = np.bincount(seg, weights=widths)
        seg_val = v[new]
        segments.append((seg, seg_val))
        margins += np.bincount(v, weights=widths, minlength=kinds)
        squares += np.bincount(
            seg_val,
            weights=np.where(seg_val == gap, seg_len, seg_len * seg_len),
            minlength=kinds,
        )
    if not np.any(margins[np.arange(kinds) != gap] > 0):
        return None, "no_segments", None, "no_segments"
    agreeing = 0.0
    n_c = np.zeros(kinds)
    cu_agreeing = 0.0
    x_squares = np.zeros(kinds)
    for i in range(m):
        for j in range(m):
            if i == j:
                continue
            same = ids[i] == ids[j]
            agreeing += float(widths[same].sum())
            w = widths * ((ids[i] != gap) & (ids[j] != gap))
            n_c += np.bincount(ids[i], weights=w, minlength=kinds)
            cu_agreeing += float(w[same].sum())
            seg, seg_val = segments[i]
            x = np.bincount(seg, weights=w, minlength=seg_val.size)
            x_squares += np.bincount(seg_val, weights=x * x, minlength=kinds)
    agreeing /= m - 1
    expected = total * float(np.sum(margins * margins - squares)) / (total * total - squares.sum())
    u_alpha = _alpha(agreeing, total, expected)
    u_reason = None if u_alpha is not None else "no_variation"

    valued = np.arange(kinds) != gap
    n_c, x_squares = n_c[valued] / (m - 1), x_squares[valued] / (m - 1)
    cu_agreeing /= m - 1
    n_all = float(n_c.sum())
    if n_all <= 0:
        return u_alpha, u_reason, None, "too_few_units"
    denominator = n_all - float(x_squares.sum()) / n_all
    if denominator <= _EPS * n_all:
        # every shared stretch is one whole unit of each coder: no chance pairing is left
        return u_alpha, u_reason, None, "no_variation"
    cu_expected = float(np.sum(n_c * n_c - x_squares)) / denominator
    cu_alpha = _alpha(cu_agreeing, n_all, cu_expected)
    return u_alpha, u_reason, cu_alpha, None if cu_alpha is not None else "no_variation"


def _sections(
    spans: Spans, lengths: Mapping[int, int], allowed: Mapping[int, Sequence[tuple[int, int]]]
) -> tuple[dict[tuple[int, str], list[tuple[int, int, int]]], dict[int, int]]:
    """The continuum cut down to the `allowed` stretches of each document (a document not in
    `allowed` stays whole): each stretch becomes a section of its own, numbered in document
    and position order, and a coding keeps only its characters inside a stretch."""
    pieces: dict[int, list[tuple[int, int, int]]] = {}  # doc → (section, start, end)
    new_lengths: dict[int, int] = {}
    for doc in sorted(lengths):
        size = int(lengths[doc])
        stretches = allowed.get(doc, [(0, size)])
        kept = sorted((max(int(a), 0), min(int(b), size)) for a, b in stretches)
        pieces[doc] = []
        for a, b in kept:
            if a < b:
                section = len(new_lengths)
                new_lengths[section] = b - a
                pieces[doc].append((section, a, b))
    # A coding is cut against the stretches it can meet, found by bisection: the stretches
    # (the respondent's turns) are sorted and, unless they overlap, their ends are too, so
    # a coding's first stretch is the first that ends after its start. (One pass over
    # every stretch per coding cost two seconds for 86,000 codings of 200 interviews.)
    ends = {doc: [b for _, _, b in ps] for doc, ps in pieces.items()}
    disjoint = {
        doc: all(ps[k][2] <= ps[k + 1][1] for k in range(len(ps) - 1)) for doc, ps in pieces.items()
    }
    out: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
    for (doc, coder), rows in spans.items():
        doc_pieces = pieces.get(doc, [])
        for code_id, s, e in rows:
            s, e = int(s), int(e)
            first = bisect_right(ends[doc], s) if disjoint.get(doc) else 0
            for section, a, b in doc_pieces[first:]:
                if a >= e and disjoint[doc]:
                    break
                lo, hi = max(s, a), min(e, b)
                if lo < hi:
                    out.setdefault((section, coder), []).append((code_id, lo - a, hi - a))
    return out, new_lengths


def unitized_agreement(
    spans: Spans,
    lengths: Mapping[int, int],
    coders: Sequence[str],
    codes: Mapping[int, str],
    *,
    allowed: Mapping[int, Sequence[tuple[int, int]]] | None = None,
) -> UnitizedAgreement:
    """Krippendorff's αᵤ family of the chosen coders' codings on the character continuum of
    the documents in `lengths` (see the module docstring for the formulas and what each
    figure means): `cu_alpha` per code path (|uα of the code), `u_alpha` and `Cu_alpha`
    over all codes in `codes`.

    spans: (document id, coder) → (code id, start, end) codings, end exclusive; codings of
    other coders, codes or documents are left out, and a coding is clipped to its document.
    allowed: document id → the (start, end) stretches that belong to the continuum (say, all
    but the interviewer's turns); each stretch is then a section of its own, so no unit runs
    across a left-out stretch. None: every character of every document."""
    paths = list(codes.values())
    chosen = list(dict.fromkeys(coders))
    if allowed is not None:
        spans, lengths = _sections(spans, lengths, allowed)
    cont = _continuum(lengths)
    if len(chosen) < 2 or cont.length == 0:
        # one coder agrees with nobody; an empty continuum holds no coding
        why = "too_few_units" if len(chosen) < 2 else "no_segments"
        reasons = {p: why for p in paths}
        reasons.update(u_alpha=why, Cu_alpha=why)
        return UnitizedAgreement(None, {p: None for p in paths}, None, reasons)
    index = {code_id: k for k, code_id in enumerate(codes)}
    units = [_merge(*_codings(spans, c, cont, lengths, index), cont) for c in chosen]
    alpha, coded = _binary_alphas(units, len(index), cont.length)
    cu: dict[str, float | None] = {}
    reasons = {}
    for k, path in enumerate(paths):
        if coded[k] <= 0:
            cu[path], reasons[path] = None, "no_segments"
        elif np.isnan(alpha[k]):
            cu[path], reasons[path] = None, "no_variation"
        else:
            cu[path] = float(alpha[k])
    u_alpha, u_reason, cu_all, cu_reason = _combined(units, len(index), cont)
    if u_reason is not None:
        reasons["u_alpha"] = u_reason
    if cu_reason is not None:
        reasons["Cu_alpha"] = cu_reason
    return UnitizedAgreement(u_alpha, cu, cu_all, reasons)


def _segment_table(
    spans: Spans, coder: str, index: Mapping[int, int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """One coder's codings as they were made: (document id, code index, start, end)."""
    rows = [
        (doc, index[code_id], int(s), int(e))
        for (doc, who), codings in spans.items()
        if who == coder
        for code_id, s, e in codings
        if code_id in index and int(s) < int(e)
    ]
    table = np.asarray(rows, dtype=_I64).reshape(-1, 4)
    return table[:, 0], table[:, 1], table[:, 2], table[:, 3]


def _agreeing(
    a: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    b: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray],
    threshold: float,
) -> np.ndarray:
    """For each segment of coder A: does coder B have a segment of the same code in the same
    document with |a ∩ b| ≥ threshold·|a ∪ b|? Every (a, b) pair of one document and code
    is tried, generated without a Python loop."""
    doc_a, code_a, s_a, e_a = a
    doc_b, code_b, s_b, e_b = b
    ok = np.zeros(doc_a.size, dtype=bool)
    if doc_a.size == 0 or doc_b.size == 0:
        return ok
    # one sortable key per (document, code) group
    width = int(max(code_a.max(), code_b.max())) + 1
    g_a, g_b = doc_a * width + code_a, doc_b * width + code_b
    order = np.argsort(g_b, kind="stable")
    g_sorted = g_b[order]
    lo = np.searchsorted(g_sorted, g_a, side="left")
    hi = np.searchsorted(g_sorted, g_a, side="right")
    count = hi - lo
    pairs = int(count.sum())
    if pairs == 0:
        return ok
    which_a = np.repeat(np.arange(doc_a.size), count)
    first = np.repeat(lo - (np.cumsum(count) - count), count)
    which_b = order[first + np.arange(pairs)]
    sa, ea, sb, eb = s_a[which_a], e_a[which_a], s_b[which_b], e_b[which_b]
    overlap = np.minimum(ea, eb) - np.maximum(sa, sb)
    union = np.maximum(ea, eb) - np.minimum(sa, sb)
    hit = (overlap > 0) & (overlap >= threshold * union - _EPS)
    np.logical_or.at(ok, which_a[hit], True)
    return ok


def segment_agreement(
    spans: Spans,
    coders: Sequence[str],
    codes: Mapping[int, str],
    *,
    threshold: float = 0.9,
) -> list[SegmentAgreement]:
    """MAXQDA's segment-overlap agreement per code (in the order of `codes`): over every
    ordered pair of different coders (A, B), a segment of A agrees when B has a segment of the
    same code in the same document overlapping at least `threshold` (0 < threshold ≤ 1) of
    the union of the two; percent = agreeing / segments, None ("no_segments") when no
    coder made a segment of the code."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"the overlap threshold must be above 0 and at most 1, not {threshold}")
    index = {code_id: k for k, code_id in enumerate(codes)}
    chosen = list(dict.fromkeys(coders))
    tables = [_segment_table(spans, c, index) for c in chosen]
    segments = np.zeros(len(index), dtype=_I64)
    agreeing = np.zeros(len(index), dtype=_I64)
    for i, a in enumerate(tables):
        for j, b in enumerate(tables):
            if i == j:
                continue
            ok = _agreeing(a, b, threshold)
            segments += np.bincount(a[1], minlength=len(index))
            agreeing += np.bincount(a[1][ok], minlength=len(index))
    out = []
    for k, (code_id, path) in enumerate(codes.items()):
        n, agree = int(segments[k]), int(agreeing[k])
        if n == 0:
            out.append(SegmentAgreement(path, code_id, 0, 0, None, "no_segments"))
        else:
            out.append(SegmentAgreement(path, code_id, n, agree, agree / n))
    return out
