"""The ordered upgrade path of team projects on a PostgreSQL server.

A project file and a team project share one format number (`SCHEMA_VERSION`): the file keeps
it in SQLite's user_version, the server in `FORMAT_TABLE`. Files climb `migrations.py`, a
server climbs `SERVER_MIGRATIONS` here: `SERVER_MIGRATIONS[n]` takes a team project from
format n to n + 1 on a SQLAlchemy connection to the server. Team projects began with format
7; a file of any earlier format reaches a server through `duocoder copy`, which upgrades a
private copy of it on the way (tests/storage/test_server_formats.py copies one of every
earlier format up and opens it).

Why an ordered path of our own rather than Alembic: the file path has to run on raw
connections to encrypted files before SQLAlchemy can open them, with each format's DDL
written out so that a step keeps meaning what its format meant; one number per format
already names the schema on both engines, so a second version table and a migration
environment would only add a way for the two to disagree. On the server a step needs no
backup copy: PostgreSQL's DDL is transactional, so the whole climb commits or nothing does.

The climb runs when a project's owner opens it with a newer DuoCoder. It holds an exclusive
lock on the format table, so two owners opening at once upgrade once, and readers and
coders wait the moment it takes rather than meet half a schema. Only the role that owns the
tables may alter them: anyone else is told in one sentence to ask an owner."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, text

from duocoder.domain.errors import ProjectFileError
from duocoder.storage import postgres, roles
from duocoder.storage.fileformat import FORMAT_TABLE, SCHEMA_VERSION

ServerMigration = Callable[[Connection], None]

FIRST_SERVER_FORMAT = 7
"""The format of the first team projects: no server holds an earlier one."""


def _add_recording_tables(conn: Connection) -> None:
    """Format 7 → 8: linked recordings and sync marks (see `migrations.py`), written out in
    PostgreSQL's words; coders may link and mark, as they may code."""
    conn.exec_driver_sql(
        "CREATE TABLE recordings (document_id INTEGER NOT NULL, path TEXT NOT NULL, "
        "size INTEGER NOT NULL, head_hash VARCHAR(64) NOT NULL, "
        "linked_at TIMESTAMP WITHOUT TIME ZONE NOT NULL, "
        "CONSTRAINT pk_recordings PRIMARY KEY (document_id), "
        "CONSTRAINT fk_recordings_document_id_documents FOREIGN KEY(document_id) "
        "REFERENCES documents (id) ON DELETE CASCADE)"
    )
    conn.exec_driver_sql(
        "CREATE TABLE sync_marks (document_id INTEGER NOT NULL, position INTEGER NOT NULL, "
        "millis INTEGER NOT NULL, CONSTRAINT pk_sync_marks PRIMARY KEY (document_id, position), "
        "CONSTRAINT ck_sync_marks_millis CHECK (millis >= 0), "
        "CONSTRAINT fk_sync_marks_document_id_documents FOREIGN KEY(document_id) "
        "REFERENCES documents (id) ON DELETE CASCADE)"
    )
    roles.extend_places(conn, "recordings")
    roles.extend_places(conn, "sync_marks")


SERVER_MIGRATIONS: dict[int, ServerMigration] = {7: _add_recording_tables}
"""Format n → n + 1 on a server. A step that adds a table grants it to the project's
members with `roles.extend_places`, and the recording triggers and deferrable foreign keys
are renewed after every climb (`postgres.finish_schema`)."""


def can_upgrade(version: int, target: int = SCHEMA_VERSION) -> bool:
    return version >= FIRST_SERVER_FORMAT and all(
        v in SERVER_MIGRATIONS for v in range(version, target)
    )


def upgrade(conn: Connection, where: str, version: int, target: int = SCHEMA_VERSION) -> None:
    """Bring the team project on `conn`, found at format `version`, to format `target`
    inside the caller's transaction. `where` names it in messages (an address without
    password)."""
    if not can_upgrade(version, target):
        raise ProjectFileError(
            f"The team project {where} has format {version}, which this version cannot "
            "upgrade on the server: copy it to a file, open that, and copy it back."
        )
    if not _owns_tables(conn):
        raise ProjectFileError(
            f"The team project {where} has format {version} and must be upgraded to format "
            f"{target} before this version can open it: ask the owner who created it "
            f"({roles.owner_of_tables(conn)}) to open it once with this version."
        )
    version = _locked_version(conn)  # another owner may have upgraded it meanwhile
    for v in range(version, target):
        try:
            SERVER_MIGRATIONS[v](conn)
        except Exception as exc:  # the caller's transaction rolls every step back
            raise ProjectFileError(
                f"The team project {where} could not be upgraded to format {v + 1} ({exc}); "
                "it was left unchanged."
            ) from exc
        conn.execute(text(f"UPDATE {FORMAT_TABLE} SET version = :v"), {"v": v + 1})
    if version < target:
        postgres.finish_schema(conn)


def stored_format(conn: Connection) -> int | None:
    """The format number a team project's format table holds (None: none, or damaged)."""
    version = conn.execute(text(f"SELECT max(version) FROM {FORMAT_TABLE}")).scalar()
    return version if isinstance(version, int) else None


def _locked_version(conn: Connection) -> int:
    conn.exec_driver_sql(f"LOCK TABLE {FORMAT_TABLE} IN ACCESS EXCLUSIVE MODE")
    return stored_format(conn) or 0


def _owns_tables(conn: Connection) -> bool:
    return bool(
        conn.execute(
            text(
                "SELECT bool_and(pg_has_role(tableowner, 'USAGE')) FROM pg_tables "
                "WHERE schemaname = current_schema()"
            )
        ).scalar()
    )
