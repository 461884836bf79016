"""Text from a project written into spreadsheet cells as text, never as a formula.

Code names, case and document names and coded passages are typed by researchers or come
from transcripts, so any of them may start with `=`: openpyxl stores such a string as a
formula, and Excel or LibreOffice opening a CSV runs a cell starting with `=`, `+`, `-` or
`@` (or with a tab or carriage return before one) as a formula. `=HYPERLINK(...)` or
`=cmd|' -C calc'!A0` in a transcript would then become a live link or command on the
machine of whoever opens the export.

The rule, shared by every .xlsx and .csv writer:
- xlsx: a text cell is always stored with the string type, so it reads back as the text it
  was; text that looks like a formula also gets Excel's "quote prefix" style, so editing
  the cell in Excel keeps it text.
- CSV (the OWASP convention): a text cell starting with one of `FORMULA_STARTS` gets an
  apostrophe in front, which spreadsheets show as a text marker. Numbers we computed
  (counts, coefficients, negative numbers) are written as numbers, never prefixed.

An analysis export states this rule in its definition (`duocoder.analysis.definition`)."""

from __future__ import annotations

import re
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Control characters the xlsx format cannot hold (openpyxl refuses them). A vertical tab or
# form feed is a line break in the transcript; any other becomes the replacement character,
# so the export goes through and the gap stays visible.
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could take `text` for a formula."""
    return text.startswith(FORMULA_STARTS)


def csv_text(text: str) -> str:
    """`text` as a CSV cell a spreadsheet shows as text."""
    return "'" + text if looks_like_formula(text) else text


def xlsx_value(value: Any) -> Any:
    """`value` as an xlsx cell can store it: text without the control characters the format
    forbids; anything else unchanged."""
    if isinstance(value, str) and _XLSX_ILLEGAL.search(value):
        return _XLSX_ILLEGAL.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else "\ufffd", value)
    return value


def xlsx_text(cell: Any) -> Any:
    """Force an openpyxl cell holding a string to the string type; returns the cell.

    Takes any openpyxl cell (also a write-only one) so this module needs no openpyxl."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if looks_like_formula(cell.value):
            cell.quotePrefix = True
    return cell
