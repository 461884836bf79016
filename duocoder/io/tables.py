"""Analysis tables to `.xlsx` (for people) and `.csv` (for R, pandas and scripts).

Input is any sheet with `name`, `corner`, `rows` (labels, here code paths), `blocks` (each
with `label`, `columns`, `values` and `diagonal`), `number_format` and `scale`
(`duocoder.analysis.layout.Sheet` fits); this module knows no analysis.

Spreadsheet: one worksheet per sheet, the header row(s) and the label column frozen so
code paths and column names stay in view while scrolling a 60 × 60 matrix, a white-to-
colour scale on the numbers (per block, the diagonal left out and shaded grey), and a
worksheet "Definitie"/"Definition" with the definition lines. Every worksheet is set up to
print: landscape A4, as wide as one page and as many pages down as it needs (fitToWidth
1, fitToHeight 0), the header rows and the code column repeated on every page (print
titles), the sheet's name and page number in the footer. A code × code block gets narrow
columns under headers turned upright, so a 48-code matrix prints on one page instead of
one page per handful of columns, with the code paths beside their numbers.

CSV: one long table (`write_long_csv`): one header row, then the rows; no title rows, no
comment lines, `,` between fields, a decimal point, UTF-8. It starts with a byte order
mark: pandas' `read_csv`, readr's `read_csv`, `data.table::fread` and R's `read.csv` in a
UTF-8 locale (R ≥ 3.0 drops the mark; R ≥ 4.2 is UTF-8 on Windows too) all read it with no
options, and without it Excel on Windows shows "coördinator" as "coÃ¶rdinator" when the
file is double-clicked. (Python's own `csv` module needs `encoding="utf-8-sig"`.) The
definition goes to a text file beside it, `NAME.definition.txt`, not into the table.

`write_table` writes a plain table (one header row, then rows: the word frequencies) in the
same two formats.

Every cell holding text from the project is written as text, never as a formula (see
`duocoder.io.cells`), and every file is written through `duocoder.io.atomic`, so a failed
export leaves the previous file as it was."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from duocoder.domain.errors import ValidationError
from duocoder.io.atomic import check_export_target, write_atomically
from duocoder.io.cells import csv_text, xlsx_text, xlsx_value

if TYPE_CHECKING:  # openpyxl is imported only when a workbook is written
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill
    from openpyxl.worksheet.worksheet import Worksheet

Cell = int | float | str | None
SUFFIXES = (".csv", ".xlsx")
_SCALE_COLOUR = "F8696B"
_DIAGONAL_FILL = "E7E6E6"
_BAD_SHEET_CHARS = str.maketrans({c: " " for c in "[]:*?/\\"})


class BlockLike(Protocol):
    @property
    def label(self) -> str | None: ...
    @property
    def columns(self) -> tuple[str, ...]: ...
    @property
    def values(self) -> tuple[tuple[Cell, ...], ...]: ...
    @property
    def diagonal(self) -> bool: ...


class SheetLike(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def corner(self) -> str: ...
    @property
    def rows(self) -> tuple[str, ...]: ...
    @property
    def blocks(self) -> tuple[BlockLike, ...]: ...
    @property
    def number_format(self) -> str: ...
    @property
    def scale(self) -> bool: ...


def write_tables(
    path: str | Path,
    sheets: Sequence[SheetLike],
    definition_title: str,
    definition: Sequence[str],
    language: str = "nl",
    long: tuple[Sequence[str], Iterable[Sequence[Cell]]] | None = None,
) -> Path:
    """Write `sheets` to `path` as .xlsx, or `long` (header, rows) to it as .csv with the
    definition beside it (without `long`, the sheets' cells one per row); returns the path.
    `language` names the worksheets' print footer."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(f"A table is saved as .csv or .xlsx, not '{path.name}'.")
    check_export_target(path)  # before the work of laying out the tables
    if suffix == ".csv":
        header, rows = long if long is not None else long_cells(sheets)
        return write_long_csv(path, header, rows, definition_title, definition)
    book = workbook(sheets, definition_title, definition, language)
    write_atomically(path, book.save)
    return path


def definition_path(path: str | Path) -> Path:
    """The text file beside a CSV export that holds its definition: `NAME.definition.txt`."""
    path = Path(path)
    return path.with_name(f"{path.stem}.definition.txt")


def write_long_csv(
    path: str | Path,
    header: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    definition_title: str,
    definition: Sequence[str],
) -> Path:
    """Write a long table to `path` (see the module's note on the format) and its
    definition to `definition_path(path)`; returns the CSV's path."""
    path = Path(path)
    beside = definition_path(path)
    check_export_target(path)
    check_export_target(beside)
    data = csv_table(header, rows)
    text = "\n".join([definition_title, "", *definition, ""])
    write_atomically(path, lambda tmp: tmp.write_bytes(data))  # the table first: a full
    write_atomically(beside, lambda tmp: tmp.write_text(text, encoding="utf-8", newline="\n"))
    return path


def long_cells(sheets: Sequence[SheetLike]) -> tuple[list[str], list[list[Cell]]]:
    """Any sheets as one long table: a row per cell (sheet, row label, block, column, value)."""
    rows: list[list[Cell]] = []
    for sheet in sheets:
        for r, label in enumerate(sheet.rows):
            for b in sheet.blocks:
                for column, value in zip(b.columns, b.values[r], strict=True):
                    rows.append([sheet.name, label, b.label or "", column, value])
    return ["sheet", "row", "group", "column", "value"], rows


def csv_table(header: Sequence[str], rows: Iterable[Sequence[Cell]]) -> bytes:
    """One header row and the rows as UTF-8 CSV with a byte order mark, `,` and CRLF (the
    line end RFC 4180 names; every reader takes it)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_text(h) for h in header])
    writer.writerows([_csv_cell(v) for v in row] for row in rows)
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


def write_table(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[Cell]],
    *,
    title: str | None = None,
    labels: Sequence[str] | None = None,
) -> Path:
    """Write one plain table to `path`; its suffix (.csv or .xlsx) decides the format. A
    CSV's header is `headers` (names for scripts); a workbook's is `labels` (words for
    people, in the project's language) if given, on a worksheet named `title`."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(f"'{path.name}' must end in .xlsx or .csv.")
    check_export_target(path)
    if suffix == ".csv":
        data = csv_table(headers, rows)
        write_atomically(path, lambda tmp: tmp.write_bytes(data))
    else:
        from openpyxl import Workbook
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter
        from openpyxl.worksheet.worksheet import Worksheet

        book = Workbook()  # not write-only: a failed save of that leaves its temp files
        sheet = book.active
        assert isinstance(sheet, Worksheet)  # a new workbook has one (ordinary) worksheet
        if title:
            sheet.title = sheet_title(title, set())
        shown = list(labels) if labels is not None else list(headers)
        widths = [len(h) for h in shown]
        for c, name in enumerate(shown, start=1):
            cell = xlsx_text(sheet.cell(1, c, xlsx_value(name)))
            cell.font = Font(name=_FONT, bold=True)
            cell.alignment = Alignment(wrap_text=True, vertical="bottom")
        for r, row in enumerate(rows, start=2):
            for c, value in enumerate(row, start=1):
                xlsx_text(sheet.cell(r, c, xlsx_value(value)))
                if c <= len(widths) and isinstance(value, str):
                    widths[c - 1] = max(widths[c - 1], len(value))
        shown_widths = [min(max(width, 8) + 2, 50) for width in widths]
        for c, width in enumerate(shown_widths, start=1):
            sheet.column_dimensions[get_column_letter(c)].width = width
        sheet.freeze_panes = "A2"
        print_setup(sheet, header_rows=1, label_column=False)
        write_atomically(path, book.save)
    return path


def _csv_cell(value: Cell) -> str:
    """A cell as CSV text: numbers as we format them, text guarded against formulas."""
    if isinstance(value, bool):  # not a number a reader expects as 1/0
        return str(value)
    if isinstance(value, float):  # always with a decimal point, so a reader types it float
        text = f"{value:.4f}".rstrip("0")
        return text + "0" if text.endswith(".") else text
    if isinstance(value, int):
        return str(value)
    return "" if value is None else csv_text(str(value))


# -- xlsx ------------------------------------------------------------------------------------
def sheet_title(name: str, taken: set[str]) -> str:
    """A worksheet title Excel accepts: ≤ 31 characters, none of []:*?/\\, unique."""
    base = " ".join(name.translate(_BAD_SHEET_CHARS).split())[:31] or "Sheet"
    title, n = base, 2
    while title.casefold() in taken:
        suffix = f" ({n})"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title.casefold())
    return title


def workbook(
    sheets: Sequence[SheetLike],
    definition_title: str,
    definition: Sequence[str],
    language: str = "nl",
) -> Workbook:
    """The openpyxl workbook of the sheets and a definition sheet, each set up to print."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    first = book.active
    assert isinstance(first, Worksheet)  # a new workbook has one (ordinary) worksheet
    book.remove(first)
    taken: set[str] = set()
    bold = Font(name=_FONT, bold=True)  # named: LibreOffice falls back to a serif without
    for sheet in sheets:
        ws = book.create_sheet(sheet_title(sheet.name, taken))
        grouped = any(b.label for b in sheet.blocks)
        top = 2 if grouped else 1  # the row of column headers
        corner = xlsx_text(ws.cell(top, 1, xlsx_value(sheet.corner)))
        corner.font = bold
        corner.alignment = Alignment(vertical="bottom")
        col = 2
        starts: list[int] = []
        for b in sheet.blocks:
            starts.append(col)
            if grouped:
                xlsx_text(ws.cell(1, col, xlsx_value(b.label or ""))).font = bold
            upright = _upright(sheet, b)
            for j, name in enumerate(b.columns):
                c = xlsx_text(ws.cell(top, col + j, xlsx_value(name)))
                c.font = Font(name=_FONT, bold=True, size=9) if upright else bold
                c.alignment = (
                    Alignment(text_rotation=90, wrap_text=True, vertical="bottom")
                    if upright
                    else Alignment(wrap_text=True, vertical="bottom", horizontal="center")
                )
            col += len(b.columns) + 1
        label_width = _label_width(sheet)
        for r, label in enumerate(sheet.rows):
            cell = xlsx_text(ws.cell(top + 1 + r, 1, xlsx_value(label)))
            lines = _lines(label, label_width)
            if lines > 1:  # its last line beside the numbers
                cell.alignment = Alignment(wrap_text=True, vertical="bottom")
            for b, start in zip(sheet.blocks, starts, strict=True):
                for j, value in enumerate(b.values[r]):
                    c = xlsx_text(ws.cell(top + 1 + r, start + j, xlsx_value(value)))
                    if isinstance(value, int | float):
                        c.number_format = sheet.number_format
                    elif isinstance(value, str):
                        c.alignment = Alignment(wrap_text=True, vertical="top")
                        lines = max(lines, _lines(value, _TEXT_WIDTH))
            if lines > 1:  # room for a wrapped label or passage; one line keeps the default
                ws.row_dimensions[top + 1 + r].height = min(15 * lines, 409)
                if not sheet.scale:  # the number beside the top of its passages
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
        _style(ws, sheet, starts, top, label_width, PatternFill("solid", fgColor=_DIAGONAL_FILL))
        print_setup(ws, header_rows=top, label_column=True, language=language)
    ws = book.create_sheet(sheet_title(definition_title, taken))
    xlsx_text(ws.cell(1, 1, xlsx_value(definition_title))).font = Font(
        name=_FONT, bold=True, size=13
    )
    for i, line in enumerate(definition, start=2):
        cell = xlsx_text(ws.cell(i, 1, xlsx_value(line)))
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.row_dimensions[i].height = min(14.5 * _lines(line, _DEFINITION_WIDTH - 4), 409)
    ws.column_dimensions["A"].width = _DEFINITION_WIDTH
    print_setup(ws, header_rows=0, label_column=False, language=language)
    return book


_FONT = "Calibri"
_TEXT_WIDTH = 60  # characters of a passage column (stakeholders)
_DEFINITION_WIDTH = 110
_LABEL_WIDTH = 48  # a longer code path wraps (two lines) rather than widening every page
_FOOTER = {"nl": "&A · pagina &P van &N", "en": "&A · page &P of &N"}


def _lines(text: str, width: int) -> int:
    """About how many lines `text` takes in a wrapped cell `width` characters wide (a
    column's width counts digits; a letter of text is about 0.85 of one)."""
    return sum(max(1, -(-round(len(part) * 0.85) // max(width, 1))) for part in text.split("\n"))


def _upright(sheet: SheetLike, block: BlockLike) -> bool:
    """A code × code block of numbers: its column headers (code paths) stand upright."""
    return sheet.scale and block.diagonal


def _label_width(sheet: SheetLike) -> int:
    width = max((len(r) for r in sheet.rows), default=10)
    return min(round(max(width, len(sheet.corner), 10) * 0.85) + 1, _LABEL_WIDTH)


def print_setup(
    ws: Worksheet,
    *,
    header_rows: int,
    label_column: bool,
    language: str = "nl",
) -> None:
    """Landscape A4, one page wide and as many down as needed, narrow margins, the first
    `header_rows` rows (and with `label_column` column A) on every page, and the sheet's
    name and page number in the footer."""
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.properties import PageSetupProperties

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.6, footer=0.3)
    if header_rows:
        ws.print_title_rows = f"1:{header_rows}"
    if label_column:
        ws.print_title_cols = "A:A"
    footer = ws.oddFooter
    if footer is not None:  # openpyxl always makes one; its stubs allow None
        footer.center.text = _FOOTER.get(language, _FOOTER["en"])
        footer.center.size = 8
    ws.print_options.horizontalCentered = False


def _style(
    ws: Worksheet,
    sheet: SheetLike,
    starts: list[int],
    top: int,
    label_width: int,
    diagonal_fill: PatternFill,
) -> None:
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter

    ws.freeze_panes = ws.cell(top + 1, 2).coordinate
    ws.column_dimensions["A"].width = label_width + 2
    header_height = 15.0
    for b, start in zip(sheet.blocks, starts, strict=True):
        text = not sheet.scale
        upright = _upright(sheet, b)
        longest = max((len(c) for c in b.columns), default=0)
        if text:
            width = float(_TEXT_WIDTH)
        elif upright:
            width = 5.0 if sheet.number_format == "0" else 6.0
            # 9-point letters upright: about 5 points each, wrapped onto a second line
            # within the column beyond 45 characters
            header_height = max(header_height, min(longest, 45) * 5.2 + 12)
        else:
            width = float(min(max(longest, 8) + 2, 16))
            header_height = max(
                header_height, 15.0 * max(_lines(c, int(width) - 1) for c in b.columns or ("",))
            )
        for j in range(len(b.columns)):
            ws.column_dimensions[get_column_letter(start + j)].width = width
        if len(sheet.blocks) > 1:  # the blank column between blocks stays narrow
            ws.column_dimensions[get_column_letter(start + len(b.columns))].width = 2
        if not sheet.rows or not b.columns or text:
            continue
        ranges: list[str] = []
        first_row, last_row = top + 1, top + len(sheet.rows)
        first_col, last_col = start, start + len(b.columns) - 1
        if b.diagonal:
            for r in range(len(sheet.rows)):
                row = first_row + r
                ws.cell(row, start + r).fill = diagonal_fill
                pieces = [(first_col, start + r - 1), (start + r + 1, last_col)]
                ranges += [
                    f"{get_column_letter(a)}{row}:{get_column_letter(z)}{row}"
                    for a, z in pieces
                    if a <= z
                ]
        else:
            ranges.append(
                f"{get_column_letter(first_col)}{first_row}:{get_column_letter(last_col)}{last_row}"
            )
        if ranges:
            ws.conditional_formatting.add(
                " ".join(ranges),
                # types-openpyxl declares ColorScaleRule without annotations
                ColorScaleRule(  # type: ignore[no-untyped-call]
                    start_type="min",
                    start_color="FFFFFF",
                    end_type="max",
                    end_color=_SCALE_COLOUR,
                ),
            )
    ws.row_dimensions[top].height = header_height
