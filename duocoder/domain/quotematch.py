"""Finding a quoted passage in a transcript, as researchers keep quotes in spreadsheets.

A quote copied into Excel or Word rarely matches the transcript character for character:
Word turns straight quotes into curly ones (and `...` into `…`, ` - ` into ` – `), a
non-breaking space becomes a plain one, a line break in the transcript becomes a space in
the cell. `find_quote` compares both sides with those differences folded away and maps each
match back to exact code-point offsets in the canonical text, so the coding covers exactly
the transcript's own characters."""

from __future__ import annotations

import unicodedata

_FOLD = {
    "\u2018": "'",  # ‘
    "\u2019": "'",  # ’
    "\u201a": "'",  # ‚
    "\u201b": "'",  # ‛
    "\u2032": "'",  # ′
    "\u201c": '"',  # “
    "\u201d": '"',  # ”
    "\u201e": '"',  # „
    "\u201f": '"',  # ‟
    "\u2033": '"',  # ″
    "\u00ab": '"',  # «
    "\u00bb": '"',  # »
    "\u2013": "-",  # –
    "\u2014": "-",  # —
    "\u2010": "-",  # ‐
    "\u2011": "-",  # non-breaking hyphen
    "\u2026": "...",  # …
}
_INVISIBLE = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` with quotes, dashes and blanks folded, and for each of its characters the
    offset in `text` of the character it came from."""
    out: list[str] = []
    origin: list[int] = []
    blank = False
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        if ch.isspace():
            if not blank:
                out.append(" ")
                origin.append(i)
            blank = True
            continue
        blank = False
        for c in _FOLD.get(ch, ch):
            out.append(c)
            origin.append(i)
    return "".join(out), origin


def find_quote(text: str, quote: str) -> list[tuple[int, int]]:
    """Every place (start, end; code points, end exclusive) where `quote` occurs in `text`,
    in text order, tolerant of curly vs straight quotes, dashes, `…` vs `...`, non-breaking
    spaces, runs of blanks and line breaks. Each span starts and ends on a character of the
    quote itself, never on surrounding blanks. An empty quote is found nowhere."""
    wanted, _ = _folded(unicodedata.normalize("NFC", quote))
    wanted = wanted.strip(" ")
    if not wanted:
        return []
    folded, origin = _folded(text)
    spans: list[tuple[int, int]] = []
    at = folded.find(wanted)
    while at != -1:
        spans.append((origin[at], origin[at + len(wanted) - 1] + 1))
        at = folded.find(wanted, at + 1)
    return spans
