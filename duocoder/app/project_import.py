"""Importing a REFI-QDA project (`.qdpx`) from NVivo, ATLAS.ti, MAXQDA, QualCoder or DuoCoder.

The file is read and checked completely before anything is written
(`duocoder.io.qdpx_reader`): a refused file leaves the project as it was. Then it is merged
as a colleague's project is, in one undo step:

- codes by GUID, then by path (`duocoder.app.codebook`: ATLAS.ti issues new GUIDs on every
  export), new ones added;
- documents by content: a text already in the project is not added again, its codings go
  onto the document that has it; a document whose name is taken by a different text is
  imported beside it under a numbered name, and the report says so;
- codings keep their coder (the file's User) and their memo (its notes and the selection's
  description); one that is already there (same document, span, code and coder) is skipped;
- memos of the project, of documents and of codes are added to the project's own.

Roles: a `role` variable (DuoCoder's own export, or one a researcher made in another tool)
sets a document's role; without it a document is 'other', and the report says so. A
document's organisation (its case) and duo are its `organisation` and `duo` variables, as
DuoCoder's export writes them (`duocoder.io.qdpx_writer`); without them they come from the
cases that hold the document: a case with a `duo` variable (or a name starting with "Duo")
is its duo, another case its organisation. The document's other text variables become its
attributes (DuoCoder exports each attribute as a variable of its own name).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from duocoder.app.codebook import CodebookImportReport
from duocoder.app.importing import Progress
from duocoder.app.matching import (
    CodeNode,
    CodingKey,
    ProjectCodes,
    coding_keys,
    documents_by_hash,
    merge_entry,
)
from duocoder.app.queries import codings as coding_q
from duocoder.app.service import Service
from duocoder.domain import limits
from duocoder.domain.codebook import CodebookEntry, limit_problem
from duocoder.domain.errors import DuoCoderError, ProjectFileError, SourceError, ValidationError
from duocoder.domain.roles import Role
from duocoder.domain.sources import SourceText
from duocoder.domain.text import text_hash
from duocoder.storage import guids
from duocoder.storage.models import Code, Coding, DocumentGuid, Memo, table_of

MAX_QDPX_BYTES = 512 * 1024 * 1024
"""A project with a hundred long interviews is a few megabytes; this is far beyond."""


@dataclass(slots=True)
class QdpxImportReport:
    """What an import did; `units` says per document how its positions were read."""

    added: list[str] = field(default_factory=list)
    matched: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    codes: CodebookImportReport = field(default_factory=CodebookImportReport)
    codings: int = 0
    skipped: int = 0
    units: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    origin: str | None = None
    cancelled: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "origin": self.origin,
            "documents_added": self.added,
            "documents_matched": self.matched,
            "documents_renamed": [{"file": a, "project": b} for a, b in self.renamed],
            "codes": self.codes.as_json(),
            "codings_added": self.codings,
            "codings_already_there": self.skipped,
            "positions": [{"document": d, "decision": s} for d, s in self.units],
            "notes": self.notes,
            "cancelled": self.cancelled,
        }

    def summary(self) -> str:
        lines = [
            f"Imported {len(self.added)} document(s) ({len(self.matched)} already in the "
            f"project), {len(self.codes.added)} new code(s) ({len(self.codes.merged)} merged "
            f"with existing codes), {self.codings} coding(s) "
            f"({self.skipped} already there)."
        ]
        lines += [
            f"'{a}' differs from the project's document of that name; imported as '{b}'."
            for a, b in self.renamed
        ]
        lines += [f"{d}: {s}." for d, s in self.units]
        lines += [f"Note: {n}" for n in [*self.codes.notes, *self.notes]]
        if self.cancelled:
            lines.append("The import was cancelled; what is listed above was imported.")
        return "\n".join(lines)


class ProjectImport(Service):
    def import_qdpx(
        self,
        path: str | Path,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> QdpxImportReport:
        """Merge the REFI-QDA project at `path` into this project (see the module docstring);
        a file that is refused raises SourceError and changes nothing."""
        from duocoder.io.qdpx_reader import read_qdpx

        path = Path(path)
        data = _read(path)
        read = read_qdpx(path.name, data)
        entries = read.codebook.entries if read.codebook is not None else []
        if problem := limit_problem(entries):
            raise SourceError(path.name, problem)
        report = QdpxImportReport(origin=read.origin)
        if read.codebook is not None:
            report.codes.notes += read.codebook.notes
        report.notes += read.notes
        total = len(read.sources)
        doc_ids: list[int | None] = [None] * total
        new_docs: set[int] = set()
        roles, places = _roles_and_places(read, report)

        def label() -> str:
            return f"Import project {path.name}"

        with self.project._one_step(label):
            code_ids = self._codes(entries, report, read.code_memos) if entries else {}
            existing = self._documents_by_hash()
            for index, source in enumerate(read.sources):
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    break
                if progress is not None:
                    progress(index, total, source.name)
                digest = text_hash(source.text)
                if digest in existing:
                    doc_ids[index] = existing[digest][0]
                    report.matched.append(existing[digest][1])
                else:
                    try:
                        info = self._add_document(source, roles[index], places[index])
                    except ProjectFileError:
                        raise
                    except DuoCoderError as exc:  # this document only; the others go on
                        report.notes.append(f"'{source.name}' was not imported: {exc}")
                        continue
                    doc_ids[index] = info.id
                    new_docs.add(index)
                    existing[digest] = (info.id, info.name)
                    report.added.append(info.name)
                    if info.name != _clean(source.name):
                        report.renamed.append((source.name, info.name))
                report.units.append((source.name, source.decision))
            self._codings_and_memos(read, doc_ids, new_docs, code_ids, report)
        if progress is not None:
            progress(total, total, "")
        return report

    # -- steps -----------------------------------------------------------------------------
    def _codes(
        self,
        entries: list[CodebookEntry],
        report: QdpxImportReport,
        memos: dict[tuple[str, ...], str],
    ) -> dict[tuple[str, ...], int]:
        """Merge the codebook; the file's code names -> the project's code ids."""

        def change(s: Session) -> dict[tuple[str, ...], int]:
            tree = ProjectCodes(s)
            found: dict[tuple[str, ...], CodeNode] = {}
            stack: list[tuple[CodebookEntry, CodeNode | None, tuple[str, ...], tuple[str, ...]]]
            stack = [(entry, None, (), ()) for entry in reversed(entries)]
            while stack:
                entry, parent, parent_path, names = stack.pop()
                node = merge_entry(tree, entry, parent, parent_path, report.codes)
                own = (*names, entry.name)
                found[own] = node
                stack.extend(
                    (child, node, (*parent_path, node.name), own)
                    for child in reversed(entry.children)
                )
            tree.write(s)
            ids = {names: node.id for names, node in found.items()}
            for names, text in memos.items():
                if names in ids:
                    _add_memo(s, "code", ids[names], text)
            return ids

        return self.project._run("Import codes", change)

    def _documents_by_hash(self) -> dict[str, tuple[int, str]]:
        with self.project._read() as s:
            return documents_by_hash(s)

    def _add_document(self, source: Any, role: Role, place: tuple[str | None, str | None]) -> Any:
        text = source.text
        sourced = SourceText(text, _line_paragraphs(text), None, "qdpx")
        name = _clean(source.name)[: limits.DOCUMENT_NAME] or "Document"
        attributes = {
            key[: limits.NAME]: value[: limits.ATTRIBUTE_VALUE]
            for key, value in source.variables.items()
            if key.strip() and value and key.strip().casefold() not in _PLACE_VARIABLES
        }
        return self.project.add_document(
            name,
            sourced,
            role,
            place[0],
            place[1],
            original_name=source.name,
            attributes=attributes,
            allow_duplicate=True,
        )

    def _codings_and_memos(
        self,
        read: Any,
        doc_ids: list[int | None],
        new_docs: set[int],
        code_ids: dict[tuple[str, ...], int],
        report: QdpxImportReport,
    ) -> None:
        """Codings and memos in one transaction; the file's GUIDs of new documents and
        codings are kept where they are valid and not yet used in the project."""

        def change(s: Session) -> None:
            used_docs = set(guids.document_guids(s).values())
            used_codings = set(guids.coding_guids(s).values())
            table = table_of(DocumentGuid)
            for index in sorted(new_docs):
                guid = read.sources[index].guid
                if guid and guid not in used_docs:
                    used_docs.add(guid)
                    s.execute(
                        update(table).where(table.c.document_id == doc_ids[index]).values(guid=guid)
                    )
            coders: dict[str | None, int | None] = {}
            not_codable: set[int] = set(s.scalars(select(Code.id).where(Code.codable.is_(False))))
            refused = 0
            have = coding_keys(s)
            for source, doc_id in zip(read.sources, doc_ids, strict=True):
                if doc_id is None:
                    continue
                for selection in source.selections:
                    for coding in selection.codings:
                        code_id = code_ids.get(coding.code)
                        if code_id is None or code_id in not_codable:
                            refused += 1
                            continue
                        if coding.coder not in coders:
                            coders[coding.coder] = coding_q.coder_id(s, coding.coder)
                        coder = coders[coding.coder]
                        key = CodingKey(doc_id, selection.start, selection.end, code_id, coder)
                        if key in have:
                            report.skipped += 1
                            continue
                        have.add(key)
                        memo = (coding.memo or "")[: limits.MEMO] or None
                        row = Coding(
                            document_id=doc_id,
                            code_id=code_id,
                            start=selection.start,
                            end=selection.end,
                            coder_id=coder,
                            memo=memo,
                            created_at=coding_q.now(),
                            auto=False,
                        )
                        s.add(row)
                        # the coding's GUID (DuoCoder's export writes the stable one there),
                        # else the selection's
                        for guid in (coding.guid, selection.guid):
                            if guid and guid not in used_codings:
                                used_codings.add(guid)
                                guids.choose(s, row, guid)
                                break
                        report.codings += 1
                if source.memo:
                    _add_memo(s, "document", doc_id, source.memo)
            if read.project_memo:
                _add_memo(s, "project", None, read.project_memo)
            if refused:
                report.notes.append(
                    f"{refused} coding(s) on a category that is not codable were not imported."
                )

        self.project._run("Import codings", change)


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_QDPX_BYTES:
            raise SourceError(path.name, "it is larger than 512 MB, too large for a project")
        if not path.is_file():
            raise SourceError(path.name, "it is not a regular file")
        return path.read_bytes()
    except FileNotFoundError:
        raise SourceError(path.name, "the file does not exist") from None
    except IsADirectoryError:
        raise SourceError(path.name, "it is a folder, not a file") from None
    except OSError as exc:
        raise SourceError(path.name, f"it cannot be opened ({exc.strerror})") from None


def _line_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """Every non-blank line is a paragraph (without its trailing blanks): the text itself
    must stay exactly as the file had it, or the selections would move."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((offset, offset + len(line.rstrip())))
        offset += len(line) + 1
    return tuple(spans)


def _clean(name: str) -> str:
    from duocoder.app.queries.documents import clean_name

    return clean_name(name)


def _add_memo(s: Session, target: str, target_id: int | None, text: str) -> None:
    """Add `text` to the memo of the target; a memo that already says it stays as it is."""
    row = coding_q.memo_row(s, target, target_id)
    text = text[: limits.MEMO]
    if row is None:
        s.add(Memo(target=target, target_id=target_id, text=text, updated_at=coding_q.now()))
    elif text not in row.text:
        row.text = f"{row.text}\n\n{text}"[: limits.MEMO]
        row.updated_at = coding_q.now()


_ROLE_VARIABLES = ("role", "rol", "stakeholder")
_PLACE_VARIABLES = {*_ROLE_VARIABLES, "organisation", "organization", "duo"}


def _role_of(variables: dict[str, str]) -> Role | None:
    for key, value in variables.items():
        if key.strip().casefold() in _ROLE_VARIABLES and value.strip():
            try:
                return Role.parse(value)
            except ValidationError:
                return None
    return None


def _roles_and_places(
    read: Any, report: QdpxImportReport
) -> tuple[list[Role], list[tuple[str | None, str | None]]]:
    """Per source: its role, and its (case, duo), from its variables and the file's cases."""
    holders: dict[int, list[Any]] = {}
    for case in read.cases:
        for key in case.sources:
            index = read.source_keys.get(key)
            if index is not None:
                holders.setdefault(index, []).append(case)
    roles: list[Role] = []
    places: list[tuple[str | None, str | None]] = []
    without_role: list[str] = []
    for index, source in enumerate(read.sources):
        cases = holders.get(index, [])
        role = _role_of(source.variables)
        for case in cases:
            role = role or _role_of(case.variables)
        if role is None:
            without_role.append(source.name)
        roles.append(role or Role.OTHER)
        organisation = duo = None
        for case in cases:
            kind = " ".join(
                v.casefold()
                for k, v in case.variables.items()
                if k.casefold() in ("kind", "type", "soort")
            )
            if "duo" in kind or case.name.casefold().startswith("duo"):
                duo = duo or case.name[: limits.NAME]
            elif not organisation:
                organisation = case.name[: limits.NAME]
        own = {k.strip().casefold(): v.strip() for k, v in source.variables.items()}
        organisation = own.get("organisation") or own.get("organization") or organisation
        duo = own.get("duo") or duo
        places.append(
            (
                organisation[: limits.NAME] if organisation else None,
                duo[: limits.NAME] if duo else None,
            )
        )
    if without_role:
        shown = ", ".join(repr(n) for n in without_role[:5])
        more = f" and {len(without_role) - 5} more" if len(without_role) > 5 else ""
        report.notes.append(
            f"{len(without_role)} document(s) had no role in the file and are 'other' "
            f"({shown}{more}); set their role under Document properties."
        )
    return roles, places
