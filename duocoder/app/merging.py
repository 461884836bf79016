"""Merging coders' copies of a project: each researcher codes a copy on a laptop, and one of
them merges the copies into one project (`duocoder merge`, *File ▸ Merge project…*).

Every copy is checked and read before the project changes (`duocoder.app.merge_sources`),
so a refused copy (not a DuoCoder project, changed by hand, from a newer version) changes
nothing; then all copies go in as one transaction and one undo step. The rules are those of
`duocoder.app.matching`, shared with the codebook and `.qdpx` imports:

- documents by their text: a text the project has is not added again (its codings and
  memo go onto the project's document); a copy's document whose name the project gives
  to a *different* text is a conflict: it is reported and not merged, nor its codings;
- codes by GUID, then by path, new ones with their GUID, colour, description and
  keywords; the project keeps its own names and colours for matched codes, so two coders
  who each made "Verbinding/Humor" get one code;
- coders by name, keeping their GUID (and colour) where the project has none;
- codings keep their coder, memo, creation time, last change and GUID (a new GUID when
  the project uses it already); a coding the project already has (same document, span,
  code and coder) is counted as already there;
- memos (of the project, documents, codes and codings): a copy's memo where the project
  has none; where both have different texts, one memo keeping both, each under its
  coder's (or file's) name, and a text that is already there is never repeated.

What cannot be merged from a copy (a coder's deletions, which a merge cannot tell from a
coding the other never had) is not guessed at: a coding that a copy changed is added
beside the project's version and reported."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from duocoder.app.codebook import CodebookImportReport
from duocoder.app.matching import (
    CodeNode,
    CodingKey,
    ProjectCodes,
    coding_ids,
    documents_by_hash,
    merge_entry,
)
from duocoder.app.merge_report import DocumentConflict, MergeReport, combined_memo
from duocoder.app.merge_sources import (
    SourceCode,
    SourceProject,
    read_source,
    source_passphrase_needed,
)
from duocoder.app.queries import codings as coding_q
from duocoder.app.service import Service
from duocoder.domain import limits
from duocoder.domain.errors import PassphraseNeededError, ValidationError
from duocoder.storage import guids
from duocoder.storage.encryption import needed_message
from duocoder.storage.models import (
    CODING_COLUMNS,
    Code,
    Coder,
    CoderColor,
    Coding,
    CodingChange,
    CodingGuid,
    Document,
    DocumentAttribute,
    Memo,
    Paragraph,
    ParagraphStyle,
    TurnRulesRow,
    table_of,
)
from duocoder.storage.models import Turn as TurnRow
from duocoder.storage.statements import insert_rows, insert_values, new_ids

_MEMO = 5  # a row of `added`: its memo's place

__all__ = ["DocumentConflict", "MergeReport", "Merging"]

Progress = Callable[[int, int, str], None]
AskPassphrase = Callable[[Path], str | None]


@dataclass(slots=True)
class _Tally:
    """The report while it is being made."""

    documents_added: list[str] = field(default_factory=list)
    documents_matched: dict[str, None] = field(default_factory=dict)
    documents_conflicting: list[DocumentConflict] = field(default_factory=list)
    coders_added: list[str] = field(default_factory=list)
    codings_added: int = 0
    codings_already_there: int = 0
    memos_combined: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)


class Merging(Service):
    def merge_projects(
        self,
        sources: Sequence[str | Path],
        *,
        progress: Progress | None = None,
        passphrase: AskPassphrase | None = None,
    ) -> MergeReport:
        """Merge coders' copies of the project into it (see the module docstring), as one
        undo step. A copy that cannot be read as a DuoCoder project is refused in one
        sentence naming it (`ProjectFileError`), and then nothing is merged.

        An encrypted copy is opened with this project's passphrase when that opens it, else
        with what `passphrase(path)` gives (None, or no `passphrase`: PassphraseNeededError
        naming the copy; a wrong one: WrongPassphraseError)."""
        paths = self._check_paths(sources)
        total = len(paths)
        read: list[SourceProject] = []
        for index, path in enumerate(paths):
            if progress is not None:
                progress(index, 2 * total, path.name)
            read.append(read_source(path, self._source_passphrase(path, passphrase)))
        label = f"Merge project {paths[0].name}" if total == 1 else f"Merge {total} projects"

        own = self.project.path
        own_name = own.name if own is not None else self.project.address

        def change(s: Session) -> MergeReport:
            return _Merge(s, own_name, read, progress).run()

        report = self.project._run(label, change)
        if progress is not None:
            progress(2 * total, 2 * total, "")
        return report

    def source_needs_passphrase(self, source: str | Path) -> bool:
        """Whether merging `source` needs a passphrase this project does not have (it is
        encrypted, and with another passphrase than this project's): a face asks for it
        before the merge starts."""
        return source_passphrase_needed(Path(source), self.project._passphrase)

    def _source_passphrase(self, path: Path, ask: AskPassphrase | None) -> str | None:
        own = self.project._passphrase
        if not source_passphrase_needed(path, own):
            return own
        answer = ask(path) if ask is not None else None
        if answer is None:
            raise PassphraseNeededError(str(path), needed_message(path))
        return answer

    def _check_paths(self, sources: Sequence[str | Path]) -> list[Path]:
        own = self.project.path.resolve() if self.project.path is not None else None
        paths: dict[Path, Path] = {}
        for source in sources:
            path = Path(source)
            if path.resolve() == own:
                raise ValidationError(
                    f"'{path.name}' is the project itself; choose a coder's copy to merge."
                )
            paths.setdefault(path.resolve(), path)
        if not paths:
            raise ValidationError("Choose at least one project to merge.")
        return list(paths.values())


class _Merge:
    """One merge inside its transaction: the project's state as it grows, per source the
    maps from the copy's ids to the project's."""

    def __init__(
        self, s: Session, own_name: str, sources: list[SourceProject], progress: Progress | None
    ) -> None:
        self.s = s
        self.own_name = own_name
        self.sources = sources
        self.progress = progress
        self.tally = _Tally()
        self.codes = CodebookImportReport()  # what matching the copies' codes did
        self.coders: dict[str, int] = {
            name: cid for name, cid in s.execute(select(Coder.name, Coder.id))
        }
        self.coder_guids: set[str] = set(s.scalars(select(Coder.guid)))
        self.coder_colors: set[int] = set(s.scalars(select(CoderColor.coder_id)))
        self.by_hash = documents_by_hash(s)
        self.names: dict[str, str] = {
            name.casefold(): digest
            for name, digest in s.execute(select(Document.name, Document.content_hash))
        }
        self.doc_guids: set[str] = set(guids.document_guids(s).values())
        self.position = s.scalar(select(func.max(Document.position))) or 0
        # a coding's id; while a source's codings are gathered, -1 - its place among them
        self.have: dict[CodingKey, int] = dict(coding_ids(s))
        gt = table_of(CodingGuid)
        self.coding_guids: set[str] = set(s.scalars(select(gt.c.guid)))

    def run(self) -> MergeReport:
        tree = ProjectCodes(self.s)
        code_maps = [self._codes(tree, source) for source in self.sources]
        tree.write(self.s)
        not_codable = set(self.s.scalars(select(Code.id).where(Code.codable.is_(False))))
        total = len(self.sources)
        for index, (source, code_map) in enumerate(zip(self.sources, code_maps, strict=True)):
            if self.progress is not None:
                self.progress(total + index, 2 * total, source.label)
            coder_map = {
                cid: self._coder(c.name, c.guid, c.color) for cid, c in source.coders.items()
            }
            doc_map = self._documents(source)
            self._codings(source, doc_map, code_map, coder_map, not_codable)
            self._memos(source, doc_map, code_map, coder_map)
        t = self.tally
        added = list(dict.fromkeys(self.codes.added))
        matched = [p for p in dict.fromkeys(self.codes.merged) if p not in set(added)]
        return MergeReport(
            sources=tuple(s.label for s in self.sources),
            documents_added=tuple(t.documents_added),
            documents_matched=tuple(t.documents_matched),
            documents_conflicting=tuple(t.documents_conflicting),
            codes_added=tuple(added),
            codes_matched=tuple(matched),
            coders_added=tuple(t.coders_added),
            codings_added=t.codings_added,
            codings_already_there=t.codings_already_there,
            memos_combined=tuple(dict.fromkeys(t.memos_combined)),
            conflicts=tuple([*dict.fromkeys(self.codes.notes), *t.conflicts]),
        )

    # -- codes and coders ------------------------------------------------------------------
    def _codes(self, tree: ProjectCodes, source: SourceProject) -> dict[int, int]:
        """Match the copy's code tree, parents first; the copy's code ids -> the project's."""
        children: dict[int | None, list[SourceCode]] = {}
        for code in source.codes:
            children.setdefault(code.parent_id, []).append(code)
        found: dict[int, int] = {}
        stack: list[tuple[SourceCode, CodeNode | None, tuple[str, ...]]] = [
            (code, None, ()) for code in reversed(children.get(None, []))
        ]
        while stack:
            code, parent, parent_path = stack.pop()
            node = merge_entry(
                tree, code.entry, parent, parent_path, self.codes, False, keep_own=True
            )
            found[code.id] = node.id
            own = (*parent_path, node.name)
            stack.extend((child, node, own) for child in reversed(children.get(code.id, [])))
        return found

    def _coder(self, name: str, guid: str, color: str | None) -> int:
        cid = self.coders.get(name)
        if cid is None:
            if guid in self.coder_guids:
                guid = guids.new_guid()
            row = Coder(name=name, guid=guid)
            self.s.add(row)
            self.s.flush()
            cid = self.coders[name] = row.id
            self.coder_guids.add(guid)
            self.tally.coders_added.append(name)
        if color and cid not in self.coder_colors:
            self.s.add(CoderColor(coder_id=cid, color=color))
            self.coder_colors.add(cid)
        return cid

    # -- documents -------------------------------------------------------------------------
    def _documents(self, source: SourceProject) -> dict[int, int]:
        """Match or add the copy's documents; the copy's document ids -> the project's
        (a conflicting document has none)."""
        found: dict[int, int] = {}
        for doc in source.documents:
            name, digest = doc.row["name"], doc.row["content_hash"]
            if digest in self.by_hash:
                found[doc.id], own_name = self.by_hash[digest]
                self.tally.documents_matched[own_name] = None
                self._compare_tags(source.label, doc.row, found[doc.id], own_name)
                continue
            if name.casefold() in self.names:
                codings = sum(1 for c in source.codings if c.document_id == doc.id)
                self.tally.documents_conflicting.append(
                    DocumentConflict(
                        source.label,
                        name,
                        "the project has a different text under this name",
                    )
                )
                self.tally.conflicts.append(
                    f"'{name}' in {source.label} has a different text from the project's "
                    f"document of that name; it was not merged, nor its {codings} coding(s)."
                )
                continue
            found[doc.id] = self._add_document(doc, name, digest)
        return found

    def _compare_tags(self, label: str, theirs: dict[str, Any], doc_id: int, own_name: str) -> None:
        """A matched document keeps the project's role, case and duo; where the copy tagged
        it otherwise the report says so, since a stakeholder comparison counts by them."""
        own = self.s.get(Document, doc_id)
        if own is None:
            return
        for column, word in (("role", "role"), ("case_name", "case"), ("duo", "duo")):
            mine, other = getattr(own, column), theirs.get(column)
            if (mine or None) != (other or None):
                self.tally.conflicts.append(
                    f"'{own_name}' has {word} '{other or '—'}' in {label} but "
                    f"'{mine or '—'}' in this project; the project's was kept."
                )

    def _add_document(self, doc: Any, name: str, digest: str) -> int:
        s = self.s
        self.position += 1
        row = Document(**doc.row, position=self.position)
        s.add(row)
        if doc.guid and doc.guid not in self.doc_guids:
            guids.choose(s, row, doc.guid)
            self.doc_guids.add(doc.guid)
        s.flush()
        doc_id = row.id
        for model, rows in (
            (Paragraph, doc.paragraphs),
            (TurnRow, doc.turns),
            (ParagraphStyle, doc.styles),
        ):
            if rows:
                s.execute(insert(model), [{"document_id": doc_id, **r} for r in rows])
        if doc.rules is not None:
            s.add(TurnRulesRow(document_id=doc_id, rules=doc.rules))
        for key, value in doc.attributes.items():
            s.add(DocumentAttribute(document_id=doc_id, key=key, value=value))
        self.by_hash[digest] = (doc_id, name)
        self.names[name.casefold()] = digest
        self.tally.documents_added.append(name)
        return doc_id

    # -- codings ---------------------------------------------------------------------------
    def _codings(
        self,
        source: SourceProject,
        doc_map: dict[int, int],
        code_map: dict[int, int],
        coder_map: dict[int, int],
        not_codable: set[int],
    ) -> None:
        s = self.s
        # rows written at the end with Core, a statement per table, ids reserved in one call:
        # a copy's 100,000 codings as ORM objects cost more than all the rest of a merge
        added: list[list[Any]] = []  # the values of CODING_COLUMNS but the id
        chosen: list[str | None] = []  # the copy's GUID, where the project does not use it
        changes: list[tuple[int, Any, int | None]] = []  # (index in added, when, by)
        changed = on_category = 0
        for c in source.codings:
            doc_id = doc_map.get(c.document_id)
            if doc_id is None:
                continue  # its document is a conflict, reported there
            code_id = code_map[c.code_id]
            coder = coder_map.get(c.coder_id) if c.coder_id is not None else None
            key = CodingKey(doc_id, c.start, c.end, code_id, coder)
            there = self.have.get(key)
            if there is not None:
                self.tally.codings_already_there += 1
                if c.memo and there < 0:  # a repeat within this copy: onto the row to write
                    row = added[-1 - there]
                    text = combined_memo(row[_MEMO], self.own_name, c.memo, source.label)
                    if text is not None:
                        row[_MEMO] = text
                        self._memo_combined(key)
                elif c.memo:
                    self._coding_memo(there, c.memo, source, key)
                continue
            if code_id in not_codable:
                on_category += 1
                continue
            if c.guid and c.guid not in self.coding_guids:
                chosen.append(c.guid)
                self.coding_guids.add(c.guid)
            else:
                chosen.append(None)
                changed += 1 if c.guid else 0
            self.have[key] = -1 - len(added)  # a coding of this merge, by its place in `added`
            if c.changed is not None:
                when, by = c.changed
                changes.append((len(added), when, coder_map.get(by) if by is not None else None))
            added.append([doc_id, code_id, c.start, c.end, coder, c.memo, c.created_at, c.auto])
        if added:
            s.flush()  # documents, codes and coders added above are written first
            ids = new_ids(s, Coding, len(added))
            insert_values(
                s,
                table_of(Coding),
                CODING_COLUMNS,
                [(i, *row) for i, row in zip(ids, added, strict=True)],
            )
            new = iter(guids.new_guids(sum(1 for g in chosen if g is None)))
            insert_values(
                s,
                table_of(CodingGuid),
                ("coding_id", "guid"),
                [(i, g if g is not None else next(new)) for i, g in zip(ids, chosen, strict=True)],
            )
            insert_rows(
                s,
                table_of(CodingChange),
                [
                    {"coding_id": ids[at], "changed_at": when, "changed_by": by}
                    for at, when, by in changes
                ],
            )
            for key, value in self.have.items():
                if value < 0:
                    self.have[key] = ids[-1 - value]
        self.tally.codings_added += len(added)
        if changed:
            self.tally.conflicts.append(
                f"{changed} coding(s) of {source.label} were changed there (the same coding as "
                "one here, with another passage, code or coder); both versions are kept."
            )
        if on_category:
            self.tally.conflicts.append(
                f"{on_category} coding(s) of {source.label} are on a code that is a category "
                "here (not codable); they were not merged."
            )

    def _coding_memo(self, there: int, memo: str, source: SourceProject, key: CodingKey) -> None:
        row = self.s.get_one(Coding, there)
        text = combined_memo(row.memo, self.own_name, memo, source.label)
        if text is not None:
            row.memo = text
            self._memo_combined(key)

    def _memo_combined(self, key: CodingKey) -> None:
        name = self.s.get_one(Document, key.document_id).name
        self.tally.memos_combined.append(f"memo of a coding in '{name}' ({key.start}–{key.end})")

    # -- memos -----------------------------------------------------------------------------
    def _memos(
        self,
        source: SourceProject,
        doc_map: dict[int, int],
        code_map: dict[int, int],
        coder_map: dict[int, int],
    ) -> None:
        s = self.s
        for memo in source.memos:
            if memo.target == "project":
                target_id: int | None = None
            else:
                ids = doc_map if memo.target == "document" else code_map
                target_id = ids.get(memo.target_id) if memo.target_id is not None else None
                if target_id is None:
                    continue  # the memo of a conflicting document goes with it
            row = coding_q.memo_row(s, memo.target, target_id)
            coder = coder_map.get(memo.coder_id) if memo.coder_id is not None else None
            if row is None:
                s.add(
                    Memo(
                        target=memo.target,
                        target_id=target_id,
                        text=memo.text,
                        coder_id=coder,
                        updated_at=coding_q.now(),
                    )
                )
                self.tally.memos_combined.append(self._describe(memo.target, target_id))
                continue
            own = self._coder_name(row.coder_id) or self.own_name
            theirs = source.coders[memo.coder_id].name if memo.coder_id in source.coders else None
            text = combined_memo(row.text, own, memo.text, theirs or source.label)
            if text is None:
                continue
            if len(text) > limits.MEMO:
                self.tally.conflicts.append(
                    f"The {self._describe(memo.target, target_id)} of {source.label} was not "
                    "merged: together they would be longer than a memo may be."
                )
                continue
            row.text, row.updated_at = text, coding_q.now()
            self.tally.memos_combined.append(self._describe(memo.target, target_id))

    def _coder_name(self, coder_id: int | None) -> str | None:
        return (
            None
            if coder_id is None
            else self.s.scalar(select(Coder.name).where(Coder.id == coder_id))
        )

    def _describe(self, target: str, target_id: int | None) -> str:
        if target == "project" or target_id is None:
            return "project memo"
        if target == "document":
            return f"memo of document '{self.s.get_one(Document, target_id).name}'"
        return f"memo of code '{self.s.get_one(Code, target_id).name}'"
