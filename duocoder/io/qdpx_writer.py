"""Writing a whole project as REFI-QDA 1.5 `.qdpx` (a zip of `project.qde` and `sources/`).

The archive holds `project.qde`, valid against `Project.xsd` (QDA-XML 1.0, namespace
`urn:QDA-XML:project:1.0`), and one UTF-8 plain-text file per document,
`sources/<GUID>.txt`, named in its `TextSource` as `plainTextPath="internal://<GUID>.txt"`
(no BOM, line breaks as LF: the document's canonical text exactly as DuoCoder codes it).
The XML is built with ElementTree, which escapes every name, memo and text; characters XML
1.0 cannot carry (control characters) are dropped from names and notes, never from the
source texts. Elements come in schema order and no container is written empty.

What goes where:

- Documents are `TextSource`s (GUID: the document's stable GUID, `name`: its name).
  Their role, organisation and duo are `VariableValue`s of the variables `role`,
  `organisation` and `duo` (Text), and every document attribute is a Text variable of its
  own name, so NVivo, ATLAS.ti and MAXQDA can filter by stakeholder on the documents.
- There is a `Case` per organisation and per duo, holding its documents as `SourceRef`s,
  with the `organisation` (and for a duo also `duo`) variable as its values.
- Codes are the codebook exactly as the `.qdc` export writes it (`duocoder.io.qdc`,
  keywords in the `<?duocoder-keywords …?>` processing instruction), with a `NoteRef` to the
  code's memo.
- Each coding is one `PlainTextSelection` holding one `Coding`: the `Coding` carries the
  coding's stable GUID, its `CodeRef`, its coder as `creatingUser` (a `User` with the
  coder's GUID) and its creation time; the selection's GUID is derived from the coding's,
  its `name` is the coded text, and the coding's memo is a `Note` the selection refers to
  (`NoteRef`), where NVivo and ATLAS.ti look for a selection's comment.
- Project, document and code memos are `Note`s (inline `PlainTextContent`), referred to
  from the project, the source and the code.
- Speaker turns are codes in a non-codable group "DuoCoder speaker turns" ("DuoCoder
  sprekersbeurten" in a Dutch project) with two codes, the interviewer's turns and the
  respondent's turns; every turn is a selection coded with one of them, named after its
  speaker label. A researcher can so look at only what respondents said. The group and its
  two codes have fixed GUIDs (`TURN_GROUP_GUID`, `INTERVIEWER_TURNS_GUID`,
  `RESPONDENT_TURNS_GUID`), so an import recognises them and does not take turns for codes.
  (REFI-QDA sets hold codes, sources and notes, not selections, so sets cannot say this.)

Positions. REFI-QDA counts a selection's `startPosition` and `endPosition` in characters,
that is Unicode code points, from 0, end exclusive. DuoCoder stores offsets in code points
into the same canonical text that goes into `sources/`, so the positions are written as
stored: an emoji such as 😊 (one code point, two UTF-16 units, four UTF-8 bytes) counts
one. (NVivo itself counts UTF-16 units when it writes; DuoCoder writes what the standard
says.)

GUIDs that are not stored (selections, notes, cases, variables, turn selections) are
derived with uuid5 from stored GUIDs and names, so exporting the same project twice writes
the same file apart from the time stamp."""

from __future__ import annotations

import hashlib
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from duocoder.domain.codebook import CodebookEntry
from duocoder.io.qdc import append_codes

PROJECT_NAMESPACE = "urn:QDA-XML:project:1.0"
PROJECT_ENTRY = "project.qde"
SOURCES_FOLDER = "sources"

NAMESPACE = uuid.UUID("6f1c5a52-5d0e-4c38-9a57-2f8a0c7d9b31")
"""DuoCoder's uuid5 namespace for the GUIDs an export derives."""
_NAMESPACE_BYTES = NAMESPACE.bytes
TURN_GROUP_GUID = str(uuid.uuid5(NAMESPACE, "speaker-turns"))
INTERVIEWER_TURNS_GUID = str(uuid.uuid5(NAMESPACE, "speaker-turns/interviewer"))
RESPONDENT_TURNS_GUID = str(uuid.uuid5(NAMESPACE, "speaker-turns/respondent"))
TURN_CODE_NAMES = {
    "en": ("DuoCoder speaker turns", "Interviewer turns", "Respondent turns"),
    "nl": ("DuoCoder sprekersbeurten", "Beurten interviewer", "Beurten respondent"),
}
TURN_CODE_DESCRIPTIONS = {
    "en": (
        "Written by DuoCoder: the speaker turns of each transcript, as DuoCoder found them. "
        "Not a code of the codebook.",
        "Every turn of the interviewer.",
        "Every turn of the person interviewed.",
    ),
    "nl": (
        "Geschreven door DuoCoder: de sprekersbeurten van elk transcript, zoals DuoCoder "
        "ze vond. Geen code van het codeboek.",
        "Elke beurt van de interviewer.",
        "Elke beurt van de geïnterviewde.",
    ),
}

_NOT_IN_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

Progress = Callable[[int, int, str], None]


def derived_guid(*parts: str) -> str:
    """A GUID that is the same every time for the same parts: `uuid.uuid5(NAMESPACE, …)`,
    computed without building UUID objects (an export derives some 150,000 of them)."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + "\x1f".join(parts).encode()).digest())
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest[:16].hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def selection_guid(coding_guid: str) -> str:
    """The GUID of the `PlainTextSelection` that holds the coding with this GUID."""
    return derived_guid("selection", coding_guid)


@dataclass(frozen=True, slots=True)
class QdpxUser:
    guid: str
    name: str


@dataclass(frozen=True, slots=True)
class QdpxNote:
    guid: str
    name: str
    text: str
    user: str | None = None  # a User's GUID
    created: datetime | None = None


@dataclass(frozen=True, slots=True)
class QdpxSelection:
    """One coding (or one speaker turn) on a source: code-point positions, end exclusive."""

    guid: str  # the selection's
    coding_guid: str
    start: int
    end: int
    code_guid: str
    name: str = ""  # empty: the selected text
    user: str | None = None
    created: datetime | None = None
    note: str | None = None  # a Note's GUID


@dataclass(frozen=True, slots=True)
class QdpxVariable:
    guid: str
    name: str
    description: str = ""


@dataclass(slots=True)
class QdpxSource:
    guid: str
    name: str
    text: Callable[[], str]
    """The document's text, asked for when its file is written (one at a time)."""
    selections: Sequence[QdpxSelection] = ()
    description: str = ""
    created: datetime | None = None
    notes: Sequence[str] = ()  # Note GUIDs
    values: Sequence[tuple[str, str]] = ()  # (Variable GUID, text value)


@dataclass(slots=True)
class QdpxCase:
    guid: str
    name: str
    description: str = ""
    values: Sequence[tuple[str, str]] = ()
    sources: Sequence[str] = ()  # Source GUIDs


@dataclass(slots=True)
class QdpxProject:
    name: str
    origin: str
    codes: Sequence[CodebookEntry] = ()
    code_notes: dict[str, list[str]] = field(default_factory=dict)  # code GUID → Note GUIDs
    users: Sequence[QdpxUser] = ()
    variables: Sequence[QdpxVariable] = ()
    cases: Sequence[QdpxCase] = ()
    sources: Sequence[QdpxSource] = ()
    notes: Sequence[QdpxNote] = ()
    project_notes: Sequence[str] = ()  # Note GUIDs
    description: str = ""
    created: datetime | None = None


@dataclass(frozen=True, slots=True)
class QdpxWritten:
    sources: int
    selections: int
    codes: int
    notes: int
    cases: int


def write_qdpx(
    target: Path | BinaryIO, project: QdpxProject, progress: Progress | None = None
) -> QdpxWritten:
    """Write `project` as a .qdpx archive to `target` (a path or a binary file). The
    caller writes to a temporary file and renames it (see `duocoder.io.atomic`)."""
    total = len(project.sources)
    root = ET.Element("Project", _project_attributes(project))
    selections = 0
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        _users(root, project.users)
        codes = _codebook(root, project)
        _variables(root, project.variables)
        _cases(root, project.cases)
        sources_element = ET.SubElement(root, "Sources") if project.sources else None
        for done, source in enumerate(project.sources):
            if progress is not None:
                progress(done, total, source.name)
            text = source.text()
            zf.writestr(_source_entry(source.guid), text.encode("utf-8"))
            assert sources_element is not None
            selections += _source(sources_element, source, text)
        _notes(root, project.notes)
        if project.description.strip():
            ET.SubElement(root, "Description").text = _clean(project.description)
        for guid in project.project_notes:
            ET.SubElement(root, "NoteRef", {"targetGUID": guid})
        with zf.open(PROJECT_ENTRY, "w", force_zip64=True) as out:
            out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')  # as the standard's examples
            ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=False)
    if progress is not None:
        progress(total, total, "")
    return QdpxWritten(total, selections, codes, len(project.notes), len(project.cases))


def _source_entry(guid: str) -> str:
    return f"{SOURCES_FOLDER}/{guid}.txt"


def _clean(text: str) -> str:
    """Text as XML 1.0 can carry it: control characters dropped, line breaks as LF."""
    return _NOT_IN_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def _time(value: datetime | None) -> str | None:
    """xsd:dateTime in UTC (DuoCoder stores UTC times without a zone)."""
    if value is None:
        return None
    return value.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def _attributes(**values: str | None) -> dict[str, str]:
    return {k: v for k, v in values.items() if v is not None}


def _project_attributes(project: QdpxProject) -> dict[str, str]:
    return _attributes(
        xmlns=PROJECT_NAMESPACE,
        name=_clean(project.name),
        origin=_clean(project.origin),
        creationDateTime=_time(project.created),
    )


def _users(root: ET.Element, users: Sequence[QdpxUser]) -> None:
    if not users:
        return
    element = ET.SubElement(root, "Users")
    for user in users:
        ET.SubElement(element, "User", {"guid": user.guid, "name": _clean(user.name)})


def _codebook(root: ET.Element, project: QdpxProject) -> int:
    """The codebook as the .qdc export writes it, with NoteRefs to code memos; the number
    of codes written."""
    if not project.codes:
        return 0
    book = ET.SubElement(root, "CodeBook")
    codes = append_codes(book, project.codes)
    count = 0
    for code in codes.iter("Code"):
        count += 1
        refs = project.code_notes.get(code.get("guid", ""))
        if not refs:
            continue
        # Project.xsd: Description?, NoteRef*, Code* (the keywords instruction may go anywhere)
        index = next((i for i, child in enumerate(code) if child.tag == "Code"), len(code))
        for offset, guid in enumerate(refs):
            code.insert(index + offset, ET.Element("NoteRef", {"targetGUID": guid}))
    return count


def _variables(root: ET.Element, variables: Sequence[QdpxVariable]) -> None:
    if not variables:
        return
    element = ET.SubElement(root, "Variables")
    for variable in variables:
        v = ET.SubElement(
            element,
            "Variable",
            {"guid": variable.guid, "name": _clean(variable.name), "typeOfVariable": "Text"},
        )
        if variable.description:
            ET.SubElement(v, "Description").text = _clean(variable.description)


def _values(parent: ET.Element, values: Iterable[tuple[str, str]]) -> None:
    for guid, value in values:
        v = ET.SubElement(parent, "VariableValue")
        ET.SubElement(v, "VariableRef", {"targetGUID": guid})
        ET.SubElement(v, "TextValue").text = _clean(value)


def _cases(root: ET.Element, cases: Sequence[QdpxCase]) -> None:
    if not cases:
        return
    element = ET.SubElement(root, "Cases")
    for case in cases:
        c = ET.SubElement(element, "Case", {"guid": case.guid, "name": _clean(case.name)})
        if case.description:
            ET.SubElement(c, "Description").text = _clean(case.description)
        _values(c, case.values)
        for guid in case.sources:
            ET.SubElement(c, "SourceRef", {"targetGUID": guid})


def _source(parent: ET.Element, source: QdpxSource, text: str) -> int:
    element = ET.SubElement(
        parent,
        "TextSource",
        _attributes(
            guid=source.guid,
            name=_clean(source.name),
            plainTextPath=f"internal://{source.guid}.txt",
            creationDateTime=_time(source.created),
        ),
    )
    if source.description:
        ET.SubElement(element, "Description").text = _clean(source.description)
    sub = ET.SubElement
    for selection in source.selections:
        # attributes in the order a reader expects them; written directly (this loop runs
        # once per coding and per speaker turn: 85,000 times for a large project)
        attributes = {
            "guid": selection.guid,
            "name": _clean(selection.name or text[selection.start : selection.end]),
            "startPosition": str(selection.start),
            "endPosition": str(selection.end),
        }
        by = {}
        if selection.user is not None:
            by["creatingUser"] = selection.user
        if selection.created is not None:
            by["creationDateTime"] = _time(selection.created) or ""
        s = sub(element, "PlainTextSelection", attributes | by if by else attributes)
        coding = sub(s, "Coding", {"guid": selection.coding_guid, **by})
        sub(coding, "CodeRef", {"targetGUID": selection.code_guid})
        if selection.note is not None:
            ET.SubElement(s, "NoteRef", {"targetGUID": selection.note})
    for guid in source.notes:
        ET.SubElement(element, "NoteRef", {"targetGUID": guid})
    _values(element, source.values)
    return len(source.selections)


def _notes(root: ET.Element, notes: Sequence[QdpxNote]) -> None:
    if not notes:
        return
    element = ET.SubElement(root, "Notes")
    for note in notes:
        n = ET.SubElement(
            element,
            "Note",
            _attributes(
                guid=note.guid,
                name=_clean(note.name),
                creatingUser=note.user,
                creationDateTime=_time(note.created),
            ),
        )
        ET.SubElement(n, "PlainTextContent").text = _clean(note.text)
