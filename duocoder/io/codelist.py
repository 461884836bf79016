"""Code lists from a spreadsheet (`.csv` or `.xlsx`): the quickest way for a research team to
start a codebook, because everyone can edit a table.

The first row names the columns: `path` (or `pad`, `code`), optionally `description` (or
`beschrijving`, `omschrijving`, `definitie`, `definition`), `colour` (or `color`, `kleur`)
and `keywords` (or `trefwoorden`, `zoekwoorden`: the code's auto-coding keywords in one
cell, separated by `;`, each trimmed); case and surrounding blanks do not matter. A table
with only `path,keywords` (such as `codebooks/duowerkingen-keywords.csv`) gives existing
codes their keywords. A code list does not say whether a code is codable: new codes are,
existing ones stay as they are (`CodebookRead.states_codable`). A path is a DuoCoder code path
(`Verbinding/Vertrouwensrelatie`, a `/` inside a name written `\\/`); `::` and ` > ` are
accepted as separators too, since lists copied from other tools use them. Parents that are
not listed themselves are created, duplicates are merged, and anything not kept (an unknown
column, a colour that is not understood, a row without a path) becomes a note.

CSV files are read the way Excel writes them in Flanders: UTF-8 with or without BOM, or
Windows-1252 when the bytes are not UTF-8; `;` as the separator (Dutch regional settings),
`,` or a tab otherwise, chosen from the header row.

A workbook is a zip archive, so it passes the checks of `duocoder.io.safezip` before
openpyxl sees it (a 2.8 MB workbook can unpack to gigabytes), and openpyxl then reads it
in read-only mode, row by row. Both kinds of table are held to the size of a code list: at
most `MAX_ROWS` rows with content and `MAX_COLUMNS` columns (cells to the right of that are
never read), cells of at most `limits.TEXT` characters, and the names and paths of
`duocoder.domain.limits`; a table beyond that is refused in one sentence."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator, Sequence
from pathlib import PurePath

from duocoder.domain import limits
from duocoder.domain.codebook import (
    CodebookEntry,
    CodebookRead,
    TreeBuilder,
    absorb,
    clean_keywords,
    normalize_color,
    split_flat_name,
)
from duocoder.domain.codepaths import join_path, split_path
from duocoder.domain.errors import SourceError
from duocoder.io.safezip import open_zip

MAX_LIST_BYTES = 20 * 1024 * 1024
"""A code list of a thousand codes is a few hundred kilobytes; more is not a code list."""

MAX_ROWS = limits.CODEBOOK_CODES
"""Rows with content, the header included; as many codes as any codebook may hold."""

MAX_COLUMNS = 100
"""A code list has a handful of columns; a table wider than this is something else."""

MAX_PART_SIZE = 16 * 1024 * 1024
MAX_WORKBOOK_SIZE = 64 * 1024 * 1024
"""Unpacked size of one part and of the whole workbook, below the limits for documents:
10,000 codes with long definitions unpack to a few megabytes, while openpyxl needs about
six times a part's size in memory and a second for each megabyte of shared strings."""

EXCEL_ROWS = 1_048_576
"""Excel's own last row: empty rows are cheap to skip, but a workbook can claim billions."""

_XLSX_KIND = "an Excel workbook (.xlsx)"

_COLUMNS = {
    "path": {"path", "pad", "code", "codepad", "code path"},
    "description": {"description", "beschrijving", "omschrijving", "definitie", "definition"},
    "colour": {"colour", "color", "kleur"},
    "keywords": {
        "keywords",
        "keyword",
        "trefwoorden",
        "trefwoord",
        "zoekwoorden",
        "sleutelwoorden",
    },
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


Numbered = list[tuple[int, list[str]]]
"""The rows with content, each with its row number (counted from 1, empty rows included)."""


def _csv_rows(name: str, data: bytes) -> Numbered:
    text = _decode(data)
    if "\x00" in text:
        raise SourceError(name, "it is not a text table (.csv) or an Excel workbook (.xlsx)")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=lambda d: (first.count(d), d == ","))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return list(_bounded(name, ([cell.strip() for cell in row] for row in reader)))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            # the csv module's own ceiling (131,072 characters) is just above ours
            raise SourceError(name, _cell_problem(reader.line_num, None, None)) from exc
        raise SourceError(name, "it is not a readable CSV table") from exc


def _xlsx_rows(name: str, data: bytes) -> Numbered:
    from openpyxl import load_workbook

    open_zip(
        name,
        data,
        _XLSX_KIND,
        max_member_size=MAX_PART_SIZE,
        max_total_size=MAX_WORKBOOK_SIZE,
        verify_sizes=True,
    ).close()
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = workbook.worksheets[0]
            values = sheet.iter_rows(max_row=EXCEL_ROWS, max_col=MAX_COLUMNS + 1, values_only=True)
            # a workbook can claim a million empty rows: each must cost next to nothing
            texts = ([] if r.count(None) == len(r) else [_cell_text(v) for v in r] for r in values)
            return list(_bounded(name, texts))
        finally:
            workbook.close()
    except SourceError:
        raise
    except Exception as exc:
        # openpyxl reports a damaged or foreign file with many exception types (zip, XML,
        # KeyError for a missing part); to the researcher they all mean the same thing.
        raise SourceError(name, "it is not an Excel workbook (.xlsx) that can be read") from exc


def _bounded(name: str, rows: Iterable[list[str]]) -> Iterator[tuple[int, list[str]]]:
    """The rows with content (stripped cells), numbered, without trailing empty cells;
    a table bigger than a code list is refused while it is read, so that a huge one costs
    no more than its rows up to the limit."""
    filled = 0
    for number, row in enumerate(rows, start=1):
        while row and not row[-1]:
            row.pop()
        if not row:
            continue
        filled += 1
        if filled > MAX_ROWS:
            raise SourceError(
                name, f"it has more than {MAX_ROWS:,} rows, more than a code list has"
            )
        if len(row) > MAX_COLUMNS:
            raise SourceError(
                name, f"it has more than {MAX_COLUMNS} columns, more than a code list has"
            )
        for column, cell in enumerate(row):
            if len(cell) > limits.TEXT:
                raise SourceError(name, _cell_problem(number, column, len(cell)))
        yield number, row


def _cell_problem(row: int, column: int | None, length: int | None) -> str:
    """`column` None: the csv module stopped at a cell on line `row` without saying which."""
    where = f"a cell on line {row}" if column is None else f"cell {_column_letters(column)}{row}"
    size = "more than 131,072" if length is None else f"{length:,}"
    return f"{where} has {size} characters; a cell can be at most {limits.TEXT:,}"


def _column_letters(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names the column."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


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


def _build(name: str, numbered: Numbered) -> CodebookRead:
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

    tree = TreeBuilder()
    listed: dict[tuple[str, ...], int] = {}
    for line, row in numbered[1:]:
        raw_path = cell(row, "path")
        if len(raw_path) > limits.CODE_PATH:
            raise SourceError(
                name,
                f"the code path in row {line} has {len(raw_path):,} characters; "
                f"a code path can be at most {limits.CODE_PATH:,}",
            )
        names = [n for part in split_path(raw_path) for n in split_flat_name(part)]
        if not names:
            notes.append(f"Row {line} has no code path and was skipped.")
            continue
        if problem := _names_problem(names, line):
            raise SourceError(name, problem)
        path = join_path(names)
        raw_colour = cell(row, "colour")
        colour = normalize_color(raw_colour)
        if raw_colour and colour is None:
            notes.append(
                f"Row {line}: the colour '{raw_colour}' of '{path}' was not understood; "
                "the code gets a default colour."
            )
        description = cell(row, "description").replace("\r\n", "\n").replace("\r", "\n")
        keywords = clean_keywords([cell(row, "keywords")])
        new = CodebookEntry(
            name=names[-1], color=colour, description=description, keywords=keywords
        )
        entry, _ = tree.ensure(names)
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
            entry.keywords = keywords
    if not tree.roots:
        raise SourceError(name, "it lists no codes")
    return CodebookRead(entries=tree.roots, notes=notes, states_codable=False)


def _names_problem(names: list[str], line: int) -> str | None:
    if len(names) > limits.CODE_DEPTH:
        return f"the code path in row {line} is nested more than {limits.CODE_DEPTH} levels deep"
    longest = max(len(n) for n in names)
    if longest > limits.NAME:
        return (
            f"a code name in row {line} has {longest:,} characters; "
            f"a code name can be at most {limits.NAME}"
        )
    return None
