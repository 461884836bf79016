"""Matching what comes from elsewhere (a codebook, a REFI-QDA project, a colleague's copy of
the project) to what a project already holds, so that nothing is ever added twice.

The rules are shared by every way in, so a code or a document is the same thing to a
codebook import, a `.qdpx` import and a merge of coders' copies:

- documents by their text: a document is its canonical text, so its content hash
  (`documents_by_hash`) finds it whatever it is called;
- codes by GUID, then by path (ATLAS.ti issues new GUIDs on every export, and two coders
  who each made "Verbinding/Humor" made one code), else added under their parent, which is
  matched or added first (`ProjectCodes`, `merge_entry`);
- codings by what a researcher sees: the same document, span, code and coder
  (`CodingKey`, `coding_keys`).

`ProjectCodes` reads the project's codes once, matches through dictionaries (by GUID, by
parent and folded name) and writes new codes in one bulk insert and changed ones in bulk
updates, so the cost grows with the number of codes, not with its square."""

from __future__ import annotations

import bisect
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from duocoder.app.queries import codes as code_q
from duocoder.domain.codebook import CodebookEntry, clean_keywords
from duocoder.domain.codepaths import join_path
from duocoder.domain.errors import ValidationError
from duocoder.storage.models import Code, Coding, Document, table_of
from duocoder.storage.statements import new_ids


class CodeMatches(Protocol):
    """What matching codes did, by path: the report part both imports and merges fill in
    (`CodebookImportReport` is one)."""

    added: list[str]
    merged: list[str]
    renamed: list[tuple[str, str]]
    updated: list[str]
    notes: list[str]


class CodingKey(NamedTuple):
    """A coding as a researcher tells it apart: two codings with the same key are one."""

    document_id: int
    start: int
    end: int
    code_id: int
    coder_id: int | None


def coding_keys(s: Session) -> set[CodingKey]:
    """The key of every coding of the project."""
    q = select(Coding.document_id, Coding.start, Coding.end, Coding.code_id, Coding.coder_id)
    return {CodingKey(*row) for row in s.execute(q)}


def coding_ids(s: Session) -> dict[CodingKey, int]:
    """The key of every coding of the project, with the id of (the first) coding that has it."""
    q = select(
        Coding.id, Coding.document_id, Coding.start, Coding.end, Coding.code_id, Coding.coder_id
    ).order_by(Coding.id)
    found: dict[CodingKey, int] = {}
    for cid, doc, start, end, code, coder in s.execute(q):
        found.setdefault(CodingKey(doc, start, end, code, coder), cid)
    return found


def documents_by_hash(s: Session) -> dict[str, tuple[int, str]]:
    """Content hash -> (id, name) of the first document with that text."""
    rows = s.execute(
        select(Document.content_hash, Document.id, Document.name).order_by(Document.id)
    )
    found: dict[str, tuple[int, str]] = {}
    for digest, doc_id, name in rows:
        found.setdefault(digest, (doc_id, name))
    return found


@dataclass(slots=True, eq=False)
class CodeNode:
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


class ProjectCodes:
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
        self.by_guid: dict[str, CodeNode] = {}
        self.by_name: dict[tuple[int | None, str], list[CodeNode]] = defaultdict(list)
        self.sizes: dict[int | None, int] = defaultdict(int)
        self.nodes: list[CodeNode] = []
        for row in rows:
            node = CodeNode(*row)
            self.nodes.append(node)
            self.by_guid[node.guid] = node
            self.by_name[(node.parent_id, node.name.casefold())].append(node)
            self.sizes[node.parent_id] += 1
        self._session = s
        self._last_id: int | None = None
        self.added_paths: set[str] = set()

    def new_id(self) -> int:
        """The id of a code about to be added (its children need it before it is written)."""
        candidate = new_ids(self._session, Code, 1)[0]
        if self._last_id is not None and candidate <= self._last_id:  # not written yet
            candidate = self._last_id + 1
        self._last_id = candidate
        return candidate

    def sibling_named(
        self, parent_id: int | None, name: str, exclude: CodeNode | None = None
    ) -> CodeNode | None:
        """The first sibling under `parent_id` whose name equals `name` but for case."""
        return next(
            (n for n in self.by_name.get((parent_id, name.casefold()), ()) if n is not exclude),
            None,
        )

    def add(self, node: CodeNode) -> None:
        self.nodes.append(node)
        self.by_guid[node.guid] = node
        self._file(node)
        self.sizes[node.parent_id] += 1

    def rename(self, node: CodeNode, name: str) -> None:
        self.by_name[(node.parent_id, node.name.casefold())].remove(node)
        node.name = name
        node.assigned.add("name")
        self._file(node)

    def _file(self, node: CodeNode) -> None:
        bisect.insort(
            self.by_name[(node.parent_id, node.name.casefold())], node, key=CodeNode.order
        )

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


def merge_entry(
    tree: ProjectCodes,
    entry: CodebookEntry,
    parent: CodeNode | None,
    parent_path: tuple[str, ...],
    report: CodeMatches,
    states_codable: bool = True,
    *,
    keep_own: bool = False,
) -> CodeNode:
    """Match or add one incoming code; the rules are those of the module docstring.

    A codebook file speaks for the codebook, so by default a matched code takes its name
    (by GUID), colour, description and codable state from the file. With `keep_own` (a
    colleague's copy of the project, where either side may have changed a code) the
    project keeps its own name, colour and codable state and takes only what it lacks: a
    description where it has none, and keywords it does not have yet."""
    parent_id = parent.id if parent is not None else None
    name = code_q.clean_code_name(entry.name)
    path = join_path((*parent_path, name))
    added = False
    code = tree.by_guid.get(entry.guid.lower()) if entry.guid else None
    if code is not None:
        report.merged.append(path)
        if code.name != name and keep_own:
            report.notes.append(
                f"'{path}' is called '{code.name}' in this project (the same code); "
                "it keeps that name."
            )
        elif code.name != name:
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
            code = new_code(tree, entry, name, parent)
            report.added.append(path)
            added = True
    if not added and path not in tree.added_paths:
        changed = False
        if entry.color and entry.color.lower() != code.color and not keep_own:
            code.color, changed = entry.color.lower(), True
            code.assigned.add("color")
        if (
            entry.description
            and entry.description != code.description
            and not (keep_own and code.description)
        ):
            code.description, changed = entry.description, True
            code.assigned.add("description")
        if states_codable and not keep_own and entry.codable != code.codable:
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


def new_code(
    tree: ProjectCodes, entry: CodebookEntry, name: str, parent: CodeNode | None
) -> CodeNode:
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
    node = CodeNode(
        id=tree.new_id(),
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
    tree.add(node)
    return node
