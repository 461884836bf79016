"""Reading a coder's copy of a project for a merge (`duocoder.app.merging`).

A copy is someone else's file, so it is opened through the same checks as any project
(`storage.database.open_project_copy`: header, application id, format, the schema compared
with what that format creates) and only ever read, from a private copy, so neither the
copy nor the folder beside it is touched and an older format is read without upgrading
the file itself. Everything the merge needs is read into plain values first: every source
is checked and read before the target changes, so a refused source leaves the target as
it was."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from duocoder.domain.codebook import CodebookEntry
from duocoder.domain.errors import WrongPassphraseError
from duocoder.storage import guids
from duocoder.storage.database import close_engine, open_project_copy, session_factory
from duocoder.storage.encryption import key_for, looks_encrypted
from duocoder.storage.models import (
    CODING_COLUMNS,
    Code,
    Coder,
    CoderColor,
    Coding,
    CodingChange,
    Document,
    DocumentAttribute,
    Memo,
    Meta,
    Paragraph,
    ParagraphStyle,
    TurnRulesRow,
)
from duocoder.storage.models import Turn as TurnRow


@dataclass(slots=True)
class SourceCode:
    """A code of the source, as the matching of `duocoder.app.matching` takes it."""

    id: int
    parent_id: int | None
    entry: CodebookEntry


@dataclass(slots=True)
class SourceDocument:
    """A document of the source with everything that belongs to it."""

    id: int
    row: dict[str, Any]  # the `documents` columns but id and position
    guid: str | None
    paragraphs: list[dict[str, Any]] = field(default_factory=list)
    turns: list[dict[str, Any]] = field(default_factory=list)
    styles: list[dict[str, Any]] = field(default_factory=list)
    rules: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class SourceCoding:
    document_id: int
    code_id: int
    start: int
    end: int
    coder_id: int | None
    memo: str | None
    created_at: datetime
    auto: bool
    guid: str | None
    changed: tuple[datetime, int | None] | None  # when and by whom it was last changed


@dataclass(slots=True)
class SourceMemo:
    target: str
    target_id: int | None
    text: str
    coder_id: int | None


@dataclass(slots=True)
class SourceCoder:
    name: str
    guid: str
    color: str | None


@dataclass(slots=True)
class SourceProject:
    """One coder's copy, read."""

    path: Path
    name: str  # the project's name
    codes: list[SourceCode]
    documents: list[SourceDocument]
    codings: list[SourceCoding]
    memos: list[SourceMemo]
    coders: dict[int, SourceCoder]

    @property
    def label(self) -> str:
        """What the report and the combined memos call this source: its file name."""
        return self.path.name


def read_source(path: Path, passphrase: str | None = None) -> SourceProject:
    """Check and read the project at `path` (an encrypted one with its `passphrase`); a
    file that is no DuoCoder project, was changed by hand or comes from a newer version
    raises ProjectFileError naming it."""
    engine = open_project_copy(path, passphrase)
    try:
        with session_factory(engine)() as s:
            return _read(s, path)
    finally:
        close_engine(engine)


def source_passphrase_needed(path: Path, own: str | None) -> bool:
    """Whether `path` is an encrypted project that `own` (a passphrase, or None) does not
    open."""
    if not looks_encrypted(path):
        return False
    if own is None:
        return True
    try:
        key_for(path, own)
    except WrongPassphraseError:
        return True
    return False


def _read(s: Session, path: Path) -> SourceProject:
    name = s.scalar(select(Meta.value).where(Meta.key == "name")) or path.stem
    coders = {
        c.id: SourceCoder(c.name, c.guid, color)
        for c, color in s.execute(
            select(Coder, CoderColor.color).outerjoin(CoderColor, CoderColor.coder_id == Coder.id)
        )
    }
    codes = [
        SourceCode(
            c.id,
            c.parent_id,
            CodebookEntry(
                c.name,
                c.guid,
                c.color,
                c.description,
                c.codable,
                keywords=[k for k in c.keywords.split("\n") if k],
            ),
        )
        for c in s.scalars(select(Code).order_by(Code.position, Code.id))
    ]
    doc_guids = guids.document_guids(s)
    documents: dict[int, SourceDocument] = {}
    for d in s.scalars(select(Document).order_by(Document.position, Document.id)):
        row = {
            "name": d.name,
            "text": d.text,
            "length": d.length,
            "content_hash": d.content_hash,
            "source_format": d.source_format,
            "original_name": d.original_name,
            "role": d.role,
            "case_name": d.case_name,
            "duo": d.duo,
            "imported_at": d.imported_at,
        }
        documents[d.id] = SourceDocument(d.id, row, doc_guids.get(d.id))
    for p in s.scalars(select(Paragraph).order_by(Paragraph.document_id, Paragraph.position)):
        documents[p.document_id].paragraphs.append(
            {"position": p.position, "start": p.start, "end": p.end}
        )
    for t in s.scalars(select(TurnRow).order_by(TurnRow.document_id, TurnRow.position)):
        documents[t.document_id].turns.append(
            {
                "position": t.position,
                "start": t.start,
                "end": t.end,
                "label_start": t.label_start,
                "speaker": t.speaker,
                "timestamp": t.timestamp,
            }
        )
    for st in s.scalars(select(ParagraphStyle)):
        documents[st.document_id].styles.append({"position": st.position, "style": st.style})
    for r in s.scalars(select(TurnRulesRow)):
        documents[r.document_id].rules = r.rules
    for a in s.scalars(select(DocumentAttribute)):
        documents[a.document_id].attributes[a.key] = a.value
    coding_guids = guids.coding_guids(s)
    changes = {c.coding_id: (c.changed_at, c.changed_by) for c in s.scalars(select(CodingChange))}
    # the columns, not ORM objects: a copy's 90,000 codings as objects cost a second
    rows = s.execute(
        select(*(Coding.__table__.c[name] for name in CODING_COLUMNS)).order_by(
            Coding.document_id, Coding.start, Coding.id
        )
    )
    codings = [
        SourceCoding(
            document_id,
            code_id,
            start,
            end,
            coder_id,
            memo,
            created_at,
            auto,
            coding_guids.get(coding_id),
            changes.get(coding_id),
        )
        for coding_id, document_id, code_id, start, end, coder_id, memo, created_at, auto in rows
    ]
    memos = [
        SourceMemo(m.target, m.target_id, m.text, m.coder_id)
        for m in s.scalars(select(Memo).order_by(Memo.id))
    ]
    return SourceProject(path, name, codes, list(documents.values()), codings, memos, coders)
