"""Plain-text transcripts (.txt), and the decoding that subtitle files share.

Transcripts come from Notepad (UTF-8, or UTF-16 with a BOM), from older Windows tools and
Flemish Word installations (Windows-1252), and occasionally from Macs or Linux. A wrong
guess silently turns "coördinator" into "coÃ¶rdinator" in a coded document forever, so
the order is: a BOM, then strict UTF-8 (which practically never decodes legacy text by
accident), then Windows-1252 as long as the result reads as Western European text, and only
then charset-normalizer's guess. Its guess alone would pick Central-European code pages for
short Dutch texts and turn "ï" into "ď", and its mess score rejects accent-rich Dutch.

One wrong byte must not garble a whole document: a UTF-8 transcript with a single stray
Windows-1252 byte (a curly apostrophe pasted from an old file) used to be read entirely in
another code page. When nearly all of a file is valid UTF-8, it is read as UTF-8 and only the
stray bytes are read as Windows-1252, and the import notes say how many and on which lines,
so the researcher can check those places. A file that is not UTF-8 at all (Windows-1252 or
Latin-1 accents, none of them a valid UTF-8 sequence) is decoded as before.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

import charset_normalizer

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import SourceText
from duocoder.domain.text import canonical, tidy_lines
from duocoder.io.document_limits import MAX_PARAGRAPHS, check_text, too_many_paragraphs

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

_STRAY = re.compile("[\udc80-\udcff]")
"""A byte that is not valid UTF-8, as the "surrogateescape" error handler hands it over."""
_VALID_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")
_STRAYS_PER_CHARACTER = 10
_STRAY_SHARE = 1000
"""A file is UTF-8 with stray bytes when it has at most ten stray bytes per valid UTF-8
multi-byte character, or at most one stray byte in a thousand. A Windows-1252 or Latin-1
file has no valid multi-byte sequences, except by rare accident (an accented capital
directly followed by a curly quote or a symbol), and far more accents than that share."""
_SHOWN = 5
"""Repaired places named in the note; the count covers the rest."""


class Decoded(NamedTuple):
    """Canonical text, and notes on any bytes that had to be repaired."""

    text: str
    notes: tuple[str, ...] = ()


def read_text(name: str, data: bytes) -> SourceText:
    """Read a .txt transcript: blank-line separated blocks, or lines, become paragraphs."""
    decoded = decode_text(name, data)
    text = tidy_lines(decoded.text)
    while text != canonical(text):  # a leading U+FEFF uncovered by dropping blank lines
        text = tidy_lines(canonical(text))
    check_text(name, text, 0)
    return SourceText(text, text_paragraphs(text, name), None, "txt", decoded.notes)


def decode_text(name: str, data: bytes) -> Decoded:
    """Bytes to canonical text, refusing binary data rather than importing garbage."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if encoding == "utf-8":  # declared UTF-8: stray bytes are repaired, whatever many
                return _repaired(name, data[len(bom) :].decode("utf-8", "surrogateescape"))
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceError(name, "its text encoding is damaged") from exc
            return Decoded(_checked(name, text))
    if b"\x00" in data:
        raise SourceError(name, _BINARY)
    escaped = data.decode("utf-8", "surrogateescape")
    if _nearly_utf8(escaped, len(data)):
        return _repaired(name, escaped)
    return Decoded(_checked(name, _decode_legacy(data)))


def _nearly_utf8(escaped: str, size: int) -> bool:
    """Whether the bytes that are not valid UTF-8 (none, for a UTF-8 file) are few enough
    to be strays in a UTF-8 file rather than the accents of a legacy code page."""
    stray = len(_STRAY.findall(escaped))
    if not stray:
        return True
    multibyte = len(_VALID_NON_ASCII.findall(escaped))
    return stray <= max(_STRAYS_PER_CHARACTER * multibyte, size // _STRAY_SHARE, 1)


def _repaired(name: str, escaped: str) -> Decoded:
    """UTF-8 with each invalid byte read as Windows-1252, and a note naming the lines."""
    repairs = [match.start() for match in _STRAY.finditer(escaped)]
    if not repairs:
        return Decoded(_checked(name, escaped))
    text = _STRAY.sub(lambda m: _WINDOWS_1252[ord(m.group()) - 0xDC00], escaped)
    del escaped
    places = [f"{_shown(text[at])} on line {_line_of(text, at)}" for at in repairs[:_SHOWN]]
    more = len(repairs) - len(places)
    where = ", ".join(places) + (f" and {more:,} more" if more else "")
    one = len(repairs) == 1
    note = (
        f"{len(repairs):,} {'byte that is' if one else 'bytes that are'} not valid UTF-8 "
        f"{'was' if one else 'were'} read as Windows-1252: {where}; "
        f"please check {'that place' if one else 'those places'}."
    )
    return Decoded(_checked(name, text), (note,))


def _shown(ch: str) -> str:
    return ch if ch.isprintable() and not ch.isspace() else f"U+{ord(ch):04X}"


def _line_of(text: str, index: int) -> int:
    """The line number an editor shows, whichever line endings the file uses."""
    before = text[:index]
    return before.count("\n") + before.count("\r") - before.count("\r\n") + 1


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


def text_paragraphs(text: str, name: str = "") -> tuple[tuple[int, int], ...]:
    """Blocks of non-blank lines when the author used blank lines to separate paragraphs,
    otherwise every line; lines must already be right-stripped. More paragraphs than a
    document may hold are refused (for the file `name`) before they are all built."""
    lines = text.split("\n")
    blank_separated = "" in lines
    spans: list[tuple[int, int]] = []
    offset = 0
    block_start: int | None = None
    for line in lines:
        if not blank_separated:
            if line:
                spans.append((offset, offset + len(line)))
        elif line and block_start is None:
            block_start = offset
        elif not line and block_start is not None:
            spans.append((block_start, offset - 1))
            block_start = None
        if len(spans) > MAX_PARAGRAPHS:
            raise SourceError(name, too_many_paragraphs())
        offset += len(line) + 1
    if block_start is not None:
        spans.append((block_start, offset - 1))
    return tuple(spans)
