"""What the fallback pipeline makes of real Dutch, compared honestly with spaCy's lookup
lemmatizer alone, whose table lacks many regular verb forms."""

from __future__ import annotations

import pytest

from duocoder.nlp.pipeline import get_pipeline

SENTENCES = [
    "Ik vertrouw haar.",
    "Hij vertrouwde niemand.",
    "We hebben elkaar vertrouwd.",
    "Het vertrouwen groeide.",
    "Zij vertrouwt hem.",
    "De vrijwilligers vertrouwden elkaar.",
]


def _lookup_only() -> dict[str, str]:
    import spacy

    nlp = spacy.blank("nl")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return {t.text: t.lemma_ for s in SENTENCES for t in nlp(s)}


def test_the_lookup_table_alone_misses_regular_forms_of_vertrouwen() -> None:
    lemmas = _lookup_only()
    assert lemmas["vertrouwt"] == lemmas["vertrouwden"] == "vertrouwen"
    # these three are not in spacy-lookups-data's Dutch table: a lemma search would miss them
    assert lemmas["vertrouw"] == "vertrouw"
    assert lemmas["vertrouwde"] == "vertrouwde"
    assert lemmas["vertrouwd"] == "vertrouwd"


def test_the_fallback_pipeline_lemmatises_every_form_of_vertrouwen() -> None:
    p = get_pipeline("nl", "blank")
    lemmas = {form: lemma for s in SENTENCES for form, lemma in p.lemmas_of(s)}
    for form in ("vertrouw", "vertrouwde", "vertrouwd", "vertrouwen", "vertrouwt", "vertrouwden"):
        assert lemmas[form] == "vertrouwen", form
    assert lemmas["groeide"] == "groeien"
    assert lemmas["vrijwilligers"] == "vrijwilliger"


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        # nouns and adjectives that the verb tables would turn into verbs stay themselves
        ("week", "week"),
        ("hand", "hand"),
        ("markt", "markt"),
        ("leuk", "leuk"),
        ("gezond", "gezond"),
        # filled from the exception and suffix tables
        ("vrienden", "vriend"),
        ("gevonden", "vinden"),
        ("gaat", "gaan"),
        ("activiteiten", "activiteit"),
        ("georganiseerde", "organiseren"),
        # function words are left alone (the verb table would read `hoe` as `hoeven`)
        ("hoe", "hoe"),
    ],
)
def test_gaps_are_filled_without_inventing_verbs(form: str, lemma: str) -> None:
    p = get_pipeline("nl", "blank")
    assert p.lemmas_of(form) == [(form, lemma)]


def test_english_uses_its_own_lookup_table() -> None:
    p = get_pipeline("en", "blank")
    assert [lemma for _f, lemma in p.lemmas_of("She trusted her friends")] == [
        "she",
        "trust",
        "her",
        "friend",
    ]
