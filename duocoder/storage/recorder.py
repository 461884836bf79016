"""Row-level recording of what one operation changed, and replaying it backwards.

Undo needs, for every row an operation inserted, updated or deleted (cascades included),
the row as it was before and as it was after. The database records these images itself,
with triggers, because only the database sees everything: rows removed by ON DELETE
CASCADE, bulk statements, executemany inserts whose ids SQLAlchemy never learns.

Recording is per engine (`SqliteRecorder`: temporary triggers, never stored in the file;
`PostgresRecorder`: one trigger function over a per-session temporary table); both hand
back the same `RowChange` values. Replaying is engine-neutral: plain SQLAlchemy Core
statements with bound parameters, so text with any character (a NUL, an emoji) goes back
exactly, and each row is first compared with the image the step expects, so an undo never
overwrites what someone else changed since."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Column, Connection, Table, and_, delete, insert, select, update
from sqlalchemy.types import Boolean, DateTime, LargeBinary

from duocoder.domain.errors import ValidationError

LOG_TABLE = "duocoder_rowlog"  # temporary: per connection, never in the project file
# Rows that are part of the row they refer to, never anyone's work of their own: a GUID row
# (format 5) that a step recorded before format 5 does not know may go with its document or
# coding when the step is undone (`guids.restore_missing` gives a redone one a new GUID).
PARTS_OF_THEIR_OWNER = frozenset({"document_guids", "coding_guids"})
Image = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row's change: `before` None for an insert, `after` None for a delete."""

    table: str
    key: tuple[Any, ...]
    before: Image | None
    after: Image | None

    def inverted(self) -> RowChange:
        return RowChange(self.table, self.key, self.after, self.before)


def invert(rows: Sequence[RowChange]) -> tuple[RowChange, ...]:
    """The changes that undo `rows`: each inverted, in reverse order."""
    return tuple(r.inverted() for r in reversed(rows))


class ConflictError(ValidationError):
    """A row an undo or redo would restore was changed since by someone else."""


class Recorder(Protocol):
    """Records the row images of the statements run on a connection."""

    def install(self, dbapi_connection: Any, tables: Sequence[Table]) -> None:
        """Prepare a new DBAPI connection (create its temporary log and triggers)."""

    def clear(self, conn: Connection) -> None:
        """Forget what was recorded so far on this connection."""

    def stop(self, conn: Connection) -> None:
        """Record nothing more on this connection (a bulk copy, which is nobody's undo
        step); the connection must be thrown away afterwards, not pooled."""

    def take(self, conn: Connection, tables: Mapping[str, Table]) -> tuple[RowChange, ...]:
        """What was recorded since the last `clear`, in order; clears the log."""

    def take_step(self, conn: Connection, tables: Mapping[str, Table]) -> Recorded:
        """`take`, as the text the log holds (`Recorded`): what a new undo step keeps."""

    def defer_constraints(self, conn: Connection) -> None:
        """Check foreign keys at commit: a replay re-inserts children before parents."""


# -- SQLite ----------------------------------------------------------------------------------


def ident(name: str) -> str:
    """An SQL identifier, quoted (a `\"` inside doubled); the same on SQLite and PostgreSQL."""
    return '"' + name.replace('"', '""') + '"'


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _sqlite_value(ref: str) -> str:
    """A column value as JSON that loses nothing: text as a JSON string (SQLite's JSON
    functions escape a NUL, unlike its other text functions), a blob as ["blob", hex]."""
    return f"CASE typeof({ref}) WHEN 'blob' THEN json_array('blob', hex({ref})) ELSE {ref} END"


def _sqlite_image(prefix: str, columns: Sequence[Column[Any]]) -> str:
    """The row as a JSON array in column order. Only a binary column can hold a blob (the
    models write bytes nowhere else; one elsewhere makes json_array fail, never guess), so
    the other columns go in as they are: the test of every value's type cost a third of a
    bulk insert."""
    return (
        "json_array("
        + ",".join(
            _sqlite_value(f"{prefix}.{ident(c.name)}")
            if isinstance(c.type, LargeBinary)
            else f"{prefix}.{ident(c.name)}"
            for c in columns
        )
        + ")"
    )


class SqliteRecorder:
    """Temporary triggers write each changed row's images into a temporary table. Names
    come from the models, never from the file (whose schema is verified before opening)."""

    def install(self, dbapi_connection: Any, tables: Sequence[Table]) -> None:
        cur = dbapi_connection.cursor()
        cur.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {LOG_TABLE} (seq INTEGER PRIMARY KEY, "
            "tbl TEXT NOT NULL, key TEXT NOT NULL, before TEXT, after TEXT)"
        )
        existing = {
            r[0] for r in cur.execute("SELECT name FROM main.sqlite_master WHERE type = 'table'")
        }
        for table in tables:
            if table.name not in existing:  # a file being created or migrated
                continue
            cols = list(table.columns)
            t, name = ident(table.name), _sql_string(table.name)
            keys = list(table.primary_key.columns)
            old, new = _sqlite_image("old", cols), _sqlite_image("new", cols)
            old_key, new_key = _sqlite_image("old", keys), _sqlite_image("new", keys)
            trigger = {k: ident(f"rowlog_{table.name}_{k}") for k in ("ins", "upd", "del")}
            log = f"{LOG_TABLE}(tbl, key, before, after)"
            cur.executescript(
                f"""
                CREATE TEMP TRIGGER IF NOT EXISTS {trigger["ins"]} AFTER INSERT ON main.{t}
                BEGIN INSERT INTO {log} VALUES ({name}, {new_key}, NULL, {new});
                END;
                CREATE TEMP TRIGGER IF NOT EXISTS {trigger["upd"]} AFTER UPDATE ON main.{t}
                BEGIN INSERT INTO {log} VALUES ({name}, {new_key}, {old}, {new});
                END;
                CREATE TEMP TRIGGER IF NOT EXISTS {trigger["del"]} BEFORE DELETE ON main.{t}
                BEGIN INSERT INTO {log} VALUES ({name}, {old_key}, {old}, NULL);
                END;
                """
            )
        cur.close()

    def clear(self, conn: Connection) -> None:
        conn.exec_driver_sql(f"DELETE FROM {LOG_TABLE}")

    def stop(self, conn: Connection) -> None:
        triggers = conn.exec_driver_sql(
            "SELECT name FROM temp.sqlite_master WHERE type = 'trigger' AND name LIKE 'rowlog%'"
        ).scalars()
        for name in list(triggers):
            conn.exec_driver_sql(f"DROP TRIGGER temp.{ident(name)}")

    def defer_constraints(self, conn: Connection) -> None:
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    def take(self, conn: Connection, tables: Mapping[str, Table]) -> tuple[RowChange, ...]:
        rows = conn.exec_driver_sql(f"SELECT tbl, before, after FROM {LOG_TABLE} ORDER BY seq")
        changes = _changes(_parsed(rows.all()), tables, _decode_sqlite)
        self.clear(conn)
        return tuple(changes)

    def take_step(self, conn: Connection, tables: Mapping[str, Table]) -> Recorded:
        # the driver's own rows (plain tuples): 180,000 rows cost a third more as Row objects
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            rows = cursor.execute(
                f"SELECT tbl, key, before, after FROM {LOG_TABLE} ORDER BY seq"
            ).fetchall()
        finally:
            cursor.close()
        self.clear(conn)
        return Recorded(_without_idle_updates(rows, tables), tables)


def _parsed(rows: Sequence[Any]) -> list[Any]:
    """The log's rows with their JSON images parsed in one `json.loads` of the whole log:
    a bulk step of 200,000 rows would otherwise pay a parser call per image."""
    if not rows:
        return []
    names: dict[str, str] = {}  # each table's name as JSON, made once
    text = ",".join(
        f"[{names.get(tbl) or names.setdefault(tbl, json.dumps(tbl))},"
        f"{before if before is not None else 'null'},{after if after is not None else 'null'}]"
        for tbl, before, after in rows
    )
    parsed: list[Any] = json.loads(f"[{text}]")
    return parsed


def _decode_sqlite(table: Table, image: list[Any]) -> dict[str, Any]:
    names, converted = _layout(table)
    out = dict(zip(names, image, strict=True))
    for name, convert in converted:
        value = out[name]
        if value is not None:
            out[name] = convert(value)
    return out


# -- PostgreSQL --------------------------------------------------------------------------------


_PG_FUNCTION = "duocoder_rowlog_set"
_PG_OLD_FUNCTION = "duocoder_rowlog"  # the row-level function of the first team projects
_PG_FUNCTION_SQL = f"""
CREATE OR REPLACE FUNCTION {_PG_FUNCTION}() RETURNS trigger AS $$
BEGIN
  -- only sessions that record (DuoCoder's own) have the log table; others pass through
  IF to_regclass('pg_temp.{LOG_TABLE}') IS NOT NULL THEN
    IF TG_OP = 'INSERT' THEN
      INSERT INTO pg_temp.{LOG_TABLE}(tbl, before, after)
        SELECT TG_TABLE_NAME, NULL, to_jsonb(n) FROM duocoder_new n;
    ELSIF TG_OP = 'DELETE' THEN
      INSERT INTO pg_temp.{LOG_TABLE}(tbl, before, after)
        SELECT TG_TABLE_NAME, to_jsonb(o), NULL FROM duocoder_old o;
    ELSE
      -- an update's rows before and after, paired by the key the trigger names
      EXECUTE format('INSERT INTO pg_temp.{LOG_TABLE}(tbl, before, after) '
        'SELECT %L, to_jsonb(o), to_jsonb(n) FROM duocoder_old o JOIN duocoder_new n '
        'USING (%s)', TG_TABLE_NAME, TG_ARGV[0]);
    END IF;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql
"""


class PostgresRecorder:
    """One trigger function, part of the schema, writes `to_jsonb` images of the rows each
    statement changed into a temporary table of the session; a session without that table
    (another program's, or a reader's) records nothing.

    The triggers are statement-level, with transition tables (one trigger per event, since
    a transition table belongs to one event): a bulk insert of 100,000 codings logs them in
    one set-based INSERT instead of calling a function per row, which cost more than the
    insert itself. A statement's rows are logged after the rows its cascades changed (a
    deleted document after its codings), an order in which replaying forwards and, inverted,
    backwards both respect the foreign keys."""

    @staticmethod
    def create_schema_objects(conn: Connection, tables: Sequence[Table]) -> None:
        """Create the function and the triggers (with the schema); replaces the row-level
        ones of a project made by an earlier version. Run by the tables' owner."""
        conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {_PG_OLD_FUNCTION}() CASCADE")
        # through the driver without parameters: format()'s %L and %s are not placeholders
        cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(_PG_FUNCTION_SQL)
        finally:
            cursor.close()
        for table in tables:
            t = ident(table.name)
            key = ", ".join(ident(c.name) for c in table.primary_key.columns)
            for kind, event, referencing, argument in (
                ("ins", "INSERT", "NEW TABLE AS duocoder_new", ""),
                ("upd", "UPDATE", "OLD TABLE AS duocoder_old NEW TABLE AS duocoder_new", key),
                ("del", "DELETE", "OLD TABLE AS duocoder_old", ""),
            ):
                trigger = ident(f"rowlog_{table.name}_{kind}")
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger} ON {t}")
                conn.exec_driver_sql(
                    f"CREATE TRIGGER {trigger} AFTER {event} ON {t} REFERENCING {referencing} "
                    f"FOR EACH STATEMENT EXECUTE FUNCTION {_PG_FUNCTION}"
                    f"({_sql_string(argument) if argument else ''})"
                )

    @staticmethod
    def needs_upgrade(conn: Connection) -> bool:
        """The project still records with the row-level triggers of an earlier version."""
        found = conn.exec_driver_sql(
            "SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname = current_schema() AND p.proname = %(name)s",
            {"name": _PG_OLD_FUNCTION},
        ).scalar()
        return bool(found)

    def install(self, dbapi_connection: Any, tables: Sequence[Table]) -> None:
        cur = dbapi_connection.cursor()
        cur.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {LOG_TABLE} "
            "(seq bigserial PRIMARY KEY, tbl text NOT NULL, before jsonb, after jsonb)"
        )
        cur.close()
        dbapi_connection.commit()

    def clear(self, conn: Connection) -> None:
        conn.exec_driver_sql(f"DELETE FROM pg_temp.{LOG_TABLE}")

    def stop(self, conn: Connection) -> None:
        # the trigger function records only into this session's log: without it, nothing
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS pg_temp.{LOG_TABLE}")

    def defer_constraints(self, conn: Connection) -> None:
        conn.exec_driver_sql("SET CONSTRAINTS ALL DEFERRED")

    def take(self, conn: Connection, tables: Mapping[str, Table]) -> tuple[RowChange, ...]:
        # images as text, parsed all at once (`_parsed`), not one by one by the driver
        rows = conn.exec_driver_sql(
            f"SELECT tbl, before::text, after::text FROM pg_temp.{LOG_TABLE} ORDER BY seq"
        )
        changes = _changes(_parsed(rows.all()), tables, _decode_json)
        self.clear(conn)
        return tuple(changes)

    def take_step(self, conn: Connection, tables: Mapping[str, Table]) -> Recorded:
        # the server turns each `to_jsonb` image into an array in column order (what a
        # step keeps, and what SQLite's triggers write), so no row is parsed here
        rows = conn.exec_driver_sql(_pg_step_query(tables)).all()
        if len(rows) > 1_000:
            # a bulk step's log emptied at once: a DELETE of 180,000 rows costs a tenth of a
            # second and leaves them dead in a table no autovacuum visits (it is temporary)
            conn.exec_driver_sql(f"TRUNCATE pg_temp.{LOG_TABLE}")
        else:
            self.clear(conn)
        for tbl, key, _before, _after in rows:
            if key is None:
                raise KeyError(tbl)  # a table the models do not know, as `take` would
        return Recorded(_without_idle_updates(rows, tables), tables)


_PG_STEP_QUERIES: dict[tuple[str, ...], str] = {}


def _pg_step_query(tables: Mapping[str, Table]) -> str:
    """The log as (table, key, before, after) JSON texts, images as arrays in column order."""
    names = tuple(sorted(tables))
    found = _PG_STEP_QUERIES.get(names)
    if found is not None:
        return found

    def arrays(ref: str, columns: Callable[[Table], Iterable[Column[Any]]]) -> str:
        cases = " ".join(
            f"WHEN {_sql_string(name)} THEN jsonb_build_array("
            + ", ".join(f"{ref}->{_sql_string(c.name)}" for c in columns(tables[name]))
            + ")"
            for name in names
        )
        return f"(CASE tbl {cases} END)::text"

    def images(ref: str) -> str:
        return f"CASE WHEN {ref} IS NULL THEN NULL ELSE {arrays(ref, lambda t: t.columns)} END"

    found = _PG_STEP_QUERIES[names] = (
        f"SELECT tbl, {arrays('coalesce(after, before)', lambda t: t.primary_key.columns)}, "
        f"{images('before')}, {images('after')} FROM pg_temp.{LOG_TABLE} ORDER BY seq"
    )
    return found


def _decode_json(table: Table, image: Mapping[str, Any]) -> dict[str, Any]:
    names, converted = _layout(table)
    out = {name: image.get(name) for name in names}  # in column order, as SQLite's
    for name, convert in converted:
        value = out[name]
        if value is not None:
            out[name] = convert(value)  # bytea in JSON is "\\x…": `_bytes` reads it
    return out


# -- both --------------------------------------------------------------------------------------


Entry = tuple[str, str, str | None, str | None]  # table, key, before, after: JSON texts


def _without_idle_updates(rows: Iterable[Any], tables: Mapping[str, Table]) -> list[Entry]:
    """The log's (table, key, before, after) texts less the UPDATEs that set what was there,
    as `_changes` leaves them out: only updates are decoded, to compare their images."""
    out: list[Entry] = []
    for tbl, key, before, after in rows:
        if before is not None and after is not None:
            if before == after:
                continue
            table = tables[tbl]
            if _decode_sqlite(table, json.loads(before)) == _decode_sqlite(
                table, json.loads(after)
            ):
                continue
        out.append((tbl, key, before, after))
    return out


class Recorded:
    """What one operation changed, kept as the log wrote it: per row its table, and its key
    and images as JSON arrays in column order, the values as the database gave them.

    A new undo step stores exactly that text (`dumps`), which `loads` reads like any step
    (its converters turn a time's text, a 0/1 and a blob's hex into their values; nothing
    in an image is a JSON object, which `loads` would take for a tagged value). So a bulk
    step of 180,000 rows is not parsed, decoded and encoded again row by row in Python;
    `rows` decodes it only for whoever asks."""

    __slots__ = ("_entries", "_rows", "_tables")

    def __init__(self, entries: list[Entry], tables: Mapping[str, Table]) -> None:
        self._entries = entries
        self._tables = tables
        self._rows: tuple[RowChange, ...] | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def _text(self) -> str:
        names: dict[str, str] = {}  # each table's name as JSON, made once
        return (
            "["
            + ",".join(
                f"[{names.get(tbl) or names.setdefault(tbl, json.dumps(tbl))},{key},"
                f"{before if before is not None else 'null'},"
                f"{after if after is not None else 'null'}]"
                for tbl, key, before, after in self._entries
            )
            + "]"
        )

    def dumps(self) -> bytes:
        """The rows as a step keeps them (`recorder.loads` reads them back)."""
        import zlib

        return zlib.compress(self._text().encode("utf-8", "surrogatepass"), 1)

    def rows(self) -> tuple[RowChange, ...]:
        """The rows as `RowChange` values, as `loads(self.dumps())` gives them."""
        if self._rows is None:
            self._rows = _loaded(json.loads(self._text()), self._tables)
        return self._rows

    def values(self, wanted: Mapping[str, str]) -> Iterator[tuple[str, Any]]:
        """Per row of a table in `wanted` (table → column), in order: the table and that
        column's value (after the change, or before it for a deleted row), as JSON gave it.
        Read from the key when the column is the table's key, else from the image."""
        # per table: None (not wanted), -1 (the key's only column) or the column's position
        plans: dict[str, int | None] = {}
        for tbl, key, before, after in self._entries:
            plan = plans.get(tbl, -2)
            if plan == -2:
                column = wanted.get(tbl)
                table = self._tables[tbl]
                if column is None:
                    plan = None
                elif _key_names(table) == [column]:
                    plan = -1
                else:
                    plan = _layout(table)[0].index(column)
                plans[tbl] = plan
            if plan is None:
                continue
            if plan == -1:
                try:
                    yield tbl, int(key[1:-1])  # "[12]": most keys are one integer
                except ValueError:
                    yield tbl, json.loads(key)[0]
            else:
                image = after if after is not None else before
                assert image is not None
                yield tbl, json.loads(image)[plan]


def _changes(
    rows: Iterable[Any], tables: Mapping[str, Table], decode: Callable[[Table, Any], Image]
) -> list[RowChange]:
    """The log's (table, before, after) rows as changes, decoded by the engine's `decode`."""
    changes = []
    for tbl, before, after in rows:
        table = tables[tbl]
        b = decode(table, before) if before is not None else None
        a = decode(table, after) if after is not None else None
        if b is None or a is None or b != a:  # an UPDATE that set what was there: nothing
            image = a if a is not None else b
            assert image is not None
            changes.append(RowChange(tbl, tuple(image[k] for k in _key_names(table)), b, a))
    return changes


def _python_value(column: Column[Any], value: Any) -> Any:
    """A value from an image as the column's Python type, so that images compare equal to
    rows read back through SQLAlchemy whichever engine recorded them."""
    convert = _converter(column)
    return value if convert is None or value is None else convert(value)


def _converter(column: Column[Any]) -> Callable[[Any], Any] | None:
    if isinstance(column.type, Boolean):
        return bool
    if isinstance(column.type, DateTime):
        return _datetime
    if isinstance(column.type, LargeBinary):
        return _bytes
    return None


def _datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _bytes(value: Any) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, list):  # ["blob", hex] from SQLite's triggers
        return bytes.fromhex(value[1])
    return bytes.fromhex(value[2:] if value.startswith("\\x") else value)


_CONVERTERS: dict[str, list[tuple[str, Callable[[Any], Any] | None]]] = {}


def _converters(table: Table) -> list[tuple[str, Callable[[Any], Any] | None]]:
    """Per column of `table`: its name and how to turn a JSON value into its Python value."""
    found = _CONVERTERS.get(table.name)
    if found is None:
        found = _CONVERTERS[table.name] = [(c.name, _converter(c)) for c in table.columns]
    return found


_LAYOUTS: dict[str, tuple[list[str], list[tuple[str, Callable[[Any], Any]]]]] = {}
_KEYS: dict[str, list[str]] = {}


def _layout(table: Table) -> tuple[list[str], list[tuple[str, Callable[[Any], Any]]]]:
    """The column names of `table` in order, and the columns whose JSON value needs turning
    into its Python value (times, booleans, bytes) with the function that does it."""
    found = _LAYOUTS.get(table.name)
    if found is None:
        convert = _converters(table)
        found = _LAYOUTS[table.name] = (
            [n for n, _f in convert],
            [(n, f) for n, f in convert if f is not None],
        )
    return found


def _key_names(table: Table) -> list[str]:
    found = _KEYS.get(table.name)
    if found is None:
        found = _KEYS[table.name] = [c.name for c in table.primary_key.columns]
    return found


def _key(table: Table, image: Image | None) -> tuple[Any, ...]:
    assert image is not None
    return tuple(image[c.name] for c in table.primary_key.columns)


def _where(table: Table, key: tuple[Any, ...]) -> Any:
    return and_(*(c == v for c, v in zip(table.primary_key.columns, key, strict=True)))


def current_row(
    conn: Connection, table: Table, key: tuple[Any, ...], *, lock: bool = False
) -> dict[str, Any] | None:
    """The row as it is now; with `lock`, held until the transaction ends (see `_check`)."""
    query = select(table).where(_where(table, key))
    row = conn.execute(query.with_for_update() if lock else query).mappings().first()
    if row is None:
        return None
    return {c.name: _python_value(c, row[c.name]) for c in table.columns}


BATCH = 500  # rows checked and written per statement when a step replays many alike


def replay(
    conn: Connection,
    rows: Sequence[RowChange],
    tables: Mapping[str, Table],
    recorder: Recorder,
    describe: Callable[[RowChange], str] | None = None,
) -> None:
    """Apply `rows` in order inside the caller's transaction, each only if its row is still
    as `before` says; otherwise raise ConflictError (the caller then rolls back).

    Rows a statement removes or changes through ON DELETE CASCADE / SET NULL are matched
    with the step's own later rows (a redone "delete document" meets its codings already
    gone); a cascade that reaches a row the step does not know (someone else's coding on a
    code this undo removes) is a conflict too, so an undo never takes others' work along.

    Consecutive inserts or deletes in one table with a single-column key (20,000 codings of
    one bulk step) are checked and written a batch at a time; a table that refers to itself
    (the code tree, whose RESTRICT acts row by row) is replayed row by row."""
    recorder.clear(conn)
    cascaded: dict[tuple[str, tuple[Any, ...]], RowChange] = {}
    own: set[tuple[str, tuple[Any, ...]]] = set()  # rows written since the log was last read
    i = 0
    while i < len(rows):
        change = rows[i]
        table = tables[change.table]
        j = i + 1
        kind = change.after is None, change.before is None
        if (kind[0] and _batchable(table)) or (kind[1] and len(table.primary_key.columns) == 1):
            while (
                j < len(rows)
                and j - i < BATCH
                and rows[j].table == change.table
                and (rows[j].after is None, rows[j].before is None) == kind
                and (rows[j].table, rows[j].key) not in cascaded
            ):
                j += 1
        run = [r for r in rows[i:j] if not _matched(r, cascaded, describe)]
        i = j
        if not run:
            continue
        _check(conn, table, run, describe)
        own.update((r.table, r.key) for r in run)
        first = run[0]
        if first.after is None:
            keys = [r.key for r in run]
            if len(run) == 1:
                conn.execute(delete(table).where(_where(table, first.key)))
            else:
                column = table.primary_key.columns[0]
                conn.execute(delete(table).where(column.in_([k[0] for k in keys])))
            for done in recorder.take(conn, tables):  # these deletes and their cascades
                key = (done.table, done.key)
                if key not in own:
                    cascaded[key] = done
            own.clear()
        elif first.before is None:
            conn.execute(insert(table), [dict(r.after or {}) for r in run])
        else:
            for r in run:
                assert r.before is not None and r.after is not None
                changed = {k: v for k, v in r.after.items() if r.before.get(k) != v}
                if changed:
                    conn.execute(update(table).where(_where(table, r.key)).values(**changed))
    others = [c for c in cascaded.values() if c.table not in PARTS_OF_THEIR_OWNER]
    if others:
        raise _conflict(others[0], describe, depends=True)
    recorder.clear(conn)


def _batchable(table: Table) -> bool:
    """One key column, and no reference to itself."""
    return len(table.primary_key.columns) == 1 and not any(
        fk.column.table is table for fk in table.foreign_keys
    )


def _matched(
    change: RowChange,
    cascaded: dict[tuple[str, tuple[Any, ...]], RowChange],
    describe: Callable[[RowChange], str] | None,
) -> bool:
    """Was this row already changed, exactly so, by an earlier statement's cascade?"""
    got = cascaded.pop((change.table, change.key), None)
    if got is None:
        return False
    if got.before != change.before or got.after != change.after:
        raise _conflict(change, describe)
    return True


def _check(
    conn: Connection,
    table: Table,
    run: Sequence[RowChange],
    describe: Callable[[RowChange], str] | None,
) -> None:
    """Every row of `run` must still be as its `before` says (absent, for an insert).

    The rows are locked as they are read (FOR UPDATE; SQLite, which lets one writer in at a
    time, has no such clause and needs none): on a server another coder's change committed
    between this check and the write would otherwise be overwritten or deleted unseen, as
    PostgreSQL's UPDATE and DELETE find a row by its key whatever it holds by then. Locked,
    that change either came first (and is seen here: a conflict) or waits for this undo."""
    if len(run) == 1:
        found = {run[0].key: current_row(conn, table, run[0].key, lock=True)}
    else:
        column = table.primary_key.columns[0]
        result = conn.execute(
            select(table).where(column.in_([r.key[0] for r in run])).with_for_update()
        )
        convert = _converters(table)
        found = {}
        for row in result.mappings():
            image = {n: row[n] if f is None or row[n] is None else f(row[n]) for n, f in convert}
            found[(image[column.name],)] = image
    for r in run:
        if found.get(r.key) != (dict(r.before) if r.before is not None else None):
            raise _conflict(r, describe)


def _conflict(
    change: RowChange, describe: Callable[[RowChange], str] | None, depends: bool = False
) -> ConflictError:
    what = describe(change) if describe else f"a row of {change.table}"
    if depends:
        return ConflictError(
            f"This step cannot be undone or redone because {what} was added since by "
            "someone else and depends on it."
        )
    return ConflictError(
        f"This step cannot be undone or redone because {what} was changed since by someone else."
    )


def dumps(rows: Sequence[RowChange]) -> bytes:
    """Rows as compact bytes to keep in the project (the history survives the process):
    images as lists in column order, bytes and times tagged, compressed."""
    import zlib

    def plain(image: Image | None) -> Any:
        return None if image is None else list(image.values())

    # bytes and times are tagged by `default`, which json calls for those values only
    data = [[r.table, list(r.key), plain(r.before), plain(r.after)] for r in rows]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_tagged)
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def loads(data: bytes, tables: Mapping[str, Table]) -> tuple[RowChange, ...]:
    import zlib

    return _loaded(json.loads(zlib.decompress(data).decode("utf-8", "surrogatepass")), tables)


def _loaded(raw: Iterable[Any], tables: Mapping[str, Table]) -> tuple[RowChange, ...]:
    out = []
    for tbl, key, before, after in raw:
        table = tables[tbl]
        out.append(
            RowChange(
                tbl,
                tuple(key),
                _restore(table, before) if before is not None else None,
                _restore(table, after) if after is not None else None,
            )
        )
    return tuple(out)


def _tagged(value: Any) -> Any:
    if isinstance(value, bytes | datetime):
        return _plain_value(value)
    raise TypeError(f"cannot keep {type(value).__name__} in a step")


def _plain_value(value: Any) -> Any:
    if isinstance(value, bytes):
        return {"b": value.hex()}
    if isinstance(value, datetime):
        return {"d": value.isoformat()}
    return value


def _restore(table: Table, image: Sequence[Any]) -> dict[str, Any]:
    out = {}
    for (name, convert), v in zip(_converters(table), image, strict=True):
        if isinstance(v, dict):
            v = bytes.fromhex(v["b"]) if "b" in v else datetime.fromisoformat(v["d"])
        out[name] = v if convert is None or v is None else convert(v)
    return out
