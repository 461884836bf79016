"""Identifier detection (`duocoder.nlp.identifiers`): what the privacy review shows the
researcher. Precision and recall per kind are held just below what was measured on the
generated interviews of `tests.privacy_corpus`, so a change that loses identifiers fails here.

deduce is loaded once for the session (`loaded` fixture; about 75 s the very first time on a
machine, when it builds its lookup cache, a few seconds after that)."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from itertools import pairwise
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from duocoder.domain.privacy import KINDS, Found, Kind, KnownNames
from duocoder.nlp import identifier_library
from duocoder.nlp.identifier_rules import valid_national_id
from duocoder.nlp.identifiers import IdentifierFinder, find_identifiers
from tests.privacy_corpus import (
    NOT_NAMES,
    Sample,
    Score,
    build_corpus,
    hand_written,
    kind_counts,
    score,
)

RULES_ONLY = IdentifierFinder(library=False)
NOTHING_KNOWN = KnownNames(not_names=NOT_NAMES)

# Measured on the corpus (seed 14) when these floors were set, precision / recall:
# development sentences: every kind 1.00 / 1.00, organisation 0.99 / 0.99;
# held-out sentences: every kind 1.00 / 1.00, postcode 1.00 / 0.99.
# The floors sit just below, so a regression of a few identifiers fails.
FLOORS: dict[Kind, tuple[float, float]] = {
    "person": (0.97, 0.97),
    "organisation": (0.97, 0.97),
    "place": (0.97, 0.97),
    "address": (0.97, 0.97),
    "postcode": (0.97, 0.97),
    "date": (0.97, 0.97),
    "age": (0.97, 0.97),
    "phone": (0.98, 0.98),
    "email": (0.98, 0.98),
    "url": (0.98, 0.98),
    "national_id": (0.98, 0.98),
}


@pytest.fixture(scope="session")
def loaded() -> IdentifierFinder:
    """The shared finder with deduce loaded, once for the whole session."""
    identifier_library.library()
    return IdentifierFinder()


@pytest.fixture(scope="session")
def corpus() -> list[Sample]:
    return build_corpus()


@pytest.fixture(scope="session")
def held_out() -> list[Sample]:
    return build_corpus(held_out=True)


def _finder(
    finder: IdentifierFinder, language: str = "nl"
) -> Callable[[Sample], list[tuple[int, int, str]]]:
    def find(sample: Sample) -> list[tuple[int, int, str]]:
        return [(f.start, f.end, f.kind) for f in finder.find(sample.text, sample.known, language)]

    return find


def _texts(text: str, found: list[Found]) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.kind) for f in found]


def test_the_corpus_holds_at_least_200_identifiers_of_every_kind_at_their_places(
    corpus: list[Sample], held_out: list[Sample]
) -> None:
    for samples in (corpus, held_out):
        counts = kind_counts(samples)
        assert set(counts) == set(KINDS)
        assert min(counts.values()) >= 200, counts
        for sample in samples:
            for gold in sample.gold:
                assert sample.text[gold.start : gold.end] == gold.text
    assert build_corpus() == corpus  # seeded: the same corpus every run


@pytest.fixture(scope="session")
def scores(
    loaded: IdentifierFinder, corpus: list[Sample], held_out: list[Sample]
) -> tuple[dict[Kind, Score], dict[Kind, Score]]:
    """The finder scored once on both sentence sets."""
    return score(corpus, _finder(loaded)), score(held_out, _finder(loaded))


@pytest.mark.slow
@pytest.mark.parametrize("kind", KINDS)
def test_precision_and_recall_per_kind_stay_above_their_floors(
    kind: Kind, scores: tuple[dict[Kind, Score], dict[Kind, Score]]
) -> None:
    precision, recall = FLOORS[kind]
    for by_kind in scores:
        result = by_kind[kind]
        assert result.precision >= precision, (kind, result)
        assert result.recall >= recall, (kind, result)


@pytest.mark.slow
def test_duocoder_finds_more_than_the_library_alone_on_every_kind(
    scores: tuple[dict[Kind, Score], dict[Kind, Score]], held_out: list[Sample]
) -> None:
    def library_alone(sample: Sample) -> list[tuple[int, int, str]]:
        return [(h.start, h.end, h.kind) for h in identifier_library.library_hits(sample.text)]

    ours = scores[1]
    baseline = score(held_out, library_alone)
    for kind in KINDS:
        assert ours[kind].f1 >= baseline[kind].f1, kind
    # what deduce alone misses in Flemish interviews
    for kind in ("organisation", "postcode", "national_id", "place", "phone"):
        assert baseline[kind].recall < 0.5 < ours[kind].recall, kind


@pytest.mark.slow
def test_most_identifiers_of_a_hand_written_interview_are_found(loaded: IdentifierFinder) -> None:
    """Measured: 33 of 35 found, 1 wrong (it misses "die is negen" and takes "Colruyt
    Laagste Prijzen" for a person "Laagste Prijzen"); deduce alone finds 14."""
    interview = hand_written()
    by_kind = score([interview], _finder(loaded))
    found = sum(s.true_positives for s in by_kind.values())
    wrong = sum(s.false_positives for s in by_kind.values())
    assert found >= 32 and wrong <= 2, by_kind


@pytest.mark.slow
def test_a_name_the_library_runs_on_into_an_organisation_is_split(
    loaded: IdentifierFinder,
) -> None:
    text = "Ja, en toen heb ik Griet Vermeulen van Vzw De Brug gebeld."
    found = loaded.find(text, NOTHING_KNOWN)
    assert _texts(text, found) == [("Griet Vermeulen", "person"), ("Vzw De Brug", "organisation")]
    assert [f.source for f in found] == ["library", "rule"]


@pytest.mark.slow
def test_spans_are_sorted_disjoint_whole_words_and_exactly_the_identifier(
    loaded: IdentifierFinder, corpus: list[Sample]
) -> None:
    for sample in corpus[:60]:
        text = sample.text
        found = loaded.find(text, sample.known)
        assert found == sorted(found, key=lambda f: (f.start, f.end))
        for before, after in pairwise(found):
            assert before.end <= after.start
        for f in found:
            piece = text[f.start : f.end]
            assert piece == piece.strip(" ,;:!?\n")
            assert not piece.endswith(".") or re.search(r"\b[A-Z]\.$", piece), piece
            assert f.start == 0 or not text[f.start - 1].isalnum()
            assert f.end == len(text) or not text[f.end].isalnum()
            assert f.kind in KINDS


@pytest.mark.slow
def test_not_names_are_never_found(loaded: IdentifierFinder, corpus: list[Sample]) -> None:
    not_names = {n.casefold() for n in NOT_NAMES}
    for sample in corpus:
        for f in loaded.find(sample.text, sample.known):
            words = sample.text[f.start : f.end].casefold().split()
            assert words[0] not in not_names and words[-1] not in not_names, words
    text = "Interviewer: Dag Buddy. Coördinator Sofie belde. I: Deelnemer?"
    known = KnownNames(
        persons=("Interviewer", "Sofie"),
        not_names=("Interviewer", "I", "buddy", "coördinator", "deelnemer"),
    )
    assert _texts(text, loaded.find(text, known)) == [("Sofie", "person")]


def test_known_names_are_found_everywhere_in_any_case_and_only_as_whole_words() -> None:
    text = "ik zag sofie gisteren, sofieke niet. Ook SOFIE CLAES belde, en claes zelf ook."
    known = KnownNames(persons=("Sofie Claes",), organisations=("Duo Denderland",))
    found = RULES_ONLY.find(text, known)
    assert _texts(text, found) == [
        ("sofie", "person"),
        ("SOFIE CLAES", "person"),
        ("claes", "person"),
    ]
    assert {f.source for f in found} == {"names"}
    text = "via duo denderland en Duo  Denderland, niet via duo denderlandse."
    found = RULES_ONLY.find(text, known)
    assert _texts(text, found) == [
        ("duo denderland", "organisation"),
        ("Duo  Denderland", "organisation"),
    ]
    assert {f.source for f in found} == {"case"}


def test_a_known_name_says_where_it_comes_from_when_told() -> None:
    text = "Karim: ja. Dat zei Lies ook."
    known = KnownNames(persons=("Karim", "Lies"))
    found = RULES_ONLY.find(text, known, origins={"karim": "speaker", "lies": "document"})
    assert [(text[f.start : f.end], f.source) for f in found] == [
        ("Karim", "speaker"),
        ("Lies", "document"),
    ]


def test_a_known_name_inside_an_email_address_is_not_a_name_of_its_own() -> None:
    text = "Mail naar cem@outlook.be of bel Cem op 0471 23 45 67."
    found = RULES_ONLY.find(text, KnownNames(persons=("Cem",)))
    assert _texts(text, found) == [
        ("cem@outlook.be", "email"),
        ("Cem", "person"),
        ("0471 23 45 67", "phone"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mijn nummer is 85.07.30-033.28, ja.", [("85.07.30-033.28", "national_id")]),
        ("Op het formulier: 85073003328.", [("85073003328", "national_id")]),
        ("Een geboren in 2005: 05.03.12-123.60 dus.", [("05.03.12-123.60", "national_id")]),
        ("Een foute: 85.07.30-033.29 telt niet.", []),
        ("Bel +32 471 23 45 67 of 09/123.45.67.", [("+32 471 23 45 67", "phone"),
                                                  ("09/123.45.67", "phone")]),
        ("Ik woon in de Lange Leemstraat 23 bus 2 in Antwerpen.",
         [("Lange Leemstraat 23 bus 2", "address"), ("Antwerpen", "place")]),
        ("Het adres is 9160 Zaffelare.", [("9160", "postcode"), ("Zaffelare", "place")]),
        ("Dat was in 1995 bij ons.", []),
        ("Ik ben 72 jaar en al 5 jaar vrijwilliger, twee jaar geleden begonnen.",
         [("72 jaar", "age")]),
        ("Toen ik vierentwintig jaar was, een 34-jarige vrouw.",
         [("vierentwintig jaar", "age"), ("34-jarige", "age")]),
        ("De coördinator, mevrouw V., en Jan D. kwamen.", [("V.", "person"), ("Jan D.", "person")]),
        ("Ze noemen me ‘Bolle’ op het werk.", [("Bolle", "person")]),
        ("Ik woon in Geel, het huis is geel.", [("Geel", "place")]),
        ("Met De Lijn naar het OCMW, op maandag 3 maart.", [("3 maart", "date")]),
        ("Ik werk bij Wijkcentrum De Kring en De Brug vzw.",
         [("Wijkcentrum De Kring", "organisation"), ("De Brug vzw", "organisation")]),
        ("Kijk op https://www.debrug.be/aanmelden.", [("https://www.debrug.be/aanmelden", "url")]),
        ("Dat was bij meneer De Smet en mevrouw Van den Broeck.",
         [("De Smet", "person"), ("Van den Broeck", "person")]),
        ("Ze woont in De Haan, op de De Keyserlei 5.",
         [("De Haan", "place"), ("De Keyserlei 5", "address")]),
    ],
)  # fmt: skip
def test_duocoders_rules_find_belgian_identifiers(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = RULES_ONLY.find(text, NOTHING_KNOWN)
    assert _texts(text, found) == expected
    assert {f.source for f in found} <= {"rule"}


def test_the_national_register_check_digits() -> None:
    assert valid_national_id("85073003328")
    assert not valid_national_id("85073003329")
    assert valid_national_id("05031212360")  # born in 2005: 2 put before the nine digits
    assert not valid_national_id("05031212322")
    assert not valid_national_id("85133003328")  # no 13th month


def test_english_text_does_not_wait_for_the_library(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise AssertionError("deduce was loaded for English text")

    monkeypatch.setattr(identifier_library, "library", refuse)
    text = "Then Mohamed said: call me on 0471 23 45 67, I live at 12 Kerkstraat in Gent."
    found = IdentifierFinder().find(text, KnownNames(persons=("Mohamed",)), language="en")
    assert _texts(text, found) == [
        ("Mohamed", "person"),
        ("0471 23 45 67", "phone"),
        ("12 Kerkstraat", "address"),
        ("Gent", "place"),
    ]


def test_the_library_cache_goes_to_a_private_folder_when_the_user_cache_is_unusable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import platformdirs

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *a, **k: str(blocked / "cache"))
    folder = identifier_library.cache_dir()
    assert folder.is_dir() and folder.name.startswith("duocoder-deduce-")
    assert folder.stat().st_mode & 0o077 == 0  # nobody else can plant a pickle there
    monkeypatch.setattr(platformdirs, "user_cache_dir", lambda *a, **k: str(tmp_path / "user"))
    assert identifier_library.cache_dir().parent.parent == tmp_path / "user"


def test_the_library_is_built_once_however_many_threads_ask_at_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    built: list[object] = []

    class SlowDeduce:
        def __init__(self, cache_path: Path) -> None:
            time.sleep(0.2)  # long enough for every thread to arrive while it loads
            built.append(self)

    monkeypatch.setattr(identifier_library, "_instance", None)
    monkeypatch.setattr(
        identifier_library, "_import_deduce", lambda: SimpleNamespace(Deduce=SlowDeduce)
    )
    monkeypatch.setattr(identifier_library, "cache_dir", lambda: tmp_path)
    with ThreadPoolExecutor(8) as pool:
        instances = list(pool.map(lambda _: identifier_library.library(), range(8)))
    assert len(built) == 1
    assert all(i is built[0] for i in instances)


def test_importing_the_library_leaves_logging_alone() -> None:
    """deduce calls logging.basicConfig(stdout, DEBUG) at import; DuoCoder's CLI output must
    not fill up with other libraries' debug lines."""
    code = (
        "import logging\n"
        "from duocoder.nlp.identifier_library import _import_deduce\n"
        "_import_deduce()\n"
        "print(len(logging.getLogger().handlers), logging.getLogger().level)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == ["0", str(30)]


def test_importing_the_nlp_package_does_not_load_the_library() -> None:
    code = "import sys\nimport duocoder.nlp.identifiers\nprint('deduce' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


_ODD_TEXT = st.lists(
    st.sampled_from(
        [
            *"abcdeéëïçşłSGJKVDA019 .,-/:@'’‘“”\u00a0\n\t",
            *("Sofie", "Gent", "straat", " vzw ", "jaar", "0471", "85.07.30-033.28", "www."),
        ]
    ),
    max_size=60,
).map("".join)


def _check_spans(text: str, found: list[Found]) -> None:
    assert all(0 <= f.start < f.end <= len(text) for f in found)
    assert found == sorted(found, key=lambda f: (f.start, f.end))
    assert all(a.end <= b.start for a, b in pairwise(found))
    assert all(f.start == 0 or not text[f.start - 1].isalnum() for f in found)
    assert all(f.end == len(text) or not text[f.end].isalnum() for f in found)


@given(text=_ODD_TEXT)
@example(text="0a-Sofie")  # a double first name is not grown into "0a"
@settings(max_examples=300, deadline=None)
def test_spans_stay_inside_any_text_sorted_and_disjoint(text: str) -> None:
    known = KnownNames(persons=("Sofie Claes", "Ayşe"), organisations=("De Brug",))
    _check_spans(text, RULES_ONLY.find(text, known))


@pytest.mark.slow
@given(text=_ODD_TEXT)
@settings(max_examples=60, deadline=None)
def test_spans_stay_inside_any_text_with_the_library_too(
    loaded: IdentifierFinder, text: str
) -> None:
    _check_spans(text, find_identifiers(text, KnownNames(persons=("Sofie",))))


def test_a_known_name_that_is_also_a_word_is_found_only_with_its_capital_inside_a_sentence() -> (
    None
):
    from duocoder.nlp.identifiers import IdentifierFinder

    text = "Ze zei: ik ben geen kind, Ben. Ben ik nu haar enige? Toen Ben kwam, ben ik blij."
    found = IdentifierFinder(library=False).find(text, KnownNames(persons=("Ben",)))
    assert [(text[f.start : f.end], f.start) for f in found] == [
        ("Ben", text.index("Ben.")),
        ("Ben", text.index("Ben kwam")),
    ]


def test_a_name_found_by_the_library_never_runs_over_a_sentence_end() -> None:
    text = "Via Sofie. Marc belde me later."
    found = find_identifiers(text, KnownNames())
    assert [text[f.start : f.end] for f in found if f.kind == "person"] == ["Sofie", "Marc"]
