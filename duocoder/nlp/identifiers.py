"""Finding what identifies the people in a transcript (issue 14): names, organisations,
places, addresses, postcodes, dates, ages, phone numbers, e-mail and web addresses and
national register numbers, as `Found` spans for the researcher to review.

Three sources are combined, and where they overlap the more precise one wins:
1. what the project knows (`KnownNames`: speaker labels, names in document names and header
   lines, the organisation (case) names, the researcher's own name list) — found wherever it
   occurs, as a whole word and in any case;
2. DuoCoder's own rules (`identifier_rules`): Belgian numbers, postcodes, Flemish places and
   streets, organisations named after their kind, initials, nicknames, spoken ages;
3. the Dutch de-identification library deduce (`identifier_library`), for names from its
   lists, dates, e-mail and web addresses; its spans are trimmed where they run on ("Griet
   Vermeulen van Vzw De Brug" → the person "Griet Vermeulen" and the organisation
   "Vzw De Brug").
`KnownNames.not_names` (the interviewer's label, role words) are never found.

The result is sorted and never overlaps; every span is whole words. On English text the
rules and known names work as on Dutch; of deduce only its names and number patterns are
used (measured in `bench/privacy_detection.py`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from importlib import metadata

from duocoder.domain.privacy import Found, Kind, KnownNames, Source
from duocoder.nlp import identifier_library
from duocoder.nlp.identifier_patterns import PRECISE, Hit, opens_name
from duocoder.nlp.identifier_rules import rule_hits
from duocoder.nlp.identifier_words import (
    FUNCTION_WORDS,
    NAME_PARTICLES,
    NOT_PERSONS,
    NOT_PLACES,
    TITLES,
)


def _version() -> str:
    try:
        library = metadata.version("deduce")
    except metadata.PackageNotFoundError:  # pragma: no cover - a broken installation
        library = "none"
    return f"5+deduce-{library}"


VERSION = _version()
"""Which detection made a result: DuoCoder's rules (the number before the +, raised with
every change of what they find) and deduce's version. The app layer stores it with cached
findings, so a document is scanned again when either changes."""

KNOWN = PRECISE + 1
"""The project's own names outrank every rule."""

_DEFAULT_ORIGIN: dict[Kind, Source] = {
    "person": "names",
    "organisation": "case",
    "place": "names",
}
_CONNECTORS = FUNCTION_WORDS | NAME_PARTICLES
_NAME_OPENERS = frozenset(("de", "het", "ons", "onze", "den", "'t"))
_EDGE = " \t\n,.;:!?…\"'‘’“”()[]-–—/"
_ENDS_IN_INITIAL = re.compile(r"(?<!\w)[A-Z]\.$")
_INITIAL = re.compile(r"[A-Z]\.$")
_TITLES = frozenset(t.rstrip(".") for t in TITLES) | frozenset(TITLES)


LIBRARY_LANGUAGES = ("nl",)
"""The languages deduce is asked on. On the English corpus its names added nothing to the
rules and known names (person precision and recall 0.99 with and without it, see
`bench/privacy_detection.py`), so English text does not wait for it to load."""


class IdentifierFinder:
    """Finds identifiers in one text at a time. `library=False` leaves deduce out (it then
    never loads), `rules=False` DuoCoder's own patterns; `library_languages` says for which
    project languages deduce is asked. The benchmark compares these."""

    def __init__(
        self,
        *,
        library: bool = True,
        rules: bool = True,
        library_languages: tuple[str, ...] = LIBRARY_LANGUAGES,
    ) -> None:
        self.use_library = library
        self.use_rules = rules
        self.library_languages = library_languages

    def find(
        self,
        text: str,
        known: KnownNames,
        language: str = "nl",
        origins: Mapping[str, Source] | None = None,
    ) -> list[Found]:
        """The identifiers in `text`, sorted and without overlaps.

        `origins` may say where a known name comes from (its case-folded text → "speaker",
        "document", "names", "entity"); without it a known person or place is reported as
        from the name list ("names") and a known organisation as a case name ("case")."""
        not_names = {n.casefold() for n in known.not_names}
        candidates: list[tuple[Hit, Source]] = []
        candidates.extend(_known_hits(text, known, not_names, origins or {}))
        if self.use_rules:
            candidates.extend((hit, "rule") for hit in rule_hits(text))
        if self.use_library and language in self.library_languages:
            for hit in identifier_library.library_hits(text, language):
                # deduce takes every "N jaar" for an age, durations too; the age rule
                # looks at the context, so with the rules on it decides alone
                if not (self.use_rules and hit.kind == "age"):
                    candidates.extend((piece, "library") for piece in _split_sentences(text, hit))
        return _resolve(text, candidates, not_names)


_SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})[.!?]\s+(?=[^\W\d_])")


def _split_sentences(text: str, hit: Hit) -> list[Hit]:
    """The library's person may run over a sentence's end ("Via Sofie. Marc belde" gave
    "Sofie. Marc"): a name never does, so it is cut there (an initial's full stop stays)."""
    if hit.kind != "person":
        return [hit]
    pieces: list[Hit] = []
    start = hit.start
    for m in _SENTENCE_END.finditer(text, hit.start, hit.end):
        pieces.append(Hit(start, m.start(), hit.kind, hit.priority))
        start = m.end()
    pieces.append(Hit(start, hit.end, hit.kind, hit.priority))
    return [p for p in pieces if p.end > p.start]


def _known_variants(name: str, kind: Kind) -> list[str]:
    """A known person is found by their whole name, their first name and their surname
    ("Karim El Amrani", "Karim", "El Amrani"); other known names only whole. A single word
    that is also a common word ("Ben", "Roos") is kept: `_word_like_hits` finds it."""
    name = " ".join(name.split())
    variants = [name]
    words = name.split()
    if kind == "person" and len(words) > 1:
        variants.append(words[0])
        variants.append(" ".join(words[1:]))
    return [v for v in variants if len(v) > 1 and (v == name or v.casefold() not in _CONNECTORS)]


_SENTENCE_START = re.compile(r"(?:^|[.!?:;…\n“\"‘'(\[-])\s*$")


def _word_like(name: str) -> bool:
    return " " not in name and name.casefold() in _CONNECTORS


def _word_like_hits(text: str, name: str, kind: Kind) -> Iterable[Hit]:
    """A known name that is also a common word ("Ben": "ik ben geen kind, Ben") counts only
    where it is written with its capital inside a sentence; at a sentence's start the
    capital says nothing ("Ben ik nu haar enige?")."""
    pattern = re.compile(rf"(?<![\w@./]){re.escape(name)}(?![\w@]|[./]\w)")
    for m in pattern.finditer(text):
        if not _SENTENCE_START.search(text, max(0, m.start() - 4), m.start()):
            yield Hit(m.start(), m.end(), kind, KNOWN)


def _known_hits(
    text: str, known: KnownNames, not_names: set[str], origins: Mapping[str, Source]
) -> Iterable[tuple[Hit, Source]]:
    groups: tuple[tuple[Kind, tuple[str, ...]], ...] = (
        ("person", known.persons),
        ("organisation", known.organisations),
        ("place", known.places),
    )
    for kind, names in groups:
        variants: dict[str, Source] = {}
        for name in names:
            origin = origins.get(name.casefold(), _DEFAULT_ORIGIN[kind])
            for variant in _known_variants(name, kind):
                if _word_like(variant):
                    if variant.casefold() not in not_names and variant[:1].isupper():
                        for hit in _word_like_hits(text, variant, kind):
                            yield hit, origins.get(variant.casefold(), origin)
                    continue
                if variant.casefold() not in not_names:
                    variants.setdefault(variant.casefold(), origins.get(variant.casefold(), origin))
        if not variants:
            continue
        ordered = sorted(variants, key=len, reverse=True)
        body = "|".join(r"\s+".join(map(re.escape, v.split())) for v in ordered)
        # not inside an e-mail or web address ("cem@outlook.be" holds no name of its own)
        pattern = re.compile(rf"(?<![\w@./])(?:{body})(?![\w@]|[./]\w)", re.IGNORECASE)
        for m in pattern.finditer(text):
            source = variants.get(" ".join(m.group().split()).casefold(), _DEFAULT_ORIGIN[kind])
            yield Hit(m.start(), m.end(), kind, KNOWN), source


def _trim(
    text: str, start: int, end: int, kind: Kind, not_names: set[str]
) -> tuple[int, int] | None:
    """`start`..`end` without the punctuation, function words, linking words and not-names at
    its edges (a person that came out as "Then Mohamed" or "Griet Vermeulen van" is
    "Mohamed", "Griet Vermeulen"); None when nothing is left."""
    while True:
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            if kind == "person" and _ENDS_IN_INITIAL.search(text, start, end):
                break  # the full stop of an initial belongs to the name ("mevrouw V.")
            end -= 1
        if start >= end:
            return None
        if kind not in ("person", "organisation", "place", "address"):
            return start, end
        words = list(re.finditer(r"\S+", text[start:end]))
        first, last = words[0].group(), words[-1].group()
        if kind == "organisation":  # "De Brug", "Het Anker", "Ons Huis" keep their article
            drop = (FUNCTION_WORDS - _NAME_OPENERS) | not_names
        else:
            drop = _CONNECTORS | not_names
        if kind == "person":
            drop = drop | _TITLES
        if _INITIAL.match(first) and kind == "person":
            pass  # "A." is an initial, not the English article
        elif (first[:1].isupper() and first.casefold() in _NAME_OPENERS | NAME_PARTICLES) and (
            opens_name([w.group() for w in words])
        ):
            pass  # "De Smet", "De Haan", "Van den Broeck" begin with their particle
        elif first.casefold().strip(_EDGE) in drop or (
            kind == "person" and first.casefold() in NOT_PERSONS
        ):
            if len(words) == 1:
                return None
            start += words[1].start()
            continue
        if _INITIAL.match(last) and kind == "person":
            return start, end
        if last.casefold().strip(_EDGE) in drop - {"de", "het"} or (
            kind == "person" and last.casefold() in NOT_PERSONS
        ):
            if len(words) == 1:
                return None
            end = start + words[-2].end()
            continue
        return start, end


def _whole_words(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (
        end == len(text) or not text[end].isalnum()
    )


def _subtract(start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of `start`..`end` that no taken span covers."""
    parts = [(start, end)]
    for s, e in taken:
        next_parts = []
        for a, b in parts:
            if e <= a or s >= b:
                next_parts.append((a, b))
                continue
            if a < s:
                next_parts.append((a, s))
            if e < b:
                next_parts.append((e, b))
        parts = next_parts
    return parts


def _looks_like(text: str, kind: Kind) -> bool:
    """Whether a fragment left of a trimmed span can still be of its kind (a person's part
    must hold a capitalised word that is no function word)."""
    if kind in ("person", "organisation", "place", "address"):
        return any(
            w[:1].isupper() and w.casefold() not in FUNCTION_WORDS | NOT_PERSONS
            for w in text.split()
        )
    return False


class _Taken:
    """The spans taken so far, kept sorted by start; they never overlap, so the ones that
    overlap a new span are found by bisection in O(log n) instead of a scan of all."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[Found] = []

    def overlapping(self, start: int, end: int) -> list[Found]:
        i = bisect.bisect_left(self.starts, start)
        if i > 0 and self.spans[i - 1].end > start:
            i -= 1
        j = bisect.bisect_left(self.starts, end, lo=i)
        return self.spans[i:j]

    def add(self, found: Found) -> None:
        i = bisect.bisect_left(self.starts, found.start)
        self.starts.insert(i, found.start)
        self.spans.insert(i, found)

    def remove(self, found: Found) -> None:
        i = self.spans.index(found, bisect.bisect_left(self.starts, found.start))
        del self.starts[i]
        del self.spans[i]


def _resolve(text: str, candidates: list[tuple[Hit, Source]], not_names: set[str]) -> list[Found]:
    """Take candidates from the most to the least trusted (then the longest first). A
    candidate that overlaps what was taken keeps only its free parts, if those still look
    like a name; but one that wholly contains taken spans of its own kind and touches nothing
    else widens them ("Dienstencentrum" + the case name "Duo Denderland", "Soufiane" +
    "Al-Hassan"). The result is sorted and has no overlaps."""
    candidates.sort(key=lambda c: (-c[0].priority, -(c[0].end - c[0].start), c[0].start))
    taken = _Taken()
    for hit, source in candidates:
        if hit.priority == KNOWN and _word_like(text[hit.start : hit.end]):
            trimmed: tuple[int, int] | None = (hit.start, hit.end)  # see _word_like_hits
        else:
            trimmed = _trim(text, hit.start, hit.end, hit.kind, not_names)
        if trimmed is None:
            continue
        start, end = trimmed
        if text[start:end].casefold() in not_names or not _whole_words(text, start, end):
            continue
        if (
            hit.kind == "person"
            and hit.priority < KNOWN
            and text[start:end].casefold() in NOT_PLACES
        ):
            continue  # "Frans", "Engels": in a transcript far more often the language
        overlapping = taken.overlapping(start, end)
        if not overlapping:
            taken.add(Found(start, end, hit.kind, source))
            continue
        if all(f.kind == hit.kind and start <= f.start and f.end <= end for f in overlapping):
            for f in overlapping:
                taken.remove(f)
            taken.add(Found(start, end, hit.kind, overlapping[0].source))
            continue
        if hit.kind not in ("person", "organisation"):
            continue  # a number or address cut in two is no longer the same thing
        spans = [(f.start, f.end) for f in overlapping]
        for a, b in _subtract(start, end, spans):
            piece = _trim(text, a, b, hit.kind, not_names)
            if piece is None or not _looks_like(text[piece[0] : piece[1]], hit.kind):
                continue
            if _whole_words(text, *piece) and text[piece[0] : piece[1]].casefold() not in not_names:
                taken.add(Found(piece[0], piece[1], hit.kind, source))
    return _join_names(text, taken.spans, not_names)


_BETWEEN_NAMES = re.compile(r"[ \t]+(?:(?i:van|de|den|der|ter|ten|el|al|bin|ben)[ \t]+)?$")
_NEXT_NAME = re.compile(r"[ \t]+((?:(?:van|de|den|der|ter|ten)[ \t]+)?[^\W\d_][\w'’-]*)")
_INITIAL_AFTER = re.compile(r"[ \t]([A-Z])\.(?!\w)")


def _join_names(text: str, found: list[Found], not_names: set[str]) -> list[Found]:
    """Names that belong together become one: two persons with only a space (or a particle)
    between ("Paweł" "El Idrissi"), a person and the capitalised word after it that no other
    span holds ("Zeynep" + "Mbuyi"), a person and an initial after it ("Jan D.")."""
    result: list[Found] = []
    for i, f in enumerate(found):
        if f.kind == "person":
            start = f.start
            while start > 1 and text[start - 1] in "-'’" and text[start - 2].isalpha():
                start -= 2
                while start > 0 and (text[start - 1].isalpha()):
                    start -= 1
            if (result and start < result[-1].end) or (start > 0 and text[start - 1].isalnum()):
                start = f.start  # not into the span before, nor half into "0a-Sofie"
            f = Found(start, f.end, f.kind, f.source)
            following = found[i + 1].start if i + 1 < len(found) else len(text)
            end = f.end
            while True:
                m = _INITIAL_AFTER.match(text, end)
                if m and m.end() <= following:
                    end = m.end()
                    break
                m = _NEXT_NAME.match(text, end)
                if not m or m.end() > following:
                    break
                word = m.group(1).split()[-1]
                if not word[:1].isupper() or word.casefold() in FUNCTION_WORDS | NOT_PERSONS:
                    break
                if word.casefold() in not_names or word.isupper():
                    break
                end = m.end()
            f = Found(f.start, end, f.kind, f.source)
            previous = result[-1] if result else None
            if (
                previous is not None
                and previous.kind == "person"
                and _BETWEEN_NAMES.fullmatch(text, previous.end, f.start)
            ):
                result[-1] = Found(previous.start, f.end, "person", previous.source)
                continue
        result.append(f)
    return result


_shared = IdentifierFinder()


def find_identifiers(
    text: str,
    known: KnownNames,
    language: str = "nl",
    origins: Mapping[str, Source] | None = None,
) -> list[Found]:
    """`IdentifierFinder.find` with the shared finder (deduce is loaded once per process)."""
    return _shared.find(text, known, language, origins)


__all__ = ["VERSION", "IdentifierFinder", "find_identifiers"]
