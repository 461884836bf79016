"""Codebook exchange for a project: merging a codebook file in, writing the codebook out.

Merging never duplicates a code: an incoming code is matched first by GUID (the standard's
identity), then by its path (ATLAS.ti issues new GUIDs on every export), and only then added.
A GUID match with another name is a rename made by a colleague, and is applied. The whole
import is one transaction and one undo step, and its report names every change."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from duocoder.app.codes import (
    CodesMixin,
    _check_sibling_name,
    _children,
    _insert_code,
    clean_code_name,
)
from duocoder.domain.codebook import CodebookEntry, CodebookRead
from duocoder.domain.codepaths import join_path
from duocoder.domain.errors import SourceError, ValidationError
from duocoder.storage.models import Code

CODEBOOK_SUFFIXES = (".qdc", ".xlsx", ".csv")
MAX_CODEBOOK_BYTES = 50 * 1024 * 1024


@dataclass(slots=True)
class CodebookImportReport:
    added: list[str] = field(default_factory=list)
    merged: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "merged": self.merged,
            "renamed": [{"from": a, "to": b} for a, b in self.renamed],
            "updated": self.updated,
            "notes": self.notes,
        }

    def summary(self) -> str:
        lines = [
            f"Added {len(self.added)} codes, merged {len(self.merged)} with existing codes, "
            f"renamed {len(self.renamed)}, updated {len(self.updated)}."
        ]
        lines += [f"Renamed: {a} → {b}" for a, b in self.renamed]
        lines += [f"Note: {n}" for n in self.notes]
        return "\n".join(lines)


def read_codebook(name: str, data: bytes) -> CodebookRead:
    suffix = Path(name).suffix.lower()
    if suffix == ".qdc":
        from duocoder.io.qdc import read_qdc

        return read_qdc(name, data)
    if suffix in (".xlsx", ".csv"):
        from duocoder.io.codelist import read_code_list

        return read_code_list(name, data)
    raise SourceError(name, "DuoCoder reads codebooks from .qdc, .xlsx and .csv files")


class CodebookMixin(CodesMixin):
    def codebook_entries(self) -> list[CodebookEntry]:
        """The project's code tree in the neutral model the exchange formats write."""
        by_parent: dict[int | None, list[CodebookEntry]] = {}
        nodes: dict[int, CodebookEntry] = {}
        for c in self.codes():
            entry = CodebookEntry(c.name, c.guid, c.color.upper(), c.description, c.codable)
            nodes[c.id] = entry
            by_parent.setdefault(c.parent_id, []).append(entry)
        for cid, entry in nodes.items():
            entry.children = by_parent.get(cid, [])
        return by_parent.get(None, [])

    def export_codebook(self, path: str | Path) -> None:
        """Write the codebook as REFI-QDA `.qdc` or as a readable Word document, through a
        temporary file (`duocoder.io.atomic`) and never over the project itself."""
        from duocoder.app.exports import check_output
        from duocoder.io.atomic import write_atomically

        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in (".qdc", ".docx"):
            raise ValidationError("A codebook is exported as .qdc (REFI-QDA) or .docx (Word).")
        check_output(self.path, path)
        if suffix == ".qdc":
            from duocoder.io.qdc import write_qdc

            entries = self.codebook_entries()
            if not entries:
                raise ValidationError(
                    "The project has no codes yet, so there is no codebook to export."
                )
            data = write_qdc(entries)
            write_atomically(path, lambda tmp: tmp.write_bytes(data))
        else:
            from duocoder.io.codebook_docx import write_codebook_docx

            codes = self.codes()
            if not codes:
                raise ValidationError(
                    "The project has no codes yet, so there is no codebook to export."
                )
            title = ("Codeboek" if self.language == "nl" else "Codebook") + f" — {self.name}"
            write_codebook_docx(codes, path, title, self.language)  # written atomically

    def import_codebook_file(self, path: str | Path) -> CodebookImportReport:
        path = Path(path)
        try:
            if path.stat().st_size > MAX_CODEBOOK_BYTES:
                raise SourceError(path.name, "it is larger than 50 MB, too large for a codebook")
            data = path.read_bytes()
        except FileNotFoundError:
            raise SourceError(path.name, "the file does not exist") from None
        except IsADirectoryError:
            raise SourceError(path.name, "it is a folder, not a file") from None
        except OSError as exc:
            raise SourceError(path.name, f"it cannot be opened ({exc.strerror})") from None
        return self.import_codebook(path.name, data)

    def import_codebook(self, name: str, data: bytes) -> CodebookImportReport:
        """Merge a codebook file's codes into the project (see the module docstring)."""
        read = read_codebook(name, data)
        report = CodebookImportReport(notes=list(read.notes))

        def change(s: Session) -> None:
            for entry in read.entries:
                _merge_entry(s, entry, None, [], report)

        self._run(f"Import codebook {name}", change)
        return report


def _merge_entry(
    s: Session,
    entry: CodebookEntry,
    parent_id: int | None,
    parent_path: list[str],
    report: CodebookImportReport,
) -> None:
    name = clean_code_name(entry.name)
    path = join_path([*parent_path, name])
    code: Code | None = None
    if entry.guid:
        code = s.scalars(select(Code).where(Code.guid == entry.guid.lower())).first()
    if code is not None:
        report.merged.append(path)
        if code.name != name:
            try:
                _check_sibling_name(s, code.parent_id, name, exclude=code.id)
            except ValidationError:
                report.notes.append(
                    f"'{code.name}' was not renamed to '{name}': its parent already has a code "
                    "with that name."
                )
            else:
                report.renamed.append((code.name, name))
                code.name = name
    else:
        code = next(
            (c for c in _children(s, parent_id) if c.name.casefold() == name.casefold()), None
        )
        if code is not None:
            report.merged.append(path)
            if entry.guid and entry.guid.lower() != code.guid:
                report.notes.append(
                    f"'{path}' was matched by its name; the project keeps its own identifier."
                )
        else:
            guid = (entry.guid or str(uuid.uuid4())).lower()
            code_id = _insert_code(
                s, name, parent_id, entry.color, entry.description, entry.codable, guid, None
            )
            report.added.append(path)
            code = s.get_one(Code, code_id)
    if path not in report.added:
        changed = False
        if entry.color and entry.color.lower() != code.color:
            code.color, changed = entry.color.lower(), True
        if entry.description and entry.description != code.description:
            code.description, changed = entry.description, True
        if entry.codable != code.codable:
            code.codable, changed = entry.codable, True
        if changed:
            report.updated.append(path)
    s.flush()
    own_path = [*parent_path, code.name]
    for child in entry.children:
        _merge_entry(s, child, code.id, own_path, report)
