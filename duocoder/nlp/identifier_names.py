"""DuoCoder's rules for names: organisations named after their kind ("vzw De Brug",
"Wijkcentrum De Kring", "De Brug vzw") and persons by their context (a form of address, a
kin or role word, a nickname, an initial, a speech verb, a capital inside a sentence).
Part of `identifier_rules`; see there for how rules are kept."""

from __future__ import annotations

import re
from collections.abc import Iterator

from duocoder.nlp.identifier_patterns import (
    CAP_WORD,
    GUESS,
    NAME_SEQ,
    PRECISE,
    WEAK,
    WORD,
    Hit,
    at_sentence_start,
    capitalised,
    name_words,
)
from duocoder.nlp.identifier_words import (
    FUNCTION_WORDS,
    KIN_AND_ROLES,
    NOT_PERSONS,
    NOT_PLACES,
    TITLES,
    places,
)

# Organisations --------------------------------------------------------------------------------

_ORG_HEADS = (
    "Buddywerking", "Buddyproject", "Duowerking", "Wijkcentrum", "Buurthuis", "Buurtcentrum",
    "Lokaal Dienstencentrum", "Dienstencentrum", "Woonzorgcentrum", "WZC", "Dagcentrum",
    "Opvangcentrum", "Basisschool", "Vrije Basisschool", "Secundaire School", "Atheneum",
    "Instituut", "College", "Voedselbank", "Kringwinkel", "Jeugdhuis", "Moskee", "Parochie",
    "OCMW", "CAW", "AZ", "UZ", "Ziekenhuis", "Huis van het Kind", "Sociaal Huis", "Stichting",
    "Vereniging", "Wijkgezondheidscentrum", "Welzijnsschakel", "Inloopcentrum", "Sportclub",
    "Chiro", "KSA", "Scouts", "Home", "Huize",
)  # fmt: skip
_ORG_NAME = rf"(?:{WORD}|'t)(?:\s+(?:(?:van|de|den|der|het|op|ter|ten)\s+)?{WORD}){{0,3}}"
_ORG_HEAD = re.compile(
    r"(?<![\w-])(?:(?i:vzw)|" + "|".join(map(re.escape, _ORG_HEADS)) + rf")\s+({_ORG_NAME})"
)
_ORG_TAIL = re.compile(
    # "De Brug vzw", but not the "vzw" that opens the next name ("… van Vzw De Brug")
    rf"(?<![\w-])((?:(?:{WORD}|'t)\s+){{0,4}}{WORD})\s+(?i:vzw)(?![\w-]|[ \t]+{CAP_WORD})"
)


def _capitalised_prefix(text: str, start: int, end: int) -> int:
    """The end of the run of capitalised words (with small linking words between them) that
    begins at `start`: where an organisation's name stops ("De Brug in Gent" → "De Brug")."""
    stop = start
    for m in re.finditer(r"\S+", text[start:end]):
        word = m.group()
        if capitalised(word) or word == "'t":
            stop = start + m.end()
        elif word not in ("van", "de", "den", "der", "het", "op", "ter", "ten"):
            break  # "en" too: "Wijkcentrum De Kring en De Brug vzw" are two
    return stop


def organisations(text: str) -> Iterator[Hit]:
    """Organisations named after their kind: "vzw De Brug", "Wijkcentrum De Kring",
    "OCMW Lokeren", "De Brug vzw". A bare "OCMW" or "vzw" names no one and is left alone."""
    for m in _ORG_HEAD.finditer(text):
        stop = _capitalised_prefix(text, m.start(1), m.end(1))
        if stop > m.start(1) and text[m.start(1) : stop].casefold() not in NOT_PERSONS:
            yield Hit(m.start(), stop, "organisation", PRECISE)
    for m in _ORG_TAIL.finditer(text):
        start = _capitalised_suffix(text, m.start(1), m.end(1))
        if start is not None:
            yield Hit(start, m.end(), "organisation", PRECISE)


_NAME_OPENERS = frozenset({"de", "het", "ons", "onze", "'t", "den"})


def _capitalised_suffix(text: str, start: int, end: int) -> int | None:
    """Where the run of capitalised words that ends at `end` begins (linking words inside
    it allowed, a sentence opener such as "Bij" or "Ik" left off): the name before "vzw"."""
    words = list(re.finditer(r"\S+", text[start:end]))
    begin = None
    for m in reversed(words):
        word = m.group()
        if capitalised(word) or word == "'t":
            begin = m
        elif word not in ("van", "de", "den", "der", "het", "op", "ter", "ten"):
            break
    if begin is None:
        return None
    index = words.index(begin)
    for m in words[index:]:
        word = m.group().casefold()
        if word in FUNCTION_WORDS and word not in _NAME_OPENERS:
            continue
        return start + m.start()
    return None


# Persons --------------------------------------------------------------------------------------

_TITLE = re.compile(
    r"(?<![\w.])(?i:" + "|".join(re.escape(t) for t in sorted(TITLES, key=len, reverse=True))
    + rf")\s+((?:[A-Z]\.\s?){{1,3}}(?:{WORD})?|{NAME_SEQ})"
)  # fmt: skip
_KIN = re.compile(
    r"(?<![\w])(?i:mijn|m'n|onze|ons|haar|zijn|z'n|hun|de|het|die|een|my|our|his|her|the)\s+"
    r"(?i:" + "|".join(re.escape(k) for k in sorted(KIN_AND_ROLES, key=len, reverse=True))
    + rf")\s*,?\s+({NAME_SEQ})"
)  # fmt: skip
_NICKNAME = re.compile(
    r"(?i:noem(?:en|de|den|t)?\s+(?:me|mij|hem|haar|ons|hen|ze|mekaar)|(?:bij|roep)naam\s+"
    r"(?:is|was)|call(?:s|ed)?\s+(?:me|him|her)|zeg(?:t|gen)?\s+)\s+[‘“\"']?"
    rf"({WORD})[’”\"']?"
)
_NICKNAME_AFTER = re.compile(
    rf"[‘“\"']?({WORD})[’”\"']?\s+(?:genoemd|tegen\s+(?:me|mij|hem|haar))\b"
)
_INITIAL_NAME = re.compile(rf"(?<![\w.])({WORD})\s+([A-Z]\.)(?![\w])")
_SPEECH = re.compile(
    r"(?<![\w])(?i:zei|zegt|vroeg|vraagt|antwoordde|belde|riep|vertelde|schreef|said|asked"
    rf"|told)\s+({NAME_SEQ})"
)
_SPEAKER_BEFORE = re.compile(rf"({NAME_SEQ})\s+(?:zei|vroeg|vertelde|belde|said|told|asked)\b")


def _person(text: str, start: int, end: int, priority: int) -> Hit | None:
    span = name_words(text, start, end)
    if span is None:
        return None
    words = text[span[0] : span[1]].split()
    if all(w.casefold() in FUNCTION_WORDS | NOT_PERSONS for w in words):
        return None
    if text[span[0] : span[1]] in places().plain:
        return None
    return Hit(span[0], span[1], "person", priority)


_CAPITALISED_RUN = re.compile(rf"(?<![\w@./-]){NAME_SEQ}(?![\w@-])")


def capitalised_words(text: str) -> Iterator[Hit]:
    """A guess: a capitalised word inside a sentence is a name in Dutch (nouns are not
    capitalised), unless it is a known non-name (a weekday, "God", a country, a language, a
    shop), an acronym ("OCMW") or a function word."""
    for m in _CAPITALISED_RUN.finditer(text):
        if at_sentence_start(text, m.start()):
            continue
        span = name_words(text, m.start(), m.end())
        if span is None:
            continue
        words = text[span[0] : span[1]].split()
        first = words[0]
        if first.isupper() or first.casefold() in NOT_PLACES | FUNCTION_WORDS | NOT_PERSONS:
            continue
        yield Hit(span[0], span[1], "person", WEAK)


def persons(text: str) -> Iterator[Hit]:
    """Names by their context: after a form of address ("mevrouw V.", "meneer Peeters"),
    after a kin or role word ("mijn buddy Karim"), a nickname ("ze noemen me Bolle"), a first
    name with an initial ("Jan D."), and, as guesses, the speaker of "zei X" / "X zei"."""
    for pattern, group, priority in (
        (_TITLE, 1, PRECISE),
        (_KIN, 1, PRECISE),
        (_NICKNAME, 1, PRECISE),
        (_NICKNAME_AFTER, 1, PRECISE),
        (_SPEECH, 1, GUESS),
        (_SPEAKER_BEFORE, 1, GUESS),
    ):
        for m in pattern.finditer(text):
            hit = _person(text, m.start(group), m.end(group), priority)
            if hit is not None:
                yield hit
    for m in _INITIAL_NAME.finditer(text):
        first = m.group(1)
        if capitalised(first) and first.casefold() not in FUNCTION_WORDS | NOT_PERSONS:
            yield Hit(m.start(1), m.end(2), "person", PRECISE)
