"""Stable GUIDs of documents and codings (tables `document_guids`, `coding_guids`).

A GUID is what another program knows a document or a coding by: REFI-QDA exchange files
(.qdpx) name sources and selections by GUID, and a project that travels out and back must
find its own rows again. Codes and coders keep theirs in a column of their own tables.

Every `Document` and `Coding` added through a session gets a new random (uuid4) GUID in the
same transaction: the session collects them as they are flushed (`after_flush`), and
`assign(session)` writes their rows in one statement. `Project._run` calls `assign` before
the undo step is taken, so the GUID rows belong to the step (a redo brings back the same
GUID); a commit calls it again for any write made outside `_run`. Code that creates rows
from a file that already names them (an import) calls `choose(session, row, guid)` first to
keep that GUID instead."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from duocoder.storage.models import Coding, CodingGuid, Document, DocumentGuid, table_of
from duocoder.storage.recorder import RowChange
from duocoder.storage.statements import insert_values

_PENDING = "duocoder_pending_guids"
_CHOSEN = "duocoder_chosen_guids"
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})\}?$")


def new_guid() -> str:
    return str(uuid.uuid4())


def new_guids(count: int) -> list[str]:
    """`count` random (version 4) GUIDs as `new_guid` writes them, made from one read of
    the system's random source: 100,000 `uuid4()` calls cost more than the insert."""
    raw = bytearray(os.urandom(16 * count))
    raw[6::16] = bytes((b & 0x0F) | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes((b & 0x3F) | 0x80 for b in raw[8::16])  # RFC 4122 variant
    h = raw.hex()
    return [
        "-".join(
            (
                h[i : i + 8],
                h[i + 8 : i + 12],
                h[i + 12 : i + 16],
                h[i + 16 : i + 20],
                h[i + 20 : i + 32],
            )
        )
        for i in range(0, 32 * count, 32)
    ]


def canonical(guid: str) -> str | None:
    """`guid` as stored (lower case, no braces), or None when it is no 8-4-4-4-12 GUID."""
    found = _GUID.match(guid.strip())
    return found.group(1).lower() if found else None


def choose(session: Session, row: Document | Coding, guid: str) -> None:
    """Give `row` (added to `session`, not yet given a GUID) this GUID instead of a new one.
    The caller makes sure it is unused in the project (the column is unique)."""
    value = canonical(guid)
    if value is None:
        raise ValueError(f"not a GUID: {guid!r}")
    session.info.setdefault(_CHOSEN, {})[id(row)] = value


def _collect(session: Session, _context: Any) -> None:
    new = [o for o in session.new if isinstance(o, Document | Coding)]
    if new:
        session.info.setdefault(_PENDING, []).extend(new)


def assign(session: Session) -> None:
    """Write the GUID rows of the documents and codings flushed so far in `session`."""
    session.flush()
    pending = [o for o in session.info.pop(_PENDING, []) if inspect(o).persistent]
    if not pending:
        return
    chosen: dict[int, str] = session.info.pop(_CHOSEN, {})
    docs = [
        {"document_id": o.id, "guid": chosen.get(id(o)) or new_guid()}
        for o in pending
        if isinstance(o, Document)
    ]
    codings = [
        {"coding_id": o.id, "guid": chosen.get(id(o)) or new_guid()}
        for o in pending
        if isinstance(o, Coding)
    ]
    conn = session.connection()
    if docs:
        conn.execute(insert(table_of(DocumentGuid)), docs)
    if codings:
        conn.execute(insert(table_of(CodingGuid)), codings)


def assign_codings(session: Session, coding_ids: Sequence[int]) -> None:
    """New GUIDs for codings written with a Core INSERT (a bulk coding of 100,000 rows, which
    the session never sees as objects, so `assign` cannot), in one statement. Call it inside
    the same `_run` as the insert, so the GUID rows belong to that undo step."""
    if coding_ids:
        rows = list(zip(coding_ids, new_guids(len(coding_ids)), strict=True))
        insert_values(session, table_of(CodingGuid), ("coding_id", "guid"), rows)


def _before_commit(session: Session) -> None:
    assign(session)


def _forget(session: Session, _previous: Any = None) -> None:
    session.info.pop(_PENDING, None)
    session.info.pop(_CHOSEN, None)


def install(factory: sessionmaker[Session]) -> None:
    """Give every session `factory` makes GUIDs for the documents and codings it adds."""
    event.listen(factory, "after_flush", _collect)
    event.listen(factory, "before_commit", _before_commit)
    event.listen(factory, "after_soft_rollback", _forget)


def restore_missing(conn: Connection, replayed: Sequence[RowChange]) -> None:
    """After an undo or redo: a document or coding that a step recorded before format 5
    brought back has no GUID row in the step, so it gets a new GUID here."""
    wanted: dict[str, set[int]] = {"documents": set(), "codings": set()}
    brought: dict[str, set[int]] = {"documents": set(), "codings": set()}
    owners = {
        "document_guids": ("documents", "document_id"),
        "coding_guids": ("codings", "coding_id"),
    }
    for row in replayed:
        if row.before is None and row.after is not None:
            if row.table in wanted:
                wanted[row.table].add(int(row.after["id"]))
            elif row.table in owners:
                owner, column = owners[row.table]
                brought[owner].add(int(row.after[column]))
    for owner in wanted:
        wanted[owner] -= brought[owner]  # the step brought their GUID rows back itself
    for owner, model, key in (
        ("documents", DocumentGuid, "document_id"),
        ("codings", CodingGuid, "coding_id"),
    ):
        if not wanted[owner]:
            continue
        table = table_of(model)
        ids = sorted(wanted[owner])
        have: set[int] = set()
        for i in range(0, len(ids), 1000):  # a server takes at most 65,535 parameters
            chunk = ids[i : i + 1000]
            have.update(conn.execute(select(table.c[key]).where(table.c[key].in_(chunk))).scalars())
        missing = [{key: i, "guid": new_guid()} for i in ids if i not in have]
        if missing:
            conn.execute(insert(table), missing)


def document_guids(session: Session) -> dict[int, str]:
    """Every document's GUID by document id."""
    t = table_of(DocumentGuid)
    return {int(i): str(g) for i, g in session.execute(select(t.c.document_id, t.c.guid))}


def coding_guids(session: Session) -> dict[int, str]:
    """Every coding's GUID by coding id."""
    t = table_of(CodingGuid)
    return {int(i): str(g) for i, g in session.execute(select(t.c.coding_id, t.c.guid))}
