"""`duocoder export PROJECT OUT.qdpx`: the whole project for NVivo, ATLAS.ti and MAXQDA from
a script; an existing file is replaced only with --force, and never the project."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.cli.messages import ENVIRONMENT
from tests.helpers import coded_project
from tests.helpers import run_cli as run


def test_export_writes_the_project_and_says_what_it_wrote(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    project = coded_project(tmp_path / "p.duocoder")
    out = tmp_path / "p.qdpx"
    code, stdout, _ = run(capsys, "export", str(project), str(out))
    assert code == 0
    assert stdout.strip() == f"Wrote {out}: 1 document, 1 coding, 2 speaker turns and 1 code."
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    with Project.open(project) as p:
        guid = p.document_guid("Anna")
    assert sorted(names) == ["project.qde", f"sources/{guid}.txt"]


def test_json_keys_are_stable(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    project = coded_project(tmp_path / "p.duocoder")
    code, stdout, _ = run(capsys, "export", str(project), str(tmp_path / "p.qdpx"), "--json")
    assert code == 0
    report = json.loads(stdout)
    assert report == {
        "path": str(tmp_path / "p.qdpx"),
        "documents": 1,
        "codings": 1,
        "turns": 2,
        "codes": 1,
        "notes": 0,
        "cases": 0,
    }


def test_an_existing_file_is_replaced_only_with_force(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    project = coded_project(tmp_path / "p.duocoder")
    out = tmp_path / "p.qdpx"
    out.write_bytes(b"yesterday's export")
    code, stdout, err = run(capsys, "export", str(project), str(out))
    assert code != 0 and stdout == ""
    assert "'p.qdpx' already exists; add --force to replace it." in err
    assert out.read_bytes() == b"yesterday's export"
    assert run(capsys, "export", str(project), str(out), "--force")[0] == 0
    assert zipfile.is_zipfile(out)


def test_the_project_and_other_suffixes_are_refused(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    project = coded_project(tmp_path / "p.duocoder")
    before = project.read_bytes()
    code, _, err = run(capsys, "export", str(project), str(project), "--force")
    assert code != 0 and ".qdpx" in err
    copy = tmp_path / "copy.qdpx"
    copy.write_bytes(before)  # a project under a .qdpx name is still a project
    code, _, err = run(capsys, "export", str(project), str(copy), "--force")
    assert code != 0 and "database" in err
    assert project.read_bytes() == before and copy.read_bytes() == before


def test_a_dutch_project_is_answered_in_dutch(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(ENVIRONMENT, raising=False)
    project = coded_project(tmp_path / "p.duocoder")  # a new project is Dutch
    code, stdout, _ = run(capsys, "export", str(project), str(tmp_path / "p.qdpx"))
    assert code == 0
    assert "geschreven: 1 document, 1 codering, 2 sprekersbeurten en 1 code." in stdout
