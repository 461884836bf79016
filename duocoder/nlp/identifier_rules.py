"""DuoCoder's own identifier patterns, for what the Dutch de-identification library misses in
Flemish interviews: Belgian phone numbers and national register numbers, Belgian postcodes
with their town, Flemish places and streets, organisations named after their kind ("vzw De
Brug", "Wijkcentrum De Kring"), initials and nicknames, and spoken ages and dates.

Each rule returns `Hit`s with a priority: precise patterns (a checksum, a postcode before a
town, a street type with a house number) outrank the library; context guesses ("naar X")
rank below it. Every rule was kept only if it raised precision or recall on the corpus of
`tests/privacy_corpus.py` (`python -m bench --only privacy_detection`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from duocoder.domain.privacy import Kind
from duocoder.nlp.identifier_words import (
    FUNCTION_WORDS,
    KIN_AND_ROLES,
    MONTH_ABBREVIATIONS,
    MONTHS_EN,
    MONTHS_NL,
    NAME_PARTICLES,
    NOT_PERSONS,
    NOT_PLACES,
    NUMBER_TEENS,
    NUMBER_TENS,
    NUMBER_UNITS,
    TITLES,
    places,
    street_types,
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


# A capitalised word: a letter that is upper case, then letters, apostrophes or hyphens
# ("Sint-Niklaas", "O'Neill", "Ayşe", "Çelik"). Upper case is checked in Python, because `re`
# has no class for it.
_WORD = r"[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
_UPPER = "[" + "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper()) + "]"
_CAP_WORD = rf"{_UPPER}[^\W\d_'’-]*(?:['’-][^\W\d_]+)*"
"""A word that begins with a capital (Latin letters with their accents: "Ayşe", "Łukasz")."""
_PARTICLE = "(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + ")"
_NAME_SEQ = rf"{_CAP_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}{_CAP_WORD}){{0,3}}"
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s*|\n\s*|[‘“\"'(]\s*)$")


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def opens_name(words: list[str]) -> bool:
    """Whether `words[0]` is a capitalised particle that begins the name after it ("De
    Smet", "Van den Broeck", "El Amrani", "De Haan"), not a function word before one."""
    return (
        len(words) > 1
        and _capitalised(words[0])
        and words[0].casefold() in NAME_PARTICLES
        and any(_capitalised(w) and w.casefold() not in NAME_PARTICLES for w in words[1:])
    )


def _name_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The stretch of `text[start:end]` from its first to its last capitalised name word
    (function words, months and the like trimmed off the edges; a capitalised particle
    that opens a surname stays), or None."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]

    def name_word(span: tuple[int, int]) -> bool:
        word = text[span[0] : span[1]]
        folded = word.casefold()
        return _capitalised(word) and folded not in NOT_PERSONS and folded not in FUNCTION_WORDS

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


# Phones ---------------------------------------------------------------------------------------

_PHONE = re.compile(
    r"(?<![\w+/.-])(?:(?:\+|00)32[\s.]?(?:\(0\)\s?)?[1-9]|0[1-9])(?:[\s./-]?\d){7,8}"
    r"(?![\w/-]|[.,]\d)"
)


def phones(text: str) -> Iterator[Hit]:
    """Belgian phone numbers: +32/0032 or a 0, then 8 digits (a fixed line) or 9 (a mobile
    04xx), grouped by spaces, slashes, dots or dashes."""
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if digits.startswith("0032"):
            digits = "0" + digits[4:]
        elif digits.startswith("32"):
            digits = "0" + digits[2:]
        mobile = digits.startswith("04")
        if (mobile and len(digits) == 10) or (not mobile and len(digits) == 9):
            yield Hit(m.start(), m.end(), "phone", PRECISE)


# National register numbers -----------------------------------------------------------------

_NATIONAL_ID = re.compile(
    r"(?<![\w.,/-])(\d{2})\.?(\d{2})\.?(\d{2})[-\s.]?(\d{3})[-\s.]?(\d{2})(?![\w]|[.,/-]\d)"
)


def valid_national_id(digits: str) -> bool:
    """The Belgian rijksregisternummer's check: 97 minus the first nine digits modulo 97
    (born from 2000 on: with a 2 put before them) equals the last two."""
    if len(digits) != 11 or not digits.isdigit():
        return False
    month = int(digits[2:4])
    if not (month <= 12 or 20 <= month <= 32 or 40 <= month <= 52):  # bis numbers
        return False
    body, check = int(digits[:9]), int(digits[9:])
    return check in (97 - body % 97, 97 - (2_000_000_000 + body) % 97)


def national_ids(text: str) -> Iterator[Hit]:
    """Rijksregisternummers as YY.MM.DD-XXX.CC, as 11 digits, or grouped by spaces; only
    those whose check digits add up, so an account or order number is not taken."""
    for m in _NATIONAL_ID.finditer(text):
        if valid_national_id("".join(m.groups())):
            yield Hit(m.start(), m.end(), "national_id", PRECISE)


# E-mail and web addresses ---------------------------------------------------------------------

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w@])")
_URL = re.compile(
    r"(?<![\w@/.-])(?:https?://[^\s<>\"“”‘’]+|www\.[^\s<>\"“”‘’]+"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:be|com|org|net|nl|eu|info|vlaanderen|brussels|gent)"
    r"(?:/[^\s<>\"“”‘’]*)?)(?![\w@])"
)


def emails(text: str) -> Iterator[Hit]:
    for m in _EMAIL.finditer(text):
        yield Hit(m.start(), m.end(), "email", PRECISE)


def urls(text: str) -> Iterator[Hit]:
    """Web addresses with a scheme, with www., or a bare domain under a common ending; closing
    punctuation of the sentence is not part of them."""
    for m in _URL.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?)]’'\"":
            end -= 1
        if "@" not in text[m.start() : end]:
            yield Hit(m.start(), end, "url", PRECISE)


# Postcodes, places and streets ---------------------------------------------------------------

_PLACE_CUE = re.compile(
    r"(?:\b(?:in|uit|naar|van|te|bij|rond|richting|nabij|from|to|near|at)\s+)$", re.IGNORECASE
)


_SURNAME_PREFIX = re.compile(
    r"(?:\b(?:Van|Vande|Vanden|Vander|De|Den|Der|Ver)(?:\s+(?:de|den|der))?\s+)$"
)


@cache
def _place_pattern() -> re.Pattern[str]:
    known = places()
    names = sorted(known.plain | known.ambiguous, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def place_names(text: str) -> Iterator[Hit]:
    """Towns, districts and municipalities of the place list; an ambiguous one ("Geel",
    "Mol") only after a place word ("in", "uit", "naar", …)."""
    ambiguous = places().ambiguous
    for m in _place_pattern().finditer(text):
        if m.group() in ambiguous and not _PLACE_CUE.search(
            text[max(0, m.start() - 12) : m.start()]
        ):
            continue
        yield Hit(m.start(), m.end(), "place", PRECISE)


_PLACE_AFTER = re.compile(
    rf"(?<![\w-])(in|uit|te|nabij|richting|vanuit|rond|omgeving|naar|near)\s+"
    rf"({_WORD}(?:[\s-]{_WORD})?)(?![\w-])"
)
_WEAK_PLACE_CUES = frozenset({"naar"})
"""After "naar" a capitalised word is as often a person ("naar Sofie") as a place: the
library's name lists decide first."""


def places_by_context(text: str) -> Iterator[Hit]:
    """A capitalised word after "in", "uit", "te" ("in Zaffelare"): a village or district the
    place list lacks. Countries, regions and languages are left out ("uit Marokko")."""
    for m in _PLACE_AFTER.finditer(text):
        words = m.group(2).split()
        if not _capitalised(words[0]):
            continue
        # a second capitalised word only when the two make one name ("Sint Amands")
        if len(words) > 1 and not _capitalised(words[1]):
            words = words[:1]
        name = " ".join(words)
        if "-" not in name and len(words) > 1:
            name = words[0]
        folded = name.casefold()
        if folded in NOT_PLACES or folded in FUNCTION_WORDS or folded in NOT_PERSONS:
            continue
        if name.isupper():
            continue
        priority = GUESS if m.group(1) in _WEAK_PLACE_CUES else CUE
        yield Hit(m.start(2), m.start(2) + len(name), "place", priority)


_POSTCODE_TOWN = re.compile(rf"(?<![\w.,/-])(?:B-)?([1-9]\d{{3}})\s+({_WORD}(?:-{_WORD})*)")
_POSTCODE_WORD = re.compile(r"\bpostcode(?:\s+is|:)?\s+([1-9]\d{3})(?!\w)", re.IGNORECASE)
_POSTCODE_IN = re.compile(r"\b(?:in|uit|naar|rond)\s+([1-9]\d{3})(?![\w.,/-]\d|\w)")


def postcodes(text: str) -> Iterator[Hit]:
    """A four-digit Belgian postcode before a capitalised town ("9000 Gent": a postcode and a
    place), after the word "postcode", or after "in"/"uit" when it cannot be a year
    ("in 9950")."""
    for m in _POSTCODE_TOWN.finditer(text):
        town = m.group(2)
        if not _capitalised(town) or town.casefold() in NOT_PERSONS | FUNCTION_WORDS:
            continue
        yield Hit(m.start(1), m.end(1), "postcode", PRECISE)
        yield Hit(m.start(2), m.end(2), "place", PRECISE)
    for m in _POSTCODE_WORD.finditer(text):
        yield Hit(m.start(1), m.end(1), "postcode", PRECISE)
    for m in _POSTCODE_IN.finditer(text):
        if not 1900 <= int(m.group(1)) <= 2099:  # "in 1995" is a year
            yield Hit(m.start(1), m.end(1), "postcode", CUE)


_HOUSE_NUMBER = r"\d{1,4}[a-zA-Z]?(?:\s?(?:bus|/)\s?\d{1,4}[a-zA-Z]?)?(?![\w/])"
_NUMBER_BEFORE = re.compile(r"(?<![\w.,/-])\d{1,4}[a-zA-Z]?[ \t]+$")
_NOT_STREETS = frozenset(
    ("onderweg", "halfweg", "snelweg", "autosnelweg", "zijstraat", "zijweg", "omweg", "uitweg",
     "loopbaan", "rijbaan", "hoofdweg", "wegenwerken")
)  # fmt: skip


@cache
def _street_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    types = street_types()
    before = rf"(?:{_WORD}\s+){{0,2}}"
    alone = "|".join(map(re.escape, types.suffixes))
    numbered = "|".join(map(re.escape, types.suffixes_with_number))
    words = "|".join(map(re.escape, types.words))
    return (
        re.compile(rf"(?<![\w-]){before}{_WORD}(?:{alone})(?:\s+{_HOUSE_NUMBER})?(?![\w-])"),
        re.compile(rf"(?<![\w-]){before}{_WORD}(?:{numbered})\s+{_HOUSE_NUMBER}"),
        re.compile(rf"(?<![\w-]){_WORD}\s+(?:{words})(?:\s+{_HOUSE_NUMBER})?(?![\w-])"),
    )


def _street_start(text: str, start: int, end: int) -> int | None:
    """Where a street name found at `start` really begins: leading words that are not
    capitalised or are function words ("In Kerkstraat", "ik Kerkstraat") are dropped."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for i, m in enumerate(words):
        word = m.group()
        if _capitalised(word) and word.casefold() not in FUNCTION_WORDS:
            return start + m.start()
        if opens_name([w.group() for w in words[i:]]):
            return start + m.start()  # "De Keyserlei", "Van Eycklaan"
    return None


def addresses(text: str) -> Iterator[Hit]:
    """Streets, with their house number (and box) when one follows: "Kerkstraat 14",
    "Koning Albertlaan", "Brugse Steenweg 149", "Molenhof 3 bus 2". Without a number, a
    street at the start of a sentence is left alone ("Onderweg …", "Loopbaan …")."""
    place_list = places()
    for pattern in _street_patterns():
        for m in pattern.finditer(text):
            start = _street_start(text, m.start(), m.end())
            if start is None:
                continue
            street = text[start : m.end()]
            head = street.split()[0]
            if head.casefold() in _NOT_STREETS or head in place_list.plain:
                continue
            has_number = bool(re.search(r"\d", street))
            if not has_number:
                # the English order puts the number first ("12 Kerkstraat")
                number = _NUMBER_BEFORE.search(text, max(0, start - 12), start)
                if number:
                    start, has_number = number.start(), True
            if not has_number and at_sentence_start(text, start):
                continue
            yield Hit(start, m.end(), "address", PRECISE)


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
_ORG_NAME = rf"(?:{_WORD}|'t)(?:\s+(?:(?:van|de|den|der|het|op|ter|ten)\s+)?{_WORD}){{0,3}}"
_ORG_HEAD = re.compile(
    r"(?<![\w-])(?:(?i:vzw)|" + "|".join(map(re.escape, _ORG_HEADS)) + rf")\s+({_ORG_NAME})"
)
_ORG_TAIL = re.compile(
    # "De Brug vzw", but not the "vzw" that opens the next name ("… van Vzw De Brug")
    rf"(?<![\w-])((?:(?:{_WORD}|'t)\s+){{0,4}}{_WORD})\s+(?i:vzw)(?![\w-]|[ \t]+{_CAP_WORD})"
)


def _capitalised_prefix(text: str, start: int, end: int) -> int:
    """The end of the run of capitalised words (with small linking words between them) that
    begins at `start`: where an organisation's name stops ("De Brug in Gent" → "De Brug")."""
    stop = start
    for m in re.finditer(r"\S+", text[start:end]):
        word = m.group()
        if _capitalised(word) or word == "'t":
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
        if _capitalised(word) or word == "'t":
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
    + rf")\s+((?:[A-Z]\.\s?){{1,3}}(?:{_WORD})?|{_NAME_SEQ})"
)  # fmt: skip
_KIN = re.compile(
    r"(?<![\w])(?i:mijn|m'n|onze|ons|haar|zijn|z'n|hun|de|het|die|een|my|our|his|her|the)\s+"
    r"(?i:" + "|".join(re.escape(k) for k in sorted(KIN_AND_ROLES, key=len, reverse=True))
    + rf")\s*,?\s+({_NAME_SEQ})"
)  # fmt: skip
_NICKNAME = re.compile(
    r"(?i:noem(?:en|de|den|t)?\s+(?:me|mij|hem|haar|ons|hen|ze|mekaar)|(?:bij|roep)naam\s+"
    r"(?:is|was)|call(?:s|ed)?\s+(?:me|him|her)|zeg(?:t|gen)?\s+)\s+[‘“\"']?"
    rf"({_WORD})[’”\"']?"
)
_NICKNAME_AFTER = re.compile(
    rf"[‘“\"']?({_WORD})[’”\"']?\s+(?:genoemd|tegen\s+(?:me|mij|hem|haar))\b"
)
_INITIAL_NAME = re.compile(rf"(?<![\w.])({_WORD})\s+([A-Z]\.)(?![\w])")
_SPEECH = re.compile(
    r"(?<![\w])(?i:zei|zegt|vroeg|vraagt|antwoordde|belde|riep|vertelde|schreef|said|asked"
    rf"|told)\s+({_NAME_SEQ})"
)
_SPEAKER_BEFORE = re.compile(rf"({_NAME_SEQ})\s+(?:zei|vroeg|vertelde|belde|said|told|asked)\b")


def _person(text: str, start: int, end: int, priority: int) -> Hit | None:
    span = _name_words(text, start, end)
    if span is None:
        return None
    words = text[span[0] : span[1]].split()
    if all(w.casefold() in FUNCTION_WORDS | NOT_PERSONS for w in words):
        return None
    if text[span[0] : span[1]] in places().plain:
        return None
    return Hit(span[0], span[1], "person", priority)


_CAPITALISED_RUN = re.compile(rf"(?<![\w@./-]){_NAME_SEQ}(?![\w@-])")


def capitalised_words(text: str) -> Iterator[Hit]:
    """A guess: a capitalised word inside a sentence is a name in Dutch (nouns are not
    capitalised), unless it is a known non-name (a weekday, "God", a country, a language, a
    shop), an acronym ("OCMW") or a function word."""
    for m in _CAPITALISED_RUN.finditer(text):
        if at_sentence_start(text, m.start()):
            continue
        span = _name_words(text, m.start(), m.end())
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
        if _capitalised(first) and first.casefold() not in FUNCTION_WORDS | NOT_PERSONS:
            yield Hit(m.start(1), m.end(2), "person", PRECISE)


# Dates and ages -------------------------------------------------------------------------------

_MONTH = "|".join([*MONTHS_NL, *MONTHS_EN, *(rf"{a}\.?" for a in MONTH_ABBREVIATIONS)])
_DATE_NUMERIC = re.compile(
    r"(?<![\w./-])(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:19|20)?\d{2}(?![\w]|[./-]\d)"
)
_DATE_WORDS = re.compile(
    rf"(?<![\w])(?:(?:0?[1-9]|[12]\d|3[01])(?:ste|de|e|st|nd|rd|th)?\s+(?i:{_MONTH})"
    rf"(?:,?\s+(?:(?:19|20)\d{{2}}|'\d{{2}}))?"
    rf"|(?i:{_MONTH})\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}})(?![\w])"
)


def dates(text: str) -> Iterator[Hit]:
    """Dates with a day: "12 maart 1954", "12/03/1954", "3-4-61", "12 maart", "March 12,
    1954". A month or a year alone identifies no one and is not taken."""
    for pattern in (_DATE_NUMERIC, _DATE_WORDS):
        for m in pattern.finditer(text):
            yield Hit(m.start(), m.end(), "date", PRECISE)


_NUMBER_WORD = (
    "(?:(?:" + "|".join(NUMBER_UNITS) + ")(?:en|ën)(?:" + "|".join(NUMBER_TENS) + ")|"
    + "|".join((*NUMBER_TENS, *NUMBER_TEENS)) + ")"
)  # fmt: skip
_AGE = re.compile(
    rf"(?<![\w.,-])(?:(\d{{1,3}}|{_NUMBER_WORD})(?:\s+jaar|-jarige?|\s+years?(?:\s+old)?"
    rf"|-year-old))(?![\w-])",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(r"^(?:\s+(?:oud|jong|geworden|old)\b|,?\s+(?:was|werd|word)\b)")
_AGE_BEFORE = re.compile(
    r"(?:\b(?:ben|is|was|werd|word|wordt|waren|zijn|worden|am|are|aged?)"
    r"(?:\s+(?:ik|hij|zij|ze|je|u|jij|nu|intussen|bijna|pas|net|ongeveer|toen|now|almost|just))*"
    r"|\b(?:man|vrouw|kind|jongen|meisje|zoon|dochter|dame|heer|mens|iemand|persoon)\s+van"
    r"|\bop\s+(?:mijn|zijn|haar|je|jouw|hun|m'n|z'n)"
    r"|\btoen\s+(?:ik|hij|zij|ze|je|we|wij)"
    r"|\b(?:leeftijd\s+van))\s+$",
    re.IGNORECASE,
)
_DURATION_AFTER = re.compile(r"^\s+(?:geleden|lang|later|eerder|terug|ago|long)\b", re.IGNORECASE)


def ages(text: str) -> Iterator[Hit]:
    """An age with its unit: "72 jaar" after "ik ben", "toen ik", "een man van" or before
    "oud"; "72-jarige" always; "72 years old". A duration ("al 5 jaar vrijwilliger", "twee
    jaar geleden") is no age and is left alone."""
    for m in _AGE.finditer(text):
        word = m.group()
        after = text[m.end() : m.end() + 20]
        if "jarig" in word.casefold() or "old" in word.casefold():
            yield Hit(m.start(), m.end(), "age", PRECISE)
            continue
        if _DURATION_AFTER.search(after):
            continue
        if _AGE_AFTER.search(after) or _AGE_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
            number = m.group(1)
            if number.isdigit() and not 0 < int(number) < 120:
                continue
            yield Hit(m.start(), m.end(), "age", PRECISE)


RULES: tuple[Callable[[str], Iterator[Hit]], ...] = (
    phones,
    national_ids,
    emails,
    urls,
    postcodes,
    place_names,
    addresses,
    organisations,
    persons,
    capitalised_words,
    places_by_context,
    dates,
    ages,
)
"""Every rule, in no particular order: the finder resolves their overlaps."""


def rule_hits(text: str) -> list[Hit]:
    """What all of DuoCoder's rules find in `text`, overlaps included."""
    return [hit for rule in RULES for hit in rule(text)]
