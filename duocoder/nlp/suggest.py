"""Auto-coding suggestions: sentences whose lemmas match a code's keywords.

Keywords are lemmatised like the documents, so the keyword `vertrouwen` finds `vertrouwde`
and a phrase keyword matches its words in sequence. A sentence is suggested once per code,
listing every keyword it matched, unless it already overlaps a coding of that code, lies in
an excluded stretch (interviewer turns), or was rejected before."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING

from duocoder.nlp.records import DocRef
from duocoder.nlp.search import find_phrase, word_positions
from duocoder.nlp.spans import Span, overlapping

if TYPE_CHECKING:
    import numpy as np

    from duocoder.nlp.packing import TokenIndex


def matching_sentences(
    index: TokenIndex,
    keywords: Sequence[tuple[str, Sequence[np.ndarray]]],
    exclude: Sequence[Span] = (),
    rejected: Collection[Span] = (),
) -> list[tuple[int, int, tuple[str, ...]]]:
    """(start, end, keywords matched) of each suggested sentence, in text order; `exclude`
    are sorted, disjoint stretches (as `merge` gives them) a sentence must not overlap."""
    import numpy as np

    sentences = index.sentences
    if not len(sentences) or not keywords:
        return []
    found: dict[int, list[str]] = {}
    words = None  # positions of the non-punctuation tokens, worked out once if needed
    for keyword, phrase in keywords:
        if len(phrase) > 1 and words is None:
            words = word_positions(index.flags)
        positions, _last = find_phrase(index.lemmas, phrase, words)
        if not len(positions):
            continue
        starts = index.starts[positions]
        which = np.searchsorted(sentences[:, 0], starts, side="right") - 1
        ok = (which >= 0) & (starts < sentences[np.maximum(which, 0), 1])
        for s in np.unique(which[ok]).tolist():
            found.setdefault(s, []).append(keyword)
    if not found:
        return []
    chosen = np.array(sorted(found), dtype=np.int64)
    spans = sentences[chosen]
    keep = ~overlapping(spans[:, 0], spans[:, 1], exclude, merged=True)
    out = []
    for i, (start, end) in zip(chosen[keep].tolist(), spans[keep].tolist(), strict=True):
        if (start, end) not in rejected:
            out.append((start, end, tuple(found[i])))
    return out


Phrases = Sequence[tuple[str, Sequence["np.ndarray"]]]
"""A code's keywords, each with the lemma ids of its words."""


def suggest(
    docs: Sequence[DocRef],
    codes: Sequence[tuple[int, Phrases]],
    tokens: Mapping[int, TokenIndex],
    exclude: Callable[[int, int], Sequence[Span]],
    rejected: Mapping[tuple[int, int], Collection[Span]],
) -> list[tuple[int, DocRef, int, int, tuple[str, ...]]]:
    """(code id, document, start, end, keywords) of every suggestion, document by document.
    `exclude(code id, document id)` gives the merged stretches a suggestion must not overlap.
    A keyword whose first word's lemmas a document lacks is skipped without a scan."""
    found = []
    for d in docs:
        present = set(tokens[d.id].lemmas.tolist())
        for code_id, phrases in codes:
            keywords = [(k, p) for k, p in phrases if present.intersection(p[0].tolist())]
            if not keywords:
                continue
            for a, b, matched in matching_sentences(
                tokens[d.id], keywords, exclude(code_id, d.id), rejected.get((code_id, d.id), ())
            ):
                found.append((code_id, d, a, b, matched))
    return found
