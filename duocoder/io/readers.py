"""The one entry point for importing a transcript file, whatever its format.

Callers pass the file's name and bytes, so the readers never touch the file system and the
same code serves drag-and-drop, the CLI and tests. Every failure a user can cause surfaces as
a `SourceError` naming the file. The size limits of `duocoder.io.document_limits` are checked
here, on the bytes before any reader runs and on the text every reader returns.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import SourceText
from duocoder.io.document_limits import (
    MAX_PACKAGE_BYTES,
    MAX_TEXT_FILE_BYTES,
    check_text,
    file_too_large,
)
from duocoder.io.docx_reader import read_docx
from duocoder.io.odt_reader import read_odt
from duocoder.io.subtitle_reader import read_subtitles
from duocoder.io.text_reader import read_text

_READERS: dict[str, Callable[[str, bytes], SourceText]] = {
    ".docx": read_docx,
    ".txt": read_text,
    ".odt": read_odt,
    ".vtt": read_subtitles,
    ".srt": read_subtitles,
}

SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(_READERS)
"""Lower-case suffixes, for file dialogs and drag-and-drop filters."""

_PACKAGES = frozenset({".docx", ".odt"})


def max_file_bytes(name: str) -> int:
    """The largest file of this kind worth reading; callers check it before reading, so an
    oversized file never enters memory."""
    return MAX_PACKAGE_BYTES if PurePath(name).suffix.lower() in _PACKAGES else MAX_TEXT_FILE_BYTES


def check_file_size(name: str, size: int) -> None:
    limit = max_file_bytes(name)
    if size > limit:
        raise SourceError(name, file_too_large(limit))


def read_source(name: str, data: bytes) -> SourceText:
    """Read a transcript, choosing the reader by the file's suffix (in any letter case)."""
    reader = _READERS.get(PurePath(name).suffix.lower())
    if reader is None:
        raise SourceError(name, "DuoCoder reads .docx, .txt, .odt, .vtt and .srt transcripts")
    if not data:
        raise SourceError(name, "the file is empty")
    check_file_size(name, len(data))
    source = reader(name, data)
    if not source.text:
        raise SourceError(name, "it contains no text")
    check_text(name, source.text, len(source.paragraphs))
    return source
