"""The pure helpers under search and coding: spans, words, phrases, context lines."""

from __future__ import annotations

import numpy as np
import pytest

from duocoder.nlp.errors import SearchError
from duocoder.nlp.records import SearchMode
from duocoder.nlp.search import (
    compile_query,
    find_phrase,
    find_text,
    kwic,
    query_words,
    word_positions,
)
from duocoder.nlp.spans import Turns, covering, grow, in_spans, merge, overlapping, word_span


def test_merge_joins_overlaps_and_duplicates_but_not_neighbours() -> None:
    assert merge([(5, 9), (0, 3), (2, 4), (5, 9), (9, 12), (10, 11)]) == [(0, 4), (5, 9), (9, 12)]


def test_covering_and_grow() -> None:
    units = [(0, 10), (11, 20), (30, 40)]
    starts = [a for a, _b in units]
    assert covering(units, starts, 3, 5) == (0, 10)
    assert covering(units, starts, 8, 12) == (0, 20)  # a hit across two units takes both
    assert covering(units, starts, 22, 25) is None
    text = "Ik vertrouw haar." + " " * 6 + "woord" + " " * 12
    # outside every unit a hit grows to its whole words
    assert grow(text, [(5, 7), (24, 26)], units) == [(0, 10), (23, 28)]


def _word(text: str, start: int, end: int) -> str:
    a, b = word_span(text, start, end)
    return text[a:b]


def test_word_span_keeps_inner_hyphens_and_apostrophes() -> None:
    text = "Twee duo’s, zelf-vertrouwen! En 'ja'."
    assert _word(text, 6, 7) == "duo’s"
    assert _word(text, 20, 22) == "zelf-vertrouwen"
    assert _word(text, 33, 34) == "ja"


def test_overlapping() -> None:
    starts, ends = np.array([0, 5, 10, 20]), np.array([5, 10, 15, 25])
    mask = overlapping(starts, ends, [(14, 16), (3, 4)])
    assert mask.tolist() == [True, False, True, False]
    assert not overlapping(starts, ends, []).any()


def test_in_spans_and_turns() -> None:
    mask = in_spans(np.array([0, 4, 5, 9, 10]), [(4, 6), (9, 10), (5, 7)])
    assert mask.tolist() == [False, True, True, True, False]
    turns = Turns([(0, 19, "I"), (20, 30, "R")], lambda who: who == "I")
    assert turns.at(3) == ("I", True) and turns.at(19) is None and turns.at(25) == ("R", False)
    assert turns.interviewer() == [(0, 19)]


def test_find_phrase_skips_punctuation_only_when_told() -> None:
    lemmas = np.array([1, 2, 9, 3, 1, 3], dtype=np.uint32)
    flags = np.array([0, 0, 2, 0, 0, 0], dtype=np.uint8)
    phrase = [np.array([2]), np.array([3])]
    assert [x.tolist() for x in find_phrase(lemmas, phrase)] == [[], []]
    words = word_positions(flags)
    assert [x.tolist() for x in find_phrase(lemmas, phrase, words)] == [[1], [3]]
    first, last = find_phrase(lemmas, [np.array([1, 3])])
    assert first.tolist() == last.tolist() == [0, 3, 4, 5]


def test_queries() -> None:
    # a curly apostrophe is read as the straight one, as the index stores it
    assert query_words("Vertrouwde  duo’s!") == ["vertrouwde", "duo's"]
    with pytest.raises(SearchError, match="no word"):
        query_words("?!")
    pattern = compile_query("a.b", SearchMode.EXACT)
    assert list(find_text("a.b axb", pattern)) == [(0, 3)]
    pattern = compile_query("café", SearchMode.WORD, ignore_case=True)
    assert list(find_text("Café, cafés en CAFÉ", pattern)) == [(0, 4), (15, 19)]


def test_kwic_shows_newlines_as_spaces() -> None:
    text = "Eerste regel.\nIk vertrouw haar.\nDerde regel."
    start = text.index("vertrouw")
    assert kwic(text, start, start + 8) == ("Eerste regel. Ik ", "vertrouw", " haar. Derde regel.")
