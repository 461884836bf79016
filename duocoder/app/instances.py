"""One window per project: which project files are the same one, and the name under which
the window that has a project open can be found by another DuoCoder process.

A researcher who double-clicks a project that is already open expects the open window to
come forward, not a second window that codes into the same file beside it. The window part
(a local socket that answers "bring yourself forward") lives in the GUI; what counts as
"the same project" and the socket's name are decided here, without Qt, so they can be
tested on their own and agree between every process of one user."""

from __future__ import annotations

import getpass
import hashlib
import os
import sys
from pathlib import Path

from duocoder.storage.server import is_server_address

NAME_PREFIX = "duocoder-"
"""Every instance name starts so; the rest is a hash (the socket lives in a shared temp
folder on Linux and macOS, where a path in its name would tell others what one works on)."""


def case_insensitive_files(platform: str | None = None) -> bool:
    """Whether file names differ only in case on this system's usual disks: Windows and
    macOS (APFS and HFS+ by default), not Linux."""
    platform = sys.platform if platform is None else platform
    return platform.startswith("win") or platform == "darwin"


def project_key(project: str | Path, platform: str | None = None) -> str:
    """What makes two ways of naming a project the same project: a file by its resolved,
    absolute path (through symbolic links and `..`), compared without case where the system
    ignores it; a team project by its address with the scheme and host in lower case (the
    database and user name are case-sensitive in PostgreSQL)."""
    text = str(project).strip()
    if is_server_address(text):
        scheme, _, rest = text.partition("://")
        who, at, where = rest.rpartition("@")
        host, slash, database = where.partition("/")
        return f"{scheme.lower()}://{who}{at}{host.lower()}{slash}{database}"
    path = Path(os.path.expanduser(text))
    try:
        resolved = str(path.resolve())
    except (OSError, RuntimeError):  # a link loop, or a name the system refuses
        resolved = os.path.abspath(path)
    return resolved.casefold() if case_insensitive_files(platform) else resolved


def login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on this system: the home folder tells users apart
        return str(Path.home())


def instance_name(project: str | Path, user: str | None = None, platform: str | None = None) -> str:
    """The local socket name under which the window with `project` open answers, the same
    in every process of one user and different for every other user of the machine (two
    people on one computer may each open their own copy at the same path)."""
    key = project_key(project, platform)
    who = login() if user is None else user
    digest = hashlib.sha256(f"{who}\0{key}".encode()).hexdigest()[:32]
    return NAME_PREFIX + digest
