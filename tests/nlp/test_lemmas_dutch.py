"""Dutch lemmas as a Dutch reader expects them, measured on the hand-made gold list of
interview language (tests/nlp/data/lemmas_nl.tsv; `python -m bench.lemmatizers` prints the
comparison of lemmatizers behind the choice), and used by the index and lemma search."""

from __future__ import annotations

import pytest

from bench.lemmatizers import CATEGORIES, read_gold, score
from duocoder.app.project import Project
from duocoder.nlp.pipeline import get_pipeline
from tests.helpers import source

GOLD = read_gold()


def _lemma(form: str) -> str:
    """The lemma the fallback pipeline gives a word on its own (as the index stores it)."""
    [(_form, lemma)] = get_pipeline("nl", "blank").lemmas_of(form)
    return lemma


def test_the_gold_list_is_large_and_covers_every_category() -> None:
    assert len(GOLD) >= 500
    assert len({e.form for e in GOLD}) == len(GOLD)
    per = {c: sum(e.category == c for e in GOLD) for c in CATEGORIES}
    assert min(per.values()) >= 50, per


def test_the_index_lemmatises_the_gold_list_at_least_95_percent_right() -> None:
    counts, misses = score(_lemma, GOLD)
    right, total = counts["all"]
    assert right / total >= 0.95, misses[:20]
    for category in ("participle", "diminutive", "function"):
        right, total = counts[category]
        assert right / total >= 0.95, (category, [m for m in misses if m[0].category == category])


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        # adverbs and function words stay themselves
        ("soms", "soms"),
        ("heel", "heel"),
        ("even", "even"),
        ("uw", "uw"),
        ("’s", "'s"),
        ("'s", "'s"),
        # clitics, curly or straight
        ("’t", "het"),
        ("m'n", "mijn"),
        ("z’n", "zijn"),
        # participles, diminutives, irregular verbs
        ("gebroken", "breken"),
        ("gegaan", "gaan"),
        ("opgebeld", "opbellen"),
        ("gewandeld", "wandelen"),
        ("afgesproken", "afspreken"),
        ("koffietje", "koffie"),
        ("wandelingetje", "wandeling"),
        ("huisje", "huis"),
        ("bezoekjes", "bezoek"),
        ("maatje", "maatje"),
        ("ben", "zijn"),
        ("heb", "hebben"),
        ("zeiden", "zeggen"),
        ("coördinatoren", "coördinator"),
        ("deelnemer", "deelnemer"),  # not simplemma's deelneemster
        ("auto’s", "auto"),
        # what the lookup table got right stays right
        ("vertrouwde", "vertrouwen"),
        ("gezond", "gezond"),
        ("week", "week"),
    ],
)
def test_what_a_dutch_reader_notices_first(form: str, lemma: str) -> None:
    assert _lemma(form) == lemma


def test_search_breken_by_lemma_finds_gebroken(lp: Project) -> None:
    text = "R: Mijn been was gebroken. Soms brak ik bijna. Het breekt me.\nR: Heel gewoon."
    lp.add_document("Anja", source(text), "participant")
    lp.index_documents()
    hits = lp.search("breken", "lemma")
    assert [h.match for h in hits] == ["gebroken", "brak", "breekt"]
    assert [h.match for h in lp.search("soms", "lemma")] == ["Soms"]
    assert lp.search("som", "lemma") == []
    assert [h.match for h in lp.search("heel", "lemma")] == ["Heel"]
    assert lp.search("helen", "lemma") == []


def test_an_index_of_the_old_lemmatizer_is_rebuilt_with_progress(lp: Project) -> None:
    """A project indexed before the Dutch rules (format 1, `soms` stored as `som`) counts as
    not indexed; indexing it again shows progress and leaves no old lemma to be found."""
    from sqlalchemy import insert, select, update

    from duocoder.storage.database import transaction
    from duocoder.storage.models import Lemma, TextIndex, WordForm

    lp.add_document("Anja", source("R: Soms wandelen we. Soms niet."), "participant")
    lp.add_document("Griet", source("R: Soms bel ik haar op."), "volunteer")
    lp.index_documents()
    assert lp.index_status().complete
    with transaction(lp._sessions) as s:
        s.execute(update(TextIndex).values(format=1))
        s.execute(insert(Lemma).values(id=9999, lemma="som"))
        s.execute(update(WordForm).where(WordForm.form == "soms").values(lemma_id=9999))
    assert len(lp.index_status().pending) == 2
    steps: list[tuple[int, int, str]] = []
    lp.index_documents(progress=lambda done, total, name: steps.append((done, total, name)))
    assert steps == [(1, 2, "Anja"), (2, 2, "Griet")]
    assert lp.index_status().complete
    with lp._read() as s:
        assert set(s.scalars(select(WordForm.lemma_id).where(WordForm.form == "soms"))) != {9999}
    assert lp.search("som", "lemma") == []
    assert len(lp.search("soms", "lemma")) == 3
