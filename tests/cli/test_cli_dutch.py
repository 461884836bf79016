"""A Dutch project gets a Dutch command line: messages, table headers and role names;
`--json` stays English for scripts."""

from __future__ import annotations

import json
import string
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.cli.messages import ENVIRONMENT, MESSAGES, NOUNS
from tests.helpers import run_cli, source

TEXT = "I: Hoe leerden jullie elkaar kennen?\nR: Via de coördinator. Het klikte meteen.\n"


@pytest.fixture(autouse=True)
def project_language(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENVIRONMENT, raising=False)  # the project's language decides


@pytest.fixture
def dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "nl.duocoder"
    code, out, _ = run_cli(capsys, "new", str(path), "--language", "nl")
    assert (code, out.strip()) == (0, f"{path} aangemaakt.")
    with Project.open(path) as p:
        p.add_document("Anna", source(TEXT), "participant", "Samen vzw", "Duo 1")
        p.add_document("Carla", source(TEXT.replace("Via", "Door")), "coordinator", "Samen vzw")
        p.add_code("Verbinding", codable=False)
        p.ensure_code_path("Verbinding/Klik")
        p.add_coding("Anna", "Verbinding/Klik", 40, 58, coder="Lies")
    return path


def test_tables_speak_dutch_with_dutch_role_names(
    dutch: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run_cli(capsys, "docs", str(dutch))
    header, _, anna, carla = out.splitlines()
    assert header.split() == [
        "id",
        "naam",
        "rol",
        "casus",
        "duo",
        "tekens",
        "beurten",
        "coderingen",
    ]
    assert "deelnemer" in anna and "coördinator" in carla
    _, out, _ = run_cli(capsys, "segments", str(dutch))
    assert out.startswith("Anna (deelnemer) 40-58 [Verbinding/Klik] — Lies")
    _, out, _ = run_cli(capsys, "codes", str(dutch))
    assert out.splitlines()[0] == "Verbinding  (0 / 1)  [categorie]"
    _, out, _ = run_cli(
        capsys, "segments", str(dutch), "--code", "Verbinding/Klik", "--role", "vrijwilliger"
    )
    assert out.strip() == "Geen gecodeerde segmenten gevonden."


def test_messages_and_errors_speak_dutch(
    dutch: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        capsys,
        "code",
        str(dutch),
        *("--doc", "Carla", "--start", "40", "--end", "44", "--code", "Verbinding/Klik"),
    )
    assert (
        code == 0 and out.strip() == "40-44 van Carla gecodeerd met Verbinding/Klik (codering 2)."
    )
    code, _, err = run_cli(
        capsys,
        "code",
        str(dutch),
        *("--doc", "Anna", "--start", "40", "--end", "44", "--code", "verbinding/klikken"),
    )
    assert code == 1
    assert err.strip() == (
        "duocoder: Er is geen code 'verbinding/klikken' in dit project. "
        "Bedoelt u 'Verbinding/Klik'? Voeg --create toe om de code aan te maken."
    )
    code, _, err = run_cli(
        capsys,
        "code",
        str(dutch),
        *("--doc", "Anna", "--start", "40", "--end", "58", "--code", "Verbinding/Klik"),
        *("--coder", "Lies"),
    )
    assert code == 1 and err.startswith(
        "duocoder: 40-58 van 'Anna' is al gecodeerd met Verbinding/Klik door Lies;"
    )
    out_file = tmp_path / "boek.qdc"
    _, out, _ = run_cli(capsys, "codebook", "export", str(dutch), "-o", str(out_file))
    assert out.strip() == f"{out_file} geschreven."
    transcripts = []
    for name in ("Bert", "Dirk"):
        transcripts.append(tmp_path / f"{name}.txt")
        transcripts[-1].write_text(f"I: Vraag?\nR: Antwoord van {name}.\n", encoding="utf-8")
    _, out, _ = run_cli(
        capsys, "import", str(dutch), *map(str, transcripts), "--role", "vrijwilliger"
    )
    assert out.splitlines()[0] == "Bert geïmporteerd (2 alinea's, 2 sprekersbeurten)."
    assert out.splitlines()[-1] == "2 documenten geïmporteerd."
    _, out, _ = run_cli(capsys, "undo", str(dutch))
    assert out.startswith("Ongedaan gemaakt: ")


def test_json_stays_english_for_scripts(dutch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run_cli(capsys, "docs", str(dutch), "--json")
    assert [d["role"] for d in json.loads(out)] == ["participant", "coordinator"]
    _, out, _ = run_cli(capsys, "segments", str(dutch), "--json")
    assert json.loads(out)[0]["role"] == "participant"


def test_an_english_project_speaks_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    path = tmp_path / "en.duocoder"
    assert run_cli(capsys, "new", str(path), "--language", "en")[1].strip() == f"Created {path}."
    _, out, _ = run_cli(capsys, "docs", str(path))
    assert out.strip() == "No documents yet. Import transcripts with 'duocoder import'."


def _fields(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def test_every_english_message_has_a_dutch_one_with_the_same_blanks() -> None:
    assert set(MESSAGES["nl"]) == set(MESSAGES["en"])
    for key, english in MESSAGES["en"].items():
        assert _fields(MESSAGES["nl"][key]) == _fields(english), key
    assert set(NOUNS["nl"]) == set(NOUNS["en"])
