"""Codebook exchange for a project: merging a codebook file in, writing the codebook out.

Merging never duplicates a code: an incoming code is matched first by GUID (the standard's
identity), then by its path (ATLAS.ti issues new GUIDs on every export), and only then added.
A GUID match with another name is a rename made by a colleague, and is applied. Keywords
that a matched code lacks are added to its own (a team's keywords grow by exchange; none
is ever taken away by an import). The whole import is one transaction and one undo step,
and its report names every change.

The import holds the project's write lock while it runs, so it reads the project's codes
once, matches every incoming code through dictionaries (by GUID, by parent and folded
name), and writes the new codes in one bulk insert and the changed ones in bulk updates:
its cost grows with the number of codes, not with its square."""

from __future__ import annotations

import bisect
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from duocoder.app.queries import codes as code_q
from duocoder.app.service import Service
from duocoder.domain.codebook import CodebookEntry, CodebookRead, clean_keywords, limit_problem
from duocoder.domain.codepaths import join_path
from duocoder.domain.errors import SourceError, ValidationError
from duocoder.storage.models import Code, table_of

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
            tree = _ProjectCodes(s)
            stack: list[tuple[CodebookEntry, _Node | None, tuple[str, ...]]] = [
                (entry, None, ()) for entry in reversed(read.entries)
            ]
            while stack:  # depth first, in file order: the order the report lists codes
                entry, parent, parent_path = stack.pop()
                node = _merge_entry(tree, entry, parent, parent_path, report, read.states_codable)
                own_path = (*parent_path, node.name)
                stack.extend((child, node, own_path) for child in reversed(entry.children))
            tree.write(s)

        self.project._run(f"Import codebook {name}", change)
        return report


@dataclass(slots=True, eq=False)
class _Node:
    """A code of the project as the import sees it; `assigned` names the columns the import
    set on an existing code, `new` marks a code the import adds."""

    id: int
    parent_id: int | None
    name: str
    guid: str
    color: str
    description: str
    codable: bool
    position: int
    keywords: str
    new: bool = False
    assigned: set[str] = field(default_factory=set)

    def order(self) -> tuple[int, int]:
        """Siblings are listed by position, then id, as `code_q.children` lists them."""
        return (self.position, self.id)


class _ProjectCodes:
    """The project's codes, read once, with the lookups that matching needs, and the
    changes to write back at the end."""

    def __init__(self, s: Session) -> None:
        rows = s.execute(
            select(
                Code.id,
                Code.parent_id,
                Code.name,
                Code.guid,
                Code.color,
                Code.description,
                Code.codable,
                Code.position,
                Code.keywords,
            ).order_by(Code.position, Code.id)
        ).all()
        self.by_guid: dict[str, _Node] = {}
        self.by_name: dict[tuple[int | None, str], list[_Node]] = defaultdict(list)
        self.sizes: dict[int | None, int] = defaultdict(int)
        self.nodes: list[_Node] = []
        for row in rows:
            node = _Node(*row)
            self.nodes.append(node)
            self.by_guid[node.guid] = node
            self.by_name[(node.parent_id, node.name.casefold())].append(node)
            self.sizes[node.parent_id] += 1
        self.next_id = (s.scalar(select(func.max(Code.id))) or 0) + 1
        """The id SQLite would give the next row: one more than the largest."""
        self.added_paths: set[str] = set()

    def sibling_named(
        self, parent_id: int | None, name: str, exclude: _Node | None = None
    ) -> _Node | None:
        """The first sibling under `parent_id` whose name equals `name` but for case."""
        return next(
            (n for n in self.by_name.get((parent_id, name.casefold()), ()) if n is not exclude),
            None,
        )

    def add(self, node: _Node) -> None:
        self.nodes.append(node)
        self.by_guid[node.guid] = node
        self._file(node)
        self.sizes[node.parent_id] += 1

    def rename(self, node: _Node, name: str) -> None:
        self.by_name[(node.parent_id, node.name.casefold())].remove(node)
        node.name = name
        node.assigned.add("name")
        self._file(node)

    def _file(self, node: _Node) -> None:
        bisect.insort(self.by_name[(node.parent_id, node.name.casefold())], node, key=_Node.order)

    def write(self, s: Session) -> None:
        """Insert the new codes (parents before children: they were made in that order)
        and update what changed in the existing ones, grouped by the columns that changed."""
        new = [
            {
                "id": n.id,
                "parent_id": n.parent_id,
                "name": n.name,
                "guid": n.guid,
                "color": n.color,
                "description": n.description,
                "codable": n.codable,
                "position": n.position,
                "keywords": n.keywords,
            }
            for n in self.nodes
            if n.new
        ]
        if new:
            s.execute(insert(table_of(Code)), new)
        groups: dict[tuple[str, ...], list[dict[str, object]]] = defaultdict(list)
        for n in self.nodes:
            if n.assigned and not n.new:
                columns = tuple(sorted(n.assigned))
                groups[columns].append({"_id": n.id, **{c: getattr(n, c) for c in columns}})
        table = table_of(Code)
        for columns, rows in groups.items():
            statement = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values({c: bindparam(c) for c in columns})
            )
            s.execute(statement, rows)


def _merge_entry(
    tree: _ProjectCodes,
    entry: CodebookEntry,
    parent: _Node | None,
    parent_path: tuple[str, ...],
    report: CodebookImportReport,
    states_codable: bool = True,
) -> _Node:
    """Match or add one incoming code; the rules are those of the module docstring."""
    parent_id = parent.id if parent is not None else None
    name = code_q.clean_code_name(entry.name)
    path = join_path((*parent_path, name))
    added = False
    code = tree.by_guid.get(entry.guid.lower()) if entry.guid else None
    if code is not None:
        report.merged.append(path)
        if code.name != name:
            if tree.sibling_named(code.parent_id, name, exclude=code) is not None:
                report.notes.append(
                    f"'{code.name}' was not renamed to '{name}': its parent already has a code "
                    "with that name."
                )
            else:
                report.renamed.append((code.name, name))
                tree.rename(code, name)
    else:
        code = tree.sibling_named(parent_id, name)
        if code is not None:
            report.merged.append(path)
            if entry.guid and entry.guid.lower() != code.guid:
                report.notes.append(
                    f"'{path}' was matched by its name; the project keeps its own identifier."
                )
        else:
            code = _new_code(tree, entry, name, parent)
            report.added.append(path)
            added = True
    if not added and path not in tree.added_paths:
        changed = False
        if entry.color and entry.color.lower() != code.color:
            code.color, changed = entry.color.lower(), True
            code.assigned.add("color")
        if entry.description and entry.description != code.description:
            code.description, changed = entry.description, True
            code.assigned.add("description")
        if states_codable and entry.codable != code.codable:
            code.codable, changed = entry.codable, True
            code.assigned.add("codable")
        own = [k for k in code.keywords.split("\n") if k]
        keywords = "\n".join(clean_keywords([*own, *entry.keywords]))
        if entry.keywords and keywords != code.keywords:
            code.keywords, changed = keywords, True
            code.assigned.add("keywords")
        if changed:
            report.updated.append(path)
    if added:
        tree.added_paths.add(path)
    return code


def _new_code(tree: _ProjectCodes, entry: CodebookEntry, name: str, parent: _Node | None) -> _Node:
    """A code as `add_code` would make it: last among its siblings, coloured like its parent
    (a top-level code takes the next colour of the palette) unless it brings its own."""
    parent_id = parent.id if parent is not None else None
    color = entry.color
    if color is None:
        color = (
            parent.color
            if parent is not None
            else code_q.PALETTE[tree.sizes[None] % len(code_q.PALETTE)]
        )
    guid = (entry.guid or str(uuid.uuid4())).lower()
    if guid in tree.by_guid:
        raise ValidationError(f"A code with guid {guid} is already in this project.")
    node = _Node(
        id=tree.next_id,
        parent_id=parent_id,
        name=name,
        guid=guid,
        color=code_q.normalise_color(color),
        description=entry.description,
        codable=entry.codable,
        position=tree.sizes[parent_id],
        keywords="\n".join(clean_keywords(entry.keywords)),
        new=True,
    )
    tree.next_id += 1
    tree.add(node)
    return node
