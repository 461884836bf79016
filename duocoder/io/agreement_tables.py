"""An intercoder agreement report as a spreadsheet (`.xlsx`, for people) and as a long
table (`.csv`, for R, pandas and scripts).

Workbook, in the project's language:
- "Overeenstemming"/"Agreement": one row per code and the overall row (bold, under a rule):
  the code path, the units behind the figures, each coder's coded units, percent agreement
  and every coefficient with its 95 % bootstrap interval (low, high) under a two-row header,
  and a note giving the reason for each missing figure. A coefficient that is missing on
  every row for one reason (Cohen's κ with three coders) is left out and the definition
  sheet says why, rather than a column of dashes.
- "Fragmenten en uα"/"Segments and uα" (when the report has them): per code the
  segment-overlap figures and cuα, the overall row with Cuα, and uα on its own row.
- "Definitie"/"Definition": the selection (coders, unit, interviewer turns, documents,
  codes, bootstrap samples and seed, overlap threshold) and the definition of every figure.
Each sheet prints as the other analysis tables do (`duocoder.io.tables.print_setup`):
landscape A4, one page wide, the header rows and the code column on every page.

CSV (the convention of `duocoder.io.tables`): one header row of English snake_case names,
one row per code and one `overall` row; UTF-8 with a byte order mark, `,`, a decimal point;
shares (percent agreement, segment overlap) as fractions 0…1 as in the JSON. Columns:
`row` (code | overall), `code`, `units`, `coded_<coder>` per coder, each coefficient with
`_lo`/`_hi` for its interval, `segments`, `segments_agreeing`, `segment_percent`,
`cu_alpha` (Cuα on the overall row), `u_alpha` (overall row only) and `reasons`
(`coefficient=reason_key` pairs, `; ` between them). The selection and the definitions go
to `NAME.definition.txt` beside it.

The sheets are laid out in `duocoder.io.agreement_xlsx`. Text from the project (code
paths, coder and document names) is never a formula (`duocoder.io.cells`), and both files
are written atomically (`duocoder.io.atomic`)."""

from __future__ import annotations

from pathlib import Path

from duocoder.domain.agreement_shapes import COEFFICIENT_NAMES, INTERVAL_NAMES, ReportLike
from duocoder.domain.agreement_words import (
    coefficient_label,
    reason_text,
    report_definitions,
    selection_lines,
    word,
)
from duocoder.domain.errors import ValidationError
from duocoder.io.agreement_xlsx import agreement_workbook, segments_by_code
from duocoder.io.atomic import check_export_target, write_atomically
from duocoder.io.tables import Cell, write_long_csv


def write_agreement_xlsx(report: ReportLike, path: str | Path) -> Path:
    """Write the report as a workbook (see the module's note); returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(f"'{path.name}' must end in .xlsx.")
    check_export_target(path)
    book = agreement_workbook(report)
    write_atomically(path, book.save)
    return path


def write_agreement_csv(report: ReportLike, path: str | Path) -> Path:
    """Write the report as one long CSV table and its definition beside it (see the
    module's note); returns the CSV's path."""
    path = Path(path)
    if path.suffix.lower() != ".csv":
        raise ValidationError(f"'{path.name}' must end in .csv.")
    header, rows = csv_rows(report)
    lang = report.language
    definition = [
        f"{word('selection', lang)}:",
        *selection_lines(report),
        "",
        f"{word('columns', lang)}:",
        *_column_meanings(report),
        "",
        f"{word('definitions', lang)}:",
        *report_definitions(report).values(),
    ]
    return write_long_csv(path, header, rows, word("title", lang), definition)


# -- CSV -------------------------------------------------------------------------------------
def csv_rows(report: ReportLike) -> tuple[list[str], list[list[Cell]]]:
    """The long table: its header and one row per code, then the overall row."""
    header = ["row", "code", "units", *(f"coded_{name}" for name in report.coders)]
    for name in COEFFICIENT_NAMES:
        header.append(name)
        if name in INTERVAL_NAMES:
            header += [f"{name}_lo", f"{name}_hi"]
    header += ["segments", "segments_agreeing", "segment_percent", "cu_alpha", "u_alpha"]
    header.append("reasons")
    segments = segments_by_code(report)
    unitized = report.unitized
    rows: list[list[Cell]] = []
    for row in [*report.codes, report.overall]:
        overall = row is report.overall
        cells: list[Cell] = ["overall" if overall else "code", row.code, row.units]
        cells += [row.coded.get(name, 0) for name in report.coders]
        for name in COEFFICIENT_NAMES:
            cells.append(row.values.get(name))
            if name in INTERVAL_NAMES:
                ci = row.intervals.get(name)
                cells += [ci[0], ci[1]] if ci is not None else [None, None]
        reasons = [f"{k}={v}" for k, v in row.reasons.items()]
        seg = segments.get(row.code)
        if seg is not None:
            cells += [seg.segments, seg.agreeing, seg.percent]
            if seg.reason:
                reasons.append(f"segments={seg.reason}")
        else:
            cells += [None, None, None]
        key = "Cu_alpha" if overall else row.code
        if unitized is None:
            cells += [None, None]
        else:
            cells.append(unitized.Cu_alpha if overall else unitized.cu_alpha.get(row.code))
            cells.append(unitized.u_alpha if overall else None)
            if key in unitized.reasons:
                reasons.append(f"cu_alpha={unitized.reasons[key]}")
            if overall and "u_alpha" in unitized.reasons:
                reasons.append(f"u_alpha={unitized.reasons['u_alpha']}")
        cells.append("; ".join(reasons))
        rows.append(cells)
    return header, rows


_MEANING: dict[str, dict[str, str]] = {
    "en": {
        "row": "code: one code; overall: all codes pooled",
        "code": "code path (empty on the overall row)",
        "units": "units behind the figures (overall: units × codes)",
        "coded": "units coder {name} gave the code",
        "lo_hi": "_lo, _hi: the 95% bootstrap interval of the coefficient before them",
        "percent": "percent agreement as a fraction 0…1",
        "segments": "segments of all coders with the code",
        "segments_agreeing": "of those, segments another coder's segment overlaps enough",
        "segment_percent": "segments_agreeing / segments, a fraction 0…1",
        "cu_alpha": "cuα of the code (overall row: Cuα)",
        "u_alpha": "uα, all codes as one variable (overall row only)",
        "reasons": "why a figure is empty: coefficient=reason ({keys})",
    },
    "nl": {
        "row": "code: één code; overall: alle codes samen",
        "code": "codepad (leeg op de rij overall)",
        "units": "eenheden achter de cijfers (overall: eenheden × codes)",
        "coded": "eenheden die codeur {name} de code gaf",
        "lo_hi": "_lo, _hi: het 95 %-bootstrapinterval van de coëfficiënt ervoor",
        "percent": "procentuele overeenstemming als fractie 0…1",
        "segments": "fragmenten van alle codeurs met de code",
        "segments_agreeing": "daarvan de fragmenten die een fragment van een andere codeur "
        "genoeg overlapt",
        "segment_percent": "segments_agreeing / segments, een fractie 0…1",
        "cu_alpha": "cuα van de code (rij overall: Cuα)",
        "u_alpha": "uα, alle codes als één variabele (alleen rij overall)",
        "reasons": "waarom een cijfer leeg is: coëfficiënt=reden ({keys})",
    },
}


def _column_meanings(report: ReportLike) -> list[str]:
    lang = report.language
    t = _MEANING.get(lang, _MEANING["en"])
    keys = ("too_few_units", "no_variation", "two_coders_only", "no_segments")
    lines = [f"row: {t['row']}", f"code: {t['code']}", f"units: {t['units']}"]
    lines += [f"coded_{name}: {t['coded'].format(name=name)}" for name in report.coders]
    lines.append(f"percent: {t['percent']}")
    lines += [f"{name}: {coefficient_label(name, lang)}" for name in INTERVAL_NAMES]
    lines.append(t["lo_hi"])
    for key in ("segments", "segments_agreeing", "segment_percent", "cu_alpha", "u_alpha"):
        lines.append(f"{key}: {t[key]}")
    legend = ", ".join(f"{k} = {reason_text(k, lang)}" for k in keys)
    lines.append(f"reasons: {t['reasons'].format(keys=legend)}")
    return lines
