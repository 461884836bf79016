"""Writing result tables (word frequencies) as .csv or .xlsx.

Small on purpose: one header row and plain values. CSV is written as UTF-8 with a byte-order
mark, because that is what makes Excel show `coördinator` correctly when a researcher
double-clicks the file. openpyxl is imported only when an .xlsx is asked for."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

from duocoder.domain.errors import DuoCoderError, ValidationError

Cell = str | int | float | None


def write_table(path: str | Path, headers: Sequence[str], rows: Iterable[Sequence[Cell]]) -> Path:
    """Write to `path`; its suffix (.csv or .xlsx) decides the format."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(f"'{path.name}' must end in .xlsx or .csv.")
    try:
        if suffix == ".csv":
            with path.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(headers)
                writer.writerows(rows)
        else:
            from openpyxl import Workbook

            book = Workbook(write_only=True)
            sheet = book.create_sheet()
            sheet.append(list(headers))
            for row in rows:
                sheet.append(list(row))
            book.save(path)
    except OSError as exc:
        raise DuoCoderError(f"Could not write '{path.name}': {exc.strerror}.") from None
    return path
