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
    from line starts, as for Word and plain-text transcripts.

    `notes` are sentences about what the reader had to repair or keep as written (bytes that
    were not valid UTF-8, a cue with a negative time): the text is imported anyway, so the
    researcher must be told where to look rather than find out while coding."""

    text: str
    paragraphs: tuple[tuple[int, int], ...]
    turns: tuple[SourceTurn, ...] | None
    format: str
    notes: tuple[str, ...] = ()
