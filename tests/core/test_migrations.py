"""Upgrading project files: every released format must open in this version, after a backup,
with its data intact and with exactly the schema a new project gets."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.storage.database import SCHEMA_VERSION
from duocoder.storage.migrations import MIGRATIONS, backup_path
from tests.helpers import source
from tests.old_formats import (
    CODER_TABLES,
    PRIVACY_TABLES,
    RECORDING_TABLES,
    as_format_4,
    as_format_5,
    as_format_6,
    as_format_7,
    frozen_v1,
    frozen_v2,
)

LANGUAGE_TABLES = ("nlp_documents", "nlp_forms", "nlp_lemmas", "nlp_rejections")
HISTORY_TABLES = ("history_steps", "history_parts")
TURN_TABLES = ("paragraph_styles", "turn_rules")
GUID_TABLES = ("document_guids", "coding_guids")


def _schema(path: Path, table: str) -> tuple[object, ...]:
    """What SQLite makes of a table: columns, foreign keys, indexes, constraints' effect."""
    con = sqlite3.connect(path)
    try:
        columns = con.execute(f"PRAGMA table_info({table})").fetchall()
        keys = con.execute(f"PRAGMA foreign_key_list({table})").fetchall()
        indexes = sorted(
            (unique, con.execute(f"PRAGMA index_info('{name}')").fetchall())
            for _seq, name, unique, _origin, _partial in con.execute(f"PRAGMA index_list({table})")
        )
        return tuple(columns), tuple(keys), tuple(indexes)
    finally:
        con.close()


def test_every_format_has_an_upgrade_step() -> None:
    assert SCHEMA_VERSION == 8
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))


def test_a_format_1_file_is_backed_up_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = frozen_v1(tmp_path / "old.duocoder")
    original = path.read_bytes()
    with Project.open(path) as p:
        [doc] = p.documents()
        assert (doc.name, doc.role.value, doc.case, doc.duo) == (
            "Anna",
            "participant",
            "Duo Denderland vzw",
            "Duo 1",
        )
        [seg] = p.segments()
        assert (seg.code, seg.text, seg.coder) == (
            "Verbinding/Vertrouwensrelatie",
            "Goed 😊 café",
            "Lies",
        )
    backup = backup_path(path, 1)
    assert backup.name == "old.v1.bak.duocoder" and backup.read_bytes() == original
    con = sqlite3.connect(path)
    try:
        assert con.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert (
            set(
                LANGUAGE_TABLES
                + HISTORY_TABLES
                + TURN_TABLES
                + GUID_TABLES
                + CODER_TABLES
                + PRIVACY_TABLES
                + RECORDING_TABLES
            )
            <= tables
        )
        assert con.execute("SELECT count(*) FROM nlp_documents").fetchone() == (0,)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


@pytest.mark.parametrize(
    "table",
    LANGUAGE_TABLES
    + HISTORY_TABLES
    + TURN_TABLES
    + GUID_TABLES
    + CODER_TABLES
    + PRIVACY_TABLES
    + RECORDING_TABLES,
)
def test_the_upgraded_schema_equals_a_new_projects(tmp_path: Path, table: str) -> None:
    old = frozen_v1(tmp_path / "old.duocoder")
    Project.open(old).close()
    new = tmp_path / "new.duocoder"
    Project.create(new).close()
    assert _schema(old, table) == _schema(new, table)


def test_an_upgraded_project_gets_indexed_and_searched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from duocoder.nlp.pipeline import ENV_MODEL

    monkeypatch.setenv(ENV_MODEL, "blank")
    with Project.open(frozen_v1(tmp_path / "old.duocoder")) as p:
        assert p.index_status().pending == (p.documents()[0].id,)
        p.index_documents()
        assert p.index_status().complete
        text = p.text(p.documents()[0].id)
        word = next(w for w in text.split() if w.isalpha() and len(w) > 3)
        hits = p.search(word, "word", include_interviewer=True)
        assert hits and hits[0].match == word


def test_a_format_2_file_opens_with_its_data_and_an_empty_history(tmp_path: Path) -> None:
    path = frozen_v2(tmp_path / "v2.duocoder")
    with Project.open(path) as p:
        [seg] = p.segments()
        assert (seg.code, seg.text, seg.coder) == ("Verbinding/Klik", "Goed 😊 café,", "Lies")
        assert not p.can_undo
    assert backup_path(path, 2).exists()


def _guids(path: Path, table: str) -> dict[int, str]:
    con = sqlite3.connect(path)
    try:
        return dict(con.execute(f"SELECT * FROM {table}").fetchall())
    finally:
        con.close()


def test_an_upgraded_files_documents_and_codings_get_guids(tmp_path: Path) -> None:
    path = frozen_v1(tmp_path / "old.duocoder")
    with Project.open(path) as p:
        doc_ids = {d.id for d in p.documents()}
        coding_ids = {s.id for s in p.segments()}
    docs, codings = _guids(path, "document_guids"), _guids(path, "coding_guids")
    assert set(docs) == doc_ids and set(codings) == coding_ids
    for guid in [*docs.values(), *codings.values()]:
        assert str(uuid.UUID(guid)) == guid  # lower-case 8-4-4-4-12
    assert len(set(docs.values()) | set(codings.values())) == len(docs) + len(codings)


def test_a_format_4_file_keeps_its_undo_history_through_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "v4.duocoder"
    with Project.create(path) as p:
        doc = p.add_document("Anna", source("I: Hoe gaat het?\nR: Goed 😊 café."), "participant")
        p.add_coding(doc.id, "Verbinding", 20, 27, create_code=True)
    as_format_4(path)
    with Project.open(path) as p:
        [seg] = p.segments()
        assert seg.text == "Goed 😊 café"[:7]
        before = _guids(path, "coding_guids")
        assert list(before) == [seg.id]
        p.undo()  # a step recorded by format 4 still undoes, and redoes
        assert p.segments() == []
        assert _guids(path, "coding_guids") == {}
        p.redo()
        [seg] = p.segments()
        assert list(_guids(path, "coding_guids")) == [seg.id]  # a redone coding has a GUID
    assert backup_path(path, 4).exists()


def test_new_documents_and_codings_get_guids_that_undo_and_redo_keep(tmp_path: Path) -> None:
    path = tmp_path / "new.duocoder"
    with Project.create(path) as p:
        doc = p.add_document("Anna", source("I: Hoe gaat het?\nR: Goed, dank je."), "participant")
        p.add_coding(doc.id, "Verbinding", 20, 24, create_code=True)
        p.add_coding(doc.id, "Verbinding", 26, 29)
        docs, codings = _guids(path, "document_guids"), _guids(path, "coding_guids")
        assert list(docs) == [doc.id] and len(codings) == 2
        p.undo()
        assert len(_guids(path, "coding_guids")) == 1
        p.redo()
        assert _guids(path, "coding_guids") == codings  # the same GUID comes back
        p.delete_document(doc.id)
        assert _guids(path, "document_guids") == {} and _guids(path, "coding_guids") == {}


def test_a_format_5_file_is_upgraded_keeps_its_codings_and_takes_coder_colours(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v5.duocoder"
    with Project.create(path) as p:
        p.coder = "Lies"
        doc = p.add_document("Anna", source("I: Hoe gaat het?\nR: Goed 😊 café."), "participant")
        p.add_coding(doc.id, "Verbinding", 20, 27, create_code=True)
    as_format_5(path)
    original = path.read_bytes()
    with Project.open(path) as p:
        p.coder = "Lies"
        [seg] = p.segments()
        assert (seg.coder, seg.text) == ("Lies", "Goed 😊 café"[:7])
        [lies] = p.coders()
        assert lies.color.startswith("#")  # a colour derived from the name until chosen
        p.set_coder("Lies", "#123456")
        assert [c.color for c in p.coders()] == ["#123456"]
        p.undo()  # the format-5 step and the new one both undo
        p.undo()
        assert p.segments() == []
    assert backup_path(path, 5).read_bytes() == original
    for table in CODER_TABLES:
        new = tmp_path / "new.duocoder"
        if not new.exists():
            Project.create(new).close()
        assert _schema(path, table) == _schema(new, table)


def test_a_format_5_file_with_a_foreign_table_is_still_refused(tmp_path: Path) -> None:
    from duocoder.domain.errors import ProjectFileError

    path = tmp_path / "v5.duocoder"
    Project.create(path).close()
    as_format_5(path)
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE coder_colors (coder_id INTEGER, color TEXT, evil TEXT)")
    con.commit()
    con.close()
    with pytest.raises(ProjectFileError, match="coder_colors"):
        Project.open(path)


def test_a_format_6_file_is_upgraded_with_empty_privacy_tables_and_keeps_its_undo(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v6.duocoder"
    with Project.create(path) as p:
        p.coder = "Lies"
        doc = p.add_document(
            "Anna", source("I: Hoe gaat het?\nR: Goed, Sofie helpt."), "participant"
        )
        p.add_coding(doc.id, "Verbinding", 20, 24, create_code=True)
    as_format_6(path)
    original = path.read_bytes()
    with Project.open(path) as p:
        p.coder = "Lies"
        assert [s.text for s in p.segments()] == ["Goed"]
        assert p.document_history(doc.id) == []
        p.undo()
        assert p.segments() == []
    assert backup_path(path, 6).read_bytes() == original
    new = tmp_path / "new.duocoder"
    Project.create(new).close()
    for table in PRIVACY_TABLES:
        assert _schema(path, table) == _schema(new, table)


def test_a_format_7_file_is_upgraded_with_no_recordings_and_can_link_one(tmp_path: Path) -> None:
    path = tmp_path / "v7.duocoder"
    with Project.create(path) as p:
        p.coder = "Lies"
        doc = p.add_document("Anna", source("I: Hoe gaat het?\nR: Goed."), "participant")
        p.add_coding(doc.id, "Verbinding", 20, 24, create_code=True)
    as_format_7(path)
    original = path.read_bytes()
    recording = tmp_path / "anna.wav"
    recording.write_bytes(b"RIFF" + bytes(5000))
    with Project.open(path) as p:
        p.coder = "Lies"
        assert p.recordings() == []
        assert p.link_recording(doc.id, recording).stored == "anna.wav"
        p.undo()
        assert p.recordings() == []
        p.undo()  # the coding, recorded by format 7, still undoes
        assert p.segments() == []
    assert backup_path(path, 7).read_bytes() == original
    new = tmp_path / "new.duocoder"
    Project.create(new).close()
    for table in RECORDING_TABLES:
        assert _schema(path, table) == _schema(new, table)
