"""Word frequencies without function words and names by default, as a Dutch reader wants
the top words of an interview: `soms` counted as soms, no `’s`, no Anja, Griet or Sofie."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.cli.language_commands import add_language_parsers
from duocoder.nlp.pipeline import ENV_MODEL
from tests.helpers import source

ANJA = (
    "I: Hoe gaat het met Griet en de andere vrijwilligers?\n"
    "Anja: Soms gaan Griet en ik ’s avonds wandelen. Dan komt Sofie ook mee.\n"
    "Anja: Het is heel gezellig met Griet, echt waar. Eenzaamheid is soms zwaar.\n"
    "Anja: Eh, ik ben blij met m’n maatje. Ze belt me 's morgens op.\n"
    "Vrijwilliger: Sofie en ik hebben het soms over de vrijwilliger van Griet en de WMO."
)
"""A demo-like transcript: names mid-sentence (Griet, Sofie) and as a speaker label (Anja,
also the document's name), `Soms` and `Eenzaamheid` capitalised only at sentence starts,
and the label `Vrijwilliger`, which is also a common noun in the speech."""


def _counts(rows) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {r.lemma: r.count for r in rows}


@pytest.fixture
def anja(lp: Project) -> Project:
    lp.add_document("Anja", source(ANJA), "participant", "Duo Griet en Anja")
    lp.index_documents()
    return lp


def test_names_and_function_words_are_left_out_by_default(anja: Project) -> None:
    counts = _counts(anja.word_frequencies())
    for name in ("anja", "griet", "sofie"):
        assert name not in counts, name
    for function_word in ("'s", "’s", "s", "het", "ik", "de", "m'n", "mijn", "eh", "zijn", "mee"):
        assert function_word not in counts, function_word
    assert counts["soms"] == 3 and "som" not in counts
    assert counts["heel"] == 1 and "helen" not in counts
    # capitalised only at a sentence start is no evidence of a name
    assert counts["eenzaamheid"] == 1
    # a speaker label that is also written in lower case is a common noun, not a name
    assert counts["vrijwilliger"] == 1
    assert counts["wandelen"] == 1 and counts["maatje"] == 1 and counts["bellen"] == 1
    # an acronym is a word to count, not a name
    assert counts["wmo"] == 1


def test_names_and_function_words_when_asked(anja: Project) -> None:
    names = _counts(anja.word_frequencies(include_names=True))
    assert names["griet"] == 3 and names["sofie"] == 2
    assert "het" not in names
    words = _counts(anja.word_frequencies(include_function_words=True))
    assert words["het"] == 2 and words["'s"] == 2 and words["ik"] == 3
    assert "’s" not in words and "s" not in words  # one function word, however it is written
    assert "griet" not in words
    everything = _counts(
        anja.word_frequencies(
            include_function_words=True, include_names=True, include_interviewer=True
        )
    )
    assert everything["griet"] == 4 and everything["gaan"] == 2


def test_a_projects_own_list_of_names(anja: Project) -> None:
    """A word the project lists as a name is left out even where it is written in lower case
    (`maatje` here stands for a listed nickname)."""
    from duocoder.storage.database import transaction
    from duocoder.storage.models import Meta

    with transaction(anja._sessions) as s:
        s.add(Meta(key="names", value="Maatje\nNiemand"))
    anja._meta_cache = None
    assert "maatje" not in _counts(anja.word_frequencies())
    assert "maatje" in _counts(anja.word_frequencies(include_names=True))


def _run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="duocoder")
    add_language_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.run(args))


def test_cli_words_include_options(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(ENV_MODEL, "blank")
    monkeypatch.setenv("DUOCODER_CLI_LANGUAGE", "en")
    path = tmp_path / "cli.duocoder"
    with Project.create(path) as p:
        p.add_document("Anja", source(ANJA), "participant")
    capsys.readouterr()

    def lemmas(*options: str) -> set[str]:
        assert _run("words", str(path), "--top", "100", "--json", *options) == 0
        return {row["lemma"] for row in json.loads(capsys.readouterr().out)}

    default = lemmas()
    assert "soms" in default and not default & {"griet", "sofie", "anja", "'s", "het"}
    assert {"griet", "sofie"} <= lemmas("--include-names")
    assert {"het", "'s"} <= lemmas("--include-function-words")
    assert {"griet", "het"} <= lemmas("--include-function-words", "--include-names")


def test_a_lemma_is_counted_as_a_whole(lp: Project) -> None:
    """spaCy's stop list names `zei` but no other form of `zeggen`: all of them count."""
    text = "R: Ze zei het. Hij zegt het ook. Zeggen is makkelijk."
    lp.add_document("Rita", source(text), "other")
    lp.index_documents()
    assert _counts(lp.word_frequencies())["zeggen"] == 3
