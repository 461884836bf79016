"""Project files encrypted at rest with a passphrase (SQLCipher 4, through `sqlcipher3`).

An encrypted project is a SQLCipher database: every page, the header included, is
encrypted with AES-256 and authenticated with an HMAC, so a stolen laptop's project file
says nothing without its passphrase, not even that it is a DuoCoder project.

SQLCipher turns a passphrase into a key with PBKDF2-HMAC-SHA512 (256,000 rounds, salted by
the file's first 16 bytes) on every connection it opens, which costs about a tenth of a
second each; a project opens several connections (the checks, the engine's, the log's
fold-in at close). So the key is derived here once per opening, in the same way SQLCipher
would, and each connection is given the raw key with the salt (`PRAGMA key = "x'…'"`). The
file stays a standard SQLCipher 4 file: `sqlcipher` with `PRAGMA key = 'passphrase'` opens
it (a test checks this).

The passphrase and the derived key travel as arguments only: never in a URL (SQLAlchemy
logs those), an error message or a repr."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, cast

from duocoder.domain.errors import PassphraseNeededError, ProjectFileError, WrongPassphraseError

SQLITE_MAGIC = b"SQLite format 3\x00"
KDF_ROUNDS = 256_000  # SQLCipher 4's default, so its own tools open our files
SALT_BYTES = 16
KEY_BYTES = 32
_PAGE = 1024  # SQLCipher pages are 4096 bytes by default; any multiple of 1024 is possible


@dataclass(frozen=True)
class FileKey:
    """The raw key of one encrypted file and its salt; repr and str never show them."""

    key: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    def pragma_value(self) -> str:
        """The value for `PRAGMA key` or `ATTACH … KEY`: SQLCipher's raw key-and-salt form,
        which skips its own key derivation."""
        return f"x'{self.key.hex()}{self.salt.hex()}'"


def derive_key(passphrase: str, salt: bytes) -> FileKey:
    """The key SQLCipher 4 derives from `passphrase` for a file with this `salt`."""
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES)
    return FileKey(key, salt)


def new_file_key(passphrase: str) -> FileKey:
    """A key with a fresh random salt, for a file about to be created."""
    return derive_key(passphrase, os.urandom(SALT_BYTES))


@cache
def dbapi() -> ModuleType:
    """The sqlcipher3 DBAPI module, imported on first use (a plain project never needs it),
    with SQLCipher's own logging of failed decryptions to stderr switched off: a wrong
    passphrase is reported in one sentence, not in lines of its internals."""
    from sqlcipher3 import dbapi2

    quiet = dbapi2.connect(":memory:")
    try:
        quiet.execute("PRAGMA cipher_log_level = NONE")
    finally:
        quiet.close()
    return dbapi2


def database_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """The DBAPI errors a project file can raise, plain or encrypted, and `also` (for an
    `except` clause). sqlcipher3's are included only once it was loaded: before that no
    encrypted file was opened, and a plain project's command need not import it."""
    return _errors("DatabaseError", also)


def operational_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """The DBAPI errors of a failed write (full disk, lock, read-only), plain or encrypted,
    and `also`."""
    return _errors("OperationalError", also)


def _errors(name: str, also: tuple[type[Exception], ...]) -> tuple[type[Exception], ...]:
    found: list[type[Exception]] = [getattr(sqlite3, name)]
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    if loaded is not None:
        found.append(getattr(loaded, name))
    return (*found, *also)


def connect(database: str | Path, key: FileKey | None, **kwargs: Any) -> sqlite3.Connection:
    """A DBAPI connection to `database` (a path or, with uri=True, a file: URI): the stdlib
    sqlite3 one for a plain file, a sqlcipher3 one keyed before anything else runs for an
    encrypted one. Both speak the same DBAPI (sqlcipher3 is a fork of the stdlib module), so
    callers treat the result as a sqlite3 connection."""
    if key is None:
        return cast(sqlite3.Connection, sqlite3.connect(database, **kwargs))
    conn = dbapi().connect(str(database), **kwargs)
    try:
        conn.execute(f'PRAGMA key = "{key.pragma_value()}"')  # must be the first statement
    except BaseException:
        conn.close()
        raise
    return cast(sqlite3.Connection, conn)


def head(path: Path, size: int = 100) -> bytes:
    """The first `size` bytes of the file (empty when it cannot be read)."""
    try:
        with path.open("rb") as fh:
            return fh.read(size)
    except OSError:
        return b""


def looks_encrypted(path: Path) -> bool:
    """Whether `path` could be a SQLCipher file: not a plain SQLite file, not empty, and a
    whole number of pages long. Without the passphrase an encrypted file cannot be told
    from random bytes, so this only says whether asking for a passphrase makes sense."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    start = head(path, _PAGE)
    return (
        size >= _PAGE
        and size % _PAGE == 0
        and not start.startswith(SQLITE_MAGIC)
        and not start.startswith(b"PK")  # a zip (.docx, .xlsx, .qdpx) is never a project
        and not _is_text(start)  # encrypted pages look random: never valid UTF-8 text
    )


def _is_text(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def needed_message(path: Path) -> str:
    return f"'{path.name}' is encrypted: its passphrase is needed to open it."


def wrong_message(path: Path) -> str:
    return f"The passphrase for '{path.name}' is not right."


def key_for(path: Path, passphrase: str | None) -> FileKey | None:
    """The key to open `path` with: None for a plain SQLite file (whatever the passphrase),
    the checked key for an encrypted one. Raises PassphraseNeededError when the file is
    encrypted and no passphrase was given, WrongPassphraseError when the passphrase does not
    open it; other files are left for the header check to word."""
    if head(path, len(SQLITE_MAGIC)) == SQLITE_MAGIC or not looks_encrypted(path):
        return None
    if passphrase is None:
        raise PassphraseNeededError(str(path), needed_message(path))
    key = derive_key(passphrase, head(path, SALT_BYTES))
    if not opens_with(path, key):
        raise WrongPassphraseError(str(path), wrong_message(path))
    return key


def opens_with(path: Path, key: FileKey) -> bool:
    """Whether `key` decrypts the file (its first page's HMAC checks out)."""
    try:
        conn = connect(_read_only_uri(path), key, uri=True)
    except dbapi().Error:
        return False
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi().DatabaseError:
        return False
    finally:
        conn.close()
    return True


def read_header(path: Path, key: FileKey) -> tuple[int, int]:
    """(application id, user_version) of an encrypted file, read without writing beside it."""
    try:
        conn = connect(_read_only_uri(path), key, uri=True)
        try:
            (application_id,) = conn.execute("PRAGMA application_id").fetchone()
            (version,) = conn.execute("PRAGMA user_version").fetchone()
        finally:
            conn.close()
    except dbapi().Error as exc:
        raise ProjectFileError(f"'{path.name}' cannot be read ({exc}).") from exc
    return int(application_id), int(version)


def _read_only_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro&immutable=1"
