"""Statements whose SQL differs between the engines, written once for both."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert


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
        rows = session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:t, :c)) FROM generate_series(1, :n)"),
            {"t": f'"{table.name}"', "c": column.name, "n": count},
        )
        return [int(r[0]) for r in rows]
    first = (session.scalar(select(func.max(column))) or 0) + 1
    return list(range(first, first + count))
