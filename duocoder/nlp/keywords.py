"""Keyword files: `path,keywords` rows that give codes their auto-coding keywords.

The shipped `codebooks/duowerkingen-keywords.csv` fills the research codebook; a team can
keep its own file beside its codebook. Keywords within a cell are separated by `;` and may be
phrases (`georganiseerde vriendschap`); they are lemmatised when suggestions are made, so a
file lists each word once, in any form."""

from __future__ import annotations

import csv
from pathlib import Path

from duocoder.domain.codebook import clean_keywords
from duocoder.domain.errors import DuoCoderError, ValidationError


def split_keywords(cell: str) -> list[str]:
    """`vertrouwen; Veilig ; veilig` → ['vertrouwen', 'Veilig']: trimmed, repeats dropped
    without regard to case, order kept (see `clean_keywords`)."""
    return clean_keywords([cell])


def read_keywords_csv(path: str | Path) -> dict[str, list[str]]:
    """Code path → keywords, in file order."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise DuoCoderError(f"Could not read '{path.name}': {exc.strerror}.") from None
    except UnicodeDecodeError:
        raise ValidationError(f"'{path.name}' is not a UTF-8 text file.") from None
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or not {"path", "keywords"} <= {f.strip() for f in reader.fieldnames}:
        raise ValidationError(f"'{path.name}' needs the columns path,keywords.")
    out: dict[str, list[str]] = {}
    for row in reader:
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        if row.get("path"):
            out[row["path"]] = split_keywords(row.get("keywords", ""))
    return out
