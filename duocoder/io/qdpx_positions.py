"""Selection positions of a REFI-QDA source, in whatever unit its tool counted, mapped onto
DuoCoder's canonical text.

The standard counts Unicode code points; NVivo (and anything built on Qt or .NET) counts
UTF-16 code units, so every emoji or other astral character before a selection shifts it by
one; a tool built on byte strings counts UTF-8 bytes. The file does not say which, so the
unit is decided per source from evidence in that source alone:

- a boundary that falls inside a character (between the two halves of a surrogate pair, or
  inside a UTF-8 sequence) is impossible in that unit;
- a boundary between the CR and the LF of a line break never happens in a real tool;
- a selection's `name` often holds its words (or their beginning): agreeing is strong
  evidence, disagreeing is evidence against;
- selections begin and end at word edges far more often than a shifted count would.

The text itself is turned into the canonical text (`duocoder.domain.text.canonical`: LF line
breaks, NFC, no BOM) and every position is carried through that change with a table from
raw code points to canonical ones, so a selection covers the same words as in its tool.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from duocoder.domain.text import canonical


class Unit(StrEnum):
    CODE_POINTS = "code points"
    UTF16 = "UTF-16 code units"
    UTF8 = "UTF-8 bytes"
    LINES_AS_ONE = "code points with a line break counted once"


UNIT_WORDS = {
    Unit.CODE_POINTS: "characters (code points), as the standard says",
    Unit.UTF16: "UTF-16 code units, as NVivo counts",
    Unit.UTF8: "UTF-8 bytes",
    Unit.LINES_AS_ONE: "characters, with each CR LF line break counted as one",
}


@dataclass(frozen=True, slots=True)
class RawSelection:
    """A selection as the file states it; `name` is the tool's label, often its words."""

    start: int
    end: int
    name: str = ""


class CanonicalText:
    """A source's raw text, its canonical form and the tables between their positions.

    Texts run to millions of characters, so nothing here walks them character by character
    in Python: the regular-expression engine finds the few places that matter (line breaks,
    characters beyond ASCII or beyond the BMP, runs that NFC may change) and everything in
    between maps by plain arithmetic."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        text, table, inside = _canonical_with_table(raw)
        self.text = text
        self._table = table  # raw code point index -> canonical index
        self._inside = inside
        """Raw indices inside a CR LF or a composed character, with where such a unit ends."""
        self._extra: dict[Unit, tuple[list[int], list[int], list[int]]] = {}
        self.has_crlf = "\r" in raw
        self.has_astral = _ASTRAL.search(raw) is not None
        self.has_multibyte = not raw.isascii()

    # -- units -> raw code points ----------------------------------------------------------
    def raw_index(self, position: int, unit: Unit) -> int | None:
        """The raw code point index of `position` counted in `unit`; None when it is outside
        the text or inside a character (impossible in that unit)."""
        if position < 0:
            return None
        if unit in (Unit.CODE_POINTS, Unit.LINES_AS_ONE):
            return position if position <= len(self.raw) else None
        if position > self.size(unit):
            return None
        places, sums, starts = self._extras(unit)
        j = bisect.bisect_right(starts, position) - 1  # the last wide character at or before
        if j < 0:
            return position
        width = 1 + sums[j + 1] - sums[j]
        if position == starts[j]:
            return places[j]
        if position < starts[j] + width:
            return None  # inside that character
        return places[j] + 1 + (position - starts[j] - width)

    def count(self, unit: Unit, index: int) -> int:
        """How many `unit`s the first `index` code points of the raw text take."""
        if unit in (Unit.CODE_POINTS, Unit.LINES_AS_ONE):
            return index
        places, sums, _starts = self._extras(unit)
        return index + sums[bisect.bisect_left(places, index)]

    def size(self, unit: Unit) -> int:
        """The length of the raw text counted in `unit`."""
        if unit is Unit.LINES_AS_ONE:
            return len(self.text)
        return self.count(unit, len(self.raw))

    def _extras(self, unit: Unit) -> tuple[list[int], list[int], list[int]]:
        """The code points that take more than one unit, the running total of the extra
        units before each (one entry more: all of them), and where each starts in units."""
        found = self._extra.get(unit)
        if found is None:
            pattern = _ASTRAL if unit is Unit.UTF16 else _NON_ASCII
            places: list[int] = []
            sums = [0]
            for match in pattern.finditer(self.raw):
                places.append(match.start())
                sums.append(sums[-1] + _extra_units(unit, ord(match.group())))
            starts = [place + before for place, before in zip(places, sums, strict=False)]
            found = self._extra[unit] = (places, sums, starts)
        return found

    # -- mapping ----------------------------------------------------------------------------
    def canonical_span(self, start: int, end: int, unit: Unit) -> tuple[int, int] | None:
        """`start..end` in `unit` as a canonical span (end exclusive), or None when it does
        not fall on the text. A boundary inside a composed character widens to it."""
        if unit is Unit.LINES_AS_ONE:
            if not 0 <= start < end <= len(self.text):
                return None
            return start, end
        a, b = self.raw_index(start, unit), self.raw_index(end, unit)
        if a is None or b is None or a >= b:
            return None
        first = self._table[a]
        last = self._inside.get(b, self._table[b])  # an end inside a unit covers all of it
        if first >= last:
            return None
        return first, last

    def splits_line_break(self, raw: int) -> bool:
        return 0 < raw < len(self.raw) and self.raw[raw - 1] == "\r" and self.raw[raw] == "\n"


def _extra_units(unit: Unit, code: int) -> int:
    """Units beyond the first that code point `code` takes (it is not ASCII)."""
    if unit is Unit.UTF16:
        return 1
    return 1 if code < 0x800 else 2 if code < 0x10000 else 3


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_BREAKS = re.compile("\r\n|[\r\u2028\u2029]")
_HIGH = re.compile("[\u0300-\U0010ffff]+")
"""Runs that NFC may change: no character below U+0300 is changed by NFC or combines with
the character before it, so every such character is a safe place to cut."""


def _canonical_with_table(raw: str) -> tuple[str, list[int], dict[int, int]]:
    """The canonical text of `raw`, with for every raw index 0..len(raw) its canonical index,
    and the raw indices that fall inside something the canonical text made one character
    (with the canonical index where that ends)."""
    n = len(raw)
    skip = len(raw) - len(raw.lstrip("\ufeff"))
    table: list[int] = [0] * (skip + 1)
    crlf: set[int] = set()
    pieces: list[str] = []
    pos, out = skip, 0
    for match in _BREAKS.finditer(raw, skip):
        a = match.start()
        table.extend(range(out + 1, out + (a - pos) + 1))  # indices pos+1 .. a
        pieces.append(raw[pos:a])
        out += a - pos
        pieces.append("\n")
        if match.group() == "\r\n":
            crlf.add(a + 1)
            table.append(out)  # a + 1: between CR and LF
        out += 1
        table.append(out)  # after the break
        pos = match.end()
    table.extend(range(out + 1, out + (n - pos) + 1))
    pieces.append(raw[pos:])
    lf = "".join(pieces)
    if len(table) != n + 1:  # never: the table covers every raw index once
        raise ValueError("position table mismatch")
    if unicodedata.is_normalized("NFC", lf):
        text = lf
        inside = {r: table[r] + 1 for r in crlf}
    else:
        text, second, ends = _nfc_with_table(lf)
        inside = {r: second[table[r]] + 1 for r in crlf}
        for k, end in ends.items():  # table is non-decreasing: find the raw index of k
            r = bisect.bisect_left(table, k)
            while r <= n and table[r] == k:
                inside[r] = end
                r += 1
        table = [second[t] for t in table]
    if text != canonical(raw):  # a case the tables do not model; never seen, but never wrong
        raise ValueError("canonical text mismatch")
    return text, table, inside


def _nfc_with_table(text: str) -> tuple[str, list[int], dict[int, int]]:
    """NFC of `text` with its position table: only the runs NFC changes are worked out
    character by character (`_nfc_run`); the rest is copied."""
    table: list[int] = []
    ends: dict[int, int] = {}
    parts: list[str] = []
    pos = out = 0
    for match in _HIGH.finditer(text):
        a, b = max(match.start() - 1, pos), match.end()
        piece = text[a:b]
        if unicodedata.is_normalized("NFC", piece):
            continue
        table.extend(range(out, out + a - pos))
        parts.append(text[pos:a])
        out += a - pos
        normal, inner, inner_ends = _nfc_run(piece)
        table.extend(out + t for t in inner[:-1])
        ends.update({a + k: out + e for k, e in inner_ends.items()})
        parts.append(normal)
        out += len(normal)
        pos = b
    table.extend(range(out, out + len(text) - pos + 1))
    parts.append(text[pos:])
    return "".join(parts), table, ends


def _nfc_run(text: str) -> tuple[str, list[int], dict[int, int]]:
    """NFC of `text` cluster by cluster: a cluster is a character with the combining marks
    after it, joined to the next when normalising them together differs from normalising
    them apart (Hangul syllables, marks that compose with a following starter)."""
    clusters: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or (unicodedata.combining(text[i]) == 0 and not _may_compose(text[i])):
            clusters.append((start, i))
            start = i
    merged: list[tuple[int, int]] = []
    for a, b in clusters:
        if merged:
            pa, pb = merged[-1]
            joined = unicodedata.normalize("NFC", text[pa:b])
            apart = unicodedata.normalize("NFC", text[pa:pb]) + unicodedata.normalize(
                "NFC", text[a:b]
            )
            if joined != apart:
                merged[-1] = (pa, b)
                continue
        merged.append((a, b))
    table = [0] * (len(text) + 1)
    ends: dict[int, int] = {}
    parts: list[str] = []
    out = 0
    for a, b in merged:
        piece = unicodedata.normalize("NFC", text[a:b])
        for k in range(a, b):
            table[k] = out
            if k > a:
                ends[k] = out + len(piece)
        parts.append(piece)
        out += len(piece)
    table[len(text)] = out
    return "".join(parts), table, ends


def _may_compose(ch: str) -> bool:
    """Whether `ch` may combine with what precedes it though its combining class is 0."""
    return not unicodedata.is_normalized("NFC", "a" + ch) or 0x1161 <= ord(ch) <= 0x11C2


# -- deciding the unit ---------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class UnitDecision:
    unit: Unit
    spans: list[tuple[int, int] | None]
    """Per selection, its canonical span, or None when it does not fall on the text."""
    sentence: str
    ambiguous: bool = False


def decide_unit(
    text: CanonicalText, selections: Sequence[RawSelection], preferred: Unit = Unit.CODE_POINTS
) -> UnitDecision:
    """Choose the unit in which `selections` fall best on `text` (see the module docstring);
    on a tie between units that place the selections differently, `preferred` wins."""
    candidates = [Unit.CODE_POINTS]
    if text.has_astral:
        candidates.append(Unit.UTF16)
    if text.has_multibyte:
        candidates.append(Unit.UTF8)
    if text.has_crlf:
        candidates.append(Unit.LINES_AS_ONE)
    scored: list[tuple[float, int, Unit, list[tuple[int, int] | None], _Evidence]] = []
    for order, unit in enumerate(candidates):
        evidence = _Evidence()
        spans = [_judge(text, sel, unit, evidence) for sel in selections]
        rank = 0 if unit is preferred else 1
        scored.append((evidence.penalty(), rank * 10 + order, unit, spans, evidence))
    scored.sort(key=lambda s: (s[0], s[1]))
    best_penalty, _, unit, spans, evidence = scored[0]
    rivals = [s for s in scored[1:] if s[0] == best_penalty and s[3] != spans]
    total = len(selections)
    if len(candidates) == 1 or all(s[3] == spans for s in scored):
        sentence = (
            f"all {total} selection(s) read the same in every unit (no character in it is "
            "counted differently)"
        )
        return UnitDecision(Unit.CODE_POINTS if len(candidates) == 1 else unit, spans, sentence)
    facts = [f"{evidence.whole} of {total} selection(s) fall on whole characters"]
    if evidence.named:
        facts.append(f"{evidence.name_matches} of {evidence.named} match the words in their name")
    others = []
    for penalty, _, other, _, other_evidence in scored[1:]:
        if other_evidence.broken or other_evidence.outside:
            others.append(
                f"counted in {other.value}, {other_evidence.broken + other_evidence.outside} "
                "would split a character or fall outside the text"
            )
        elif other_evidence.named and other_evidence.name_matches < evidence.name_matches:
            others.append(
                f"counted in {other.value}, only {other_evidence.name_matches} would match "
                "their names"
            )
        elif penalty > best_penalty:
            others.append(f"counted in {other.value}, fewer would start and end at word edges")
    sentence = f"positions read as {UNIT_WORDS[unit]}: " + "; ".join(facts + others[:2])
    if rivals:
        sentence += (
            f"; the evidence could not tell this from {rivals[0][2].value}, "
            f"so {unit.value} were taken"
        )
    return UnitDecision(unit, spans, sentence, ambiguous=bool(rivals))


class _Evidence:
    __slots__ = (
        "broken",
        "edges",
        "exact",
        "name_matches",
        "name_mismatches",
        "named",
        "outside",
        "whole",
    )

    def __init__(self) -> None:
        self.whole = 0
        self.broken = 0
        self.outside = 0
        self.named = 0
        self.name_matches = 0
        self.name_mismatches = 0
        self.edges = 0
        self.exact = 0

    def penalty(self) -> float:
        return (
            10.0 * self.outside
            + 6.0 * self.broken
            + 3.0 * self.name_mismatches
            - 3.0 * self.name_matches
            - 1.0 * self.exact
            - 0.5 * self.edges
        )


def _judge(
    text: CanonicalText, sel: RawSelection, unit: Unit, evidence: _Evidence
) -> tuple[int, int] | None:
    if unit is not Unit.LINES_AS_ONE:
        a, b = text.raw_index(sel.start, unit), text.raw_index(sel.end, unit)
        if a is None or b is None:
            if sel.start < 0 or sel.end > text.size(unit):
                evidence.outside += 1
            else:
                evidence.broken += 1
            return None
        if text.splits_line_break(a) or text.splits_line_break(b):
            evidence.broken += 1
    span = text.canonical_span(sel.start, sel.end, unit)
    if span is None:
        evidence.outside += 1
        return None
    evidence.whole += 1
    words = text.text[span[0] : span[1]]
    if sel.name.strip():
        evidence.named += 1
        verdict = _name_agrees(words, sel.name)
        if verdict is True:
            evidence.name_matches += 1
            evidence.exact += int(canonical(sel.name) == words)
        elif verdict is False:
            evidence.name_mismatches += 1
    evidence.edges += _at_edge(text.text, span[0], before=True) + _at_edge(
        text.text, span[1], before=False
    )
    return span


def _folded(text: str) -> str:
    return " ".join(canonical(text).split()).casefold()


def _name_agrees(words: str, name: str) -> bool | None:
    """True when the name holds the selection's words (or their start, names are often cut),
    False when it clearly holds other words, None when it is a label and not the words."""
    have, said = _folded(words), _folded(name).rstrip("…. ")
    if not said or not have:
        return None
    if have == said or (len(said) >= 8 and have.startswith(said)):
        return True
    # a name that shares the first letters with the text around is a shifted count
    if len(said) >= 4 and have[:4] != said[:4] and len(said) <= len(have) + 2:
        return False if _looks_like_text(name) else None
    return None


def _looks_like_text(name: str) -> bool:
    """A label such as 'Vertrouwen' is not the words; a quoted phrase is."""
    return len(name.split()) >= 3


def _at_edge(text: str, index: int, *, before: bool) -> int:
    if before:
        return int(index == 0 or not text[index - 1].isalnum() or not text[index].isalnum())
    return int(index >= len(text) or not text[index].isalnum() or not text[index - 1].isalnum())
