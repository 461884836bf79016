"""`duocoder agreement`: the JSON shape scripts depend on, the table in the project's
language with the notes for missing figures, report files (refusing to replace one without
--force), and one-sentence refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duocoder.app.project import CodingSpec, Project
from duocoder.cli.messages import ENVIRONMENT
from tests.helpers import run_cli, source

# twelve respondent paragraphs between interviewer questions
LINES = [
    f"I: Vraag {i}?" if i % 3 == 0 else f"R: Antwoord {i} gaat over de klik. En meer."
    for i in range(18)
]
TEXT = "\n".join(LINES)
STARTS = [sum(len(x) + 1 for x in LINES[:i]) for i in range(len(LINES))]
ANSWERS = [i for i in range(len(LINES)) if i % 3]


def _project(path: Path, language: str = "en") -> Path:
    """Lies codes 'Klik' in answers 1, 2, 4, 5, 7; Tom in 1, 2, 4, 8; Mira in 1, 2, 4, 5;
    'Steun' only by Lies, once."""
    with Project.create(path, language=language) as p:
        doc = p.add_document("Anna", source(TEXT), "participant").id

        def spec(line: int, code: str, coder: str) -> CodingSpec:
            start = STARTS[line] + 3
            return CodingSpec(doc, start, start + 10, code, coder)

        specs = [spec(i, "Verbinding/Klik", "Lies") for i in (1, 2, 4, 5, 7)]
        specs += [spec(i, "Verbinding/Klik", "Tom") for i in (1, 2, 4, 8)]
        specs += [spec(i, "Verbinding/Klik", "Mira") for i in (1, 2, 4, 5)]
        specs.append(spec(10, "Verbinding/Steun", "Lies"))
        p.add_codings(specs, create_codes=True)
    return path


KEYS = {
    "code",
    "units",
    "percent",
    "cohen_kappa",
    "fleiss_kappa",
    "brennan_prediger",
    "gwet_ac1",
    "alpha",
    "alpha_ci",
}


def test_json_has_the_shape_scripts_depend_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _project(tmp_path / "p.duocoder")
    code, out, err = run_cli(
        capsys, "agreement", str(path), "--coder", "Lies", "--coder", "Tom", "--json"
    )
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [c["code"] for c in data["codes"]] == ["Verbinding/Klik", "Verbinding/Steun"]
    klik = data["codes"][0]
    assert set(klik) >= KEYS and KEYS - {"code"} <= set(data["overall"])
    # 12 answers: both 3 (1, 2, 4), only Lies 2 (5, 7), only Tom 1 (8), neither 6
    assert klik["units"] == 12
    assert klik["percent"] == pytest.approx(9 / 12)
    p_o, p_a, p_b = 9 / 12, 5 / 12, 4 / 12
    p_e = p_a * p_b + (1 - p_a) * (1 - p_b)
    assert klik["cohen_kappa"] == pytest.approx((p_o - p_e) / (1 - p_e))
    assert len(klik["alpha_ci"]) == 2 and klik["alpha_ci"][0] <= klik["alpha_ci"][1]
    assert data["overall"]["units"] == 24
    assert set(data["unitized"]) >= {"u_alpha", "cu_alpha", "Cu_alpha"}
    assert set(data["unitized"]["cu_alpha"]) == {"Verbinding/Klik", "Verbinding/Steun"}
    assert "Krippendorff" in data["definition"]["alpha"]
    assert data["coders"] == ["Lies", "Tom"] and data["unit"] == "paragraph"
    assert data["bootstrap"] == {"samples": 1000, "seed": 1}


def test_text_table_and_notes_in_the_projects_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _project(tmp_path / "p.duocoder")
    args = ["agreement", str(path), "--coder", "Lies", "--coder", "Tom", "--coder", "Mira"]
    code, out, err = run_cli(capsys, *args, "--samples", "200")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == "Intercoder agreement"
    assert "  Coders (3): Lies, Tom, Mira" in lines
    header = next(line for line in lines if line.startswith("Code "))
    assert "Fleiss' κ" in header and "Krippendorff's α" in header
    klik = next(line for line in lines if line.startswith("Verbinding/Klik "))
    assert "12" in klik and "[" in klik  # units and an interval
    assert any(line.startswith("Overall (all codes) ") for line in lines)
    assert "Cohen's κ not computed: defined for two coders only." in out
    assert out.count("Cohen's κ not computed") == 1
    assert "Verbinding/Steun: Fleiss' κ" not in out  # Steun varies: only Lies coded it

    monkeypatch.delenv(ENVIRONMENT)  # the CLI speaks the project's language again
    path_nl = _project(tmp_path / "nl.duocoder", language="nl")
    code, out, _ = run_cli(capsys, "agreement", str(path_nl), "--coder", "Lies", "--coder", "Tom")
    assert code == 0
    assert out.splitlines()[0] == "Intercodeursovereenstemming"
    assert "Totaal (alle codes)" in out and "75,0" in out  # a decimal comma


def test_few_units_and_the_unit_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _project(tmp_path / "p.duocoder")
    base = ["agreement", str(path), "--coder", "Lies", "--coder", "Tom", "--json"]
    _, out, _ = run_cli(capsys, *base, "--unit", "sentence", "--include-interviewer")
    data = json.loads(out)
    assert data["codes"][0]["units"] == 6 + 12 * 2  # questions one sentence, answers two
    assert data["include_interviewer"] is True
    _, out, _ = run_cli(capsys, *base, "--code", "Verbinding/Klik", "--unit", "turn")
    (klik,) = json.loads(out)["codes"]
    assert klik["units"] == 12
    with Project.create(tmp_path / "few.duocoder") as p:
        doc = p.add_document("Kort", source("R: Eén.\nR: Twee."), "participant").id
        p.add_codings(
            [CodingSpec(doc, 3, 7, "Klik", "Lies"), CodingSpec(doc, 3, 7, "Klik", "Tom")],
            create_codes=True,
        )
    few = str(tmp_path / "few.duocoder")
    code, out, _ = run_cli(capsys, "agreement", few, "--coder", "Lies", "--coder", "Tom")
    assert code == 0
    assert (
        "% agreement, Cohen's κ, Fleiss' κ, Brennan–Prediger κ, Gwet's AC1, Krippendorff's α "
        "not computed: too few units"
    ) in out


def test_report_files_and_replacing_only_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _project(tmp_path / "p.duocoder")
    out_file = tmp_path / "agreement.xlsx"
    base = ["agreement", str(path), "--coder", "Lies", "--coder", "Tom", "--samples", "50"]
    code, out, err = run_cli(capsys, *base, "-o", str(out_file))
    assert (code, err) == (0, "")
    assert out.rstrip().endswith(f"Wrote {out_file}.")
    assert out_file.read_bytes()[:2] == b"PK"
    before = out_file.read_bytes()
    code, _, err = run_cli(capsys, *base, "-o", str(out_file))
    assert code == 1 and "'agreement.xlsx' already exists; add --force" in err
    assert out_file.read_bytes() == before
    code, _, err = run_cli(capsys, *base, "-o", str(out_file), "--force")
    assert (code, err) == (0, "")
    csv_file = tmp_path / "agreement.csv"
    assert run_cli(capsys, *base, "-o", str(csv_file), "--json")[0] == 0
    assert "Verbinding/Klik" in csv_file.read_text(encoding="utf-8-sig")
    code, _, err = run_cli(capsys, *base, "-o", str(tmp_path / "agreement.txt"))
    assert code == 1
    assert err.strip() == (
        "duocoder: 'agreement.txt' cannot hold an agreement report; choose a name ending in "
        ".xlsx, .csv or .docx."
    )


def test_refusals_are_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _project(tmp_path / "p.duocoder")
    code, out, err = run_cli(capsys, "agreement", str(path), "--coder", "Lies")
    assert (code, out) == (1, "")
    assert err.strip() == (
        "duocoder: Agreement needs at least two different coders: give --coder two or more times."
    )
    code, _, err = run_cli(capsys, "agreement", str(path), "--coder", "Lies", "--coder", "Jan")
    assert code == 1
    assert err.strip() == (
        f"duocoder: There is no coder 'Jan' in {path}; its coders are: Lies, Mira, Tom."
    )
    code, _, err = run_cli(
        capsys, "agreement", str(path), "--coder", "Lies", "--coder", "Tom", "--code", "Klikk"
    )
    assert code == 1 and "Klikk" in err and len(err.strip().splitlines()) == 1
    monkeypatch.delenv(ENVIRONMENT)
    path_nl = _project(tmp_path / "nl.duocoder", language="nl")
    code, _, err = run_cli(capsys, "agreement", str(path_nl), "--coder", "Lies")
    assert code == 1 and "minstens twee verschillende codeurs" in err
