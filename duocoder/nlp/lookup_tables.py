"""spaCy's lookup lemmas (spacy-lookups-data), read so that the window stays responsive.

The Dutch table maps 212,945 word forms to their lemmas in one JSON object. spaCy reads it
with srsly's ujson, in one call that holds Python's GIL from the first byte to the last: a
quarter of a second on an idle laptop, over half a second on a busy one. Indexing loads the
pipeline in a background thread, and for that long the window's own thread cannot run a
line of Python, so it stops painting and answering (a progress bar that freezes, a click
that does nothing). Here the same parser reads the object in slices of a few thousand
entries, and between two slices the interpreter hands the GIL to the window as usual: the
same table in about the same time, without the long pause."""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Any

SLICES = 64
"""Into how many parts a table is cut: the Dutch one gives slices of about 3,300 entries,
a few milliseconds each."""

_BETWEEN = re.compile(r'"\s*,\s*"')
"""Where one entry ends and the next begins (a closing quote, a comma, an opening quote)."""


def read_object(text: str) -> dict[str, Any]:
    """The JSON object `text`, parsed a slice at a time. A cut is made only where a quote,
    a comma and a quote meet; should such a place lie inside a string after all (a key
    that is itself `","`), the slice before it has an unclosed string and does not parse,
    and the whole text is then parsed in one piece, as spaCy would."""
    import srsly  # type: ignore[import-untyped]  # spaCy's own JSON reader, untyped

    body = text.strip()
    if not (body.startswith("{") and body.endswith("}")):
        return dict(srsly.json_loads(text))
    body = body[1:-1]
    out: dict[str, Any] = {}
    start = 0
    step = max(1, len(body) // SLICES)
    try:
        while start < len(body):
            cut = _BETWEEN.search(body, start + step)
            end = cut.start() + 1 if cut is not None else len(body)
            part = srsly.json_loads("{" + body[start:end] + "}")
            if not isinstance(part, dict):
                raise ValueError("not an object")
            out.update(part)
            start = cut.end() - 1 if cut is not None else len(body)
    except ValueError:
        return dict(srsly.json_loads(text))
    return out


def lemma_lookups(language: str) -> Any | None:
    """spaCy `Lookups` holding the language's `lemma_lookup` table, read as above; None
    when spacy-lookups-data has no such table for it (the lemmatizer then loads whatever
    it loads its own way)."""
    from spacy.lookups import Lookups
    from spacy.util import registry

    try:
        path = Path(registry.lookups.get(language)["lemma_lookup"])
    except (KeyError, TypeError, ValueError, LookupError):
        return None
    try:
        if path.exists():  # spaCy's own order: the plain file, else the gzipped one
            text = path.read_text(encoding="utf-8")
        else:
            with gzip.open(path.with_suffix(path.suffix + ".gz"), "rt", encoding="utf-8") as fh:
                text = fh.read()
    except (OSError, UnicodeDecodeError):
        return None
    lookups = Lookups()
    lookups.add_table("lemma_lookup", read_object(text))
    return lookups
