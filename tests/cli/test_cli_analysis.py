"""The analysis commands as scripts use them: JSON shapes, files, plain-sentence errors."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

from duocoder.app.project import CodingSpec, Project
from tests.helpers import run_cli as run
from tests.helpers import source

TEXT = (
    "I: Hoe leerden jullie elkaar kennen?\n"
    "R: Via de coördinator. Het klikte meteen.\n"
    "I: En nu?\n"
    "R: We gaan elke week naar de markt.\n"
)


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    path = tmp_path / "p.duocoder"
    with Project.create(path) as p:
        for name, role, duo in (
            ("Carla", "coordinator", None),
            ("Anna", "participant", "Duo 1"),
            ("Bert", "volunteer", "Duo 1"),
        ):
            p.add_document(name, source(TEXT), role, "Samen vzw", duo, allow_duplicate=True)
        via, meteen = TEXT.index("Via"), TEXT.index("meteen.") + 7
        p.add_codings(
            [
                CodingSpec("Anna", via, meteen, "Verbinding/Klik", "Lies"),
                CodingSpec("Anna", via, len(TEXT) - 1, "Verbinding/Vertrouwen", "Lies"),
                CodingSpec("Bert", via, meteen, "Verbinding/Vertrouwen", "Jonas"),
                CodingSpec("Carla", via, meteen, "Verbinding/Klik", "Lies"),
            ],
            create_codes=True,
        )
        p.set_codable("Verbinding", False)
    return path


def test_cooccurrence_json_shape(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cooccurrence", str(proj), "--json")
    result = json.loads(out)
    assert code == 0
    assert result["codes"] == ["Verbinding/Klik", "Verbinding/Vertrouwen"]
    assert result["counts"] == [[2, 1], [1, 2]]
    assert result["documents"] == [[2, 1], [1, 2]]
    assert result["c"] == [[1.0, 0.3333], [0.3333, 1.0]]
    assert result["definition"]["mode"] == "overlap"
    assert result["definition"]["documents"] == ["Carla", "Anna", "Bert"]


def test_cooccurrence_by_role_and_modes(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "cooccurrence", str(proj), "--by-role", "--mode", "turn", "--json")
    result = json.loads(out)
    assert code == 0
    assert list(result) == ["coordinator", "participant", "volunteer"]
    assert result["participant"]["counts"] == [[1, 1], [1, 1]]
    assert result["participant"]["definition"]["filters"]["roles"] == ["participant"]
    code, out, _ = run(
        capsys, "cooccurrence", str(proj), "--distance", "3", "--role", "deelnemer", "--json"
    )
    assert json.loads(out)["definition"]["mode"] == "proximity"
    code, out, _ = run(capsys, "cooccurrence", str(proj))
    assert code == 0 and "Verbinding/Klik" in out and "0.333" in out


def test_cooccurrence_to_xlsx_and_csv(proj: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "cooc.xlsx"
    code, printed, _ = run(capsys, "cooccurrence", str(proj), "--by-role", "-o", str(out))
    assert code == 0 and printed.strip() == f"Wrote {out}."
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:3] == ["Paren coördinator", "Paren deelnemer", "Paren vrijwilliger"]
    assert book.sheetnames[-1] == "Definitie" and len(book.sheetnames) == 10
    assert book["Paren coördinator"].cell(1, 2).value == "Verbinding/Klik"
    csv_out = tmp_path / "cooc.csv"
    assert run(capsys, "cooccurrence", str(proj), "-o", str(csv_out))[0] == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_cooccurrence_pairs_lists_the_passages_behind_a_cell(
    proj: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    klik, vertrouwen = "Verbinding/Klik", "Verbinding/Vertrouwen"
    code, out, _ = run(capsys, "cooccurrence", str(proj), "--pairs", klik, vertrouwen, "--json")
    via, meteen = TEXT.index("Via"), TEXT.index("meteen.") + 7
    assert code == 0
    assert json.loads(out) == [
        {
            "document": "Anna",
            "role": "participant",
            "a": {"code": klik, "start": via, "end": meteen, "text": TEXT[via:meteen]},
            "b": {
                "code": vertrouwen,
                "start": via,
                "end": len(TEXT) - 1,
                "text": TEXT[via : len(TEXT) - 1],
            },
        }
    ]
    # as many as the table's cell counts, under the same filters and mode
    table = json.loads(run(capsys, "cooccurrence", str(proj), "--mode", "turn", "--json")[1])
    code, out, _ = run(
        capsys, "cooccurrence", str(proj), "--mode", "turn", "--pairs", klik, klik, "--json"
    )
    assert [p["document"] for p in json.loads(out)] == ["Carla", "Anna"]
    assert len(json.loads(out)) == table["counts"][0][0]
    code, out, _ = run(
        capsys, "cooccurrence", str(proj), "--pairs", klik, vertrouwen, "--role", "vrijwilliger"
    )
    assert code == 0
    assert out.strip() == f"{klik} and {vertrouwen} do not co-occur in this selection."
    code, out, _ = run(capsys, "cooccurrence", str(proj), "--pairs", klik, vertrouwen)
    assert code == 0 and "Anna" in out and "Het klikte meteen." in out
    assert out.rstrip().endswith(f"1 pair of {klik} and {vertrouwen}.")


def test_matrix_json_text_and_percent(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "matrix", str(proj), "--by", "role", "--json")
    result = json.loads(out)
    assert code == 0
    assert result["columns"] == ["coördinator", "deelnemer", "vrijwilliger"]
    assert result["keys"] == ["coordinator", "participant", "volunteer"]
    assert result["segments"] == [[1, 1, 0], [0, 1, 1]]
    assert "segments_percent" not in result
    code, out, _ = run(
        capsys, "matrix", str(proj), "--by", "case", "--descendants", "--percent", "--json"
    )
    result = json.loads(out)
    assert result["codes"][0] == "Verbinding"
    assert result["segments"][0] == [4] and result["segments_percent"][0] == [100.0]
    code, out, _ = run(capsys, "matrix", str(proj), "--by", "document")
    assert code == 0 and "Anna" in out and "1 (1)" in out


def test_quotes_to_word(proj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "citaten.docx"
    code, printed, _ = run(
        capsys,
        "quotes",
        str(proj),
        "--code",
        "Verbinding",
        "--role",
        "deelnemer",
        "--with-source",
        "-o",
        str(out),
    )
    assert code == 0 and printed.strip() == f"Wrote {out}: 2 quotes under 2 codes."
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert "(deelnemer)" in texts and "(vrijwilliger)" not in texts
    assert "‘Via de coördinator. Het klikte meteen. […] We gaan elke week naar de markt.’" in texts


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["cooccurrence", "{p}", "--mode", "proximity", "--distance", "-1"], "distance"),
        (["cooccurrence", "{p}", "--case", "Nergens"], "There is no case 'Nergens'"),
        (["cooccurrence", "{p}", "-o", "out.pdf"], "must end in .csv or .xlsx"),
        (["cooccurrence", "{p}", "--pairs", "Verbinding/Klik", "Niets"], "no code 'Niets'"),
        (
            ["cooccurrence", "{p}", "--pairs", "Verbinding/Klik", "Verbinding/Klik", "--by-role"],
            "leave out -o and --by-role",
        ),
        (["matrix", "{p}", "--by", "role", "--code", "Bestaat/Niet"], "no code 'Bestaat/Niet'"),
        (["quotes", "{p}", "-o", "out.txt"], "must end in .docx"),
    ],
)
def test_errors_are_one_sentence(
    proj: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, out, err = run(capsys, *[a.format(p=proj) for a in args])
    assert code == 1 and out == ""
    assert err.startswith("duocoder: ") and message in err and "Traceback" not in err
