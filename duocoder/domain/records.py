"""Frozen snapshots handed out by the app layer. The GUI and the CLI only ever see these,
never a database session, so showing data can never trigger a query."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from duocoder.domain.roles import Role


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a document's canonical text in code points, end exclusive."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Turn:
    """A speaker turn; the span covers the words, not the speaker label before them."""

    start: int
    end: int
    speaker: str
    interviewer: bool
    timestamp: str | None = None
    label_start: int | None = None


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: int
    name: str
    role: Role
    case: str | None
    duo: str | None
    chars: int
    paragraphs: int
    turns: int
    source_format: str
    original_name: str
    imported_at: datetime
    attributes: dict[str, str] = field(default_factory=dict)
    codings: int = 0


@dataclass(frozen=True, slots=True)
class CodeInfo:
    id: int
    name: str
    path: str
    parent_id: int | None
    guid: str
    color: str
    description: str
    codable: bool
    position: int
    keywords: tuple[str, ...] = ()
    own_count: int = 0
    total_count: int = 0


@dataclass(frozen=True, slots=True)
class CoderInfo:
    """A coder of the project: their colour (chosen, or derived from the name) marks their
    codings; `codings` is how many codings they made."""

    id: int
    name: str
    guid: str
    color: str = ""
    codings: int = 0


@dataclass(frozen=True, slots=True)
class Segment:
    """A coded passage with everything a retrieval list or a quote export needs."""

    id: int
    doc_id: int
    doc: str
    role: Role
    case: str | None
    duo: str | None
    code_id: int
    code: str
    start: int
    end: int
    text: str
    coder: str | None
    memo: str | None
    created_at: datetime
    auto: bool = False
    changed_at: datetime | None = None  # last recoded, resized or memo written (None: never)
    changed_by: str | None = None


@dataclass(frozen=True, slots=True)
class MemoInfo:
    id: int
    target: str
    target_id: int | None
    text: str
    coder: str | None
    updated_at: datetime


CODE_PATH_SEPARATOR = "/"
