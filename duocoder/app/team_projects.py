"""Opening a team project on a PostgreSQL server the way a researcher does it in the window:
from a host, port, database and user name, with the password from the PostgreSQL password or
service file, else from the system keyring, else typed in.

The window (File ▸ Open team project…, the recent projects, `duocoder gui postgresql://…`)
is a thin face over `open_team_project`: it calls it without a password first, asks for one
only on PasswordNeededError, and calls it again with what was typed. So the whole order of
where a password comes from is here, where a test can follow it without a window."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from sqlalchemy import URL

from duocoder.app import credentials
from duocoder.app.project import Project
from duocoder.domain.errors import PasswordNeededError, WrongPasswordError
from duocoder.storage.server import display, is_server_address, parse_address

DEFAULT_HOST = "localhost"
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class TeamAddress:
    """The parts of a team project's address, as the window's fields show them."""

    host: str
    port: int
    database: str
    user: str


def is_team_address(text: str) -> bool:
    """Whether `text` names a team project (a postgresql:// address), not a project file."""
    return is_server_address(text)


def default_user() -> str:
    """The operating system's user name: libpq's own default, and most often the server's."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment nor the password database
        return ""


def build_address(host: str, port: int, database: str, user: str) -> str:
    """The address of the team project in `database` on `host`, as people read it and as it
    is remembered: postgresql://user@host:port/database (never a password)."""
    url = URL.create(
        "postgresql",
        username=user.strip() or None,
        host=host.strip() or DEFAULT_HOST,
        port=port,
        database=database.strip(),
    )
    return display(url)


def address_parts(address: str) -> TeamAddress:
    """The fields of `address` for the window: libpq's defaults where it leaves one out."""
    url = parse_address(address)
    return TeamAddress(
        host=url.host or DEFAULT_HOST,
        port=url.port or DEFAULT_PORT,
        database=url.database or "",
        user=url.username or default_user(),
    )


def open_team_project(
    address: str, password: str | None = None, *, remember: bool = False
) -> Project:
    """Open the team project at `address`.

    Without `password`: first as libpq finds it (the password or service file, or a server
    that trusts this computer), then with the password remembered in the keyring. When that
    one is refused it is forgotten, and PasswordNeededError is raised as when none was
    remembered: the face asks for it. With `password` (typed by the researcher): that one,
    WrongPasswordError when the server refuses it; once it worked it is remembered in the
    keyring if `remember` asks for it and this system has one."""
    if password is not None:
        project = Project.open(address, password=password)
        if remember:
            credentials.remember(project.address, password)
        return project
    try:
        return Project.open(address)
    except PasswordNeededError as needed:
        key = needed.address
        stored = credentials.remembered(key)
        if stored is None:
            raise
        try:
            return Project.open(address, password=stored)
        except WrongPasswordError:
            credentials.forget(key)  # changed on the server since: ask for the new one
            raise needed from None
