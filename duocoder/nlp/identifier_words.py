"""Word lists of identifier detection: the Belgian places and street types of the resource
files, and the small closed lists the rules need (function words, titles, kin and role words,
month names, Dutch number words).

The places and street types are data (`duocoder/resources/privacy/`) so a researcher can read
what is looked for; the closed lists are code because the rules' patterns are built around
them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files


def _words(text: str) -> frozenset[str]:
    """A set of the words written in `text` (a word list reads better as a paragraph)."""
    return frozenset(text.split())


FUNCTION_WORDS = _words(
    """
    aan al alle alles als alsof altijd andere ben bij binnen daar daarna daarom dan dat de deze
    die dit doe doen door dus echt een eens en enfin er euh even geen had heb hebben heeft hem
    het hier hij hoe hun ik in is ja je jij kan kon maar me meer men met mij mijn na naar natuurlijk
    nee neen niet niets nog nooit nu of ok oké om omdat ons ook op over pas soms te tegen toch
    toen tot u uit uw van veel voor waar wanneer want was wat we weer wel werd wie wij wordt zal ze
    zei zeker zelf zich zij zijn zo zoals zou zowel thuis vroeger later eerst daarna ineens
    gisteren morgen vandaag allee awel bon goed dus zeg kijk weet hé he
    hallo dag dank merci sorry via per sinds vanaf tijdens zonder waarom omdat hoewel
    a an and are as at be but by for from he her him his i if in into is it its me my no not of
    on or our she so than that the their them then there they this to us was we were what when
    where which who will with yes you your well okay oh yeah also just
    """
)
"""Words that are no name even when capitalised (sentence starts, "Then Mohamed"): a span
of the library or a rule is trimmed of them at its edges."""

NAME_PARTICLES = _words(
    """
    van vande vanden vander de den der ter ten te la le du da dos el al bin ben ibn abu ait
    """
)
"""Small words inside surnames ("Van den Broeck", "El Amrani", "Ait Taleb"): lower case
between a first name and a surname, capitalised when the surname stands alone."""

TITLES = (
    "mevrouw", "meneer", "mijnheer", "mevr.", "mevr", "dhr.", "dhr", "mw.", "juffrouw", "juf",
    "meester", "dokter", "dr.", "pastoor", "zuster", "broeder", "madame", "monsieur", "mrs.",
    "mrs", "mr.", "mr", "ms.", "ms", "miss", "mister", "doctor",
)  # fmt: skip
"""Forms of address before a surname or an initial ("mevrouw V.", "meneer Peeters")."""

KIN_AND_ROLES = (
    "buddy", "vrijwilliger", "vrijwilligster", "maatje", "deelnemer", "deelneemster",
    "coördinator", "coordinator", "begeleider", "begeleidster", "zoon", "dochter", "man",
    "vrouw", "broer", "zus", "zuster", "moeder", "vader", "mama", "papa", "oma", "opa",
    "kleinzoon", "kleindochter", "buurman", "buurvrouw", "vriend", "vriendin", "collega",
    "nonkel", "tante", "neef", "nicht", "partner", "lief", "schoonzoon", "schoondochter",
    "kleinkind", "kind", "meter", "peter", "huisarts", "assistent", "assistente",
    "maatschappelijk werker", "son", "daughter", "husband", "wife", "brother", "sister",
    "mother", "father", "friend", "neighbour", "neighbor", "volunteer", "coordinator",
)  # fmt: skip
"""Words after which a capitalised word is a name ("mijn buddy Karim", "mijn dochter Aylin")."""

NOT_PERSONS = _words(
    """
    god allah jezus maria mama papa oma opa moeder vader kerstmis pasen ramadan suikerfeest
    offerfeest nieuwjaar corona covid lijn ocmw caw vdab aldi colruyt lidl delhaize
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    januari februari maart april mei juni juli augustus september oktober november december
    iedereen niemand men ze hij zij die dat dan toen daar hier
    monday tuesday wednesday thursday friday saturday sunday christmas easter lijn
    facebook whatsapp google instagram youtube tiktok messenger netflix
    koran bijbel sinterklaas allerheiligen carnaval nieuwjaar
    eén vtm canvas ketnet vrt schelde leie maas dender durme ijzer
    vdab fedasil mutualiteit nmbs proximus telenet uitpas achteraf
    nederlandstalig nederlandstalige franstalig franstalige anderstalig anderstalige
    engelstalig engelstalige
    """
)
"""Capitalised words that the context rules must not take for a person: days, months,
holidays, scriptures, broadcasters, rivers, public services and shops every Flemish
transcript names."""

NOT_PLACES = _words(
    """
    belgië belgie nederland marokko turkije syrië syrie congo polen roemenië bulgarije
    afghanistan eritrea irak iran somalië oekraïne rusland frankrijk duitsland spanje italië
    europa afrika azië amerika vlaanderen wallonië brussels-hoofdstedelijk limburg
    oost-vlaanderen west-vlaanderen antwerpen-provincie vlaams-brabant
    nederlands frans engels arabisch turks pools berbers lingala swahili koerdisch
    belg belgen belgische marokkaan marokkaanse turkse turk poolse congolese syrische
    vlaamse vlaming vlaams islam christendom
    """
)
"""Countries, regions, languages and nationalities: capitalised, but no town; a researcher
reads "uit Marokko" as no identifier of its own."""

MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip
MONTHS_EN = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = (
    "jan", "feb", "febr", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov",
    "dec",
)  # fmt: skip

NUMBER_UNITS = ("een", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")
NUMBER_TENS = ("twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig",
               "negentig")  # fmt: skip
NUMBER_TEENS = ("tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien",
                "zeventien", "achttien", "negentien")  # fmt: skip


@dataclass(frozen=True, slots=True)
class Places:
    """The place list: `plain` names count anywhere, `ambiguous` ones (also ordinary words or
    first names: "Geel", "Mol", "Peer") only after a place word or a postcode."""

    plain: frozenset[str]
    ambiguous: frozenset[str]


@dataclass(frozen=True, slots=True)
class StreetTypes:
    """Street-name endings ("straat"), endings that need a house number ("hof"), and types
    written as a word of their own ("Brugse Steenweg")."""

    suffixes: tuple[str, ...]
    suffixes_with_number: tuple[str, ...]
    words: tuple[str, ...]


def _lines(name: str) -> list[str]:
    text = files("duocoder").joinpath("resources", "privacy", name).read_text(encoding="utf-8")
    return [s for line in text.splitlines() if (s := line.strip()) and not s.startswith("#")]


@cache
def places() -> Places:
    """The Belgian place list of `resources/privacy/places_be.txt`, read once."""
    plain: set[str] = set()
    ambiguous: set[str] = set()
    for line in _lines("places_be.txt"):
        if line.endswith("*"):
            ambiguous.add(line[:-1])
        else:
            plain.add(line)
    return Places(frozenset(plain - ambiguous), frozenset(ambiguous))


@cache
def street_types() -> StreetTypes:
    """The street types of `resources/privacy/street_types.txt`, read once."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in _lines("street_types.txt"):
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            sections[current] = []
        else:
            sections.setdefault(current, []).append(line)
    return StreetTypes(
        tuple(sections.get("suffix", ())),
        tuple(sections.get("suffix-with-number", ())),
        tuple(sections.get("word", ())),
    )
