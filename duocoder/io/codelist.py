"""Code lists from a spreadsheet (`.csv` or `.xlsx`): the quickest way for a research team to
start a codebook, because everyone can edit a table.

The first row names the columns: `path` (or `pad`, `code`), optionally `description` (or
`beschrijving`, `omschrijving`, `definitie`, `definition`) and `colour` (or `color`,
`kleur`); case and surrounding blanks do not matter. A path is a DuoCoder code path
(`Verbinding/Vertrouwensrelatie`, a `/` inside a name written `\\/`); `::` and ` > ` are
accepted as separators too, since lists copied from other tools use them. Parents that are
not listed themselves are created, duplicates are merged, and anything not kept (an unknown
column, a colour that is not understood, a row without a path) becomes a note.

CSV files are read the way Excel writes them in Flanders: UTF-8 with or without BOM, or
Windows-1252 when the bytes are not UTF-8; `;` as the separator (Dutch regional settings),
`,` or a tab otherwise, chosen from the header row."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import PurePath

from duocoder.domain.codebook import (
    CodebookEntry,
    CodebookRead,
    absorb,
    ensure_path,
    normalize_color,
    split_flat_name,
)
from duocoder.domain.codepaths import join_path, split_path
from duocoder.domain.errors import SourceError

MAX_LIST_BYTES = 20 * 1024 * 1024
"""A code list of a thousand codes is a few hundred kilobytes; more is not a code list."""

_COLUMNS = {
    "path": {"path", "pad", "code", "codepad", "code path"},
    "description": {"description", "beschrijving", "omschrijving", "definitie", "definition"},
    "colour": {"colour", "color", "kleur"},
}
_NO_HEADER = "its first row must name the columns, with at least a column 'path' (or 'pad')"


def read_code_list(name: str, data: bytes) -> CodebookRead:
    """Read the code list in file `name` (a .xlsx workbook or a .csv/.txt table)."""
    if len(data) > MAX_LIST_BYTES:
        raise SourceError(name, "it is larger than 20 MB, too large for a code list")
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        raise SourceError(name, "it is an old Excel file (.xls); save it as .xlsx or .csv first")
    if data.startswith(b"PK\x03\x04") or PurePath(name).suffix.lower() in (".xlsx", ".xlsm"):
        rows = _xlsx_rows(name, data)
    else:
        rows = _csv_rows(name, data)
    return _build(name, rows)


def _decode(data: bytes) -> str:
    """Excel's "CSV UTF-8" adds a BOM, plain "CSV" is Windows-1252; "Unicode text" is UTF-16."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            return data.decode("latin-1")


def _csv_rows(name: str, data: bytes) -> list[list[str]]:
    text = _decode(data)
    if "\x00" in text:
        raise SourceError(name, "it is not a text table (.csv) or an Excel workbook (.xlsx)")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=lambda d: (first.count(d), d == ","))
    try:
        return [
            [cell.strip() for cell in row]
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        ]
    except csv.Error as exc:
        raise SourceError(name, "it is not a readable CSV table") from exc


def _xlsx_rows(name: str, data: bytes) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    except Exception as exc:
        # openpyxl reports a damaged or foreign file with many exception types (zip, XML,
        # KeyError for a missing part); to the researcher they all mean the same thing.
        raise SourceError(name, "it is not an Excel workbook (.xlsx) that can be read") from exc


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _columns(header: Sequence[str]) -> tuple[dict[str, int], list[str]]:
    """Map our column roles to indexes; also return the headers that are not read."""
    found: dict[str, int] = {}
    unknown: list[str] = []
    for index, raw in enumerate(header):
        label = raw.strip().lstrip("\ufeff").rstrip(":").strip().lower()
        role = next((r for r, names in _COLUMNS.items() if label in names), None)
        if role is not None and role not in found:
            found[role] = index
        elif label:
            unknown.append(raw.strip())
    return found, unknown


def _build(name: str, rows: list[list[str]]) -> CodebookRead:
    numbered = [(n, row) for n, row in enumerate(rows, start=1) if any(c.strip() for c in row)]
    if not numbered:
        raise SourceError(name, "it is empty")
    _, header = numbered[0]
    columns, unknown = _columns(header)
    if "path" not in columns:
        raise SourceError(name, _NO_HEADER)
    notes = [f"The column '{label}' was not read." for label in unknown]

    def cell(row: list[str], role: str) -> str:
        index = columns.get(role)
        return row[index].strip() if index is not None and index < len(row) else ""

    entries: list[CodebookEntry] = []
    listed: dict[tuple[str, ...], int] = {}
    for line, row in numbered[1:]:
        names = [n for part in split_path(cell(row, "path")) for n in split_flat_name(part)]
        if not names:
            notes.append(f"Row {line} has no code path and was skipped.")
            continue
        path = join_path(names)
        raw_colour = cell(row, "colour")
        colour = normalize_color(raw_colour)
        if raw_colour and colour is None:
            notes.append(
                f"Row {line}: the colour '{raw_colour}' of '{path}' was not understood; "
                "the code gets a default colour."
            )
        description = cell(row, "description").replace("\r\n", "\n").replace("\r", "\n")
        new = CodebookEntry(name=names[-1], color=colour, description=description)
        entry, _ = ensure_path(entries, names)
        key = tuple(names)
        if key in listed:
            notes.append(
                f"The code '{path}' is listed twice (rows {listed[key]} and {line}); "
                "the rows were merged."
            )
            absorb(entry, new, path, notes)
        else:
            listed[key] = line
            entry.color, entry.description = colour, description
    if not entries:
        raise SourceError(name, "it lists no codes")
    return CodebookRead(entries=entries, notes=notes)
