"""`uncode` and `doc rename|delete|set`: changing a project from a script, each change one
undoable step with a plain sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duocoder.app.project import Project
from tests.helpers import run_cli, source


@pytest.fixture
def path(tmp_path: Path) -> Path:
    path = tmp_path / "p.duocoder"
    with Project.create(path, language="nl") as p:
        doc = p.add_document("Anna", source("R: een twee drie vier"), "participant", "Org", "Duo 1")
        p.add_coding(doc.id, "Klik", 3, 6, create_code=True)
        p.add_coding(doc.id, "Klik", 7, 11)
    return path


def test_uncode_removes_codings_by_id_and_undo_brings_them_back(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run_cli(capsys, "segments", str(path), "--json")
    ids = [s["id"] for s in json.loads(out)]
    code, out, _ = run_cli(capsys, "uncode", str(path), *map(str, ids), "--coder", "Lies")
    assert code == 0 and out.strip() == "Removed 2 codings."
    with Project.open(path) as p:
        assert p.segments() == []
    run_cli(capsys, "undo", str(path), "--coder", "Lies")
    with Project.open(path) as p:
        assert len(p.segments()) == 2


def test_uncode_of_an_unknown_id_changes_nothing(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(capsys, "uncode", str(path), "1", "999")
    assert code == 1 and err.strip() == "duocoder: There is no coding with id 999."
    with Project.open(path) as p:
        assert len(p.segments()) == 2


def test_doc_rename_set_and_delete(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "doc", "rename", str(path), "Anna", "Anna (deelnemer)")
    assert code == 0 and out.strip() == "Renamed 'Anna' to 'Anna (deelnemer)'."
    code, out, _ = run_cli(
        capsys,
        "doc",
        "set",
        str(path),
        "Anna (deelnemer)",
        "--role",
        "vrijwilliger",
        "--duo",
        "",
        "--attr",
        "leeftijd=34",
    )
    assert code == 0 and out.strip() == "'Anna (deelnemer)' is now vrijwilliger (Org)."
    with Project.open(path) as p:
        [d] = p.documents()
        assert (d.role.value, d.case, d.duo, d.attributes) == (
            "volunteer",
            "Org",
            None,
            {"leeftijd": "34"},
        )
    code, out, _ = run_cli(capsys, "doc", "delete", str(path), "Anna (deelnemer)")
    assert code == 0 and out.strip() == "Deleted 'Anna (deelnemer)' and its 2 codings."
    run_cli(capsys, "undo", str(path))
    with Project.open(path) as p:
        assert [d.name for d in p.documents()] == ["Anna (deelnemer)"]
        assert len(p.segments()) == 2


def test_doc_set_without_a_change_says_what_to_give(
    path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_cli(capsys, "doc", "set", str(path), "Anna")
    assert code == 1 and "Say what to change" in err
