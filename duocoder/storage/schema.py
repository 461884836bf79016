"""The schema a project file must have before anything in it is trusted.

A project file is a document researchers mail to each other, and an SQLite file can carry
more than data: triggers that run on every write, views that run when read, column names
that end up in SQL. So before any statement but reading `sqlite_master` runs on a file, its
schema is compared with the one this version of DuoCoder creates for that file format, and
a file with anything else in it (an extra trigger, view, index or table, a changed column or
CHECK constraint, a dropped foreign key) is refused with one sentence naming what was found.

The expected schema is what SQLAlchemy's `create_all` makes of the models in a scratch
in-memory database, compared as normalised SQL text (SQLite keeps each object's CREATE
statement as written). Older formats are that schema minus what each later migration adds."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from duocoder.domain.errors import ProjectFileError

_SPACES = re.compile(r"\s+")
_AROUND_PUNCTUATION = re.compile(r"\s*([(),])\s*")
# Tables SQLite itself may add to any database (ANALYZE statistics); they hold numbers for
# the query planner and can carry no code.
_SQLITE_OWN_TABLES = frozenset({"sqlite_stat1", "sqlite_stat4"})
# What each migration adds: a format-N file has the current schema minus the objects that
# the migrations from format N on create (see migrations.py).
ADDED_IN_FORMAT: dict[int, frozenset[str]] = {
    2: frozenset({"nlp_documents", "nlp_lemmas", "nlp_forms", "nlp_rejections"}),
    3: frozenset({"history_steps", "history_parts"}),
    4: frozenset({"paragraph_styles", "turn_rules"}),
    5: frozenset({"document_guids", "coding_guids"}),
    6: frozenset({"coder_colors", "coding_changes"}),
    7: frozenset(
        {
            "pseudo_entities",
            "pseudo_decisions",
            "document_events",
            "ix_document_events_document_id",
            "pseudo_scans",
            "privacy_overrides",
        }
    ),
    8: frozenset({"recordings", "sync_marks"}),
}
_KIND_WORDS = {"table": "table", "index": "index", "trigger": "trigger", "view": "view"}


@dataclass(frozen=True, slots=True)
class SchemaObject:
    kind: str
    name: str
    table: str
    sql: str | None


def normalise(sql: str | None) -> str | None:
    """One spelling per statement: whitespace collapsed, none around brackets and commas."""
    if sql is None:
        return None
    return _AROUND_PUNCTUATION.sub(r"\1", _SPACES.sub(" ", sql)).strip()


@cache
def _current_schema() -> dict[str, SchemaObject]:
    """The schema a new project file gets, built once per process in a scratch database."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from duocoder.storage.models import Base

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            rows = conn.exec_driver_sql("SELECT type, name, tbl_name, sql FROM sqlite_master")
            return {r[1]: SchemaObject(r[0], r[1], r[2], normalise(r[3])) for r in rows}
    finally:
        engine.dispose()


def expected_schema(version: int) -> dict[str, SchemaObject]:
    """The objects a file of format `version` holds, by name."""
    dropped = {name for v, names in ADDED_IN_FORMAT.items() if v > version for name in names}
    return {n: o for n, o in _current_schema().items() if o.table not in dropped}


def read_schema(connection: sqlite3.Connection) -> list[SchemaObject]:
    """Read `sqlite_master` as data: nothing in it is executed."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_master")
    return [SchemaObject(str(t), str(n), str(tb), normalise(s)) for t, n, tb, s in rows]


def schema_problem(found: Iterable[SchemaObject], version: int) -> str | None:
    """What in `found` differs from format `version`, as the end of a sentence, or None."""
    expected = expected_schema(version)
    seen: set[str] = set()
    for obj in sorted(found, key=lambda o: (o.kind != "trigger", o.kind != "view", o.name)):
        seen.add(obj.name)
        if obj.kind == "table" and obj.name in _SQLITE_OWN_TABLES:
            continue
        want = expected.get(obj.name)
        kind = _KIND_WORDS.get(obj.kind, obj.kind)
        if want is None or want.kind != obj.kind:
            return f"it contains a {kind} '{_shown(obj.name)}' that DuoCoder does not create"
        if want.table != obj.table or want.sql != obj.sql:
            return f"its {kind} '{_shown(obj.name)}' is not defined as DuoCoder defines it"
    missing = sorted(n for n, o in expected.items() if n not in seen and o.kind == "table")
    if missing:
        return f"the table '{missing[0]}' is missing"
    missing = sorted(n for n in expected if n not in seen)
    if missing:
        return f"the {expected[missing[0]].kind} '{missing[0]}' is missing"
    return None


def verify_schema(connection: sqlite3.Connection, version: int, file_name: str) -> None:
    """Raise ProjectFileError unless the schema is exactly format `version`'s."""
    try:
        found = read_schema(connection)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(
            f"'{file_name}' is damaged ({exc}); open a backup copy instead."
        ) from exc
    problem = schema_problem(found, version)
    if problem is None:
        return
    if problem.startswith("the "):  # something missing: an unfinished or stripped file
        raise ProjectFileError(f"'{file_name}' is an incomplete DuoCoder project: {problem}.")
    raise ProjectFileError(
        f"'{file_name}' was not opened because {problem}; "
        "the file may have been altered outside DuoCoder."
    )


def _shown(name: str, limit: int = 60) -> str:
    """A name from the file as it may be printed: one line, not endless."""
    flat = name.replace("\n", " ").replace("\r", " ")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
