"""Turning a coded segment into a quote a report can print under the respondent's role.

A coded passage sometimes runs across the interviewer's question ("R: … I: En toen? R: …").
Printing it whole under "(deelnemer)" would put the interviewer's words in the
participant's mouth. So a quote keeps only the respondent's words: interviewer turns
inside it are left out, and the omission is marked with […] where the pieces are joined;
speaker labels ("R:", "I:") are dropped silently. A segment with no respondent words left
is no quote at all. Line breaks inside a piece become spaces, as a quote runs on in a
report's paragraph.

A quote that starts or ends in the middle of a sentence is marked `(…)` at that end, as a
report marks a cut quotation (`quote_ends`). That is decided from the document's text
around the respondent's first and last words, not from the quote alone: the quote opens
mid-sentence when the nearest character before it on the same line is not one that ends
a sentence (. ! ? … or the colon after a speaker label), and it stops mid-sentence when
its last word is neither one nor followed by one (a selection that leaves out only the
full stop is whole), while the line goes on after it. A quote running to a line's end or
the document's edge is a whole utterance."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from duocoder.analysis.codes import with_ancestors
from duocoder.analysis.data import TurnTuple, unit_range
from duocoder.analysis.definition import Definition
from duocoder.domain.codepaths import split_path
from duocoder.domain.records import Segment
from duocoder.domain.roles import ROLE_ORDER, Role

OMISSION = "[…]"
CUT = "(…)"
CONTEXT = 40  # characters of the document read on each side of a quote to judge its ends
_BREAKS = re.compile(r"[ \t]*\n\s*")
_SENTENCE_ENDS = ".!?…"
_START_BOUNDARIES = _SENTENCE_ENDS + ":"
_QUOTES_AND_BRACKETS = "\"'‘’“”«»()[]"
_SPACES = " \t\u00a0\u2009\u202f"


def respondent_pieces(text: str, start: int, turns: Sequence[TurnTuple]) -> tuple[str, ...]:
    """The respondent's words of a segment as pieces; an interviewer passage between two
    pieces separates them (join them with `OMISSION`). `text` is the segment's text and
    `start` its offset in the document; `turns` are the document's turns, sorted."""
    return respondent_words(text, start, turns)[0]


def respondent_words(
    text: str, start: int, turns: Sequence[TurnTuple]
) -> tuple[tuple[str, ...], tuple[int, int] | None]:
    """`respondent_pieces`, and the offsets in `text` of the first respondent character
    kept and just after the last one (None when nothing is left)."""
    end = start + len(text)
    cuts: list[tuple[int, int, bool]] = []  # (from, to, interviewer) within start..end
    for t_start, t_end, interviewer, label_start in turns:
        first = label_start if label_start is not None else t_start
        if first >= end:
            break
        if t_end <= start:
            continue
        if interviewer:
            cut = (max(first, start), min(t_end, end), True)
        else:
            cut = (max(first, start), min(t_start, end), False)
        if cut[0] < cut[1]:
            cuts.append(cut)
    pieces: list[list[str]] = [[]]
    kept: list[tuple[int, int]] = []  # the slices of `text` taken, relative to it

    def take(a: int, b: int) -> None:
        pieces[-1].append(text[a:b])
        if text[a:b].strip():
            kept.append((a, b))

    pos = start
    for a, b, interviewer in cuts:
        if a > pos:
            take(pos - start, a - start)
        if interviewer and "".join(pieces[-1]).strip():
            pieces.append([])
        pos = max(pos, b)
    if pos < end:
        take(pos - start, end - start)
    out = (_BREAKS.sub(" ", " ".join(p.strip() for p in parts)).strip() for parts in pieces)
    words = tuple(p for p in out if p)
    if not words or not kept:
        return words, None
    first = (
        kept[0][0]
        + len(text[kept[0][0] : kept[0][1]])
        - len(text[kept[0][0] : kept[0][1]].lstrip())
    )
    last = kept[-1][0] + len(text[kept[-1][0] : kept[-1][1]].rstrip())
    return words, (first, last)


def quote_ends(before: str, quote: str, after: str) -> tuple[bool, bool]:
    """Whether a quote starts and ends mid-sentence (see the module's note): `before` is
    the document's text just before the quote's first respondent character, `quote` the
    text from that character to just after its last one, `after` what follows."""
    lead = before.rstrip(_SPACES).rstrip(_QUOTES_AND_BRACKETS + _SPACES)
    opens = bool(lead) and not lead.endswith("\n") and lead[-1] not in _START_BOUNDARIES
    tail = quote.rstrip().rstrip(_QUOTES_AND_BRACKETS + _SPACES)
    rest = after.lstrip(_SPACES).lstrip(_QUOTES_AND_BRACKETS + _SPACES)
    closes = (
        bool(tail)
        and tail[-1] not in _SENTENCE_ENDS
        and bool(rest)
        and not rest.startswith(("\n", "\r"))
        and rest[0] not in _SENTENCE_ENDS  # only the full stop was left out
    )
    return opens, closes


def quote_text(pieces: Sequence[str]) -> str:
    """The pieces as one quote text, omissions marked."""
    return f" {OMISSION} ".join(pieces)


def paragraph_numbers(
    start: int, end: int, paragraphs: Sequence[tuple[int, int]]
) -> tuple[int, int] | None:
    """The first and last paragraph (numbered from 1) a span touches, for a source line."""
    if not paragraphs:
        return None
    a, b = unit_range(start, end, [p[0] for p in paragraphs], [p[1] for p in paragraphs])
    return (a + 1, b) if a < b else None


class CodeNode(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def parent_id(self) -> int | None: ...
    @property
    def name(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def description(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Quote:
    """One quote: the respondent's words as pieces (join with `OMISSION`) and its source."""

    pieces: tuple[str, ...]
    role: Role
    doc: str
    case: str | None = None
    duo: str | None = None
    paragraphs: tuple[int, int] | None = None
    memo: str | None = None
    coding_id: int | None = None
    open_start: bool = False  # starts mid-sentence: printed with (…) before it
    open_end: bool = False  # ends mid-sentence: printed with (…) after it

    @property
    def text(self) -> str:
        return quote_text(self.pieces)


@dataclass(frozen=True, slots=True)
class CodeSection:
    """A code's heading (`depth` 1 at the top of the tree) and its quotes in report order:
    by role (coördinator, deelnemer, vrijwilliger, other), then by document and place."""

    code_id: int
    path: str
    name: str
    depth: int
    description: str = ""
    quotes: tuple[Quote, ...] = ()
    chosen: bool = False  # named by the researcher, yet nothing in its subtree was quoted


@dataclass(frozen=True, slots=True)
class QuoteList:
    definition: Definition
    sections: tuple[CodeSection, ...]

    @property
    def count(self) -> int:
        return sum(len(s.quotes) for s in self.sections)

    def as_json(self) -> dict[str, Any]:
        return {
            "sections": [
                {
                    "code": s.path,
                    "quotes": [
                        {
                            "role": q.role.value,
                            "doc": q.doc,
                            "text": q.text,
                            "memo": q.memo,
                            "open_start": q.open_start,
                            "open_end": q.open_end,
                        }
                        for q in s.quotes
                    ],
                }
                for s in self.sections
            ],
            "definition": self.definition.as_json(),
        }


def quote_list(
    segments: Iterable[Segment],
    codes: Sequence[CodeNode],
    chosen: Sequence[int] | None,
    turns: Mapping[int, Sequence[TurnTuple]],
    paragraphs: Mapping[int, Sequence[tuple[int, int]]],
    definition: Definition,
    contexts: Mapping[int, tuple[str, str]] | None = None,
) -> QuoteList:
    """Sections per code in codebook order (`codes` in tree order), with the headings of
    their ancestors; a segment without respondent words is left out. `contexts` maps a
    segment's id to the document's text just before and just after it (`CONTEXT`
    characters each), from which a quote's cut ends are judged (`quote_ends`); without
    it, only what lies inside the segment is seen, as if it stood alone."""
    by_code: dict[int, list[Quote]] = {}
    for s in segments:
        pieces, bounds = respondent_words(s.text, s.start, turns.get(s.doc_id, ()))
        if not pieces or bounds is None:
            continue
        spans = paragraphs.get(s.doc_id)
        where = paragraph_numbers(s.start, s.end, spans) if spans else None
        before, after = (contexts or {}).get(s.id, ("", ""))
        first, last = bounds
        opens, closes = quote_ends(
            before + s.text[:first], s.text[first:last], s.text[last:] + after
        )
        quote = Quote(pieces, s.role, s.doc, s.case, s.duo, where, s.memo, s.id, opens, closes)
        by_code.setdefault(s.code_id, []).append(quote)
    rank = {role: i for i, role in enumerate(ROLE_ORDER)}
    named = set(chosen or ())
    quoted = with_ancestors(codes, by_code)  # codes with a quote in their subtree
    shown = quoted | with_ancestors(codes, named)
    return QuoteList(
        definition,
        tuple(
            CodeSection(
                c.id,
                c.path,
                c.name,
                len(split_path(c.path)),
                c.description,
                tuple(sorted(by_code.get(c.id, ()), key=lambda q: rank[q.role])),
                c.id in named and c.id not in quoted,
            )
            for c in codes
            if c.id in shown
        ),
    )
