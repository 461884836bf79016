"""The language features that read codings take a coder filter, as the analyses do: words
counted per code, a search inside a code's segments and the suggestions' "already coded"
count only the chosen coders' codings."""

from __future__ import annotations

import json

import pytest

from duocoder.app.project import CodingSpec, Project
from duocoder.domain.errors import NotFoundError

CODE = "Verbinding/Vertrouwensrelatie"


@pytest.fixture
def two_coders(duo: Project) -> Project:
    """Lies coded the sentence about trust growing, Tom the one about the market."""
    text = duo.text("Anna")
    duo.ensure_code_path(CODE)
    duo.set_keywords(CODE, ["vertrouwen"])
    grows = "Het vertrouwen groeide elke week."
    market = "We drinken koffie op de markt, 2 keer per maand."
    a, b = text.index(grows), text.index(market)
    duo.add_codings(
        [
            CodingSpec("Anna", a, a + len(grows), CODE, "Lies"),
            CodingSpec("Anna", b, b + len(market), CODE, "Tom"),
        ]
    )
    return duo


def _words(p: Project, coders: list[str] | None) -> dict[str, int]:
    rows = p.word_frequencies("code", coders=coders, include_function_words=True)
    return {r.lemma: r.count for r in rows if r.group == CODE}


def test_words_per_code_count_the_chosen_coders_segments_only(two_coders: Project) -> None:
    everyone = _words(two_coders, None)
    lies = _words(two_coders, ["Lies"])
    tom = _words(two_coders, ["Tom"])
    assert "week" in lies and "markt" not in lies
    assert "markt" in tom and "week" not in tom
    assert everyone == {w: lies.get(w, 0) + tom.get(w, 0) for w in everyone}


def test_search_inside_a_code_follows_the_coder_filter(two_coders: Project) -> None:
    def found(coders: list[str] | None, inside: bool = True) -> list[str]:
        hits = two_coders.search(
            "week", code=CODE, inside_code=inside, coders=coders, documents=["Anna"]
        )
        return [h.match for h in hits]

    assert found(None) == ["week"]
    assert found(["Lies"]) == ["week"]
    assert found(["Tom"]) == []
    assert found(["Tom"], inside=False) == ["week"]


def test_suggestions_leave_out_only_what_the_chosen_coders_coded(two_coders: Project) -> None:
    def texts(coders: list[str] | None) -> list[str]:
        return [s.text for s in two_coders.suggestions(CODE, coders=coders)]

    grows = "Het vertrouwen groeide elke week."
    assert grows not in texts(None)  # coded by someone: not suggested
    assert grows not in texts(["Lies"])
    assert grows in texts(["Tom"])  # Tom has not coded it yet


def test_an_unknown_coder_is_refused(two_coders: Project) -> None:
    with pytest.raises(NotFoundError, match="no coder 'Nobody'"):
        two_coders.word_frequencies("code", coders=["Nobody"])


def test_the_cli_takes_coder_too(two_coders: Project, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.helpers import run_cli

    path = str(two_coders.path)
    two_coders.close()
    base = ["--code", CODE, "--coder", "Tom", "--json"]
    code, out, _ = run_cli(capsys, "search", path, "week", *base)
    assert code == 0 and json.loads(out) == []
    code, out, _ = run_cli(capsys, "words", path, *base, "--include-function-words")
    lemmas = {r["lemma"] for r in json.loads(out)}
    assert code == 0 and "markt" in lemmas and "week" not in lemmas
    code, out, _ = run_cli(capsys, "suggest", path, *base)
    assert code == 0 and "Het vertrouwen groeide elke week." in [r["text"] for r in json.loads(out)]
