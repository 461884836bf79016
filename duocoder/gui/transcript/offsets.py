"""The one place where core offsets (Unicode code points) meet Qt positions (UTF-16 units).

A QTextDocument counts an emoji outside the Basic Multilingual Plane as two positions; the
core counts it as one. Every conversion in the GUI goes through `OffsetMap`, built once per
shown text, so a coding never shifts by the number of emoji before it."""

from __future__ import annotations

import re
from bisect import bisect_left

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts positions for one text in O(log n) using the positions of its astral characters."""

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_qt = [cp + k for k, cp in enumerate(self._astral)]
        self.length = len(text)
        self.qt_length = len(text) + len(self._astral)

    def to_qt(self, cp: int) -> int:
        """Code point offset -> UTF-16 position."""
        cp = max(0, min(cp, self.length))
        return cp + bisect_left(self._astral, cp)

    def to_core(self, qt: int, *, round_up: bool = False) -> int:
        """UTF-16 position -> code point offset. A position inside a surrogate pair (which Qt
        never offers through its cursor, but a stray number might) rounds down, or up for the
        end of a span, so a span always covers whole characters."""
        qt = max(0, min(qt, self.qt_length))
        k = bisect_left(self._astral_qt, qt)
        if k and self._astral_qt[k - 1] + 1 == qt:
            return self._astral[k - 1] + (1 if round_up else 0)
        return qt - k


_WORD_JOINERS = {"'", "’", "-", "‐"}


def _is_word(text: str, i: int) -> bool:
    if not 0 <= i < len(text):
        return False
    ch = text[i]
    if ch.isalnum():
        return True
    # an apostrophe or hyphen inside a word ("zo'n", "mond-tot-mond") belongs to the word
    return ch in _WORD_JOINERS and _is_word_core(text, i - 1) and _is_word_core(text, i + 1)


def _is_word_core(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalnum()


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span (code points) to whole words and trim surrounding spaces, so a quick mouse
    drag codes "vertrouwen" and not "ertrouwe"; characters that are not letters (emoji,
    punctuation) are left exactly where the researcher put the ends."""
    if start >= end:
        return start, end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return start, start
    while _is_word(text, start - 1) and _is_word(text, start):
        start -= 1
    while _is_word(text, end - 1) and _is_word(text, end):
        end += 1
    return start, end
