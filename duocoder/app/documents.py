"""Documents: adding a read transcript, its properties, and reading it back."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum
from typing import Final, Literal

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from duocoder.app.queries import documents as document_q
from duocoder.app.service import Service
from duocoder.domain import limits
from duocoder.domain.errors import DuplicateSourceError, ValidationError
from duocoder.domain.limits import check_length
from duocoder.domain.records import DocumentInfo, Span, Turn
from duocoder.domain.roles import Role
from duocoder.domain.sources import SourceText
from duocoder.domain.text import text_hash
from duocoder.domain.turn_labels import InterviewerTest
from duocoder.domain.turns import TurnDetection, TurnRules
from duocoder.storage.models import (
    Coding,
    Document,
    DocumentAttribute,
    Memo,
    Paragraph,
    ParagraphStyle,
    TurnRulesRow,
)
from duocoder.storage.models import Turn as TurnRow


class _Unset(Enum):
    """The default of an argument that may also be set to None ("no case"): an enum member,
    so a type checker can tell "left out" from a value with `is not _UNSET`."""

    UNSET = "unset"


_UNSET = _Unset.UNSET
KEEP: Final = _Unset.UNSET  # for callers: "leave the case (or duo) as it is"


def _optional(value: str | None, what: str) -> str | None:
    if value is None:
        return None
    value = check_length(what, document_q.clean_name(value), limits.NAME)
    return value or None


def _check_attributes(attributes: dict[str, str] | dict[str, str | None]) -> None:
    for key, value in attributes.items():
        check_length("An attribute name", key, limits.NAME)
        if value is not None:
            check_length("An attribute value", str(value), limits.ATTRIBUTE_VALUE)


class Documents(Service):
    # -- reading ---------------------------------------------------------------------------
    def documents(self) -> list[DocumentInfo]:
        with self.project._read() as s:
            return document_q.document_infos(s, None)

    def document(self, ref: int | str) -> DocumentInfo:
        """A document by id or by name (what a researcher types on the command line)."""
        with self.project._read() as s:
            doc_id = document_q.resolve(s, ref)
            return document_q.document_infos(s, [doc_id])[0]

    def text(self, ref: int | str) -> str:
        with self.project._read() as s:
            doc_id = document_q.resolve(s, ref)
            return s.scalar(select(Document.text).where(Document.id == doc_id)) or ""

    def paragraphs(self, ref: int | str) -> list[Span]:
        with self.project._read() as s:
            doc_id = document_q.resolve(s, ref)
            rows = s.execute(
                select(Paragraph.start, Paragraph.end)
                .where(Paragraph.document_id == doc_id)
                .order_by(Paragraph.position)
            )
            return [Span(a, b) for a, b in rows]

    def turns(self, ref: int | str) -> list[Turn]:
        """The document's turns; the interviewer's are those of its turn rules' interviewer
        labels, or else of the project's (numbered or not: `I2` is `I`'s)."""
        from duocoder.app.turns import interviewer_labels_of

        with self.project._read() as s:
            doc_id = document_q.resolve(s, ref)
            test = InterviewerTest(
                interviewer_labels_of(s, doc_id, self.project.interviewer_labels)
            )
            rows = s.scalars(
                select(TurnRow).where(TurnRow.document_id == doc_id).order_by(TurnRow.position)
            )
            return [
                Turn(
                    t.start,
                    t.end,
                    t.speaker,
                    test(t.speaker),
                    t.timestamp,
                    t.label_start,
                )
                for t in rows
            ]

    def speakers(self) -> dict[str, bool]:
        """Every speaker label in the project, with whether it is the interviewer's, in one
        query: the GUI asks for it after every change, so it must not read each document."""
        test = InterviewerTest(self.project.interviewer_labels)
        with self.project._read() as s:
            names = s.scalars(select(TurnRow.speaker).distinct())
            found = {n: test(n) for n in names}
        return dict(sorted(found.items(), key=lambda kv: (kv[1], kv[0].casefold())))

    def find_by_hash(self, digest: str) -> str | None:
        with self.project._read() as s:
            return s.scalar(select(Document.name).where(Document.content_hash == digest).limit(1))

    # -- changing --------------------------------------------------------------------------
    def add_document(
        self,
        name: str,
        source: SourceText,
        role: Role | str,
        case: str | None = None,
        duo: str | None = None,
        *,
        original_name: str | None = None,
        attributes: dict[str, str] | None = None,
        allow_duplicate: bool = False,
        detection: TurnDetection | None = None,
        rules: TurnRules | None = None,
    ) -> DocumentInfo:
        """Store a transcript; its text becomes the fixed canonical text of the document.
        Its turns are `detection`'s, or else found automatically (`Project.source_turns`);
        `rules`, when not automatic, are kept as the document's turn rules, so finding its
        turns again later gives what the import gave."""
        role = Role.parse(role) if isinstance(role, str) else role
        digest = text_hash(source.text)
        if not allow_duplicate and (existing := self.find_by_hash(digest)):
            raise DuplicateSourceError(original_name or name, existing)
        name = document_q.clean_name(name) or "Document"
        check_length("A document name", name, limits.DOCUMENT_NAME)
        case, duo = _optional(case, "A case name"), _optional(duo, "A duo name")
        _check_attributes(attributes or {})
        if detection is None:
            detection = self.project.source_turns(source)
        turns = [(t.start, t.end, t.label_start, t.speaker, t.timestamp) for t in detection.turns]

        def change(s: Session) -> int:
            doc = Document(
                name=document_q.unique_name(s, name),
                text=source.text,
                length=len(source.text),
                content_hash=digest,
                source_format=source.format,
                original_name=original_name or name,
                role=role.value,
                case_name=case,
                duo=duo,
                imported_at=datetime.now(UTC).replace(tzinfo=None),
                position=(s.scalar(select(func.max(Document.position))) or 0) + 1,
            )
            s.add(doc)
            s.flush()
            if source.paragraphs:
                s.execute(
                    insert(Paragraph),
                    [
                        {"document_id": doc.id, "position": i, "start": a, "end": b}
                        for i, (a, b) in enumerate(source.paragraphs)
                    ],
                )
            if turns:
                s.execute(
                    insert(TurnRow),
                    [
                        {
                            "document_id": doc.id,
                            "position": i,
                            "start": a,
                            "end": b,
                            "label_start": ls,
                            "speaker": sp,
                            "timestamp": ts,
                        }
                        for i, (a, b, ls, sp, ts) in enumerate(turns)
                    ],
                )
            if rules is not None and not rules.automatic:
                s.add(TurnRulesRow(document_id=doc.id, rules=rules.to_json()))
            if any(source.styles or ()):
                s.execute(
                    insert(ParagraphStyle),
                    [
                        {"document_id": doc.id, "position": i, "style": style}
                        for i, style in enumerate(source.styles or ())
                        if style
                    ],
                )
            for key, value in (attributes or {}).items():
                s.add(DocumentAttribute(document_id=doc.id, key=key, value=str(value)))
            return doc.id

        doc_id = self.project._run(f"Import {name}", change)
        return self.document(doc_id)

    def rename_document(self, ref: int | str, name: str) -> None:
        name = document_q.clean_name(name)
        if not name:
            raise ValidationError("A document needs a name.")
        check_length("A document name", name, limits.DOCUMENT_NAME)

        def change(s: Session) -> None:
            doc = s.get_one(Document, document_q.resolve(s, ref))
            clash = s.scalar(
                select(Document.id).where(Document.name == name, Document.id != doc.id)
            )
            if clash is not None:
                raise ValidationError(f"There is already a document called '{name}'.")
            doc.name = name

        self.project._run("Rename document", change)

    def set_document_properties(
        self,
        ref: int | str,
        *,
        role: Role | str | None = None,
        case: str | Literal[_Unset.UNSET] | None = _UNSET,
        duo: str | Literal[_Unset.UNSET] | None = _UNSET,
        attributes: dict[str, str | None] | None = None,
    ) -> DocumentInfo:
        """Change role, case, duo or attributes; an attribute set to None is removed."""
        new_role = Role.parse(role) if isinstance(role, str) else role
        if case is not _UNSET:
            case = _optional(case, "A case name")
        if duo is not _UNSET:
            duo = _optional(duo, "A duo name")
        _check_attributes(attributes or {})

        def change(s: Session) -> int:
            doc = s.get_one(Document, document_q.resolve(s, ref))
            if new_role is not None:
                doc.role = new_role.value
            if case is not _UNSET:
                doc.case_name = case
            if duo is not _UNSET:
                doc.duo = duo
            for key, value in (attributes or {}).items():
                row = s.get(DocumentAttribute, (doc.id, key))
                if value is None:
                    if row is not None:
                        s.delete(row)
                elif row is None:
                    s.add(DocumentAttribute(document_id=doc.id, key=key, value=str(value)))
                else:
                    row.value = str(value)
            return doc.id

        return self.document(self.project._run("Change document properties", change))

    def delete_document(self, ref: int | str) -> int:
        """Delete a document with its codings; returns how many codings went with it."""

        def change(s: Session) -> int:
            doc_id = document_q.resolve(s, ref)
            n = s.scalar(select(func.count()).where(Coding.document_id == doc_id)) or 0
            s.execute(delete(Memo).where(Memo.target == "document", Memo.target_id == doc_id))
            s.execute(delete(Document).where(Document.id == doc_id))
            return n

        return self.project._run("Delete document", change)
