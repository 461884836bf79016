"""Rewriting a project file without its free pages.

SQLite leaves deleted rows' bytes in free pages until they are reused, and a write-ahead log
keeps old page images until a checkpoint. After a pseudonymisation the originals must not be
recoverable from the file, so it is rebuilt (VACUUM) and its log emptied.

PostgreSQL keeps an updated or deleted row's old version in the table until a VACUUM, and
even then its bytes stay in the page's free space; VACUUM FULL writes the table anew with
only the live rows. It needs the tables' owner (on PostgreSQL 15) and a moment of exclusive
access to each table, so it is tried with a short lock wait: for anyone else, or on a busy
server, the answer is False and the sentence says who can finish it. The server's
write-ahead log and backups are its administrator's to keep or expire."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Engine, LargeBinary, String
from sqlalchemy.exc import SQLAlchemyError

from duocoder.storage.models import Base
from duocoder.storage.recorder import ident

LOCK_WAIT = "5s"
"""How long to wait for another coder's transaction on a table before giving up."""

_NO_ORIGINALS = frozenset({"coding_guids", "document_guids", "coder_colors"})
"""Tables with text columns that never hold a document's words (GUIDs, colours)."""


def compact(engine: Engine) -> bool:
    """Rebuild the file and empty its log; False when another connection kept it busy
    (the file is then correct, only not yet free of old pages: the next compaction, or
    closing every window on it, finishes the job)."""
    if engine.dialect.name == "postgresql":
        return _vacuum_full(engine)
    if engine.dialect.name != "sqlite":
        return True
    engine.dispose()  # idle pooled connections would hold the old pages' snapshot
    raw = engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None
        try:
            connection.execute("PRAGMA secure_delete = ON")
            connection.execute("VACUUM")
            busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:
            return False
        return not busy
    finally:
        raw.close()


def _text_tables() -> list[str]:
    """The tables whose rows can hold original words (any text or binary column)."""
    return [
        t.name
        for t in Base.metadata.sorted_tables
        if t.name not in _NO_ORIGINALS
        and any(isinstance(c.type, (String, LargeBinary)) for c in t.columns)
    ]


def _vacuum_full(engine: Engine) -> bool:
    """Rewrite a team project's text-holding tables without old row versions; False when
    this role does not own them or another coder held one too long."""
    tables = _text_tables()
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            owned = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = ANY(%(names)s) AND pg_has_role(tableowner, 'USAGE')",
                {"names": tables},
            ).scalar()
            if owned != len(tables):
                return False
            conn.exec_driver_sql(f"SET lock_timeout = '{LOCK_WAIT}'")
            try:
                for table in tables:
                    conn.exec_driver_sql(f"VACUUM (FULL) {ident(table)}")
            finally:
                conn.exec_driver_sql("RESET lock_timeout")
    except SQLAlchemyError:
        return False
    return True
