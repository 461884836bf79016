"""Upgrading project files: every released format must open in this version, after a backup,
with its data intact and with exactly the schema a new project gets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.storage.database import APPLICATION_ID, SCHEMA_VERSION
from duocoder.storage.migrations import MIGRATIONS, backup_path

DATA = Path(__file__).parent / "data"
LANGUAGE_TABLES = ("nlp_documents", "nlp_forms", "nlp_lemmas", "nlp_rejections")
HISTORY_TABLES = ("history_steps", "history_parts")
TURN_TABLES = ("paragraph_styles", "turn_rules")


def _frozen_v1(path: Path) -> Path:
    con = sqlite3.connect(path)
    con.executescript((DATA / "project-v1.sql").read_text(encoding="utf-8"))
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    return path


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
    assert SCHEMA_VERSION == 4
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))


def test_a_format_1_file_is_backed_up_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = _frozen_v1(tmp_path / "old.duocoder")
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
        assert set(LANGUAGE_TABLES + HISTORY_TABLES + TURN_TABLES) <= tables
        assert con.execute("SELECT count(*) FROM nlp_documents").fetchone() == (0,)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()


@pytest.mark.parametrize("table", LANGUAGE_TABLES + HISTORY_TABLES + TURN_TABLES)
def test_the_upgraded_schema_equals_a_new_projects(tmp_path: Path, table: str) -> None:
    old = _frozen_v1(tmp_path / "old.duocoder")
    Project.open(old).close()
    new = tmp_path / "new.duocoder"
    Project.create(new).close()
    assert _schema(old, table) == _schema(new, table)


def test_an_upgraded_project_gets_indexed_and_searched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from duocoder.nlp.pipeline import ENV_MODEL

    monkeypatch.setenv(ENV_MODEL, "blank")
    with Project.open(_frozen_v1(tmp_path / "old.duocoder")) as p:
        assert p.index_status().pending == (p.documents()[0].id,)
        p.index_documents()
        assert p.index_status().complete
        text = p.text(p.documents()[0].id)
        word = next(w for w in text.split() if w.isalpha() and len(w) > 3)
        hits = p.search(word, "word", include_interviewer=True)
        assert hits and hits[0].match == word


def test_a_format_2_file_opens_with_its_data_and_an_empty_history(tmp_path: Path) -> None:
    path = tmp_path / "v2.duocoder"
    con = sqlite3.connect(path)
    con.executescript((DATA / "project-v2.sql").read_text(encoding="utf-8"))
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    with Project.open(path) as p:
        [seg] = p.segments()
        assert (seg.code, seg.text, seg.coder) == ("Verbinding/Klik", "Goed 😊 café,", "Lies")
        assert not p.can_undo
    assert backup_path(path, 2).exists()
