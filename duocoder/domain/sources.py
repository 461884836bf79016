"""What a transcript reader hands to the importer: the canonical text and its structure."""

from __future__ import annotations

from dataclasses import dataclass

from duocoder.domain.roles import Role

STYLE_ITALIC = 1
STYLE_BOLD = 2
STYLE_LIST = 4
"""Bit flags of a paragraph's formatting, as Word and OpenDocument readers see it: italic or
bold when (nearly) all its letters are, list when it is a numbered or bulleted item. Kept
per paragraph because formatting is not in the canonical text, and some transcribers mark
the interviewer's questions with it instead of a speaker label."""

QUESTION_MARKS: dict[str, int] = {"italic": STYLE_ITALIC, "bold": STYLE_BOLD, "list": STYLE_LIST}
"""How the interviewer's questions may be marked when a transcript has no speaker labels."""


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
    from the text, as for Word and plain-text transcripts, and empty when the format states
    that no speaker is known (subtitles without names).

    `notes` are sentences about what the reader had to repair or keep as written (bytes that
    were not valid UTF-8, a cue with a negative time): the text is imported anyway, so the
    researcher must be told where to look rather than find out while coding."""

    text: str
    paragraphs: tuple[tuple[int, int], ...]
    turns: tuple[SourceTurn, ...] | None
    format: str
    notes: tuple[str, ...] = ()
    styles: tuple[int, ...] | None = None
    """One `STYLE_*` bit set per paragraph (in `paragraphs` order), or None when the format
    keeps no formatting (plain text, subtitles)."""


@dataclass(frozen=True, slots=True)
class FileTags:
    """The role, case and duo of one file of an import batch, overriding the batch's own, so
    one batch can hold a coordinator's, a participant's and a volunteer's interview."""

    role: Role | str
    case: str | None = None
    duo: str | None = None
