"""Importing many files: each succeeds or fails alone, failures leave no trace."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlalchemy.exc
from docx import Document

from duocoder.app.demo import build_demo
from duocoder.app.project import Project
from duocoder.domain.errors import DiskFullError, ReadOnlyProjectError


def _docx(path: Path, paragraphs: list[str]) -> Path:
    d = Document()
    for p in paragraphs:
        d.add_paragraph(p)
    d.save(str(path))
    return path


def test_batch_import_reports_each_failure_and_keeps_the_rest(
    project: Project, tmp_path: Path
) -> None:
    good = _docx(tmp_path / "Anna.docx", ["I: Hoe gaat het?", "R: Goed, dank je.", "I: Fijn."])
    txt = tmp_path / "Bert.txt"
    txt.write_bytes("I: Dag\r\nR: Dag, coördinator!\r\n".encode("cp1252"))
    corrupt = tmp_path / "kapot.docx"
    corrupt.write_bytes(good.read_bytes()[:300])
    binary = tmp_path / "foto.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    missing = tmp_path / "weg.txt"
    duplicate = tmp_path / "Anna kopie.docx"
    duplicate.write_bytes(good.read_bytes())
    seen: list[tuple[int, int, str]] = []
    report = project.import_files(
        [good, corrupt, txt, binary, missing, duplicate],
        "deelnemer",
        "Duo Denderland vzw",
        "Duo 1",
        progress=lambda done, total, name: seen.append((done, total, name)),
    )
    assert [d.name for d in report.imported] == ["Anna", "Bert"]
    assert {f.file for f in report.failed} == {"kapot.docx", "foto.txt", "weg.txt"}
    for f in report.failed:
        assert f.error.startswith(f"Could not read '{f.file}'") and f.error.endswith(".")
        assert "\n" not in f.error
    assert [f.file for f in report.duplicates] == ["Anna kopie.docx"]
    assert "already in the project as document 'Anna'" in report.duplicates[0].error
    assert [d.name for d in project.documents()] == ["Anna", "Bert"]
    assert project.text("Bert") == "I: Dag\nR: Dag, coördinator!"
    assert seen[0] == (0, 6, "Anna.docx") and seen[-1][:2] == (6, 6)
    # the whole batch is one undo step
    assert project.history.undo_label == "Import 2 documents"
    project.undo()
    assert project.documents() == []


def test_cancelling_keeps_what_was_imported(project: Project, tmp_path: Path) -> None:
    files = []
    for i in range(4):
        f = tmp_path / f"doc{i}.txt"
        f.write_text(f"R: transcript nummer {i}", encoding="utf-8")
        files.append(f)
    calls = iter([False, False, True])
    report = project.import_files(files, "volunteer", cancelled=lambda: next(calls))
    assert report.cancelled
    assert [d.name for d in project.documents()] == ["doc0", "doc1"]


def test_same_name_different_text_gets_a_distinct_name(project: Project, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "interview.txt").write_text("R: een", encoding="utf-8")
    (tmp_path / "b" / "interview.txt").write_text("R: twee", encoding="utf-8")
    project.import_files(
        [tmp_path / "a" / "interview.txt", tmp_path / "b" / "interview.txt"], "other"
    )
    assert [d.name for d in project.documents()] == ["interview", "interview (2)"]


def test_demo_project_is_coded_with_the_research_codebook(tmp_path: Path) -> None:
    path = build_demo(tmp_path / "demo.duocoder")
    with Project.open(path) as p:
        docs = p.documents()
        assert [(d.role.value, d.case, d.duo) for d in docs] == [
            ("coordinator", "Duo Denderland vzw", None),
            ("participant", "Duo Denderland vzw", "Duo 1"),
            ("volunteer", "Duo Denderland vzw", "Duo 1"),
        ]
        assert all(1500 <= len(p.text(d.id).split()) <= 3200 for d in docs)
        assert all(d.turns >= 20 for d in docs)
        segs = p.segments()
        assert len(segs) >= 60
        assert {s.code.split("/")[0] for s in segs} == {
            "Verbinding",
            "Obstakels",
            "Uitkomsten",
            "Professionele ondersteuning",
            "Context",
        }
        assert not p.can_undo  # the demo starts with a clean history
    assert sorted(x.name for x in tmp_path.iterdir()) == ["demo.duocoder"]


def test_repairs_made_while_reading_are_in_the_report(project: Project, tmp_path: Path) -> None:
    stray = tmp_path / "Chris.txt"
    stray.write_bytes("R: Het café is zo".encode() + b"\x92n plek.\nI: Ja.")
    clean = tmp_path / "Dirk.txt"
    clean.write_text("R: Alles in orde.", encoding="utf-8")
    report = project.import_files([stray, clean], "participant")
    assert [d.name for d in report.imported] == ["Chris", "Dirk"]
    assert project.text("Chris") == "R: Het café is zo’n plek.\nI: Ja."
    assert [(n.file, n.note) for n in report.notes] == [
        (
            "Chris.txt",
            "1 byte that is not valid UTF-8 was read as Windows-1252: ’ on line 1; "
            "please check that place.",
        )
    ]


def test_a_bug_while_reading_one_file_is_logged_not_printed(
    project: Project, tmp_path: Path, monkeypatch, capfd
) -> None:  # type: ignore[no-untyped-def]
    import duocoder.io.readers as readers

    monkeypatch.setattr("duocoder.app.errorlog.log_dir", lambda: tmp_path / "logs")
    original = readers._READERS[".odt"]

    def broken(name: str, data: bytes):  # type: ignore[no-untyped-def]
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setitem(readers._READERS, ".odt", broken)
    odt = tmp_path / "diep.odt"
    odt.write_bytes(b"PK whatever")
    good = tmp_path / "Eva.txt"
    good.write_text("R: Goed.", encoding="utf-8")
    report = project.import_files([odt, good], "participant")
    monkeypatch.setitem(readers._READERS, ".odt", original)
    log = tmp_path / "logs" / "duocoder-errors.log"
    assert [d.name for d in report.imported] == ["Eva"]
    assert [f.error for f in report.failed] == [
        f"Could not read 'diep.odt': an unexpected error occurred (RecursionError); "
        f"the details are in {log}."
    ]
    logged = log.read_text(encoding="utf-8")
    assert "importing 'diep.odt'" in logged and "Traceback" in logged
    assert "RecursionError: maximum recursion depth exceeded" in logged
    out, err = capfd.readouterr()
    assert out == "" and err == ""


@pytest.mark.parametrize(
    "error",
    [
        pytest.param(DiskFullError("The disk is full; nothing was changed."), id="disk-full"),
        pytest.param(ReadOnlyProjectError("The project is read-only."), id="read-only"),
        pytest.param(sqlite3.OperationalError("database or disk is full"), id="sqlite-full"),
        pytest.param(
            sqlalchemy.exc.OperationalError(
                "INSERT", {}, Exception("attempt to write a readonly database")
            ),
            id="sqlalchemy-readonly",
        ),
    ],
)
def test_a_problem_of_the_project_stops_the_batch_instead_of_blaming_the_file(
    project: Project, tmp_path: Path, monkeypatch, error: Exception
) -> None:  # type: ignore[no-untyped-def]
    files = []
    for name in ("Fien", "Gert"):
        files.append(tmp_path / f"{name}.txt")
        files[-1].write_text(f"R: Ik ben {name}.", encoding="utf-8")

    calls: list[object] = []

    def failing(*args: object, **_kwargs: object) -> object:
        calls.append(args[0])
        raise error

    monkeypatch.setattr(project, "add_document", failing)
    with pytest.raises(type(error)):
        project.import_files(files, "participant")
    assert calls == ["Fien"]  # the second file was not tried: it would fail the same way
