"""`duocoder import` tells what it repaired in a file it imported, in text and in JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import run_cli as run

NOTE = (
    "1 byte that is not valid UTF-8 was read as Windows-1252: ’ on line 2; please check that place."
)


@pytest.fixture
def files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    project = tmp_path / "p.duocoder"
    assert run(capsys, "new", str(project))[0] == 0
    transcript = tmp_path / "Hilde.txt"
    transcript.write_bytes("I: Hoe gaat het?\nR: Het café is zo".encode() + b"\x92n plek.\n")
    return project, transcript


def test_import_names_the_repaired_bytes(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, transcript = files
    code, out, err = run(capsys, "import", str(project), str(transcript), "--role", "deelnemer")
    assert code == 0
    assert out == "Imported Hilde (2 paragraphs, 2 speaker turns).\n"
    assert err == f"Note on 'Hilde.txt': {NOTE}\n"
    assert run(capsys, "text", str(project), "Hilde")[1] == (
        "I: Hoe gaat het?\nR: Het café is zo’n plek.\n"
    )


def test_import_json_lists_the_notes(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    project, transcript = files
    code, out, _ = run(
        capsys, "import", str(project), str(transcript), "--role", "volunteer", "--json"
    )
    assert code == 0
    assert json.loads(out)["notes"] == [{"file": "Hilde.txt", "note": NOTE}]
