"""REFI-QDA codebook exchange (`.qdc`): lenient reading, strict writing.

Reading accepts what NVivo, ATLAS.ti, MAXQDA, QDA Miner and hand editing really produce:
any `urn:QDA-XML` namespace version (elements are matched on local names), a `CodeBook`
root or a `Project` whose `CodeBook` is taken, nested codes, GUIDs in braces or any case,
ids that are not GUIDs, colours in other notations, `isCodable` as true/false/1/0, empty
`<Sets/>`. Flattened hierarchies (`A::B`, `A > B`, and dots only in the narrow case that
`split_flat_name` describes) are split only when the file has no nested codes at all and
was not written by DuoCoder: a tool that nests never also flattens, and DuoCoder's own
files must round-trip names such as `Zorg::Welzijn` unchanged. Whatever cannot be kept
(sets, unknown elements and attributes, unusable ids and colours) is named in the notes.

Writing produces exactly what `Codebook.xsd` (version 1.0) demands: schema order, no empty
containers, lower-case GUIDs, `#RRGGBB` colours, UTF-8 with an XML declaration, indented
so that a researcher can read a diff of two codebook versions.

Keywords. REFI-QDA has no place for a code's auto-coding keywords, and `Codebook.xsd` gives
`CodeType` no extension point: no `xs:any`, no `xs:anyAttribute`, a closed sequence of
`Description?` and `Code*`, and exactly four attributes. An extra element or attribute, even
in a namespace of our own, makes the file invalid, and strict importers refuse it. So the
keywords travel as an XML processing instruction inside the `Code` element, after its
`Description`:

    <?duocoder-keywords ["vertrouwen", "rekenen op"]?>

The XML specification passes processing instructions to the application, and schema
validation does not look at them at all (XSD constrains elements, attributes and text
only), so the file stays valid; a tool that does not know the target `duocoder-keywords`
skips it, as the specification intends. The data is a JSON array of strings, because a
keyword may hold any character: `?>` (which would end the instruction) is written as
`?\\u003e`. When reading, `vertrouwen; veilig` (a hand-edited list) is understood too; a
file without the instruction simply has no keywords."""

from __future__ import annotations

import json
import re
import uuid
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence

from duocoder.domain import limits
from duocoder.domain.codebook import (
    CodebookEntry,
    CodebookRead,
    TreeBuilder,
    clean_keywords,
    merge_duplicate_siblings,
    normalize_color,
    normalize_guid,
    split_flat_name,
)
from duocoder.domain.codepaths import join_path
from duocoder.domain.errors import SourceError
from duocoder.io.safexml import (
    find_element,
    find_elements,
    get_attribute,
    is_named,
    iter_children,
    local_name,
    parse_xml,
    text_of,
)

CODEBOOK_NAMESPACE = "urn:QDA-XML:codebook:1.0"
KEYWORDS_TARGET = "duocoder-keywords"
"""The processing instruction that carries a code's keywords (see the module docstring)."""
NOT_A_CODEBOOK = "it is not a REFI-QDA codebook (.qdc)"
MAX_DEPTH = limits.CODE_DEPTH
"""Deeper nesting is not a codebook but an attack or a bug; refusing it bounds recursion."""

_KNOWN_CODE_ATTRIBUTES = {"guid", "name", "iscodable", "color"}
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}
_INVALID_XML_CHARS = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def read_qdc(name: str, data: bytes) -> CodebookRead:
    """Read the codebook in file `name`; SourceError when it is not a readable codebook."""
    root = parse_xml(name, data, processing_instructions=True)
    notes: list[str] = []
    if is_named(root, "CodeBook"):
        book = root
    elif is_named(root, "Project"):
        found = find_element(root, "CodeBook")
        if found is None:
            raise SourceError(name, "it is a REFI-QDA project without a codebook")
        book = found
        rest = sorted({local_name(c.tag) for c in iter_children(root)} - {"CodeBook"})
        if rest:
            notes.append(
                "This file is a REFI-QDA project; only its codebook was read, "
                f"not its {', '.join(rest)}."
            )
    else:
        raise SourceError(name, NOT_A_CODEBOOK)
    result = read_codebook_element(name, book, origin=get_attribute(root, "origin"))
    merge_duplicate_siblings(result.entries, result.notes)
    result.notes[:0] = notes
    return result


def read_codebook_element(name: str, book: ET.Element, origin: str | None = None) -> CodebookRead:
    """Read a `CodeBook` element (of a .qdc or inside a project.qde).

    Same-named siblings are left as they are, so a project reader can still map codings by
    GUID before merging them with `merge_duplicate_siblings`."""
    reader = _Reader(name)
    entries: list[CodebookEntry] = []
    for child in iter_children(book):
        if is_named(child, "Codes"):
            for code in iter_children(child):
                if is_named(code, "Code"):
                    entries.append(reader.code(code, (), 1))
                else:
                    reader.unknown_elements[local_name(code.tag)] += 1
        elif is_named(child, "Sets"):
            reader.sets(child)
        else:
            reader.unknown_elements[local_name(child.tag)] += 1
    if not entries:
        raise SourceError(name, "it contains no codes")
    from_duocoder = (origin or "").strip().lower().startswith("duocoder")
    if not reader.nested and not from_duocoder:
        entries = _unflatten(entries, reader.notes)
    return CodebookRead(entries=entries, notes=reader.render_notes(), origin=origin)


class _Reader:
    """Reads codes and collects problems, so that notes can be counted instead of repeated."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.notes: list[str] = []
        self.nested = False
        self.seen_guids: set[str] = set()
        self.missing_ids: list[tuple[str, str | None]] = []
        self.bad_ids: list[tuple[str, str | None]] = []
        self.duplicate_ids: list[tuple[str, str | None]] = []
        self.bad_colors: list[tuple[str, str | None]] = []
        self.bad_codable: list[tuple[str, str | None]] = []
        self.bad_keywords: list[tuple[str, str | None]] = []
        self.unnamed = 0
        self.unknown_elements: Counter[str] = Counter()
        self.unknown_attributes: Counter[str] = Counter()

    def code(self, element: ET.Element, parents: tuple[str, ...], depth: int) -> CodebookEntry:
        if depth > MAX_DEPTH:
            raise SourceError(self.name, f"its codes are nested more than {MAX_DEPTH} levels deep")
        name = (get_attribute(element, "name") or "").strip()
        if len(name) > limits.CODE_PATH:
            # before anything splits or copies it; the final names are checked on import
            raise SourceError(
                self.name,
                f"a code name in it has {len(name):,} characters; "
                f"a code name can be at most {limits.NAME}",
            )
        if not name:
            self.unnamed += 1
            name = "(unnamed code)"
        names = (*parents, name)
        path = join_path(names)
        entry = CodebookEntry(name=name, guid=self._guid(element, path))
        raw_color = get_attribute(element, "color")
        entry.color = normalize_color(raw_color)
        if raw_color and raw_color.strip() and entry.color is None:
            self.bad_colors.append((path, raw_color))
        raw_codable = (get_attribute(element, "isCodable") or "true").strip().lower()
        entry.codable = raw_codable not in _FALSE
        if raw_codable not in _TRUE | _FALSE:
            self.bad_codable.append((path, raw_codable))
        for key in element.attrib:
            if not key.startswith("{") and key.lower() not in _KNOWN_CODE_ATTRIBUTES:
                self.unknown_attributes[key] += 1
        descriptions: list[str] = []
        for child in element:
            tag: object = child.tag  # a function for comments and processing instructions
            if tag is ET.ProcessingInstruction:
                entry.keywords += self._keywords(child.text or "", path)
            elif not isinstance(tag, str):
                continue  # a comment
            elif is_named(child, "Description"):
                if text := text_of(child).strip():
                    if len(text) > limits.TEXT:
                        raise SourceError(
                            self.name,
                            f"the definition of the code '{path}' has {len(text):,} "
                            f"characters; a definition can be at most {limits.TEXT:,}",
                        )
                    descriptions.append(text)
            elif is_named(child, "Code"):
                self.nested = True
                entry.children.append(self.code(child, names, depth + 1))
            else:
                self.unknown_elements[local_name(child.tag)] += 1
        entry.description = "\n\n".join(descriptions)
        entry.keywords = clean_keywords(entry.keywords)
        return entry

    def _keywords(self, instruction: str, path: str) -> list[str]:
        """The keywords in a `<?duocoder-keywords …?>` (empty for other instructions)."""
        target, _, data = instruction.partition(" ")
        if target != KEYWORDS_TARGET or not data.strip():
            return []
        data = data.strip()
        if not data.startswith("["):
            return [data]  # `a; b` as a person would write it; split by clean_keywords
        try:
            value = json.loads(data)
        except ValueError:
            value = None
        if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
            self.bad_keywords.append((path, None))
            return []
        return value

    def _guid(self, element: ET.Element, path: str) -> str | None:
        raw = get_attribute(element, "guid")
        if raw is None or not raw.strip():
            self.missing_ids.append((path, None))
            return None
        guid = normalize_guid(raw)
        if guid is None:
            self.bad_ids.append((path, raw.strip()))
        elif guid in self.seen_guids:
            self.duplicate_ids.append((path, guid))
            return None
        else:
            self.seen_guids.add(guid)
        return guid

    def sets(self, element: ET.Element) -> None:
        for child in iter_children(element):
            if not is_named(child, "Set"):
                self.unknown_elements[local_name(child.tag)] += 1
                continue
            set_name = (get_attribute(child, "name") or "").strip() or "(unnamed)"
            members = len(find_elements(child, "MemberCode"))
            self.notes.append(
                f"The code set '{set_name}' ({members} code{'' if members == 1 else 's'}) "
                "was not kept: DuoCoder has no code sets yet."
            )

    def render_notes(self) -> list[str]:
        notes = list(self.notes)
        problems = [
            (self.missing_ids, "had no id", "get{s} a new one"),
            (self.bad_ids, "had an id that is not a GUID", "get{s} a new one"),
            (self.duplicate_ids, "repeated the id of an earlier code", "get{s} a new one"),
            (self.bad_colors, "had a colour that was not understood", "get{s} a default colour"),
            (self.bad_codable, "had an unclear isCodable value", "{was} made codable"),
            (self.bad_keywords, "had keywords that could not be read", "get{s} none"),
        ]
        for found, what, consequence in problems:
            if found:
                path, raw = found[0]
                notes.append(_counted(len(found), what, path, raw, consequence))
        if self.unnamed:
            notes.append(f"{self.unnamed} code(s) had no name and are called '(unnamed code)'.")
        for element, count in sorted(self.unknown_elements.items()):
            notes.append(f"{count} <{element}> element(s) of the codebook were not read.")
        for attribute, count in sorted(self.unknown_attributes.items()):
            notes.append(f"The attribute '{attribute}' of {count} code(s) was not kept.")
        return notes


def _counted(count: int, what: str, path: str, raw: str | None, consequence: str) -> str:
    """One sentence for `count` codes with the same problem, the first as an example."""
    if count == 1:
        shown = f" ('{raw}')" if raw is not None else ""
        return f"The code '{path}' {what}{shown}; it {consequence.format(s='s', was='was')}."
    shown = f": '{raw}'" if raw is not None else ""
    then = consequence.format(s="", was="were")
    return f"{count} codes {what} (for example '{path}'{shown}); they {then}."


def _unflatten(entries: list[CodebookEntry], notes: list[str]) -> list[CodebookEntry]:
    """Turn a flat list with names like `A::B` into a tree (see the module docstring).

    One pass in document order: a parent named before it is listed becomes a placeholder at
    the place of its first child, and is filled in when the real code comes along."""
    known = frozenset(entry.name for entry in entries)
    lengths = frozenset(map(len, known))
    tree = TreeBuilder()
    implied: dict[int, CodebookEntry] = {}
    split: list[tuple[str, list[str]]] = []
    for entry in entries:
        parts = split_flat_name(entry.name, known, lengths)
        parents = parts[:-1]
        if parents:
            split.append((entry.name, parts))
            _, created = tree.ensure(parents)
            implied.update((id(c), c) for c in created)
        existing = tree.find(parts)
        if existing is not None and id(existing) in implied:
            del implied[id(existing)]
            existing.guid, existing.color = entry.guid, entry.color
            existing.description, existing.codable = entry.description, entry.codable
            existing.keywords = entry.keywords
        else:
            entry.name = parts[-1]
            tree.add(parents, entry)
    if split:
        original, parts = split[0]
        notes.append(
            f"{len(split)} code name(s) spelled a hierarchy and were split into a code tree "
            f"(for example '{original}' became '{parts[-1]}' under '{join_path(parts[:-1])}')."
        )
    if implied:
        first = next(iter(implied.values()))
        notes.append(
            f"{len(implied)} parent code(s) that the file did not list were added to hold "
            f"that tree (for example '{first.name}')."
        )
    return tree.roots


def write_qdc(entries: Sequence[CodebookEntry], origin: str = "DuoCoder 0.1") -> bytes:
    """Serialise `entries` as a `.qdc` valid against Codebook.xsd.

    Raises ValueError for an empty codebook (the schema needs at least one code; callers
    guard), an empty name, an id that is not a GUID, a repeated GUID or an unreadable
    colour. Entries without a GUID get a fresh random one, as the schema requires one."""
    if not entries:
        raise ValueError("a codebook needs at least one code")
    root = ET.Element("CodeBook", {"xmlns": CODEBOOK_NAMESPACE, "origin": _clean(origin)})
    append_codes(root, entries)
    ET.indent(root, space="  ")
    body = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n").encode("utf-8")


def append_codes(parent: ET.Element, entries: Sequence[CodebookEntry]) -> ET.Element:
    """Append a `<Codes>` element (unqualified tags: it takes the parent's default namespace,
    so a project writer can reuse it inside `<Project>`)."""
    if not entries:
        raise ValueError("a codebook needs at least one code")
    codes = ET.SubElement(parent, "Codes")
    seen: set[str] = set()
    for entry in entries:
        _append_code(codes, entry, seen)
    return codes


def _append_code(parent: ET.Element, entry: CodebookEntry, seen: set[str]) -> None:
    name = _clean(entry.name).strip()
    if not name:
        raise ValueError("every code needs a name")
    guid = normalize_guid(entry.guid) if entry.guid else str(uuid.uuid4())
    if guid is None:
        raise ValueError(f"the id {entry.guid!r} of code {name!r} is not a GUID")
    if guid in seen:
        raise ValueError(f"the id {guid} is used by more than one code")
    seen.add(guid)
    attributes = {"guid": guid, "name": name, "isCodable": "true" if entry.codable else "false"}
    if entry.color:
        color = normalize_color(entry.color)
        if color is None:
            raise ValueError(f"the colour {entry.color!r} of code {name!r} is not understood")
        attributes["color"] = color
    element = ET.SubElement(parent, "Code", attributes)
    description = _clean(entry.description.replace("\r\n", "\n").replace("\r", "\n")).strip()
    if description:
        ET.SubElement(element, "Description").text = description
    if keywords := clean_keywords(_clean(k) for k in entry.keywords):
        text = json.dumps(keywords, ensure_ascii=False).replace("?>", "?\\u003e")
        element.append(ET.ProcessingInstruction(KEYWORDS_TARGET, text))
    for child in entry.children:
        _append_code(element, child, seen)


def _clean(text: str) -> str:
    """Drop characters XML 1.0 cannot carry (control characters, stray surrogates)."""
    return _INVALID_XML_CHARS.sub("", text)
