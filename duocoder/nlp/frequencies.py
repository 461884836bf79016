"""Word frequencies by lemma, from stored token arrays: no text is parsed again.

Counted are words: not punctuation, numbers or speaker labels, and by default neither
function words (`duocoder.nlp.lemmas.function_words`) nor names (`name_lemmas`); by default
only respondent speech (the caller passes interviewer turns as `exclude`). A row says how
often a lemma occurs in a group and in how many of the group's documents."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from duocoder.domain.roles import ROLE_ORDER
from duocoder.nlp.pipeline import CAPITAL, EXCLUDED, INITIAL, LABEL, NUMBER, PUNCT, STOP
from duocoder.nlp.records import DocRef, FrequencyRow
from duocoder.nlp.spans import Span, in_spans

if TYPE_CHECKING:
    import numpy as np

    from duocoder.nlp.packing import TokenIndex


@dataclass(frozen=True, slots=True)
class Counting:
    """What counts as a word: `flags` are the token flags that leave a token out, `names`
    the lemma ids left out as names (sorted; None counts names too)."""

    flags: int = EXCLUDED
    names: np.ndarray | None = None


COUNT_ALL = Counting()


def counting(function_words: bool, names: np.ndarray | None) -> Counting:
    """The rule for `word_frequencies`: function words and names left out unless wanted."""
    return Counting(EXCLUDED & ~STOP if function_words else EXCLUDED, names)


def name_lemmas(
    tokens: Iterable[TokenIndex], proposed: Iterable[int] = (), listed: Iterable[int] = ()
) -> np.ndarray:
    """Lemma ids that are names in this corpus (every document, every speaker):
    - a word that starts with a capital letter somewhere other than at the start of a
      sentence, line or turn and never occurs in lower case (`Griet` in `met Anja, Griet en
      Sofie`; `Soms` at a sentence start says nothing);
    - a `proposed` lemma (the words of speaker labels, document and case names) unless it
      occurs in lower case (the label `Vrijwilliger` is the common noun `vrijwilliger`);
    - every `listed` lemma (the project's own list of names).
    Function words are never names (`I` in English is always capitalised)."""
    import numpy as np

    arrays = [(t.lemmas, t.flags) for t in tokens if len(t)]
    proposed_ids = np.fromiter(proposed, np.int64)
    listed_ids = np.fromiter(listed, np.int64)
    if arrays:
        lemmas = np.concatenate([a for a, _f in arrays])
        flags = np.concatenate([f for _a, f in arrays])
    else:
        lemmas, flags = np.zeros(0, np.uint32), np.zeros(0, np.uint8)
    size = int(max(lemmas.max(initial=0), proposed_ids.max(initial=0))) + 1

    def seen(mask: np.ndarray) -> np.ndarray:
        """Per lemma id: does some token of the mask have it (bincount beats unique)."""
        found: np.ndarray = np.bincount(lemmas[mask], minlength=size) > 0
        return found

    words = (flags & (PUNCT | NUMBER | LABEL)) == 0
    capital = seen(words & ((flags & (CAPITAL | INITIAL | STOP)) == CAPITAL))
    capital[proposed_ids] = True
    name = capital & ~seen(words & ((flags & CAPITAL) == 0)) & ~seen((flags & STOP) != 0)
    ids = np.union1d(np.nonzero(name)[0], listed_ids)
    return ids.astype(np.uint32)


def counted_lemmas(
    index: TokenIndex,
    exclude: Sequence[Span] = (),
    only: Sequence[Span] | None = None,
    rule: Counting = COUNT_ALL,
) -> np.ndarray:
    """Lemma ids of the tokens that count: without the `rule`'s flags and names, starting
    outside `exclude`, and (when given) inside `only`, e.g. the segments of one code."""
    import numpy as np

    mask = (index.flags & rule.flags) == 0
    if rule.names is not None and len(rule.names):
        mask &= ~np.isin(index.lemmas, rule.names)
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
    rule: Counting = COUNT_ALL,
) -> dict[str, list[np.ndarray]]:
    """Counted lemma ids per document, grouped: all together (`by` None, group ""), per
    role (in the usual role order), per case (alphabetical; "" for none), or per code
    (`codes` as (id, path) in tree order; only words inside its merged `coded` spans)."""
    groups: dict[str, list[np.ndarray]] = {}
    if by == "code":
        for code_id, path in codes:
            groups[path] = [
                counted_lemmas(tokens[d.id], skip.get(d.id, ()), (coded or {})[code_id, d.id], rule)
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
        counted = counted_lemmas(tokens[d.id], skip.get(d.id, ()), rule=rule)
        groups.setdefault(key(d)[1], []).append(counted)
    return groups
