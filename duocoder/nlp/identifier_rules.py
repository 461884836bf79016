"""DuoCoder's own identifier patterns, for what the Dutch de-identification library misses in
Flemish interviews: Belgian phone numbers and national register numbers, Belgian postcodes
with their town, Flemish places and streets, and spoken ages and dates here; organisations
named after their kind, initials and nicknames in `identifier_names`; what they share in
`identifier_patterns`. `rule_hits` runs them all.

Each rule returns `Hit`s with a priority: precise patterns (a checksum, a postcode before a
town, a street type with a house number) outrank the library; context guesses ("naar X")
rank below it. Every rule was kept only if it raised precision or recall on the corpus of
`tests/privacy_corpus.py` (`python -m bench --only privacy_detection`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

from duocoder.nlp.identifier_names import capitalised_words, organisations, persons
from duocoder.nlp.identifier_patterns import (
    CUE,
    GUESS,
    PRECISE,
    WORD,
    Hit,
    at_sentence_start,
    capitalised,
    opens_name,
)
from duocoder.nlp.identifier_words import (
    FUNCTION_WORDS,
    MONTH_ABBREVIATIONS,
    MONTHS_EN,
    MONTHS_NL,
    NOT_PERSONS,
    NOT_PLACES,
    NUMBER_TEENS,
    NUMBER_TENS,
    NUMBER_UNITS,
    places,
    street_types,
)

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
    rf"({WORD}(?:[\s-]{WORD})?)(?![\w-])"
)
_WEAK_PLACE_CUES = frozenset({"naar"})
"""After "naar" a capitalised word is as often a person ("naar Sofie") as a place: the
library's name lists decide first."""


def places_by_context(text: str) -> Iterator[Hit]:
    """A capitalised word after "in", "uit", "te" ("in Zaffelare"): a village or district the
    place list lacks. Countries, regions and languages are left out ("uit Marokko")."""
    for m in _PLACE_AFTER.finditer(text):
        words = m.group(2).split()
        if not capitalised(words[0]):
            continue
        # a second capitalised word only when the two make one name ("Sint Amands")
        if len(words) > 1 and not capitalised(words[1]):
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


_POSTCODE_TOWN = re.compile(rf"(?<![\w.,/-])(?:B-)?([1-9]\d{{3}})\s+({WORD}(?:-{WORD})*)")
_POSTCODE_WORD = re.compile(r"\bpostcode(?:\s+is|:)?\s+([1-9]\d{3})(?!\w)", re.IGNORECASE)
_POSTCODE_IN = re.compile(r"\b(?:in|uit|naar|rond)\s+([1-9]\d{3})(?![\w.,/-]\d|\w)")


def postcodes(text: str) -> Iterator[Hit]:
    """A four-digit Belgian postcode before a capitalised town ("9000 Gent": a postcode and a
    place), after the word "postcode", or after "in"/"uit" when it cannot be a year
    ("in 9950")."""
    for m in _POSTCODE_TOWN.finditer(text):
        town = m.group(2)
        if not capitalised(town) or town.casefold() in NOT_PERSONS | FUNCTION_WORDS:
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
    before = rf"(?:{WORD}\s+){{0,2}}"
    alone = "|".join(map(re.escape, types.suffixes))
    numbered = "|".join(map(re.escape, types.suffixes_with_number))
    words = "|".join(map(re.escape, types.words))
    return (
        re.compile(rf"(?<![\w-]){before}{WORD}(?:{alone})(?:\s+{_HOUSE_NUMBER})?(?![\w-])"),
        re.compile(rf"(?<![\w-]){before}{WORD}(?:{numbered})\s+{_HOUSE_NUMBER}"),
        re.compile(rf"(?<![\w-]){WORD}\s+(?:{words})(?:\s+{_HOUSE_NUMBER})?(?![\w-])"),
    )


def _street_start(text: str, start: int, end: int) -> int | None:
    """Where a street name found at `start` really begins: leading words that are not
    capitalised or are function words ("In Kerkstraat", "ik Kerkstraat") are dropped."""
    words = list(re.finditer(r"\S+", text[start:end]))
    for i, m in enumerate(words):
        word = m.group()
        if capitalised(word) and word.casefold() not in FUNCTION_WORDS:
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
