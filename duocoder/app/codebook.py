"""Codebook exchange for a project: merging a codebook file in, writing the codebook out.

Merging never duplicates a code: an incoming code is matched first by GUID (the standard's
identity), then by its path (ATLAS.ti issues new GUIDs on every export), and only then added
(`duocoder.app.matching`, shared with the project import and the merge of coders' copies).
A GUID match with another name is a rename made by a colleague, and is applied. Keywords
that a matched code lacks are added to its own (a team's keywords grow by exchange; none
is ever taken away by an import). The whole import is one transaction and one undo step,
and its report names every change.

The import holds the project's write lock while it runs; `matching.ProjectCodes` keeps its
cost proportional to the number of codes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from duocoder.app.matching import CodeNode, ProjectCodes, merge_entry
from duocoder.app.service import Service
from duocoder.domain.codebook import CodebookEntry, CodebookRead, limit_problem
from duocoder.domain.errors import SourceError, ValidationError

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


class Codebook(Service):
    def codebook_entries(self) -> list[CodebookEntry]:
        """The project's code tree in the neutral model the exchange formats write."""
        by_parent: dict[int | None, list[CodebookEntry]] = {}
        nodes: dict[int, CodebookEntry] = {}
        for c in self.project.codes():
            entry = CodebookEntry(c.name, c.guid, c.color.upper(), c.description, c.codable)
            entry.keywords = list(c.keywords)
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
        check_output(self.project.path, path)
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

            codes = self.project.codes()
            if not codes:
                raise ValidationError(
                    "The project has no codes yet, so there is no codebook to export."
                )
            title = (
                "Codeboek" if self.project.language == "nl" else "Codebook"
            ) + f" — {self.project.name}"
            write_codebook_docx(codes, path, title, self.project.language)  # written atomically

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
        if problem := limit_problem(read.entries):
            raise SourceError(name, problem)
        report = CodebookImportReport(notes=list(read.notes))

        def change(s: Session) -> None:
            tree = ProjectCodes(s)
            stack: list[tuple[CodebookEntry, CodeNode | None, tuple[str, ...]]] = [
                (entry, None, ()) for entry in reversed(read.entries)
            ]
            while stack:  # depth first, in file order: the order the report lists codes
                entry, parent, parent_path = stack.pop()
                node = merge_entry(tree, entry, parent, parent_path, report, read.states_codable)
                own_path = (*parent_path, node.name)
                stack.extend((child, node, own_path) for child in reversed(entry.children))
            tree.write(s)

        self.project._run(f"Import codebook {name}", change)
        return report
