"""The file of `duocoder code --from FILE.csv`: one coding per row, as researchers keep
them in a spreadsheet.

A row names its passage by offsets (`doc,start,end,code`) or by its words
(`doc,quote,code`), with optional `coder`, `memo` and `occurrence` (which of several equal
passages, from 1). Dutch headers work too: `document,citaat,code,codeur,memo,voorkomen`
(and `begin`, `einde`). Headers are matched without regard to case; a file Excel saved
with semicolons (as Dutch Excel does) is read as well as one with commas. Row numbers are
the spreadsheet's: the header is row 1."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from duocoder.app.codings import CodingSpec
from duocoder.cli.messages import t
from duocoder.domain.errors import DuoCoderError, ValidationError
from duocoder.domain.quotematch import find_quote

if TYPE_CHECKING:
    from duocoder.app.project import Project

COLUMNS: dict[str, tuple[str, ...]] = {
    "doc": ("doc", "document", "document name", "documentnaam"),
    "start": ("start", "begin"),
    "end": ("end", "einde", "eind"),
    "quote": ("quote", "citaat", "passage", "text", "tekst"),
    "code": ("code", "code path", "codepad"),
    "coder": ("coder", "codeur"),
    "memo": ("memo",),
    "occurrence": ("occurrence", "voorkomen"),
}
QUOTE_SHOWN = 60  # characters of a quote in an error message


@dataclass(frozen=True, slots=True)
class CodingRow:
    """One row of the file, as read; `row` is its number in the spreadsheet."""

    row: int
    doc: str
    code: str
    start: int | None = None
    end: int | None = None
    quote: str | None = None
    occurrence: int | None = None
    coder: str | None = None
    memo: str | None = None


def _row_error(row: int, message: str) -> ValidationError:
    return ValidationError(t("nothing_applied", error=t("row_error", row=row, error=message)))


def read_codings_file(path: Path) -> list[CodingRow]:
    """The rows of a codings file, checked for their columns and numbers (not yet against
    the project)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DuoCoderError(t("read_failed", file=path.name, reason=exc.strerror)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(t("not_utf8", file=path.name)) from None
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = next(reader, [])
    names = {alias: key for key, aliases in COLUMNS.items() for alias in aliases}
    where: dict[str, int] = {}
    for i, title in enumerate(header):
        key = names.get(" ".join(title.split()).casefold())
        if key is not None and key not in where:
            where[key] = i
    by_offset = {"doc", "start", "end", "code"} <= where.keys()
    by_quote = {"doc", "quote", "code"} <= where.keys()
    if not (by_offset or by_quote):
        raise ValidationError(t("csv_columns", file=path.name))

    rows: list[CodingRow] = []
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue

        def cell(key: str, cells: list[str] = cells) -> str:
            i = where.get(key)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        for key in ("doc", "code"):
            if not cell(key):
                raise _row_error(number, t("csv_missing", column=key))
        quote = cell("quote") if "quote" in where else ""
        start = end = occurrence = None
        if cell("start") or cell("end") or not quote:
            try:
                start, end = int(cell("start")), int(cell("end"))
            except ValueError:
                message = "csv_numbers" if not by_quote or cell("start") else "csv_start_or_quote"
                raise _row_error(number, t(message)) from None
            quote = ""
        if cell("occurrence"):
            try:
                occurrence = int(cell("occurrence"))
            except ValueError:
                occurrence = 0
            if occurrence < 1:
                raise _row_error(number, t("csv_occurrence"))
        rows.append(
            CodingRow(
                row=number,
                doc=cell("doc"),
                code=cell("code"),
                start=start,
                end=end,
                quote=quote or None,
                occurrence=occurrence,
                coder=cell("coder") or None,
                memo=cell("memo") or None,
            )
        )
    return rows


def _shown(quote: str) -> str:
    words = " ".join(quote.split()).strip("\"'\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb ")
    return words if len(words) <= QUOTE_SHOWN else words[: QUOTE_SHOWN - 1] + "…"


def resolve_rows(
    project: Project, rows: list[CodingRow], coder: str | None = None
) -> list[CodingSpec]:
    """The codings the rows mean, a quote found in its document's text (`find_quote`:
    tolerant of curly quotes, non-breaking spaces and line breaks) and turned into exact
    offsets; a row without a coder gets `coder`. A quote that is not there, or is there
    more than once without an occurrence, is refused with the row's number."""
    texts: dict[str, tuple[int, str, str]] = {}
    specs: list[CodingSpec] = []
    for r in rows:
        try:
            if r.doc not in texts:
                info = project.document(r.doc)
                texts[r.doc] = (info.id, info.name, project.text(info.id))
            doc_id, name, text = texts[r.doc]
        except DuoCoderError as exc:
            raise _row_error(r.row, str(exc)) from None
        start, end = r.start, r.end
        if r.quote is not None:
            found = find_quote(text, r.quote)
            values = {"quote": _shown(r.quote), "doc": name, "count": len(found)}
            if not found:
                raise _row_error(r.row, t("quote_not_found", **values))
            if r.occurrence is None and len(found) > 1:
                raise _row_error(r.row, t("quote_ambiguous", **values))
            which = r.occurrence or 1
            if which > len(found):
                raise _row_error(r.row, t("quote_occurrence", occurrence=which, **values))
            start, end = found[which - 1]
        assert start is not None and end is not None
        specs.append(CodingSpec(doc_id, start, end, r.code, r.coder or coder, r.memo))
    return specs
