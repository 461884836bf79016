"""The neutral codebook model that every exchange format reads into and writes from.

A reader hands back a `CodebookRead`: a tree of `CodebookEntry` plus `notes`, plain sentences
that name everything the reader could not keep. Nothing is ever dropped silently, because a
researcher importing a colleague's codebook must be able to trust that what they see is all
there was. The model knows neither Qt nor the database, so it can be tested in isolation and
reused by the QDC, QDPX, spreadsheet and Word formats alike.

Entries are plain mutable dataclasses only so that readers can assemble a tree step by step;
once handed out, treat them as values."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from duocoder.domain import limits
from duocoder.domain.codepaths import join_path


@dataclass(slots=True)
class CodebookEntry:
    """One code. `guid` is None when the source had no usable GUID (the caller assigns one);
    `color` is `#RRGGBB` upper case or None; `codable` False marks a pure folder;
    `keywords` are the code's auto-coding keywords (empty when the source had none)."""

    name: str
    guid: str | None = None
    color: str | None = None
    description: str = ""
    codable: bool = True
    children: list[CodebookEntry] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


@dataclass(slots=True)
class CodebookRead:
    """What a reader found: the tree, sentences about what was not kept, and who wrote it.
    `states_codable` False: the format does not say whether a code is codable (a code list),
    so an import leaves that of existing codes as it is."""

    entries: list[CodebookEntry]
    notes: list[str] = field(default_factory=list)
    origin: str | None = None
    states_codable: bool = True


def normalize_guid(value: str | None) -> str | None:
    """`{ABCDEF01-…}` and friends -> `abcdef01-…`; None when `value` is not a GUID at all.

    Tools disagree on braces and case (NVivo writes `{UPPER}`), but the GUID is how a code
    is recognised across projects, so it is compared in one canonical spelling."""
    if value is None:
        return None
    text = value.strip()
    if not re.fullmatch(r"(urn:uuid:)?\{?[0-9A-Fa-f-]{32,36}\}?", text):
        return None
    try:
        return str(uuid.UUID(text))
    except ValueError:
        return None


_NAMED_COLORS = {
    "black": "000000", "white": "FFFFFF", "red": "FF0000", "lime": "00FF00",
    "green": "008000", "blue": "0000FF", "yellow": "FFFF00", "cyan": "00FFFF",
    "aqua": "00FFFF", "magenta": "FF00FF", "fuchsia": "FF00FF", "silver": "C0C0C0",
    "gray": "808080", "grey": "808080", "maroon": "800000", "olive": "808000",
    "purple": "800080", "teal": "008080", "navy": "000080", "orange": "FFA500",
    "pink": "FFC0CB", "brown": "A52A2A",
}  # fmt: skip


def normalize_color(value: str | None) -> str | None:
    """Read a colour in any common notation and return `#RRGGBB` in upper case, else None.

    Accepted: `#RGB`, `#RGBA`, `#RRGGBB`, `#` and eight hex digits (with alpha), `0xRRGGBB`,
    bare `RRGGBB`, `rgb(r, g, b)` / `rgba(r, g, b, a)` (0–255 or percentages, commas or
    blanks) and the basic CSS colour names. Alpha is discarded: a code's colour is a highlight and
    DuoCoder draws it opaque. Eight digits are ambiguous (CSS writes `#RRGGBBAA`; Qt and
    .NET desktop tools write `#AARRGGBB`): since exported colours are nearly always opaque,
    a leading `FF` without a trailing one is read as ARGB, anything else as RGBA."""
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    lower = text.lower()
    if lower in _NAMED_COLORS:
        return "#" + _NAMED_COLORS[lower]
    if lower.startswith(("rgb(", "rgba(")) and lower.endswith(")"):
        return _functional_color(lower[lower.index("(") + 1 : -1])
    prefixed = text.startswith("#") or lower.startswith("0x")
    digits = text[2:] if lower.startswith("0x") else text.removeprefix("#")
    if not re.fullmatch(r"[0-9A-Fa-f]+", digits) or (not prefixed and len(digits) != 6):
        # Without a prefix only six digits are safe: `16711680` is a decimal colour number.
        return None
    digits = digits.upper()
    if len(digits) in (3, 4):
        return "#" + "".join(ch * 2 for ch in digits[:3])
    if len(digits) == 8:
        if digits.startswith("FF") and not digits.endswith("FF"):
            return "#" + digits[2:]
        return "#" + digits[:6]
    if len(digits) == 6:
        return "#" + digits
    return None


def _functional_color(inner: str) -> str | None:
    parts = [p for p in re.split(r"[\s,/]+", inner.strip()) if p]
    if len(parts) not in (3, 4):
        return None
    channels: list[int] = []
    for part in parts[:3]:
        try:
            number = float(part[:-1]) * 255 / 100 if part.endswith("%") else float(part)
        except ValueError:
            return None
        if not 0 <= number <= 255.5:
            return None
        channels.append(round(number))
    return "#" + "".join(f"{min(c, 255):02X}" for c in channels)


KEYWORD_SEPARATORS = re.compile(r"[;,\n]")
"""Between keywords in one text: `;` (the codebook tables), `,` (typed by hand), a new line."""


def clean_keywords(values: Iterable[str]) -> list[str]:
    """Keywords as a code keeps them: each value split at `;`, `,` and new lines, blanks
    (non-breaking spaces included) trimmed and collapsed to one space, composed Unicode (a
    typed `café` and a pasted one are one keyword), empty ones dropped, and a repeat that
    differs only in case dropped too (the first spelling stays). Order is kept."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        for part in KEYWORD_SEPARATORS.split(value):
            keyword = " ".join(unicodedata.normalize("NFC", part).split())
            if keyword and keyword.casefold() not in seen:
                seen.add(keyword.casefold())
                out.append(keyword)
    return out


def walk(
    entries: Sequence[CodebookEntry], parents: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], CodebookEntry]]:
    """Every entry in pre-order with the names from the root down to it."""
    for entry in entries:
        names = (*parents, entry.name)
        yield names, entry
        yield from walk(entry.children, names)


def iter_paths(entries: Sequence[CodebookEntry]) -> Iterator[tuple[str, CodebookEntry]]:
    """Every entry in pre-order with its DuoCoder path (`A/B`, `/` in names escaped)."""
    for names, entry in walk(entries):
        yield join_path(names), entry


def count_entries(entries: Sequence[CodebookEntry]) -> int:
    return sum(1 for _ in walk(entries))


def find_child(entries: Sequence[CodebookEntry], name: str) -> CodebookEntry | None:
    return next((e for e in entries if e.name == name), None)


class TreeBuilder:
    """Assembles a tree of entries path by path, finding each path through a dict.

    Readers of flat lists place every code by its path; searching the siblings for each one
    made a flat list of 10,000 codes cost 50 million comparisons. A path finds the first
    entry that was placed there, exactly as `find_child` would along the way, so a second
    code with the same path is kept beside the first (for `merge_duplicate_siblings` or
    `absorb`) rather than replacing it."""

    def __init__(self) -> None:
        self.roots: list[CodebookEntry] = []
        self._at: dict[tuple[str, ...], CodebookEntry] = {}

    def find(self, names: Sequence[str]) -> CodebookEntry | None:
        return self._at.get(tuple(names))

    def add(self, parents: Sequence[str], entry: CodebookEntry) -> None:
        """Place `entry` last among the children of the entry at `parents` (which must
        exist; empty: at the top)."""
        level = self.roots if not parents else self._at[tuple(parents)].children
        level.append(entry)
        self._at.setdefault((*parents, entry.name), entry)

    def ensure(self, names: Sequence[str]) -> tuple[CodebookEntry, list[CodebookEntry]]:
        """Like `ensure_path`: the entry at `names`, creating missing ones; returns it and
        the created."""
        if not names:
            raise ValueError("a code path needs at least one name")
        created: list[CodebookEntry] = []
        for depth in range(1, len(names) + 1):
            if tuple(names[:depth]) not in self._at:
                entry = CodebookEntry(name=names[depth - 1])
                self.add(names[: depth - 1], entry)
                created.append(entry)
        return self._at[tuple(names)], created


def ensure_path(
    entries: list[CodebookEntry], names: Sequence[str]
) -> tuple[CodebookEntry, list[CodebookEntry]]:
    """Find the entry at `names`, creating missing ones on the way; returns it and the created.

    Created codes are codable, like every theme and category in the shipped codebook:
    researchers do code at theme level, and a folder that refuses codings surprises them."""
    created: list[CodebookEntry] = []
    level = entries
    entry: CodebookEntry | None = None
    for name in names:
        entry = find_child(level, name)
        if entry is None:
            entry = CodebookEntry(name=name)
            level.append(entry)
            created.append(entry)
        level = entry.children
    if entry is None:
        raise ValueError("a code path needs at least one name")
    return entry, created


def absorb(target: CodebookEntry, other: CodebookEntry, path: str, notes: list[str]) -> None:
    """Merge `other` into `target` (same path), noting every value that could not be kept."""
    if other.guid and target.guid is None:
        target.guid = other.guid
    elif other.guid and other.guid != target.guid:
        notes.append(f"The second id of '{path}', {other.guid}, was not kept.")
    if target.color is None:
        target.color = other.color
    elif other.color and other.color != target.color:
        notes.append(
            f"The two colours of '{path}' differed; {target.color} was kept, {other.color} was not."
        )
    if not target.description:
        target.description = other.description
    elif other.description and other.description != target.description:
        target.description = f"{target.description}\n\n{other.description}"
        notes.append(f"Both definitions of '{path}' were kept, one after the other.")
    target.codable = target.codable or other.codable
    folded = {k.casefold() for k in target.keywords}
    target.keywords += [k for k in other.keywords if k.casefold() not in folded]
    target.children.extend(other.children)


def merge_duplicate_siblings(
    entries: list[CodebookEntry], notes: list[str], parents: tuple[str, ...] = ()
) -> None:
    """Merge siblings with the same name, in place: a DuoCoder path names exactly one code."""
    seen: dict[str, CodebookEntry] = {}
    kept: list[CodebookEntry] = []
    for entry in entries:
        first = seen.get(entry.name)
        if first is None:
            seen[entry.name] = entry
            kept.append(entry)
            continue
        path = join_path((*parents, entry.name))
        notes.append(f"Two codes have the path '{path}'; they were merged into one.")
        absorb(first, entry, path, notes)
    entries[:] = kept
    for entry in kept:
        merge_duplicate_siblings(entry.children, notes, (*parents, entry.name))


def limit_problem(entries: Sequence[CodebookEntry]) -> str | None:
    """What makes a read codebook too big to import (see `duocoder.domain.limits`), as the
    end of the sentence "Could not read 'file': ...", or None when it is within limits.

    Readers check names and cells as they read; this catches what only the whole tree
    shows: how many codes and how deep, and definitions that grew by merging duplicates."""
    count = 0
    stack: list[tuple[int, tuple[str, ...], CodebookEntry]] = [
        (1, (), entry) for entry in reversed(entries)
    ]
    while stack:
        depth, parents, entry = stack.pop()
        count += 1
        if count > limits.CODEBOOK_CODES:
            return f"it holds more than {limits.CODEBOOK_CODES:,} codes, more than a codebook has"
        if depth > limits.CODE_DEPTH:
            return f"its codes are nested more than {limits.CODE_DEPTH} levels deep"
        name = " ".join(entry.name.split())
        if len(name) > limits.NAME:
            return _name_problem(join_path(parents), len(name))
        if len(entry.description) > limits.TEXT:
            path = join_path((*parents, name))
            return (
                f"the definition of the code '{path}' has {len(entry.description):,} "
                f"characters; a definition can be at most {limits.TEXT:,}"
            )
        if problem := _keywords_problem(join_path((*parents, name)), entry.keywords):
            return problem
        below = (*parents, name)
        stack.extend((depth + 1, below, child) for child in reversed(entry.children))
    return None


def _keywords_problem(path: str, keywords: Sequence[str]) -> str | None:
    if len(keywords) > limits.KEYWORDS:
        return (
            f"the code '{path}' has {len(keywords):,} keywords; "
            f"a code can have at most {limits.KEYWORDS:,}"
        )
    longest = max(map(len, keywords), default=0)
    if longest > limits.KEYWORD:
        return (
            f"a keyword of the code '{path}' has {longest:,} characters; "
            f"a keyword can be at most {limits.KEYWORD}"
        )
    return None


def _name_problem(parent_path: str, length: int) -> str:
    where = f" under '{parent_path}'" if parent_path else ""
    return f"a code name{where} has {length:,} characters; a code name can be at most {limits.NAME}"


FLAT_SEPARATORS = ("::", " > ")
"""Separators that flat exports use to spell a hierarchy inside one name (see `split_flat_name`)."""


def split_flat_name(
    name: str, known_names: Collection[str] = (), known_lengths: Collection[int] | None = None
) -> list[str]:
    """Split a flattened name such as `Emoties::Vreugde` into the names of its path.

    Honoured: `::` (ATLAS.ti habit) and ` > ` with its blanks (breadcrumb style; a bare `>`
    is left alone, it appears in names such as `>65 jaar`). A `.` is NOT a separator in
    general, because real names contain dots (`Dr. Peeters`, `1.2 Vertrouwen`, `e.g.`);
    a name is split at a dot only when the part before it is itself the full name of
    another code in `known_names` and no blank touches the dot, which is how tools that
    flatten with dots (`Uitkomsten.Sociaal`) reveal themselves. `/` is never split here: in
    DuoCoder paths it is the separator and names escape it, which `codepaths` handles.

    A caller that splits many names against the same `known_names` passes them as a set
    with `known_lengths` (the set of their lengths), so each call costs what one name does."""
    parts = [name]
    for separator in FLAT_SEPARATORS:
        parts = [piece for part in parts for piece in part.split(separator)]
    parts = [p.strip() for p in parts if p.strip()]
    if len(parts) > 1:
        return parts
    if not isinstance(known_names, set | frozenset):
        known_names = frozenset(known_names)
    if known_lengths is None:
        known_lengths = frozenset(map(len, known_names))
    return _split_dotted(name, known_names, known_lengths)


def _split_dotted(name: str, known: Collection[str], lengths: Collection[int]) -> list[str]:
    """Split at the last dot whose prefix is a known name, then the prefix likewise.

    A loop rather than recursion, jumping from dot to dot and looking up only prefixes as
    long as some known name, because a crafted codebook can make every prefix of a long
    dotted name known."""
    if not known:
        return [name]
    tail: list[str] = []
    i = name.rfind(".", 1, len(name) - 1)
    while i > 0:
        if (
            i in lengths
            and not name[i - 1].isspace()
            and not name[i + 1].isspace()
            and name[:i] in known
        ):
            tail.append(name[i + 1 :])
            name = name[:i]
        i = name.rfind(".", 1, min(i, len(name) - 1))
    return [name, *reversed(tail)]
