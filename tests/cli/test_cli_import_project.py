"""`duocoder import-project PROJECT IN.qdpx`: into a new project (created only when the
import succeeds) or an existing one (one undo step), with a report in text or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duocoder.app.project import Project
from tests.helpers import coded_project
from tests.helpers import run_cli as run
from tests.io.qdpx_factory import NVIVO_WINDOWS, QUALCODER, build


@pytest.fixture
def qdpx(tmp_path: Path) -> Path:
    path = tmp_path / "nvivo.qdpx"
    path.write_bytes(build(NVIVO_WINDOWS))
    return path


def test_a_new_project_is_created_with_the_import(
    tmp_path: Path, qdpx: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nieuw.duocoder"
    code, out, err = run(capsys, "import-project", str(target), str(qdpx), "--language", "en")
    assert code == 0, err
    assert out.startswith(f"Created {target}.\nImported 1 document(s)")
    assert "Interview Anna: positions read as UTF-16 code units, as NVivo counts" in out
    with Project.open(target) as project:
        assert project.coding_count() == 9
        assert project.language == "en"


def test_json_report(tmp_path: Path, qdpx: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(
        capsys, "import-project", str(tmp_path / "n.duocoder"), str(qdpx), "--json"
    )
    assert code == 0
    report = json.loads(out)
    assert report["created"] is True
    assert report["documents_added"] == ["Interview Anna"]
    assert report["codings_added"] == 9 and report["codings_already_there"] == 1
    assert report["positions"][0]["decision"].startswith("positions read as UTF-16")
    assert report["origin"] == "NVivo 12.6 (Windows)"


def test_into_an_existing_project_as_one_undo_step(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = coded_project(tmp_path / "p.duocoder")
    qc = tmp_path / "qc.qdpx"
    qc.write_bytes(build(QUALCODER))
    code, out, err = run(capsys, "import-project", str(target), str(qc), "--coder", "Sofie")
    assert code == 0, err
    assert "Imported 1 document(s) (0 already in the project)" in out
    assert run(capsys, "undo", str(target), "--coder", "Sofie")[0] == 0
    with Project.open(target) as project:
        assert [d.name for d in project.documents()] == ["Anna"]
        assert project.coding_count() == 1


def test_a_refused_file_is_one_sentence(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = coded_project(tmp_path / "p.duocoder")
    bad = tmp_path / "kapot.qdpx"
    bad.write_bytes(b"PK\x03\x04 not really")
    code, out, err = run(capsys, "import-project", str(target), str(bad))
    assert code != 0 and out == ""
    assert err.strip().count("\n") == 0
    assert "Could not read 'kapot.qdpx'" in err


def test_a_dutch_project_gets_a_dutch_headline(
    tmp_path: Path, qdpx: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from duocoder.cli.messages import ENVIRONMENT

    monkeypatch.delenv(ENVIRONMENT, raising=False)
    code, out, _err = run(capsys, "import-project", str(tmp_path / "nl.duocoder"), str(qdpx))
    assert code == 0
    assert "1 document(en) geïmporteerd (0 al in het project)" in out
    assert "9 codering(en) (1 waren er al)." in out
