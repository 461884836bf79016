"""The canonical text contract and the offset conversions around it.

Every offset in a project counts Unicode code points into a document's canonical text,
end exclusive. The text is normalised once, at import, and never changes afterwards."""

from __future__ import annotations

import hashlib
import unicodedata

_SPACE_LIKE = {"\u00a0", "\u202f", "\u2007"}


def canonical(text: str) -> str:
    """Line endings to `\\n` and Unicode NFC; nothing else, so the words stay the researcher's."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.lstrip("\ufeff")
    return unicodedata.normalize("NFC", text)


def text_hash(text: str) -> str:
    """Identity of a transcript's content, independent of the file format it came in."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def utf16_index(text: str, index: int) -> int:
    """Code point index -> UTF-16 code unit index (what Qt and NVivo count)."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def codepoint_index(text: str, utf16: int) -> int:
    """UTF-16 code unit index -> code point index; a position inside a surrogate pair
    rounds down to the start of that character."""
    units = 0
    for i, ch in enumerate(text):
        step = 2 if ord(ch) > 0xFFFF else 1
        if units + step > utf16:
            return i
        units += step
    return len(text)


def is_space(ch: str) -> bool:
    """Whitespace including the non-breaking spaces that Word puts into Dutch text."""
    return ch.isspace() or ch in _SPACE_LIKE


def tidy_lines(text: str) -> str:
    """Right-strip every line and drop blank lines at the start and end; inner blank lines
    stay because they separate paragraphs."""
    lines = [line.rstrip() for line in text.split("\n")]
    start, end = 0, len(lines)
    while start < end and not lines[start]:
        start += 1
    while end > start and not lines[end - 1]:
        end -= 1
    return "\n".join(lines[start:end])
