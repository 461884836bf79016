"""The ordered migration path between file formats.

`MIGRATIONS[n]` upgrades a file from format n to n + 1 inside one transaction. Before any
migration runs, the original file is copied beside itself (`name.v<n>.bak.duocoder`), so a
researcher never loses a project to an upgrade. A file written by any released version must
open in every later version: each new format adds its step here and a test that opens a
frozen copy of the old format (see tests/core/test_migrations.py)."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

from duocoder.domain.errors import ProjectFileError

Migration = Callable[[sqlite3.Connection], None]

# Format 1 is the first released format; later formats register their upgrade step here,
# e.g. MIGRATIONS[1] = _add_coding_weight.
MIGRATIONS: dict[int, Migration] = {}


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.stem}.v{version}.bak{path.suffix}")


def migrate(path: Path, version: int, target: int | None = None) -> None:
    from duocoder.storage.database import SCHEMA_VERSION

    target = SCHEMA_VERSION if target is None else target
    if version >= target:
        return
    missing = [v for v in range(version, target) if v not in MIGRATIONS]
    if missing:
        raise ProjectFileError(
            f"'{path.name}' uses file format {version}, which this version cannot upgrade."
        )
    shutil.copy2(path, backup_path(path, version))
    raw = sqlite3.connect(path, isolation_level=None)
    try:
        raw.execute("PRAGMA foreign_keys = OFF")
        raw.execute("BEGIN IMMEDIATE")
        for v in range(version, target):
            MIGRATIONS[v](raw)
            raw.execute(f"PRAGMA user_version = {v + 1}")
        raw.execute("COMMIT")
    except Exception as exc:
        if raw.in_transaction:
            raw.execute("ROLLBACK")
        raise ProjectFileError(
            f"'{path.name}' could not be upgraded ({exc}); the file was left unchanged."
        ) from exc
    finally:
        raw.close()
