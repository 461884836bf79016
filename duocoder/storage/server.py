"""Team projects on a PostgreSQL server: addressing them, creating and opening them.

A team project is a PostgreSQL database that holds one DuoCoder project: the same models as
a project file (`models.py`), with the recording triggers of `postgres.py`, and a one-row
table saying which project format it holds (a file keeps that number in its header).

The address is a URL, `postgresql://user@host:port/database`. The password is never part
of it: libpq (through psycopg) reads it from the researcher's PostgreSQL password file
(`~/.pgpass`, `%APPDATA%\\postgresql\\pgpass.conf`) or a service file (`?service=name`), so
no password is ever in a project, a command line, a log or a message. An address that does
carry one is refused in one sentence that says where it belongs instead. When neither file
has one, the window asks for it and passes it to `open_server_project(address, password)`,
which hands it to libpq for each connection without ever putting it into the URL."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from duocoder.domain.errors import (
    ConnectionLostError,
    PasswordNeededError,
    ProjectFileError,
    ProjectUpgradedError,
    ReadOnlyProjectError,
    SimultaneousChangeError,
    WrongPasswordError,
)
from duocoder.storage import postgres, server_migrations
from duocoder.storage.fileformat import FORMAT_TABLE, SCHEMA_VERSION
from duocoder.storage.roles import owner_of_tables

SCHEMES = ("postgresql", "postgres")


def is_server_address(text_: str | object) -> bool:
    """Whether a project address names a server (a URL), not a project file."""
    if not isinstance(text_, str):
        return False
    scheme = text_.split("://", 1)[0].lower() if "://" in text_ else ""
    return scheme.split("+", 1)[0] in SCHEMES


def parse_address(address: str) -> URL:
    """The SQLAlchemy URL of a team project's address (driver psycopg), refused in one
    sentence when it is not a usable PostgreSQL address or carries a password."""
    try:
        url = make_url(address.strip())
    except ArgumentError as exc:
        raise ProjectFileError(f"'{address}' is not a PostgreSQL address.") from exc
    if url.drivername.split("+", 1)[0] not in SCHEMES:
        raise ProjectFileError(f"'{address}' is not a PostgreSQL address.")
    if url.password is not None:
        raise ProjectFileError(
            "A team project's address must not contain its password: put the password in "
            "your PostgreSQL password file (~/.pgpass, on Windows %APPDATA%\\postgresql\\"
            "pgpass.conf) or a service file."
        )
    if not url.database and "service" not in url.query:
        raise ProjectFileError(
            f"'{display(url)}' names no database: add it, as in postgresql://host/study."
        )
    return url.set(drivername="postgresql+psycopg")


def display(url: URL) -> str:
    """The address as people read it: user@host:port/database, never a password."""
    plain = url.set(drivername="postgresql")
    return plain.render_as_string(hide_password=True)


CONNECT_TIMEOUT = 10
"""Seconds a new connection waits for the server: a slow network still connects, while a
server that does not answer at all is given up on (the window connects in the background at
start, so this never holds the window up)."""


def make_server_engine(url: URL, password: str | None = None) -> Engine:
    """An engine on a team project; every connection records its changes for undo. A
    `password` the researcher typed goes to libpq as a connection argument, not into `url`:
    the URL is shown, remembered and logged, and must stay free of it."""
    connect_args: dict[str, object] = {
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": "DuoCoder",
    }
    if password is not None:
        connect_args["password"] = password  # kept by the engine for its reconnections
    engine = create_engine(
        url,
        pool_pre_ping=True,  # a server restarted meanwhile: reconnect instead of failing
        connect_args=connect_args,
    )
    postgres.record_on(engine)
    watch_connection(engine, url, password is not None)
    return engine


def create_server_project(address: str) -> Engine:
    """Create a project's schema in the (existing, empty) database at `address`. A database
    that already holds tables is refused: it may be another project or another program's."""
    url = parse_address(address)
    engine = make_server_engine(url)
    with _disposed_on_failure(engine, url), engine.begin() as conn:
        if inspect(conn).get_table_names():
            raise ProjectFileError(
                f"The database {display(url)} is not empty; a new team project needs an "
                "empty database."
            )
        postgres.create_schema(conn)
        conn.exec_driver_sql(f"CREATE TABLE {FORMAT_TABLE} (version integer NOT NULL)")
        conn.execute(
            text(f"INSERT INTO {FORMAT_TABLE} (version) VALUES (:v)"), {"v": SCHEMA_VERSION}
        )
    return engine


def open_server_project(address: str, password: str | None = None) -> Engine:
    """Open the team project at `address`: the server must be reachable, the database must
    hold a DuoCoder project, and not one of a newer format than this version writes.
    Without `password` libpq looks in the password and service files; when the server wants
    one that neither gives, PasswordNeededError says so (WrongPasswordError when `password`
    was given and refused), so that a face can ask for it."""
    url = parse_address(address)
    engine = make_server_engine(url, password)
    with _disposed_on_failure(engine, url, password is not None):
        with engine.connect() as conn:
            if not inspect(conn).has_table(FORMAT_TABLE):
                raise ProjectFileError(
                    f"The database {display(url)} holds no DuoCoder project; create one with "
                    "'duocoder new' or copy a project file into it with 'duocoder copy'."
                )
            version = server_migrations.stored_format(conn)
        if version is None:
            raise ProjectFileError(f"The team project {display(url)} is damaged (no format).")
        if version > SCHEMA_VERSION:
            raise ProjectFileError(
                f"The team project {display(url)} was made by a newer DuoCoder (format "
                f"{version}); update DuoCoder to open it."
            )
        with engine.begin() as conn:
            if version < SCHEMA_VERSION:
                server_migrations.upgrade(conn, display(url), version, SCHEMA_VERSION)
            postgres.upgrade_recording(conn)  # the row-level triggers of earlier versions
    return engine


def check_format(conn: Connection, address: str) -> None:
    """Refuse a change to a team project that was upgraded to a newer format while open
    here (an owner opened it with a newer DuoCoder): this version would write rows into a
    schema it does not know. Read inside the change's own transaction, so the upgrade
    (which locks the format table exclusively) waits for a change under way, and a change
    that waited for the upgrade reads the new number."""
    version = server_migrations.stored_format(conn)
    if version is not None and version > SCHEMA_VERSION:
        raise ProjectUpgradedError(
            f"The team project {address} was upgraded to a newer DuoCoder (format {version}) "
            f"by {owner_of_tables(conn)}; update DuoCoder to go on changing it (you can "
            "still read it)."
        )


@contextmanager
def _disposed_on_failure(engine: Engine, url: URL, password_given: bool = False) -> Iterator[None]:
    """Close `engine` when the block fails; a server's failure becomes one sentence."""
    try:
        yield
    except ProjectFileError as exc:
        engine.dispose()
        if password_given or isinstance(exc, PasswordNeededError):
            # worded already by `watch_connection`; not chained to psycopg's failed
            # connection, which keeps the password it was given
            raise exc from None
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        error = server_error(exc, url, password_given)
        if isinstance(error, PasswordNeededError):
            # not chained: psycopg's failed connection keeps the password it was given
            raise error from None
        raise error from exc


def drop_server_project(engine: Engine) -> None:
    """Empty the database again after a failed creation: every table DuoCoder made."""
    from duocoder.storage.models import Base

    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FORMAT_TABLE}")
            Base.metadata.drop_all(conn)
            postgres.drop_schema_objects(conn)
    except SQLAlchemyError:
        pass  # the creation failed because the server went away: nothing more to do


_WHAT = {
    "codes": "the codebook",
    "documents": "documents",
    "paragraphs": "documents",
    "turns": "speaker turns",
    "document_attributes": "document attributes",
    "meta": "the project's settings",
    "codings": "codings",
    "memos": "memos",
    "coding_guids": "codings",
    "coding_changes": "codings",
    "coders": "coders",
    "coder_colors": "coders",
    "history_steps": "the undo history",
    "history_parts": "the undo history",
    "document_events": "documents",
    "document_guids": "documents",
    "nlp_rejections": "suggestions",
    "pseudo_entities": "the privacy review",
    "pseudo_decisions": "the privacy review",
    "pseudo_scans": "the privacy review",
}


def permission_error(exc: BaseException, address: str) -> ReadOnlyProjectError | None:
    """The sentence for the server refusing this role something (PostgreSQL's
    insufficient_privilege, SQLSTATE 42501), or None for any other failure."""
    original = getattr(exc, "orig", None) or exc
    if getattr(original, "sqlstate", None) != "42501":
        return None
    detail = str(original).strip().splitlines()[0] if str(original).strip() else ""
    # "permission denied for table codes" / "… for sequence codes_id_seq"
    words = detail.split()
    table = (
        words[-1].removesuffix("_id_seq")
        if len(words) > 1
        and words[-2]
        in (
            "table",
            "sequence",
        )
        else ""
    )
    if table in ("", FORMAT_TABLE):
        return ReadOnlyProjectError(
            f"Your role has no place in the team project {address}: ask one of its owners "
            "to give you one (duocoder grant)."
        )
    what = _WHAT.get(table, "this project")
    return ReadOnlyProjectError(
        f"Your place in the team project {address} does not allow changing {what}: ask one "
        "of its owners for a coder's or an owner's place."
    )


CONFLICT_STATES = ("40P01", "40001")
"""PostgreSQL's deadlock_detected and serialization_failure: the server undid one of two
transactions that met on the same rows; made again, it normally goes through."""


def conflict_error(exc: BaseException, address: str) -> SimultaneousChangeError | None:
    """The sentence for a change the server undid because another coder's change met it on
    the same rows at the same moment (SQLSTATE 40P01 or 40001), or None for any other
    failure. The server's own text (process ids, lock names) means nothing to a researcher."""
    original = getattr(exc, "orig", None) or exc
    if getattr(original, "sqlstate", None) not in CONFLICT_STATES:
        return None
    return SimultaneousChangeError(
        f"Another coder changed the same things in the team project {address} at the same "
        "moment; your change was not saved: try again."
    )


def server_error(exc: SQLAlchemyError, url: URL, password_given: bool = False) -> ProjectFileError:
    """One sentence for a failure to reach or use the server. libpq's own first line says
    what went wrong (refused connection, unknown database, failed authentication) and names
    no password; the SQL statement SQLAlchemy would add is left out. A server that wants a
    password no file gave, or refuses the one typed, gets the PasswordNeededError or
    WrongPasswordError a face can ask again on."""
    refused = permission_error(exc, display(url))
    if refused is not None:
        return refused
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    detail = str(original).strip().splitlines()[0] if str(original).strip() else ""
    detail = detail.removeprefix("connection failed: ")  # psycopg's, before libpq's own words
    detail = " ".join(detail.replace("FATAL:", "").split())  # the server's "FATAL:  …"
    lowered = detail.lower()
    connection = getattr(original, "pgconn", None)
    if getattr(connection, "needs_password", False) or "no password supplied" in lowered:
        return PasswordNeededError(
            display(url),
            f"The server asks for the password of {display(url)}: put it in your PostgreSQL "
            "password file (~/.pgpass) or a service file, or open the project in DuoCoder's "
            "window, which asks for it.",
        )
    if password_given and ("password" in lowered or "authentication" in lowered):
        return WrongPasswordError(
            display(url), f"The server did not accept the password for {display(url)}."
        )
    if "password" in lowered or "authentication" in lowered:
        return ProjectFileError(
            f"The server refused {display(url)}: check the user name, and the password in "
            "your PostgreSQL password file (~/.pgpass) or service file."
        )
    return ConnectionLostError(
        f"The team project {display(url)} cannot be reached: {detail.rstrip('.')}."
    )


# -- a connection lost in the middle of the work -----------------------------------------------

_COMMITTING = "duocoder_committing"
"""Key in a pooled connection's `info` while it commits: the transaction's id (its xid), or
None when it wrote nothing or its id could not be read."""

STATUS_TRIES, STATUS_PAUSE = 4, 0.5
"""How often, and how many seconds apart, the server is asked whether a commit whose answer
was lost went through: a server restarted at once is asked again, a vanished one soon given
up on (the researcher is then told it cannot be said yet)."""


def watch_connection(engine: Engine, url: URL, password_given: bool = False) -> None:
    """Word a broken connection in one sentence, and settle a commit whose answer was lost.

    SQLAlchemy invalidates the broken connection and the rest of the pool (they went with
    the same server), and `pool_pre_ping` replaces them at the next checkout, so the next
    operation reconnects by itself. What must not happen is a researcher told "not saved"
    about a change the server did commit, or "saved" about one it did not: so each commit
    first reads its transaction's id, and when the connection breaks during the commit a
    fresh connection asks the server (`txid_status`) what became of it."""
    event.listen(engine, "begin", _forget_commit)
    event.listen(engine, "commit", _remember_commit)
    event.listen(
        engine, "handle_error", lambda ctx: _lost_connection(ctx, engine, url, password_given)
    )


def _forget_commit(conn: Connection) -> None:
    conn.info.pop(_COMMITTING, None)


def _remember_commit(conn: Connection) -> None:
    """Before the COMMIT: the id of the transaction, if it wrote anything (a transaction
    that wrote nothing has none, and nothing to lose)."""
    xid: int | None = None
    try:
        dbapi = conn.connection.dbapi_connection
        if dbapi is not None:
            cursor = dbapi.cursor()
            try:
                cursor.execute("SELECT txid_current_if_assigned()")
                row = cursor.fetchone()
            finally:
                cursor.close()
            xid = int(row[0]) if row is not None and row[0] is not None else None
    except Exception:  # the COMMIT itself will fail and be reported
        xid = None  # the connection is broken or the transaction failed: nothing committed
    conn.info[_COMMITTING] = xid


def _lost_connection(
    ctx: ExceptionContext, engine: Engine, url: URL, password_given: bool = False
) -> BaseException | None:
    """The one-sentence error for a broken or unreachable connection; None leaves other
    errors (and the pre-ping's own reconnection) to SQLAlchemy."""
    if ctx.is_pre_ping:
        return None
    conn = ctx.connection
    if conn is None:  # no connection could be made: the server is down or refuses us
        if isinstance(ctx.sqlalchemy_exception, SQLAlchemyError):
            return server_error(ctx.sqlalchemy_exception, url, password_given)
        return None
    if not ctx.is_disconnect:
        return None
    where = display(url)
    committing = ctx.statement is None and _COMMITTING in conn.info
    if committing:
        xid = conn.info.pop(_COMMITTING)
        saved = False if xid is None else commit_status(engine, url, xid)
        if saved is None:
            return ConnectionLostError(
                f"The connection to the team project {where} was lost while your last change "
                "was being saved, and the server cannot yet say whether it was: check whether "
                "it is there before making it again.",
                None,
            )
        if saved:
            return ConnectionLostError(
                f"The connection to the team project {where} was lost just after your last "
                "change was saved; it is saved.",
                True,
            )
    if _writing(conn):
        return ConnectionLostError(
            f"The connection to the team project {where} was lost; your last change was not saved."
        )
    return ConnectionLostError(
        f"The connection to the team project {where} was lost; DuoCoder reconnects when you "
        "try again."
    )


def _writing(conn: Connection) -> bool:
    """Whether the connection was running a change (`database.transaction` marks it)."""
    try:
        return bool(conn.get_execution_options().get("duocoder_writing"))
    except SQLAlchemyError:
        return True  # say "not saved" rather than nothing


def commit_status(engine: Engine, url: URL, xid: int) -> bool | None:
    """Whether transaction `xid` committed (True), did not (False), or cannot be told yet
    (None: the server stayed unreachable, or the old session is still running it), asked on
    a connection of its own outside the broken pool, a few times over a second or two."""
    cargs, cparams = engine.dialect.create_connect_args(url)
    for attempt in range(STATUS_TRIES):
        if attempt:
            time.sleep(STATUS_PAUSE)
        try:
            dbapi: Any = engine.dialect.connect(
                *cargs, **{**cparams, "connect_timeout": 3, "autocommit": True}
            )
        except Exception:  # not reachable (yet): try again, then give up
            continue
        try:
            row = dbapi.execute("SELECT txid_status(%s)", (xid,)).fetchone()
        except Exception:  # the connection broke again: try again
            continue
        finally:
            dbapi.close()
        status = row[0] if row is not None else None
        if status == "committed":
            return True
        if status == "aborted":  # rolled back, or cut off by a crash before its commit
            return False
        # 'in progress': the old session has not yet noticed its client is gone
    return None
