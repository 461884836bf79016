"""An intercoder agreement report as a one-page Word summary for a method section.

On one A4 page, in the project's language: a title; one paragraph saying what was compared
(the coders by name, the documents, the unit and the touching rule, the interviewer's
turns, the codes); a compact table per code — units, percent agreement, κ (Cohen's for two
coders, Fleiss' for more) and Krippendorff's α with their 95 % intervals written as
"0,78 [0,71–0,84]" — with the overall row in bold; a dash and a footnote letter where a
coefficient is missing, the reason under the table; the character-continuum figures (uα,
Cuα, segment overlap) on one line; a short "how to read" list holding the definitions of
exactly the figures shown; a line on the bootstrap (samples, seed, documents resampled);
and a suggested sentence for the method section with the overall figures filled in.

A table of up to about 25 codes keeps all of it on one page (8.5-point table, narrow rules
instead of a grid). With more codes the summary comes first and the table follows,
running on with its header repeated, so page one still holds everything but the rows.

Like the quote list (`duocoder.io.quotes_docx`) the document rests on named styles
(`Title`, `Subtitle`, and our own `Agreement Table`, `Agreement Note`, `Agreement
Sentence`), Calibri throughout, the language tagged for spelling and hyphenation, and it is
written atomically."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from duocoder.domain.agreement_shapes import ReportLike
from duocoder.domain.agreement_words import (
    coefficient_label,
    definition_texts,
    format_interval,
    format_number,
    format_percent,
    format_value,
    reason_text,
    unit_label,
)
from duocoder.domain.errors import ValidationError
from duocoder.io.agreement_docx_layout import (
    NOTE_STYLE,
    SENTENCE_STYLE,
    TABLE_STYLE,
    add_styles,
    borders,
    code_cell,
    fixed_layout,
    no_split,
    number_cell,
    page_setup,
    repeat_header,
)
from duocoder.io.quotes_docx import save_docx

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

ONE_PAGE_CODES = 26  # more rows than this and the table goes after the summary
_MARKS = "abcdefgh"
_WIDTHS_CM = (7.6, 1.8, 2.1, 2.95, 2.95)  # code, units, %, κ, α: 17.4 cm between margins

_TEXTS: dict[str, dict[str, str]] = {
    "nl": {
        "title": "Intercodeursovereenstemming",
        "summary": "{n} codeurs · {d} documenten · {c} codes · eenheid: {unit}",
        "compared": "{Coders} ({names}) codeerden onafhankelijk van elkaar {docs} met {codes}. "
        "Vergeleken werd per {unit}: {decisions} beslissingen per codeur ({units} × codes), "
        "elk gecodeerd of niet. {interviewer}",
        "interviewer_out": "De beurten van de interviewer tellen niet mee.",
        "interviewer_in": "De beurten van de interviewer tellen mee.",
        "code": "Code",
        "units": "Eenheden",
        "percent": "% overeen-\nstemming",
        "overall": "Totaal (alle codes)",
        "ci": "95 %-BI",
        "table_note": "Per cel: waarde [95 %-betrouwbaarheidsinterval]. Eenheden bij het "
        "totaal: eenheden × codes.",
        "continuum": "Op het continuüm van tekens, waar elke codeur zelf de grenzen van zijn "
        "fragmenten koos (Krippendorff, Mathet, Bouvry & Widlöcher 2016): {parts}.",
        "u_alpha": "{label} = {value} (alle codes als één variabele)",
        "Cu_alpha": "{label} = {value} (dezelfde codes voor tekst die twee codeurs allebei "
        "codeerden)",
        "overlap": "{p} van de fragmenten overlapt een fragment van een andere codeur met "
        "dezelfde code voor minstens {t} van hun samen bedekte tekst",
        "how": "Zo lees je dit",
        "bootstrap": "Betrouwbaarheidsintervallen: percentielbootstrap met {samples} "
        "steekproeven (seed {seed}); de {d} documenten werden met teruglegging getrokken, "
        "omdat eenheden binnen één interview niet onafhankelijk zijn.",
        "no_bootstrap": "Zonder bootstrap: er zijn geen betrouwbaarheidsintervallen berekend.",
        "suggestion": "Voorstel voor de methodesectie",
        "sentence": "{Coders} codeerden onafhankelijk {docs} met {codes}; de overeenstemming "
        "per {unit} bedroeg over alle codes {main}.",
        "range": " Per code varieerde {label} van {lo} tot {hi}.",
        "sentence_ci": "{label} = {value} (95 %-BI {ci})",
        "sentence_plain": "{label} = {value}",
        "boot_clause": "; percentielbootstrap over documenten, {samples} steekproeven",
        "and": "en",
        "document": "interview",
        "documents": "interviews",
        "code_one": "code",
        "codes": "codes",
        "coder": "codeur",
        "coders": "codeurs",
        "numbers": "nul één twee drie vier vijf zes zeven acht negen tien",
        "months": "januari februari maart april mei juni juli augustus september oktober "
        "november december",
    },
    "en": {
        "title": "Intercoder agreement",
        "summary": "{n} coders · {d} documents · {c} codes · unit: {unit}",
        "compared": "{Coders} ({names}) independently coded {docs} with {codes}. They were "
        "compared per {unit}: {decisions} decisions per coder ({units} × "
        "codes), each coded or not. {interviewer}",
        "interviewer_out": "The interviewer's turns are left out.",
        "interviewer_in": "The interviewer's turns are included.",
        "code": "Code",
        "units": "Units",
        "percent": "%\nagreement",
        "overall": "Overall (all codes)",
        "ci": "95% CI",
        "table_note": "Each cell: value [95% confidence interval]. Units of the overall row: "
        "units × codes.",
        "continuum": "On the character continuum, where each coder chose the boundaries of "
        "their own segments (Krippendorff, Mathet, Bouvry & Widlöcher 2016): {parts}.",
        "u_alpha": "{label} = {value} (all codes as one variable)",
        "Cu_alpha": "{label} = {value} (the same codes on text two coders both coded)",
        "overlap": "{p} of the segments overlap a segment of another coder with the same code "
        "by at least {t} of their union",
        "how": "How to read this",
        "bootstrap": "Confidence intervals: percentile bootstrap with {samples} samples "
        "(seed {seed}); the {d} documents were drawn with replacement, because units within "
        "one interview are not independent.",
        "no_bootstrap": "No bootstrap: no confidence intervals were computed.",
        "suggestion": "Suggested sentence for the method section",
        "sentence": "{Coders} independently coded {docs} with {codes}; agreement per {unit} "
        "over all codes was {main}.",
        "range": " Per code, {label} ranged from {lo} to {hi}.",
        "sentence_ci": "{label} = {value} (95% CI {ci})",
        "sentence_plain": "{label} = {value}",
        "boot_clause": "; percentile bootstrap over documents, {samples} samples",
        "and": "and",
        "document": "interview",
        "documents": "interviews",
        "code_one": "code",
        "codes": "codes",
        "coder": "coder",
        "coders": "coders",
        "numbers": "zero one two three four five six seven eight nine ten",
        "months": "January February March April May June July August September October "
        "November December",
    },
}


def write_agreement_docx(
    report: ReportLike,
    path: str | Path,
    *,
    project_name: str,
    today: date | None = None,
) -> Path:
    """Write the one-page summary of `report` to `path` (see the module's note)."""
    path = Path(path)
    if path.suffix.lower() != ".docx":
        raise ValidationError(f"'{path.name}' must end in .docx.")
    document = agreement_document(report, project_name=project_name, today=today)
    save_docx(document, path)
    return path


def agreement_document(
    report: ReportLike, *, project_name: str, today: date | None = None
) -> DocxDocument:
    """The python-docx document of the summary, not yet saved."""
    lang = report.language if report.language in _TEXTS else "en"
    t = _TEXTS[lang]
    document = Document()
    page_setup(document)
    add_styles(document, "nl-BE" if lang == "nl" else "en-GB")
    kappa = "cohen_kappa" if len(report.coders) == 2 else "fleiss_kappa"
    title = t["title"] + (f" – {project_name}" if project_name else "")
    document.add_paragraph(title, style="Title")
    day = today or date.today()
    month = t["months"].split()[day.month - 1]
    counts = t["summary"].format(
        n=len(report.coders),
        d=len(report.documents),
        c=len(report.codes),
        unit=unit_label(report.unit, lang),
    )
    document.add_paragraph(f"{day.day} {month} {day.year} · {counts}", style="Subtitle")
    document.add_paragraph(_compared(report, t, lang))
    if len(report.codes) > ONE_PAGE_CODES:  # the summary on page one, the rows after it
        _summary(document, report, t, lang, kappa)
        _table(document, report, t, lang, kappa)
    else:
        _table(document, report, t, lang, kappa)
        _summary(document, report, t, lang, kappa)
    return document


# -- the parts -------------------------------------------------------------------------------
def _compared(report: ReportLike, t: dict[str, str], lang: str) -> str:
    unit = unit_label(report.unit, lang)
    coders = _count(len(report.coders), t["coder"], t["coders"], t)
    names = _join(list(report.coders), t)
    decisions = report.overall.units
    return t["compared"].format(
        Coders=coders[:1].upper() + coders[1:],
        names=names,
        docs=_count(len(report.documents), t["document"], t["documents"], t),
        codes=_count(len(report.codes), t["code_one"], t["codes"], t),
        unit=unit,
        units=unit_label(report.unit, lang, plural=True),
        interviewer=t["interviewer_in" if report.include_interviewer else "interviewer_out"],
        decisions=_thousands(decisions, lang),
    )


def _table(
    document: DocxDocument, report: ReportLike, t: dict[str, str], lang: str, kappa: str
) -> None:
    columns = ["percent", kappa, "alpha"]
    marks: dict[str, str] = {}  # reason → footnote letter, in order of appearance
    table = document.add_table(rows=1, cols=5)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    header = [t["code"], t["units"], t["percent"]]
    header += [f"{coefficient_label(name, lang)}\n[{t['ci']}]" for name in columns[1:]]
    for i, text in enumerate(header):
        cell = table.rows[0].cells[i]
        p = cell.paragraphs[0]
        p.style = document.styles[TABLE_STYLE]
        p.paragraph_format.keep_with_next = True
        p.add_run(text).bold = True  # python-docx turns "\n" into a line break
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT
        borders(cell, top="single", bottom="single")
    repeat_header(table.rows[0])
    rows = [*report.codes, report.overall]
    for row in rows:
        overall = row is report.overall
        cells = table.add_row().cells
        code_cell(cells[0], row.code if not overall else t["overall"], overall, document)
        number_cell(cells[1], _thousands(row.units, lang), overall, document)
        for i, name in enumerate(columns, start=2):
            value = row.values.get(name)
            if value is None:
                reason = row.reasons.get(name, "")
                mark = marks.setdefault(reason, _MARKS[min(len(marks), len(_MARKS) - 1)])
                number_cell(cells[i], "–", overall, document, mark=mark)
            elif name == "percent":
                number_cell(cells[i], format_percent(value, lang), overall, document)
            else:
                text = format_value(value, row.intervals.get(name), lang)
                number_cell(cells[i], text, overall, document)
        if overall:
            for cell in cells:
                borders(cell, top="single", bottom="single")
    fixed_layout(table)
    for column, width in zip(table.columns, _WIDTHS_CM, strict=True):
        column.width = Cm(width)  # the grid, which LibreOffice follows
    for r in table.rows:
        no_split(r)
        for cell, width in zip(r.cells, _WIDTHS_CM, strict=True):
            cell.width = Cm(width)  # the cells, which Word follows
    notes = [t["table_note"]]
    notes += [f"{mark} {reason_text(reason, lang)}" for reason, mark in marks.items()]
    first = document.add_paragraph(notes[0], style=NOTE_STYLE)
    first.paragraph_format.space_before = Pt(3)
    for line in notes[1:]:
        p = document.add_paragraph(style=NOTE_STYLE)
        mark, _, text = line.partition(" ")
        p.add_run(mark).font.superscript = True
        p.add_run(f"\u00a0{text}")


def _summary(
    document: DocxDocument, report: ReportLike, t: dict[str, str], lang: str, kappa: str
) -> None:
    continuum = _continuum(report, t, lang)
    if continuum:
        document.add_paragraph(continuum, style=NOTE_STYLE)
    heading = document.add_paragraph(t["how"], style="Heading 2")
    heading.paragraph_format.keep_with_next = True
    texts = {**definition_texts(lang), **report.definition}
    items = [["percent"], [kappa], ["alpha"], [f"unit_{report.unit}", "touching"], ["overall"]]
    for keys in items:  # the unit and the touching rule in one item
        text = " ".join(texts[key] for key in keys if key in texts)
        if text:
            document.add_paragraph(text, style="List Bullet")
    if report.bootstrap_samples > 0:
        line = t["bootstrap"].format(
            samples=_thousands(report.bootstrap_samples, lang),
            seed=report.seed,
            d=len(report.documents),
        )
    else:
        line = t["no_bootstrap"]
    document.add_paragraph(line, style=NOTE_STYLE).paragraph_format.space_before = Pt(4)
    heading = document.add_paragraph(t["suggestion"], style="Heading 2")
    heading.paragraph_format.keep_with_next = True
    document.add_paragraph(_sentence(report, t, lang, kappa), style=SENTENCE_STYLE)


def _continuum(report: ReportLike, t: dict[str, str], lang: str) -> str:
    parts: list[str] = []
    unitized = report.unitized
    if unitized is not None:
        for name, value in (("u_alpha", unitized.u_alpha), ("Cu_alpha", unitized.Cu_alpha)):
            label = coefficient_label(name, lang)
            if value is not None:
                parts.append(t[name].format(label=label, value=format_number(value, lang)))
            elif name in unitized.reasons:
                parts.append(f"{label}: {reason_text(unitized.reasons[name], lang)}")
    if report.segments:
        total = sum(s.segments for s in report.segments if s.code)
        agreeing = sum(s.agreeing for s in report.segments if s.code)
        overall = next((s for s in report.segments if s.code == ""), None)
        share = overall.percent if overall else (agreeing / total if total else None)
        if share is not None:
            threshold = format_percent(report.segment_threshold, lang, 0)
            parts.append(t["overlap"].format(t=threshold, p=format_percent(share, lang)))
    return t["continuum"].format(parts="; ".join(parts)) if parts else ""


def _sentence(report: ReportLike, t: dict[str, str], lang: str, kappa: str) -> str:
    """The method-section sentence: α first (the coefficient a reviewer expects), then κ,
    each with its interval (the first one also says how it was obtained); percent
    agreement when neither could be computed; then the range of α over the codes."""
    overall = report.overall
    figures: list[str] = []
    for name in ("alpha", kappa):
        value = overall.values.get(name)
        if value is None:
            continue
        label, number = coefficient_label(name, lang), format_number(value, lang)
        interval = overall.intervals.get(name)
        if interval is None:
            figures.append(t["sentence_plain"].format(label=label, value=number))
            continue
        ci = format_interval(interval, lang)
        if not figures and report.bootstrap_samples > 0:
            ci += t["boot_clause"].format(samples=_thousands(report.bootstrap_samples, lang))
        figures.append(t["sentence_ci"].format(label=label, value=number, ci=ci))
    percent = overall.values.get("percent")
    if not figures and percent is not None:
        figures.append(f"{coefficient_label('percent', lang)} {format_percent(percent, lang)}")
    coders = _count(len(report.coders), t["coder"], t["coders"], t)
    text = t["sentence"].format(
        Coders=coders[:1].upper() + coders[1:],
        docs=_count(len(report.documents), t["document"], t["documents"], t),
        codes=_count(len(report.codes), t["code_one"], t["codes"], t),
        unit=unit_label(report.unit, lang),
        main=f" {t['and']} ".join(figures) if figures else "–",
    )
    defined = [a for a in (c.values.get("alpha") for c in report.codes) if a is not None]
    if len(defined) >= 2:
        text += t["range"].format(
            label=coefficient_label("alpha", lang),
            lo=format_number(min(defined), lang),
            hi=format_number(max(defined), lang),
        )
    return text


# -- words -----------------------------------------------------------------------------------
def _count(n: int, one: str, many: str, t: dict[str, str]) -> str:
    """ "drie codeurs", "12 interviews", "één code": numbers up to ten in words."""
    words = t["numbers"].split()
    number = words[n] if 0 <= n < len(words) else str(n)
    return f"{number} {one if n == 1 else many}"


def _join(names: list[str], t: dict[str, str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {t['and']} {names[-1]}"


def _thousands(n: int, lang: str) -> str:
    text = f"{n:,}"
    return text.replace(",", ".") if lang == "nl" else text
