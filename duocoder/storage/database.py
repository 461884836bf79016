"""Opening and creating project files safely.

A project file is a document a researcher e-mails to a colleague, so it is checked before
SQLite ever touches it: its header must say SQLite, its application id must be DuoCoder's and
its schema version must not be newer than ours. Only then is it opened for writing."""

from __future__ import annotations

import sqlite3
import struct
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from duocoder.domain.errors import ProjectBusyError, ProjectFileError
from duocoder.storage import undo
from duocoder.storage.models import UNDOABLE_TABLES, Base

APPLICATION_ID = 0x44554F43  # "DUOC"
SCHEMA_VERSION = 2
PROJECT_SUFFIX = ".duocoder"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def inspect_header(path: Path) -> tuple[int, int]:
    """(application id, user_version) read straight from the file header, without SQLite,
    so that inspecting a stranger's file can never create journal files beside it."""
    name = path.name
    if not path.exists():
        raise ProjectFileError(f"'{name}' does not exist.")
    if not path.is_file():
        raise ProjectFileError(f"'{name}' is a folder, not a DuoCoder project file.")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise ProjectFileError(f"'{name}' cannot be read ({exc.strerror}).") from exc
    if not head:
        raise ProjectFileError(f"'{name}' is empty, so it is not a DuoCoder project.")
    if not head.startswith(_SQLITE_MAGIC) or len(head) < 100:
        hint = ""
        if head.startswith(b"PK"):
            hint = " It looks like a Word or zip file: import transcripts into a project instead."
        raise ProjectFileError(f"'{name}' is not a DuoCoder project file.{hint}")
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    return application_id, user_version


def check_project_file(path: Path) -> int:
    """Return the schema version of a DuoCoder project file or raise ProjectFileError."""
    application_id, version = inspect_header(path)
    if application_id != APPLICATION_ID:
        raise ProjectFileError(
            f"'{path.name}' is a database of another program, not a DuoCoder project."
        )
    if version > SCHEMA_VERSION:
        raise ProjectFileError(
            f"'{path.name}' was saved by a newer version of DuoCoder (file format {version}); "
            "update DuoCoder to open it."
        )
    if version < 1:
        raise ProjectFileError(f"'{path.name}' is an incomplete DuoCoder project file.")
    return version


def _configure(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # Python's sqlite3 module would otherwise open transactions behind our back;
    # SQLAlchemy's "begin" hook below issues BEGIN itself.
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA trusted_schema = OFF")
    cur.execute("PRAGMA synchronous = FULL")  # a power cut must not lose a committed coding
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.close()


def make_engine(path: Path) -> Engine:
    # URL.create, not an f-string: a '?' or '%41' in a researcher's file name must not be
    # read as URL syntax (it would open another file).
    engine = create_engine(
        URL.create("sqlite+pysqlite", database=str(path)),
        poolclass=NullPool if path == Path(":memory:") else None,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _configure)
    event.listen(engine, "connect", lambda conn, _rec: undo.install_triggers(conn, UNDOABLE_TABLES))

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # type: ignore[no-untyped-def]
        # A change takes the write lock at once, so a second writer (the CLI while the
        # window is open) waits for busy_timeout instead of failing half-way.
        writing = conn.get_execution_options().get("duocoder_writing", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def create_project_file(path: Path) -> Engine:
    """Create a new, empty project file; refuses to overwrite anything."""
    if path.exists():
        raise ProjectFileError(f"'{path.name}' already exists; choose another name.")
    if not path.parent.exists():
        raise ProjectFileError(f"The folder '{path.parent}' does not exist.")
    tmp = path.with_name(path.name + ".creating")
    tmp.unlink(missing_ok=True)
    raw = sqlite3.connect(tmp)
    try:
        raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        raw.execute("PRAGMA journal_mode = WAL")
        raw.commit()
    finally:
        raw.close()
    engine = make_engine(tmp)
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        engine.dispose()
    _checkpoint(tmp)
    tmp.rename(path)
    return make_engine(path)


def open_project_file(path: Path) -> Engine:
    """Open an existing project, migrating it (after a backup) if it is older than this version."""
    from duocoder.storage.migrations import migrate

    version = check_project_file(path)
    if version < SCHEMA_VERSION:
        migrate(path, version)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
            if result != "ok":
                raise ProjectFileError(
                    f"'{path.name}' is damaged ({result}); open a backup copy instead."
                )
    except ProjectFileError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        raise ProjectFileError(f"'{path.name}' cannot be opened as a DuoCoder project.") from exc
    return engine


def _checkpoint(path: Path) -> None:
    raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
    try:
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def close_engine(engine: Engine) -> None:
    """Dispose the engine and fold the write-ahead log back into the file, so the project
    is again one self-contained file that can be copied or mailed."""
    path = engine.url.database
    engine.dispose()
    if path and path != ":memory:":
        with suppress(sqlite3.Error):
            _checkpoint(Path(path))


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One short write transaction: commit on success, roll back everything on any error."""
    try:
        with factory() as session, session.begin():
            # marks this session's connection, not the thread: a read made meanwhile
            # (on another connection) must not ask for the write lock we already hold
            session.connection(execution_options={"duocoder_writing": True})
            yield session
    except OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise ProjectBusyError(
                "The project is busy: another window or command is changing it. Try again."
            ) from exc
        raise


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def read_scalar(session: Session, sql: str) -> object:
    return session.execute(text(sql)).scalar()
