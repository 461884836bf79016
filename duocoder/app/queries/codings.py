"""Queries that coding shares with analysis and language features: the coder by name, a
code by path (created if asked), spans checked against their document."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from duocoder.app.queries import codes as code_q
from duocoder.domain import limits
from duocoder.domain.codepaths import close_paths, split_path
from duocoder.domain.errors import (
    DuplicateCodingError,
    NotFoundError,
    UnknownCodeError,
    ValidationError,
)
from duocoder.domain.limits import check_length
from duocoder.storage.models import (
    Code,
    Coder,
    Coding,
    Document,
    Memo,
)
from duocoder.storage.statements import insert_ignoring_duplicates, take_turns


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def coder_id(s: Session, name: str | None) -> int | None:
    if name is None or not name.strip():
        return None
    name = check_length("A coder name", " ".join(name.split()), limits.NAME)
    cid = s.scalar(select(Coder.id).where(Coder.name == name))
    if cid is None:
        # on a server the same name may be new in another session at this moment too: the
        # second insert then waits for the first and adds nothing, and both read one row
        s.execute(insert_ignoring_duplicates(s, Coder).values(name=name, guid=str(uuid.uuid4())))
        cid = s.scalar(select(Coder.id).where(Coder.name == name))
        if cid is None:  # only when another coder holds the new GUID, once in 2**122
            raise ValidationError(f"The coder '{name}' could not be added; try again.")
    return cid


def existing_coder_ids(s: Session, names: Iterable[str]) -> list[int]:
    """The ids of the coders named; a name that is no coder of the project is refused
    (a filter on a misspelt coder must not quietly count nothing)."""
    wanted = [" ".join(n.split()) for n in names]
    found = dict(s.execute(select(Coder.name, Coder.id).where(Coder.name.in_(wanted))).all())
    for name in wanted:
        if name not in found:
            raise NotFoundError(f"There is no coder '{name}' in this project.")
    return [found[n] for n in wanted]


def memo_row(s: Session, target: str, target_id: int | None) -> Memo | None:
    """The memo on a target ('project' with no id, 'document' or 'code' with one), if any."""
    same_id = Memo.target_id.is_(None) if target_id is None else Memo.target_id == target_id
    return s.scalars(select(Memo).where(Memo.target == target, same_id)).first()


_PROJECT_MEMO_TURN = 0x44554F43_4D454D4F  # "DUOCMEMO"


def new_memo_row(s: Session, target: str, target_id: int | None) -> Memo:
    """The memo on a target, made empty when it has none yet. Two coders writing the first
    memo of a target at the same moment on a server must end with one memo (the later
    write wins), not with a refused write: the insert skips a row the other session made
    meanwhile, and the row is then read. The project memo (no target id) is not guarded by
    the unique constraint, as NULLs never collide, so its sessions take turns instead."""
    row = memo_row(s, target, target_id)
    if row is not None:
        return row
    if target_id is None:
        take_turns(s, _PROJECT_MEMO_TURN)
        row = memo_row(s, target, target_id)  # made by the session that had the turn
    if row is None:
        s.execute(
            insert_ignoring_duplicates(s, Memo).values(
                target=target, target_id=target_id, text="", updated_at=now()
            )
        )
        row = memo_row(s, target, target_id)
    assert row is not None  # inserted now, or by the other session before it
    return row


def check_span(s: Session, doc_id: int, start: int, end: int) -> None:
    length = s.scalar(select(Document.length).where(Document.id == doc_id))
    if length is None:
        raise NotFoundError(f"There is no document with id {doc_id}.")
    check_within(length, start, end)


def check_within(length: int, start: int, end: int) -> None:
    """`check_span` for a document whose length the caller has read already."""
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
        raise ValidationError(
            f"A coding must lie within the text: 0 ≤ start < end ≤ {length}, "
            f"but it was {start}..{end}."
        )


def code_for(s: Session, ref: int | str, create: bool, created: list[str] | None = None) -> int:
    """The id of a code given by id or path (case-insensitive). A path that is not there is
    refused with the closest existing paths as suggestions (`UnknownCodeError`), unless
    `create` is true: then it is made, and the paths made are appended to `created`."""
    if isinstance(ref, int):
        if s.get(Code, ref) is None:
            raise NotFoundError(f"There is no code with id {ref}.")
        return ref
    names = [code_q.clean_code_name(n) for n in split_path(ref)]
    wanted = [n.casefold() for n in names]
    infos = code_q.code_infos(s)
    for info in infos:
        if [n.casefold() for n in split_path(info.path)] == wanted:
            return info.id
    if not create:
        raise UnknownCodeError(ref, close_paths(ref, [i.path for i in infos]))
    return code_q.ensure_path(s, names, created)


def codable(s: Session, code_id: int) -> int:
    code = s.get_one(Code, code_id)
    if not code.codable:
        raise ValidationError(
            f"'{code.name}' is a category that is not codable; choose one of its sub-codes."
        )
    return code_id


def _same_coder(coder: int | None) -> ColumnElement[bool]:
    return Coding.coder_id.is_(None) if coder is None else Coding.coder_id == coder


def is_coded(
    s: Session, doc_id: int, code_id: int, start: int, end: int, coder: int | None
) -> bool:
    """Whether this very coding (document, code, span and coder) is already there."""
    q = select(Coding.id).where(
        Coding.document_id == doc_id,
        Coding.code_id == code_id,
        Coding.start == start,
        Coding.end == end,
        _same_coder(coder),
    )
    return s.scalar(q.limit(1)) is not None


def coded_keys(s: Session, doc_id: int) -> set[tuple[int, int, int, int | None]]:
    """(code, start, end, coder) of every coding of a document: what `is_coded` asks, for
    many codings at once."""
    q = select(Coding.code_id, Coding.start, Coding.end, Coding.coder_id)
    return {(c, a, b, who) for c, a, b, who in s.execute(q.where(Coding.document_id == doc_id))}


def coded_keys_of(
    s: Session, doc_ids: Iterable[int]
) -> dict[int, set[tuple[int, int, int, int | None]]]:
    """`coded_keys` of many documents, a few hundred documents per query."""
    wanted = sorted(set(doc_ids))
    found: dict[int, set[tuple[int, int, int, int | None]]] = {d: set() for d in wanted}
    q = select(Coding.document_id, Coding.code_id, Coding.start, Coding.end, Coding.coder_id)
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        for doc, c, a, b, who in s.execute(q.where(Coding.document_id.in_(chunk))):
            found[doc].add((c, a, b, who))
    return found


def duplicate_error(
    s: Session, doc_id: int, code_id: int, start: int, end: int, coder: int | None
) -> DuplicateCodingError:
    """The sentence for a coding that is already there, with the names a researcher knows."""
    path = next((c.path for c in code_q.code_infos(s) if c.id == code_id), str(code_id))
    name = s.get_one(Document, doc_id).name
    who = s.get_one(Coder, coder).name if coder is not None else None
    return DuplicateCodingError(name, start, end, path, who)


@dataclass(frozen=True, slots=True)
class DuplicateCodings:
    """A passage coded more than once with the same code by the same coder: the coding
    kept (the oldest) and the repeats."""

    document: str
    code: str
    start: int
    end: int
    coder: str | None
    kept: int
    extra: tuple[int, ...]


def duplicates(s: Session) -> list[DuplicateCodings]:
    """Every repeated coding, in document and text order."""
    key = (Coding.document_id, Coding.code_id, Coding.start, Coding.end, Coding.coder_id)
    repeated = select(*key).group_by(*key).having(func.count(Coding.id) > 1).subquery("repeated")
    rows = s.execute(
        select(Coding.id, *key, Document.name, Coder.name)
        .join(
            repeated,
            and_(
                repeated.c.document_id == Coding.document_id,
                repeated.c.code_id == Coding.code_id,
                repeated.c.start == Coding.start,
                repeated.c.end == Coding.end,
                or_(
                    repeated.c.coder_id == Coding.coder_id,
                    and_(repeated.c.coder_id.is_(None), Coding.coder_id.is_(None)),
                ),
            ),
        )
        .join(Document, Document.id == Coding.document_id)
        .outerjoin(Coder, Coder.id == Coding.coder_id)
        .order_by(Document.position, Document.id, Coding.start, Coding.end, Coding.id)
    ).all()
    if not rows:
        return []
    paths = {c.id: c.path for c in code_q.code_infos(s)}
    groups: dict[tuple[Any, ...], list[Any]] = {}
    for row in rows:
        groups.setdefault(tuple(row[1:6]), []).append(row)
    return [
        DuplicateCodings(
            document=group[0][6],
            code=paths.get(k[1], str(k[1])),
            start=k[2],
            end=k[3],
            coder=group[0][7],
            kept=group[0][0],
            extra=tuple(r[0] for r in group[1:]),
        )
        for k, group in groups.items()
    ]
