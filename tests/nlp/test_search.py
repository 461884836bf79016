"""Searching across the project: modes, filters, keyword in context, errors, staleness."""

from __future__ import annotations

import pytest

from duocoder.app.project import Project
from duocoder.nlp.errors import NotIndexedError, SearchError
from tests.helpers import source
from tests.nlp.support import ANNA


def _matches(hits) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.match for h in hits]


def test_lemma_search_finds_inflections_that_exact_search_misses(duo: Project) -> None:
    assert _matches(duo.search("vertrouwen", "exact")) == ["vertrouwen"]
    lemma = duo.search("vertrouwen", "lemma")
    assert _matches(lemma) == [
        "vertrouw",
        "vertrouwde",
        "vertrouwd",
        "vertrouwen",
        "vertrouwt",
        "vertrouwde",
        "Vertrouwen",
    ]
    assert [h.doc for h in lemma] == ["Anna"] * 4 + ["Bert"] * 2 + ["Carla"]
    # any form of the word finds all of them
    assert _matches(duo.search("vertrouwde", "lemma")) == _matches(lemma)


def test_hits_carry_offsets_into_the_text_and_their_context(duo: Project) -> None:
    hit = duo.search("vertrouwd", "word")[0]
    text = duo.text(hit.doc_id)
    assert text[hit.start : hit.end] == hit.match == "vertrouwd"
    assert (hit.doc, hit.role.value, hit.case, hit.speaker) == (
        "Anna",
        "participant",
        "Duo Denderland",
        "R",
    )
    assert hit.left.endswith("We hebben elkaar ") and hit.right.startswith(". Het vertrouwen")
    assert "\n" not in hit.left + hit.right  # newlines are shown as spaces
    assert hit.as_json() == {
        "doc": "Anna",
        "doc_id": hit.doc_id,
        "role": "participant",
        "start": hit.start,
        "end": hit.end,
        "match": "vertrouwd",
        "left": hit.left,
        "right": hit.right,
    }


def test_context_is_cut_at_word_boundaries(lp: Project) -> None:
    words = " ".join(f"woord{i}" for i in range(40))
    lp.add_document("Lang", source(f"R: {words} vertrouwen {words}"), "participant")
    [hit] = lp.search("vertrouwen")
    assert 40 <= len(hit.left) <= 60 and 40 <= len(hit.right) <= 60
    assert hit.left.startswith("woord") and hit.left.endswith(" ")
    assert hit.right.startswith(" ") and hit.right.split()[-1].startswith("woord")
    text = lp.text(hit.doc_id)
    assert text[hit.start - len(hit.left) : hit.end + len(hit.right)] == (
        hit.left + hit.match + hit.right
    )


def test_exact_word_and_case_modes(duo: Project) -> None:
    exact = duo.search("vertrouw")
    assert _matches(exact) == ["vertrouw"] * 6  # a match is the text found, not the word
    assert [duo.text(h.doc_id)[h.start : h.end + 2] for h in exact][:2] == [
        "vertrouw h",
        "vertrouwde",
    ]
    assert _matches(duo.search("vertrouw", "word")) == ["vertrouw"]
    assert _matches(duo.search("VERTROUWEN", "word")) == []
    assert _matches(duo.search("VERTROUWEN", "word", ignore_case=True)) == [
        "vertrouwen",
        "Vertrouwen",
    ]


def test_regular_expressions_and_their_errors(duo: Project) -> None:
    assert _matches(duo.search(r"vertrouw(de|d)\b", "regex")) == [
        "vertrouwde",
        "vertrouwd",
        "vertrouwde",
    ]
    assert _matches(duo.search("x*", "regex")) == []  # empty matches are no hits
    with pytest.raises(SearchError) as err:
        duo.search("vertrouw(", "regex")
    assert str(err.value) == (
        "'vertrouw(' is not a valid regular expression "
        "(missing ), unterminated subpattern at position 8)."
    )
    with pytest.raises(SearchError, match="Type something"):
        duo.search("  ")
    with pytest.raises(SearchError, match="not a search mode"):
        duo.search("x", "fuzzy")


def test_interviewer_turns_are_left_out_unless_asked(duo: Project) -> None:
    assert "Vertrouwt" not in _matches(duo.search("vertrouw", ignore_case=True))
    both = duo.search("vertrouw", ignore_case=True, include_interviewer=True)
    assert [(h.match, h.speaker) for h in both][:2] == [("Vertrouw", "I"), ("vertrouw", "R")]
    only_interviewer = duo.search(
        "vertrouw", ignore_case=True, speakers=["i"], include_interviewer=True
    )
    assert _matches(only_interviewer) == ["Vertrouw"]
    assert _matches(duo.search("koffie", speakers=["R"])) == ["koffie"]
    assert duo.search("koffie", speakers=["Vrijwilliger"]) == []


def test_filters_by_role_case_document_and_code(duo: Project) -> None:
    assert {h.doc for h in duo.search("vertrouwen", "lemma", roles=["vrijwilliger"])} == {"Bert"}
    assert {h.doc for h in duo.search("vertrouwen", "lemma", cases=["Wijk Oost"])} == {"Carla"}
    assert {h.doc for h in duo.search("vertrouwen", "lemma", documents=["Anna"])} == {"Anna"}
    anna = duo.document("Anna").id
    text = duo.text(anna)
    start = text.index("We hebben")
    duo.add_coding(anna, "Vertrouwen", start, start + 27, create_code=True)
    inside = duo.search("vertrouwen", "lemma", code="Vertrouwen")
    assert _matches(inside) == ["vertrouwd"]
    outside = duo.search("vertrouwen", "lemma", code="Vertrouwen", inside_code=False)
    assert len(outside) == 6 and "vertrouwd" not in _matches(outside)


def test_a_phrase_of_lemmas_matches_words_in_sequence(duo: Project) -> None:
    assert _matches(duo.search("elkaar vertrouwen", "lemma")) == ["elkaar vertrouwd"]
    assert _matches(duo.search("vertrouwen groeien", "lemma")) == ["vertrouwen groeide"]
    # punctuation between the words does not break a phrase
    assert _matches(duo.search("niemand maar", "lemma")) == ["niemand, maar"]


def test_a_word_no_document_contains_is_lemmatised_by_the_pipeline(
    duo: Project,
) -> None:
    # `vertrouwden` occurs nowhere, so the forms table cannot help; the pipeline can
    assert len(duo.search("vertrouwden", "lemma")) == 7
    assert duo.search("onbestaandwoord", "lemma") == []


def test_lemma_search_needs_an_up_to_date_index(lp: Project) -> None:
    lp.add_document("Anna", source(ANNA), "participant")
    assert _matches(lp.search("vertrouwd", "word")) == ["vertrouwd"]  # text modes need none
    with pytest.raises(NotIndexedError, match="1 document is not indexed yet"):
        lp.search("vertrouwen", "lemma")
    lp.index_documents()
    assert len(lp.search("vertrouwen", "lemma")) == 4


def test_the_index_is_derived_data_outside_undo(lp: Project) -> None:
    from duocoder.storage.models import UNDOABLE_TABLES, Lemma, TextIndex, WordForm

    assert not {TextIndex, Lemma, WordForm} & set(UNDOABLE_TABLES)
    lp.add_document("Anna", source("R: Ik vertrouw haar."), "participant")
    lp.index_documents()
    assert lp.history.undo_label == "Import Anna" and not lp.can_redo


def test_undoing_an_import_leaves_no_stale_index(lp: Project) -> None:
    lp.add_document("Anna", source("R: Ik vertrouw haar."), "participant")
    lp.index_documents()
    lp.undo()  # the import
    assert lp.index_status().documents == 0
    # a new document may get the old one's id; the old index must not answer for it
    doc = lp.add_document("Bert", source("R: Ik help hem graag."), "volunteer")
    status = lp.index_status()
    assert status.pending == (doc.id,)
    with pytest.raises(NotIndexedError):
        lp.search("vertrouwen", "lemma")
    lp.index_documents()
    assert lp.search("vertrouwen", "lemma") == []
    assert _matches(lp.search("helpen", "lemma")) == ["help"]


def test_a_document_back_from_undo_is_indexed_again(duo: Project) -> None:
    anna = duo.document("Anna").id
    duo.delete_document(anna)
    duo.undo()
    assert duo.index_status().pending == (anna,)
    report = duo.index_documents()
    assert report.documents == 1 and not report.cancelled
    assert len(duo.search("vertrouwen", "lemma")) == 7


def test_an_index_row_with_another_hash_is_stale(duo: Project) -> None:
    from sqlalchemy import update

    from duocoder.storage.database import transaction
    from duocoder.storage.models import TextIndex

    anna = duo.document("Anna").id
    with transaction(duo._sessions) as s:
        s.execute(update(TextIndex).where(TextIndex.document_id == anna).values(content_hash="x"))
    assert duo.index_status().pending == (anna,)
    duo.set_language("en")  # lemmas of another language are stale too
    assert len(duo.index_status().pending) == 3


def test_indexing_reports_progress_and_can_be_cancelled(lp: Project) -> None:
    for n in range(12):
        lp.add_document(f"Doc {n}", source(f"R: Ik vertrouw haar {n} keer."), "participant")
    seen: list[tuple[int, int]] = []
    report = lp.index_documents(
        progress=lambda done, total, name: seen.append((done, total)),
        cancelled=lambda: len(seen) >= 3,
    )
    assert report.cancelled and report.documents == 3 and seen[-1] == (3, 12)
    assert lp.index_status().indexed == 3  # what was done before the cancel is kept
    report = lp.index_documents()
    assert (report.documents, report.cancelled) == (9, False)
    assert lp.index_documents(force=True).documents == 12


def test_a_document_deleted_while_indexing_is_skipped(lp: Project) -> None:
    docs = [
        lp.add_document(f"Doc {n}", source(f"R: Ik vertrouw haar {n}."), "participant")
        for n in range(3)
    ]

    def progress(done: int, total: int, name: str) -> None:
        if done == 1:  # e.g. the researcher deletes a document while the window indexes
            lp.delete_document(docs[2].id)

    report = lp.index_documents(progress=progress)
    assert not report.cancelled
    status = lp.index_status()
    assert (status.documents, status.indexed, status.pending) == (2, 2, ())
