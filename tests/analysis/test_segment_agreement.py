"""Segment-overlap agreement, MAXQDA's rule (duocoder.analysis.unitized.segment_agreement):
a coder's segment agrees when another coder has a segment of the same code in the same
document whose overlap is at least the threshold of the two segments' union; both
directions and every coder pair count."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duocoder.analysis.unitized import segment_agreement

CODES = {7: "Zorg", 8: "Werk"}


def one(spans: Any, threshold: float = 0.9, code: int = 7) -> tuple[int, int, float | None]:
    result = {
        s.code_id: s for s in segment_agreement(spans, ["A", "B"], CODES, threshold=threshold)
    }
    r = result[code]
    return r.segments, r.agreeing, r.percent


def test_overlap_of_at_least_ninety_percent_of_the_union_agrees_both_ways() -> None:
    # 95 shared of a union of 100
    assert one({(1, "A"): [(7, 0, 100)], (1, "B"): [(7, 0, 95)]}) == (2, 2, 1.0)


def test_the_threshold_itself_agrees_just_below_it_does_not() -> None:
    # 90 of 100 exactly at 90 %; 89 of 100 below
    assert one({(1, "A"): [(7, 0, 100)], (1, "B"): [(7, 10, 100)]}) == (2, 2, 1.0)
    assert one({(1, "A"): [(7, 0, 100)], (1, "B"): [(7, 11, 100)]}) == (2, 0, 0.0)


def test_the_denominator_is_the_union_not_the_own_segment() -> None:
    """B's [40, 50) lies wholly inside A's [0, 100): 100 % of B's own segment, but only 10 % of
    the union — under MAXQDA's rule neither agrees at 90 %; at 10 % both do."""
    spans = {(1, "A"): [(7, 0, 100)], (1, "B"): [(7, 40, 50)]}
    assert one(spans) == (2, 0, 0.0)
    assert one(spans, threshold=0.1) == (2, 2, 1.0)
    assert one(spans, threshold=0.11) == (2, 0, 0.0)


def test_other_thresholds() -> None:
    """A: [0,10) and [20,30); B: [2,10) (8 of 10 → agrees at 0.8, not 0.9) and [25,40)
    (5 of 20 → agrees at 0.25 only)."""
    spans = {(1, "A"): [(7, 0, 10), (7, 20, 30)], (1, "B"): [(7, 2, 10), (7, 25, 40)]}
    assert one(spans, threshold=0.9) == (4, 0, 0.0)
    assert one(spans, threshold=0.8) == (4, 2, 0.5)
    assert one(spans, threshold=0.25) == (4, 4, 1.0)
    assert one(spans, threshold=1.0) == (4, 0, 0.0)


def test_only_the_same_code_in_the_same_document_counts() -> None:
    spans = {
        (1, "A"): [(7, 0, 100)],
        (1, "B"): [(8, 0, 100)],  # other code
        (2, "B"): [(7, 0, 100)],  # other document
    }
    assert one(spans) == (2, 0, 0.0)
    assert one(spans, code=8) == (1, 0, 0.0)


def test_a_segment_agrees_with_the_best_of_several_candidates() -> None:
    spans = {(1, "A"): [(7, 0, 100)], (1, "B"): [(7, 0, 50), (7, 0, 99)]}
    # A agrees (via [0,99)); B's [0,50) does not, B's [0,99) does
    assert one(spans) == (3, 2, pytest.approx(2 / 3))


def test_three_coders_count_every_ordered_pair() -> None:
    spans = {(1, "A"): [(7, 0, 100)], (1, "B"): [(7, 0, 100)], (1, "C"): [(7, 50, 60)]}
    (zorg,) = segment_agreement(spans, ["A", "B", "C"], {7: "Zorg"})
    # A and B agree with each other (2 of their 4 checks), nobody with C (C: 0 of 2)
    assert (zorg.segments, zorg.agreeing) == (6, 2)
    assert zorg.percent == pytest.approx(1 / 3)


def test_no_segments_and_a_bad_threshold() -> None:
    (zorg, werk) = segment_agreement({(1, "A"): [(7, 0, 9)]}, ["A", "B"], CODES)
    assert zorg.percent == 0.0 and zorg.segments == 1
    assert werk.percent is None and werk.reason == "no_segments" and werk.segments == 0
    with pytest.raises(ValueError, match="threshold"):
        segment_agreement({}, ["A", "B"], CODES, threshold=0)
    with pytest.raises(ValueError, match="threshold"):
        segment_agreement({}, ["A", "B"], CODES, threshold=1.5)


# -- against a brute-force count ---------------------------------------------------------------
def brute(
    spans: Mapping[tuple[int, str], Sequence[tuple[int, int, int]]],
    coders: Sequence[str],
    codes: Mapping[int, str],
    threshold: Fraction,
) -> dict[int, tuple[int, int]]:
    out = {k: (0, 0) for k in codes}
    for a in coders:
        for b in coders:
            if a == b:
                continue
            for (doc, who), rows in spans.items():
                if who != a:
                    continue
                for code, s, e in rows:
                    if code not in codes or s >= e:
                        continue
                    agree = False
                    for code_b, sb, eb in spans.get((doc, b), []):
                        mine, theirs = set(range(s, e)), set(range(sb, eb))
                        shared = len(mine & theirs)
                        if code_b == code and shared and shared >= threshold * len(mine | theirs):
                            agree = True
                    n, k = out[code]
                    out[code] = (n + 1, k + agree)
    return out


@settings(max_examples=300, deadline=None)
@given(
    st.integers(2, 3),
    st.lists(
        st.tuples(
            st.integers(0, 2),  # coder
            st.integers(1, 2),  # document
            st.sampled_from([7, 8, 9]),  # code (9 is not under study)
            st.integers(0, 40),
            st.integers(1, 25),
        ),
        max_size=14,
    ),
    st.sampled_from(
        [Fraction(1, 10), Fraction(1, 2), Fraction(3, 4), Fraction(9, 10), Fraction(1)]
    ),
)
def test_agrees_with_a_brute_force_count(coder_count: int, rows: Any, threshold: Fraction) -> None:
    coders = ["A", "B", "C"][:coder_count]
    spans: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
    for who, doc, code, start, size in rows:
        spans.setdefault((doc, "ABC"[who]), []).append((code, start, start + size))
    expected = brute(spans, coders, CODES, threshold)
    result = segment_agreement(spans, coders, CODES, threshold=float(threshold))
    for r in result:
        n, k = expected[r.code_id]  # type: ignore[index]
        assert (r.segments, r.agreeing) == (n, k)
        assert r.percent == (None if n == 0 else pytest.approx(k / n))
