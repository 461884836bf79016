"""Rewriting a project file without its free pages.

SQLite leaves deleted rows' bytes in free pages until they are reused, and a write-ahead log
keeps old page images until a checkpoint. After a pseudonymisation the originals must not be
recoverable from the file, so it is rebuilt (VACUUM) and its log emptied. On PostgreSQL this
is the server's business (its own VACUUM), so nothing is done there."""

from __future__ import annotations

import sqlite3

from sqlalchemy import Engine


def compact(engine: Engine) -> bool:
    """Rebuild the file and empty its log; False when another connection kept it busy
    (the file is then correct, only not yet free of old pages: the next compaction, or
    closing every window on it, finishes the job)."""
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
