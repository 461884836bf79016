"""Krippendorff's αᵤ family on the character continuum (duocoder.analysis.unitized).

No published worked example could be reproduced: the tables of Krippendorff, Mathet,
Bouvry & Widlöcher (2016, Quality & Quantity 50) were not available to us, and we found no
other source quoting their segments with the published α values. So these tests check
(1) small cases worked out by hand from the paper's definitions (the arithmetic is written
out in each test), and (2) a brute-force oracle written here that follows the definitions
literally — per-character values, segments as maximal runs, sums over ordered coder pairs
and over segment pairs — against the fast interval implementation on random codings
(2–3 coders, 1–3 codes, several documents)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duocoder.analysis.unitized import unitized_agreement

Segment = tuple[int, int, Any]  # start, end (exclusive) on the continuum, value (None = gap)


# -- the oracle: the definitions, literally ----------------------------------------------------
def _segments(values: Sequence[Any], offset: int) -> list[Segment]:
    """Maximal runs of equal value in one document, character by character."""
    out: list[Segment] = []
    start = 0
    for pos in range(1, len(values) + 1):
        if pos == len(values) or values[pos] != values[start]:
            out.append((offset + start, offset + pos, values[start]))
            start = pos
    return out


def _partitions(
    spans: Mapping[tuple[int, str], Sequence[tuple[int, int, int]]],
    lengths: Mapping[int, int],
    coders: Sequence[str],
    value: Any,
    allowed: Mapping[int, Sequence[tuple[int, int]]] | None = None,
) -> list[list[Segment]]:
    """Each coder's partition of the continuum (documents in id order, each allowed stretch
    a section of its own) into segments, the value of a character being `value(codes the
    coder gave it)`."""
    parts = []
    for coder in coders:
        segs: list[Segment] = []
        offset = 0
        for doc in sorted(lengths):
            chars: list[set[int]] = [set() for _ in range(lengths[doc])]
            for code, s, e in spans.get((doc, coder), []):
                for pos in range(max(s, 0), min(e, lengths[doc])):
                    chars[pos].add(code)
            stretches = (allowed or {}).get(doc, [(0, lengths[doc])])
            for a, b in sorted(stretches):
                segs += _segments([value(c) for c in chars[a:b]], offset)
                offset += b - a
        parts.append(segs)
    return parts


def _meet(g: Segment, h: Segment) -> int:
    return max(0, min(g[1], h[1]) - max(g[0], h[0]))


def _u_alpha(parts: list[list[Segment]]) -> Fraction | None:
    """uα, eqs. 1, 4 and 5 of Krippendorff et al. (2016), summed pair by pair."""
    m = len(parts)
    observed: dict[tuple[Any, Any], Fraction] = {}
    for i in range(m):
        for j in range(m):
            if i != j:
                for g in parts[i]:
                    for h in parts[j]:
                        key = (g[2], h[2])
                        observed[key] = observed.get(key, Fraction(0)) + Fraction(
                            _meet(g, h), m - 1
                        )
    values = {c for c, _ in observed}
    total = sum(observed.values(), Fraction(0))
    if total == 0:  # an empty continuum
        return None
    margin = {c: sum((v for (a, _), v in observed.items() if a == c), Fraction(0)) for c in values}
    square = {c: Fraction(0) for c in values}
    for segs in parts:
        for s, e, c in segs:
            square[c] += (e - s) if c is None else (e - s) ** 2
    denominator = total * total - sum(square.values())
    expected = {c: total * (margin[c] ** 2 - square[c]) / denominator for c in values}
    d_e = total - sum(expected.values())
    if d_e == 0:
        return None
    return 1 - (total - sum(observed.get((c, c), Fraction(0)) for c in values)) / d_e


def _cu_alpha(parts: list[list[Segment]]) -> Fraction | None:
    """cuα, eqs. 10–11 of Krippendorff et al. (2016): only intersections of units."""
    m = len(parts)
    n: dict[Any, Fraction] = {}
    diagonal = Fraction(0)
    x_square: dict[Any, Fraction] = {}
    for i in range(m):
        for j in range(m):
            if i == j:
                continue
            for g in parts[i]:
                if g[2] is None:
                    continue
                x = 0
                for h in parts[j]:
                    if h[2] is None:
                        continue
                    x += _meet(g, h)
                    n[g[2]] = n.get(g[2], Fraction(0)) + Fraction(_meet(g, h), m - 1)
                    if h[2] == g[2]:
                        diagonal += Fraction(_meet(g, h), m - 1)
                x_square[g[2]] = x_square.get(g[2], Fraction(0)) + Fraction(x * x, m - 1)
    total = sum(n.values(), Fraction(0))
    if total == 0:
        return None
    denominator = total - sum(x_square.values(), Fraction(0)) / total
    if denominator == 0:
        return None
    expected = sum((n[c] ** 2 - x_square.get(c, 0)) / denominator for c in n)
    d_e = total - expected
    if d_e == 0:
        return None
    return 1 - (total - diagonal) / d_e


def oracle(
    spans: Mapping[tuple[int, str], Sequence[tuple[int, int, int]]],
    lengths: Mapping[int, int],
    coders: Sequence[str],
    codes: Mapping[int, str],
    allowed: Mapping[int, Sequence[tuple[int, int]]] | None = None,
) -> tuple[Fraction | None, dict[str, Fraction | None], Fraction | None]:
    """(u_alpha, cu_alpha per path, Cu_alpha) as the module docstring defines them."""

    def code_set(c: set[int]) -> frozenset[int] | None:
        return frozenset(c & codes.keys()) or None

    combined = _partitions(spans, lengths, coders, code_set, allowed)
    per_code = {
        path: _u_alpha(
            _partitions(spans, lengths, coders, lambda c, k=k: True if k in c else None, allowed)
        )
        for k, path in codes.items()
    }
    return _u_alpha(combined), per_code, _cu_alpha(combined)


def close(a: float | None, b: Fraction | float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - float(b)) < 1e-9


# -- worked by hand ----------------------------------------------------------------------------
def test_perfect_agreement_is_one_and_one_value_leaves_cu_alpha_undefined() -> None:
    spans = {(1, "A"): [(7, 10, 30)], (1, "B"): [(7, 10, 30)]}
    result = unitized_agreement(spans, {1: 100}, ["A", "B"], {7: "Zorg"})
    assert result.u_alpha == pytest.approx(1.0)
    assert result.cu_alpha == {"Zorg": pytest.approx(1.0)}
    # the coded matter carries one value only: no variation to disagree on
    assert result.Cu_alpha is None and result.reasons["Cu_alpha"] == "no_variation"


def test_a_segment_only_one_coder_made() -> None:
    """A codes [0, 10) of 100 characters, B nothing. l.. = 200; the code: l₁ = 10, Σℓ² = 100;
    gaps: l₀ = 190, counted linearly 190. o₀₀ = 2·90/1 = 180, o₁₁ = 0.
    Σe_cc = 200·((10² − 100) + (190² − 190)) / (200² − 100 − 190) = 200·35910/39710.
    α = 1 − (200 − 180) / (200 − Σe_cc) = 1 − 20/(200 − 180.861…) ≈ −0.045."""
    spans = {(1, "A"): [(7, 0, 10)]}
    expected_diag = Fraction(200 * 35910, 39710)
    alpha = 1 - Fraction(20) / (200 - expected_diag)
    result = unitized_agreement(spans, {1: 100}, ["A", "B"], {7: "Zorg"})
    assert result.cu_alpha["Zorg"] == pytest.approx(float(alpha))
    assert result.u_alpha == pytest.approx(float(alpha))
    assert result.Cu_alpha is None and result.reasons["Cu_alpha"] == "too_few_units"


def test_one_coder_segment_shifted_by_half() -> None:
    """A codes [0, 10), B [5, 15) of 100. o₁₁ = 2·5, o₀₀ = 2·(100 − 10 − 10 + 5) = 170;
    l₁ = 20, Σℓ² = 200; l₀ = 180 (linear). Σe_cc = 200·((400 − 200) + (180² − 180))/(200² −
    200 − 180) = 200·32420/39620; α = 1 − (200 − 180)/(200 − Σe_cc) ≈ 0.474."""
    spans = {(1, "A"): [(7, 0, 10)], (1, "B"): [(7, 5, 15)]}
    alpha = 1 - Fraction(20) / (200 - Fraction(200 * 32420, 39620))
    result = unitized_agreement(spans, {1: 100}, ["A", "B"], {7: "Zorg"})
    assert result.cu_alpha["Zorg"] == pytest.approx(float(alpha))
    assert 0.4 < result.cu_alpha["Zorg"] < 0.5  # type: ignore[operator]


def test_complementary_segments_disagree_worse_than_chance() -> None:
    """A codes the first half, B the second: every character is disputed (o₁₁ = o₀₀ = 0):
    α = 1 − 200/(200 − Σe_cc) with Σe_cc = 200·((100² − 2·50²) + (100² − 100))/(200² −
    2·50² − 100), clearly below 0."""
    spans = {(1, "A"): [(7, 0, 50)], (1, "B"): [(7, 50, 100)]}
    diag = Fraction(200 * ((10000 - 5000) + (10000 - 100)), 40000 - 5000 - 100)
    alpha = 1 - Fraction(200) / (200 - diag)
    result = unitized_agreement(spans, {1: 100}, ["A", "B"], {7: "Zorg"})
    assert result.cu_alpha["Zorg"] == pytest.approx(float(alpha))
    assert result.cu_alpha["Zorg"] < -0.5  # type: ignore[operator]


def test_three_coders_two_codes_worked_by_hand() -> None:
    """60 characters. Alex: a[2,5). Paul: a[2,5), b[10,20). Susan: b[2,5), b[15,20).
    l.. = 180; margins a 6, b 18, gap 156; Σs: a 9+9, b 100+9+25, gap 156 (linear).
    Agreeing characters per coder pair: Alex–Paul 2+3+5+40 = 50, Alex–Susan 2+50 = 52,
    Paul–Susan 2+5+5+40 = 52: Σo_cc = 2·154/2 = 154.
    Σe_cc = 180·((36−18) + (324−134) + (156²−156)) / (180² − 308) = 180·24388/32092.
    uα = 1 − (180 − 154)/(180 − Σe_cc) ≈ 0.398."""
    spans = {
        (1, "Alex"): [(1, 2, 5)],
        (1, "Paul"): [(1, 2, 5), (2, 10, 20)],
        (1, "Susan"): [(2, 2, 5), (2, 15, 20)],
    }
    u_alpha = 1 - Fraction(26) / (180 - Fraction(180 * 24388, 32092))
    result = unitized_agreement(spans, {1: 60}, ["Alex", "Paul", "Susan"], {1: "a", 2: "b"})
    assert result.u_alpha == pytest.approx(float(u_alpha))


def test_cu_alpha_over_codes_worked_by_hand() -> None:
    """20 characters. A: code 1 on [0,10). B: code 1 on [0,5), code 2 on [5,10).
    Intersections of units: n₁ = 10 + 5 = 15, n₂ = 5, n.. = 20, o₁₁ = 5 + 5 = 10.
    x² (characters of a unit the other coder coded): A's unit 10² = 100, B's 5² and 5²:
    S₁ = 125, S₂ = 25. ε₁₁ = (15² − 125)/(20 − 150/20) = 8, ε₂₂ = (5² − 25)/12.5 = 0.
    Cuα = 1 − (20 − 10)/(20 − 8) = 1/6."""
    spans = {(1, "A"): [(1, 0, 10)], (1, "B"): [(1, 0, 5), (2, 5, 10)]}
    result = unitized_agreement(spans, {1: 20}, ["A", "B"], {1: "een", 2: "twee"})
    assert result.Cu_alpha == pytest.approx(1 / 6)


def test_touching_and_overlapping_codings_of_one_code_are_one_unit() -> None:
    """A coder who codes [0,5) and [5,10) (or [0,8) and [3,10)) marked the same stretch as
    one who codes [0,10) once: the unit is the run of coded characters."""
    lengths = {1: 50}
    once = unitized_agreement(
        {(1, "A"): [(7, 0, 10)], (1, "B"): [(7, 2, 12)]}, lengths, ["A", "B"], {7: "Zorg"}
    )
    split = unitized_agreement(
        {(1, "A"): [(7, 0, 5), (7, 5, 10)], (1, "B"): [(7, 2, 12)]},
        lengths,
        ["A", "B"],
        {7: "Zorg"},
    )
    overlap = unitized_agreement(
        {(1, "A"): [(7, 0, 8), (7, 3, 10)], (1, "B"): [(7, 2, 12)]},
        lengths,
        ["A", "B"],
        {7: "Zorg"},
    )
    assert split == once and overlap == once


def test_a_document_boundary_ends_a_unit() -> None:
    """Codings at the end of one document and the start of the next are two units, not one
    unit running across the boundary (which would change Σℓ²)."""
    lengths = {1: 10, 2: 10}
    spans = {(1, "A"): [(7, 5, 10)], (2, "A"): [(7, 0, 5)], (1, "B"): [(7, 5, 10)]}
    result = unitized_agreement(spans, lengths, ["A", "B"], {7: "Zorg"})
    expected = oracle(spans, lengths, ["A", "B"], {7: "Zorg"})
    assert close(result.cu_alpha["Zorg"], expected[1]["Zorg"])


def test_allowed_stretches_are_sections_of_their_own() -> None:
    """Leaving out [10, 20) of a 30-character document (say, the interviewer's turn) is the
    same as comparing its two remaining stretches as two documents, codings cut to them."""
    coders, codes = ["A", "B"], {7: "Zorg", 8: "Werk"}
    spans = {(1, "A"): [(7, 5, 25), (8, 0, 3)], (1, "B"): [(7, 8, 30)]}
    cut = unitized_agreement(spans, {1: 30}, coders, codes, allowed={1: [(0, 10), (20, 30)]})
    by_hand = {(1, "A"): [(7, 5, 10), (8, 0, 3)], (2, "A"): [(7, 0, 5)], (2, "B"): [(7, 0, 10)]}
    by_hand[(1, "B")] = [(7, 8, 10)]
    assert cut == unitized_agreement(by_hand, {1: 10, 2: 10}, coders, codes)
    assert cut != unitized_agreement(spans, {1: 30}, coders, codes)


def test_more_codes_than_one_machine_word_holds() -> None:
    """With 70 codes a character's set of codes spans two 64-bit words; the figures still
    follow the definitions."""
    import random

    rng = random.Random(5)
    codes = {k: f"code {k}" for k in range(70)}
    spans: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
    for coder in ["A", "B", "C"]:
        rows = []
        for _ in range(25):
            s = rng.randrange(0, 150)
            rows.append((rng.choice([0, 1, 63, 64, 65, 69, rng.randrange(70)]), s, s + 30))
        spans[(1, coder)] = rows
    result = unitized_agreement(spans, {1: 200}, ["A", "B", "C"], codes)
    u_alpha, per_code, cu_alpha = oracle(spans, {1: 200}, ["A", "B", "C"], codes)
    assert close(result.u_alpha, u_alpha) and close(result.Cu_alpha, cu_alpha)
    assert all(close(result.cu_alpha[p], v) for p, v in per_code.items())


def test_reasons_when_nothing_is_coded_or_one_coder_is_compared() -> None:
    empty = unitized_agreement({}, {1: 40}, ["A", "B"], {7: "Zorg"})
    assert empty.u_alpha is None and empty.cu_alpha == {"Zorg": None}
    assert empty.reasons == {
        "Zorg": "no_segments",
        "u_alpha": "no_segments",
        "Cu_alpha": "no_segments",
    }
    no_text = unitized_agreement({(1, "A"): [(7, 0, 5)]}, {1: 0}, ["A", "B"], {7: "Zorg"})
    assert no_text.u_alpha is None and no_text.reasons["Zorg"] == "no_segments"
    alone = unitized_agreement({(1, "A"): [(7, 0, 5)]}, {1: 40}, ["A"], {7: "Zorg"})
    assert alone.u_alpha is None and alone.reasons["u_alpha"] == "too_few_units"
    everything = unitized_agreement(
        {(1, "A"): [(7, 0, 40)], (1, "B"): [(7, 0, 40)]}, {1: 40}, ["A", "B"], {7: "Zorg"}
    )
    assert everything.cu_alpha["Zorg"] is None
    assert everything.reasons["Zorg"] == "no_variation"


def test_codings_of_other_coders_codes_and_documents_are_left_out() -> None:
    base = {(1, "A"): [(7, 0, 10)], (1, "B"): [(7, 3, 10)]}
    noisy = {
        (1, "A"): [(7, 0, 10), (8, 0, 30)],  # code 8 is not under study
        (1, "B"): [(7, 3, 10)],
        (1, "C"): [(7, 20, 40)],  # coder C is not compared
        (9, "A"): [(7, 0, 40)],  # document 9 is not under study
    }
    assert unitized_agreement(noisy, {1: 50}, ["A", "B"], {7: "Zorg"}) == unitized_agreement(
        base, {1: 50}, ["A", "B"], {7: "Zorg"}
    )


# -- against the oracle ------------------------------------------------------------------------
@st.composite
def projects(
    draw: Any,
) -> tuple[
    dict[tuple[int, str], list[tuple[int, int, int]]], dict[int, int], list[str], dict[int, str]
]:
    coders = ["A", "B", "C"][: draw(st.integers(2, 3))]
    codes = {k: f"code {k}" for k in range(1, draw(st.integers(1, 3)) + 1)}
    lengths = {d: draw(st.integers(1, 30)) for d in range(1, draw(st.integers(1, 3)) + 1)}
    spans: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
    for doc, size in lengths.items():
        for coder in coders:
            rows = []
            for _ in range(draw(st.integers(0, 4))):
                s = draw(st.integers(0, size - 1))
                e = draw(st.integers(s + 1, size))
                rows.append((draw(st.sampled_from(sorted(codes))), s, e))
            spans[(doc, coder)] = rows
    return spans, lengths, coders, codes


@settings(max_examples=300, deadline=None)
@given(projects())
def test_agrees_with_the_definitions_on_random_codings(project: Any) -> None:
    spans, lengths, coders, codes = project
    result = unitized_agreement(spans, lengths, coders, codes)
    u_alpha, per_code, cu_alpha = oracle(spans, lengths, coders, codes)
    assert close(result.u_alpha, u_alpha)
    assert close(result.Cu_alpha, cu_alpha)
    for path, value in per_code.items():
        assert close(result.cu_alpha[path], value), path
    # every None carries a reason, every number none
    figures = [("u_alpha", result.u_alpha), ("Cu_alpha", result.Cu_alpha)]
    for key, value in [*figures, *result.cu_alpha.items()]:
        assert (value is None) == (key in result.reasons)


@settings(max_examples=150, deadline=None)
@given(projects(), st.data())
def test_allowed_stretches_agree_with_the_definitions(project: Any, data: Any) -> None:
    spans, lengths, coders, codes = project
    allowed = {}
    for doc, size in lengths.items():
        cuts = sorted(set(data.draw(st.lists(st.integers(0, size), max_size=4))))
        bounds = [0, *cuts, size]
        # every other piece is left out (as an interviewer's turn would be)
        allowed[doc] = [(a, b) for n, (a, b) in enumerate(pairwise(bounds)) if n % 2 == 0]
    result = unitized_agreement(spans, lengths, coders, codes, allowed=allowed)
    u_alpha, per_code, cu_alpha = oracle(spans, lengths, coders, codes, allowed)
    assert close(result.u_alpha, u_alpha)
    assert close(result.Cu_alpha, cu_alpha)
    for path, value in per_code.items():
        assert close(result.cu_alpha[path], value), path
