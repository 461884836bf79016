"""Codebook commands and crash reporting on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from duocoder.app.paths import codebooks_dir
from duocoder.cli import commands
from tests.helpers import run_cli as run


def test_new_with_codebook_then_export_and_import(tmp_path: Path, capsys) -> None:
    proj = tmp_path / "p.duocoder"
    code, out, _ = run(
        capsys,
        "new",
        str(proj),
        "--codebook",
        str(codebooks_dir() / "duowerkingen-en.qdc"),
        "--language",
        "en",
    )
    assert code == 0 and "48 codes" in out
    code, out, _ = run(capsys, "codes", str(proj), "--json")
    codes = json.loads(out)
    assert codes[0]["path"] == "Connection"
    assert set(codes[0]) >= {"path", "guid", "color", "codable", "count", "count_with_descendants"}
    assert run(capsys, "codebook", "export", str(proj), str(tmp_path / "cb.qdc"))[0] == 0
    assert run(capsys, "codebook", "export", str(proj), str(tmp_path / "cb.docx"))[0] == 0
    assert (tmp_path / "cb.docx").stat().st_size > 5000
    code, out, _ = run(
        capsys, "codebook", "import", str(proj), str(codebooks_dir() / "duowerkingen.qdc"), "--json"
    )
    report = json.loads(out)
    assert code == 0
    assert report["added"] == []
    assert {"from": "Connection", "to": "Verbinding"} in report["renamed"]
    assert len(report["merged"]) == 48


def test_a_shipped_codebook_is_named_without_its_path(tmp_path: Path, capsys, monkeypatch) -> None:
    """A researcher with an installed DuoCoder does not know where its codebooks live."""
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "new", "nl.duocoder", "--codebook", "duowerkingen")
    assert code == 0 and "duowerkingen.qdc" in out and "48 codes" in out
    code, out, _ = run(capsys, "codes", "nl.duocoder", "--json")
    assert json.loads(out)[0]["path"] == "Verbinding"
    code, out, _ = run(
        capsys, "new", "en.duocoder", "--codebook", "duowerkingen-en", "--language", "en"
    )
    assert code == 0 and "48 codes" in out
    code, out, err = run(capsys, "new", "x.duocoder", "--codebook", "duowerkingen-fr")
    assert code != 0 and "duowerkingen-fr" in out + err
    assert not (tmp_path / "x.duocoder").exists()


def test_codebook_import_of_a_foreign_file_is_one_sentence(tmp_path: Path, capsys) -> None:
    proj = tmp_path / "p.duocoder"
    run(capsys, "new", str(proj))
    bad = tmp_path / "rommel.qdc"
    bad.write_text("<html><body>geen codeboek</body></html>", encoding="utf-8")
    code, _, err = run(capsys, "codebook", "import", str(proj), str(bad))
    assert code == 1
    assert err.startswith("duocoder: Could not read 'rommel.qdc'")
    assert err.count("\n") == 1


def test_unexpected_error_is_logged_and_named(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("duocoder.cli.errors.log_dir", lambda: tmp_path / "logs")

    def boom(_args: object) -> int:
        raise RuntimeError("kapot")

    monkeypatch.setattr(commands, "cmd_docs", boom)
    code, _, err = run(capsys, "docs", str(tmp_path / "x.duocoder"))
    log = tmp_path / "logs" / "duocoder-errors.log"
    assert code == 3
    assert "unexpected error" in err and str(log) in err
    assert "Traceback" not in err
    assert "RuntimeError: kapot" in log.read_text(encoding="utf-8")
