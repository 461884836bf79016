"""Writing an export so that a failure never costs the researcher the previous file.

An export written straight onto its target destroys the good file the moment it is opened
for writing; a full disk or a crash half-way then leaves a truncated .xlsx or .docx that
Excel or Word refuses. Every export is therefore written to a hidden temporary file in the
same folder (same file system, so the final rename is atomic), flushed to disk, given the
target's permission bits, and only then renamed over the target. On any failure the
temporary file is removed and the target is untouched.

An export also never overwrites a SQLite database: such a file is most likely a DuoCoder
project (whatever its name), and a mistyped output name must not turn it into a table."""

from __future__ import annotations

import errno
import os
import secrets
import stat
from collections.abc import Callable
from pathlib import Path

from duocoder.domain.errors import DiskFullError, DuoCoderError, ValidationError

SQLITE_HEADER = b"SQLite format 3\x00"
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_NOT_ALLOWED = {errno.EACCES, errno.EPERM, errno.EROFS}


def check_export_target(path: str | os.PathLike[str]) -> Path:
    """Refuse a target that must not be overwritten: a folder, a read-only file, or a
    SQLite database. Returns the path to write to (a symbolic link is written through)."""
    path = Path(path)
    if path.is_symlink():
        path = path.resolve()
    try:
        info = path.stat()
    except OSError:
        return path  # nothing there yet (or unreadable: the write will say why)
    if stat.S_ISDIR(info.st_mode):
        raise ValidationError(f"'{path.name}' is a folder, so an export cannot be written there.")
    if stat.S_ISREG(info.st_mode):
        if is_sqlite_file(path):
            raise ValidationError(
                f"'{path.name}' is a database (probably a DuoCoder project), so an export "
                "will not overwrite it."
            )
        if not info.st_mode & stat.S_IWUSR:
            raise DuoCoderError(f"Could not write '{path.name}': the file is read-only.")
    return path


def is_sqlite_file(path: Path) -> bool:
    """Whether `path` starts with the SQLite header (every plain DuoCoder project does) or is
    a project file encrypted with a passphrase (which has no readable header at all)."""
    from duocoder.storage.encryption import looks_encrypted

    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER:
                return True
    except OSError:
        return False
    return looks_encrypted(path)


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], object]) -> Path:
    """Call `write(temporary_path)`, then put the result in place of `path`.

    Errors become one sentence: `DiskFullError` for a full disk or quota, `DuoCoderError`
    for a folder or file that cannot be written; in every case the previous file at `path`
    (if any) is unchanged and no temporary file is left behind. Returns the path written."""
    target = check_export_target(path)
    shown = Path(path).name
    try:
        previous = target.stat()
    except OSError:
        previous = None
    tmp = _create_temporary(target, shown)
    try:
        write(tmp)
        if previous is not None:
            os.chmod(tmp, stat.S_IMODE(previous.st_mode))
        _flush(tmp)
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _sentence(exc, shown, target, previous is not None) from None
        raise
    _flush_folder(target.parent)
    return Path(path)


def _create_temporary(target: Path, shown: str) -> Path:
    """An empty hidden file beside `target`, created with the permissions of a new file
    (0666 less the umask) rather than mkstemp's 0600, which would hide a new export from
    colleagues sharing the folder."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(tmp, flags, 0o666))
        except FileExistsError:
            continue
        except OSError as exc:
            raise _sentence(exc, shown, target, target.exists()) from None
        return tmp
    raise DuoCoderError(f"Could not write '{shown}': no temporary file could be made beside it.")


def _flush(tmp: Path) -> None:
    """Get the bytes onto the disk before the rename: some file systems report a full disk
    only here, and a crash after the rename must not leave an empty file."""
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())


def _flush_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows (not on Windows)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _sentence(exc: OSError, shown: str, target: Path, existed: bool) -> DuoCoderError:
    kept = ", and the previous file is unchanged" if existed else ""
    if exc.errno in _DISK_FULL:
        return DiskFullError(f"The disk is full: '{shown}' was not written{kept}.")
    if isinstance(exc, FileNotFoundError) and not target.parent.is_dir():
        return DuoCoderError(
            f"Could not write '{shown}': the folder '{target.parent}' does not exist."
        )
    if isinstance(exc, IsADirectoryError):
        return DuoCoderError(f"Could not write '{shown}': it is a folder.")
    if exc.errno in _NOT_ALLOWED:
        if existed and os.access(target.parent, os.W_OK):
            return DuoCoderError(
                f"Could not write '{shown}': it is open in another program or cannot be "
                f"replaced{kept}."
            )
        return DuoCoderError(
            f"Could not write '{shown}': the folder '{target.parent}' cannot be written to."
        )
    reason = (exc.strerror or str(exc)).rstrip(".")
    return DuoCoderError(f"Could not write '{shown}': {reason}{kept}.")
