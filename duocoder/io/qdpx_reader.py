"""REFI-QDA projects (`.qdpx`): guarded, lenient reading.

A .qdpx is a zip archive from someone else, so it is read in memory through
`duocoder.io.safezip` (sizes, packing ratio, names that climb out, encryption) plus the
checks a project needs on top: no symbolic links, no two parts with the same name (in any
letter case: `Sources/a.txt` and `sources/A.txt` would make "which text?" a guess), and a
project XML that `duocoder.io.safexml` accepts (no DTD, no entities). Nothing is extracted to
disk. Any of these refuses the whole file with one sentence naming the part and the problem.

What real tools write differs from the standard (see `../shared/refi-qda/NOTES.md`), and
the reader accepts it: any single `*.qde` (ATLAS.ti names it after the project), `Sources/`
in any case (NVivo for Windows), an empty `sources/.root` (NVivo for Mac), sources whose ids
are not GUIDs (qc-style tools), any `urn:QDA-XML` namespace, flat `A::B` code names (split
into a tree by the codebook reader), texts with a BOM and CR LF line breaks. Each text
source's positions are checked against its text to decide the unit its tool counted
(`duocoder.io.qdpx_positions`), and every selection is mapped onto the canonical text.
Whatever is not kept (sets, links, graphs, non-text sources and their codings, missing texts,
selections that fall outside their text) is named in `notes`.
"""

from __future__ import annotations

import stat
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import unquote

from duocoder.domain.codebook import (
    CodebookRead,
    merge_duplicate_siblings,
    normalize_guid,
    walk,
)
from duocoder.domain.errors import SourceError
from duocoder.io.document_limits import MAX_CHARS, MAX_TEXT_FILE_BYTES, check_text
from duocoder.io.qdc import read_codebook_element
from duocoder.io.qdpx_positions import CanonicalText, RawSelection, Unit, decide_unit
from duocoder.io.qdpx_writer import (
    INTERVIEWER_TURNS_GUID,
    RESPONDENT_TURNS_GUID,
    TURN_GROUP_GUID,
)
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
from duocoder.io.safezip import open_zip, read_member

KIND = "a REFI-QDA project (.qdpx)"
TURN_GUIDS = frozenset((TURN_GROUP_GUID, INTERVIEWER_TURNS_GUID, RESPONDENT_TURNS_GUID))
"""The fixed GUIDs of the speaker-turn codes DuoCoder's export writes:
a project coming back finds its turns itself, so these are no codes of the codebook."""
MAX_PROJECT_XML = 100 * 1024 * 1024
_OTHER_SOURCES = {
    "pdfsource": ("PDF", "PDFSelection"),
    "picturesource": ("picture", "PictureSelection"),
    "audiosource": ("audio", "AudioSelection"),
    "videosource": ("video", "VideoSelection"),
}
_NOT_KEPT = {"links": "link", "sets": "set", "graphs": "graph"}


@dataclass(slots=True)
class CodingRead:
    """One coding of a selection: the code's names (see `QdpxRead.code_paths`), its coder (the
    User's name, or None) and its memo (notes and the selection's description)."""

    code: tuple[str, ...]
    coder: str | None
    memo: str | None
    guid: str | None = None


@dataclass(slots=True)
class SelectionRead:
    start: int
    end: int
    guid: str | None
    codings: list[CodingRead] = field(default_factory=list)


@dataclass(slots=True)
class SourceRead:
    """A text source that was read; its `text` is canonical and its selections' spans index it."""

    name: str
    guid: str | None
    text: str
    format: str
    selections: list[SelectionRead] = field(default_factory=list)
    memo: str | None = None
    variables: dict[str, str] = field(default_factory=dict)
    unit: str = ""
    decision: str = ""


@dataclass(slots=True)
class CaseRead:
    name: str
    variables: dict[str, str]
    sources: list[str]
    """Keys (raw ids) of the sources the case holds."""


@dataclass(slots=True)
class QdpxRead:
    name: str
    origin: str | None
    codebook: CodebookRead | None
    code_paths: dict[str, tuple[str, ...]]
    """The file's code ids (as written, folded) -> the names down to that code in
    `codebook` (its entries' own names, before the project cleans them)."""
    code_memos: dict[tuple[str, ...], str]
    """A code's names (as in `code_paths`) -> its memo (from the notes it refers to)."""
    sources: list[SourceRead]
    source_keys: dict[str, int]
    """A source's id as written (folded) -> its index in `sources`."""
    cases: list[CaseRead]
    project_memo: str | None
    notes: list[str]


def read_qdpx(name: str, data: bytes) -> QdpxRead:
    """Read the .qdpx `name` (its bytes); SourceError refuses it in one sentence."""
    with open_zip(name, data, KIND) as archive:
        members = _check_members(name, archive)
        qde = _project_member(name, members)
        xml = read_member(name, archive, qde, KIND)
        try:
            root = parse_xml(qde, xml, max_bytes=MAX_PROJECT_XML, processing_instructions=True)
        except SourceError as exc:
            raise SourceError(name, _of_part(qde, exc.problem)) from exc
        if not is_named(root, "Project"):
            raise SourceError(name, f"its {qde} is not a REFI-QDA project")
        folder = str(PurePosixPath(qde.replace("\\", "/")).parent)
        reader = _Reader(name, archive, members, root)
        reader.folder = "" if folder == "." else folder + "/"
        return reader.read()


def _of_part(member: str, problem: str) -> str:
    """`it is not well-formed XML` about a part -> `its part 'x' is not well-formed XML`."""
    if problem.startswith("it "):
        return f"its part '{member}' {problem[3:]}"
    return f"its part '{member}': {problem}"


def _check_members(name: str, archive: zipfile.ZipFile) -> dict[str, str]:
    """Folded name -> name of every part; links and repeated names refuse the file."""
    members: dict[str, str] = {}
    for info in archive.infolist():
        mode = info.external_attr >> 16
        if stat.S_ISLNK(mode):
            raise SourceError(
                name, f"its part '{info.filename}' is a symbolic link, which is refused for safety"
            )
        if info.is_dir():
            continue
        key = info.filename.replace("\\", "/").casefold()
        if key in members:
            raise SourceError(
                name,
                f"it holds the part '{info.filename}' twice, so which one is meant is unclear",
            )
        members[key] = info.filename
    return members


def _project_member(name: str, members: dict[str, str]) -> str:
    """`project.qde`, else the one `*.qde` (ATLAS.ti names it after the project)."""
    if "project.qde" in members:
        return members["project.qde"]
    found = [m for k, m in members.items() if k.endswith(".qde") and "/" not in k]
    if not found:
        found = [m for k, m in members.items() if k.endswith(".qde")]
    if len(found) == 1:
        return found[0]
    if not found:
        raise SourceError(name, "it holds no project.qde, so it is not a REFI-QDA project")
    raise SourceError(
        name, f"it holds {len(found)} .qde files, so which project is meant is unclear"
    )


def _fold_id(raw: str | None) -> str:
    if raw is None:
        return ""
    guid = normalize_guid(raw)
    return guid if guid is not None else raw.strip().casefold()


class _Reader:
    def __init__(
        self, name: str, archive: zipfile.ZipFile, members: dict[str, str], root: ET.Element
    ) -> None:
        self.name = name
        self.archive = archive
        self.members = members
        self.root = root
        self.folder = ""
        """Where the .qde lies in the archive (a zipped folder puts it one level down)."""
        self.origin = get_attribute(root, "origin")
        self.notes: list[str] = []
        self.users: dict[str, str] = {}
        self.note_texts: dict[str, str] = {}
        self.used_notes: set[str] = set()
        self.code_guids: dict[str, str] = {}
        self.code_paths: dict[str, tuple[str, ...]] = {}
        self.code_memos: dict[tuple[str, ...], str] = {}
        self._memo_by_guid: dict[str, str] = {}
        self.variable_names: dict[str, str] = {}
        self.turn_parents: list[ET.Element] = []
        self.turn_codings = 0
        self.lost_codings: Counter[str] = Counter()
        self.unknown_codes: Counter[str] = Counter()

    def read(self) -> QdpxRead:
        root = self.root
        for users in find_elements(root, "Users"):
            for user in find_elements(users, "User"):
                key = _fold_id(get_attribute(user, "guid"))
                who = (get_attribute(user, "name") or get_attribute(user, "id") or "").strip()
                if key and who:
                    self.users[key] = who
        for notes in find_elements(root, "Notes"):
            for note in find_elements(notes, "Note"):
                self._note(note)
        codebook = self._codebook(find_element(root, "CodeBook"))
        sources: list[SourceRead] = []
        keys: dict[str, int] = {}
        missing: list[str] = []
        for group in find_elements(root, "Sources"):
            for element in iter_children(group):
                kind = local_name(element.tag).casefold()
                source_name = (get_attribute(element, "name") or "").strip() or "(unnamed source)"
                if kind == "textsource":
                    read = self._text_source(element, source_name, missing)
                    if read is not None:
                        keys[_fold_id(get_attribute(element, "guid"))] = len(sources)
                        sources.append(read)
                elif kind in _OTHER_SOURCES:
                    self._other_source(element, source_name, kind)
                else:
                    self.notes.append(f"The <{local_name(element.tag)}> source was not read.")
        if missing:
            self.notes.append(
                f"The text of {len(missing)} document(s) is not in the file, so they and their "
                f"codings were not imported: {', '.join(repr(m) for m in missing)}."
            )
        if self.lost_codings:
            self.notes.append(
                "Codings that were not imported: "
                + ", ".join(f"{n} {why}" for why, n in self.lost_codings.items())
                + "."
            )
        if self.unknown_codes:
            first = next(iter(self.unknown_codes))
            total = sum(self.unknown_codes.values())
            self.notes.append(
                f"{total} coding(s) name a code that is not in the codebook (for example "
                f"'{first}') and were not imported."
            )
        if self.turn_codings:
            self.notes.append(
                f"{self.turn_codings} speaker turn(s) that DuoCoder wrote as codings were not "
                "imported as codings: DuoCoder finds the turns of each document itself."
            )
        cases = self._cases()
        for child in iter_children(root):
            tag = local_name(child.tag).casefold()
            if tag in _NOT_KEPT:
                count = len(list(iter_children(child)))
                if count:
                    self.notes.append(
                        f"{count} {_NOT_KEPT[tag]}(s) of the project were not kept: DuoCoder "
                        f"has no {_NOT_KEPT[tag]}s."
                    )
        project_memo = self._memo_of(root)
        unused = [k for k in self.note_texts if k not in self.used_notes]
        if unused:
            self.notes.append(
                f"{len(unused)} note(s) attached to nothing DuoCoder keeps were not imported."
            )
        return QdpxRead(
            name=(get_attribute(root, "name") or "").strip(),
            origin=self.origin,
            codebook=codebook,
            code_paths=self.code_paths,
            code_memos=self.code_memos,
            sources=sources,
            source_keys=keys,
            cases=cases,
            project_memo=project_memo,
            notes=self.notes,
        )

    # -- notes -----------------------------------------------------------------------------
    def _note(self, note: ET.Element) -> None:
        key = _fold_id(get_attribute(note, "guid"))
        content = find_element(note, "PlainTextContent")
        text = text_of(content).strip() if content is not None else ""
        if key and text:
            self.note_texts[key] = text[:MAX_CHARS]

    def _memo_of(self, element: ET.Element, *, description: bool = True) -> str | None:
        """The element's Description and the notes its NoteRefs name, as one memo."""
        parts: list[str] = []
        found = find_element(element, "Description") if description else None
        if found is not None and (text := text_of(found).strip()):
            parts.append(text)
        for ref in find_elements(element, "NoteRef"):
            key = _fold_id(get_attribute(ref, "targetGUID"))
            if key in self.note_texts:
                self.used_notes.add(key)
                parts.append(self.note_texts[key])
        return "\n\n".join(parts) or None

    # -- codebook --------------------------------------------------------------------------
    def _codebook(self, book: ET.Element | None) -> CodebookRead | None:
        if book is None:
            return None
        seen: set[str] = set()
        replaced: list[str] = []
        stack = deque(iter_children(book))  # in file order, so notes name the first
        while stack:
            element = stack.popleft()
            if is_named(element, "Codes"):
                stack.extend(iter_children(element))
                continue
            if not is_named(element, "Code"):
                continue
            raw = get_attribute(element, "guid")
            guid = normalize_guid(raw)
            if guid in TURN_GUIDS:
                self.turn_parents.append(element)
                continue
            stack.extend(c for c in iter_children(element) if is_named(c, "Code"))
            if guid is None or guid in seen:
                # a code id that is not a GUID (qc-style `c001`) still names the code in the
                # codings: give the code a GUID and remember which id it stands for
                guid = str(uuid.uuid4())
                if raw:
                    replaced.append(raw.strip())
            seen.add(guid)
            for key in [k for k in element.attrib if local_name(k).casefold() == "guid"]:
                del element.attrib[key]
            element.set("guid", guid)
            if raw and _fold_id(raw) not in self.code_guids:
                self.code_guids[_fold_id(raw)] = guid
            if memo := self._memo_of(element, description=False):
                self._memo_by_guid[guid] = memo
            for ref in find_elements(element, "NoteRef"):
                element.remove(ref)
        for group in find_elements(book, "Codes"):
            for element in self.turn_parents:
                if element in list(group):
                    group.remove(element)
        try:
            read = read_codebook_element(self.name, book, origin=self.origin)
        except SourceError as exc:
            if exc.problem == "it contains no codes":
                return None
            raise
        by_guid = {entry.guid: names for names, entry in walk(read.entries) if entry.guid}
        for key, guid in self.code_guids.items():
            if guid in by_guid:
                self.code_paths[key] = by_guid[guid]
        for guid, memo in self._memo_by_guid.items():
            if guid in by_guid:
                self.code_memos[by_guid[guid]] = memo
        merge_duplicate_siblings(read.entries, read.notes)
        if replaced:
            read.notes.append(
                f"{len(replaced)} code(s) had an id that is not a GUID or repeated one (for "
                f"example '{replaced[0]}'); they get new ones, and their codings were matched "
                "by the ids in the file."
            )
        return read

    # -- sources ---------------------------------------------------------------------------
    def _text_source(
        self, element: ET.Element, source_name: str, missing: list[str]
    ) -> SourceRead | None:
        guid = normalize_guid(get_attribute(element, "guid"))
        selections = find_elements(element, "PlainTextSelection")
        codings = sum(len(find_elements(s, "Coding")) for s in selections)
        codings += len(find_elements(element, "Coding"))
        raw: str | None = None
        fmt = "txt"
        path = get_attribute(element, "plainTextPath")
        rich = get_attribute(element, "richTextPath")
        content = find_element(element, "PlainTextContent")
        if path:
            data = self._internal(path)
            if data is not None:
                raw = self._decode(data, source_name)
        if raw is None and content is not None:
            raw = text_of(content)
        if raw is None and rich and not path:
            data = self._internal(rich)
            if data is not None and rich.casefold().endswith(".docx"):
                from duocoder.io.docx_reader import read_docx

                try:
                    raw = read_docx(source_name + ".docx", data).text
                    fmt = "docx"
                    self.notes.append(
                        f"'{source_name}' had only a Word text; its codings were placed on the "
                        "text DuoCoder reads from it, check them."
                    )
                except SourceError as exc:
                    self.notes.append(f"The Word text of '{source_name}' was not read: {exc}")
        if raw is None:
            missing.append(source_name)
            if codings:
                self.lost_codings["of documents whose text is missing"] += codings
            return None
        try:
            text = CanonicalText(raw)
        except ValueError:
            self.notes.append(f"The text of '{source_name}' could not be read as text.")
            return None
        check_text(self.name, text.text, 0)
        if not text.text.strip():
            missing.append(source_name)
            return None
        read = SourceRead(
            name=source_name,
            guid=guid,
            text=text.text,
            format=fmt,
            memo=self._memo_of(element),
            variables=self._variables(element),
        )
        raw_selections = [
            RawSelection(
                _integer(get_attribute(s, "startPosition")),
                _integer(get_attribute(s, "endPosition")),
                "" if self._turn_only(s) else get_attribute(s, "name") or "",
            )
            for s in selections
        ]
        preferred = Unit.UTF16 if "nvivo" in (self.origin or "").casefold() else Unit.CODE_POINTS
        decision = decide_unit(text, raw_selections, preferred)
        read.unit, read.decision = decision.unit.value, decision.sentence
        outside = 0
        for element_sel, span in zip(selections, decision.spans, strict=True):
            sel_codings = find_elements(element_sel, "Coding")
            if span is None:
                outside += 1
                self.lost_codings["whose selection falls outside its text"] += len(sel_codings)
                continue
            memo = self._memo_of(element_sel)
            selection = SelectionRead(
                span[0], span[1], normalize_guid(get_attribute(element_sel, "guid"))
            )
            default_user = get_attribute(element_sel, "creatingUser")
            for coding in sel_codings:
                made = self._coding(coding, default_user, memo)
                if made is not None:
                    selection.codings.append(made)
            read.selections.append(selection)
        whole = find_elements(element, "Coding")
        if whole:
            selection = SelectionRead(0, len(text.text), None)
            for coding in whole:
                made = self._coding(coding, get_attribute(element, "creatingUser"), None)
                if made is not None:
                    selection.codings.append(made)
            read.selections.append(selection)
        if outside:
            self.notes.append(
                f"{outside} selection(s) of '{source_name}' do not fall on its text in any "
                "unit and were not imported."
            )
        return read

    @staticmethod
    def _turn_only(selection: ET.Element) -> bool:
        """A speaker turn of DuoCoder's export is named after its speaker, not its words,
        so its name is no evidence of the position unit (its boundaries still are)."""
        refs = [find_element(c, "CodeRef") for c in find_elements(selection, "Coding")]
        keys = [_fold_id(get_attribute(r, "targetGUID")) if r is not None else None for r in refs]
        return bool(keys) and all(k in TURN_GUIDS for k in keys)

    def _coding(
        self, coding: ET.Element, default_user: str | None, memo: str | None
    ) -> CodingRead | None:
        ref = find_element(coding, "CodeRef")
        target = get_attribute(ref, "targetGUID") if ref is not None else None
        key = _fold_id(target)
        if key in TURN_GUIDS:
            self.turn_codings += 1
            return None
        if key not in self.code_paths:
            self.unknown_codes[(target or "").strip() or "(none)"] += 1
            return None
        user = get_attribute(coding, "creatingUser") or default_user
        coder = self.users.get(_fold_id(user)) if user else None
        own = self._memo_of(coding, description=False)
        both = "\n\n".join(m for m in (memo, own) if m) or None
        return CodingRead(
            self.code_paths[key], coder, both, normalize_guid(get_attribute(coding, "guid"))
        )

    def _other_source(self, element: ET.Element, source_name: str, kind: str) -> None:
        what, selection_tag = _OTHER_SOURCES[kind]
        codings = len(find_elements(element, "Coding"))
        for selection in find_elements(element, selection_tag):
            codings += len(find_elements(selection, "Coding"))
        self.notes.append(
            f"The {what} source '{source_name}' was not imported (DuoCoder codes text only); "
            f"{codings} coding(s) on it were left out."
        )

    def _internal(self, path: str) -> bytes | None:
        """The bytes of `internal://x.txt` from the archive's sources folder (any case), or
        None when the path points outside the archive or the part is missing."""
        text = path.strip()
        if not text.casefold().startswith("internal://"):
            return None
        inner = unquote(text[len("internal://") :]).replace("\\", "/").lstrip("/")
        base = PurePosixPath(inner).name
        for candidate in (
            f"{self.folder}sources/{inner}",
            f"{self.folder}{inner}",
            f"{self.folder}sources/{base}",
            f"sources/{inner}",
        ):
            member = self.members.get(candidate.casefold())
            if member is not None:
                if self.archive.getinfo(member).file_size > MAX_TEXT_FILE_BYTES:
                    raise SourceError(
                        self.name, _of_part(member, "it is too large for a transcript")
                    )
                return read_member(self.name, self.archive, member, KIND)
        return None

    def _decode(self, data: bytes, source_name: str) -> str:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            self.notes.append(
                f"The text of '{source_name}' is not UTF-8; it was read as Windows-1252."
            )
            return data.decode("cp1252", errors="replace")

    def _variables(self, element: ET.Element) -> dict[str, str]:
        names = self.variable_names
        if not names:
            for group in find_elements(self.root, "Variables"):
                for variable in find_elements(group, "Variable"):
                    guid = _fold_id(get_attribute(variable, "guid"))
                    names[guid] = (get_attribute(variable, "name") or "").strip()
        values: dict[str, str] = {}
        for value in find_elements(element, "VariableValue"):
            found = find_element(value, "VariableRef")
            target = _fold_id(get_attribute(found, "targetGUID") if found is not None else None)
            label = names.get(target)
            if not label:
                continue
            for child in iter_children(value):
                if not is_named(child, "VariableRef"):
                    values[label] = text_of(child).strip()
        return values

    def _cases(self) -> list[CaseRead]:
        cases: list[CaseRead] = []
        for group in find_elements(self.root, "Cases"):
            for case in find_elements(group, "Case"):
                name = (get_attribute(case, "name") or "").strip()
                refs = [
                    _fold_id(get_attribute(r, "targetGUID"))
                    for r in find_elements(case, "SourceRef")
                ]
                if name:
                    cases.append(CaseRead(name, self._variables(case), refs))
        return cases


def _integer(value: str | None) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return -1
