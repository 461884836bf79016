"""Filling the gaps of the lookup lemmatizer, without part-of-speech tags.

spaCy's lookup table for Dutch (`nl_lemma_lookup` in spacy-lookups-data) lacks many regular
verb forms: it maps `vertrouwt` and `vertrouwden` to `vertrouwen` but leaves `vertrouw`,
`vertrouwde` and `vertrouwd` as they are, so a lemma search would miss exactly the forms a
researcher cares about. The same package ships the tables of the rule lemmatizer (exceptions,
suffix rules and the known lemmas per part of speech), which need a tagger we do not have.
Used without tags, in a fixed order, they fill most gaps; a suffix rule's candidate counts
only when it is a known lemma, so the rules cannot invent words.

The order, for a lower-cased form the lookup table does not map:
1. a form that is itself a lemma in the lookup table stays as it is (`week`, `hand`, `leuk`:
   the verb exceptions would turn them into `wijken`, `handen`, `leuken`), unless it is the
   past participle of a weak verb, stem + -d/-t (`vertrouwd` → `vertrouwen`, which the
   table also lists as the adjective `vertrouwd`);
2. verb exceptions (`vertrouwde` → `vertrouwen`, `gevonden` → `vinden`), a known verb, verb
   suffix rules;
3. a known noun, noun exceptions and suffix rules (`vrienden` → `vriend`);
4. a known adjective, adjective exceptions and rules;
5. the exceptions of the remaining parts of speech.
Otherwise the form is its own lemma (None is returned)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

_TABLES = ["lemma_lookup", "lemma_exc", "lemma_index", "lemma_rules"]
_MAIN = ("verb", "noun", "adj")
_OTHER = ("adv", "adp", "det", "pron", "num", "cconj", "sconj", "aux", "intj", "part", "propn")


class LemmaFiller:
    """Lemmas for forms the lookup table misses; None when no table knows the form."""

    def __init__(self, language: str, lookup: Any = None) -> None:
        """`lookup` is the lookup lemmatizer's own table when a pipeline already loaded it."""
        from spacy.lookups import load_lookups

        tables = _TABLES if lookup is None else _TABLES[1:]
        lookups = load_lookups(language, tables, strict=False)
        if lookup is None:
            lookup = lookups.get_table("lemma_lookup", {})
        exc: Any = lookups.get_table("lemma_exc", {})
        index: Any = lookups.get_table("lemma_index", {})
        rules: Any = lookups.get_table("lemma_rules", {})
        self._lookup = lookup
        self._lemmas = frozenset(lookup.values())
        # the tables are keyed by hashed strings, so the parts of speech are asked by name
        parts = (*_MAIN, *_OTHER)
        self._exc: dict[str, dict[str, list[str]]] = {
            pos: dict(exc.get(pos)) for pos in parts if exc.get(pos)
        }
        self._index = {pos: frozenset(index.get(pos)) for pos in parts if index.get(pos)}
        self._rules: dict[str, list[tuple[str, ...]]] = {
            pos: [tuple(r) for r in rules.get(pos)] for pos in parts if rules.get(pos)
        }
        self._cache: dict[str, str | None] = {}

    def lemma(self, form: str) -> str:
        """The lemma of a lower-cased form: the lookup table first, then the gaps filled."""
        return self._lookup.get(form) or self(form) or form

    def __call__(self, form: str) -> str | None:
        try:
            return self._cache[form]
        except KeyError:
            lemma = self._cache[form] = self._fill(form)
            return lemma

    def _known(self, pos: str, form: str) -> str | None:
        return form if form in self._index.get(pos, ()) else None

    def _exception(self, pos: str, form: str) -> str | None:
        found = self._exc.get(pos, {}).get(form)
        return found[0] if found else None

    def _suffix(self, pos: str, form: str) -> str | None:
        for old, new in self._rules.get(pos, ()):
            if old and form.endswith(old) and len(form) > len(old):
                candidate = form[: len(form) - len(old)] + new
                if self._known(pos, candidate):
                    return candidate
        return None

    def _fill(self, form: str) -> str | None:
        if form in self._lemmas:
            weak = self._exception("verb", form)
            return weak if weak and form[-1:] in "dt" and weak == form[:-1] + "en" else form
        for pos in _MAIN:
            first, second = (
                (self._exception, self._known) if pos == "verb" else (self._known, self._exception)
            )
            if lemma := first(pos, form) or second(pos, form) or self._suffix(pos, form):
                return lemma
        for pos in _OTHER:
            if lemma := self._exception(pos, form):
                return lemma
        return None


@lru_cache(maxsize=4)
def lemma_filler(language: str) -> LemmaFiller:
    """One filler per language and process: loading the tables takes about half a second."""
    return LemmaFiller(language)
