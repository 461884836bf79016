"""Coding search hits (grown to a unit) and coding by speaker, each as one undoable step."""

from __future__ import annotations

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import NotFoundError, ValidationError
from duocoder.nlp.errors import NotIndexedError
from tests.helpers import source


def _texts(previews) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in previews]


def test_hits_grow_to_words_sentences_paragraphs_or_turns(duo: Project) -> None:
    hits = duo.search("vertrouw", documents=["Anna"])
    assert _texts(duo.preview_hits(hits)) == ["vertrouw", "vertrouwde", "vertrouwd", "vertrouwen"]
    assert _texts(duo.preview_hits(hits, "sentence")) == [
        "Ik vertrouw haar.",
        "Hij vertrouwde niemand, maar zij wel.",
        "We hebben elkaar vertrouwd.",
        "Het vertrouwen groeide elke week.",
    ]
    # paragraphs include the speaker label, turns do not; two hits in one unit merge
    assert _texts(duo.preview_hits(hits, "paragraph")) == [
        "R: Ik vertrouw haar. Hij vertrouwde niemand, maar zij wel.",
        "R: We hebben elkaar vertrouwd. Het vertrouwen groeide elke week.",
    ]
    assert _texts(duo.preview_hits(hits, "turn")) == [
        "Ik vertrouw haar. Hij vertrouwde niemand, maar zij wel.",
        "We hebben elkaar vertrouwd. Het vertrouwen groeide elke week.",
    ]


def test_duplicate_and_overlapping_expansions_merge(duo: Project) -> None:
    hits = duo.search("vertrouw", documents=["Anna"]) + duo.search("Hij ver", documents=["Anna"])
    words = duo.preview_hits(hits)
    assert _texts(words) == ["vertrouw", "Hij vertrouwde", "vertrouwd", "vertrouwen"]
    twice = duo.preview_hits(hits + hits, "sentence")
    assert len(twice) == 4


def test_coding_the_hits_is_one_undoable_step(duo: Project) -> None:
    code = duo.add_code("Vertrouwensrelatie")
    hits = duo.search("vertrouwen", "lemma")
    ids = duo.code_hits(hits, code.id, "sentence", coder="Lies")
    assert len(ids) == 7
    segments = duo.segments([code.id])
    assert [s.text for s in segments][:2] == [
        "Ik vertrouw haar.",
        "Hij vertrouwde niemand, maar zij wel.",
    ]
    assert {s.coder for s in segments} == {"Lies"} and not any(s.auto for s in segments)
    assert duo.history.undo_label == "Code 7 search hits"
    # coding the same hits again adds nothing and no undo step
    assert duo.code_hits(hits, code.id, "sentence") == []
    duo.undo()
    assert duo.segments([code.id]) == []


def test_sentences_need_the_index_but_other_units_do_not(lp: Project) -> None:
    lp.add_document("Anna", source("R: Ik vertrouw haar. Zij mij."), "participant")
    hits = lp.search("vertrouw")
    assert _texts(lp.preview_hits(hits, "turn")) == ["Ik vertrouw haar. Zij mij."]
    with pytest.raises(NotIndexedError):
        lp.preview_hits(hits, "sentence")
    with pytest.raises(ValidationError, match="'chapter' is not a unit"):
        lp.preview_hits(hits, "chapter")


def test_code_all_turns_of_a_speaker(duo: Project) -> None:
    code = duo.add_code("Vraag")
    ids = duo.code_turns(code.id, speaker="i", documents=["Anna", "Bert"])
    assert [s.text for s in duo.segments([code.id])] == [
        "Hoe is het contact met uw vrijwilliger begonnen? Vertrouwt u haar?",
        "En nu?",
        "Wat betekent het duo voor u?",
    ]
    assert len(ids) == 3 and duo.history.undo_label == "Code the turns of i"
    duo.undo()
    assert duo.segments([code.id]) == []
    with pytest.raises(NotFoundError, match="no speaker turns of 'Q'"):
        duo.code_turns(code.id, speaker="Q")


def test_code_all_respondent_turns_of_a_role(duo: Project) -> None:
    code = duo.add_code("Vrijwilligersstem")
    duo.code_turns(code.id, role="vrijwilliger")
    assert [s.text for s in duo.segments([code.id])] == [
        "Mijn maatje vertrouwt mij. De vertrouwde gezichten doen deugd.",
        "Soms is het moeilijk, want ik heb weinig tijd.",
    ]
    assert duo.history.undo_label == "Code the turns of volunteer respondents"
    with pytest.raises(ValidationError, match="Name a speaker or a role"):
        duo.code_turns(code.id)
