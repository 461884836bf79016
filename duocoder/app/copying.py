"""`copy`: a whole project from one place to another, file or server, in either direction.

A laptop project goes up to a team project on the server (`duocoder copy A.duocoder
postgresql://host/study`) and a snapshot comes back down (`duocoder copy postgresql://…
B.duocoder`). Everything is copied, table by table and row by row with the same ids:
documents, turns, codes, codings, memos, the language index, settings, and the undo history
(so a coder can still undo on the server what they did on the laptop). A round trip gives
identical tables.

The copy is all or nothing: a file is built under a hidden name and moved into place only
when complete; on a server everything is one transaction, so a broken connection leaves an
empty database, never half a project. The copying connection records no undo steps (a copy
is nobody's operation), and it is thrown away afterwards.

The source is read as it is: a project file through a private copy (so it may be open in a
window meanwhile, and one of an older format is upgraded in the copy, never in place)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, Integer, func, select, text
from sqlalchemy.exc import SQLAlchemyError

from duocoder.domain.errors import ValidationError
from duocoder.storage.database import (
    close_engine,
    create_project_file,
    discard,
    new_project_name,
    open_project_copy,
    publish,
    recorder_for,
)
from duocoder.storage.errors import translate
from duocoder.storage.models import Base
from duocoder.storage.server import (
    create_server_project,
    display,
    drop_server_project,
    is_server_address,
    open_server_project,
    parse_address,
    server_error,
)
from duocoder.storage.statements import insert_values

BATCH = 5_000
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    rows: dict[str, int]
    """Rows copied per table (tables without rows left out)."""

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def as_dict(self) -> dict[str, object]:
        return {"source": self.source, "target": self.target, "rows": self.rows}


def describe(address: str | Path) -> str:
    """A project's place as people read it (a server's address without any password)."""
    if is_server_address(address):
        return display(parse_address(str(address)))
    return str(address)


def copy_project(
    source: str | Path,
    target: str | Path,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy the project at `source` (a file, encrypted with `passphrase` if it is, or a
    team project's address) to `target` (a new file, or an empty database's address).
    An encrypted source gives a plain target: encrypt a file afterwards (`encrypt`); a team
    project is protected by its server's accounts."""
    if str(source) == str(target):
        raise ValidationError("The source and the target of a copy must differ.")
    reader = _open_source(source, passphrase)
    try:
        if is_server_address(target):
            return _to_server(reader, source, str(target), progress)
        return _to_file(reader, source, Path(target), progress)
    finally:
        close_engine(reader)


def _open_source(source: str | Path, passphrase: str | None) -> Engine:
    if is_server_address(source):
        return open_server_project(str(source))
    return open_project_copy(Path(source), passphrase)  # refuses a missing file itself


def _to_file(
    reader: Engine, source: str | Path, target: Path, progress: Progress | None
) -> CopyReport:
    building = new_project_name(target)
    try:
        writer = create_project_file(building)
        try:
            rows = _copy_tables(reader, writer, progress)
        finally:
            close_engine(writer)
        publish(building, target)
    except SQLAlchemyError as exc:
        discard(building)
        raise translate(exc, target) from exc
    except BaseException:
        discard(building)
        raise
    return CopyReport(describe(source), str(target), rows)


def _to_server(
    reader: Engine, source: str | Path, target: str, progress: Progress | None
) -> CopyReport:
    writer = create_server_project(target)
    url = parse_address(target)
    try:
        rows = _copy_tables(reader, writer, progress)
    except SQLAlchemyError as exc:
        drop_server_project(writer)
        raise server_error(exc, url) from exc
    except BaseException:
        drop_server_project(writer)
        raise
    finally:
        writer.dispose()
    return CopyReport(describe(source), display(url), rows)


def _copy_tables(reader: Engine, writer: Engine, progress: Progress | None) -> dict[str, int]:
    """Every table of the models, parents first, in one transaction of the writer; the
    writer's connection stops recording and is discarded afterwards."""
    tables = Base.metadata.sorted_tables
    counts: dict[str, int] = {}
    recorder = recorder_for(writer)
    with reader.connect() as source:
        totals = {
            t.name: source.execute(select(func.count()).select_from(t)).scalar_one() for t in tables
        }
        grand, done = sum(totals.values()), 0
        with writer.connect() as conn:
            try:
                with conn.begin():
                    recorder.stop(conn)
                    recorder.defer_constraints(conn)
                    for table in tables:
                        if not totals[table.name]:
                            continue
                        order = list(table.primary_key.columns) or list(table.columns)
                        result = source.execution_options(yield_per=BATCH).execute(
                            select(table).order_by(*order)
                        )
                        names = [c.name for c in table.columns]  # select(table)'s order
                        for batch in result.partitions(BATCH):
                            insert_values(conn, table, names, [tuple(r) for r in batch])
                            done += len(batch)
                            counts[table.name] = counts.get(table.name, 0) + len(batch)
                            if progress is not None:
                                progress(done, grand, table.name)
                    _reset_sequences(conn)
            finally:
                conn.invalidate()  # its recording was stopped: never back into the pool
    return counts


def _reset_sequences(conn: Connection) -> None:
    """On PostgreSQL, rows copied with their ids leave each id sequence behind: move it past
    the highest id, so the next coding made on the server gets a free one. (SQLite reads
    the highest id itself.)"""
    if conn.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not isinstance(keys[0].type, Integer):
            continue
        column = keys[0].name
        conn.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:table, :column), "
                f'coalesce(max("{column}"), 1), max("{column}") IS NOT NULL) '
                f'FROM "{table.name}"'
            ),
            {"table": f'"{table.name}"', "column": column},
        )
