"""Situations found in review: odd file names, two writers, NUL characters, number names."""

from __future__ import annotations

from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import ValidationError
from duocoder.domain.sources import SourceText
from tests.helpers import source


@pytest.mark.parametrize(
    "name", ["Duo%41.duocoder", "Interview?1.duocoder", "100%25 klaar.duocoder"]
)
def test_file_names_with_url_characters_open_exactly_that_file(tmp_path: Path, name: str) -> None:
    other = tmp_path / "DuoA.duocoder"
    with Project.create(other):
        pass
    with Project.create(tmp_path / name) as p:
        p.add_code("Eigen code")
    with Project.open(tmp_path / name) as p:
        assert [c.path for c in p.codes()] == ["Eigen code"]
    with Project.open(other) as p:
        assert p.codes() == []
    assert sorted(x.name for x in tmp_path.iterdir()) == sorted({name, "DuoA.duocoder"})


def test_undo_is_per_coder_and_leaves_another_writers_work_alone(tmp_path: Path) -> None:
    path = tmp_path / "p.duocoder"
    with Project.create(path) as window, Project.open(path) as cli:
        window.coder, cli.coder = "Lies", "Ward"
        doc = window.add_document("Anna", source("R: een twee drie vier"), "participant").id
        window.add_coding(doc, "A", 3, 6, create_code=True)
        cli.add_coding(doc, "B", 7, 11, create_code=True)
        window.undo()  # Lies's coding goes; Ward's stays, though he wrote last
        assert [s.code for s in window.segments()] == ["B"]
        assert window.history.undo_label is not None  # the import is still Lies's to undo
        cli.undo()
        assert window.segments() == []
        window.redo()
        assert [s.code for s in cli.segments()] == ["A"]


def test_an_undo_over_rows_someone_else_changed_is_refused_and_changes_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.duocoder"
    with Project.create(path) as window, Project.open(path) as cli:
        window.coder, cli.coder = "Lies", "Ward"
        doc = window.add_document("Anna", source("R: een twee drie vier"), "participant").id
        code = window.add_code("Klik")
        cli.rename_code(code.id, "Klik!")  # Ward renamed the code Lies made
        with pytest.raises(ValidationError, match="the code 'Klik' was changed since"):
            window.undo()
        assert [c.path for c in window.codes()] == ["Klik!"]
        cli.add_coding(doc, code.id, 3, 6)  # Ward codes with it: Lies's code cannot go now
        cli.undo(), cli.undo()  # Ward takes back his coding and his rename
        cli.add_coding(doc, code.id, 3, 6)
        with pytest.raises(ValidationError, match="a coding was added since by someone else"):
            window.undo()
        assert [s.code for s in window.segments()] == ["Klik"]
        assert [d.name for d in window.documents()] == ["Anna"]


def test_undo_restores_text_with_nul_and_quotes_exactly(project: Project) -> None:
    text = "R: antwoord\0 met NUL en 'quotes' \"dubbel\""
    doc = project.add_document("D", SourceText(text, ((0, len(text)),), None, "txt"), "other").id
    project.add_coding(doc, "A", 0, 3, memo="m'emo\0x", create_code=True)
    project.delete_document(doc)
    project.undo()
    assert project.text(doc) == text
    assert project.segments()[0].memo == "m'emo\0x"


def test_a_document_named_with_a_number_is_found_by_name(project: Project) -> None:
    two = project.add_document("2", source("R: twee"), "other").id
    one = project.add_document("1", source("R: een"), "other").id
    assert (project.document("1").id, project.document("2").id) == (one, two)
    assert project.document(1).id == two  # an int is an id
    assert project.text("1") == "R: een"


def test_delete_keeping_children_keeps_their_order_in_place(project: Project) -> None:
    for path in ("Voor", "P/c1", "P/c2", "P/c3", "Na"):
        project.ensure_code_path(path)
    project.reorder_code("P/c3", 0)
    project.delete_code("P", keep_children=True)
    assert [c.path for c in project.codes()] == ["Voor", "c3", "c1", "c2", "Na"]


def test_codebook_names_are_compared_composed(project: Project) -> None:
    project.import_codebook("list.csv", "code\nClie\u0308nt\n".encode())
    project.ensure_code_path("Cliënt")
    assert [c.path for c in project.codes()] == ["Cliënt"]


def test_mistyped_role_is_a_plain_error(project: Project) -> None:
    with pytest.raises(ValidationError, match="'volunteers' is not a role"):
        project.add_document("x", source("R: x"), "volunteers")


def test_reading_settings_inside_a_change_does_not_wait_for_our_own_lock(project: Project) -> None:
    """A read during a write transaction uses another connection; it must not ask for the
    write lock that this very transaction holds (that waited five seconds, then failed)."""
    import time

    from sqlalchemy import text

    from duocoder.storage.database import transaction

    start = time.perf_counter()
    with transaction(project._sessions) as s:
        s.execute(text("UPDATE meta SET value = 'Nieuw' WHERE key = 'name'"))
        project._meta_cache = None
        assert project.language == "nl"
    assert time.perf_counter() - start < 1.0
