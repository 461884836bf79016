"""The tables of a project file (schema version 8).

Offsets (`start`, `end`) are Unicode code points into `Document.text`, end exclusive.
Columns are only ever added by migrations (see `migrations.py`), never repurposed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, deferred, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Meta(Base):
    """Project-wide settings as key/value pairs (name, language, interviewer labels, …)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Document(Base):
    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(400), unique=True)
    text: Mapped[str] = deferred(mapped_column(Text))
    length: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    source_format: Mapped[str] = mapped_column(String(16))
    original_name: Mapped[str] = mapped_column(String(400))
    role: Mapped[str] = mapped_column(String(32), index=True)
    case_name: Mapped[str | None] = mapped_column(String(400), index=True)
    duo: Mapped[str | None] = mapped_column(String(400), index=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    position: Mapped[int] = mapped_column(Integer, default=0)


class DocumentAttribute(Base):
    __tablename__ = "document_attributes"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Paragraph(Base):
    __tablename__ = "paragraphs"
    __table_args__ = (Index("ix_paragraphs_doc_start", "document_id", "start"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class Turn(Base):
    __tablename__ = "turns"
    __table_args__ = (Index("ix_turns_doc_start", "document_id", "start"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    label_start: Mapped[int | None] = mapped_column(Integer)
    speaker: Mapped[str] = mapped_column(String(200))
    timestamp: Mapped[str | None] = mapped_column(String(32))


class Code(Base):
    __tablename__ = "codes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("codes.id", ondelete="RESTRICT"), index=True
    )
    name: Mapped[str] = mapped_column(String(400))
    guid: Mapped[str] = mapped_column(String(36), unique=True)
    color: Mapped[str] = mapped_column(String(9))
    description: Mapped[str] = mapped_column(Text, default="")
    codable: Mapped[bool] = mapped_column(Boolean, default=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    keywords: Mapped[str] = mapped_column(Text, default="")


class Coder(Base):
    __tablename__ = "coders"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    guid: Mapped[str] = mapped_column(String(36), unique=True)


class Coding(Base):
    __tablename__ = "codings"
    __table_args__ = (
        CheckConstraint('start >= 0 AND start < "end"', name="span"),
        Index("ix_codings_doc_start", "document_id", "start"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    memo: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    auto: Mapped[bool] = mapped_column(Boolean, default=False)


CODING_COLUMNS = (
    "id",
    "document_id",
    "code_id",
    "start",
    "end",
    "coder_id",
    "memo",
    "created_at",
    "auto",
)
"""A coding row's columns in the order bulk work reads and writes them as tuples (bulk
coding, merging a coder's copy)."""


class Memo(Base):
    """A memo on the project (`target_id` NULL), a document or a code; coding memos live on
    the coding itself so that a retrieved segment carries its memo without a join."""

    __tablename__ = "memos"
    __table_args__ = (
        UniqueConstraint("target", "target_id", name="target"),
        CheckConstraint("target IN ('project', 'document', 'code')", name="target_kind"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    target: Mapped[str] = mapped_column(String(16))
    target_id: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    coder_id: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))
    updated_at: Mapped[datetime] = mapped_column(DateTime)


# -- language features (format 2) ------------------------------------------------------------
# The text index is derived data: it is never undone (not in UNDOABLE_TABLES) and can always be
# rebuilt from the documents. A row belongs to one document *and* its content hash, so a row
# that outlives its document's text (an undone import whose id was reused) is recognised as
# stale and ignored; ON DELETE CASCADE removes most such rows at once.


class TextIndex(Base):
    """Tokens, lemmas and sentences of one document, packed as arrays (see
    `duocoder.nlp.packing`). `lemmas` is the first blob so that a lemma search, which reads
    only that column, never walks the overflow pages of the others."""

    __tablename__ = "nlp_documents"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    content_hash: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(8))
    pipeline: Mapped[str] = mapped_column(String(200))
    format: Mapped[int] = mapped_column(Integer)
    tokens: Mapped[int] = mapped_column(Integer)
    indexed_at: Mapped[datetime] = mapped_column(DateTime)
    lemmas: Mapped[bytes] = mapped_column(LargeBinary)
    flags: Mapped[bytes] = mapped_column(LargeBinary)
    offsets: Mapped[bytes] = mapped_column(LargeBinary)
    sentences: Mapped[bytes] = mapped_column(LargeBinary)


class Lemma(Base):
    """The project's lemma lexicon: token arrays store these ids instead of strings."""

    __tablename__ = "nlp_lemmas"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lemma: Mapped[str] = mapped_column(String(400), unique=True)


class WordForm(Base):
    """Which lemmas each lower-cased word form received in this project, so a query word is
    lemmatised without loading spaCy whenever it occurs in the documents."""

    __tablename__ = "nlp_forms"
    form: Mapped[str] = mapped_column(String(400), primary_key=True)
    lemma_id: Mapped[int] = mapped_column(
        ForeignKey("nlp_lemmas.id", ondelete="CASCADE"), primary_key=True
    )


class RejectedSuggestion(Base):
    """A sentence the researcher refused for a code, so it is not suggested again. Unlike the
    index this is the researcher's decision, so it is undoable."""

    __tablename__ = "nlp_rejections"
    __table_args__ = (
        UniqueConstraint("code_id", "document_id", "start", "end"),
        CheckConstraint('start >= 0 AND start < "end"', name="span"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_id: Mapped[int] = mapped_column(ForeignKey("codes.id", ondelete="CASCADE"))
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    rejected_at: Mapped[datetime] = mapped_column(DateTime)


# -- history (format 3) ----------------------------------------------------------------------
# Undo and redo survive the process: each operation is a step holding the row images it
# changed (see `recorder.py`), kept in the project so that `duocoder undo` in a terminal can
# undo what the window did, and each coder undoes their own work.


class HistoryStep(Base):
    """One undoable operation. `state` is 'done' or 'undone'; `seq` orders steps by when
    they were last done (for undo) or undone (for redo)."""

    __tablename__ = "history_steps"
    __table_args__ = (CheckConstraint("state IN ('done', 'undone')", name="state"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    coder: Mapped[str | None] = mapped_column(String(200))
    label: Mapped[str] = mapped_column(String(400))
    state: Mapped[str] = mapped_column(String(8))
    seq: Mapped[int] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class HistoryPart(Base):
    """The row images of one transaction of a step (a batch import has one per file)."""

    __tablename__ = "history_parts"
    step_id: Mapped[int] = mapped_column(
        ForeignKey("history_steps.id", ondelete="CASCADE"), primary_key=True
    )
    part: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


# -- turn rules and paragraph formatting (format 4) ------------------------------------------
# Kept in tables of their own rather than as columns of `documents` and `paragraphs`: SQLite
# adds a column after a table's constraints, so an upgraded file's schema text would never
# equal a new file's and the schema check (`schema.py`) would refuse it, while rebuilding
# the two largest tables on upgrade risks far more than two small tables do.


class ParagraphStyle(Base):
    """The formatting of one paragraph that has any (italic, bold, a list item): the bits
    of `duocoder.domain.sources.STYLE_*`. Formatting is not in the canonical text, yet some
    transcribers mark the interviewer's questions with it, so turns can be found again from
    it after the import."""

    __tablename__ = "paragraph_styles"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    style: Mapped[int] = mapped_column(Integer)


class TurnRulesRow(Base):
    """A document's turn rules (`duocoder.domain.turns.TurnRules` as JSON); a document
    without a row has its turns found automatically."""

    __tablename__ = "turn_rules"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    rules: Mapped[str] = mapped_column(Text)


# -- stable GUIDs of documents and codings (format 5) ----------------------------------------
# What other programs (REFI-QDA .qdpx) and later merges know a document or a coding by; a
# code has its `guid` column since format 1. Tables of their own for the reason given above
# (no rebuild of the two largest tables on upgrade, and the undo history's row images of
# `documents` and `codings` stay valid). Every new document and coding gets its row in the
# same transaction (`duocoder.storage.guids`), so every row has a GUID.


class DocumentGuid(Base):
    """A document's GUID: lower-case `8-4-4-4-12` hex, unique in the project."""

    __tablename__ = "document_guids"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    guid: Mapped[str] = mapped_column(String(36), unique=True)


class CodingGuid(Base):
    """A coding's GUID: lower-case `8-4-4-4-12` hex, unique in the project."""

    __tablename__ = "coding_guids"
    coding_id: Mapped[int] = mapped_column(
        ForeignKey("codings.id", ondelete="CASCADE"), primary_key=True
    )
    guid: Mapped[str] = mapped_column(String(36), unique=True)


# -- coders' colours and coding changes (format 6) ------------------------------------------
# Tables of their own for the reason given above: `coders` and `codings` stay as format 1
# made them. A coder without a colour row is drawn in a colour derived from their name.


class CoderColor(Base):
    """The colour a coder chose (`#rrggbb`): their brackets, dots and entries show it."""

    __tablename__ = "coder_colors"
    coder_id: Mapped[int] = mapped_column(
        ForeignKey("coders.id", ondelete="CASCADE"), primary_key=True
    )
    color: Mapped[str] = mapped_column(String(9))


class CodingChange(Base):
    """When a coding was last changed (recoded, resized, its memo written) and by whom; a
    coding never changed since it was made has no row (its `created_at` says it all)."""

    __tablename__ = "coding_changes"
    coding_id: Mapped[int] = mapped_column(
        ForeignKey("codings.id", ondelete="CASCADE"), primary_key=True
    )
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[int | None] = mapped_column(ForeignKey("coders.id", ondelete="SET NULL"))


# -- pseudonymisation (format 7) -------------------------------------------------------------
# What the researcher decided about identifying text and how it was replaced. The project
# keeps decisions and the entity → pseudonym table; the original strings of what was replaced
# are written only to the separate, encrypted key file (`duocoder.io.keyfile`).


class PseudoEntity(Base):
    """An accepted entity (a person, a place, …): one pseudonym everywhere in the project."""

    __tablename__ = "pseudo_entities"
    __table_args__ = (CheckConstraint("style IN ('alias', 'role', 'category')", name="style"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    style: Mapped[str] = mapped_column(String(16))
    pseudonym: Mapped[str] = mapped_column(String(400))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class PseudoDecision(Base):
    """The researcher's decision on a group of candidates: the same normalised text of one
    kind within one organisation (`scope`, the case name; '' for documents without one).
    An accepted decision names its entity and is removed once the text is replaced (its
    `text` is an original); a rejection is kept, so the text is not offered again."""

    __tablename__ = "pseudo_decisions"
    __table_args__ = (
        UniqueConstraint("kind", "text", "scope"),
        CheckConstraint("status IN ('accepted', 'rejected')", name="status"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(String(400))
    scope: Mapped[str] = mapped_column(String(400))
    status: Mapped[str] = mapped_column(String(8))
    entity_id: Mapped[int | None] = mapped_column(
        ForeignKey("pseudo_entities.id", ondelete="SET NULL")
    )
    decided_at: Mapped[datetime] = mapped_column(DateTime)
    decided_by: Mapped[str | None] = mapped_column(String(200))


class DocumentEvent(Base):
    """A document's history: the sanctioned changes of its canonical text (pseudonymised,
    restored), who made them, when, and how many replacements (`detail`, JSON)."""

    __tablename__ = "document_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    event: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime] = mapped_column(DateTime)
    coder: Mapped[str | None] = mapped_column(String(200))
    detail: Mapped[str] = mapped_column(Text)


class IdentifierScan(Base):
    """Derived data, like the text index: the identifiers detection found in a document
    (JSON spans and kinds, no text), valid while `content_hash` is the document's. Kept so
    that the export guard need not load the detector for every export."""

    __tablename__ = "pseudo_scans"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    content_hash: Mapped[str] = mapped_column(String(64))
    detector: Mapped[str] = mapped_column(String(200))
    found: Mapped[str] = mapped_column(Text)
    scanned_at: Mapped[datetime] = mapped_column(DateTime)


class ExportOverride(Base):
    """An export made although it carried identifying text, with the researcher's reason:
    the record an ethics committee may ask for. Never undone."""

    __tablename__ = "privacy_overrides"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    coder: Mapped[str | None] = mapped_column(String(200))
    export: Mapped[str] = mapped_column(String(400))
    reason: Mapped[str] = mapped_column(Text)
    findings: Mapped[int] = mapped_column(Integer)


# -- recordings (format 8) -------------------------------------------------------------------
# The interview's recording stays where the research data plan keeps it: the project holds
# where it was found and a fingerprint to find it again, never its bytes.


class Recording(Base):
    """The recording linked to a document: its path (relative to the project's folder,
    with `/`, when it lies there; absolute otherwise), its size and the SHA-256 of its first
    megabyte, by which a moved recording is recognised in another folder."""

    __tablename__ = "recordings"
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    path: Mapped[str] = mapped_column(Text)
    size: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))
    linked_at: Mapped[datetime] = mapped_column(DateTime)


class SyncMark(Base):
    """A moment of the recording the researcher set for a turn while listening: the turn
    starting at `position` (a code point offset) starts `millis` into the recording. Kept
    apart from the text and its turns, which it never changes."""

    __tablename__ = "sync_marks"
    __table_args__ = (CheckConstraint("millis >= 0", name="millis"),)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    millis: Mapped[int] = mapped_column(Integer)


UNDOABLE_TABLES: tuple[type[Base], ...] = (
    Meta,
    Document,
    DocumentAttribute,
    Paragraph,
    Turn,
    Code,
    Coder,
    Coding,
    Memo,
    RejectedSuggestion,
    ParagraphStyle,
    TurnRulesRow,
    DocumentGuid,
    CodingGuid,
    CoderColor,
    CodingChange,
    PseudoEntity,
    PseudoDecision,
    DocumentEvent,
    Recording,
    SyncMark,
)


def table_of(model: type[Base]) -> Table:
    """The `Table` a model class maps. (`__table__` is typed as any `FromClause`, since a
    class may be mapped to a query; every class here maps a table of its own.)"""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table
