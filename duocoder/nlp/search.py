"""Matching queries against texts and token arrays, and cutting keyword-in-context lines.

Text modes (exact, whole word, regular expression) run Python's `re` over the canonical
text, which needs no index and sees exactly what the researcher sees. Lemma mode compares
lemma ids in a document's token array; a query of several words matches them as consecutive
tokens. Both give (start, end) code points into the text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from duocoder.nlp.errors import SearchError
from duocoder.nlp.lemmas import APOSTROPHES
from duocoder.nlp.records import DocRef, Hit, SearchMode
from duocoder.nlp.spans import Span, Turns, covering

if TYPE_CHECKING:
    import numpy as np

CONTEXT = 50
"""Characters of context each side of a hit; the cut at a word boundary makes it 40–60."""

_WORDS = re.compile(r"\w+(?:[-'’]\w+)*")
_SPACES = str.maketrans({"\n": " ", "\t": " "})


def compile_query(query: str, mode: SearchMode, ignore_case: bool = False) -> re.Pattern[str]:
    """The regular expression for a text-mode query; a bad regex raises SearchError."""
    query = unicodedata.normalize("NFC", query)
    if not query.strip():
        raise SearchError("Type something to search for.")
    flags = re.IGNORECASE if ignore_case else 0
    if mode is SearchMode.REGEX:
        try:
            return re.compile(query, flags)
        except re.error as exc:
            where = f" at position {exc.pos}" if exc.pos is not None else ""
            raise SearchError(
                f"'{query}' is not a valid regular expression ({exc.msg}{where})."
            ) from None
    escaped = re.escape(query.strip() if mode is SearchMode.WORD else query)
    if mode is SearchMode.WORD:
        escaped = rf"(?<!\w){escaped}(?!\w)"
    return re.compile(escaped, flags)


def find_text(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Non-empty matches, in order (a regex like `a*` would otherwise match everywhere)."""
    for m in pattern.finditer(text):
        if m.end() > m.start():
            yield m.start(), m.end()


def query_words(query: str) -> list[str]:
    """The words of a lemma query, lower-cased: `Vertrouwde vriendschap` → two words."""
    words = _WORDS.findall(unicodedata.normalize("NFC", query).lower().translate(APOSTROPHES))
    if not words:
        raise SearchError(f"'{query.strip()}' contains no word to look up.")
    return words


def word_positions(flags: np.ndarray) -> np.ndarray:
    """Positions of the tokens that are not punctuation, for `find_phrase`."""
    import numpy as np

    from duocoder.nlp.pipeline import PUNCT

    return np.nonzero((flags & PUNCT) == 0)[0]


def find_phrase(
    lemmas: np.ndarray, phrase: Sequence[np.ndarray], words: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """(first, last) token positions of each occurrence of the phrase: token i + k has one
    of the lemma ids in `phrase[k]` for every k. With `words` (see `word_positions`),
    punctuation between the words is skipped (`vertrouwen, echt` matches `vertrouwen echt`)."""
    import numpy as np

    k = len(phrase)
    if words is not None and k > 1:
        first, last = find_phrase(lemmas[words], phrase)
        return words[first], words[last]
    n = len(lemmas)
    if n < k or k == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    hit = np.isin(lemmas[: n - k + 1], phrase[0])
    for j in range(1, k):
        if not hit.any():
            break
        hit &= np.isin(lemmas[j : n - k + 1 + j], phrase[j])
    first = np.nonzero(hit)[0]
    return first, first + (k - 1)


def kwic(text: str, start: int, end: int, width: int = CONTEXT) -> tuple[str, str, str]:
    """(left, match, right): up to `width` + 10 characters each side, cut at a word
    boundary unless that would leave fewer than `width` - 10, newlines shown as spaces."""
    slack = 10
    a = max(0, start - width - slack)
    b = min(len(text), end + width + slack)
    window = text[a:b]
    if "\n" in window or "\t" in window:
        window = window.translate(_SPACES)
    left, right = window[: start - a], window[end - a :]
    if a > 0 and not text[a - 1].isspace():
        cut = left.find(" ")
        if cut >= 0 and len(left) - cut - 1 >= width - slack:
            left = left[cut + 1 :]
    if b < len(text) and not text[b].isspace():
        cut = right.rfind(" ")
        if cut >= width - slack:
            right = right[:cut]
    return left.lstrip(), window[start - a : end - a], right.rstrip()


def collect_hits(
    doc: DocRef,
    text: str,
    spans: Sequence[Span],
    turns: Turns,
    *,
    include_interviewer: bool = False,
    speakers: set[str] | None = None,
    segments: Sequence[Span] | None = None,
    inside: bool = True,
    context: int = CONTEXT,
) -> list[Hit]:
    """The matches of one document that pass the filters, as keyword-in-context records.
    `speakers` are case-folded labels; `segments` the sorted, merged spans of a code, which
    a hit must overlap (`inside`) or avoid (not `inside`)."""
    seg_starts = [a for a, _b in segments or ()]
    hits = []
    for start, end in spans:
        who = turns.at(start)
        if who is not None and who[1] and not include_interviewer:
            continue
        if speakers is not None and (who is None or who[0].casefold() not in speakers):
            continue
        if segments is not None:
            overlaps = covering(segments, seg_starts, start, end) is not None
            if overlaps != inside:
                continue
        left, match, right = kwic(text, start, end, context)
        speaker = who[0] if who else None
        hits.append(
            Hit(doc.name, doc.id, doc.role, start, end, match, left, right, doc.case, speaker)
        )
    return hits
