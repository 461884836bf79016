"""What a transcript reader hands to the importer: the canonical text and its structure."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceTurn:
    """A speaker turn a format states explicitly (subtitles); spans index `SourceText.text`."""

    start: int
    end: int
    speaker: str
    timestamp: str | None = None


@dataclass(frozen=True, slots=True)
class SourceText:
    """A transcript as read from a file.

    `text` is canonical (see `duocoder.domain.text.canonical`); `paragraphs` are the spans of
    its non-empty paragraphs in order; `turns` is None when speaker turns must be recognised
    from line starts, as for Word and plain-text transcripts."""

    text: str
    paragraphs: tuple[tuple[int, int], ...]
    turns: tuple[SourceTurn, ...] | None
    format: str
