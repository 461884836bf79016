"""The units agreement counts in and the coder patterns they show: paragraphs (blank ones
are no units), speaker turns (label included), sentences, characters (by interval
arithmetic, checked here character by character), the touching rule and the interviewer's
turns left out unless asked for."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duocoder.analysis.agreement_units import (
    allowed_spans,
    character_patterns,
    check_unit,
    sentences,
    unit_patterns,
    units_of,
)
from duocoder.domain.errors import ValidationError

TEXT = (
    "I: Hoe gaat het met je?\n"  # 0..24: interviewer turn, label at 0, words from 3
    "\n"  # 24..25: a blank paragraph
    "   \n"  # 25..29: white space only
    "R: Goed. Ik zie hem elke week! Dat helpt.\n"  # 29..71
    "I: En verder?\n"  # 71..85
)
PARAGRAPHS = [(0, 23), (24, 24), (25, 28), (29, 70), (71, 84)]
TURNS = [(3, 23, True, 0), (32, 70, False, 29), (74, 84, True, 71)]


def test_paragraphs_with_only_white_space_are_no_units() -> None:
    assert units_of("paragraph", TEXT, PARAGRAPHS, TURNS, True) == [(0, 23), (29, 70), (71, 84)]


def test_interviewer_paragraphs_are_left_out_unless_included() -> None:
    assert units_of("paragraph", TEXT, PARAGRAPHS, TURNS, False) == [(29, 70)]
    assert units_of("turn", TEXT, PARAGRAPHS, TURNS, False) == [(29, 70)]
    assert units_of("sentence", TEXT, PARAGRAPHS, TURNS, False) == [(29, 37), (38, 59), (60, 70)]


def test_turn_units_run_from_the_speaker_label() -> None:
    assert units_of("turn", TEXT, PARAGRAPHS, TURNS, True) == [(0, 23), (29, 70), (71, 84)]
    assert units_of("turn", TEXT, PARAGRAPHS, [], True) == []  # no turns: no turn units


def test_sentences_end_after_terminal_punctuation_and_at_paragraph_ends() -> None:
    text = 'Ze zei: "Kom maar." Ik ging… Waarom niet?\nNieuwe alinea zonder punt'
    found = [text[a:b] for a, b in sentences(text, [(0, 41), (42, len(text))])]
    assert found == ['Ze zei: "Kom maar."', "Ik ging…", "Waarom niet?", "Nieuwe alinea zonder punt"]
    assert sentences("3.5 uur", [(0, 7)]) == [(0, 7)]  # no white space after the point


def test_character_units_leave_out_the_interviewer() -> None:
    assert allowed_spans(len(TEXT), TURNS, True) == [(0, len(TEXT))]
    assert allowed_spans(len(TEXT), TURNS, False) == [(23, 71), (84, len(TEXT))]


def test_an_unknown_unit_is_refused_in_one_sentence() -> None:
    with pytest.raises(ValidationError, match=r"no unit 'word'.*paragraph, turn"):
        check_unit("word")


def test_a_unit_has_a_code_when_a_coding_touches_it() -> None:
    units = {1: [(0, 10), (12, 20), (25, 30)]}
    codings = [
        (1, 5, 9, 13, 0),  # coder 0 touches the first two units (one character of the second)
        (1, 5, 10, 12, 1),  # coder 1 lies in the gap between them: touches neither
        (1, 5, 20, 25, 1),  # ends where the third begins, starts where the second ends: none
        (1, 5, 29, 30, 1),  # the last character of the third
    ]
    found = unit_patterns([1], units, codings, 2, [5])
    assert found.counts[0, 0].tolist() == [0, 2, 1, 0]  # [none, only 0, only 1, both]
    assert sorted(found.mixed) == [(0, 0, 10, 0, 1), (0, 12, 20, 0, 1), (0, 25, 30, 0, 2)]


@st.composite
def studies(draw: Any) -> dict[str, Any]:
    coders = draw(st.integers(2, 3))
    n_docs = draw(st.integers(1, 3))
    units: dict[int, list[tuple[int, int]]] = {}
    allowed: dict[int, list[tuple[int, int]]] = {}
    codings = []
    for d in range(n_docs):
        cuts = sorted(draw(st.sets(st.integers(0, 40), max_size=10)))
        units[d] = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
        cuts = sorted(draw(st.sets(st.integers(0, 40), max_size=6)))
        allowed[d] = [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]
        for _ in range(draw(st.integers(0, 8))):
            a = draw(st.integers(0, 39))
            b = draw(st.integers(a + 1, 40))
            codings.append(
                (d, draw(st.sampled_from([7, 8])), a, b, draw(st.integers(0, coders - 1)))
            )
    return {
        "coders": coders,
        "docs": list(range(n_docs)),
        "units": units,
        "allowed": allowed,
        "codings": codings,
    }


@settings(max_examples=300, deadline=None)
@given(studies())
def test_unit_patterns_match_a_unit_by_unit_count(study: dict[str, Any]) -> None:
    m, codes = study["coders"], [7, 8]
    expected = np.zeros((len(study["docs"]), 2, 1 << m), dtype=np.int64)
    for d in study["docs"]:
        for a, b in study["units"][d]:
            for c, code in enumerate(codes):
                p = 0
                for doc, cd, s, e, k in study["codings"]:
                    if doc == d and cd == code and s < b and a < e:
                        p |= 1 << k
                expected[d, c, p] += 1
    found = unit_patterns(study["docs"], study["units"], study["codings"], m, codes)
    assert found.counts.tolist() == expected.tolist()
    mixed = {(d, a, b, c) for d, a, b, c, p in found.mixed}
    assert len(mixed) == int(expected[:, :, 1 : (1 << m) - 1].sum())


@settings(max_examples=300, deadline=None)
@given(studies())
def test_character_patterns_match_a_character_by_character_count(study: dict[str, Any]) -> None:
    m, codes = study["coders"], [7, 8]
    expected = np.zeros((len(study["docs"]), 2, 1 << m), dtype=np.int64)
    mixed_chars = 0
    for d in study["docs"]:
        for a, b in study["allowed"][d]:
            for x in range(a, b):
                for c, code in enumerate(codes):
                    p = 0
                    for doc, cd, s, e, k in study["codings"]:
                        if doc == d and cd == code and s <= x < e:
                            p |= 1 << k
                    expected[d, c, p] += 1
                    mixed_chars += 0 < p < (1 << m) - 1
    found = character_patterns(study["docs"], study["allowed"], study["codings"], m, codes)
    assert found.counts.tolist() == expected.tolist()
    assert sum(end - start for _, start, end, _, _ in found.mixed) == mixed_chars
    for _d, start, end, _c, p in found.mixed:
        assert 0 < p < (1 << m) - 1 and start < end
