"""Opening and creating project files: strangers' files are refused without being touched."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import ProjectFileError
from duocoder.storage.database import APPLICATION_ID, SCHEMA_VERSION
from tests.helpers import source


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _assert_refused(path: Path, fragment: str) -> None:
    before = _snapshot(path.parent)
    with pytest.raises(ProjectFileError) as err:
        Project.open(path)
    assert path.name in str(err.value)
    assert fragment in str(err.value)
    assert _snapshot(path.parent) == before, "opening a foreign file must not change the disk"


def test_created_project_is_one_file_that_reopens_with_its_settings(tmp_path: Path) -> None:
    path = tmp_path / "Onderzoek.duocoder"
    with Project.create(path, language="en", name="Buddy study") as p:
        p.add_document("Anna", source("I: Hoe gaat het?\nR: Goed."), "participant", "Org", "Duo 1")
    assert sorted(x.name for x in tmp_path.iterdir()) == ["Onderzoek.duocoder"]
    with Project.open(path) as p:
        assert (p.name, p.language) == ("Buddy study", "en")
        assert [d.name for d in p.documents()] == ["Anna"]


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "x.duocoder"
    path.write_bytes(b"precious")
    with pytest.raises(ProjectFileError, match="already exists"):
        Project.create(path)
    assert path.read_bytes() == b"precious"


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.duocoder"
    path.write_bytes(b"")
    _assert_refused(path, "empty")


def test_word_document_renamed_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "interview.duocoder"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    _assert_refused(path, "Word or zip")


def test_other_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.duocoder"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    _assert_refused(path, "another program")


def test_project_from_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.duocoder"
    with Project.create(path):
        pass
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.commit()
    con.close()
    _assert_refused(path, "newer version")


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        Project.open(tmp_path / "nope.duocoder")
    (tmp_path / "dir.duocoder").mkdir()
    with pytest.raises(ProjectFileError, match="folder"):
        Project.open(tmp_path / "dir.duocoder")


def test_frozen_version_1_file_opens_and_keeps_its_data(tmp_path: Path) -> None:
    """A project written by format 1 must open in every later version."""
    sql = (Path(__file__).parent / "data" / "project-v1.sql").read_text(encoding="utf-8")
    path = tmp_path / "old.duocoder"
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    with Project.open(path) as p:
        docs = p.documents()
        assert [(d.name, d.role.value, d.case, d.duo) for d in docs] == [
            ("Anna", "participant", "Duo Denderland vzw", "Duo 1")
        ]
        [seg] = p.segments()
        assert (seg.code, seg.text, seg.coder) == (
            "Verbinding/Vertrouwensrelatie",
            "Goed 😊 café",
            "Lies",
        )
        # and it still accepts new work
        p.add_coding(docs[0].id, seg.code_id, 0, 3)
        assert len(p.segments()) == 2
