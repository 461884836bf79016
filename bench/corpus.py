"""Synthetic, deterministic corpora of Dutch duowerking interviews, for benchmarks.

Benchmarks of import, storage, search, NLP and co-occurrence analysis need corpora of any size
that look like the real thing (interviewer/respondent turns, Flemish vocabulary with inflected
forms, accents and curly quotes, cases with a coordinator and duos) but contain no real
interview. Everything here is generated from a seeded `random.Random`, never the module-level
generator, so the same arguments always give the same corpus, in any process.

A "word" is a whitespace-separated token, speaker labels (`I:`, `R:`) included, so that
`len(text.split())` is what a benchmark sees and what `words_per_document` asks for.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from duocoder.domain.sources import SourceText

__all__ = [
    "DEFAULT_CODE_PATHS",
    "GeneratedDocument",
    "generate_corpus",
    "write_docx",
    "write_txt",
]

DEFAULT_CODE_PATHS: tuple[str, ...] = (
    "Verbinding/Vertrouwensrelatie",
    "Verbinding/Gelijkwaardigheid en wederkerigheid",
    "Verbinding/Gezamenlijke activiteiten",
    "Verbinding/Klik en matching zoals beleefd",
    "Verbinding/Nabijheid, afstand en grenzen",
    "Verbinding/Betekenis en benoeming van de relatie",
    "Verbinding/Contactfrequentie en duur",
    "Obstakels/Interne obstakels/Verwachtingen",
    "Obstakels/Interne obstakels/Motivatie",
    "Obstakels/Interne obstakels/Gezondheid",
    "Obstakels/Interne obstakels/Levenssituatie",
    "Obstakels/Externe obstakels/Tijd",
    "Obstakels/Externe obstakels/Mobiliteit",
    "Obstakels/Externe obstakels/Geld",
    "Obstakels/Externe obstakels/Taal",
    "Obstakels/Externe obstakels/Diensten",
    "Obstakels/Afhankelijkheid en paternalisme",
    "Obstakels/Uiteenlopende verwachtingen",
    "Obstakels/Emotionele belasting van de vrijwilliger",
    "Obstakels/Uitval en beëindiging",
    "Uitkomsten/Voor de deelnemer/Psychologisch",
    "Uitkomsten/Voor de deelnemer/Sociaal-communicatief",
    "Uitkomsten/Voor de deelnemer/Persoonlijke ontwikkeling",
    "Uitkomsten/Voor de deelnemer/Horizonverbreding",
    "Uitkomsten/Voor de vrijwilliger/Leren en vaardigheden",
    "Uitkomsten/Voor de vrijwilliger/Sociaal netwerk",
    "Uitkomsten/Voor de vrijwilliger/Inzicht in kwetsbaarheid en samenleving",
    "Uitkomsten/Voor de vrijwilliger/Zingeving",
    "Uitkomsten/Voor de organisatie",
    "Uitkomsten/Voor de samenleving",
    "Professionele ondersteuning/Werving en screening",
    "Professionele ondersteuning/Matching door de organisatie",
    "Professionele ondersteuning/Vorming en training",
    "Professionele ondersteuning/Opvolging, supervisie en intervisie",
    "Professionele ondersteuning/Samenwerking met het professionele netwerk",
    "Professionele ondersteuning/Kwaliteitsbewaking en evaluatie",
    "Context/Kwetsbaarheid",
    "Context/Actief burgerschap",
    "Context/Motivatie om deel te nemen",
)


@dataclass(frozen=True)
class GeneratedDocument:
    """One synthetic transcript with its metadata and (optionally) pre-made codings.

    `codings` are `(start, end, code_path)` in code points into `"\\n".join(paragraphs)`, the
    same offsets the app stores, so a benchmark can load them without re-locating quotes.
    """

    name: str
    role: str  # "coordinator" | "participant" | "volunteer"
    case: str
    duo: str | None
    paragraphs: list[str]
    codings: list[tuple[int, int, str]]

    @property
    def text(self) -> str:
        """The transcript as one string; coding offsets index into this."""
        return "\n".join(self.paragraphs)

    def source(self) -> SourceText:
        """The transcript as a reader would hand it over: one paragraph per line, so it can
        be stored without timing a reader (import speed is measured on its own)."""
        spans, pos = [], 0
        for paragraph in self.paragraphs:
            spans.append((pos, pos + len(paragraph)))
            pos += len(paragraph) + 1
        return SourceText(self.text, tuple(spans), None, "txt")


# --------------------------------------------------------------------------------------------
# Vocabulary. Verbs carry their inflected forms so lemmatisers and search get real variety
# (vertrouw, vertrouwt, vertrouwen, vertrouwde, vertrouwden, vertrouwd) instead of one form.
# --------------------------------------------------------------------------------------------

# Subject -> person: "1" first singular, "3" third singular, "p" plural.
_SUBJECTS: tuple[tuple[str, str], ...] = (
    ("ik", "1"),
    ("ik", "1"),
    ("ik", "1"),
    ("hij", "3"),
    ("ze", "3"),
    ("zij", "3"),
    ("mijn vrijwilliger", "3"),
    ("mijn maatje", "3"),
    ("mijn buddy", "3"),
    ("de deelnemer", "3"),
    ("de coördinator", "3"),
    ("de maatschappelijk werker", "3"),
    ("we", "p"),
    ("we", "p"),
    ("wij", "p"),
    ("de vrijwilligers", "p"),
    ("de deelnemers", "p"),
    ("de meeste duo’s", "p"),
)
# The interviewer reports what the respondent said: "U zei daarnet dat u haar vertrouwt."
_INTERVIEWER_SUBJECTS: tuple[tuple[str, str], ...] = (
    ("u", "3"),
    ("u", "3"),
    ("jullie", "p"),
    ("uw vrijwilliger", "3"),
    ("de deelnemer", "3"),
    ("jullie duo", "3"),
    ("de coördinator", "3"),
)
_REFLEXIVE = {"ik": "me", "we": "ons", "wij": "ons", "jullie": "je"}

_PERSONS = (
    "haar",
    "hem",
    "elkaar",
    "de coördinator",
    "mijn vrijwilliger",
    "de deelnemer",
    "mijn maatje",
    "de maatschappelijk werker",
    "iedereen",
    "de andere vrijwilligers",
)


@dataclass(frozen=True)
class _Verb:
    """A verb lexeme: its forms and the complements that make sense with it."""

    present: tuple[str, str, str]  # 1sg, 3sg, plural
    past: tuple[str, str]  # singular, plural
    participle: str
    aux_be: bool  # perfect with zijn instead of hebben
    complements: tuple[tuple[str, ...], ...]  # pre-split, so clauses can be sized exactly


def _verb(forms: str, participle: str, complements: Sequence[str], aux_be: bool = False) -> _Verb:
    """Build a lexeme from 'ik hij wij pastsg pastpl' so the table below stays readable."""
    p1, p3, pp, vs, vp = forms.split()
    split = tuple(tuple(c.split()) for c in complements)
    return _Verb((p1, p3, pp), (vs, vp), participle, aux_be, split)


_PERSON_INDEX = {"1": 0, "3": 1, "p": 2}
_PRONOUN_SUBJECTS = (("ik", "1"), ("hij", "3"), ("ze", "3"), ("we", "p"))
_INTERVIEWER_PRONOUNS = (("u", "3"), ("jullie", "p"))
_HAVE = ("heb", "heeft", "hebben")
_BE = ("ben", "is", "zijn")


_VERBS: tuple[_Verb, ...] = (
    _verb("vertrouw vertrouwt vertrouwen vertrouwde vertrouwden", "vertrouwd", _PERSONS),
    _verb("ontmoet ontmoet ontmoeten ontmoette ontmoetten", "ontmoet", _PERSONS),
    _verb("bel belt bellen belde belden", "gebeld", _PERSONS),
    _verb("bezoek bezoekt bezoeken bezocht bezochten", "bezocht", _PERSONS),
    _verb("mis mist missen miste misten", "gemist", (*_PERSONS, "het contact", "de markt")),
    _verb(
        "help helpt helpen hielp hielpen",
        "geholpen",
        (*_PERSONS, "haar met de papieren", "hem met zijn administratie", "elkaar een beetje"),
    ),
    _verb(
        "begrijp begrijpt begrijpen begreep begrepen",
        "begrepen",
        (
            "dat",
            "haar situatie",
            "de brieven van het OCMW",
            "die ambtenarentaal niet",
            "zijn kwetsbaarheid",
            "de regels van de organisatie",
        ),
    ),
    _verb(
        "leer leert leren leerde leerden",
        "geleerd",
        (
            "veel",
            "geduld",
            "luisteren",
            "veel over armoede",
            "nieuwe ideeën",
            "mijn grenzen aangeven",
            "de taal stap voor stap",
            "hoe het sociaal huis werkt",
        ),
    ),
    _verb(
        "vind vindt vinden vond vonden",
        "gevonden",
        (
            "het fijn",
            "dat moeilijk",
            "het contact belangrijk",
            "de vorming nuttig",
            "de intervisie zinvol",
            "die gelijkwaardigheid essentieel",
            "het een echte vriendschap",
        ),
    ),
    _verb(
        "drink drinkt drinken dronk dronken",
        "gedronken",
        ("koffie", "een koffie", "een tas thee", "iets op een terras", "een koffie in het café"),
    ),
    _verb(
        "doe doet doen deed deden",
        "gedaan",
        (
            "veel",
            "de boodschappen",
            "de papieren samen",
            "een wandeling",
            "veel samen",
            "een stukje administratie",
            "dat met plezier",
        ),
    ),
    _verb(
        "maak maakt maken maakte maakten",
        "gemaakt",
        ("afspraken", "plannen", "tijd", "een uitstap naar zee", "duidelijke afspraken", "ruzie"),
    ),
    _verb(
        "heb heeft hebben had hadden",
        "gehad",
        (
            "vertrouwen",
            "een klik",
            "een echte ‘klik’",
            "veel gemeen",
            "weinig geld",
            "financiële zorgen",
            "schrik om afhankelijk te worden",
            "contact met het OCMW",
            "geen auto",
            "een drukke job",
            "gezondheidsproblemen",
        ),
    ),
    _verb(
        "noem noemt noemen noemde noemden",
        "genoemd",
        (
            "het een “georganiseerde vriendschap”",
            "hem mijn ‘maatje’",
            "haar mijn buddy",
            "het gewoon “ons duo”",
            "het een soort vriendschap",
        ),
    ),
    _verb(
        "bespreek bespreekt bespreken besprak bespraken",
        "besproken",
        (
            "alles",
            "de situatie met de coördinator",
            "onze grenzen",
            "de verwachtingen",
            "dat op de intervisie",
            "de beëindiging van het duo",
        ),
    ),
    _verb(
        "ervaar ervaart ervaren ervoer ervoeren",
        "ervaren",
        (
            "veel steun",
            "de relatie als gelijkwaardig",
            "het als een vriendschap",
            "dat als betuttelend",
            "de opvolging als prettig",
        ),
    ),
    _verb(
        "voel voelt voelen voelde voelden",
        "gevoeld",
        (
            "ZICH goed",
            "ZICH minder geïsoleerd",
            "ZICH soms schuldig",
            "ZICH gesteund",
            "ZICH weer iemand",
            "ZICH verantwoordelijk",
        ),
    ),
    _verb(
        "ga gaat gaan ging gingen",
        "gegaan",
        (
            "weg",
            "naar de markt",
            "samen wandelen",
            "naar het café",
            "naar het dienstencentrum",
            "naar het sociaal huis",
            "naar de bibliotheek",
            "naar de breiclub",
        ),
        aux_be=True,
    ),
    _verb(
        "wandel wandelt wandelen wandelde wandelden",
        "gewandeld",
        ("samen", "langs het kanaal", "in het park", "door de wijk", "naar de markt"),
    ),
    _verb(
        "kom komt komen kwam kwamen",
        "gekomen",
        ("terug", "elke week langs", "bij mij thuis", "naar de intervisie", "op bezoek"),
        aux_be=True,
    ),
)

# (verb, complement) pairs by complement length: a clause picks how many words its complement
# should take and then any verb that has such a complement.
_PAIRS_BY_LEN: dict[int, tuple[tuple[_Verb, tuple[str, ...]], ...]] = {}
for _v in _VERBS:
    for _c in _v.complements:
        _PAIRS_BY_LEN[len(_c)] = (*_PAIRS_BY_LEN.get(len(_c), ()), (_v, _c))
_MAX_COMPLEMENT = max(_PAIRS_BY_LEN)
assert set(_PAIRS_BY_LEN) == set(range(1, _MAX_COMPLEMENT + 1)), "complement lengths need no gaps"
# How many words of a clause's room go to adverbials instead of the complement (mostly none).
_ADVERBIAL_ROOM = (0, 0, 0, 1, 1, 2)

_ADVERBIALS: tuple[str, ...] = (
    "echt",
    "vaak",
    "soms",
    "toen",
    "nu",
    "altijd",
    "eigenlijk",
    "samen",
    "opnieuw",
    "gewoon",
    "zeker",
    "meestal",
    "ook",
    "graag",
    "wel",
    "trouwens",
    "elke week",
    "in het begin",
    "op zaterdag",
    "na de vorming",
    "achteraf bekeken",
    "met plezier",
    "zonder oordeel",
    "in de zomer",
    "na de intake",
    "om de twee weken",
    "na een paar maanden",
    "op de markt",
    "in het café",
    "met de bus",
    "tijdens de evaluatie",
    "bij de intervisie",
    "na de eerste ontmoeting",
    "met één koffie",
    "na de kennismaking",
)
# Adverbials grouped by word count, so a clause can be padded to an exact length.
_ADVERBIALS_BY_LEN: dict[int, tuple[tuple[str, ...], ...]] = {}
for _adv_text in _ADVERBIALS:
    _words = tuple(_adv_text.split())
    _ADVERBIALS_BY_LEN[len(_words)] = (*_ADVERBIALS_BY_LEN.get(len(_words), ()), _words)
_MAX_ADV = max(_ADVERBIALS_BY_LEN)

_FRONTED = ("Toen", "Soms", "Nu", "Daarna", "Eigenlijk", "Vroeger", "Gelukkig", "Natuurlijk")

_SHORT_SENTENCES: dict[int, tuple[str, ...]] = {
    1: ("Ja.", "Nee.", "Zeker.", "Allez.", "Juist.", "Inderdaad.", "Goh.", "Tja."),
    2: ("Dat klopt.", "Echt waar.", "Zeker weten.", "Niet altijd.", "Ja, hoor.", "Amai, ja."),
    3: ("Dat was fijn.", "Ik weet het.", "Dat deed deugd.", "Het ging goed.", "Dat is zo."),
}

_CONNECTORS_MAIN = ("en", "maar", "want", "dus")
_CONNECTORS_SUB = ("omdat", "toen", "als", "hoewel", "zodat", "terwijl")

_INTERVIEWER_INTROS: tuple[tuple[str, ...], ...] = tuple(
    tuple(s.split())
    for s in (
        "U zei daarnet dat",
        "U vertelde net dat",
        "Ik hoor dat",
        "Andere mensen zeggen soms dat",
        "Als ik het goed begrijp, zegt u dat",
        "In het vorige gesprek hoorde ik dat",
    )
)
_QUESTION_OPENERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(s.split())
    for s in (
        "Hoe ervaart u",
        "Kunt u iets vertellen over",
        "Wat betekent",
        "Hoe kijkt u naar",
        "Wat vindt u van",
        "Kunt u een voorbeeld geven van",
        "Hoe verliep",
        "Wat is voor u het belangrijkste aan",
    )
)
_QUESTION_TOPICS: tuple[tuple[str, ...], ...] = tuple(
    tuple(s.split())
    for s in (
        "het vertrouwen tussen jullie",
        "de matching",
        "de eerste ontmoeting",
        "de vorming",
        "de opvolging door de coördinator",
        "de activiteiten die jullie samen doen",
        "de momenten waarop het moeilijk was",
        "de ‘klik’",
        "de grenzen in het contact",
        "het woord “georganiseerde vriendschap”",
        "de samenwerking met het OCMW",
        "het afscheid",
        "de rol van de organisatie",
        "de kosten van een uitstap",
        "uw motivatie",
    )
)
_QUESTION_PADS = ("dan", "eigenlijk", "precies", "voor u", "in uw ervaring", "nu", "in de praktijk")
_QUESTION_PADS_BY_LEN: dict[int, tuple[tuple[str, ...], ...]] = {}
for _pad_text in _QUESTION_PADS:
    _words = tuple(_pad_text.split())
    _QUESTION_PADS_BY_LEN[len(_words)] = (*_QUESTION_PADS_BY_LEN.get(len(_words), ()), _words)
_MAX_QPAD = max(_QUESTION_PADS_BY_LEN)
_SHORT_QUESTIONS: dict[int, tuple[str, ...]] = {
    1: ("Waarom?", "Hoezo?", "Echt?"),
    2: ("Hoe dan?", "En verder?", "Hoe vaak?", "Waarom niet?"),
    3: ("En het vertrouwen?", "Kunt u verduidelijken?", "Wat bedoelt u?"),
}
_ACKNOWLEDGEMENTS: dict[int, tuple[str, ...]] = {
    1: ("Juist.", "Oké.", "Ah.", "Mhm."),
    2: ("Dank u.", "Heel interessant.", "Ah, zo."),
    3: ("Dat begrijp ik.", "Dat is duidelijk.", "Dat klinkt herkenbaar."),
    4: ("Dat is heel interessant.", "Ik begrijp het, ja."),
    5: ("Dank u voor dat voorbeeld.", "Dat hoor ik vaker, trouwens."),
}
_LEAD_MIN = min(len(i) for i in _INTERVIEWER_INTROS) + 3  # intro plus a 3-word clause
_CLAUSE_MAX = 8  # longer clauses would need a pile of adverbials to reach their length

_ORG_PREFIXES = ("Duo", "Samen", "Buddy", "Maatje", "Tandem", "Brug", "Naast Elkaar", "Duet")
_ORG_PLACES = (
    "Beekdal",
    "Lindenhoek",
    "Heidebroek",
    "Wilgenveld",
    "Vlasgaard",
    "Hazelrode",
    "Zilverbeek",
    "Klaverhoven",
    "Eikenlo",
    "Brugstede",
    "Ransveld",
    "Meersdonk",
    "Populierdaal",
    "Kouterbeke",
)

_ROLE_LABELS_NL = {
    "coordinator": "coördinator",
    "participant": "deelnemer",
    "volunteer": "vrijwilliger",
}

# Paragraph sizes in words (labels included): questions stay short, answers run long.
_I_MIN, _I_MAX = 20, 35
_R_MIN, _R_MAX = 40, 150


# --------------------------------------------------------------------------------------------
# Sentence building. Every builder returns exactly the number of words asked for, so documents
# hit their word count exactly without cutting a sentence in half.
# --------------------------------------------------------------------------------------------


def _pad(rng: random.Random, gap: int) -> list[str]:
    """Adverbials totalling exactly `gap` words (gap >= 0)."""
    words: list[str] = []
    while gap > 0:
        size = rng.randint(1, min(gap, _MAX_ADV))
        words.extend(rng.choice(_ADVERBIALS_BY_LEN[size]))
        gap -= size
    return words


def _clause(
    rng: random.Random, length: int, subordinate: bool, interviewer: bool = False
) -> tuple[list[str], int]:
    """A clause of exactly `length` (>= 3) words and its subject's word count.

    Main clauses are subject-verb-complement (adverbials before a participle); subordinate
    clauses put the finite verb last, as Dutch does: "omdat ik haar in het begin vertrouwde".
    The verb is drawn together with a complement that nearly fills the clause, so transitive
    verbs keep their object and few adverbials are needed to reach the exact length.
    """
    subject, person = rng.choice(_INTERVIEWER_SUBJECTS if interviewer else _SUBJECTS)
    perfect = rng.random() < 0.2
    subject_words = subject.split()
    if len(subject_words) + (2 if perfect else 1) >= length:
        subject, person = rng.choice(_INTERVIEWER_PRONOUNS if interviewer else _PRONOUN_SUBJECTS)
        subject_words = [subject]
        perfect = perfect and length >= 4
    room = length - len(subject_words) - (2 if perfect else 1)
    size = min(_MAX_COMPLEMENT, max(1, room - rng.choice(_ADVERBIAL_ROOM)))
    verb, complement = rng.choice(_PAIRS_BY_LEN[size])
    if "ZICH" in complement:
        reflexive = _REFLEXIVE.get(subject, "zich")
        complement = tuple(reflexive if w == "ZICH" else w for w in complement)
    elif complement == ("elkaar",) and person != "p":
        complement = ("haar",)
    adverbials = _pad(rng, room - size)
    index = _PERSON_INDEX[person]
    if perfect:
        finite = (_BE if verb.aux_be else _HAVE)[index]
        if subordinate:
            words = [*subject_words, *complement, *adverbials, verb.participle, finite]
        else:
            words = [*subject_words, finite, *complement, *adverbials, verb.participle]
        return words, len(subject_words)
    finite = verb.present[index] if rng.random() < 0.55 else verb.past[person == "p"]
    if subordinate:
        return [*subject_words, *complement, *adverbials, finite], len(subject_words)
    return [*subject_words, finite, *complement, *adverbials], len(subject_words)


def _sentence(rng: random.Random, length: int) -> str:
    """A respondent sentence of exactly `length` words, capitalised and punctuated.

    Long sentences are chains of short clauses joined by connectors, which reads more like
    speech than one clause stuffed with adverbials.
    """
    if length in _SHORT_SENTENCES:
        return rng.choice(_SHORT_SENTENCES[length])
    words: list[str] = []
    left = length
    while left > 0:
        subordinate = False
        if words:
            words[-1] += ","
            if rng.random() < 0.5:
                words.append(rng.choice(_CONNECTORS_MAIN))
            else:
                words.append(rng.choice(_CONNECTORS_SUB))
                subordinate = True
            left -= 1
        size = left if left <= _CLAUSE_MAX else rng.randint(3, min(_CLAUSE_MAX, left - 4))
        if not words and size >= 4 and rng.random() < 0.2:
            # V2 inversion after a fronted adverb: "Toen vertrouwde ik haar ...".
            clause, subject_len = _clause(rng, size - 1, subordinate=False)
            clause = [
                rng.choice(_FRONTED),
                clause[subject_len],
                *clause[:subject_len],
                *clause[subject_len + 1 :],
            ]
        else:
            clause, _ = _clause(rng, size, subordinate)
        words.extend(clause)
        left -= size
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + ("!" if rng.random() < 0.03 else ".")


def _question(rng: random.Random, length: int | None = None) -> list[str]:
    """An interviewer question: opener, topic, a little padding, "?".

    Without `length` the question has its natural length (up to two padding words);
    with it, exactly `length` words.
    """
    if length is not None and length in _SHORT_QUESTIONS:
        return [rng.choice(_SHORT_QUESTIONS[length])]
    opener = rng.choice(_QUESTION_OPENERS)
    topic = rng.choice(_QUESTION_TOPICS)
    if length is None:
        length = len(opener) + len(topic) + rng.choice((0, 0, 1, 2))
    elif len(opener) + len(topic) > length:
        opener = rng.choice([o for o in _QUESTION_OPENERS if len(o) <= length - 2])
        topic = rng.choice([t for t in _QUESTION_TOPICS if len(t) <= length - len(opener)])
    words = [*opener, *topic]
    used: set[tuple[str, ...]] = set()
    while len(words) < length:
        extra = length - len(words)
        options = [
            pad
            for size in range(1, min(extra, _MAX_QPAD) + 1)
            for pad in _QUESTION_PADS_BY_LEN[size]
            if pad not in used
        ] or [("dan",)]
        pad = rng.choice(options)
        used.add(pad)
        words.extend(pad)
    words[-1] += "?"
    return words


def _respondent_body(rng: random.Random, words: int) -> str:
    """Sentences of 4-16 words adding up to exactly `words` words."""
    sentences: list[str] = []
    left = words
    while left > 0:
        size = rng.randint(4, 16)
        if left - size < 4:
            size = left
        sentences.append(_sentence(rng, size))
        left -= size
    return " ".join(sentences)


def _interviewer_body(rng: random.Random, words: int) -> str:
    """Lead-ins ("U zei daarnet dat u ...") and a closing question, exactly `words` long."""
    question = _question(rng)
    if len(question) > words:
        return " ".join(_question(rng, words))
    parts: list[str] = []
    left = words - len(question)
    while left > 0:
        if left < _LEAD_MIN:
            parts.append(rng.choice(_ACKNOWLEDGEMENTS[left]))
            break
        intro = rng.choice([i for i in _INTERVIEWER_INTROS if len(i) <= left - 3])
        room = left - len(intro)
        # Leave either nothing or enough for an acknowledgement or another lead-in.
        size = room if room <= 9 else rng.randint(3, min(9, room - 1))
        clause, _ = _clause(rng, size, subordinate=True, interviewer=True)
        parts.append(" ".join([*intro, *clause]) + ".")
        left -= len(intro) + size
    parts.append(" ".join(question))
    return " ".join(parts)


# --------------------------------------------------------------------------------------------
# Documents, cases and codings.
# --------------------------------------------------------------------------------------------


def _paragraph_plan(rng: random.Random, words: int) -> list[tuple[str, int]]:
    """Speaker and word count (label included) per paragraph, summing to exactly `words`.

    Turns alternate I/R, starting with a question and ending on an answer. An answer never
    leaves a remainder too small for another question-answer pair: it either takes all that
    is left or stops short enough for one more pair, so no stub turns appear at the end.
    """
    pair = _I_MIN + _R_MIN
    if words < pair:
        return [("R", max(words, 2))]
    plan: list[tuple[str, int]] = []
    left = words
    while left > 0:
        question = rng.randint(_I_MIN, min(_I_MAX, left - _R_MIN))
        left -= question
        answer = rng.randint(_R_MIN, min(_R_MAX, left))
        if left - answer < pair:
            # left < answer + pair <= _R_MAX + pair, so left - pair is a valid answer size.
            answer = left if left <= _R_MAX else left - pair
        left -= answer
        plan.append(("I", question))
        plan.append(("R", answer))
    return plan


def _paragraphs(rng: random.Random, words: int) -> list[str]:
    """Render a paragraph plan to text; the label counts as one of the paragraph's words."""
    rendered: list[str] = []
    for speaker, size in _paragraph_plan(rng, words):
        if speaker == "I":
            rendered.append("I: " + _interviewer_body(rng, size - 1))
        else:
            rendered.append("R: " + _respondent_body(rng, size - 1))
    return rendered


def _word_spans(paragraph: str, offset: int) -> list[tuple[int, int]]:
    """(start, end) of each whitespace-separated token after the speaker label."""
    spans: list[tuple[int, int]] = []
    position = paragraph.index(" ") + 1  # skip "R: "
    for token in paragraph[position:].split(" "):
        if token:
            spans.append((offset + position, offset + position + len(token)))
        position += len(token) + 1
    return spans


def _codings(
    rng: random.Random, paragraphs: list[str], count: int, code_paths: Sequence[str]
) -> list[tuple[int, int, str]]:
    """`count` codings on whole words inside respondent turns; about a quarter overlap another.

    Overlaps are made on purpose (a second span starting inside an earlier one, same turn)
    because co-occurrence analysis is what benchmarks of the analysis layer need to exercise.
    """
    if count <= 0:
        return []
    respondent: list[tuple[str, int]] = []
    offset = 0
    for paragraph in paragraphs:
        if paragraph.startswith("R:"):
            respondent.append((paragraph, offset))
        offset += len(paragraph) + 1
    cache: dict[int, list[tuple[int, int]]] = {}
    made: list[tuple[int, int, str, int, int]] = []  # start, end, code, turn, first word
    seen: set[tuple[int, int, str]] = set()
    attempts = 0
    while len(made) < count and attempts < count * 20:
        attempts += 1
        if made and rng.random() < 0.25:
            _, _, _, turn, first = rng.choice(made)
            words = cache[turn]
            first = min(len(words) - 1, first + rng.randint(0, 3))
        else:
            turn = rng.randrange(len(respondent))
            if turn not in cache:
                cache[turn] = _word_spans(*respondent[turn])
            words = cache[turn]
            if not words:
                continue
            first = rng.randrange(len(words))
        last = min(len(words) - 1, first + rng.randint(2, 40))
        code = rng.choice(code_paths)
        key = (words[first][0], words[last][1], code)
        if key in seen:
            continue
        seen.add(key)
        made.append((*key, turn, first))
    return sorted((start, end, code) for start, end, code, _, _ in made)


def _case_plan(rng: random.Random, documents: int) -> list[tuple[str, int]]:
    """Case names with their number of duos; 1 + 2 * duos documents per case, summing exactly.

    A case that would not fit whole shrinks (down to a coordinator alone), so every duo always
    has both its participant and its volunteer.
    """
    names = [f"{prefix} {place} vzw" for place in _ORG_PLACES for prefix in _ORG_PREFIXES]
    rng.shuffle(names)
    plan: list[tuple[str, int]] = []
    left = documents
    while left > 0:
        index = len(plan)
        name = names[index % len(names)]
        if index >= len(names):
            name = f"{name.removesuffix(' vzw')} {index // len(names) + 1} vzw"
        duos = min(rng.randint(1, 4), (left - 1) // 2)
        plan.append((name, duos))
        left -= 1 + 2 * duos
    return plan


def generate_corpus(
    documents: int,
    words_per_document: int,
    seed: int = 1,
    codings_per_document: int = 0,
    code_paths: Sequence[str] | None = None,
) -> list[GeneratedDocument]:
    """Generate `documents` transcripts of about `words_per_document` words each.

    Word counts are exact for requests of 60 words or more (a question-answer pair needs that
    many); paragraphs then stay within 20-150 words. Each document's text comes from its own
    generator seeded with `seed` and its index, so a document does not change when another
    one's parameters would consume more random numbers.
    """
    if documents < 0:
        raise ValueError("documents must be >= 0")
    if words_per_document < 1:
        raise ValueError("words_per_document must be >= 1")
    paths = tuple(DEFAULT_CODE_PATHS if code_paths is None else code_paths)
    if codings_per_document > 0 and not paths:
        raise ValueError("code_paths is empty but codings were requested")

    plan_rng = random.Random(f"duocoder-bench-cases:{seed}")
    roles: list[tuple[str, str, str | None]] = []
    duo_number = 0
    for case, duos in _case_plan(plan_rng, documents):
        roles.append(("coordinator", case, None))
        for _ in range(duos):
            duo_number += 1
            duo = f"Duo {duo_number}"
            roles.append(("participant", case, duo))
            roles.append(("volunteer", case, duo))

    corpus: list[GeneratedDocument] = []
    for index, (role, case, duo) in enumerate(roles):
        rng = random.Random(f"duocoder-bench-doc:{seed}:{index}")
        paragraphs = _paragraphs(rng, words_per_document)
        codings = _codings(rng, paragraphs, codings_per_document, paths)
        name = f"{case} – {_ROLE_LABELS_NL[role]}" + (f" ({duo})" if duo else "")
        corpus.append(GeneratedDocument(name, role, case, duo, paragraphs, codings))
    return corpus


def write_docx(doc: GeneratedDocument, path: Path) -> None:
    """Save as Word with one paragraph per turn, Calibri 11, like a typed transcript."""
    from docx import Document  # lazy: generating a corpus must not require python-docx
    from docx.shared import Pt

    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    document.core_properties.title = doc.name
    for paragraph in doc.paragraphs:
        document.add_paragraph(paragraph)
    document.save(str(path))


def write_txt(doc: GeneratedDocument, path: Path) -> None:
    """Save as UTF-8 text, one paragraph per line, so offsets match `doc.text` exactly."""
    Path(path).write_text(doc.text + "\n", encoding="utf-8", newline="\n")
