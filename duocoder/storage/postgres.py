"""A project's schema on a PostgreSQL server: the same models as the project file, plus what
the server needs to record and replay undo steps.

Foreign keys are made DEFERRABLE (checked immediately, as in SQLite, unless an undo defers
them): replaying a step backwards re-inserts a document's codings before the document, and
only a deferred check lets that commit. The recording triggers are part of the schema; each
DuoCoder session adds its own temporary log table when it connects (`recorder.py`)."""

from __future__ import annotations

from sqlalchemy import Connection, Engine, event, inspect

from duocoder.storage.models import UNDOABLE_TABLES, Base, table_of
from duocoder.storage.recorder import PostgresRecorder, ident


def create_schema(conn: Connection) -> None:
    """Create every table, make the foreign keys deferrable, add the recording triggers."""
    Base.metadata.create_all(conn)
    inspector = inspect(conn)
    for table in Base.metadata.sorted_tables:
        for fk in inspector.get_foreign_keys(table.name):
            name = fk["name"]
            assert name is not None  # PostgreSQL names every constraint
            conn.exec_driver_sql(
                f"ALTER TABLE {ident(table.name)} ALTER CONSTRAINT {ident(name)} "
                "DEFERRABLE INITIALLY IMMEDIATE"
            )
    tables = [table_of(m) for m in UNDOABLE_TABLES]
    PostgresRecorder.create_schema_objects(conn, tables)


def record_on(engine: Engine) -> None:
    """Give every connection of `engine` its temporary log, so its changes are recorded."""
    tables = [table_of(m) for m in UNDOABLE_TABLES]
    recorder = PostgresRecorder()
    event.listen(engine, "connect", lambda conn, _rec: recorder.install(conn, tables))


def drop_schema_objects(conn: Connection) -> None:
    """Remove what `create_schema` added besides the tables (the recording function; its
    triggers went with the tables)."""
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS duocoder_rowlog() CASCADE")
