"""The units intercoder agreement counts in, and how many units each pattern of coders has.

Unit-based agreement asks, for every unit and code, which coders gave the unit the code. A
unit *has a code for a coder* when a coding of that coder with that code touches it: they
share at least one character. The researcher chooses the unit:

- `paragraph`: a paragraph of the document holding at least one non-space character (a
  blank line between paragraphs is no unit);
- `turn`: a speaker turn, from its speaker label (when it has one) to its end, holding at
  least one non-space character. A document without speaker turns has no turn units: it
  is left out of a turn-based comparison rather than counted as one huge unit that every
  coder touches;
- `sentence`: the sentences of those paragraphs, from DuoCoder's own splitter (`sentences`
  below): a sentence ends after `.`, `!`, `?` or `…` (and any closing quote or bracket)
  followed by white space, and at every paragraph end. It does not depend on the text
  index or its language pipeline, so a figure never changes because a document was
  (re-)indexed; an abbreviation such as "bijv. de" does end a sentence;
- `character`: every character of the document. Characters are never enumerated: coders'
  codings are merged into intervals and the patterns are counted by interval arithmetic.

Unless the interviewer is included, units lying within the interviewer's turns (label
included) are dropped for every unit kind, and for `character` the interviewer's characters.

For m coders a unit of a code shows one of 2^m *patterns* (bit i set: coder i gave the code).
Every coefficient for complete binary data is a function of the pattern counts, so the
result here is, per document and code, the count of units showing each pattern
(`Patterns.counts`), which the bootstrap resamples by summing documents' vectors."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from duocoder.analysis.agreement_result import UNIT_KINDS, UnitKind
from duocoder.analysis.data import TurnTuple
from duocoder.domain.errors import ValidationError

Span = tuple[int, int]
# a coding as the agreement needs it: document id, code id, start, end, coder index
AgreementCoding = tuple[int, int, int, int, int]

# A sentence ends after terminal punctuation (and closing quotes or brackets) followed by
# white space; the white space itself belongs to no sentence.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*(\s+)")
_NON_SPACE = re.compile(r"\S")


def check_unit(unit: str) -> UnitKind:
    """`unit` as a UnitKind, or a one-sentence refusal naming the kinds there are."""
    for kind in UNIT_KINDS:
        if unit == kind:
            return kind
    raise ValidationError(f"There is no unit '{unit}'; choose one of: {', '.join(UNIT_KINDS)}.")


def interviewer_spans(turns: Iterable[TurnTuple]) -> list[Span]:
    """The interviewer's text of a document as sorted, merged spans: each interviewer turn
    from its speaker label (when it has one) to its end."""
    spans = sorted(
        (start if label is None else min(label, start), end)
        for start, end, interviewer, label in turns
        if interviewer
    )
    return merge(spans)


def merge(spans: Iterable[Span]) -> list[Span]:
    """Sorted spans with overlapping or adjacent ones joined."""
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if b <= a:
            continue
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def sentences(text: str, paragraphs: Iterable[Span]) -> list[Span]:
    """The sentences of the paragraphs, each trimmed of white space (see the module's
    docstring for the rule); a sentence never crosses a paragraph's end."""
    out: list[Span] = []
    for a, b in paragraphs:
        piece = text[a:b]
        begin = 0
        for match in _SENTENCE_END.finditer(piece):
            out.extend(_trimmed(piece, begin, match.start(1), a))
            begin = match.end()
        out.extend(_trimmed(piece, begin, len(piece), a))
    return out


def _trimmed(piece: str, a: int, b: int, offset: int) -> list[Span]:
    part = piece[a:b]
    stripped = part.strip()
    if not stripped:
        return []
    lead = len(part) - len(part.lstrip())
    return [(offset + a + lead, offset + a + lead + len(stripped))]


def _has_text(text: str, a: int, b: int) -> bool:
    return _NON_SPACE.search(text, a, b) is not None


def units_of(
    unit: UnitKind,
    text: str,
    paragraphs: Sequence[Span],
    turns: Sequence[TurnTuple],
    include_interviewer: bool,
) -> list[Span]:
    """The units of one document, sorted and not overlapping (not for `character`, whose
    units are counted by `allowed_spans`). Units lying within the interviewer's text are
    dropped unless `include_interviewer`."""
    if unit == "character":
        raise ValueError("character units are counted as intervals, not listed")
    if unit == "turn":
        spans = [
            (start if label is None else min(label, start), end)
            for start, end, _interviewer, label in sorted(turns)
            if end > start and _has_text(text, start, end)
        ]
    else:
        paras = sorted((a, b) for a, b in paragraphs if b > a and _has_text(text, a, b))
        spans = paras if unit == "paragraph" else sentences(text, paras)
    if include_interviewer:
        return spans
    return _outside(spans, interviewer_spans(turns))


def _outside(units: list[Span], excluded: list[Span]) -> list[Span]:
    """The units that do not lie wholly within one of the (merged, sorted) spans."""
    if not excluded or not units:
        return units
    spans = np.asarray(units, dtype=np.int64)
    blocked = np.asarray(excluded, dtype=np.int64)
    # the last excluded span starting at or before each unit's start
    i = np.searchsorted(blocked[:, 0], spans[:, 0], side="right") - 1
    inside = (i >= 0) & (spans[:, 1] <= blocked[np.maximum(i, 0), 1])
    return [units[k] for k in np.flatnonzero(~inside).tolist()]


def allowed_spans(length: int, turns: Sequence[TurnTuple], include_interviewer: bool) -> list[Span]:
    """The characters of a document that are units for `character`: all of them, or all but
    the interviewer's, as sorted spans."""
    if include_interviewer:
        return [(0, length)] if length > 0 else []
    out: list[Span] = []
    at = 0
    for a, b in interviewer_spans(turns):
        if a > at:
            out.append((at, min(a, length)))
        at = max(at, b)
    if at < length:
        out.append((at, length))
    return [(a, b) for a, b in out if b > a]


@dataclass(frozen=True)
class Patterns:
    """Per document (in the order given) and code (in the order given), how many units show
    each coder pattern: `counts[d, c, p]`, p's bit i set when coder i gave code c.
    `mixed` lists the units (or, for `character`, stretches) where the coders differ:
    (document index, start, end, code index, pattern)."""

    counts: np.ndarray
    mixed: list[tuple[int, int, int, int, int]]

    @property
    def units(self) -> np.ndarray:
        """The units per document (the same for every code)."""
        if self.counts.shape[1] == 0:
            return np.zeros(self.counts.shape[0], dtype=np.int64)
        return np.asarray(self.counts[:, 0, :].sum(axis=1))


def unit_patterns(
    documents: Sequence[int],
    units: Mapping[int, Sequence[Span]],
    codings: Iterable[AgreementCoding],
    coders: int,
    codes: Sequence[int],
) -> Patterns:
    """Pattern counts over listed units (paragraphs, turns, sentences). `units` per document
    id (sorted, not overlapping); codings of other documents, codes or coder indexes are
    ignored. All documents are laid end to end in one coordinate so that a few numpy
    searches find every coding's units at once."""
    n_docs, n_codes, n_pat = len(documents), len(codes), 1 << coders
    doc_index = {d: i for i, d in enumerate(documents)}
    code_index = {c: i for i, c in enumerate(codes)}
    lengths = [units[d][-1][1] if units.get(d) else 0 for d in documents]
    base = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(np.asarray(lengths, dtype=np.int64) + 1, out=base[1:])
    per_doc = np.asarray([len(units.get(d, ())) for d in documents], dtype=np.int64)
    flat = [span for d in documents for span in units.get(d, ())]
    unit_doc = np.repeat(np.arange(n_docs), per_doc)
    spans = np.asarray(flat, dtype=np.int64).reshape(-1, 2)
    u_start = spans[:, 0] + base[unit_doc]
    u_end = spans[:, 1] + base[unit_doc]
    n_units = len(flat)

    rows = [
        (doc_index[d], code_index[c], a, b, k)
        for d, c, a, b, k in codings
        if d in doc_index and c in code_index and 0 <= k < coders and b > a
    ]
    counts = np.zeros((n_docs, n_codes, n_pat), dtype=np.int64)
    mixed: list[tuple[int, int, int, int, int]] = []
    if rows and n_units:
        arr = np.asarray(rows, dtype=np.int64)
        g_start = arr[:, 2] + base[arr[:, 0]]
        g_end = np.minimum(arr[:, 3], np.asarray(lengths, dtype=np.int64)[arr[:, 0]])
        g_end = g_end + base[arr[:, 0]]
        first = np.searchsorted(u_end, g_start, side="right")
        last = np.searchsorted(u_start, g_end, side="left")
        reach = np.maximum(last - first, 0)
        total = int(reach.sum())
        offsets = np.arange(total) - np.repeat(np.cumsum(reach) - reach, reach)
        unit = np.repeat(first, reach) + offsets
        code = np.repeat(arr[:, 1], reach)
        coder = np.repeat(arr[:, 4], reach)
        touched = np.unique((code * n_units + unit) * coders + coder)
        keys, inverse = np.unique(touched // coders, return_inverse=True)
        pattern = np.bincount(inverse, weights=1 << (touched % coders)).astype(np.int64)
        key_code, key_unit = keys // n_units, keys % n_units
        key_doc = unit_doc[key_unit]
        cell = (key_doc * n_codes + key_code) * n_pat + pattern
        counts += np.bincount(cell, minlength=counts.size).reshape(counts.shape)
        full = n_pat - 1
        for u, c, p in zip(key_unit.tolist(), key_code.tolist(), pattern.tolist(), strict=True):
            if p != full:
                d = int(unit_doc[u])
                mixed.append((d, int(spans[u, 0]), int(spans[u, 1]), c, p))
    counts[:, :, 0] = per_doc[:, None] - counts[:, :, 1:].sum(axis=2)
    return Patterns(counts, mixed)


def character_patterns(
    documents: Sequence[int],
    allowed: Mapping[int, Sequence[Span]],
    codings: Iterable[AgreementCoding],
    coders: int,
    codes: Sequence[int],
) -> Patterns:
    """Pattern counts with every allowed character a unit, by interval arithmetic: each
    coder's codings of a code are merged into intervals, and between consecutive interval
    ends the pattern is constant, so a stretch adds its length to its pattern's count.
    `allowed` per document id: the characters that are units (sorted spans)."""
    n_docs, n_codes, n_pat = len(documents), len(codes), 1 << coders
    doc_index = {d: i for i, d in enumerate(documents)}
    code_index = {c: i for i, c in enumerate(codes)}
    lengths = np.asarray(
        [allowed[d][-1][1] if allowed.get(d) else 0 for d in documents], dtype=np.int64
    )
    base = np.zeros(n_docs + 1, dtype=np.int64)
    np.cumsum(lengths + 1, out=base[1:])
    span_total = int(base[-1]) + 1
    allowed_len = np.asarray(
        [sum(b - a for a, b in allowed.get(d, ())) for d in documents], dtype=np.int64
    )
    # what is not a unit, in the one coordinate: the gaps between allowed spans
    blocked: list[Span] = []
    for i, d in enumerate(documents):
        at = 0
        for a, b in allowed.get(d, ()):
            if a > at:
                blocked.append((int(base[i]) + at, int(base[i]) + a))
            at = b
    counts = np.zeros((n_docs, n_codes, n_pat), dtype=np.int64)
    mixed: list[tuple[int, int, int, int, int]] = []
    rows = [
        (doc_index[d], code_index[c], a, b, k)
        for d, c, a, b, k in codings
        if d in doc_index and c in code_index and 0 <= k < coders and b > a
    ]
    if rows:
        arr = np.asarray(rows, dtype=np.int64)
        start = np.minimum(arr[:, 2], lengths[arr[:, 0]]) + base[arr[:, 0]]
        end = np.minimum(arr[:, 3], lengths[arr[:, 0]]) + base[arr[:, 0]]
        group = arr[:, 1] * coders + arr[:, 4]
        # merge each (code, coder)'s intervals: shifting every group into its own stretch
        # of the number line lets one running maximum find where a new interval begins
        shift = group * span_total
        order = np.lexsort((start, group))
        s, e, g = (start + shift)[order], (end + shift)[order], group[order]
        keep = e > s
        s, e, g = s[keep], e[keep], g[keep]
        if len(s):
            reach = np.maximum.accumulate(e)
            begins = np.ones(len(s), dtype=bool)
            begins[1:] = s[1:] > reach[:-1]
            idx = np.flatnonzero(begins)
            m_start = s[idx] - g[idx] * span_total
            m_end = np.maximum.reduceat(e, idx) - g[idx] * span_total
            m_group = g[idx]
            m_code, m_coder = m_group // coders, m_group % coders
            bit = 1 << m_coder
            used = np.unique(m_code)
            block = np.asarray(blocked, dtype=np.int64).reshape(-1, 2)
            b_code = np.repeat(used, len(block))
            b_start = np.tile(block[:, 0], len(used))
            b_end = np.tile(block[:, 1], len(used))
            flag = n_pat  # the "not a unit" bit
            pos = np.concatenate([m_start, m_end, b_start, b_end])
            cde = np.concatenate([m_code, m_code, b_code, b_code])
            delta = np.concatenate(
                [bit, -bit, np.full(len(block) * len(used), flag), np.full(len(b_end), -flag)]
            )
            key = cde * span_total + pos
            order = np.argsort(key, kind="stable")
            key, delta, cde, pos = key[order], delta[order], cde[order], pos[order]
            state = np.cumsum(delta)
            width = np.diff(key)
            seg_state, seg_code, seg_pos = state[:-1], cde[:-1], pos[:-1]
            ok = (width > 0) & (seg_state > 0) & (seg_state < flag) & (cde[1:] == seg_code)
            seg_state, seg_code, seg_pos, width = (
                seg_state[ok],
                seg_code[ok],
                seg_pos[ok],
                width[ok],
            )
            seg_doc = np.searchsorted(base, seg_pos, side="right") - 1
            cell = (seg_doc * n_codes + seg_code) * n_pat + seg_state
            counts += (
                np.bincount(cell, weights=width, minlength=counts.size)
                .astype(np.int64)
                .reshape(counts.shape)
            )
            full = n_pat - 1
            for d, c, p, a, w in zip(
                seg_doc.tolist(),
                seg_code.tolist(),
                seg_state.tolist(),
                seg_pos.tolist(),
                width.tolist(),
                strict=True,
            ):
                if p != full:
                    local = a - int(base[d])
                    mixed.append((d, local, local + w, c, p))
    counts[:, :, 0] = allowed_len[:, None] - counts[:, :, 1:].sum(axis=2)
    return Patterns(counts, mixed)


# What exactly a unit is here and which documents are compared, for the report's definition
# of the unit (it replaces the general one of `agreement_words`, keyed "unit_<kind>").
_UNIT_TEXTS = {
    "en": {
        "paragraph": "Unit: paragraph. Each paragraph holding at least one non-space "
        "character is one unit; blank lines are no units.",
        "turn": "Unit: speaker turn, from its speaker label to its end. A document without "
        "recognised speaker turns has no turn units and is left out.",
        "sentence": "Unit: sentence, within a paragraph. A sentence ends after . ! ? or … "
        "(with any closing quote or bracket) followed by a space, and at a paragraph's end; "
        "DuoCoder's own rule, so the units do not depend on the text index.",
        "character": "Unit: character. Every character of the text is a unit, so long "
        "passages weigh more than short ones.",
        "interviewer": " Units lying within the interviewer's turns are left out.",
        "documents": " Compared are the chosen documents, by default those in which at least "
        "one of the coders coded anything.",
    },
    "nl": {
        "paragraph": "Eenheid: alinea. Elke alinea met minstens één teken dat geen spatie is, "
        "is één eenheid; lege regels zijn geen eenheden.",
        "turn": "Eenheid: sprekersbeurt, van het sprekerslabel tot het einde. Een document "
        "zonder herkende sprekersbeurten heeft geen beurten als eenheid en valt weg.",
        "sentence": "Eenheid: zin, binnen een alinea. Een zin eindigt na . ! ? of … (met een "
        "eventueel sluitend aanhalingsteken of haakje) gevolgd door een spatie, en aan het "
        "einde van een alinea; DuoCoders eigen regel, zodat de eenheden niet van de tekstindex "
        "afhangen.",
        "character": "Eenheid: teken. Elk teken van de tekst is een eenheid, zodat lange "
        "passages zwaarder wegen dan korte.",
        "interviewer": " Eenheden binnen de beurten van de interviewer vallen weg.",
        "documents": " Vergeleken worden de gekozen documenten, standaard die waarin minstens "
        "een van de codeurs iets codeerde.",
    },
}


def unit_definition(unit: UnitKind, language: str, include_interviewer: bool) -> str:
    """What a unit of kind `unit` is here, which units the interviewer's turns remove and
    which documents are compared, in `language` (English for any but "nl")."""
    texts = _UNIT_TEXTS["nl" if language == "nl" else "en"]
    interviewer = "" if include_interviewer else texts["interviewer"]
    return texts[unit] + interviewer + texts["documents"]
