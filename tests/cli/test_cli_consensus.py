"""`duocoder consensus`: the agreed codings go to the consensus coder, reported in the
project's language or as JSON, refusals are one sentence, and undo takes it back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duocoder.app.project import CodingSpec, Project
from tests.helpers import run_cli, source

TEXT = "R: De eerste ontmoeting was spannend, maar de klik was er meteen. En nu een gezin."


def _project(path: Path, language: str = "en") -> Path:
    with Project.create(path, language=language) as p:
        doc = p.add_document("Anna", source(TEXT), "participant").id
        p.add_codings(
            [
                CodingSpec(doc, 3, 20, "Verbinding/Klik", "Lies"),
                CodingSpec(doc, 3, 20, "Verbinding/Klik", "Tom"),
                CodingSpec(doc, 30, 40, "Verbinding/Vertrouwen", "Lies"),
                CodingSpec(doc, 30, 40, "Verbinding/Vertrouwen", "Tom"),
                CodingSpec(doc, 50, 60, "Verbinding/Klik", "Lies"),
                CodingSpec(doc, 52, 60, "Verbinding/Klik", "Tom"),
            ],
            create_codes=True,
        )
    return path


def _consensus(path: Path) -> list[tuple[int, int, str]]:
    with Project.open(path) as p:
        return [(s.start, s.end, s.code) for s in p.segments(coders=["Consensus"])]


def test_consensus_copies_the_agreed_codings_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _project(tmp_path / "p.duocoder")
    code, out, err = run_cli(capsys, "consensus", str(path), "--coder", "Lies", "--coder", "Tom")
    assert (code, err) == (0, "")
    assert out.strip() == (
        "Copied 2 codings on which Lies and Tom agree to 'Consensus' (0 codings already there)."
    )
    assert _consensus(path) == [(3, 20, "Verbinding/Klik"), (30, 40, "Verbinding/Vertrouwen")]


def test_json_and_a_second_run_add_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _project(tmp_path / "p.duocoder")
    args = ["consensus", str(path), "--coder", "Lies", "--coder", "Tom", "--json"]
    run_cli(capsys, *args)
    code, out, _ = run_cli(capsys, *args)
    assert code == 0
    assert json.loads(out) == {
        "name": "Consensus",
        "coders": ["Lies", "Tom"],
        "codings_copied": 0,
        "already_there": 2,
    }
    assert len(_consensus(path)) == 2


def test_code_and_name_choose_what_and_who(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _project(tmp_path / "p.duocoder")
    code, out, _ = run_cli(
        capsys,
        "consensus",
        str(path),
        "--coder",
        "Lies",
        "--coder",
        "Tom",
        "--name",
        "Samen",
        "--code",
        "Verbinding/Vertrouwen",
        "--json",
    )
    assert code == 0 and json.loads(out)["codings_copied"] == 1
    with Project.open(path) as p:
        assert [(s.start, s.code) for s in p.segments(coders=["Samen"])] == [
            (30, "Verbinding/Vertrouwen")
        ]


@pytest.mark.parametrize(
    ("coders", "name", "words"),
    [
        (["Lies"], "Consensus", "at least two different coders"),
        (["Lies", "Nobody"], "Consensus", "There is no coder 'Nobody' in"),
        (["Lies", "Tom"], "Tom", "cannot be one of the coders compared"),
    ],
)
def test_refusals_are_one_sentence_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], coders: list[str], name: str, words: str
) -> None:
    path = _project(tmp_path / "p.duocoder")
    args = [a for c in coders for a in ("--coder", c)]
    code, out, err = run_cli(capsys, "consensus", str(path), *args, "--name", name)
    assert code == 1 and out == ""
    assert words in err and err.count("\n") == 1
    assert _consensus(path) == []
    with Project.open(path) as p:
        assert "Consensus" not in [c.name for c in p.coders()]


def test_dutch_project_speaks_dutch_and_undo_takes_it_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from duocoder.cli.messages import ENVIRONMENT

    monkeypatch.delenv(ENVIRONMENT)
    path = _project(tmp_path / "p.duocoder", language="nl")
    code, out, _ = run_cli(capsys, "consensus", str(path), "--coder", "Lies", "--coder", "Tom")
    assert code == 0
    assert out.strip() == (
        "2 coderingen waarover Lies en Tom het eens zijn naar 'Consensus' gekopieerd "
        "(0 coderingen al aanwezig)."
    )
    code, _, err = run_cli(capsys, "consensus", str(path), "--coder", "Lies")
    assert "minstens twee verschillende codeurs" in err
    assert run_cli(capsys, "undo", str(path))[0] == 0
    assert _consensus(path) == []
