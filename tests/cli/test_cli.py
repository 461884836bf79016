"""The CLI as scripts use it: JSON shapes, exit codes, plain-sentence errors, fast start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.helpers import run_cli as run

INTERVIEW = (
    "I: Hoe leerden jullie elkaar kennen?\n"
    "R: Via de coördinator 😊. Het klikte meteen.\n"
    "I: En nu?\n"
    "R: We gaan elke week naar de markt.\n"
)


@pytest.fixture
def proj(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "p.duocoder"
    assert run(capsys, "new", str(path))[0] == 0
    (tmp_path / "Anna.txt").write_text(INTERVIEW, encoding="utf-8")
    code, out, _ = run(
        capsys,
        "import",
        str(path),
        str(tmp_path / "Anna.txt"),
        "--role",
        "deelnemer",
        "--case",
        "Duo Denderland vzw",
        "--duo",
        "Duo 1",
        "--json",
    )
    assert code == 0, out
    return path


def test_import_docs_turns_json_shapes(proj: Path, tmp_path: Path, capsys) -> None:
    (tmp_path / "kapot.docx").write_bytes(b"not a zip at all")
    (tmp_path / "Bert.txt").write_text("I: Dag\nR: Dag!\n", encoding="utf-8")
    code, out, _ = run(
        capsys,
        "import",
        str(proj),
        str(tmp_path / "kapot.docx"),
        str(tmp_path / "Bert.txt"),
        "--role",
        "volunteer",
        "--json",
    )
    result = json.loads(out)
    assert code == 1
    assert result["imported"] == [{"id": 2, "name": "Bert"}]
    assert result["failed"][0]["file"] == "kapot.docx"
    assert "kapot.docx" in result["failed"][0]["error"]

    code, out, _ = run(capsys, "docs", str(proj), "--json")
    docs = json.loads(out)
    assert code == 0
    assert docs[0] | {} == docs[0]
    assert {
        k: docs[0][k] for k in ("id", "name", "role", "case", "duo", "paragraphs", "turns")
    } == {
        "id": 1,
        "name": "Anna",
        "role": "participant",
        "case": "Duo Denderland vzw",
        "duo": "Duo 1",
        "paragraphs": 4,
        "turns": 4,
    }
    assert docs[0]["chars"] == len(INTERVIEW.rstrip("\n"))

    code, out, _ = run(capsys, "turns", str(proj), "Anna", "--json")
    turns = json.loads(out)
    assert turns[1] == {
        "start": 40,
        "end": 80,
        "speaker": "R",
        "interviewer": False,
        "timestamp": None,
        "seconds": None,
        "end_seconds": None,
    }
    code, out, _ = run(capsys, "text", str(proj), "Anna")
    assert out[40:80] == "Via de coördinator 😊. Het klikte meteen."


def test_code_and_segments(proj: Path, capsys) -> None:
    code, out, _ = run(
        capsys,
        "code",
        str(proj),
        "--doc",
        "Anna",
        "--start",
        "40",
        "--end",
        "61",
        "--code",
        "Verbinding/Klik",
        "--create",
        "--coder",
        "Lies",
        "--memo",
        "eerste indruk",
        "--json",
    )
    assert code == 0
    assert json.loads(out) == {"id": 1, "created": ["Verbinding", "Verbinding/Klik"]}
    code, out, _ = run(
        capsys,
        "segments",
        str(proj),
        "--code",
        "Verbinding",
        "--descendants",
        "--role",
        "participant",
        "--json",
    )
    [seg] = json.loads(out)
    assert seg == {
        "id": 1,
        "doc": "Anna",
        "doc_id": 1,
        "role": "participant",
        "case": "Duo Denderland vzw",
        "duo": "Duo 1",
        "code": "Verbinding/Klik",
        "start": 40,
        "end": 61,
        "text": "Via de coördinator 😊.",
        "coder": "Lies",
        "memo": "eerste indruk",
    }


def test_code_from_csv_is_one_transaction(proj: Path, tmp_path: Path, capsys) -> None:
    good = tmp_path / "good.csv"
    good.write_text(
        "doc,start,end,code,coder,memo\nAnna,40,61,Verbinding/Klik,Lies,\n"
        "Anna,120,125,Verbinding/Activiteiten,Tom,markt\n",
        encoding="utf-8",
    )
    assert run(capsys, "code", str(proj), "--from", str(good), "--create")[0] == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("doc,start,end,code\nAnna,0,5,A\nAnna,0,99999,B\n", encoding="utf-8")
    code, _, err = run(capsys, "code", str(proj), "--from", str(bad))
    assert code == 1
    assert "No codings were applied" in err
    code, out, _ = run(capsys, "segments", str(proj), "--json")
    assert [s["code"] for s in json.loads(out)] == ["Verbinding/Klik", "Verbinding/Activiteiten"]


def test_errors_are_one_sentence_without_traceback(tmp_path: Path, capsys) -> None:
    not_project = tmp_path / "x.duocoder"
    not_project.write_bytes(b"hello")
    code, out, err = run(capsys, "docs", str(not_project))
    assert (code, out) == (1, "")
    assert err.startswith("duocoder: 'x.duocoder' is not a DuoCoder project file.")
    assert "Traceback" not in err and err.count("\n") == 1


def test_invalid_coding_is_refused_plainly(proj: Path, capsys) -> None:
    code, _, err = run(
        capsys,
        "code",
        str(proj),
        *("--doc", "Anna", "--start", "5", "--end", "2", "--code", "A", "--create"),
    )
    assert code == 1
    assert "0 ≤ start < end" in err


def _time(cmd: list[str], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        best = min(best, time.perf_counter() - t)
    return best


def test_small_commands_start_fast_without_qt_or_spacy(proj: Path) -> None:
    probe = (
        f"import sys; sys.argv=['duocoder','docs',{str(proj)!r}]; "
        "from duocoder.cli.main import main; code = main(); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6','spacy','docx')]; "
        "print(bad); sys.exit(code)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    if os.environ.get("CI"):
        return  # timing on a busy CI machine says little; the figure is checked locally
    baseline = _time([sys.executable, "-c", "import sqlalchemy.orm"])
    ours = _time([sys.executable, "-m", "duocoder", "docs", str(proj)])
    assert ours <= 2.5 * baseline + 0.05, f"duocoder docs took {ours:.3f}s vs {baseline:.3f}s"
