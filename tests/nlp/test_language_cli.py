"""`duocoder search`, `suggest` and `words`, run through their own parsers (the lead wires
them into `duocoder.cli.main`)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.cli.language_commands import COMMANDS, add_language_parsers
from duocoder.domain.errors import DuoCoderError
from duocoder.nlp.pipeline import ENV_MODEL
from tests.helpers import source
from tests.nlp.support import ANNA, BERT


def run(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="duocoder")
    add_language_parsers(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.run(args))


@pytest.fixture
def path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(ENV_MODEL, "blank")
    path = tmp_path / "cli.duocoder"
    with Project.create(path) as p:
        p.add_document("Anna", source(ANNA), "participant", "Duo Denderland")
        p.add_document("Bert", source(BERT), "volunteer", "Duo Denderland")
        p.add_code("Vertrouwensrelatie")
        p.set_keywords("Vertrouwensrelatie", ["vertrouwen"])
    return str(path)


def test_the_commands_are_registered() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command")
    add_language_parsers(sub)
    assert set(COMMANDS) <= set(sub.choices)


def test_search_indexes_first_and_prints_json(
    path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("search", path, "vertrouwen", "--lemma", "--json") == 0
    out, err = capsys.readouterr()
    assert "Indexing 2 documents first" in err
    hits = json.loads(out)
    assert [h["match"] for h in hits] == [
        "vertrouw",
        "vertrouwde",
        "vertrouwd",
        "vertrouwen",
        "vertrouwt",
        "vertrouwde",
    ]
    assert set(hits[0]) == {"doc", "doc_id", "role", "start", "end", "match", "left", "right"}
    assert (hits[0]["doc"], hits[0]["role"]) == ("Anna", "participant")
    # the second search reuses the index and says nothing on stderr
    assert run("search", path, "VERTROUW", "--word", "--ignore-case", "--role", "deelnemer") == 0
    out, err = capsys.readouterr()
    assert err == "" and "[vertrouw]" in out and out.rstrip().endswith("1 hit in 1 document.")


def test_search_filters_and_interviewer(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    run("search", path, "Vertrouw", "--json")
    assert json.loads(capsys.readouterr().out) == []
    run("search", path, "Vertrouw", "--include-interviewer", "--json")
    assert [h["doc"] for h in json.loads(capsys.readouterr().out)] == ["Anna"]


def test_a_bad_regex_is_one_sentence(path: str) -> None:
    with pytest.raises(DuoCoderError, match=r"^'\(ver' is not a valid regular expression"):
        run("search", path, "(ver", "--regex")


def test_suggest(path: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("suggest", path, "--code", "Vertrouwensrelatie", "--json") == 0
    found = json.loads(capsys.readouterr().out)
    assert found[0]["text"] == "Ik vertrouw haar." and found[0]["keywords"] == ["vertrouwen"]
    run("suggest", path)
    out = capsys.readouterr().out
    assert out.startswith("Vertrouwensrelatie\n") and "[vertrouwen]: Ik vertrouw haar." in out


def test_words(path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("words", path, "--by", "role", "--top", "1", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {"group": "participant", "lemma": "vertrouwen", "count": 4, "documents": 1},
        {"group": "volunteer", "lemma": "vertrouwen", "count": 2, "documents": 1},
    ]
    run("words", path)
    assert capsys.readouterr().out.splitlines()[0].split() == ["vertrouwen", "6", "2", "documents"]
    out = tmp_path / "woorden.xlsx"
    run("words", path, "-o", str(out))
    assert out.exists() and capsys.readouterr().out.startswith("Wrote ")
