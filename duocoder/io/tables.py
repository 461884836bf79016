"""Analysis tables to `.xlsx` and `.csv`, each with the definition of what was counted.

Input is any sheet with `name`, `corner`, `rows` (labels, here code paths), `blocks` (each
with `label`, `columns`, `values` and `diagonal`), `number_format` and `scale`
(`duocoder.analysis.layout.Sheet` fits); this module knows no analysis.

Spreadsheet: one worksheet per sheet, the header row(s) and the label column frozen so
code paths and column names stay in view while scrolling a 60 × 60 matrix, a white-to-
colour scale on the numbers (per block, the diagonal left out and shaded grey), and a
worksheet "Definitie"/"Definition" with the definition lines.

CSV: UTF-8 with a byte order mark, without which Excel on Windows reads "coördinator" as
"coÃ¶rdinator". Dutch files use `;` between fields and a decimal comma, English files `,`
and a decimal point: what Excel expects when it opens a double-clicked file in a Flemish or
an English locale. The definition comes first, as a block of one-cell lines, then each
sheet under its name, separated by blank lines.

`write_table` writes a plain table (one header row, then rows: the word frequencies) in the
same two formats, CSV with `,` like before.

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
) -> Path:
    """Write `sheets` to `path` as .xlsx or .csv (by its suffix); returns the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(f"A table is saved as .csv or .xlsx, not '{path.name}'.")
    check_export_target(path)  # before the work of laying out the tables
    if suffix == ".csv":
        data = csv_bytes(sheets, definition_title, definition, language)
        write_atomically(path, lambda tmp: tmp.write_bytes(data))
    else:
        book = workbook(sheets, definition_title, definition)
        write_atomically(path, book.save)
    return path


def write_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Path:
    """Write one plain table to `path`; its suffix (.csv or .xlsx) decides the format."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(f"'{path.name}' must end in .xlsx or .csv.")
    check_export_target(path)
    if suffix == ".csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow([csv_text(h) for h in headers])
        writer.writerows([_csv_cell(v, dutch=False) for v in row] for row in rows)
        data = "\ufeff".encode() + buffer.getvalue().encode("utf-8")
        write_atomically(path, lambda tmp: tmp.write_bytes(data))
    else:
        from openpyxl import Workbook
        from openpyxl.worksheet.worksheet import Worksheet

        book = Workbook()  # not write-only: a failed save of that leaves its temp files
        sheet = book.active
        assert isinstance(sheet, Worksheet)  # a new workbook has one (ordinary) worksheet
        for r, row in enumerate((headers, *rows), start=1):
            for c, value in enumerate(row, start=1):
                xlsx_text(sheet.cell(r, c, xlsx_value(value)))
        write_atomically(path, book.save)
    return path


def _csv_cell(value: Cell, dutch: bool) -> str:
    """A cell as CSV text: numbers as we format them, text guarded against formulas."""
    if isinstance(value, bool):  # not a number a reader expects as 1/0
        return str(value)
    if isinstance(value, float):
        text = f"{value:.4f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if dutch else text
    if isinstance(value, int):
        return str(value)
    return "" if value is None else csv_text(str(value))


# -- CSV -------------------------------------------------------------------------------------
def csv_bytes(
    sheets: Sequence[SheetLike],
    definition_title: str,
    definition: Sequence[str],
    language: str = "nl",
) -> bytes:
    dutch = language == "nl"
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if dutch else ",", lineterminator="\r\n")

    def cell(value: Cell) -> str:
        return _csv_cell(value, dutch)

    writer.writerow([cell(definition_title)])
    for line in definition:
        writer.writerow([cell(line)])
    for sheet in sheets:
        writer.writerow([])
        writer.writerow([cell(sheet.name)])
        if any(b.label for b in sheet.blocks):
            header: list[str] = [""]
            for i, b in enumerate(sheet.blocks):
                header += ([""] if i else []) + [cell(b.label)] + [""] * (len(b.columns) - 1)
            writer.writerow(header)
        columns: list[str] = [cell(sheet.corner)]
        for i, b in enumerate(sheet.blocks):
            columns += ([""] if i else []) + [cell(c) for c in b.columns]
        writer.writerow(columns)
        for r, label in enumerate(sheet.rows):
            cells = [cell(label)]
            for i, b in enumerate(sheet.blocks):
                cells += ([""] if i else []) + [cell(v) for v in b.values[r]]
            writer.writerow(cells)
    return "\ufeff".encode() + buffer.getvalue().encode("utf-8")


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
    sheets: Sequence[SheetLike], definition_title: str, definition: Sequence[str]
) -> Workbook:
    """The openpyxl workbook of the sheets and a definition sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.worksheet import Worksheet

    book = Workbook()
    first = book.active
    assert isinstance(first, Worksheet)  # a new workbook has one (ordinary) worksheet
    book.remove(first)
    taken: set[str] = set()
    bold = Font(bold=True)
    for sheet in sheets:
        ws = book.create_sheet(sheet_title(sheet.name, taken))
        grouped = any(b.label for b in sheet.blocks)
        top = 2 if grouped else 1  # the row of column headers
        xlsx_text(ws.cell(top, 1, xlsx_value(sheet.corner))).font = bold
        col = 2
        starts: list[int] = []
        for b in sheet.blocks:
            starts.append(col)
            if grouped:
                xlsx_text(ws.cell(1, col, xlsx_value(b.label or ""))).font = bold
            for j, name in enumerate(b.columns):
                c = xlsx_text(ws.cell(top, col + j, xlsx_value(name)))
                c.font = bold
                c.alignment = Alignment(wrap_text=True, vertical="top")
            col += len(b.columns) + 1
        for r, label in enumerate(sheet.rows):
            xlsx_text(ws.cell(top + 1 + r, 1, xlsx_value(label)))
            for b, start in zip(sheet.blocks, starts, strict=True):
                for j, value in enumerate(b.values[r]):
                    c = xlsx_text(ws.cell(top + 1 + r, start + j, xlsx_value(value)))
                    if isinstance(value, int | float):
                        c.number_format = sheet.number_format
                    elif isinstance(value, str):
                        c.alignment = Alignment(wrap_text=True, vertical="top")
        _style(ws, sheet, starts, top, PatternFill("solid", fgColor=_DIAGONAL_FILL))
    ws = book.create_sheet(sheet_title(definition_title, taken))
    xlsx_text(ws.cell(1, 1, xlsx_value(definition_title))).font = Font(bold=True, size=13)
    for i, line in enumerate(definition, start=2):
        xlsx_text(ws.cell(i, 1, xlsx_value(line))).alignment = Alignment(
            wrap_text=True, vertical="top"
        )
    ws.column_dimensions["A"].width = 110
    return book


def _style(
    ws: Worksheet, sheet: SheetLike, starts: list[int], top: int, diagonal_fill: PatternFill
) -> None:
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.utils import get_column_letter

    ws.freeze_panes = ws.cell(top + 1, 2).coordinate
    width = max((len(r) for r in sheet.rows), default=10)
    ws.column_dimensions["A"].width = min(max(width, len(sheet.corner), 10) + 2, 70)
    for b, start in zip(sheet.blocks, starts, strict=True):
        text = not sheet.scale
        for j in range(len(b.columns)):
            ws.column_dimensions[get_column_letter(start + j)].width = 60 if text else 11
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
