"""A project file from someone else is untrusted: nothing inside it may run.

Each test builds a real project, alters it the way an attacker (or a careless script) could
with plain sqlite3, and opens it. The file must be refused in one sentence naming what was
found, before any statement of the file's own runs: canary files stay absent, the data stays
as it was, and nothing beside the file changes."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import ProjectFileError
from duocoder.storage.database import APPLICATION_ID
from duocoder.storage.migrations import backup_path
from tests.helpers import code_anna, coded_project, run_cli


def _tamper(path: Path, *statements: str, writable_schema: bool = False) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        if writable_schema:
            con.execute("PRAGMA writable_schema = ON")
        for sql in statements:
            con.execute(sql)
        if writable_schema:
            con.execute("PRAGMA writable_schema = RESET")
    finally:
        con.close()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _refused(path: Path, *fragments: str) -> str:
    before = _snapshot(path.parent)
    with pytest.raises(ProjectFileError) as err:
        Project.open(path)
    message = str(err.value)
    assert path.name in message
    for fragment in fragments:
        assert fragment in message
    assert message.count(". ") == 0 and message.endswith("."), "one sentence"
    assert "\n" not in message
    assert _snapshot(path.parent) == before, "refusing a file must not change anything"
    return message


def _data(path: Path) -> tuple[object, ...]:
    con = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return (
            con.execute("SELECT name, text FROM documents").fetchall(),
            con.execute('SELECT code_id, start, "end" FROM codings').fetchall(),
            con.execute("SELECT value FROM meta WHERE key = 'name'").fetchall(),
        )
    finally:
        con.close()


def _column_carrying_sql(canary: Path) -> str:
    """A column name that, pasted into generated trigger SQL, closes the statement and runs
    `VACUUM INTO` (a copy of the whole project to a path of the attacker's choosing)."""
    return (
        f"x\" IS NOT NULL THEN '' ELSE '' END), ','), ''), 'x')); END; VACUUM INTO '{canary}'; --"
    )


def _add_column(path: Path, table: str, name: str) -> None:
    _tamper(path, f'ALTER TABLE {table} ADD COLUMN "{name.replace(chr(34), chr(34) * 2)}" TEXT')


def test_a_column_name_carrying_sql_is_refused_and_never_runs(tmp_path: Path) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    canary = tmp_path / "stolen.db"
    _add_column(path, "codes", _column_carrying_sql(canary))
    _refused(path, "codes")
    assert not canary.exists()


def test_the_same_column_name_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    canary = tmp_path / "stolen.db"
    _add_column(path, "codings", _column_carrying_sql(canary))
    code, out, err = run_cli(
        capsys,
        *code_anna(path),
    )
    assert code == 1
    assert "p.duocoder" in err and "altered outside DuoCoder" in err
    assert "Traceback" not in err and out == ""
    assert not canary.exists()


TRIGGER = (
    "CREATE TRIGGER wipe AFTER INSERT ON codings BEGIN "
    "DELETE FROM codings WHERE id <> new.id; "
    "UPDATE documents SET text = 'PWNED ' || text; "
    "UPDATE meta SET value = 'taken' WHERE key = 'name'; END"
)


def test_a_foreign_trigger_is_refused_before_anything_runs(tmp_path: Path) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    _tamper(path, TRIGGER)
    before = _data(path)
    _refused(path, "trigger 'wipe'")
    assert _data(path) == before


def test_a_foreign_trigger_cannot_act_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    _tamper(path, TRIGGER)
    before = _data(path)
    code, _out, err = run_cli(
        capsys,
        *code_anna(path),
    )
    assert code == 1 and "trigger 'wipe'" in err
    assert _data(path) == before


def _edit_table_sql(path: Path, table: str, edit: Callable[[str], str]) -> None:
    """Rewrite a table's CREATE statement in place, as a tampering script would."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        [sql] = con.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        changed = edit(sql)
        assert changed != sql, "the test must really change the table"
        con.execute("PRAGMA writable_schema = ON")
        con.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (changed, table))
        con.execute("PRAGMA writable_schema = RESET")
    finally:
        con.close()


def _without_document_key(sql: str) -> str:
    parts = sql.split(",")
    return ",".join(p for p in parts if "fk_codings_document_id" not in p)


ALTERATIONS: dict[str, tuple[Callable[[Path], None], tuple[str, ...]]] = {
    "view": (
        lambda p: _tamper(p, "CREATE VIEW spy AS SELECT text FROM documents"),
        ("view 'spy'",),
    ),
    "table": (lambda p: _tamper(p, "CREATE TABLE extra (x)"), ("table 'extra'",)),
    "index": (
        lambda p: _tamper(p, "CREATE INDEX ix_sneaky ON codings (memo)"),
        ("index 'ix_sneaky'",),
    ),
    # a CHECK changed so that a span may start before the text
    "check": (
        lambda p: _edit_table_sql(
            p, "codings", lambda sql: sql.replace("start >= 0", "start >= -99")
        ),
        ("table 'codings'", "not defined as DuoCoder defines it"),
    ),
    # the foreign key to documents dropped: codings of deleted documents would linger
    "foreign-key": (
        lambda p: _edit_table_sql(p, "codings", _without_document_key),
        ("table 'codings'",),
    ),
    "dropped-index": (
        lambda p: _tamper(p, "DROP INDEX ix_codings_doc_start"),
        ("index 'ix_codings_doc_start'", "missing"),
    ),
}


@pytest.mark.parametrize("kind", list(ALTERATIONS))
def test_every_other_schema_change_is_refused_naming_it(tmp_path: Path, kind: str) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    alter, fragments = ALTERATIONS[kind]
    alter(path)
    _refused(path, *fragments)


def test_a_long_name_from_the_file_is_shortened_in_the_message(tmp_path: Path) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    _tamper(path, f'CREATE VIEW "{"v" * 5000}" AS SELECT 1')
    message = _refused(path, "view")
    assert len(message) < 400


def _fake_project(path: Path, version: int, *statements: str) -> Path:
    con = sqlite3.connect(path)
    for sql in statements:
        con.execute(sql)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()
    return path


def test_a_duocoder_file_without_tables_says_it_is_incomplete(tmp_path: Path) -> None:
    path = _fake_project(tmp_path / "leeg.duocoder", 2)
    message = _refused(path, "incomplete")
    assert "no such table" not in message


def test_a_file_claiming_an_older_format_is_refused_without_a_backup_each_time(
    tmp_path: Path,
) -> None:
    path = _fake_project(tmp_path / "oud.duocoder", 1, "CREATE TABLE rubbish (x)")
    for _attempt in range(2):
        _refused(path, "rubbish")
    assert not backup_path(path, 1).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["oud.duocoder"]


def test_a_trigger_hidden_in_an_old_format_file_is_refused_before_upgrading(
    tmp_path: Path,
) -> None:
    sql = (Path(__file__).parents[1] / "core" / "data" / "project-v1.sql").read_text("utf-8")
    path = tmp_path / "old.duocoder"
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.execute(TRIGGER)
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    _refused(path, "trigger 'wipe'")
    assert not backup_path(path, 1).exists()


def test_undo_triggers_take_their_column_names_from_the_models(tmp_path: Path) -> None:
    """Defence in depth: even on a file that somehow passed the schema check, a column name
    in the file never reaches the SQL that the undo recorder generates."""
    from duocoder.storage.models import UNDOABLE_TABLES
    from duocoder.storage.recorder import LOG_TABLE, SqliteRecorder

    path = coded_project(tmp_path / "p.duocoder")
    canary = tmp_path / "stolen.db"
    _add_column(path, "codes", _column_carrying_sql(canary))
    con = sqlite3.connect(path, isolation_level=None)
    try:
        SqliteRecorder().install(con, [m.__table__ for m in UNDOABLE_TABLES])
        con.execute("UPDATE codes SET name = 'Band' WHERE name = 'Verbinding'")
        [[logged]] = con.execute(f"SELECT before FROM {LOG_TABLE}").fetchall()
    finally:
        con.close()
    assert not canary.exists()
    assert '"Verbinding"' in logged  # the old name, as data in the row image
