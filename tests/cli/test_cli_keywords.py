"""Keywords from the command line: a project started from the shipped codebook suggests at
once, `codes set-keywords` sets, adds and removes keywords as one undoable step each, and
a keyword table imports as a codebook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duocoder.app.paths import codebooks_dir, resources_dir
from duocoder.app.project import Project
from duocoder.nlp.pipeline import ENV_MODEL
from tests.helpers import run_cli as run

TRUST = "Verbinding/Vertrouwensrelatie"


@pytest.fixture
def shipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    proj = tmp_path / "duo.duocoder"
    codebook = str(codebooks_dir() / "duowerkingen.qdc")
    assert run(capsys, "new", str(proj), "--codebook", codebook)[0] == 0
    return proj


def _keywords(proj: Path, path: str = TRUST) -> tuple[str, ...]:
    with Project.open(proj) as p:
        return p.code(path).keywords


def test_a_project_from_the_shipped_codebook_suggests_without_a_further_step(
    shipped: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV_MODEL, "blank")
    transcript = resources_dir() / "demo" / "transcripts" / "deelnemer.txt"
    assert run(capsys, "import", str(shipped), str(transcript), "--role", "deelnemer")[0] == 0
    code, out, _ = run(capsys, "suggest", str(shipped), "--json")
    assert code == 0
    found = json.loads(out)
    codes = {s["code"] for s in found}
    assert len(found) >= 50 and len(codes) >= 20
    assert {TRUST, "Verbinding/Gezamenlijke activiteiten"} <= codes


def test_set_add_and_remove_keywords_each_one_undo_step(
    shipped: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = str(shipped)
    code, out, _ = run(capsys, "codes", "set-keywords", p, TRUST, "vertrouwen", "Rekenen op")
    assert code == 0
    assert out == f"'{TRUST}' now has 2 keywords: vertrouwen, Rekenen op.\n"
    # options may stand before the keywords too; a repeat that differs in case is dropped
    code, out, _ = run(
        capsys, "codes", "set-keywords", p, TRUST, "--add", "veilig", "VERTROUWEN", "--json"
    )
    assert code == 0
    result = json.loads(out)
    assert result["keywords"] == ["vertrouwen", "Rekenen op", "veilig"]
    assert result["before"] == ["vertrouwen", "Rekenen op"] and result["changed"] is True
    assert run(capsys, "codes", "set-keywords", p, TRUST, "rekenen op", "--remove")[0] == 0
    assert _keywords(shipped) == ("vertrouwen", "veilig")
    code, out, _ = run(capsys, "undo", p)
    assert code == 0 and f"keywords of {TRUST}" in out
    assert _keywords(shipped) == ("vertrouwen", "Rekenen op", "veilig")
    run(capsys, "undo", p)
    run(capsys, "undo", p)
    assert "vertrouwen" in _keywords(shipped) and "toevertrouwen" in _keywords(shipped)
    code, out, _ = run(capsys, "codes", "set-keywords", p, TRUST, "--clear")
    assert code == 0 and out == f"'{TRUST}' no longer has keywords.\n"
    assert _keywords(shipped) == ()
    code, out, _ = run(capsys, "codes", "set-keywords", p, TRUST, "--add", "café")
    assert out == f"'{TRUST}' now has 1 keyword: café.\n"


def test_the_code_list_keeps_working_and_wrong_input_is_explained(
    shipped: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = str(shipped)
    code, out, _ = run(capsys, "codes", p)
    assert code == 0 and out.startswith("Verbinding  (0)\n  Vertrouwensrelatie  (0)\n")
    code, out, _ = run(capsys, "codes", p, "--json")
    assert code == 0 and json.loads(out)[1]["path"] == TRUST
    assert "vertrouwen" in json.loads(out)[1]["keywords"]  # scripts see the keywords too
    code, _, err = run(capsys, "codes", "set-keywords", p, "vertrouwen", "x")
    assert code == 1
    assert "There is no code 'vertrouwen'" in err and f"Did you mean '{TRUST}'" in err
    code, _, err = run(capsys, "codes", "set-keywords", p, TRUST)
    assert code == 1 and "--clear" in err
    code, _, err = run(capsys, "codes", "set-keywords", p, TRUST, "--remove", "nergens")
    assert code == 1 and "has no keyword 'nergens'" in err and "toevertrouwen" in err
    with Project.open(shipped) as project:
        assert not project.history.undo_label or "keywords" not in project.history.undo_label


def test_importing_the_keywords_table_gives_codes_their_keywords(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    proj = tmp_path / "eigen.duocoder"
    with Project.create(proj) as p:
        p.add_code("Verbinding")
        p.add_code("Vertrouwensrelatie", "Verbinding")
    table = str(codebooks_dir() / "duowerkingen-keywords.csv")
    code, out, _ = run(capsys, "codebook", "import", str(proj), table, "--json")
    assert code == 0
    report = json.loads(out)
    assert report["notes"] == []
    assert "Verbinding/Vertrouwensrelatie" in report["updated"]
    assert "rekenen op" in _keywords(proj)


def test_a_dutch_project_hears_about_its_keywords_in_dutch(
    shipped: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from duocoder.cli.messages import ENVIRONMENT

    monkeypatch.delenv(ENVIRONMENT, raising=False)  # the project's language decides
    p = str(shipped)
    code, out, _ = run(capsys, "codes", "set-keywords", p, TRUST, "vertrouwen", "café")
    assert (code, out) == (0, f"'{TRUST}' heeft nu 2 trefwoorden: vertrouwen, café.\n")
    code, out, _ = run(capsys, "codes", "set-keywords", p, TRUST, "--clear")
    assert out == f"'{TRUST}' heeft geen trefwoorden meer.\n"
    code, _, err = run(capsys, "codes", "set-keywords", p, "Verbinding/Vertrouwen", "x")
    assert code == 1 and f"Bedoelt u '{TRUST}'?" in err
