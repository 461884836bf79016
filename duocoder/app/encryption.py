"""Encrypting a project at rest, for the faces: the window's File menu and the CLI's
`duocoder encrypt` / `decrypt` / `passphrase`.

Each works on a closed project file (a window closes its project first): the file is written
anew in the new form beside itself, checked, and renamed over the old one, so it is all or
nothing (see `duocoder.storage.reencrypt`). None of them is an undo step: undo changes a
project's contents, and these change only how the same contents are stored."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from duocoder.domain.errors import PassphraseNeededError, WrongPassphraseError
from duocoder.storage import reencrypt
from duocoder.storage.encryption import key_for

__all__ = [
    "EncryptionReport",
    "PassphraseNeededError",
    "WrongPassphraseError",
    "change_passphrase",
    "check_passphrase",
    "decrypt_project",
    "encrypt_project",
    "is_encrypted_file",
]


@dataclass(frozen=True, slots=True)
class EncryptionReport:
    """What changed: the project file, and `plain_backups`, the backups that earlier
    upgrades left beside it as unencrypted copies (the researcher may want to delete them:
    they are not touched, since a backup is theirs to keep or throw away)."""

    path: Path
    plain_backups: tuple[Path, ...]


def encrypt_project(path: str | Path, passphrase: str) -> EncryptionReport:
    """Encrypt the (closed) plain project at `path` with `passphrase`; the old unencrypted
    bytes are overwritten. Raises ProjectFileError in one sentence (already encrypted, open
    elsewhere, not a project) and then leaves the file as it was."""
    done = reencrypt.encrypt_file(Path(path), passphrase)
    return EncryptionReport(done.path, done.old_backups)


def decrypt_project(path: str | Path, passphrase: str) -> EncryptionReport:
    """Store the (closed) encrypted project at `path` unencrypted again; a wrong passphrase
    raises WrongPassphraseError and changes nothing."""
    done = reencrypt.decrypt_file(Path(path), passphrase)
    return EncryptionReport(done.path, done.old_backups)


def change_passphrase(path: str | Path, old: str, new: str) -> EncryptionReport:
    """Encrypt the (closed) encrypted project at `path` with `new` instead of `old`."""
    done = reencrypt.change_passphrase(Path(path), old, new)
    return EncryptionReport(done.path, done.old_backups)


def is_encrypted_file(path: str | Path) -> bool:
    """Whether the file at `path` is an encrypted project (to be asked its passphrase)."""
    return reencrypt.is_encrypted_file(Path(path))


def check_passphrase(path: str | Path, passphrase: str) -> bool:
    """Whether `passphrase` opens the encrypted project at `path` (a face asks again before
    it closes what is open, or starts a merge, with a wrong one)."""
    try:
        key_for(Path(path), passphrase)
    except WrongPassphraseError:
        return False
    return True
