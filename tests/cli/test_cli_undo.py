"""`duocoder undo` and `redo` work on the history kept in the project: across processes,
per coder, each printing the label of the step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duocoder.app.project import Project
from tests.helpers import run_cli, source


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "p.duocoder"
    with Project.create(path) as p:
        p.coder = "Lies"
        doc = p.add_document("Anna", source("R: een twee drie vier"), "participant")
        p.add_coding(doc.id, "Klik", 3, 6, coder="Lies", create_code=True)
    return path


def _codes(path: Path) -> list[str]:
    with Project.open(path) as p:
        return sorted(s.code for s in p.segments())


def test_undo_by_coder_takes_back_only_that_coders_last_step(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(
        capsys,
        "code",
        str(path),
        "--doc",
        "Anna",
        "--start",
        "7",
        "--end",
        "11",
        "--code",
        "Band",
        "--create",
        "--coder",
        "Ward",
    )
    assert code == 0
    code, out, err = run_cli(capsys, "undo", str(path), "--coder", "Lies")
    assert code == 0, err
    assert out.startswith("Undid: ") and "Klik" not in _codes(path)
    assert _codes(path) == ["Band"]  # Ward's coding, made later, is still there
    code, out, _ = run_cli(capsys, "undo", str(path))  # the project's last step: Ward's
    assert code == 0 and _codes(path) == []
    code, out, _ = run_cli(capsys, "redo", str(path), "--json")
    assert json.loads(out)["done"] is True and _codes(path) == ["Band"]


def test_nothing_to_undo_is_said_plainly(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "undo", str(path), "--coder", "Nobody")
    assert code == 0 and out.strip() == "There is nothing by Nobody to undo."
    code, out, _ = run_cli(capsys, "redo", str(path))
    assert code == 0 and out.strip() == "There is nothing to redo."


def test_an_undo_over_someone_elses_change_is_one_sentence(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.open(path) as p:
        p.coder = "Ward"
        p.rename_code(p.code("Klik").id, "Klik!")
    code, _out, err = run_cli(capsys, "undo", str(path), "--coder", "Lies")
    assert code == 1
    assert err.strip() == (
        "duocoder: This step cannot be undone or redone because the code 'Klik' was changed "
        "since by someone else."
    )
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
