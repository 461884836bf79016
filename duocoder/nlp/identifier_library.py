"""The Dutch de-identification library `deduce` (rule- and lookup-based, made for Dutch
text), loaded once per process and asked for its annotations as DuoCoder's kinds.

Loading is slow the first time on a machine (about 75 s: deduce builds its lookup tries
from its name and street lists and pickles them) and a few seconds after that. deduce would
write that cache into its own install folder; it is pointed at DuoCoder's user cache folder
instead, so a read-only or shared installation works too. Importing this module does not
load deduce: `library()` does, under a lock, the first time it is called."""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
from importlib.metadata import version
from pathlib import Path
from typing import Any

from duocoder.domain.privacy import Kind
from duocoder.nlp.identifier_patterns import LIBRARY, Hit
from duocoder.nlp.identifier_words import street_types

_TAGS: dict[str, Kind] = {
    "persoon": "person",
    "patient": "person",
    "ziekenhuis": "organisation",
    "zorginstelling": "organisation",
    "datum": "date",
    "leeftijd": "age",
    "bsn": "national_id",
    "telefoonnummer": "phone",
    "emailadres": "email",
    "url": "url",
}
"""deduce's tags as kinds; `locatie` is split below, and `id` (any long number) is left out:
on interview text it found account and order numbers, not people."""

ENGLISH_TAGS = frozenset({"persoon", "patient", "telefoonnummer", "emailadres", "url"})
"""What deduce is asked for on English text: its name lists and number patterns carry over,
its Dutch dates, ages and places do not."""

_DUTCH_POSTCODE = re.compile(r"^\d{4}\s?[A-Z]{2}$")

_lock = threading.Lock()
_instance: Any = None


def cache_dir() -> Path:
    """Where deduce's lookup cache lives: DuoCoder's user cache folder, one per deduce
    version. When that cannot be written (a locked-down account), a private temporary folder
    for this process: never a shared one, because deduce reads its cache with pickle and a
    pickle planted by someone else would run their code."""
    import platformdirs

    folder = Path(platformdirs.user_cache_dir("duocoder")) / "deduce" / version("deduce")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.access(folder, os.W_OK):
            return folder
    except OSError:
        pass
    return Path(tempfile.mkdtemp(prefix="duocoder-deduce-"))


def cache_built() -> bool:
    """Whether deduce's lookup cache exists already: without it the first load builds it,
    which takes a minute or more on a laptop instead of seconds."""
    return any(cache_dir().glob("cache/*.pickle"))


def _import_deduce() -> Any:
    """Import deduce without letting it configure logging: at import it calls
    `logging.basicConfig(stream=sys.stdout, level=DEBUG)`, which would print every debug
    message of every library to the CLI's standard output. With a handler in place for the
    moment of the import, basicConfig does nothing."""
    root = logging.getLogger()
    guard = logging.NullHandler()
    root.addHandler(guard)
    try:
        import deduce
    finally:
        root.removeHandler(guard)
    return deduce


def library() -> Any:
    """The shared `deduce.Deduce`, built on first use (thread-safe, once per process)."""
    global _instance
    if _instance is None:
        with _lock:
            if _instance is None:
                deduce = _import_deduce()
                _instance = deduce.Deduce(cache_path=cache_dir())
    return _instance


def is_loaded() -> bool:
    """Whether the library is loaded already (a caller can say "loading…" otherwise)."""
    return _instance is not None


def _location_kind(text: str) -> Kind:
    if _DUTCH_POSTCODE.match(text):
        return "postcode"
    types = street_types()
    words = text.split()
    endings = (*types.suffixes, *types.suffixes_with_number)
    if any(c.isdigit() for c in text) or any(w.casefold().endswith(endings) for w in words):
        return "address"
    return "place"


def library_hits(text: str, language: str = "nl") -> list[Hit]:
    """deduce's annotations of `text` as hits, sorted; spans as deduce gives them (it may
    run a name on into what follows, "Griet Vermeulen van Vzw De Brug"; the finder trims)."""
    document = library().deidentify(text)
    hits: list[Hit] = []
    for annotation in document.annotations:
        tag = str(annotation.tag)
        if language != "nl" and tag not in ENGLISH_TAGS:
            continue
        if tag == "locatie":
            kind: Kind = _location_kind(str(annotation.text))
        elif tag in _TAGS:
            kind = _TAGS[tag]
        else:
            continue
        hits.append(Hit(int(annotation.start_char), int(annotation.end_char), kind, LIBRARY))
    return sorted(hits, key=lambda h: (h.start, h.end))
