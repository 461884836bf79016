"""Project files of every earlier format, made the way that format's DuoCoder made them:
formats 1 and 2 from frozen SQL dumps, later ones by turning a new project back (dropping
the tables and undo rows the format did not have). Shared by the tests that upgrade files
and those that copy old files up to a team project."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from duocoder.storage.fileformat import APPLICATION_ID
from duocoder.storage.migrations import MIGRATIONS

DATA = Path(__file__).parent / "core" / "data"
OLD_FORMATS = (1, 2, 3, 4, 5, 6, 7)
CODER_TABLES = ("coder_colors", "coding_changes")
PRIVACY_TABLES = (
    "pseudo_entities",
    "pseudo_decisions",
    "document_events",
    "pseudo_scans",
    "privacy_overrides",
)
RECORDING_TABLES = ("recordings", "sync_marks")


def _from_dump(path: Path, version: int) -> Path:
    con = sqlite3.connect(path)
    con.executescript((DATA / f"project-v{version}.sql").read_text(encoding="utf-8"))
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {version}")
    con.commit()
    con.close()
    return path


def frozen_v1(path: Path) -> Path:
    """A format-1 file: one participant's interview (Anna, Duo Denderland vzw, Duo 1) and
    one coding by Lies of "Goed 😊 café" under Verbinding/Vertrouwensrelatie."""
    return _from_dump(path, 1)


def frozen_v2(path: Path) -> Path:
    """A format-2 file: one coding by Lies of "Goed 😊 café," under Verbinding/Klik."""
    return _from_dump(path, 2)


def frozen_v3(path: Path) -> Path:
    """A format-3 file: the format-2 file with the history tables format 3 added (its
    step's DDL is written out in `migrations.py`, frozen as format 3 meant it)."""
    frozen_v2(path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("BEGIN")
    MIGRATIONS[2](con)
    con.execute("PRAGMA user_version = 3")
    con.execute("COMMIT")
    con.close()
    return path


def as_format_4(path: Path) -> None:
    """Turn a new project back into a format-4 file: no GUID tables, user_version 4, and
    undo steps without GUID rows (as format 4 recorded them)."""
    from duocoder.app.base import TABLES
    from duocoder.storage.recorder import dumps, loads

    as_format_5(path)
    con = sqlite3.connect(path)
    for key, part, data in con.execute("SELECT step_id, part, data FROM history_parts").fetchall():
        rows = [r for r in loads(data, TABLES) if not r.table.endswith("_guids")]
        con.execute(
            "UPDATE history_parts SET data = ? WHERE step_id = ? AND part = ?",
            (dumps(rows), key, part),
        )
    con.execute("DROP TABLE coding_guids")
    con.execute("DROP TABLE document_guids")
    con.execute("PRAGMA user_version = 4")
    con.commit()
    con.close()


def as_format_5(path: Path) -> None:
    """Turn a new project back into a format-5 file: no coder colour or coding change
    tables, user_version 5, and undo steps without their rows (as format 5 recorded them)."""
    from duocoder.app.base import TABLES
    from duocoder.storage.recorder import dumps, loads

    as_format_6(path)
    con = sqlite3.connect(path)
    for key, part, data in con.execute("SELECT step_id, part, data FROM history_parts").fetchall():
        rows = [r for r in loads(data, TABLES) if r.table not in CODER_TABLES]
        con.execute(
            "UPDATE history_parts SET data = ? WHERE step_id = ? AND part = ?",
            (dumps(rows), key, part),
        )
    con.execute("DROP TABLE coding_changes")
    con.execute("DROP TABLE coder_colors")
    con.execute("PRAGMA user_version = 5")
    con.commit()
    con.close()


def as_format_6(path: Path) -> None:
    """Turn a new project back into a format-6 file: no pseudonymisation tables (a new
    project's history never touches them unless something was pseudonymised)."""
    as_format_7(path)
    con = sqlite3.connect(path)
    for table in reversed(PRIVACY_TABLES):
        con.execute(f"DROP TABLE {table}")
    con.execute("PRAGMA user_version = 6")
    con.commit()
    con.close()


def as_format_7(path: Path) -> None:
    """Turn a new project back into a format-7 file: no recording tables, and undo steps
    without their rows (as format 7 recorded them)."""
    from duocoder.app.base import TABLES
    from duocoder.storage.recorder import dumps, loads

    con = sqlite3.connect(path)
    for key, part, data in con.execute("SELECT step_id, part, data FROM history_parts").fetchall():
        rows = [r for r in loads(data, TABLES) if r.table not in RECORDING_TABLES]
        con.execute(
            "UPDATE history_parts SET data = ? WHERE step_id = ? AND part = ?",
            (dumps(rows), key, part),
        )
    for table in reversed(RECORDING_TABLES):
        con.execute(f"DROP TABLE {table}")
    con.execute("PRAGMA user_version = 7")
    con.commit()
    con.close()


def old_project(version: int, path: Path) -> Path:
    """A file of format `version` (see `OLD_FORMATS`) with a document and a coding; from
    format 4 on it also holds the undo step that made the coding (by Lies)."""
    if version <= 3:
        return (frozen_v1, frozen_v2, frozen_v3)[version - 1](path)
    from duocoder.app.project import Project
    from tests.helpers import source

    with Project.create(path) as p:
        p.coder = "Lies"
        doc = p.add_document("Anna", source("I: Hoe gaat het?\nR: Goed 😊 café."), "participant")
        p.add_coding(doc.id, "Verbinding", 20, 27, create_code=True)
    {4: as_format_4, 5: as_format_5, 6: as_format_6, 7: as_format_7}[version](path)
    return path
