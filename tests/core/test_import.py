"""Importing many files: each succeeds or fails alone, failures leave no trace."""

from __future__ import annotations

from pathlib import Path

from docx import Document

from duocoder.app.demo import build_demo
from duocoder.app.project import Project


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
