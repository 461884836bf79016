"""Queries on documents that several parts of the facade share: a document by name or id,
unique names, the document list with its counts."""

from __future__ import annotations

import unicodedata

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from duocoder.domain.errors import NotFoundError
from duocoder.domain.records import DocumentInfo
from duocoder.domain.roles import Role
from duocoder.storage.models import (
    Coding,
    Document,
    DocumentAttribute,
    Paragraph,
)
from duocoder.storage.models import Turn as TurnRow


def clean_name(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split()))


def resolve(s: Session, ref: int | str) -> int:
    """A document by id (an int) or by name (a str); a str that names no document but is a
    number is taken as an id, so `duocoder text P 3` works while a document named "3" wins."""
    if isinstance(ref, int):
        doc_id = s.scalar(select(Document.id).where(Document.id == ref))
        if doc_id is not None:
            return doc_id
        raise NotFoundError(f"There is no document with id {ref} in this project.")
    name = clean_name(ref)
    doc_id = s.scalar(select(Document.id).where(Document.name == name))
    if doc_id is None:
        folded = name.casefold()
        doc_id = next(
            (i for i, n in s.execute(select(Document.id, Document.name)) if n.casefold() == folded),
            None,
        )
    if doc_id is None and name.isdigit():
        doc_id = s.scalar(select(Document.id).where(Document.id == int(name)))
    if doc_id is not None:
        return doc_id
    raise NotFoundError(f"There is no document '{ref}' in this project.")


class DocumentIndex:
    """Every document's id, name and text length, read in one query: what `resolve` and
    `coding_q.check_span` answer one query at a time, for a bulk operation that names
    thousands of documents (a `code --from` file) and must not ask the database per row."""

    def __init__(self, s: Session) -> None:
        rows = s.execute(select(Document.id, Document.name, Document.length)).all()
        self.lengths: dict[int, int] = {int(i): int(n) for i, _name, n in rows}
        self._names: dict[str, int] = {}
        self._folded: dict[str, int] = {}
        for doc_id, name, _length in rows:
            self._names.setdefault(name, doc_id)
            self._folded.setdefault(name.casefold(), doc_id)

    def resolve(self, ref: int | str) -> int:
        """As `resolve`: an id, else the name, else the name in any case, else a number."""
        if isinstance(ref, int):
            if ref in self.lengths:
                return ref
            raise NotFoundError(f"There is no document with id {ref} in this project.")
        name = clean_name(ref)
        doc_id = self._names.get(name)
        if doc_id is None:
            doc_id = self._folded.get(name.casefold())
        if doc_id is None and name.isdigit() and int(name) in self.lengths:
            doc_id = int(name)
        if doc_id is not None:
            return doc_id
        raise NotFoundError(f"There is no document '{ref}' in this project.")


def unique_name(s: Session, name: str) -> str:
    taken = set(s.scalars(select(Document.name).where(Document.name.like(f"{name}%"))))
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def counts(s: Session, column: InstrumentedAttribute[int], ids: list[int] | None) -> dict[int, int]:
    """Rows per document in a child table, by its document-id `column` (a document
    without any is left out)."""
    q = select(column, func.count()).group_by(column)
    if ids is not None:
        q = q.where(column.in_(ids))
    return dict(s.execute(q).all())


def document_infos(s: Session, ids: list[int] | None) -> list[DocumentInfo]:
    q = select(Document).order_by(Document.position, Document.id)
    if ids is not None:
        q = q.where(Document.id.in_(ids))
    docs = list(s.scalars(q))
    paras = counts(s, Paragraph.document_id, ids)
    turns = counts(s, TurnRow.document_id, ids)
    codings = counts(s, Coding.document_id, ids)
    attrs: dict[int, dict[str, str]] = {}
    aq = select(DocumentAttribute)
    if ids is not None:
        aq = aq.where(DocumentAttribute.document_id.in_(ids))
    for a in s.scalars(aq):
        attrs.setdefault(a.document_id, {})[a.key] = a.value
    return [
        DocumentInfo(
            id=d.id,
            name=d.name,
            role=Role(d.role),
            case=d.case_name,
            duo=d.duo,
            chars=d.length,
            paragraphs=paras.get(d.id, 0),
            turns=turns.get(d.id, 0),
            source_format=d.source_format,
            original_name=d.original_name,
            imported_at=d.imported_at,
            attributes=attrs.get(d.id, {}),
            codings=codings.get(d.id, 0),
        )
        for d in docs
    ]
