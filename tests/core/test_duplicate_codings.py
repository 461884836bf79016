"""The core refuses what would silently damage a project: a code path that is not there
(with the paths a researcher most likely meant), and the same coding twice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from duocoder.app.project import CodingSpec, Project
from duocoder.domain.errors import DuplicateCodingError, UnknownCodeError
from tests.helpers import source

TEXT = "I: Hoe leerden jullie elkaar kennen?\nR: Via de coördinator. Het klikte meteen.\n"


@pytest.fixture
def tree(project: Project) -> Project:
    project.add_document("Anna", source(TEXT), "participant", "Samen vzw", "Duo 1")
    for path in ("Verbinding/Vertrouwensrelatie", "Verbinding/Klik", "Coördinatie/Matching"):
        project.ensure_code_path(path)
    return project


def test_an_unknown_code_path_is_refused_with_what_was_meant(tree: Project) -> None:
    before = [c.path for c in tree.codes()]
    with pytest.raises(UnknownCodeError) as caught:
        tree.add_coding("Anna", "Verbinding/Vertrouwen", 3, 8)
    assert caught.value.suggestions[0] == "Verbinding/Vertrouwensrelatie"
    assert "Did you mean 'Verbinding/Vertrouwensrelatie'" in str(caught.value)
    with pytest.raises(UnknownCodeError) as caught:  # case and accents do not matter
        tree.add_coding("Anna", "COORDINATIE/matchen", 3, 8)
    assert caught.value.suggestions[0] == "Coördinatie/Matching"
    with pytest.raises(UnknownCodeError) as caught:  # by its last name only
        tree.add_coding("Anna", "Klikt", 3, 8)
    assert "Verbinding/Klik" in caught.value.suggestions
    assert [c.path for c in tree.codes()] == before
    assert tree.segments() == []


def test_bulk_codings_no_longer_create_codes_unless_asked(tree: Project) -> None:
    specs = [CodingSpec("Anna", 3, 8, "Verbinding/Klik"), CodingSpec("Anna", 3, 8, "Nieuw/Code")]
    with pytest.raises(UnknownCodeError) as caught:
        tree.add_codings(specs)
    assert caught.value.spec_index == 1  # type: ignore[attr-defined]
    assert tree.segments() == []
    report = tree.apply_codings(specs, create_codes=True)
    assert report.created == ["Nieuw", "Nieuw/Code"]
    assert len(report.ids) == 2


def test_the_same_coding_twice_is_refused_in_one_sentence(tree: Project) -> None:
    tree.add_coding("Anna", "Verbinding/Klik", 3, 8, coder="Lies")
    with pytest.raises(DuplicateCodingError) as caught:
        tree.add_coding("Anna", "verbinding/klik", 3, 8, coder="Lies")
    assert str(caught.value).startswith(
        "3-8 of 'Anna' is already coded with Verbinding/Klik by Lies"
    )
    tree.add_coding("Anna", "Verbinding/Klik", 3, 8, coder="Jonas")  # another coder may
    tree.add_coding("Anna", "Verbinding/Klik", 3, 9, coder="Lies")  # another span too
    assert len(tree.segments()) == 3


def test_recoding_or_resizing_into_a_duplicate_is_refused(tree: Project) -> None:
    tree.add_coding("Anna", "Verbinding/Klik", 3, 8, coder="Lies")
    other = tree.add_coding("Anna", "Coördinatie/Matching", 3, 8, coder="Lies")
    wide = tree.add_coding("Anna", "Verbinding/Klik", 3, 12, coder="Lies")
    with pytest.raises(DuplicateCodingError):
        tree.recode(other, "Verbinding/Klik")
    with pytest.raises(DuplicateCodingError):
        tree.set_coding_span(wide, 3, 8)
    assert sorted((s.code, s.start, s.end) for s in tree.segments()) == [
        ("Coördinatie/Matching", 3, 8),
        ("Verbinding/Klik", 3, 8),
        ("Verbinding/Klik", 3, 12),
    ]


def test_a_batch_with_a_duplicate_is_refused_whole_or_skips_it_when_asked(
    tree: Project,
) -> None:
    tree.add_coding("Anna", "Verbinding/Klik", 3, 8, coder="Lies")
    specs = [
        CodingSpec("Anna", 10, 20, "Verbinding/Klik", "Lies"),
        CodingSpec("Anna", 3, 8, "Verbinding/Klik", "Lies"),  # already there
        CodingSpec("Anna", 10, 20, "Verbinding/Klik", "Lies"),  # twice in the batch
    ]
    with pytest.raises(DuplicateCodingError) as caught:
        tree.add_codings(specs)
    assert caught.value.spec_index == 1  # type: ignore[attr-defined]
    assert len(tree.segments()) == 1
    report = tree.apply_codings(specs, skip_duplicates=True)
    assert report.skipped == [1, 2]
    assert len(report.ids) == 1
    assert len(tree.segments()) == 2


def _old_project_with_duplicates(path: Path) -> None:
    """A project as an older DuoCoder could leave it: the same coding stored three times."""
    with Project.create(path) as p:
        p.add_document("Anna", source(TEXT), "participant")
        first = p.add_coding("Anna", "Klik", 3, 8, coder="Lies", memo="eerste", create_code=True)
        p.add_coding("Anna", "Klik", 10, 20, coder="Lies")
        p.history.clear()
    db = sqlite3.connect(path)
    with db:
        for memo in ("tweede", None):
            db.execute(
                'INSERT INTO codings (document_id, code_id, start, "end", coder_id, memo,'
                ' created_at, auto) SELECT document_id, code_id, start, "end", coder_id, ?,'
                " created_at, auto FROM codings WHERE id = ?",
                (memo, first),
            )
    db.close()


def test_duplicates_in_an_old_project_are_found_and_removed_in_one_undo_step(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.duocoder"
    _old_project_with_duplicates(path)
    with Project.open(path) as p:
        [dup] = p.duplicate_codings()
        assert (dup.document, dup.code, dup.start, dup.end, dup.coder) == (
            "Anna",
            "Klik",
            3,
            8,
            "Lies",
        )
        assert len(dup.extra) == 2
        assert p.remove_duplicate_codings() == 2
        assert p.duplicate_codings() == []
        kept = [s for s in p.segments() if s.start == 3]
        assert [s.memo for s in kept] == ["eerste\n\ntweede"]
        p.undo()
        assert len(p.segments()) == 4
