"""The words of an intercoder agreement report, in Dutch and English.

A coefficient printed without its definition invites the wrong reading: percent agreement
of 95 % on a rare code says little, a κ of 0.40 beside an AC1 of 0.90 looks like an error
unless the reader knows how each estimates chance. Every figure in the report therefore
comes with one or two sentences a methods reviewer would accept — what is compared, how
chance is handled, the source to cite and how to read the value — in the language the
researchers write their method section in.

These words live in the domain layer because the computation's side (the app layer, the
CLI and, through `duocoder.app.agreement_types`, the window) and the report writers
(`duocoder.io.agreement_tables`, `duocoder.io.agreement_docx`) need them; kept in one
place, the table, the Word summary, the screen and the CLI say the same thing. A report is
read through the protocols of `duocoder.domain.agreement_shapes`.

Sources: Cohen (1960), Fleiss (1971), Brennan & Prediger (1981), Gwet (2008),
Krippendorff (2004/2011), Krippendorff, Mathet, Bouvry & Widlöcher (2016)."""

from __future__ import annotations

from duocoder.domain.agreement_shapes import (
    COEFFICIENT_NAMES,
    INTERVAL_NAMES,
    MIN_UNITS,
    REASON_KEYS,
    ReportLike,
    RowLike,
    SegmentsLike,
    UnitizedLike,
)

__all__ = [
    "COEFFICIENT_NAMES",
    "INTERVAL_NAMES",
    "MIN_UNITS",
    "REASON_KEYS",
    "ReportLike",
    "RowLike",
    "SegmentsLike",
    "UnitizedLike",
]

LANGUAGES = ("nl", "en")
# The terms `definitions` explains besides the coefficients, in the order a report lists them.
TERMS = (
    "u_alpha",
    "cu_alpha",
    "Cu_alpha",
    "segment_overlap",
    "unit_paragraph",
    "unit_turn",
    "unit_sentence",
    "unit_character",
    "touching",
    "overall",
    "bootstrap",
)

_DEFINITIONS: dict[str, dict[str, str]] = {
    "en": {
        "percent": "Percent agreement: the share of units on which the coders agree whether "
        "the code applies; with more than two coders, the mean agreement over all pairs of "
        "coders. It does not correct for chance, so it runs high for any code that is rare.",
        "cohen_kappa": "Cohen's κ (Cohen 1960): agreement of two coders corrected for the "
        "agreement expected by chance from each coder's own share of coded units; 1 is "
        "perfect agreement, 0 no better than chance. Defined for two coders only.",
        "fleiss_kappa": "Fleiss' κ (Fleiss 1971): chance-corrected agreement for any number "
        "of coders, chance estimated from the share of coded units over all coders together "
        "(with two coders it equals Scott's π); 1 is perfect agreement, 0 chance level.",
        "brennan_prediger": "Brennan–Prediger κ (Brennan & Prediger 1981): chance agreement "
        "fixed at ½ for the two values (code applies or not), so κ = 2 × percent agreement − 1; "
        "the free-marginal κ MAXQDA reports. It is not lowered when a code is rare.",
        "gwet_ac1": "Gwet's AC1 (Gwet 2008): chance agreement estimated as 2π(1 − π), π being "
        "the share of coded units over all coders; it stays stable for rare or very common "
        "codes, where κ and α drop sharply although the coders mostly agree.",
        "alpha": "Krippendorff's α (Krippendorff 2004/2011), nominal, one binary variable per "
        "code: 1 − observed/expected disagreement, corrected for small samples; 1 is perfect "
        "reliability, 0 chance level, below 0 systematic disagreement. Krippendorff advises "
        "α ≥ 0.800 for firm conclusions and α ≥ 0.667 at least for tentative ones.",
        "u_alpha": "Krippendorff's uα (Krippendorff, Mathet, Bouvry & Widlöcher 2016): "
        "agreement on the text as a continuum of characters — where coded stretches begin and "
        "end and which codes they carry, uncoded text included — with the set of codes a "
        "character has as its value; read like α (1 identical, 0 chance level).",
        "cu_alpha": "cuα per code (Krippendorff et al. 2016; ATLAS.ti's α-binary): whether the "
        "coders mark the same stretches of text with the code, character by character, "
        "without fixed units; read like α.",
        "Cu_alpha": "Cuα (Krippendorff et al. 2016; after ATLAS.ti's Cu-α): of the text that "
        "two coders both coded, how far they gave it the same codes (uncoded text left out); "
        "read like α.",
        "segment_overlap": "Segment overlap (as MAXQDA): a coder's segment agrees when another "
        "coder has a segment with the same code in the same document whose overlap is at "
        "least the threshold of the two segments' union; the figure is the share of agreeing "
        "segments over all coders' segments. It does not correct for chance.",
        "unit_paragraph": "Unit: paragraph. Each paragraph of a transcript that holds at least "
        "one non-space character is one unit.",
        "unit_turn": "Unit: speaker turn. Each speaker turn recognised in the transcript is "
        "one unit.",
        "unit_sentence": "Unit: sentence. Each sentence of the transcript is one unit.",
        "unit_character": "Unit: character. Every character of the text is a unit, so long "
        "passages weigh more than short ones.",
        "touching": "A unit has a code for a coder when at least one of that coder's codings "
        "with that code touches the unit (shares at least one character with it): per unit, "
        "code and coder one decision, coded or not.",
        "overall": "Overall: the same coefficient over the decisions of all codes pooled "
        "(units × codes), not the mean of the per-code figures.",
        "bootstrap": "95% interval: percentile bootstrap in which whole documents are drawn "
        "with replacement, because units within one interview are not independent; the same "
        "seed gives the same interval.",
    },
    "nl": {
        "percent": "Procentuele overeenstemming: het aandeel eenheden waarover de codeurs het "
        "eens zijn of de code van toepassing is; bij meer dan twee codeurs het gemiddelde "
        "over alle paren codeurs. Corrigeert niet voor toeval en valt dus hoog uit voor elke "
        "zeldzame code.",
        "cohen_kappa": "Cohens κ (Cohen 1960): overeenstemming tussen twee codeurs, "
        "gecorrigeerd voor de overeenstemming die bij toeval te verwachten is op basis van het "
        "aandeel gecodeerde eenheden van elke codeur; 1 is volledige overeenstemming, 0 niet "
        "beter dan toeval. Alleen gedefinieerd voor twee codeurs.",
        "fleiss_kappa": "Fleiss' κ (Fleiss 1971): voor toeval gecorrigeerde overeenstemming "
        "voor elk aantal codeurs, met het toeval geschat uit het aandeel gecodeerde eenheden "
        "over alle codeurs samen (bij twee codeurs gelijk aan Scotts π); 1 is volledige "
        "overeenstemming, 0 toevalsniveau.",
        "brennan_prediger": "Brennan–Prediger κ (Brennan & Prediger 1981): de "
        "toevalsovereenstemming ligt vast op ½ voor de twee waarden (code wel of niet van "
        "toepassing), dus κ = 2 × procentuele overeenstemming − 1; de κ met vrije marginalen "
        "die MAXQDA rapporteert. Daalt niet wanneer een code zeldzaam is.",
        "gwet_ac1": "Gwets AC1 (Gwet 2008): toevalsovereenstemming geschat als 2π(1 − π), met "
        "π het aandeel gecodeerde eenheden over alle codeurs; blijft stabiel bij zeldzame of "
        "zeer frequente codes, waar κ en α sterk dalen hoewel de codeurs meestal overeenstemmen.",
        "alpha": "Krippendorffs α (Krippendorff 2004/2011), nominaal, één binaire variabele per "
        "code: 1 − waargenomen/verwachte onenigheid, gecorrigeerd voor kleine steekproeven; 1 "
        "is volledige betrouwbaarheid, 0 toevalsniveau, onder 0 systematische onenigheid. "
        "Krippendorff raadt α ≥ 0,800 aan voor stellige conclusies en minstens α ≥ 0,667 voor "
        "voorlopige.",
        "u_alpha": "Krippendorffs uα (Krippendorff, Mathet, Bouvry & Widlöcher 2016): "
        "overeenstemming over de tekst als continuüm van tekens — waar gecodeerde stukken "
        "beginnen en eindigen en welke codes ze dragen, niet-gecodeerde tekst inbegrepen — met "
        "de set codes van een teken als waarde; te lezen als α (1 identiek, 0 toevalsniveau).",
        "cu_alpha": "cuα per code (Krippendorff e.a. 2016; α-binary in ATLAS.ti): of de "
        "codeurs dezelfde stukken tekst met de code markeren, teken per teken, zonder vaste "
        "eenheden; te lezen als α.",
        "Cu_alpha": "Cuα (Krippendorff e.a. 2016; naar Cu-α in ATLAS.ti): van de tekst die "
        "twee codeurs allebei codeerden, in hoeverre ze die dezelfde codes gaven "
        "(niet-gecodeerde tekst weggelaten); te lezen als α.",
        "segment_overlap": "Overlap van fragmenten (zoals MAXQDA): een fragment van een codeur "
        "stemt overeen wanneer een andere codeur een fragment met dezelfde code in hetzelfde "
        "document heeft dat minstens de drempelwaarde van hun samen bedekte tekst overlapt; "
        "het cijfer is het aandeel overeenstemmende fragmenten over alle fragmenten. "
        "Corrigeert niet voor toeval.",
        "unit_paragraph": "Eenheid: alinea. Elke alinea van een transcript met minstens één "
        "teken dat geen spatie is, is één eenheid.",
        "unit_turn": "Eenheid: sprekersbeurt. Elke herkende sprekersbeurt in het transcript "
        "is één eenheid.",
        "unit_sentence": "Eenheid: zin. Elke zin van het transcript is één eenheid.",
        "unit_character": "Eenheid: teken. Elk teken van de tekst is een eenheid, zodat lange "
        "passages zwaarder wegen dan korte.",
        "touching": "Een eenheid heeft een code voor een codeur wanneer minstens één codering "
        "van die codeur met die code de eenheid raakt (minstens één teken gemeen heeft): per "
        "eenheid, code en codeur één beslissing, gecodeerd of niet.",
        "overall": "Totaal: dezelfde coëfficiënt over de beslissingen van alle codes samen "
        "(eenheden × codes), niet het gemiddelde van de cijfers per code.",
        "bootstrap": "95 %-betrouwbaarheidsinterval: percentielbootstrap waarin hele "
        "documenten met teruglegging getrokken worden, omdat eenheden binnen één interview "
        "niet onafhankelijk zijn; dezelfde seed geeft hetzelfde interval.",
    },
}

_REASONS: dict[str, dict[str, str]] = {
    "en": {
        "too_few_units": f"too few units (n < {MIN_UNITS})",
        "no_variation": "no variation: every coder gave every unit the same value",
        "two_coders_only": "defined for two coders only",
        "no_segments": "no coder used this code",
    },
    "nl": {
        "too_few_units": f"te weinig eenheden (n < {MIN_UNITS})",
        "no_variation": "geen variatie: elke codeur gaf elke eenheid dezelfde waarde",
        "two_coders_only": "alleen gedefinieerd voor twee codeurs",
        "no_segments": "geen enkele codeur gebruikte deze code",
    },
}

_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "percent": "% agreement",
        "cohen_kappa": "Cohen's κ",
        "fleiss_kappa": "Fleiss' κ",
        "brennan_prediger": "Brennan–Prediger κ",
        "gwet_ac1": "Gwet's AC1",
        "alpha": "Krippendorff's α",
        "u_alpha": "uα",
        "cu_alpha": "cuα",
        "Cu_alpha": "Cuα",
        "segment_overlap": "% segment overlap",
    },
    "nl": {
        "percent": "% overeenstemming",
        "cohen_kappa": "Cohens κ",
        "fleiss_kappa": "Fleiss' κ",
        "brennan_prediger": "Brennan–Prediger κ",
        "gwet_ac1": "Gwets AC1",
        "alpha": "Krippendorffs α",
        "u_alpha": "uα",
        "cu_alpha": "cuα",
        "Cu_alpha": "Cuα",
        "segment_overlap": "% overlap van fragmenten",
    },
}

_UNITS: dict[str, dict[str, tuple[str, str]]] = {  # kind → (one, many)
    "en": {
        "paragraph": ("paragraph", "paragraphs"),
        "turn": ("speaker turn", "speaker turns"),
        "sentence": ("sentence", "sentences"),
        "character": ("character", "characters"),
    },
    "nl": {
        "paragraph": ("alinea", "alinea's"),
        "turn": ("sprekersbeurt", "sprekersbeurten"),
        "sentence": ("zin", "zinnen"),
        "character": ("teken", "tekens"),
    },
}


_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Intercoder agreement",
        "code": "Code",
        "units": "Units",
        "coded": "Coded units",
        "value": "value",
        "lo": "95% CI low",
        "hi": "95% CI high",
        "note": "Note",
        "overall": "Overall (all codes)",
        "segments": "Segments",
        "agreeing": "Agreeing",
        "segments_sheet": "Segments and uα",
        "definition": "Definition",
        "selection": "Selection",
        "definitions": "Definitions",
        "coders": "Coders",
        "unit": "Unit",
        "documents": "Documents",
        "codes": "Codes",
        "interviewer_in": "Interviewer turns: counted.",
        "interviewer_out": "Interviewer turns: left out (only the respondents' words count).",
        "bootstrap_line": "Bootstrap: {samples} samples, seed {seed}, documents drawn with "
        "replacement.",
        "no_bootstrap": "Bootstrap: none (no intervals).",
        "threshold": "Segment overlap threshold: {threshold}.",
        "disagreements": "Units where the coders differ on a code: {n}.",
        "not_shown": "{label} is not shown: {reason}.",
        "u_alpha_row": "uα (all codes as one variable)",
        "cells": "Text from the project (code paths, names) is written as text, never as a "
        "formula.",
        "columns": "Columns",
        "none": "none",
    },
    "nl": {
        "title": "Intercodeursovereenstemming",
        "code": "Code",
        "units": "Eenheden",
        "coded": "Gecodeerde eenheden",
        "value": "waarde",
        "lo": "95 %-BI laag",
        "hi": "95 %-BI hoog",
        "note": "Opmerking",
        "overall": "Totaal (alle codes)",
        "segments": "Fragmenten",
        "agreeing": "Overeenstemmend",
        "segments_sheet": "Fragmenten en uα",
        "definition": "Definitie",
        "selection": "Selectie",
        "definitions": "Definities",
        "coders": "Codeurs",
        "unit": "Eenheid",
        "documents": "Documenten",
        "codes": "Codes",
        "interviewer_in": "Interviewerbeurten: tellen mee.",
        "interviewer_out": "Interviewerbeurten: weggelaten (alleen de woorden van de "
        "respondenten tellen).",
        "bootstrap_line": "Bootstrap: {samples} steekproeven, seed {seed}, documenten met "
        "teruglegging getrokken.",
        "no_bootstrap": "Bootstrap: geen (geen intervallen).",
        "threshold": "Drempel voor overlap van fragmenten: {threshold}.",
        "disagreements": "Eenheden waarop de codeurs verschillen voor een code: {n}.",
        "not_shown": "{label} staat er niet bij: {reason}.",
        "u_alpha_row": "uα (alle codes als één variabele)",
        "cells": "Tekst uit het project (codepaden, namen) staat als tekst in de cellen, nooit "
        "als formule.",
        "columns": "Kolommen",
        "none": "geen",
    },
}


def language_of(language: str) -> str:
    """Dutch for "nl", English for anything else (as `Definition.describe`)."""
    return language if language in LANGUAGES else "en"


def definition_texts(language: str) -> dict[str, str]:
    """Every coefficient (`COEFFICIENT_NAMES`) and term (`TERMS`) → its definition in
    `language`, coefficients first, in the order a report lists them."""
    texts = _DEFINITIONS[language_of(language)]
    return {key: texts[key] for key in (*COEFFICIENT_NAMES, *TERMS)}


def reason_text(key: str, language: str) -> str:
    """Why a coefficient is missing (`REASONS` key), as a phrase; an unknown key as is."""
    return _REASONS[language_of(language)].get(key, key)


def coefficient_label(name: str, language: str) -> str:
    """The short name of a coefficient for a column header ("Krippendorffs α")."""
    return _LABELS[language_of(language)].get(name, name)


def unit_label(kind: str, language: str, *, plural: bool = False) -> str:
    """The name of a unit kind ("alinea", or with `plural` "alinea's")."""
    one, many = _UNITS[language_of(language)].get(kind, (kind, kind))
    return many if plural else one


def format_number(value: float, language: str, decimals: int = 2) -> str:
    """`value` with `decimals` decimals, a decimal comma in Dutch; a minus sign (−) for
    negative values, as typeset text has it."""
    text = f"{value:.{decimals}f}"
    if text.startswith("-"):
        text = "−" + text[1:] if any(ch not in "0.-" for ch in text) else text[1:]
    return text.replace(".", ",") if language_of(language) == "nl" else text


def format_interval(interval: tuple[float, float], language: str, decimals: int = 2) -> str:
    """A 95 % interval as "0.71–0.84" ("0,71–0,84" in Dutch); with a negative bound the
    dash gets spaces ("−0,05 – 0,45"), so it is not read as a second minus sign."""
    low, high = (format_number(v, language, decimals) for v in interval)
    dash = " – " if "−" in low + high else "–"
    return f"{low}{dash}{high}"


def format_value(
    value: float | None, interval: tuple[float, float] | None, language: str, decimals: int = 2
) -> str:
    """A coefficient with its interval as "0.78 [0.71–0.84]"; "–" for a missing value."""
    if value is None:
        return "–"
    text = format_number(value, language, decimals)
    return f"{text} [{format_interval(interval, language, decimals)}]" if interval else text


def format_percent(share: float | None, language: str, decimals: int = 1) -> str:
    """A share 0…1 as a percentage as each language writes it: "87,5 %" in Dutch (a
    non-breaking space before the sign), "87.5%" in English; "–" for none."""
    if share is None:
        return "–"
    space = "\u00a0" if language_of(language) == "nl" else ""
    return f"{format_number(share * 100, language, decimals)}{space}%"


def word(key: str, language: str) -> str:
    """A report's word or line (a column header, a selection line's pattern) in `language`."""
    return _WORDS[language_of(language)][key]


def selection_lines(report: ReportLike) -> list[str]:
    """What was compared, one line each, in the report's language: coders, unit,
    interviewer turns, documents, codes, bootstrap, overlap threshold, disagreements."""
    lang = report.language
    codes = [c.code for c in report.codes]
    lines = [
        f"{word('coders', lang)} ({len(report.coders)}): {', '.join(report.coders)}",
        f"{word('unit', lang)}: {unit_label(report.unit, lang)}",
        word("interviewer_in" if report.include_interviewer else "interviewer_out", lang),
        f"{word('documents', lang)} ({len(report.documents)}): "
        f"{', '.join(report.documents) or word('none', lang)}",
        f"{word('codes', lang)} ({len(codes)}): {', '.join(codes) or word('none', lang)}",
    ]
    if report.bootstrap_samples > 0:
        samples = f"{report.bootstrap_samples:,}".replace(",", "." if lang == "nl" else ",")
        lines.append(word("bootstrap_line", lang).format(samples=samples, seed=report.seed))
    else:
        lines.append(word("no_bootstrap", lang))
    if report.segments:
        threshold = format_percent(report.segment_threshold, lang, 0)
        lines.append(word("threshold", lang).format(threshold=threshold))
    lines.append(word("disagreements", lang).format(n=len(report.disagreements)))
    return lines


def report_definitions(report: ReportLike) -> dict[str, str]:
    """The definitions a report needs, in its language: its own (`report.definition`) over
    ours, limited to the coefficients, the report's unit and the terms it uses."""
    texts = {**definition_texts(report.language), **report.definition}
    keys = [*COEFFICIENT_NAMES, f"unit_{report.unit}", "touching", "overall"]
    if report.bootstrap_samples > 0:
        keys.append("bootstrap")
    if report.segments:
        keys.append("segment_overlap")
    if report.unitized is not None:
        keys += ["u_alpha", "cu_alpha", "Cu_alpha"]
    return {key: texts[key] for key in keys if key in texts}
