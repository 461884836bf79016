"""Frozen records of the language features, handed to the GUI and printed by the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from duocoder.domain.roles import Role


class SearchMode(StrEnum):
    """How a query is matched: as typed (`exact`), as a whole word, by lemma, or as a
    regular expression. Case is ignored on request, and always for lemmas."""

    EXACT = "exact"
    WORD = "word"
    LEMMA = "lemma"
    REGEX = "regex"


class Unit(StrEnum):
    """What a search hit grows to when it is coded."""

    WORD = "word"
    SENTENCE = "sentence"
    PARAGRAPH = "paragraph"
    TURN = "turn"


@dataclass(frozen=True, slots=True)
class DocRef:
    """What a hit or suggestion says about its document."""

    id: int
    name: str
    role: Role
    case: str | None


@dataclass(frozen=True, slots=True)
class Hit:
    """One search hit as keyword in context; `left`/`right` are cut at word boundaries and
    show newlines as spaces, `start`/`end` are code points into the document text."""

    doc: str
    doc_id: int
    role: Role
    start: int
    end: int
    match: str
    left: str
    right: str
    case: str | None = None
    speaker: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The CLI's public JSON shape (keys may be added, never renamed)."""
        return {
            "doc": self.doc,
            "doc_id": self.doc_id,
            "role": self.role.value,
            "start": self.start,
            "end": self.end,
            "match": self.match,
            "left": self.left,
            "right": self.right,
        }


@dataclass(frozen=True, slots=True)
class SpanPreview:
    """A passage that would be coded, shown before anything changes."""

    doc_id: int
    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A sentence whose lemmas match keywords of a code that does not code it yet."""

    code_id: int
    code: str
    doc_id: int
    doc: str
    role: Role
    start: int
    end: int
    text: str
    keywords: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "doc": self.doc,
            "doc_id": self.doc_id,
            "role": self.role.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "keywords": list(self.keywords),
        }


@dataclass(frozen=True, slots=True)
class FrequencyRow:
    """How often a lemma occurs in a group (a role, a case, a code's segments, or the
    whole project when `group` is empty) and in how many documents."""

    group: str
    lemma: str
    count: int
    documents: int


@dataclass(frozen=True, slots=True)
class IndexStatus:
    """How much of the project the language index covers; `pending` are the ids of
    documents without an up-to-date index (new, changed language, or stale after undo)."""

    documents: int
    indexed: int
    pending: tuple[int, ...]
    pipelines: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return not self.pending


@dataclass(frozen=True, slots=True)
class IndexReport:
    documents: int
    words: int
    seconds: float
    pipeline: str
    cancelled: bool = False

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True, slots=True)
class KeywordsReport:
    """What applying a keywords file did: codes updated and paths the project lacks."""

    updated: tuple[str, ...]
    unknown: tuple[str, ...]
