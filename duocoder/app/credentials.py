"""Team project passwords the researcher asked DuoCoder to remember, in the operating
system's keyring (Windows Credential Manager, macOS Keychain, the Secret Service of GNOME or
KDE), through the `keyring` library.

This is the only place DuoCoder keeps a password: never in a project, the settings, the list
of recent projects, a log or a message. Each is filed under the service `SERVICE` and the
project's address as people read it (postgresql://user@host:port/database), so one entry
per user and database, and a researcher can find and delete it in the system's own tool.

A computer without a usable keyring (a Linux machine without a desktop session often has
only keyring's "fail" backend) simply remembers nothing: `can_remember` says so, the window
says it once, and the password is asked each time. No function here raises: a keyring that
is locked, refuses or breaks only means the password is not remembered (or not found)."""

from __future__ import annotations

import logging

SERVICE = "DuoCoder team project"

log = logging.getLogger(__name__)


def can_remember() -> bool:
    """Whether this system has a keyring DuoCoder can store passwords in."""
    try:
        import keyring
        from keyring.backends import fail, null

        backend = keyring.get_keyring()
    except Exception as exc:  # a backend's set-up may fail in any of its own ways
        log.warning("No usable keyring: %s", type(exc).__name__)
        return False
    return not isinstance(backend, fail.Keyring | null.Keyring)


def remembered(address: str) -> str | None:
    """The password remembered for the team project at `address`, if any."""
    if not can_remember():
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, address)
    except Exception as exc:  # locked, refused, or a broken D-Bus: nothing remembered
        log.warning("The keyring could not be read: %s", type(exc).__name__)
        return None


def remember(address: str, password: str) -> bool:
    """Keep `password` for `address` in the keyring; whether that worked."""
    if not can_remember():
        return False
    try:
        import keyring

        keyring.set_password(SERVICE, address, password)
    except Exception as exc:  # never the message: a backend might quote what it was given
        log.warning("The keyring did not keep the password: %s", type(exc).__name__)
        return False
    return True


def forget(address: str) -> None:
    """Remove the password remembered for `address` (one the server no longer accepts)."""
    if not can_remember():
        return
    try:
        import keyring

        keyring.delete_password(SERVICE, address)
    except Exception as exc:  # none was remembered, or the keyring refuses: nothing to do
        log.debug("No password forgotten: %s", type(exc).__name__)
