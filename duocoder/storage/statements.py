"""Statements whose SQL differs between the engines, written once for both."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert

from duocoder.storage.recorder import ident


def insert_ignoring_duplicates(bind: Session | Connection, model: Any) -> Insert:
    """An INSERT that skips rows a unique constraint already holds (SQLite's `INSERT OR
    IGNORE`, PostgreSQL's `ON CONFLICT DO NOTHING`): for rows that may exist already, such
    as a word form another document brought into the index first."""
    connection = bind.connection() if isinstance(bind, Session) else bind
    if connection.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(model).on_conflict_do_nothing()
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert(model).on_conflict_do_nothing()


def take_turns(bind: Session | Connection, key: int) -> None:
    """On a server, wait until no other transaction holds the turn named `key`, and hold it
    until this one ends: for a "create it if it is missing" that no unique constraint guards
    (two sessions would otherwise both find it missing and both create it). A file's writer
    holds the whole file's write lock already, so there it is nothing."""
    connection = bind.connection() if isinstance(bind, Session) else bind
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_advisory_xact_lock(key)))


def new_ids(session: Session, model: Any, count: int) -> list[int]:
    """`count` ids for rows the caller inserts with their ids given (a codebook whose
    children must know their parent's id before anything is written). On PostgreSQL they
    come from the table's id sequence, so two coders importing at once never take the same
    id and later rows without an id never collide with these; on SQLite, whose writer holds
    the file's write lock, they follow the largest id."""
    if count <= 0:
        return []
    table = model.__table__
    column = next(iter(table.primary_key.columns))
    if session.connection().dialect.name == "postgresql":
        # one row holding all of them: 90,000 rows of one id each cost more to read; the
        # sequence named once (looked up per row, its name cost four times the nextval)
        connection = session.connection()
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:t, :c)"),
            {"t": f'"{table.name}"', "c": column.name},
        ).scalar_one()
        ids = connection.execute(
            text(
                "SELECT array_agg(nextval(CAST(:s AS regclass)) ORDER BY g) "
                "FROM generate_series(1, :n) AS g"
            ),
            {"s": sequence, "n": count},
        )
        return [int(i) for i in ids.scalar_one()]
    first = (session.scalar(select(func.max(column))) or 0) + 1
    return list(range(first, first + count))


def insert_rows(
    session: Session | Connection, table: Table, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Insert many rows of one table the fastest way the engine offers (`insert_values`),
    every row a mapping with the same keys."""
    if rows:
        names = list(rows[0].keys())
        insert_values(session, table, names, [tuple(r[n] for n in names) for r in rows])


def insert_values(
    session: Session | Connection,
    table: Table,
    names: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
) -> None:
    """Insert many rows of one table, each a tuple of the values of the columns `names`,
    the fastest way the engine offers, as plain values: PostgreSQL's COPY, one round trip
    for 100,000 codings where an executemany sends a statement per row; on SQLite the
    driver's executemany without SQLAlchemy's per-row bookkeeping. Both fire the tables'
    triggers, so the rows are recorded for undo like any other insert. Values pass the
    columns' own bind processors (a DateTime becomes what SQLAlchemy would store), so the
    rows read back the same."""
    if not rows:
        return
    connection = session.connection() if isinstance(session, Session) else session
    dialect = connection.dialect
    columns = [table.c[n] for n in names]
    processors = [(i, p) for i, c in enumerate(columns) if (p := c.type.bind_processor(dialect))]
    values: Iterable[tuple[Any, ...]] = rows
    if processors:
        values = _processed(rows, processors)
    quoted = ", ".join(ident(n) for n in names)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if dialect.name == "postgresql":
            with cursor.copy(f"COPY {ident(table.name)} ({quoted}) FROM STDIN") as copy:
                for value in values:
                    copy.write_row(value)
        else:
            marks = ", ".join("?" for _ in names)
            # a bulk insert's indexes (a GUID's is in random order) outgrow the default 2 MB
            # page cache: a larger one for this statement, given back afterwards
            previous = cursor.execute("PRAGMA cache_size").fetchone()[0]
            if len(rows) >= _BULK_ROWS:
                cursor.execute(f"PRAGMA cache_size = {_BULK_CACHE_KIB}")
            try:
                cursor.executemany(
                    f"INSERT INTO {ident(table.name)} ({quoted}) VALUES ({marks})", values
                )
            finally:
                if len(rows) >= _BULK_ROWS:
                    cursor.execute(f"PRAGMA cache_size = {int(previous)}")
    finally:
        cursor.close()


_BULK_ROWS = 10_000
_BULK_CACHE_KIB = -65_536  # negative: KiB (64 MiB), as SQLite reads it


def _processed(
    rows: Iterable[tuple[Any, ...]], processors: Sequence[tuple[int, Callable[[Any], Any]]]
) -> Iterator[tuple[Any, ...]]:
    """The rows with the processors' columns processed. A value that is the very object of
    the row before (one time for a whole bulk coding, the same False) is processed once."""
    last: list[tuple[Any, Any]] = [(_NOTHING, None) for _ in processors]
    for row in rows:
        out = list(row)
        for n, (i, process) in enumerate(processors):
            value = out[i]
            before, result = last[n]
            if value is not before:
                result = process(value)
                last[n] = (value, result)
            out[i] = result
        yield tuple(out)


_NOTHING = object()
