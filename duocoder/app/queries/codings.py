"""Queries that coding shares with analysis and language features: the coder by name, a
code by path (created if asked), spans checked against their document."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from duocoder.app.queries import codes as code_q
from duocoder.domain import limits
from duocoder.domain.codepaths import split_path
from duocoder.domain.errors import NotFoundError, ValidationError
from duocoder.domain.limits import check_length
from duocoder.storage.models import (
    Code,
    Coder,
    Document,
)


def now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def coder_id(s: Session, name: str | None) -> int | None:
    if name is None or not name.strip():
        return None
    name = check_length("A coder name", " ".join(name.split()), limits.NAME)
    cid = s.scalar(select(Coder.id).where(Coder.name == name))
    if cid is None:
        coder = Coder(name=name, guid=str(uuid.uuid4()))
        s.add(coder)
        s.flush()
        cid = coder.id
    return cid


def check_span(s: Session, doc_id: int, start: int, end: int) -> None:
    length = s.scalar(select(Document.length).where(Document.id == doc_id))
    if length is None:
        raise NotFoundError(f"There is no document with id {doc_id}.")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length):
        raise ValidationError(
            f"A coding must lie within the text: 0 ≤ start < end ≤ {length}, "
            f"but it was {start}..{end}."
        )


def code_for(s: Session, ref: int | str, create: bool) -> int:
    if isinstance(ref, int):
        if s.get(Code, ref) is None:
            raise NotFoundError(f"There is no code with id {ref}.")
        return ref
    names = [code_q.clean_code_name(n) for n in split_path(ref)]
    wanted = [n.casefold() for n in names]
    for info in code_q.code_infos(s):
        if [n.casefold() for n in split_path(info.path)] == wanted:
            return info.id
    if not create:
        raise NotFoundError(f"There is no code '{ref}' in this project.")
    return code_q.ensure_path(s, names)


def codable(s: Session, code_id: int) -> int:
    code = s.get_one(Code, code_id)
    if not code.codable:
        raise ValidationError(
            f"'{code.name}' is a category that is not codable; choose one of its sub-codes."
        )
    return code_id
