"""Encrypting, decrypting and re-keying a project file in place, all or nothing.

The file is written anew beside itself with SQLCipher's `sqlcipher_export` (every table,
index and trigger, in the new encryption), checked (SQLite's quick check, and every table
holding as many rows as before), and only then renamed over the old file in one atomic
step: a crash or a full disk at any moment leaves the old project as it was.

Encrypting must also leave no readable copy behind. The old plain file's bytes are
overwritten with zeros once the encrypted one is in place (on a solid-state disk or a
copy-on-write file system the old blocks may still survive until reused, which only
full-disk encryption prevents). Backups that earlier upgrades made beside the project
(`name.v5.bak.duocoder`) are copies of the plain file: they are listed, not removed, so the
researcher decides."""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from duocoder.domain.errors import ProjectBusyError, ProjectFileError, ReadOnlyProjectError
from duocoder.storage.database import (
    _check_schema,
    _writable,
    check_project_file,
    discard,
    read_only_message,
)
from duocoder.storage.encryption import (
    SQLITE_MAGIC,
    FileKey,
    connect,
    dbapi,
    head,
    key_for,
    looks_encrypted,
    new_file_key,
    operational_errors,
)
from duocoder.storage.errors import translate
from duocoder.storage.fileformat import APPLICATION_ID
from duocoder.storage.migrations import backup_path


@dataclass(frozen=True, slots=True)
class Rewritten:
    """What re-encrypting a project did: the file, and the backups beside it that are still
    in the old form (plain copies after encrypting)."""

    path: Path
    old_backups: tuple[Path, ...]


def is_encrypted_file(path: Path) -> bool:
    """Whether `path` is an encrypted project file (or at least may be one: see
    `encryption.looks_encrypted`)."""
    return head(path, len(SQLITE_MAGIC)) != SQLITE_MAGIC and looks_encrypted(path)


def encrypt_file(path: Path, passphrase: str) -> Rewritten:
    """Encrypt the plain project at `path` with `passphrase`."""
    if is_encrypted_file(path):
        raise ProjectFileError(f"'{path.name}' is already encrypted.")
    _check_passphrase(passphrase)
    _rewrite(path, None, new_file_key(passphrase), wipe_old=True)
    return Rewritten(path, _backups(path))


def decrypt_file(path: Path, passphrase: str) -> Rewritten:
    """Store the encrypted project at `path` as a plain SQLite file again."""
    if not is_encrypted_file(path):
        check_project_file(path)  # a missing file or none of ours is worded as such
        raise ProjectFileError(f"'{path.name}' is not encrypted.")
    _rewrite(path, key_for(path, passphrase), None, wipe_old=False)
    return Rewritten(path, ())


def change_passphrase(path: Path, old: str, new: str) -> Rewritten:
    """Encrypt the project at `path` with `new` instead of `old` (and a new salt)."""
    if not is_encrypted_file(path):
        check_project_file(path)
        raise ProjectFileError(f"'{path.name}' is not encrypted.")
    _check_passphrase(new)
    _rewrite(path, key_for(path, old), new_file_key(new), wipe_old=True)
    return Rewritten(path, ())


def _check_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise ProjectFileError("A passphrase cannot be empty.")


def _backups(path: Path) -> tuple[Path, ...]:
    """The upgrade backups beside `path` (`name.v<n>.bak[k].duocoder`)."""
    pattern = backup_path(path, 0).name.replace(".v0.bak", ".v*.bak*")
    return tuple(sorted(p for p in path.parent.glob(pattern) if p.is_file()))


def _connect(path: Path, key: FileKey | None) -> Any:
    """A sqlcipher3 connection (sqlcipher_export is SQLCipher's), keyed if `key`."""
    conn = dbapi().connect(str(path), isolation_level=None, timeout=0)
    if key is not None:
        conn.execute(f'PRAGMA key = "{key.pragma_value()}"')
    return conn


def _rewrite(path: Path, old: FileKey | None, new: FileKey | None, *, wipe_old: bool) -> None:
    version = check_project_file(path, old)
    _check_schema(path, version, path.name, read_only=True, key=old)
    if not _writable(path):
        raise ReadOnlyProjectError(read_only_message(path))
    built = _build_name(path)
    errors = dbapi().Error
    try:
        _take_alone(path, old)
        source = _connect(path, old)
        try:
            source.execute("ATTACH DATABASE ? AS target KEY ?", (str(built), _key_text(new)))
            source.execute("SELECT sqlcipher_export('target')")
            source.execute(f"PRAGMA target.user_version = {int(version)}")
            source.execute(f"PRAGMA target.application_id = {APPLICATION_ID}")
            source.execute("DETACH DATABASE target")
            _compare(source, built, new, path)
        finally:
            source.close()
        _swap(built, path, wipe_old)
    except ProjectFileError:
        discard(built)
        raise
    except (OSError, errors) as exc:
        discard(built)
        raise translate(exc, path) from exc


def _key_text(key: FileKey | None) -> str:
    return "" if key is None else key.pragma_value()  # an empty key: a plain file


def _take_alone(path: Path, key: FileKey | None) -> None:
    """Fold the write-ahead log in and leave WAL mode, which SQLite allows only when no
    other connection has the file open: a window or command still working on the project
    would otherwise go on writing to the old file after the swap, and lose that work.

    This connection is made with the library the project is opened with (the stdlib's for a
    plain file): SQLite sees the locks of its own connections in this process only through
    its own bookkeeping, so sqlcipher3 would not see a plain project open in this process."""
    try:
        conn = connect(path, key, isolation_level=None, timeout=0)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        finally:
            conn.close()
    except operational_errors() as exc:
        raise ProjectBusyError(_busy(path)) from exc
    if str(mode).lower() != "delete":
        raise ProjectBusyError(_busy(path))


def _busy(path: Path) -> str:
    return f"'{path.name}' is open in another window or command; close it there first."


def _build_name(path: Path) -> Path:
    try:
        fd, name = tempfile.mkstemp(
            prefix=f".{path.stem}.", suffix=".rewriting.duocoder", dir=path.parent
        )
    except OSError as exc:
        raise translate(exc, path) from exc
    os.close(fd)
    os.unlink(name)  # SQLite creates the file
    return Path(name)


def _compare(source: Any, built: Path, key: FileKey | None, path: Path) -> None:
    """The new file passes SQLite's quick check and holds every table with as many rows."""
    target = _connect(built, key)
    try:
        check = target.execute("PRAGMA quick_check").fetchone()[0]
        names = [
            row[0]
            for row in source.execute(
                "SELECT name FROM main.sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for name in names:
            quoted = '"' + name.replace('"', '""') + '"'
            before = source.execute(f"SELECT count(*) FROM main.{quoted}").fetchone()[0]
            after = target.execute(f"SELECT count(*) FROM main.{quoted}").fetchone()[0]
            if before != after:
                check = f"table {name}: {after} rows instead of {before}"
                break
    finally:
        target.close()
    if check != "ok":
        raise ProjectFileError(
            f"'{path.name}' could not be rewritten ({check}); the file was left unchanged."
        )


def _swap(built: Path, path: Path, wipe_old: bool) -> None:
    """Rename the new file over the old one in one step; then, when `wipe_old`, overwrite the
    old file's bytes (still reachable through a second name made just before) with zeros."""
    shadow: Path | None = None
    if wipe_old:
        shadow = built.with_name(built.name.replace(".rewriting.", ".old."))
        try:
            os.link(path, shadow)
        except OSError:  # a file system without hard links: the old blocks are just freed
            shadow = None
    try:
        os.replace(built, path)
    except OSError:
        if shadow is not None:
            shadow.unlink(missing_ok=True)
        raise
    for side in ("-wal", "-shm", "-journal"):
        with suppress(OSError):
            path.with_name(path.name + side).unlink()
    if shadow is not None:
        _wipe(shadow)


def _wipe(path: Path) -> None:
    """Overwrite the file with zeros, flush it to disk and remove it."""
    try:
        size = path.stat().st_size
        zeros = bytes(1 << 20)
        with path.open("r+b") as fh:
            left = size
            while left > 0:
                left -= fh.write(zeros[: min(left, len(zeros))])
            fh.flush()
            os.fsync(fh.fileno())
    finally:
        with suppress(OSError):
            path.unlink()
