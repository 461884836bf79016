"""The workbook of an agreement report (`duocoder.io.agreement_tables.write_agreement_xlsx`):
the agreement sheet (a row per code and the overall row, each coefficient with its
interval under a two-row header, a note with the reason for each missing figure), the
segment and unitized sheet, and the definition sheet, each set up to print as the other
analysis tables (`duocoder.io.tables.print_setup`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from duocoder.domain.agreement_shapes import (
    COEFFICIENT_NAMES,
    INTERVAL_NAMES,
    ReportLike,
    RowLike,
    SegmentsLike,
)
from duocoder.domain.agreement_words import (
    coefficient_label,
    reason_text,
    report_definitions,
    selection_lines,
    word,
)
from duocoder.io.cells import xlsx_text, xlsx_value
from duocoder.io.tables import Cell, print_setup, sheet_title

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

_FONT = "Calibri"  # named: LibreOffice falls back to a serif without
_COEFFICIENT_FORMAT = "0.00"
_PERCENT_FORMAT = "0.0%"
_DASH = "–"
_HEADER_FILL = "F2F2F2"
_DEFINITION_WIDTH = 110
_CODE_WIDTH = 62  # a longer code path wraps onto a second line
_NOTE_WIDTH = 44


def _lines(text: str, width: int) -> int:
    """About how many lines `text` takes in a wrapped cell `width` characters wide (a
    letter of text is about 0.85 of a column's digit)."""
    return max(1, -(-round(len(text) * 0.85) // max(width, 1)))


def segments_by_code(report: ReportLike) -> dict[str, SegmentsLike]:
    """The segment-overlap figures by code path; "" (overall) is the report's own overall
    entry, or else the sums over the codes."""
    by_code = {s.code: s for s in report.segments}
    if report.segments and "" not in by_code:
        total = sum(s.segments for s in report.segments)
        agreeing = sum(s.agreeing for s in report.segments)
        by_code[""] = _Segments(
            total, agreeing, agreeing / total if total else None, None if total else "no_segments"
        )
    return by_code


@dataclass(frozen=True)
class _Segments:
    """The segment-overlap sums over all codes (the overall row)."""

    segments: int
    agreeing: int
    percent: float | None
    reason: str | None
    code: str = ""


def _left_out(report: ReportLike) -> dict[str, str]:
    """Coefficients the workbook leaves out, with the reason: Cohen's κ unless there are
    exactly two coders (a column of dashes says less than one line)."""
    return {} if len(report.coders) == 2 else {"cohen_kappa": "two_coders_only"}


def agreement_workbook(report: ReportLike) -> Workbook:
    """The openpyxl workbook of the report: agreement, segments and uα, definition."""
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    first = book.active
    assert isinstance(first, Worksheet)  # a new workbook has one (ordinary) worksheet
    book.remove(first)
    taken: set[str] = set()
    lang = report.language
    left_out = _left_out(report)
    shown = [name for name in COEFFICIENT_NAMES if name not in left_out]
    _agreement_sheet(book.create_sheet(sheet_title(word("title", lang), taken)), report, shown)
    if report.segments or report.unitized is not None:
        ws = book.create_sheet(sheet_title(word("segments_sheet", lang), taken))
        _segments_sheet(ws, report)
    ws = book.create_sheet(sheet_title(word("definition", lang), taken))
    lines = [
        (word("title", lang), "title"),
        (f"{word('selection', lang)}", "heading"),
        *((line, "") for line in selection_lines(report)),
        *(
            (
                word("not_shown", lang).format(
                    label=coefficient_label(name, lang), reason=reason_text(reason, lang)
                ),
                "",
            )
            for name, reason in left_out.items()
        ),
        (word("cells", lang), ""),
        (word("definitions", lang), "heading"),
        *((text, "") for text in report_definitions(report).values()),
    ]
    _definition_sheet(ws, lines, lang)
    return book


def _agreement_sheet(ws: Worksheet, report: ReportLike, shown: Sequence[str]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    lang = report.language
    bold = Font(name=_FONT, bold=True)
    plain = Font(name=_FONT)
    fill = PatternFill("solid", fgColor=_HEADER_FILL)
    centre = Alignment(horizontal="center", vertical="bottom", wrap_text=True)
    thin = Side(style="thin", color="808080")

    def head(row: int, col: int, text: str, *, span: int = 1) -> None:
        cell = xlsx_text(ws.cell(row, col, xlsx_value(text)))
        cell.font, cell.fill = bold, fill
        cell.alignment = centre if col > 1 else Alignment(vertical="bottom", wrap_text=True)
        if span > 1:
            ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + span - 1)
        for c in range(col, col + span):
            ws.cell(row, c).fill = fill

    head(1, 1, word("code", lang))
    head(1, 2, word("units", lang))
    for r in (1, 2):  # the code and units headers span both header rows
        ws.cell(r, 1).fill = ws.cell(r, 2).fill = fill
    ws.merge_cells(start_row=1, start_column=1, end_row=2, end_column=1)
    ws.merge_cells(start_row=1, start_column=2, end_row=2, end_column=2)
    col = 3
    if report.coders:
        head(1, col, word("coded", lang), span=len(report.coders))
        for j, name in enumerate(report.coders):
            head(2, col + j, name)
        col += len(report.coders)
    columns: list[tuple[str, str]] = []  # (coefficient, "value" | "lo" | "hi")
    for name in shown:
        parts = ["value", "lo", "hi"] if name in INTERVAL_NAMES else ["value"]
        head(1, col, coefficient_label(name, lang), span=len(parts))
        for j, part in enumerate(parts):
            head(2, col + j, "" if part == "value" and len(parts) == 1 else word(part, lang))
            columns.append((name, part))
        if len(parts) == 1:  # a lone column: its label over both header rows
            ws.merge_cells(start_row=1, start_column=col, end_row=2, end_column=col)
        col += len(parts)
    note_col = col
    head(1, note_col, word("note", lang))
    ws.merge_cells(start_row=1, start_column=note_col, end_row=2, end_column=note_col)

    rows = [*report.codes, report.overall]
    for i, row in enumerate(rows):
        r = 3 + i
        overall = row is report.overall
        font = bold if overall else plain
        label = word("overall", lang) if overall else row.code
        cells: list[tuple[Cell, str | None]] = [(label, None), (row.units, "0")]
        cells += [(row.coded.get(name, 0), "0") for name in report.coders]
        for name, part in columns:
            value = row.values.get(name)
            if part == "value":
                fmt = _PERCENT_FORMAT if name == "percent" else _COEFFICIENT_FORMAT
                cells.append((value if value is not None else _DASH, fmt))
            else:
                ci = row.intervals.get(name)
                bound = None if ci is None else ci[0 if part == "lo" else 1]
                cells.append((bound, _COEFFICIENT_FORMAT))
        note = _note(row, shown, lang)
        cells.append((note, None))
        lines = max(_lines(label, _CODE_WIDTH), _lines(note, _NOTE_WIDTH))
        if lines > 1:
            ws.row_dimensions[r].height = 15 * lines
        for c, (content, number_format) in enumerate(cells, start=1):
            cell = xlsx_text(ws.cell(r, c, xlsx_value(content)))
            cell.font = font
            if number_format is not None and isinstance(content, int | float):
                cell.number_format = number_format
            dash = content == _DASH and c > 1
            cell.alignment = Alignment(  # a wrapped label: its numbers beside its first line
                vertical="top",
                horizontal="center" if dash else None,
                wrap_text=c in (1, note_col),
            )
            if overall:
                cell.border = Border(top=thin)
    ws.column_dimensions["A"].width = _CODE_WIDTH + 2
    ws.column_dimensions["B"].width = 10
    for c in range(3, note_col):
        ws.column_dimensions[get_column_letter(c)].width = 10
    for c, (name, _part) in enumerate(columns, start=3 + len(report.coders)):
        if name == "percent":  # "% overeenstemming" on one line
            ws.column_dimensions[get_column_letter(c)].width = 19
    ws.column_dimensions[get_column_letter(note_col)].width = _NOTE_WIDTH + 2
    ws.row_dimensions[1].height = 18
    ws.row_dimensions[2].height = 30
    ws.freeze_panes = "B3"
    print_setup(ws, header_rows=2, label_column=True, language=lang)


def _note(row: RowLike, shown: Sequence[str], language: str) -> str:
    """Why figures of this row are missing: "Cohens κ: …; Krippendorffs α: …"; figures
    missing for one reason share it ("Fleiss' κ, Krippendorffs α: geen variatie…")."""
    by_reason: dict[str, list[str]] = {}
    for name in shown:
        if row.values.get(name) is None:
            reason = row.reasons.get(name, "")
            by_reason.setdefault(reason, []).append(coefficient_label(name, language))
    if len(by_reason) == 1 and sum(map(len, by_reason.values())) == len(shown):
        (reason,) = by_reason
        return reason_text(reason, language) if reason else ""
    return "; ".join(
        f"{', '.join(labels)}: {reason_text(reason, language)}" if reason else ", ".join(labels)
        for reason, labels in by_reason.items()
    )


def _segments_sheet(ws: Worksheet, report: ReportLike) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    lang = report.language
    bold = Font(name=_FONT, bold=True)
    plain = Font(name=_FONT)
    fill = PatternFill("solid", fgColor=_HEADER_FILL)
    thin = Side(style="thin", color="808080")
    headers = [
        word("code", lang),
        word("segments", lang),
        word("agreeing", lang),
        coefficient_label("segment_overlap", lang),
        coefficient_label("cu_alpha", lang),
        word("note", lang),
    ]
    for c, text in enumerate(headers, start=1):
        cell = xlsx_text(ws.cell(1, c, xlsx_value(text)))
        cell.font, cell.fill = bold, fill
        cell.alignment = Alignment(wrap_text=True, vertical="bottom", horizontal="center")
    ws.cell(1, 1).alignment = Alignment(vertical="bottom")
    segments = segments_by_code(report)
    unitized = report.unitized
    paths = [c.code for c in report.codes]
    paths += [s.code for s in report.segments if s.code and s.code not in paths]
    paths += [p for p in (unitized.cu_alpha if unitized else {}) if p not in paths]
    r = 2
    for path in [*paths, ""]:
        overall = path == ""
        seg = segments.get(path)
        notes: dict[str, list[str]] = {}  # reason → what it empties
        if seg is not None and seg.reason:
            notes.setdefault(seg.reason, []).append(word("segments", lang))
        cu: float | None = None
        if unitized is not None:
            cu = unitized.Cu_alpha if overall else unitized.cu_alpha.get(path)
            reason = unitized.reasons.get("Cu_alpha" if overall else path)
            if reason:
                label = coefficient_label("Cu_alpha" if overall else "cu_alpha", lang)
                notes.setdefault(reason, []).append(label)
        note = "; ".join(f"{', '.join(v)}: {reason_text(k, lang)}" for k, v in notes.items())
        cells: list[tuple[Cell, str | None]] = [
            (word("overall", lang) + (" · Cuα" if unitized else "") if overall else path, None),
            (seg.segments if seg else None, "0"),
            (seg.agreeing if seg else None, "0"),
            (seg.percent if seg and seg.percent is not None else _DASH, _PERCENT_FORMAT),
            (cu if cu is not None else (_DASH if unitized else None), _COEFFICIENT_FORMAT),
            (note, None),
        ]
        if seg is None:
            cells[3] = (None, None)
        for c, (value, fmt) in enumerate(cells, start=1):
            cell = xlsx_text(ws.cell(r, c, xlsx_value(value)))
            cell.font = bold if overall else plain
            if fmt is not None and isinstance(value, int | float):
                cell.number_format = fmt
            elif value == _DASH:
                cell.alignment = Alignment(horizontal="center")
            if overall:
                cell.border = Border(top=thin)
        ws.cell(r, 6).alignment = Alignment(wrap_text=True, vertical="top")
        lines = max(_lines(path, _CODE_WIDTH), _lines(note, _NOTE_WIDTH))
        if lines > 1:
            ws.row_dimensions[r].height = 15 * lines
        r += 1
    if unitized is not None:
        r += 1
        xlsx_text(ws.cell(r, 1, word("u_alpha_row", lang))).font = bold
        value = unitized.u_alpha
        cell = ws.cell(r, 5, value if value is not None else _DASH)
        cell.font = bold
        if value is not None:
            cell.number_format = _COEFFICIENT_FORMAT
        else:
            cell.alignment = Alignment(horizontal="center")
            reason = unitized.reasons.get("u_alpha")
            if reason:
                xlsx_text(ws.cell(r, 6, reason_text(reason, lang)))
    ws.column_dimensions["A"].width = _CODE_WIDTH + 2
    for letter in "BCDE":
        ws.column_dimensions[letter].width = 17
    ws.column_dimensions["F"].width = _NOTE_WIDTH + 2
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = "B2"
    print_setup(ws, header_rows=1, label_column=True, language=lang)


def _definition_sheet(ws: Worksheet, lines: Sequence[tuple[str, str]], language: str) -> None:
    from openpyxl.styles import Alignment, Font

    r = 1
    for text, kind in lines:
        if kind == "heading" and r > 2:
            r += 1  # a blank row before a heading
        cell = xlsx_text(ws.cell(r, 1, xlsx_value(text)))
        if kind == "title":
            cell.font = Font(name=_FONT, bold=True, size=13)
        elif kind == "heading":
            cell.font = Font(name=_FONT, bold=True)
        else:
            cell.font = Font(name=_FONT)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            wrapped = -(-round(len(text) * 0.85) // (_DEFINITION_WIDTH - 4))
            ws.row_dimensions[r].height = min(14.5 * max(wrapped, 1), 409)
        r += 1
    ws.column_dimensions["A"].width = _DEFINITION_WIDTH
    print_setup(ws, header_rows=0, label_column=False, language=language)
