"""What DuoCoder's identifier rules share: the found stretch (`Hit`) with its priority, the
regular expression of a capitalised name word, and the helpers that trim a stretch to its
name words or tell a sentence start (where a capital says nothing)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from duocoder.domain.privacy import Kind
from duocoder.nlp.identifier_words import (
    FUNCTION_WORDS,
    NAME_PARTICLES,
    NOT_PERSONS,
)

PRECISE, CUE, LIBRARY, GUESS, WEAK = 4, 3, 2, 1, 0
"""Priorities: a precise rule beats a place after "in"/"uit"/"te", which beats the library,
which beats a guess from context ("naar X", "zei X"), which beats the weakest guess (any
capitalised word inside a sentence). The project's known names beat them all (see
`identifiers`)."""


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    kind: Kind
    priority: int


WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
"""A word: letters, inside it an apostrophe or hyphen ("Sint-Niklaas", "O'Neill", "Ayşe")."""
_UPPER = "[" + "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper()) + "]"
CAP_WORD = rf"{_UPPER}[^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
"""A word that begins with a capital (Latin letters with their accents: "Ayşe", "Łukasz")."""
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + ")"
NAME_SEQ = rf"{CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{CAP_WORD}){{0,3}}"
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s*|\n\s*|[‘“\"'(]\s*)$")


def capitalised(word: str) -> bool:
    """Whether a word begins with a capital (`re` has no class for upper-case letters)."""
    return word[:1].isupper()


def opens_name(words: list[str]) -> bool:
    """Whether `words[0]` is a capitalised particle that begins the name after it ("De
    Smet", "Van den Broeck", "El Amrani", "De Haan"), not a function word before one."""
    return (
        len(words) > 1
        and capitalised(words[0])
        and words[0].casefold() in NAME_PARTICLES
        and any(capitalised(w) and w.casefold() not in NAME_PARTICLES for w in words[1:])
    )


def name_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The stretch of `text[start:end]` from its first to its last capitalised name word
    (function words, months and the like trimmed off the edges; a capitalised particle
    that opens a surname stays), or None."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]

    def name_word(span: tuple[int, int]) -> bool:
        word = text[span[0] : span[1]]
        folded = word.casefold()
        return capitalised(word) and folded not in NOT_PERSONS and folded not in FUNCTION_WORDS

    while words and not name_word(words[0]):
        if opens_name([text[s:e] for s, e in words]):
            break
        words.pop(0)
    while words and not name_word(words[-1]):
        words.pop()
    if not words:
        return None
    return words[0][0], words[-1][1]


def at_sentence_start(text: str, pos: int) -> bool:
    """Whether `pos` opens a sentence, line, quote or turn (so a capital there says nothing)."""
    return bool(_SENTENCE_START.search(text[max(0, pos - 6) : pos]))
