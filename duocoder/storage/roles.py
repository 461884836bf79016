"""Who may do what in a team project: places given to PostgreSQL roles, enforced by the server.

The window and the CLI grey out or refuse what a place does not allow, but the guarantee is
the server's own: each place is a set of table privileges granted to an existing PostgreSQL
role, so a reader who bypasses DuoCoder (psql, a script) can still only read.

- reader: SELECT on every table; retrieves, analyses and exports.
- coder: a reader who may also code, recode, write memos and undo their own steps: write
  privileges on exactly the tables that coding touches (`CODER_TABLES`).
- owner: every privilege on every table, with the right to pass them on (so an owner can
  grant places too). Changing the schema itself (a format upgrade) stays with the role
  that created the project, which owns the tables.

Privileges are granted directly to the role, table by table: no group roles are created, so
the project's creator needs no CREATEROLE right on the university's server, only the tables
it made. A DuoCoder session still creates its temporary undo log (PostgreSQL lets every role
create temporary tables unless the administrator revoked that)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Connection, text

from duocoder.domain.errors import ValidationError
from duocoder.storage.fileformat import FORMAT_TABLE
from duocoder.storage.models import Base
from duocoder.storage.recorder import ident

Place = Literal["reader", "coder", "owner"]
PLACES: tuple[Place, ...] = ("reader", "coder", "owner")

CODER_TABLES = frozenset(
    {
        "codings",
        "coding_guids",
        "coding_changes",
        "memos",
        "coders",
        "coder_colors",
        "history_steps",
        "history_parts",
        "nlp_rejections",
        "recordings",
        "sync_marks",
    }
)
"""The tables a coder writes: codings with their GUIDs and change marks, memos, the coder's
own name and colour, the undo history, rejected code suggestions, and the recordings linked
to documents with the sync marks set while listening (a path differs per laptop, so each
coder links and relinks their own)."""

_WRITE = "INSERT, UPDATE, DELETE"


@dataclass(frozen=True, slots=True)
class Member:
    """A role with a place in the project; `creator` owns the tables themselves."""

    role: str
    place: Place
    creator: bool = False


def _tables() -> list[str]:
    return [t.name for t in Base.metadata.sorted_tables] + [FORMAT_TABLE]


def _sequences(conn: Connection) -> list[str]:
    return list(
        conn.execute(
            text(
                "SELECT sequence_name FROM information_schema.sequences "
                "WHERE sequence_schema = current_schema()"
            )
        ).scalars()
    )


def role_exists(conn: Connection, role: str) -> bool:
    return bool(
        conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).scalar()
    )


def _check_role(conn: Connection, role: str) -> None:
    if not role_exists(conn, role):
        raise ValidationError(
            f"The server has no role '{role}': ask its administrator to create it "
            "(CREATE ROLE … LOGIN), then give it its place."
        )


def owner_of_tables(conn: Connection) -> str:
    """The role that created the project (owns its tables)."""
    return str(
        conn.execute(
            text(
                "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = 'codings'"
            )
        ).scalar()
    )


def place_of(conn: Connection, role: str | None = None) -> Place | None:
    """The place of `role` (default: the session's own role), None when it has none."""
    who = role if role is not None else str(conn.execute(text("SELECT current_user")).scalar())
    row = conn.execute(
        text(
            "SELECT has_table_privilege(:r, 'codes', 'INSERT'), "
            "has_table_privilege(:r, 'codings', 'INSERT'), "
            "has_table_privilege(:r, 'codings', 'SELECT')"
        ),
        {"r": who},
    ).one()
    if row[0]:
        return "owner"
    if row[1]:
        return "coder"
    if row[2]:
        return "reader"
    return None


def grant(conn: Connection, role: str, place: Place) -> None:
    """Give `role` exactly the privileges of `place` (replacing the ones it had)."""
    if place not in PLACES:
        raise ValidationError(f"A place must be one of {', '.join(PLACES)}.")
    _check_role(conn, role)
    if role == owner_of_tables(conn):
        raise ValidationError(
            f"'{role}' created this project and owns it; its place cannot be changed."
        )
    who = ident(role)
    _revoke_all(conn, who)
    _give(conn, who, place, _tables(), _sequences(conn))
    kept = place_of(conn, role)
    if kept != place:
        raise ValidationError(
            f"'{role}' keeps the place of {kept} that another owner gave it: only that owner "
            "or the project's creator can change it."
        )


def revoke(conn: Connection, role: str) -> None:
    """Take every place in the project from `role`. Refused when the privileges remain
    (granted by another owner, whose grant only they or the creator can take back)."""
    _check_role(conn, role)
    if role == owner_of_tables(conn):
        raise ValidationError(f"'{role}' created this project and owns it; it cannot be removed.")
    _revoke_all(conn, ident(role))
    if place_of(conn, role) is not None:
        raise ValidationError(
            f"'{role}' keeps its place: another owner gave it, and only that owner or the "
            "project's creator can take it back."
        )


def _revoke_all(conn: Connection, who: str) -> None:
    tables = ", ".join(ident(t) for t in _tables())
    conn.exec_driver_sql(f"REVOKE ALL ON {tables} FROM {who} CASCADE")
    sequences = ", ".join(ident(s) for s in _sequences(conn))
    if sequences:
        conn.exec_driver_sql(f"REVOKE ALL ON SEQUENCE {sequences} FROM {who} CASCADE")


def members(conn: Connection) -> list[Member]:
    """Every role with a place in the project, the creator first."""
    creator = owner_of_tables(conn)
    # from the table's access list itself: information_schema shows only the grants the
    # current role made or received, not those another owner made
    roles = conn.execute(
        text(
            "SELECT DISTINCT pg_get_userbyid(a.grantee) FROM pg_class c, "
            "aclexplode(c.relacl) a WHERE c.oid = 'codings'::regclass AND a.grantee <> 0 "
            "AND pg_get_userbyid(a.grantee) <> :c ORDER BY 1"
        ),
        {"c": creator},
    ).scalars()
    found = [Member(creator, "owner", creator=True)]
    for role in roles:
        place = place_of(conn, role)
        if place is not None:
            found.append(Member(role, place))
    return found


def extend_places(conn: Connection, table: str) -> None:
    """Give every member the privileges their place holds on a table a format upgrade
    added (and on its id sequence), as `grant` would have: run by the creator, who owns
    the new table and so may grant on it."""
    sequences = [s for s in _sequences(conn) if s.startswith(f"{table}_")]
    for member in members(conn):
        if not member.creator:
            _give(conn, ident(member.role), member.place, [table], sequences)


def _give(
    conn: Connection, who: str, place: Place, tables: list[str], sequences: list[str]
) -> None:
    """Grant `who` (quoted) what `place` holds on `tables` and `sequences`."""
    names = ", ".join(ident(t) for t in tables)
    conn.exec_driver_sql(f"GRANT SELECT ON {names} TO {who}")
    writable = ", ".join(ident(t) for t in sorted(CODER_TABLES & set(tables)))
    if place == "coder" and writable:
        conn.exec_driver_sql(f"GRANT {_WRITE} ON {writable} TO {who}")
    elif place == "owner":
        conn.exec_driver_sql(f"GRANT ALL ON {names} TO {who} WITH GRANT OPTION")
    if place != "reader" and sequences:
        listed = ", ".join(ident(s) for s in sequences)
        option = " WITH GRANT OPTION" if place == "owner" else ""
        conn.exec_driver_sql(f"GRANT USAGE, SELECT ON SEQUENCE {listed} TO {who}{option}")
