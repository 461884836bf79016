"""Opening and creating project files safely.

A project file is a document a researcher e-mails to a colleague, so it is checked before
SQLite ever touches it: its header must say SQLite, its application id must be DuoCoder's and
its schema version must not be newer than ours. Only then is it opened for writing.

A project can also be encrypted with a passphrase (`encryption.py`): then its header is
unreadable without the key, and every opening below takes the passphrase as an argument,
derives the file's key once and gives it to each connection it opens, SQLAlchemy's too."""

from __future__ import annotations

import glob
import os
import shutil
import sqlite3
import struct
import tempfile
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import URL, Connection, Engine, create_engine, event, text
from sqlalchemy.exc import OperationalError, ProgrammingError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlalchemy.pool import NullPool

from duocoder.domain.errors import (
    ConnectionLostError,
    ProjectBusyError,
    ProjectFileError,
    ReadOnlyProjectError,
)
from duocoder.storage import guids
from duocoder.storage.encryption import (
    FileKey,
    connect,
    database_errors,
    dbapi,
    key_for,
    operational_errors,
)
from duocoder.storage.errors import translate
from duocoder.storage.fileformat import APPLICATION_ID, PROJECT_SUFFIX, SCHEMA_VERSION
from duocoder.storage.migrations import migrate
from duocoder.storage.models import UNDOABLE_TABLES, Base, table_of
from duocoder.storage.recorder import PostgresRecorder, Recorder, SqliteRecorder
from duocoder.storage.schema import verify_schema
from duocoder.storage.server import check_format, conflict_error, display, permission_error

_SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("-wal", "-shm", "-journal")
# Engines opened read-only, with the temporary copy each reads from (None: the file itself).
_READ_ONLY: weakref.WeakKeyDictionary[Engine, Path | None] = weakref.WeakKeyDictionary()
# Engines on encrypted files, with the file's key (for the log's fold-in when closing).
_KEYS: weakref.WeakKeyDictionary[Engine, FileKey] = weakref.WeakKeyDictionary()


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


def check_project_file(path: Path, key: FileKey | None = None) -> int:
    """Return the schema version of a DuoCoder project file or raise ProjectFileError; an
    encrypted file's header is read with its `key`."""
    if key is not None:
        from duocoder.storage.encryption import read_header

        application_id, version = read_header(path, key)
    else:
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


def _configure_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA trusted_schema = OFF")
    cur.close()


def _side_files(path: Path) -> list[Path]:
    return [path.with_name(path.name + side) for side in _SIDE_FILES]


def _read_only_uri(path: Path) -> str:
    """Open without ever writing: `immutable` also keeps SQLite from creating -wal and -shm
    files, which would be left read-only beside the project and block later writers."""
    return path.resolve().as_uri() + "?mode=ro&immutable=1"


def make_engine(
    path: Path,
    *,
    read_only: bool = False,
    read_from: Path | None = None,
    key: FileKey | None = None,
) -> Engine:
    """An engine on `path`; `read_only` opens it (or `read_from`, a copy) without writing;
    `key` opens an encrypted file.

    An encrypted file gets the same dialect, pool, pragmas and triggers as a plain one: only
    the DBAPI module differs (sqlcipher3, so SQLAlchemy wraps its errors as it does
    sqlite3's) and each connection is made by a creator that gives the key first. The key is
    in no URL, so SQLAlchemy can never log or print it."""
    # URL.create, not an f-string: a '?' or '%41' in a researcher's file name must not be
    # read as URL syntax (it would open another file).
    url = URL.create("sqlite+pysqlite", database=str(path))
    cipher: dict[str, object] = {} if key is None else {"module": dbapi()}
    if read_only:
        uri = _read_only_uri(read_from or path)
        engine = create_engine(
            url,
            creator=lambda: connect(uri, key, uri=True, check_same_thread=False),
            **cipher,
        )
        event.listen(engine, "connect", _configure_read_only)
        _READ_ONLY[engine] = read_from
    elif key is not None:
        engine = create_engine(
            url, creator=lambda: connect(path, key, check_same_thread=False), **cipher
        )
        event.listen(engine, "connect", _configure)
    else:
        engine = create_engine(
            url,
            poolclass=NullPool if path == Path(":memory:") else None,
            connect_args={"check_same_thread": False},
        )
        event.listen(engine, "connect", _configure)
    if key is not None:
        _KEYS[engine] = key
    tables = [table_of(m) for m in UNDOABLE_TABLES]
    recorder = recorder_for(engine)
    event.listen(engine, "connect", lambda conn, _rec: recorder.install(conn, tables))

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # A change takes the write lock at once, so a second writer (the CLI while the
        # window is open) waits for busy_timeout instead of failing half-way.
        writing = conn.get_execution_options().get("duocoder_writing", False)
        if writing and read_only:
            raise ReadOnlyProjectError(read_only_message(path))
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")

    return engine


def recorder_for(engine: Engine) -> Recorder:
    """How row changes are recorded on this engine (see `recorder.py`)."""
    if engine.dialect.name == "postgresql":
        return PostgresRecorder()
    return SqliteRecorder()


def is_read_only(engine: Engine) -> bool:
    return engine in _READ_ONLY


def is_encrypted(engine: Engine) -> bool:
    """Whether the engine reads an encrypted project file."""
    return engine in _KEYS


def read_only_message(path: Path) -> str:
    return f"'{path.name}' is read-only: open it from a folder you can write to, or make a copy."


def project_suffix_problem(path: Path) -> str | None:
    if path.suffix.lower() != PROJECT_SUFFIX:
        return (
            f"A project file's name must end in {PROJECT_SUFFIX}, "
            f"for example '{path.stem or 'study'}{PROJECT_SUFFIX}'."
        )
    return None


def create_project_file(path: Path, key: FileKey | None = None) -> Engine:
    """Create a new, empty project file at `path`, encrypted with `key` if given (see
    `encryption.new_file_key`); refuses to overwrite anything. Callers that fill it before
    anyone may see it build under `new_project_name()` and `publish()`."""
    if path.exists():
        raise ProjectFileError(f"'{path.name}' already exists; choose another name.")
    if not path.parent.is_dir():
        raise ProjectFileError(f"The folder '{path.parent}' does not exist.")
    try:
        raw = connect(path, key)
        try:
            raw.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            raw.execute("PRAGMA journal_mode = WAL")
            raw.commit()
        finally:
            raw.close()
        engine = make_engine(path, key=key)
        try:
            with engine.begin() as conn:
                Base.metadata.create_all(conn)
                conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
        finally:
            engine.dispose()
        _checkpoint(path, key)
    except database_errors(OSError, OperationalError) as exc:
        discard(path)
        raise translate(exc, path) from exc
    return make_engine(path, key=key)


def new_project_name(path: Path) -> Path:
    """A hidden, unused name beside `path` to build a new project under, so that an
    interrupted build (a crash, a full disk) never leaves a half-made project at `path`."""
    if (problem := project_suffix_problem(path)) is not None:
        raise ProjectFileError(problem)
    if path.exists():
        raise ProjectFileError(f"'{path.name}' already exists; choose another name.")
    if not path.parent.is_dir():
        raise ProjectFileError(f"The folder '{path.parent}' does not exist.")
    _remove_abandoned_builds(path)
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{path.stem}.", suffix=".creating.duocoder", dir=path.parent
        )
    except OSError as exc:
        raise translate(exc, path) from exc
    os.close(fd)
    os.unlink(name)  # only the unused name was wanted; SQLite creates the file
    return Path(name)


ABANDONED_AFTER = 3600.0  # seconds: no build of a new project takes an hour


def _remove_abandoned_builds(path: Path) -> None:
    """Remove the hidden half-built files of earlier attempts at `path` that were killed
    (a crash, a power cut): nothing else uses them, and left alone they pile up beside the
    project. A build younger than an hour may still be running, so it is left alone."""
    now = time.time()
    for old in path.parent.glob(f".{glob.escape(path.stem)}.*.creating.duocoder"):
        with suppress(OSError):
            if now - old.stat().st_mtime > ABANDONED_AFTER:
                discard(old)


def publish(built: Path, path: Path) -> None:
    """Move a completely built (and closed) project into place, never over an existing file."""
    try:
        if os.name == "nt":
            os.rename(built, path)  # fails if `path` exists
        else:
            try:
                os.link(built, path)  # fails if `path` exists, unlike rename
            except (FileExistsError, PermissionError):
                raise
            except OSError:  # a file system without hard links (FAT on a USB stick)
                if path.exists():
                    raise FileExistsError(path) from None
                os.rename(built, path)
                return
            os.unlink(built)
    except FileExistsError as exc:
        discard(built)
        raise ProjectFileError(f"'{path.name}' already exists; choose another name.") from exc
    except OSError as exc:
        discard(built)
        raise translate(exc, path) from exc


def discard(path: Path) -> None:
    """Remove a project file that was being built, with its side files."""
    for p in (path, *_side_files(path)):
        with suppress(OSError):
            p.unlink()


def open_project_file(path: Path, passphrase: str | None = None) -> Engine:
    """Open an existing project, migrating it (after a backup) if it is older than this version.

    Nothing in the file runs before its schema has been compared with what this version
    creates (`schema.verify_schema`); a file DuoCoder cannot write to is opened read-only.
    An encrypted file needs its `passphrase` (PassphraseNeededError without one,
    WrongPassphraseError with a wrong one); a plain file ignores it."""
    key = key_for(path, passphrase)
    version = check_project_file(path, key)
    read_only = not _writable(path)
    if not read_only:
        _repair_side_files(path)
    read_from = _read_only_copy(path, key) if read_only else None
    try:
        _check_schema(read_from or path, version, path.name, read_only, key)
        if version < SCHEMA_VERSION and read_only:
            raise ReadOnlyProjectError(
                f"'{path.name}' must be upgraded to this version's file format but is "
                "read-only: copy it to a folder you can write to and open the copy."
            )
    except ProjectFileError:
        _drop_copy(read_from)
        raise
    if version < SCHEMA_VERSION:
        migrate(path, version, key=key)
    engine = make_engine(path, read_only=read_only, read_from=read_from, key=key)
    _quick_check(engine, path)
    return engine


def open_project_copy(path: Path, passphrase: str | None = None) -> Engine:
    """Open someone else's project only to read it (a coder's copy to merge), never writing
    to it or beside it. It is copied (with its write-ahead log, folded in) to a private
    folder first, so a project still open in another window, one on a read-only stick or
    one of an older file format is read as it is: the copy's schema is checked against
    its format before anything runs, an older copy is upgraded (the source file keeps its
    format), and the engine refuses every write. Closing the engine removes the copy. An
    encrypted project needs its `passphrase`; its copy stays encrypted (same key)."""
    key = key_for(path, passphrase)
    version = check_project_file(path, key)
    folder = Path(tempfile.mkdtemp(prefix="duocoder-source-"))
    copy = folder / path.name  # so what the checks and an upgrade say names the source
    try:
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        raw = connect(copy, key)
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            raw.execute("PRAGMA journal_mode = DELETE")
        finally:
            raw.close()
        _check_schema(copy, version, path.name, read_only=False, key=key)
        if version < SCHEMA_VERSION:
            migrate(copy, version, key=key)
    except ProjectFileError:
        _drop_copy(copy)
        raise
    except database_errors(OSError) as exc:
        _drop_copy(copy)
        raise ProjectFileError(f"'{path.name}' cannot be read ({exc}).") from exc
    engine = make_engine(path, read_only=True, read_from=copy, key=key)
    _quick_check(engine, path)
    return engine


def _quick_check(engine: Engine, path: Path) -> None:
    """SQLite's own check of the opened file; a damaged file is refused in one sentence
    and its engine closed."""
    try:
        with engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
            if result != "ok":
                raise ProjectFileError(
                    f"'{path.name}' is damaged ({result}); open a backup copy instead."
                )
    except ProjectFileError:
        close_engine(engine)
        raise
    except Exception as exc:
        close_engine(engine)
        raise ProjectFileError(f"'{path.name}' cannot be opened as a DuoCoder project.") from exc


def _writable(path: Path) -> bool:
    """Can we write the file and create its -wal and -shm beside it?"""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK | os.X_OK)


def _repair_side_files(path: Path) -> None:
    """Remove -wal/-shm files that an earlier read-only opening left read-only: they hold no
    data when the log is empty, and left in place they block every later write."""
    wal, shm, _journal = _side_files(path)
    wal_empty = not wal.exists() or wal.stat().st_size == 0
    for side in (wal, shm):
        if side.exists() and not os.access(side, os.W_OK):
            with suppress(OSError):
                if wal_empty:
                    side.unlink()
                else:
                    side.chmod(side.stat().st_mode | 0o200)


def _read_only_copy(path: Path, key: FileKey | None = None) -> Path | None:
    """A read-only project whose write-ahead log still holds work is read from a private
    copy (file and log), since SQLite cannot apply a log it may not write; otherwise the
    file itself is read in place."""
    wal = path.with_name(path.name + "-wal")
    if not wal.exists() or wal.stat().st_size == 0:
        return None
    folder = Path(tempfile.mkdtemp(prefix="duocoder-readonly-"))
    copy = folder / "project.duocoder"
    try:
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        raw = connect(copy, key)
        try:
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()
    except database_errors(OSError) as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise ProjectFileError(f"'{path.name}' is read-only and cannot be read ({exc}).") from exc
    return copy


def _drop_copy(copy: Path | None) -> None:
    if copy is not None:
        shutil.rmtree(copy.parent, ignore_errors=True)


def _check_schema(
    path: Path, version: int, name: str, read_only: bool, key: FileKey | None = None
) -> None:
    """Compare the file's schema with format `version`'s before anything else runs on it."""
    uri = _read_only_uri(path) if read_only else path.resolve().as_uri() + "?mode=rw"
    try:
        raw = connect(uri, key, uri=True, timeout=5)
    except database_errors() as exc:
        raise ProjectFileError(f"'{name}' cannot be opened ({exc}).") from exc
    try:
        raw.execute("PRAGMA trusted_schema = OFF")
        raw.execute("PRAGMA query_only = ON")
        verify_schema(raw, version, name)
    except database_errors() as exc:
        raise ProjectFileError(f"'{name}' is damaged ({exc}); open a backup copy instead.") from exc
    finally:
        raw.close()


def _checkpoint(path: Path, key: FileKey | None = None) -> None:
    # no waiting: when another process holds the project, it folds the log in when it closes
    raw = connect(f"{path.resolve().as_uri()}?mode=rw", key, uri=True, timeout=0)
    try:
        raw.execute("PRAGMA busy_timeout = 0")
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def close_engine(engine: Engine) -> None:
    """Dispose the engine and fold the write-ahead log back into the file, so the project
    is again one self-contained file that can be copied or mailed."""
    path = engine.url.database
    key = _KEYS.get(engine)
    engine.dispose()
    if engine.dialect.name != "sqlite":  # a team project: the server keeps no log of ours
        return
    if engine in _READ_ONLY:
        _drop_copy(_READ_ONLY.pop(engine))
        return
    if path and path != ":memory:":
        with suppress(*database_errors()):
            _checkpoint(Path(path), key)


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One short write transaction: commit on success, roll back everything on any error."""
    try:
        with factory() as session, session.begin():
            # marks this session's connection, not the thread: a read made meanwhile
            # (on another connection) must not ask for the write lock we already hold
            conn = session.connection(execution_options={"duocoder_writing": True})
            if conn.dialect.name == "postgresql":
                check_format(conn, _address(factory))
            yield session
    except ProgrammingError as exc:
        # a team project's server refusing this role a change (its place allows less)
        refused = permission_error(exc, _address(factory))
        if refused is None:
            raise
        raise refused from exc
    except ConnectionLostError as exc:
        # a team project's server committed the change but its answer was lost on the way
        # (`server.watch_connection` asked it): the change is made, as the caller assumes
        if exc.saved is not True:
            raise
    except StaleDataError as exc:
        # on a team project: the row read at the start was removed (an undo, say) by another
        # coder before this transaction's write reached it; nothing was written
        raise ProjectBusyError(
            "Someone else changed or removed this at the same moment; nothing was changed."
        ) from exc
    except operational_errors(OperationalError) as exc:
        # a team project's server undoing this change for another's (deadlock, serialization)
        conflict = conflict_error(exc, _address(factory))
        if conflict is not None:
            raise conflict from exc
        url = _url(factory)
        raise translate(exc, Path((url.database if url else None) or "project")) from exc


def _url(factory: sessionmaker[Session]) -> URL | None:
    """The address of the database the sessions are bound to (a file path or a server)."""
    return getattr(factory.kw.get("bind"), "url", None)


def _address(factory: sessionmaker[Session]) -> str:
    url = _url(factory)
    return display(url) if url is not None else "project"


def session_factory(engine: Engine) -> sessionmaker[Session]:
    factory = sessionmaker(engine, expire_on_commit=False)
    guids.install(factory)  # every new document and coding gets its GUID
    return factory


def read_scalar(session: Session, sql: str) -> object:
    return session.execute(text(sql)).scalar()
