"""Word frequencies by lemma, from stored token arrays: no text is parsed again.

Counted are tokens without flags, i.e. not stop words (spaCy's list for the language), not
punctuation, not numbers and not speaker labels; by default only respondent speech (the
caller passes interviewer turns as `exclude`). A row says how often a lemma occurs in a group
and in how many of the group's documents."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from duocoder.domain.roles import ROLE_ORDER
from duocoder.nlp.records import DocRef, FrequencyRow
from duocoder.nlp.spans import Span, in_spans

if TYPE_CHECKING:
    import numpy as np

    from duocoder.nlp.packing import TokenIndex


def counted_lemmas(
    index: TokenIndex, exclude: Sequence[Span] = (), only: Sequence[Span] | None = None
) -> np.ndarray:
    """Lemma ids of the tokens that count: unflagged, starting outside `exclude`, and
    (when given) inside `only`, e.g. the segments of one code."""
    mask = index.flags == 0
    if exclude:
        mask &= ~in_spans(index.starts, exclude)
    if only is not None:
        mask &= in_spans(index.starts, only)
    counted: np.ndarray = index.lemmas[mask]
    return counted


def frequency_rows(
    groups: Mapping[str, Sequence[np.ndarray]], lexicon: Mapping[int, str], top: int | None = None
) -> list[FrequencyRow]:
    """Rows per group (in the mapping's order), most frequent lemma first, ties by lemma;
    each group's value is one array of counted lemma ids per document."""
    import numpy as np

    rows: list[FrequencyRow] = []
    for group, arrays in groups.items():
        arrays = [a for a in arrays if len(a)]
        if not arrays:
            continue
        size = int(max(a.max() for a in arrays)) + 1
        counts = np.bincount(np.concatenate(arrays), minlength=size)
        docs = np.bincount(np.concatenate([np.unique(a) for a in arrays]), minlength=size)
        ids = np.nonzero(counts)[0].tolist()
        found = sorted(
            ((lexicon.get(i, "?"), int(counts[i]), int(docs[i])) for i in ids),
            key=lambda r: (-r[1], r[0]),
        )
        rows.extend(FrequencyRow(group, *r) for r in found[:top])
    return rows


def grouped_lemmas(
    by: str | None,
    docs: Sequence[DocRef],
    tokens: Mapping[int, TokenIndex],
    skip: Mapping[int, Sequence[Span]],
    coded: Mapping[tuple[int, int], Sequence[Span]] | None = None,
    codes: Sequence[tuple[int, str]] = (),
) -> dict[str, list[np.ndarray]]:
    """Counted lemma ids per document, grouped: all together (`by` None, group ""), per
    role (in the usual role order), per case (alphabetical; "" for none), or per code
    (`codes` as (id, path) in tree order; only words inside its merged `coded` spans)."""
    groups: dict[str, list[np.ndarray]] = {}
    if by == "code":
        for code_id, path in codes:
            groups[path] = [
                counted_lemmas(tokens[d.id], skip.get(d.id, ()), (coded or {})[code_id, d.id])
                for d in docs
                if (code_id, d.id) in (coded or {})
            ]
        return groups
    order = {role: n for n, role in enumerate(ROLE_ORDER)}

    def key(d: DocRef) -> tuple[object, str]:
        if by == "role":
            return order[d.role], d.role.value
        if by == "case":
            return d.case or "", d.case or ""
        return "", ""

    for d in sorted(docs, key=key):
        groups.setdefault(key(d)[1], []).append(counted_lemmas(tokens[d.id], skip.get(d.id, ())))
    return groups
