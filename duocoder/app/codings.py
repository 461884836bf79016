"""Codings (coded segments), coders and memos, and the retrieval of coded segments."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased

from duocoder.app.coders import colour_session_coder, note_change
from duocoder.app.queries import codes as code_q
from duocoder.app.queries import codings as coding_q
from duocoder.app.queries import documents as document_q
from duocoder.app.queries.codings import DuplicateCodings
from duocoder.app.service import Service
from duocoder.domain import limits
from duocoder.domain.errors import DuoCoderError, NotFoundError, ValidationError
from duocoder.domain.limits import check_length
from duocoder.domain.records import MemoInfo, Segment
from duocoder.domain.roles import Role
from duocoder.storage import guids
from duocoder.storage.models import (
    CODING_COLUMNS,
    Code,
    Coder,
    Coding,
    CodingChange,
    Document,
    Memo,
    table_of,
)
from duocoder.storage.statements import insert_values, new_ids


@dataclass(frozen=True, slots=True)
class CodingSpec:
    """One coding to apply in bulk: a document (id or name), a span, a code path or id."""

    doc: int | str
    start: int
    end: int
    code: int | str
    coder: str | None = None
    memo: str | None = None
    auto: bool = False


@dataclass(frozen=True, slots=True)
class CodingReport:
    """What `apply_codings` did: new coding ids in the order of their specs, the code paths
    it created, and the positions of the specs skipped as duplicates."""

    ids: list[int]
    created: list[str]
    skipped: list[int]


class Codings(Service):
    def add_coding(
        self,
        doc: int | str,
        code: int | str,
        start: int,
        end: int,
        *,
        coder: str | None = None,
        memo: str | None = None,
        auto: bool = False,
        create_code: bool = False,
    ) -> int:
        """Code `start..end` (code points, end exclusive) of a document; returns the coding id.
        A code path that is not in the project is refused (`UnknownCodeError`, with the
        paths meant most likely) unless `create_code`; the same passage coded with the same
        code by the same coder again is refused (`DuplicateCodingError`)."""
        return self.add_codings(
            [CodingSpec(doc, start, end, code, coder, memo, auto)],
            create_codes=create_code,
            label="Code passage",
        )[0]

    def add_codings(
        self,
        specs: Sequence[CodingSpec],
        *,
        create_codes: bool = False,
        label: str = "Code passages",
    ) -> list[int]:
        """Apply many codings in one transaction: all of them, or none if one is invalid
        (an unknown code path unless `create_codes`, a span outside the text, a duplicate).
        The error raised carries `spec_index`, the position of the failing spec."""
        return self.apply_codings(specs, create_codes=create_codes, label=label).ids

    def apply_codings(
        self,
        specs: Sequence[CodingSpec],
        *,
        create_codes: bool = False,
        skip_duplicates: bool = False,
        label: str = "Code passages",
    ) -> CodingReport:
        """`add_codings` that reports what it did: the new ids, the code paths it created
        (only with `create_codes`) and, with `skip_duplicates`, the specs it left out because
        the passage already had that coding (from before, or from an earlier spec)."""

        def change(s: Session) -> CodingReport:
            # Everything is checked first, with what a few queries read (documents and their
            # lengths, each document's codings, codes and coders once per name); only then
            # are the rows written, in one statement for the codings and one for their GUIDs.
            # A refused spec therefore writes nothing, and 100,000 specs cost a handful of
            # round trips instead of three per coding.
            report = CodingReport([], [], [])
            index_of_docs = document_q.DocumentIndex(s)
            docs: dict[int | str, int] = {}
            for spec in specs:
                if spec.doc not in docs:
                    with suppress(DuoCoderError):  # refused below, at the first spec naming it
                        docs[spec.doc] = index_of_docs.resolve(spec.doc)
            codes: dict[int | str, int] = {}
            coders: dict[str | None, int | None] = {}
            # per document, the (code, start, end, coder) of its codings: read at once,
            # grown with each new coding, so a duplicate from before or from the batch is
            # caught
            coded = coding_q.coded_keys_of(s, docs.values())
            rows: list[tuple[object, ...]] = []  # the values of CODING_COLUMNS but the id
            when = coding_q.now()
            for index, spec in enumerate(specs):
                try:
                    doc_id = docs.get(spec.doc)
                    if doc_id is None:
                        doc_id = index_of_docs.resolve(spec.doc)  # raises its NotFoundError
                    code_id = codes.get(spec.code)
                    if code_id is None:
                        code_id = codes[spec.code] = coding_q.codable(
                            s, coding_q.code_for(s, spec.code, create_codes, report.created)
                        )
                    coding_q.check_within(index_of_docs.lengths[doc_id], spec.start, spec.end)
                    # a spec without a coder is the session's coder's (the window's user)
                    name = spec.coder if spec.coder is not None else self.project.coder
                    if name in coders:
                        coder = coders[name]
                    else:
                        coder = coders[name] = coding_q.coder_id(s, name)
                    have = coded[doc_id]
                    key = (code_id, spec.start, spec.end, coder)
                    if key in have:
                        if skip_duplicates:
                            report.skipped.append(index)
                            continue
                        raise coding_q.duplicate_error(s, doc_id, *key)
                    have.add(key)
                    memo = check_length("A memo", spec.memo, limits.MEMO) if spec.memo else None
                except DuoCoderError as exc:
                    exc.spec_index = index  # type: ignore[attr-defined]  # for "row N" in the CLI
                    raise
                rows.append((doc_id, code_id, spec.start, spec.end, coder, memo, when, spec.auto))
            if rows:
                s.flush()  # codes and coders made above get their ids before the codings
                ids = new_ids(s, Coding, len(rows))
                insert_values(
                    s,
                    table_of(Coding),
                    CODING_COLUMNS,
                    [(i, *row) for i, row in zip(ids, rows, strict=True)],
                )
                guids.assign_codings(s, ids)
                report.ids.extend(ids)
            colour_session_coder(s, self.project.coder, self.project.coder_color)
            return report

        return self.project._run(label, change)

    def code_selection(self, refs: Iterable[int | str], *, descendants: bool = False) -> list[str]:
        """The paths of the codes `refs` names (by path or id), with every code below them
        if `descendants`, in codebook order and each once; an unknown path is refused with
        suggestions (`UnknownCodeError`). What `--code ... --descendants` means everywhere."""
        with self.project._read() as s:
            wanted: set[int] = set()
            for ref in refs:
                cid = coding_q.code_for(s, ref, False)
                wanted.update(code_q.subtree(s, cid) if descendants else [cid])
            return [c.path for c in code_q.code_infos(s) if c.id in wanted]

    def duplicate_codings(self) -> list[DuplicateCodings]:
        """Codings that repeat another (same document, span, code and coder), as older
        versions could store them: one entry per passage, with the ids beyond the first."""
        with self.project._read() as s:
            return coding_q.duplicates(s)

    def remove_duplicate_codings(self) -> int:
        """Remove the repeats `duplicate_codings` finds, keeping each passage's first coding
        (its memo is kept; a repeat's different memo is appended to it), in one undo step;
        returns how many were removed."""

        def change(s: Session) -> int:
            removed = 0
            for dup in coding_q.duplicates(s):
                keep = s.get_one(Coding, dup.kept)
                memos = [keep.memo] if keep.memo else []
                for cid in dup.extra:
                    row = s.get_one(Coding, cid)
                    if row.memo and row.memo not in memos:
                        memos.append(row.memo)
                    s.delete(row)
                    removed += 1
                keep.memo = "\n\n".join(memos) or None
            return removed

        return self.project._run("Remove duplicate codings", change)

    def remove_coding(self, coding_id: int) -> None:
        self.remove_codings([coding_id])

    def remove_codings(self, coding_ids: Iterable[int]) -> None:
        ids = list(coding_ids)

        def change(s: Session) -> None:
            found = set(s.scalars(select(Coding.id).where(Coding.id.in_(ids))))
            if missing := [i for i in ids if i not in found]:
                raise NotFoundError(f"There is no coding with id {missing[0]}.")
            s.execute(delete(Coding).where(Coding.id.in_(ids)))

        self.project._run("Remove coding" if len(ids) == 1 else "Remove codings", change)

    def set_coding_memo(self, coding_id: int, memo: str | None) -> None:
        check_length("A memo", memo or "", limits.MEMO)

        def change(s: Session) -> None:
            row = s.get(Coding, coding_id)
            if row is None:
                raise NotFoundError(f"There is no coding with id {coding_id}.")
            new = memo.strip() if memo and memo.strip() else None
            if new != row.memo:
                row.memo = new
                note_change(s, coding_id, self.project.coder)

        self.project._run("Edit memo", change)

    def recode(self, coding_id: int, code: int | str) -> None:
        """Give a coding another code, keeping its span, coder and memo."""

        def change(s: Session) -> None:
            row = s.get(Coding, coding_id)
            if row is None:
                raise NotFoundError(f"There is no coding with id {coding_id}.")
            code_id = coding_q.code_for(s, code, False)
            key = (row.document_id, code_id, row.start, row.end, row.coder_id)
            if code_id != row.code_id and coding_q.is_coded(s, *key):
                raise coding_q.duplicate_error(s, *key)
            if code_id != row.code_id:
                row.code_id = code_id
                note_change(s, coding_id, self.project.coder)

        self.project._run("Recode", change)

    def set_coding_span(self, coding_id: int, start: int, end: int) -> None:
        def change(s: Session) -> None:
            row = s.get(Coding, coding_id)
            if row is None:
                raise NotFoundError(f"There is no coding with id {coding_id}.")
            coding_q.check_span(s, row.document_id, start, end)
            key = (row.document_id, row.code_id, start, end, row.coder_id)
            if (start, end) != (row.start, row.end) and coding_q.is_coded(s, *key):
                raise coding_q.duplicate_error(s, *key)
            if (start, end) != (row.start, row.end):
                row.start, row.end = start, end
                note_change(s, coding_id, self.project.coder)

        self.project._run("Resize coding", change)

    # -- retrieval -------------------------------------------------------------------------
    def segments(
        self,
        codes: Iterable[int | str] | None = None,
        *,
        descendants: bool = False,
        roles: Iterable[Role | str] | None = None,
        cases: Iterable[str] | None = None,
        duos: Iterable[str] | None = None,
        coders: Iterable[str] | None = None,
        documents: Iterable[int | str] | None = None,
    ) -> list[Segment]:
        """Coded segments with their text, in document order, filtered as a researcher asks."""
        changer = aliased(Coder)
        with self.project._read() as s:
            infos = {c.id: c for c in code_q.code_infos(s)}
            q = (
                select(
                    Coding,
                    Document.name,
                    Document.role,
                    Document.case_name,
                    Document.duo,
                    Coder.name,
                    func.substr(Document.text, Coding.start + 1, Coding.end - Coding.start),
                    CodingChange.changed_at,
                    changer.name,
                )
                .join(Document, Document.id == Coding.document_id)
                .outerjoin(Coder, Coder.id == Coding.coder_id)
                .outerjoin(CodingChange, CodingChange.coding_id == Coding.id)
                .outerjoin(changer, changer.id == CodingChange.changed_by)
                .order_by(Document.position, Document.id, Coding.start, Coding.end, Coding.id)
            )
            if codes is not None:
                ids: set[int] = set()
                for ref in codes:
                    cid = coding_q.code_for(s, ref, False)
                    ids.update(code_q.subtree(s, cid) if descendants else [cid])
                q = q.where(Coding.code_id.in_(ids))
            if roles is not None:
                q = q.where(
                    Document.role.in_([Role.parse(r) if isinstance(r, str) else r for r in roles])
                )
            if cases is not None:
                q = q.where(Document.case_name.in_(list(cases)))
            if duos is not None:
                q = q.where(Document.duo.in_(list(duos)))
            if coders is not None:
                q = q.where(Coder.name.in_(list(coders)))
            if documents is not None:
                q = q.where(Coding.document_id.in_([document_q.resolve(s, d) for d in documents]))
            return [
                Segment(
                    id=c.id,
                    doc_id=c.document_id,
                    doc=name,
                    role=Role(role),
                    case=case,
                    duo=duo,
                    code_id=c.code_id,
                    code=infos[c.code_id].path,
                    start=c.start,
                    end=c.end,
                    text=text,
                    coder=coder,
                    memo=c.memo,
                    created_at=c.created_at,
                    auto=c.auto,
                    changed_at=changed_at,
                    changed_by=changed_by,
                )
                for c, name, role, case, duo, coder, text, changed_at, changed_by in s.execute(
                    q
                ).all()
            ]

    def coding_count(self) -> int:
        with self.project._read() as s:
            return s.scalar(select(func.count()).select_from(Coding)) or 0

    # -- memos on the project, a document or a code -----------------------------------------
    def set_memo(
        self, target: str, target_id: int | None, text: str, coder: str | None = None
    ) -> None:
        """Write (or, with empty text, remove) the memo of the project, a document or a code,
        as `coder` (by default the session's coder)."""
        if target not in ("project", "document", "code"):
            raise ValidationError("A memo belongs to the project, a document or a code.")
        if (target == "project") != (target_id is None):
            raise ValidationError("A project memo has no target id; others need one.")
        check_length("A memo", text, limits.MEMO)

        def change(s: Session) -> None:
            owner = {"document": Document, "code": Code}.get(target)
            if owner is not None and s.get(owner, target_id) is None:
                raise NotFoundError(f"There is no {target} with id {target_id}.")
            if not text.strip():
                row = coding_q.memo_row(s, target, target_id)
                if row is not None:
                    s.delete(row)
                return
            row = coding_q.new_memo_row(s, target, target_id)
            row.text, row.updated_at, row.coder_id = (
                text,
                coding_q.now(),
                coding_q.coder_id(s, coder if coder is not None else self.project.coder),
            )
            colour_session_coder(s, self.project.coder, self.project.coder_color)

        self.project._run("Edit memo", change)

    def memo(self, target: str, target_id: int | None) -> str | None:
        with self.project._read() as s:
            row = coding_q.memo_row(s, target, target_id)
            return row.text if row is not None else None

    def memos(self) -> list[MemoInfo]:
        with self.project._read() as s:
            rows = s.execute(
                select(Memo, Coder.name)
                .outerjoin(Coder, Coder.id == Memo.coder_id)
                .order_by(Memo.id)
            ).all()
            return [
                MemoInfo(m.id, m.target, m.target_id, m.text, coder, m.updated_at)
                for m, coder in rows
            ]
