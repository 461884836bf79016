"""Lemmas without part-of-speech tags (the fallback pipeline has no tagger), and the
function words that word counts leave out.

Dutch: `DutchLemmatizer`, simplemma's dictionary under a rule layer (clitics, function
words, diminutives, participles; see there). It was chosen by measurement: on a hand-made
gold list of 843 forms of interview language (tests/nlp/data/lemmas_nl.tsv) it is right for
98.5% of them, spaCy's lookup table with the gaps filled as below for 87.7%, and on a list
written afterwards and never tuned on for 96.1% against 84.5% (`python -m bench.lemmatizers`).
spaCy's Dutch tables still serve it as the lists of known verbs and nouns.

English, and what the Dutch rules were measured against: `LemmaFiller`, which fills the
gaps of spaCy's lookup tables. The one for Dutch (`nl_lemma_lookup` in spacy-lookups-data)
lacks many regular verb forms: it maps `vertrouwt` and `vertrouwden` to `vertrouwen` but
leaves `vertrouw`, `vertrouwde` and `vertrouwd` as they are, so a lemma search would miss
exactly the forms a researcher cares about. The same package ships the tables of the rule
lemmatizer (exceptions, suffix rules and the known lemmas per part of speech), which need a
tagger we do not have.
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

from collections.abc import Callable, Iterator
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

    @property
    def verbs(self) -> frozenset[str]:
        """The verbs (infinitives) the rule tables know."""
        return self._index.get("verb", frozenset())

    @property
    def nouns(self) -> frozenset[str]:
        return self._index.get("noun", frozenset())

    def knows(self, form: str) -> bool:
        """Whether any table lists the form, as a word or as a lemma."""
        return (
            form in self._lemmas
            or self._lookup.get(form) is not None
            or any(form in known for known in self._index.values())
        )

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


# -- Dutch: simplemma's dictionary with a rule layer on top ----------------------------------


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
"""Curly and look-alike apostrophes read as the straight one: `’s` and `'s` are one word."""

CLITICS: dict[str, str] = {
    "'t": "het",
    "m'n": "mijn",
    "z'n": "zijn",
    "d'r": "er",  # also `haar` (d'r fiets); as `er` far more often in speech
    "'k": "ik",
    "'m": "hem",
    "'n": "een",
    "'r": "er",
    "'s": "'s",  # 's avonds, 's morgens: the old genitive, its own word
    "zo'n": "zo'n",
}
"""Spoken contractions: the full word, except 's and zo'n, which have none."""

INFLECTED_FUNCTION: dict[str, str] = {
    "hele": "heel",
    "andere": "ander",
    "elke": "elk",
    "welke": "welk",
    "enkele": "enkel",
    "eventjes": "even",
    "effe": "even",
    "efkes": "even",
}

STOP_VERBS = _words(
    """ben bent is was waren zijn zijnde wezen heb hebt heeft had hadden hebben doen doet
    geven gegeven gehad geweest geworden gekund gemogen kan kon konden kunnen kunt liet mag
    mocht mochten moest moesten moet moeten mogen wil wilde werd werden worden wordt zal zei
    zou zouden zullen zult"""
)
"""Verb forms in spaCy's Dutch stop list: function words for counting, but lemmatised."""

KEEP = _words(
    """soms heel even toch wel al nog maar eens zo ook nu dan daar hier er dus want of en
    echt eigenlijk natuurlijk gewoon misschien ineens meteen opeens gisteren vandaag straks
    daarna nee oké hè nou hoor joh ge gij uw niks iedereen allemaal elkaar mekaar trouwens
    helemaal erg ergens nergens overal terug hoeveel wellicht inderdaad graag samen
    thuis genoeg best liever weer eerst later"""
)
"""Adverbs, pronouns and particles that are their own lemma, whatever a dictionary says
(`soms` is not the plural of `som`, `uw` not a form of `u`, `heel` not of `helen`)."""

FILLERS = _words("eh ehm euh uh uhm hm hmm mm mmm ah oh o nee nou hè oké ok joh")
"""Spoken fillers and answers, counted as function words like spaCy's `ja`."""

_PREPOSITIONS = "aan achter bij door in langs mee na naar om onder op over tegen toe uit van voor"
PARTICLE_WORDS = _words("mee via per iedereen niemand niks allemaal elkaar mekaar zoiets") | {
    head + tail for head in ("er", "daar", "hier", "waar") for tail in _PREPOSITIONS.split()
}
"""Function words spaCy's Dutch list lacks: `mee`, `via`, `per`, pronouns such as
`iedereen` and `elkaar`, and the pronominal adverbs (`ermee`, `daarover`, `waarvoor`)."""

LEXICALISED = _words("beetje meisje maatje sprookje toetje uitje koekje hapje praatje ommetje")
"""Diminutives that are words of their own: `maatje` (a buddy) is not a small `maat`."""

PARTICLES = (
    "aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit",
    "voor", "weg", "samen", "thuis", "vast", "los", "langs", "rond", "tegen", "neer",
)  # fmt: skip
"""Separable verb particles: op|ge|beld → opbellen."""

INSEPARABLE = ("be", "ver", "ont", "her", "er", "ge")
_PARTICLE_GE = tuple(p + "ge" for p in PARTICLES)
_PREFIXED = INSEPARABLE + _PARTICLE_GE
_DIAERESIS = str.maketrans("ïëö", "ieo")  # ge|ïnteresseerd → interesseren
_VOWELS = set("aeiouyáéíóúëïöüè")
_DOUBLE = ("aa", "ee", "oo", "uu")


def _infinitives(stem: str) -> Iterator[str]:
    """Infinitives a weak verb's stem can have, likeliest first: bel → bellen, maak →
    maken, wandel → wandelen, geloof → geloven, verhuis → verhuizen, praat → praten."""
    if len(stem) < 2:
        return
    last, before = stem[-1], stem[-2]
    short = last not in _VOWELS and before in _VOWELS and stem[-3:-2] not in _VOWELS
    if short and last not in "wjh":
        yield stem + last + "en"
    stems = [stem]
    if stem[-3:-1] in _DOUBLE:
        stems.insert(0, stem[:-2] + last)
    for s in stems:
        yield s + "en"
        if s[-1] == "f":
            yield s[:-1] + "ven"
        elif s[-1] == "s":
            yield s[:-1] + "zen"


class DutchLemmatizer:
    """Lemmas for Dutch without part-of-speech tags: simplemma's dictionary (or any `base`)
    under a rule layer that fixes what a dictionary cannot know in isolation.

    In order, for a lower-cased form (curly apostrophes made straight):
    1. clitics (`'t` → het, `m'n` → mijn; `'s` stays `'s`) and inflected function words;
    2. function words and adverbs stay themselves (`soms`, `heel`, `uw`, spaCy's stop list
       without its verb forms), and lexicalised diminutives (`maatje`, `beetje`);
    3. a diminutive (-je, -tje, -pje, -etje, plural -jes) whose base is a known noun gives
       that noun (`bezoekjes` → bezoek, `balletje` → bal);
    4. the base lemmatizer;
    5. a form the base leaves alone and no table knows, shaped like a participle
       ((particle) ge- … -d/-t/-en, or be-/ver-/ont-/her- … -d/-t), gives the infinitive
       its stem makes if that is a known verb (`opgeappt` → opappen).
    `verbs` and `nouns` are the known lemmas of spaCy's Dutch rule tables; `known` every
    form or lemma those tables list (a known word is never re-read as a participle)."""

    def __init__(
        self,
        base: Callable[[str], str],
        verbs: frozenset[str],
        nouns: frozenset[str],
        known: Callable[[str], bool],
        stop_words: frozenset[str] = frozenset(),
    ) -> None:
        self._base = base
        self._verbs = verbs
        self._nouns = nouns
        self._known = known
        self._keep = KEEP | (stop_words - STOP_VERBS)
        self._cache: dict[str, str] = {}

    def __call__(self, form: str) -> str:
        try:
            return self._cache[form]
        except KeyError:
            lemma = self._cache[form] = self._lemma(form)
            return lemma

    def _lemma(self, form: str) -> str:
        word = form.lower().translate(APOSTROPHES)
        if found := CLITICS.get(word) or INFLECTED_FUNCTION.get(word):
            return found
        if word in self._keep or word in LEXICALISED:
            return word
        if word.endswith("'s") and word[:-2].isalpha() and len(word) > 3:
            return word[:-2]  # auto's, collega's, duo's; Anja's (fiets)
        if not word.isalpha():
            return word
        if word.endswith("jes") and word[:-1] in LEXICALISED:
            return word[:-1]
        if small := self.diminutive(word):
            return small
        lemma = self._checked(word, self._base(word).lower().translate(APOSTROPHES) or word)
        if lemma != word:
            if word == lemma + "e" and lemma.endswith(("d", "t")) and lemma.startswith(_PREFIXED):
                # vertrouwde: the past tense of a verb before the participle's adjective
                return self._weak_past(word) or lemma
            return self.diminutive(lemma) or lemma
        if not self._known(word) or word.startswith(_PARTICLE_GE) or word[2:3] in "ïëö":
            inflected = word[:-1] if word.endswith(("de", "te")) else word
            return self.participle(word) or self.participle(inflected) or word
        return word

    def _checked(self, word: str, lemma: str) -> str:
        """The base's lemma, unless it gives a particle the form does not have."""
        if word.endswith("er") and lemma.endswith(("ster", "es")) and lemma[:2] == word[:2]:
            return word  # simplemma reads deelnemer as deelneemster, kapper as kapster
        if "_" in lemma:  # simplemma writes separable verbs as af_spreken
            particle, _, verb = lemma.partition("_")
            lemma = particle + verb if word.startswith(particle) else verb
        if word.startswith("ge") and not word.startswith(("gebe", "gever", "geont", "geher")):
            # gestaan is not afstaan, gedragen not verdragen, geweten not verwijten
            for prefix in (*PARTICLES, *INSEPARABLE[:-1]):
                if lemma.startswith(prefix) and not word.startswith(prefix):
                    return self.participle(word) or lemma
        return lemma

    def _weak_past(self, word: str) -> str | None:
        for ending in ("den", "ten", "de", "te"):
            if word.endswith(ending):
                stem = word[: -len(ending)]
                return next((v for v in _infinitives(stem) if v in self._verbs), None)
        return None

    def diminutive(self, word: str) -> str | None:
        """The noun a diminutive is made from, if that is a known noun."""
        core = word[:-1] if word.endswith("jes") else word
        if not core.endswith("je") or len(core) < 5 or core in LEXICALISED:
            return None
        candidates = []
        if core.endswith("etje") and core[-5] == core[-6] and core[-5] not in _VOWELS:
            candidates.append(core[:-5])  # balletje → bal, vriendinnetje → vriendin
        candidates.append(core[:-2])  # huisje, kopje, lampje
        if core.endswith("etje") and core[-5] not in _VOWELS:
            candidates.append(core[:-4])  # wandelingetje → wandeling, dingetje → ding
        if core.endswith("tje"):
            stem = core[:-3]
            candidates.append(stem)  # koffietje, stoeltje, theetje
            if stem[-2:] in ("aa", "oo", "uu"):
                candidates.append(stem[:-1])  # autootje → auto, opaatje → opa
        if core.endswith("pje"):
            candidates.append(core[:-3])  # boompje → boom
        return next((c for c in candidates if len(c) > 1 and c in self._nouns), None)

    def participle(self, word: str) -> str | None:
        """The infinitive of a participle-shaped word, if it is a known verb."""
        if not word.endswith(("d", "t", "n")) or len(word) < 5:
            return None
        for particle in ("", *PARTICLES):
            if not word.startswith(particle):
                continue
            rest = word[len(particle) :]
            if rest.startswith("ge") and len(rest) > 4:
                inner = rest[2:].translate(_DIAERESIS)
            elif not particle and rest.startswith(INSEPARABLE):
                inner = rest
            else:
                continue
            for candidate in self._stems(inner, rest):
                if particle + candidate in self._verbs:
                    return particle + candidate
        return None

    @staticmethod
    def _stems(inner: str, whole: str) -> Iterator[str]:
        for body in dict.fromkeys((inner, whole)):
            if body.endswith("n"):
                yield body  # gegaan → gaan, gegeten → eten, gevallen → vallen
            elif body.endswith(("d", "t")):
                yield from _infinitives(body[:-1])
                if body.endswith("t"):
                    yield from _infinitives(body)  # gepraat → praten


def _simplemma_nl(form: str) -> str:
    import simplemma

    return str(simplemma.lemmatize(form, lang="nl"))


def dutch_lemmatizer(
    stop_words: frozenset[str] = frozenset(), filler: LemmaFiller | None = None
) -> DutchLemmatizer:
    """simplemma under the rule layer, with spaCy's Dutch tables as the verb and noun lists."""
    if not stop_words:
        from spacy.lang.nl.stop_words import STOP_WORDS

        stop_words = frozenset(STOP_WORDS)
    filler = filler or lemma_filler("nl")
    _simplemma_nl("huis")  # load its dictionary now, with the pipeline, not at the first text
    return DutchLemmatizer(_simplemma_nl, filler.verbs, filler.nouns, filler.knows, stop_words)


_OTHER_LANGUAGE = {"nl": "en", "en": "nl"}


def function_words(language: str, filler: LemmaFiller | None = None) -> frozenset[str]:
    """The words counted only on request: spaCy's stop list for the language (apostrophes
    made straight), for Dutch also the spoken clitics and fillers, and the stop words of the
    other language of DuoCoder's transcripts that this language's tables do not know as a
    word (`the`, `and` in Dutch text; English `last` stays, as Dutch `last` is a noun)."""
    from spacy.util import get_lang_class

    def stop_list(lang: str) -> set[str]:
        return {w.translate(APOSTROPHES) for w in get_lang_class(lang).Defaults.stop_words}

    words = stop_list(language)
    if language == "nl":
        words |= set(CLITICS) | FILLERS | PARTICLE_WORDS
    if other := _OTHER_LANGUAGE.get(language):
        known = (filler or lemma_filler(language)).knows
        words |= {w for w in stop_list(other) if not known(w)}
    return frozenset(words)
