"""Turns in a project: found at import (also from formatting), doubts in the import report,
per-document rules, and finding turns again as one undo step that never moves a coding."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from docx import Document

from duocoder.app.project import Project
from duocoder.domain.sources import FileTags
from duocoder.domain.turns import TurnRules
from tests.helpers import run_cli, source

DATA = Path(__file__).parent / "data"


def spoken(project: Project, doc: int | str) -> list[tuple[str, bool, str]]:
    text = project.text(doc)
    return [(t.speaker, t.interviewer, text[t.start : t.end]) for t in project.turns(doc)]


def _italic_questions(path: Path) -> Path:
    doc = Document()
    for text, italic in [
        ("Hoe gaat het met je maatje?", True),
        ("Goed. Conclusie: we blijven.", False),
        ("En de coördinator?", True),
        ("Die helpt ons.", False),
    ]:
        doc.add_paragraph().add_run(text).italic = italic
    doc.save(str(path))
    return path


def test_import_with_questions_in_italics_and_find_them_again_later(
    project: Project, tmp_path: Path
) -> None:
    report = project.import_files([_italic_questions(tmp_path / "Anna.docx")], "deelnemer")
    assert project.turns("Anna") == []  # without the choice no turns are guessed
    assert any("2 paragraphs are italic" in note.note for note in report.notes)
    [info] = project.redetect_turns(["Anna"], TurnRules(questions="italic"))
    assert info.turns == 4
    assert spoken(project, "Anna") == [
        ("Interviewer", True, "Hoe gaat het met je maatje?"),
        ("Respondent", False, "Goed. Conclusie: we blijven."),
        ("Interviewer", True, "En de coördinator?"),
        ("Respondent", False, "Die helpt ons."),
    ]
    assert project.turn_rules("Anna") == TurnRules(questions="italic")
    assert project.detect_turns("Anna").shape == "formatting"


def test_import_choice_questions_and_per_file_roles(project: Project, tmp_path: Path) -> None:
    docx = _italic_questions(tmp_path / "Anna.docx")
    txt = tmp_path / "Lies.txt"
    txt.write_text("INT: Hoe gaat het?\nVRIJW: Goed.\n", encoding="utf-8")
    report = project.import_files(
        [docx, txt],
        "deelnemer",
        "Duo Denderland",
        questions="italic",
        tags={str(txt): FileTags("vrijwilliger", "Duo Denderland", "Duo 1")},
    )
    assert [(d.name, d.role.value, d.case, d.duo) for d in report.imported] == [
        ("Anna", "participant", "Duo Denderland", None),
        ("Lies", "volunteer", "Duo Denderland", "Duo 1"),
    ]
    assert [s for s, _i, _w in spoken(project, "Anna")] == ["Interviewer", "Respondent"] * 2
    assert spoken(project, "Lies") == [("INT", True, "Hoe gaat het?"), ("VRIJW", False, "Goed.")]
    # the choice is kept where it was used, so the properties and a later re-detection agree
    assert project.turn_rules("Anna") == TurnRules(questions="italic")
    assert project.detect_turns("Anna").turns == tuple(project.turns("Anna"))
    assert project.turn_rules("Lies") == TurnRules()
    assert any("keeps no formatting" in n.note for n in report.notes if n.file == "Lies.txt")
    assert project.history.undo_label == "Import 2 documents"


def test_redetect_is_one_undo_step_and_never_moves_a_coding(project: Project) -> None:
    text = "Lies: Hoe gaat het?\nAnna: Goed.\nLies: En verder?\nAnna: Ook goed.\nConclusie: ja."
    a = project.add_document("A", source(text), "deelnemer")
    b = project.add_document("B", source(text + "\nLies: Dank je."), "deelnemer")
    coding = project.add_coding(a.id, "Verbinding", 26, 31, create_code=True)
    before = spoken(project, "A")
    assert [s for s, i, _w in before] == ["Lies", "Anna", "Lies", "Anna"]
    assert not any(i for _s, i, _w in before)  # the project's labels do not name Lies

    preview = project.preview_turns("A", TurnRules(interviewer_labels=("Lies",)))
    assert [t.interviewer for t in preview.turns] == [True, False, True, False]
    assert spoken(project, "A") == before  # a preview writes nothing

    rules = TurnRules(interviewer_labels=("Lies",), respondent_labels=("Conclusie",))
    infos = project.redetect_turns([a.id, "B"], rules)
    assert [(i.name, i.turns) for i in infos] == [("A", 5), ("B", 6)]
    assert project.history.undo_label == "Re-detect turns in 2 documents"
    assert [(s, i) for s, i, _w in spoken(project, "A")] == [
        ("Lies", True),
        ("Anna", False),
        ("Lies", True),
        ("Anna", False),
        ("Conclusie", False),
    ]
    assert project.turn_rules("B") == rules
    [segment] = project.segments()
    assert (segment.id, segment.start, segment.end, segment.text) == (coding, 26, 31, "Goed.")

    project.undo()
    assert spoken(project, "A") == before
    assert project.turn_rules("A") == TurnRules()
    assert project.documents()[1].turns == b.turns
    [segment] = project.segments()
    assert (segment.start, segment.end) == (26, 31)


def test_numbered_labels_are_the_interviewers_in_every_view(project: Project) -> None:
    project.add_document("A", source("I1: Hoe gaat het?\nR1: Goed.\nI2: Fijn."), "deelnemer")
    assert [(s, i) for s, i, _w in spoken(project, "A")] == [
        ("I1", True),
        ("R1", False),
        ("I2", True),
    ]
    assert project.speakers() == {"R1": False, "I1": True, "I2": True}


def test_a_migrated_format_1_project_keeps_its_turns_and_can_find_them_again(
    tmp_path: Path,
) -> None:
    from duocoder.storage.database import APPLICATION_ID

    path = tmp_path / "old.duocoder"
    con = sqlite3.connect(path)
    con.executescript((DATA / "project-v1.sql").read_text(encoding="utf-8"))
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    with Project.open(path) as p:
        [doc] = p.documents()
        old = p.turns(doc.id)
        assert [(t.start, t.end, t.speaker, t.interviewer) for t in old] == [
            (3, 16, "I", True),
            (20, 38, "R", False),
        ]
        assert p.turn_rules(doc.id) == TurnRules()
        assert p.detect_turns(doc.id).turns == tuple(old)
        p.redetect_turns([doc.id], TurnRules(ignored_labels=("R",)))
        assert [t.speaker for t in p.turns(doc.id)] == ["I"]
        p.undo()
        assert p.turns(doc.id) == old


def test_cli_imports_the_volunteers_answer_as_a_turn_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    proj = tmp_path / "p.duocoder"
    txt = tmp_path / "Lies.txt"
    txt.write_bytes(b"INT: Hoe gaat het?\nVRIJW: Goed.\n")
    assert run_cli(capsys, "new", str(proj))[0] == 0
    assert run_cli(capsys, "import", str(proj), str(txt), "--role", "volunteer")[0] == 0
    code, out, _ = run_cli(capsys, "turns", str(proj), "Lies", "--json")
    assert code == 0
    assert [(t["speaker"], t["interviewer"]) for t in json.loads(out)] == [
        ("INT", True),
        ("VRIJW", False),
    ]
    code, out, _ = run_cli(
        capsys, "turns", str(proj), "Lies", "--redetect", "--ignore", "VRIJW", "--json"
    )
    result = json.loads(out)
    assert code == 0 and result["step"] == "Re-detect turns in 1 document"
    assert [t["speaker"] for t in result["turns"]] == ["INT"]
    assert set(result["turns"][0]) == {
        "start",
        "end",
        "speaker",
        "interviewer",
        "timestamp",
        "seconds",
        "end_seconds",
    }


def test_cli_import_questions_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    proj = tmp_path / "p.duocoder"
    docx = _italic_questions(tmp_path / "Anna.docx")
    run_cli(capsys, "new", str(proj))
    code, _out, err = run_cli(
        capsys, "import", str(proj), str(docx), "--role", "participant", "--questions", "italic"
    )
    assert code == 0, err
    code, out, _ = run_cli(capsys, "turns", str(proj), "Anna", "--json")
    assert [t["speaker"] for t in json.loads(out)] == ["Interviewer", "Respondent"] * 2


def test_coding_respondent_turns_follows_numbered_labels_and_a_documents_own_labels(
    project: Project,
) -> None:
    project.add_document("A", source("I1: Hoe gaat het?\nR1: Goed.\nI2: Fijn."), "deelnemer")
    project.add_document(
        "B", source("Lies: Hoe gaat het?\nAnna: Goed.\nLies: Fijn?\nAnna: Ja."), "deelnemer"
    )
    project.add_code("Antwoord")
    ids = project.code_turns("Antwoord", role="deelnemer")
    assert [(s.doc, s.text) for s in project.segments()] == [
        ("A", "Goed."),
        ("B", "Hoe gaat het?"),
        ("B", "Goed."),
        ("B", "Fijn?"),
        ("B", "Ja."),
    ]
    assert len(ids) == 5
    project.undo()
    project.redetect_turns(["B"], TurnRules(interviewer_labels=("Lies",)))
    project.code_turns("Antwoord", role="deelnemer")
    assert [(s.doc, s.text) for s in project.segments()] == [
        ("A", "Goed."),
        ("B", "Goed."),
        ("B", "Ja."),
    ]
