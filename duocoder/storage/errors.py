"""What a failed write to the project file means to a researcher, in one sentence.

SQLite reports a full disk, a read-only file or a held lock as an OperationalError whose
text (with SQL, parameters and a URL, once SQLAlchemy wraps it) means nothing to a
researcher; and an import that fails because the disk is full must not blame the
transcript. Every write path maps its errors through `translate`."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from duocoder.domain.errors import (
    DiskFullError,
    DuoCoderError,
    ProjectBusyError,
    ProjectFileError,
    ReadOnlyProjectError,
)

_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))
_READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)


def _sqlite_error(exc: BaseException) -> BaseException:
    """The driver's own exception inside SQLAlchemy's wrapper, if there is one."""
    return getattr(exc, "orig", None) or exc


def translate(exc: BaseException, path: Path) -> DuoCoderError:
    """The error to show for `exc`, raised while writing the project at `path`."""
    if isinstance(exc, DuoCoderError):
        return exc
    inner = _sqlite_error(exc)
    extended = getattr(inner, "sqlite_errorcode", None)
    code = extended & 0xFF if isinstance(extended, int) else None  # the primary result code
    text = str(inner).lower()
    name = path.name
    if isinstance(inner, OSError) and inner.errno in _FULL:
        return DiskFullError("The disk is full: nothing was changed.")
    if code == sqlite3.SQLITE_FULL or "database or disk is full" in text:
        return DiskFullError("The disk is full: nothing was changed.")
    if (isinstance(inner, OSError) and inner.errno in _READ_ONLY) or (
        code == sqlite3.SQLITE_READONLY or "readonly database" in text
    ):
        return ReadOnlyProjectError(
            f"'{name}' is read-only: open it from a folder you can write to, or make a copy."
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text or "busy" in text:
        return ProjectBusyError(
            "The project is busy: another window or command is changing it. Try again."
        )
    if code == sqlite3.SQLITE_IOERR or "disk i/o error" in text:
        return ProjectFileError(
            f"'{name}' could not be written because of a disk error; nothing was changed."
        )
    if code == sqlite3.SQLITE_CANTOPEN or "unable to open database" in text:
        return ProjectFileError(
            f"'{name}' could not be opened for writing; check that its folder still exists "
            "and that you may write to it."
        )
    if isinstance(inner, OSError):
        reason = inner.strerror or type(inner).__name__
        return ProjectFileError(f"'{name}' could not be written ({reason}); nothing was changed.")
    return ProjectFileError(f"'{name}' could not be changed ({inner}); nothing was changed.")


def is_storage_error(exc: BaseException) -> bool:
    """Is `exc` a failure of the project file itself (not of some input being read)?"""
    from duocoder.storage.encryption import operational_errors

    return isinstance(exc, ProjectFileError) or isinstance(_sqlite_error(exc), operational_errors())
