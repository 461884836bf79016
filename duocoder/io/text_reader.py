"""Plain-text transcripts (.txt), and the decoding that subtitle files share.

Transcripts come from Notepad (UTF-8, or UTF-16 with a BOM), from older Windows tools and
Flemish Word installations (Windows-1252), and occasionally from Macs or Linux. A wrong
guess silently turns "coördinator" into "coÃ¶rdinator" in a coded document forever, so
the order is: a BOM, then strict UTF-8 (which practically never decodes legacy text by
accident), then Windows-1252 as long as the result reads as Western European text, and only
then charset-normalizer's guess. Its guess alone would pick Central-European code pages for
short Dutch texts and turn "ï" into "ď", and its mess score rejects accent-rich Dutch.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import SourceText
from duocoder.domain.text import canonical, tidy_lines

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
"""UTF-32 LE first: its BOM begins with the UTF-16 LE BOM."""

_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_MAX_MESS = 0.2
"""charset-normalizer's mess ratio above which a decoding reads as garbage."""

_ASCII_LETTER = re.compile(r"[A-Za-z]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_WORD_JOINERS = frozenset("’‘'\u00ad·–—-")
"""Characters that legitimately sit between two letters in Western text (zo’n, ex–partner)."""

_BINARY = "it looks like a binary file, not text"


def read_text(name: str, data: bytes) -> SourceText:
    """Read a .txt transcript: blank-line separated blocks, or lines, become paragraphs."""
    text = tidy_lines(decode_text(name, data))
    while text != canonical(text):  # a leading U+FEFF uncovered by dropping blank lines
        text = tidy_lines(canonical(text))
    return SourceText(text=text, paragraphs=text_paragraphs(text), turns=None, format="txt")


def decode_text(name: str, data: bytes) -> str:
    """Bytes to canonical text, refusing binary data rather than importing garbage."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(name, "its text encoding is damaged") from exc
            return _checked(name, text)
    if b"\x00" in data:
        raise SourceError(name, _BINARY)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    return _checked(name, text)


def _decode_legacy(data: bytes) -> str:
    """Windows-1252 when the result reads like Western European text; otherwise the
    detector's guess (Polish, Greek or Cyrillic code pages) when it reads as text."""
    western = codecs.charmap_decode(data, "strict", _WINDOWS_1252)[0]
    if _looks_western(western):
        return western
    guess = charset_normalizer.from_bytes(data).best()
    if guess is not None and not guess.encoding.startswith("utf") and guess.chaos < _MAX_MESS:
        return str(guess)
    return western


def _looks_western(text: str) -> bool:
    """Western text is mostly ASCII letters, with accents on a minority of them and no
    symbols glued inside words. Another code page read as Windows-1252 fails this: Cyrillic
    turns into runs of accented letters ("Ïðèâåò"), Polish into words like "Za¿ó³æ"."""
    ascii_letters = _ASCII_LETTER.subn("", text)[1]
    accented = glued = 0
    for match in _NON_ASCII.finditer(text):
        ch, at = match.group(), match.start()
        if ch.isalpha():
            accented += 1
        elif ch not in _WORD_JOINERS and _letter_at(text, at - 1) and _letter_at(text, at + 1):
            glued += 1
    letters = ascii_letters + accented
    return accented * 10 <= letters * 3 and glued * 100 <= letters


def _letter_at(text: str, index: int) -> bool:
    return 0 <= index < len(text) and text[index].isalpha()


def _windows_1252_table() -> str:
    """Windows-1252 as browsers decode it: the five bytes it leaves undefined map to the
    Latin-1 (C1) characters, so decoding never fails and Latin-1 text reads the same."""
    chars = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars)


_WINDOWS_1252 = _windows_1252_table()


def _checked(name: str, text: str) -> str:
    """Canonical text, after refusing content that is mostly control characters."""
    text = canonical(text).removesuffix("\x1a")
    controls = sum(
        1 for ch in text if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc"
    )
    if "\x00" in text or controls * 20 > len(text):
        raise SourceError(name, _BINARY)
    return text


def text_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Blocks of non-blank lines when the author used blank lines to separate paragraphs,
    otherwise every line; lines must already be right-stripped."""
    lines = text.split("\n")
    if "" not in lines:
        return _line_spans(lines)
    spans: list[tuple[int, int]] = []
    offset = 0
    block_start: int | None = None
    for line in lines:
        if line and block_start is None:
            block_start = offset
        elif not line and block_start is not None:
            spans.append((block_start, offset - 1))
            block_start = None
        offset += len(line) + 1
    if block_start is not None:
        spans.append((block_start, offset - 1))
    return tuple(spans)


def _line_spans(lines: list[str]) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in lines:
        if line:
            spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return tuple(spans)
