"""Loading a spaCy pipeline per project language and turning texts into token arrays.

spaCy is imported here and only inside functions, so importing `duocoder.nlp` (and with it
the app and the CLI) never pays for it. Which pipeline is used, in this order:
1. the `model` a caller passes (a package name or a folder made by `nlp.to_disk`),
2. the environment variable `DUOCODER_SPACY_MODEL` (the same; `blank` forces the fallback),
3. an installed trained pipeline for the language (`nl_core_news_sm`, …),
4. the fallback, the tested default that needs no download: `spacy.blank(lang)` with a
   sentencizer. Dutch lemmas come from simplemma under DuoCoder's rule layer, English ones
   from the lookup lemmatizer of spacy-lookups-data with its gaps filled; `duocoder.nlp.lemmas`
   says what each gives and why (`python -m bench.lemmatizers` measured the Dutch choice).

Function words are spaCy's stop list of the project's language, spoken clitics and fillers,
and the other language's stop words that this language does not know as words (English
`the`, `and` in a Dutch transcript); they are flagged, and counted only on request.

A text is analysed into `Analysed`: numpy arrays of token offsets, lemma numbers and flags,
and sentence spans. Everything per token stays vectorised; Python only looks at each
*distinct* (form, lemma) pair of a text once, which is what makes ≥ 50,000 words per second
possible."""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, cast

from duocoder.nlp.errors import LanguageModelError
from duocoder.nlp.lemmas import APOSTROPHES
from duocoder.nlp.spans import Span, in_spans

if TYPE_CHECKING:
    import numpy as np
    from spacy.pipeline import Lemmatizer

ENV_MODEL = "DUOCODER_SPACY_MODEL"
BLANK = "blank"
INSTALLED: dict[str, tuple[str, ...]] = {
    # smallest first: lemmas barely differ between sizes, speed does
    "nl": ("nl_core_news_sm", "nl_core_news_md", "nl_core_news_lg"),
    "en": ("en_core_web_sm", "en_core_web_md", "en_core_web_lg"),
}

STOP, PUNCT, NUMBER, LABEL = 1, 2, 4, 8
"""Token flags: function word, punctuation, number, speaker label (`R:`)."""
CAPITAL, INITIAL = 16, 32
"""Token flags that do not exclude a word: it is capitalised (`Griet`; not an acronym such
as `WMO`); it opens a sentence, line or turn, or follows a colon, quote, bracket, dash or
bullet (so its capital says nothing about whether it is a name)."""
EXCLUDED = STOP | PUNCT | NUMBER | LABEL
"""Word counts skip a token with any of these flags (function words only by default)."""
_OPENERS = frozenset(".!?:;…\"'“”„‘’«»‹›([{-–—•*")

_NEWLINE = re.compile("\n")


@dataclass(frozen=True, slots=True)
class Analysed:
    """One text's tokens (whitespace dropped). `lemma_index` numbers into `lemmas`, this
    text's distinct lemmas, so the caller maps them to project-wide ids in one step."""

    starts: np.ndarray
    ends: np.ndarray
    lemma_index: np.ndarray
    lemmas: list[str]
    flags: np.ndarray
    sentences: np.ndarray
    forms: frozenset[tuple[str, str]]
    words: int


def choose_model(language: str, model: str | None = None) -> str | None:
    """The pipeline to load for `language`, or None for the fallback."""
    wanted = model if model is not None else os.environ.get(ENV_MODEL, "").strip()
    if wanted:
        return None if wanted == BLANK else wanted
    for name in INSTALLED.get(language, ()):
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def get_pipeline(language: str, model: str | None = None) -> Pipeline:
    """The pipeline for a language, loaded once per process and choice of model."""
    return _load(language, choose_model(language, model))


@lru_cache(maxsize=4)
def _load(language: str, model: str | None) -> Pipeline:
    return Pipeline(language, model)


class Pipeline:
    """A loaded spaCy pipeline with what DuoCoder needs from it and nothing more."""

    def __init__(self, language: str, model: str | None) -> None:
        import spacy

        self.language = language
        self.trained = model is not None
        if model is None:
            nlp = spacy.blank(language)
            nlp.add_pipe("sentencizer")
            nlp.initialize()
            # the lemmatizer's table read in slices (`lookup_tables`), not in one call that
            # holds the GIL: this runs in a background thread while the window goes on
            from duocoder.nlp.lookup_tables import lemma_lookups

            added = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            cast("Lemmatizer", added).initialize(nlp=nlp, lookups=lemma_lookups(language))
            lemmas = "simplemma lemmas + rules" if language == "nl" else "lookup lemmas"
            self.name = f"spacy.blank('{language}') + {lemmas}"
        else:
            try:
                nlp = spacy.load(model, exclude=["ner", "entity_ruler", "entity_linker"])
            except (OSError, ValueError, ImportError) as exc:
                reason = str(exc).split(".")[0].split("] ")[-1]
                raise LanguageModelError(
                    f"The spaCy pipeline '{model}' cannot be loaded ({reason})."
                ) from None
            if nlp.lang != language:
                raise LanguageModelError(
                    f"The spaCy pipeline '{model}' is for '{nlp.lang}', "
                    f"but the project's language is '{language}'."
                )
            if not {"parser", "senter", "sentencizer"} & set(nlp.pipe_names):
                nlp.add_pipe("sentencizer")
            self.name = f"{nlp.meta.get('name', model)} {nlp.meta.get('version', '')}".strip()
        self._nlp = nlp
        lookup = None
        if "lemmatizer" in nlp.pipe_names and not self.trained:
            # spaCy types a component as a plain callable; this one is its Lemmatizer
            lemmatizer = cast("Lemmatizer", nlp.get_pipe("lemmatizer"))
            lookup = lemmatizer.lookups.get_table("lemma_lookup", None)
        from duocoder.nlp.lemmas import LemmaFiller, dutch_lemmatizer, function_words

        self._filler = LemmaFiller(language, lookup)
        self.stop_words = function_words(language, self._filler)
        nl = language == "nl"
        self._rules = dutch_lemmatizer(self.stop_words, self._filler) if nl else None
        self._pairs: dict[tuple[int, int], tuple[str, int]] = {}

    def analyse(
        self, items: Iterable[tuple[str, Sequence[Span]]], batch_size: int = 8
    ) -> Iterator[Analysed]:
        """Analyse (text, speaker-label spans) pairs in order, streaming: `nlp.pipe` works
        in batches, and the caller stores (and may cancel) between documents."""
        # curly apostrophes made straight (one code point each, so offsets stay the same):
        # spaCy keeps `z'n`, `auto's` and `zo'n` whole, but splits `z’n` into `z` and `’n`
        texts = ((text.translate(APOSTROPHES), labels) for text, labels in items)
        for doc, labels in self._nlp.pipe(texts, as_tuples=True, batch_size=batch_size):
            yield self._analysed(doc, labels)

    def lemmas_of(self, text: str) -> list[tuple[str, str]]:
        """(lower-cased form, lemma) of each word of a query or keyword, punctuation left out."""
        doc = self._nlp(text.translate(APOSTROPHES))
        return [
            (t.lower_, self._pair(t.lower, t.lemma, doc.vocab.strings)[0])
            for t in doc
            if not t.is_space and any(ch.isalnum() for ch in t.text)
        ]

    def lemma(self, form: str, raw: str) -> str:
        """The lemma of a lower-cased form given the pipeline's own lemma: a trained
        pipeline is trusted, the lookup table's misses (lemma = form) are filled."""
        raw = raw.lower().translate(APOSTROPHES)
        if self.trained:
            return raw or form.translate(APOSTROPHES)
        if self._rules is not None:
            return self._rules(form)
        form = form.translate(APOSTROPHES)
        if (raw and raw != form) or form in self.stop_words:
            # function words are left alone: the verb tables would read `hoe` as `hoeven`
            return raw or form
        return self._filler(form) or form

    def _pair(self, lower: int, lemma: int, strings: Any) -> tuple[str, int]:
        """(lemma, flags) of a distinct (form, lemma) hash pair, computed once per process."""
        key = (lower, lemma)
        found = self._pairs.get(key)
        if found is None:
            form = strings[lower]
            text = self.lemma(form, strings[lemma] if lemma else "")
            flags = 0
            # a lemma is a function word or not as a whole: `zei` counts with `zeggen`, as
            # its other forms do, though spaCy's list names `zei`
            plain = form.translate(APOSTROPHES)
            if text in self.stop_words or (plain == text and plain in self.stop_words):
                flags |= STOP
            if not any(ch.isalnum() for ch in form):
                flags |= PUNCT
            elif self._nlp.vocab[form].like_num or not any(ch.isalpha() for ch in form):
                flags |= NUMBER
            found = self._pairs[key] = (text, flags)
        return found

    def _analysed(self, doc: Any, labels: Sequence[Span]) -> Analysed:
        import numpy as np
        from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, LOWER, ORTH, SENT_START

        table = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).astype(np.int64)
        hashes = doc.to_array([LOWER, LEMMA]).reshape(-1, 2)
        orth = doc.to_array([ORTH]).reshape(-1)
        word = table[:, 2] == 0
        sent_id = np.cumsum(table[:, 3] == 1)[word]
        starts = table[word, 0]
        ends = starts + table[word, 1]
        pairs, inverse = np.unique(hashes[word], axis=0, return_inverse=True)
        strings = doc.vocab.strings
        numbers: dict[str, int] = {}
        pair_lemma = np.empty(len(pairs), dtype=np.uint32)
        pair_flags = np.empty(len(pairs), dtype=np.uint8)
        forms = set()
        for i, (lower, lemma) in enumerate(pairs.tolist()):
            text, bits = self._pair(lower, lemma, strings)
            pair_lemma[i] = numbers.setdefault(text, len(numbers))
            pair_flags[i] = bits
            if not bits & PUNCT:
                forms.add((strings[lower], text))
        lemmas = list(numbers)
        inverse = inverse.reshape(-1)
        flags = pair_flags[inverse]
        is_label = in_spans(starts, labels)
        flags[is_label] |= LABEL
        text = doc.text
        sentences = _sentences(text, starts, ends, sent_id, is_label)
        flags |= _case_flags(text, starts, flags, orth[word], strings, sentences)
        return Analysed(
            starts=starts.astype(np.uint32),
            ends=ends.astype(np.uint32),
            lemma_index=pair_lemma[inverse],
            lemmas=lemmas,
            flags=flags,
            sentences=sentences,
            forms=frozenset(forms),
            words=len(text.split()),
        )


def _capitalised(word: str) -> bool:
    """`Griet`, `Sofie`, not the acronyms `WMO` or `GGZ`, which are words to count."""
    return word[:1].isupper() and not (len(word) > 1 and word.isupper())


def _case_flags(
    text: str,
    starts: np.ndarray,
    flags: np.ndarray,
    orth: np.ndarray,
    strings: Any,
    sentences: np.ndarray,
) -> np.ndarray:
    """CAPITAL and INITIAL per token (see there): what telling names apart needs."""
    import numpy as np

    kinds, inverse = np.unique(orth, return_inverse=True)
    capital = (_capitalised(strings[int(h)]) for h in kinds)
    upper = np.fromiter(capital, dtype=bool, count=len(kinds))
    out = np.where(upper[inverse.reshape(-1)], CAPITAL, 0).astype(np.uint8)
    initial = np.isin(starts, sentences[:, 0]) if len(sentences) else np.zeros(len(starts), bool)
    punct = np.nonzero(flags & (PUNCT | LABEL))[0]
    after = punct[punct + 1 < len(starts)]
    opens = np.fromiter(
        (text[int(starts[i])] in _OPENERS for i in after), dtype=bool, count=len(after)
    )
    initial[after[opens] + 1] = True
    if len(starts):
        initial[0] = True
    out[initial] |= INITIAL
    return out


def _sentences(
    text: str, starts: np.ndarray, ends: np.ndarray, sent_id: np.ndarray, is_label: np.ndarray
) -> np.ndarray:
    """Sentence spans: spaCy's boundaries, also broken at every newline (a transcript's
    paragraphs and turns) and around speaker labels, which belong to no sentence."""
    import numpy as np

    keep = np.nonzero(~is_label)[0]
    if not len(keep):
        return np.zeros((0, 2), dtype=np.uint32)
    newlines = np.fromiter((m.start() for m in _NEWLINE.finditer(text)), dtype=np.int64)
    lines = np.searchsorted(newlines, starts[keep])
    labels_before = np.cumsum(is_label)[keep]
    sid = sent_id[keep]
    brk = np.ones(len(keep), dtype=bool)
    brk[1:] = (sid[1:] != sid[:-1]) | (lines[1:] != lines[:-1])
    brk[1:] |= labels_before[1:] != labels_before[:-1]
    first = np.nonzero(brk)[0]
    last = np.append(first[1:], len(keep)) - 1
    return np.stack([starts[keep[first]], ends[keep[last]]], axis=1).astype(np.uint32)
