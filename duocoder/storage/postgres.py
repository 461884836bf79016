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
    finish_schema(conn)


def finish_schema(conn: Connection) -> None:
    """What the server's schema has beyond the models, made (again) after the tables were
    created or a format upgrade changed them: deferrable foreign keys and the recording
    triggers on every undoable table. Run by the tables' owner."""
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


def upgrade_recording(conn: Connection) -> bool:
    """Give a team project made by an earlier version the statement-level recording
    triggers in place of its row-level ones (a bulk coding on them is several times slower;
    both record the same images, so its history stays valid). Only the tables' owner may
    replace triggers: for anyone else nothing changes, and their changes are still recorded
    by the old triggers. Returns whether the triggers were replaced."""
    if not PostgresRecorder.needs_upgrade(conn):
        return False
    tables = [table_of(m) for m in UNDOABLE_TABLES]
    owned = conn.exec_driver_sql(
        "SELECT bool_and(pg_has_role(tableowner, 'USAGE')) FROM pg_tables "
        "WHERE schemaname = current_schema() AND tablename = ANY(%(names)s)",
        {"names": [t.name for t in tables]},
    ).scalar()
    if not owned:
        return False
    PostgresRecorder.create_schema_objects(conn, tables)
    return True


def record_on(engine: Engine) -> None:
    """Give every connection of `engine` its temporary log, so its changes are recorded."""
    tables = [table_of(m) for m in UNDOABLE_TABLES]
    recorder = PostgresRecorder()
    event.listen(engine, "connect", lambda conn, _rec: recorder.install(conn, tables))


def drop_schema_objects(conn: Connection) -> None:
    """Remove what `create_schema` added besides the tables (the recording function, and the
    row-level one of earlier versions; their triggers went with the tables)."""
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS duocoder_rowlog_set() CASCADE")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS duocoder_rowlog() CASCADE")
