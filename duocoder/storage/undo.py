"""Automatic undo and redo for every data change, recorded by SQLite itself.

Temporary triggers (per connection, never stored in the project file) write, for each row a
transaction inserts, updates or deletes, the SQL statement that reverses it. A command's
inverse is the list of those statements; running it backwards undoes the command exactly,
cascades included, and running it records the redo script the same way. This keeps every
operation undoable without each one writing its own revert code."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection

LOG_TABLE = "duocoder_undolog"  # a TEMP table: per connection, never in the file


@dataclass(frozen=True, slots=True)
class Changes:
    """Which rows of which tables a command touched, so views refresh only what changed."""

    rows: dict[str, frozenset[int]] = field(default_factory=dict)

    def touches(self, *tables: str) -> bool:
        return any(t in self.rows for t in tables)

    def ids(self, table: str) -> frozenset[int]:
        return self.rows.get(table, frozenset())

    def __bool__(self) -> bool:
        return bool(self.rows)


@dataclass(frozen=True, slots=True)
class Script:
    """The statements that reverse one transaction, in the order they were recorded."""

    statements: tuple[tuple[str, int, str], ...]

    def changes(self) -> Changes:
        rows: dict[str, set[int]] = {}
        for table, rowid, _sql in self.statements:
            rows.setdefault(table, set()).add(rowid)
        return Changes({t: frozenset(ids) for t, ids in rows.items()})


def _ident(name: str) -> str:
    """An SQL identifier, quoted the way SQLite quotes them (a `"` inside is doubled)."""
    return '"' + name.replace('"', '""') + '"'


def _sql_string(value: str) -> str:
    """A string literal inside generated SQL (a `'` inside is doubled)."""
    return "'" + value.replace("'", "''") + "'"


def _existing_tables(cur: sqlite3.Cursor) -> set[str]:
    return {r[0] for r in cur.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")}


def _literal(ref: str) -> str:
    """SQL that renders the value `ref` as a literal. Text goes through hex, because
    SQLite's quote() stops at a NUL character and would silently shorten it."""
    return (
        f"CASE typeof({ref}) WHEN 'text' THEN 'CAST(X'''||hex({ref})||''' AS TEXT)' "
        f"ELSE quote({ref}) END"
    )


# Rows that record bookkeeping rather than the researcher's work are never undone.
_UNTRACKED = {"meta": "key <> 'revision'"}


def _update_sets(cols: list[str]) -> str:
    """Only the columns that changed, so renaming a document does not log its whole text."""
    parts = []
    for c in cols:
        old, new = f"old.{_ident(c)}", f"new.{_ident(c)}"
        assignment = _sql_string(_ident(c) + "=")
        parts.append(
            f"(CASE WHEN {old} IS NOT {new} THEN {assignment}||{_literal(old)}||',' ELSE '' END)"
        )
    return "||".join(parts)


def install_triggers(dbapi_connection: sqlite3.Connection, models: Iterable[type]) -> None:
    """Create the recording triggers for `models`' tables on this connection.

    Table and column names come from the models, never from the file: a name read from a
    project someone mailed could otherwise smuggle SQL into these statements. (The file's
    schema is checked against the models before it is opened; see `schema.py`.)"""
    cur = dbapi_connection.cursor()
    cur.execute(
        f"CREATE TEMP TABLE IF NOT EXISTS {LOG_TABLE} "
        "(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, rid INTEGER NOT NULL, sql TEXT NOT NULL)"
    )
    existing = _existing_tables(cur)
    for model in models:
        table_obj = model.__table__  # type: ignore[attr-defined]
        table: str = table_obj.name
        if table not in existing:  # a file being created or migrated
            continue
        cols = [c.name for c in table_obj.columns]
        t = _ident(table)
        t_in_sql = _sql_string(t)  # the quoted name, as a literal inside the logged SQL
        name = _sql_string(table)
        quoted = ",".join(_ident(c) for c in cols)
        values = "||','||".join(_literal(f"old.{_ident(c)}") for c in cols)
        cond = _UNTRACKED.get(table)
        when_new = f"WHEN new.{cond}" if cond else ""
        when_old = f"WHEN old.{cond}" if cond else ""
        ins, upd, dele = (_ident(f"undo_{table}_{kind}") for kind in ("ins", "upd", "del"))
        insert_columns = _sql_string("rowid," + quoted)
        cur.executescript(
            f"""
            CREATE TEMP TRIGGER IF NOT EXISTS {ins} AFTER INSERT ON main.{t}
            {when_new}
            BEGIN INSERT INTO {LOG_TABLE}(tbl, rid, sql)
              VALUES ({name}, new.rowid, 'DELETE FROM '||{t_in_sql}||' WHERE rowid='||new.rowid);
            END;
            CREATE TEMP TRIGGER IF NOT EXISTS {upd} AFTER UPDATE ON main.{t}
            {when_old}
            BEGIN INSERT INTO {LOG_TABLE}(tbl, rid, sql)
              VALUES ({name}, old.rowid,
                      'UPDATE '||{t_in_sql}||' SET '
                      || coalesce(nullif(rtrim({_update_sets(cols)}, ','), ''), 'rowid=rowid')
                      || ' WHERE rowid='||old.rowid);
            END;
            CREATE TEMP TRIGGER IF NOT EXISTS {dele} BEFORE DELETE ON main.{t}
            {when_old}
            BEGIN INSERT INTO {LOG_TABLE}(tbl, rid, sql)
              VALUES ({name}, old.rowid,
                      'INSERT INTO '||{t_in_sql}||'('||{insert_columns}||') VALUES ('
                      ||old.rowid||','||{values}||')');
            END;
            """
        )
    cur.close()


def take_script(conn: Connection) -> Script:
    """Collect (and clear) what the current transaction recorded."""
    rows = conn.exec_driver_sql(f"SELECT tbl, rid, sql FROM {LOG_TABLE} ORDER BY seq").all()
    conn.exec_driver_sql(f"DELETE FROM {LOG_TABLE}")
    return Script(tuple((r[0], int(r[1]), r[2]) for r in rows))


def clear(conn: Connection) -> None:
    conn.exec_driver_sql(f"DELETE FROM {LOG_TABLE}")


def run_backwards(conn: Connection, script: Script) -> Script:
    """Apply a script in reverse order inside the caller's transaction; returns its inverse."""
    clear(conn)
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    for _table, _rowid, sql in reversed(script.statements):
        conn.exec_driver_sql(sql)
    return take_script(conn)


def merge_scripts(scripts: Sequence[Script]) -> Script:
    return Script(tuple(s for script in scripts for s in script.statements))
