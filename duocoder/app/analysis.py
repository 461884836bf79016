"""Analyses of a project — co-occurrence, code matrices, duos, stakeholders — and their
exports (tables to .xlsx/.csv, quote lists to Word).

The facade only loads: the documents, the code tree and, in one query, the codings of the
selected documents without their text; turns only when the interviewer's turns must be
left out (the default) or the mode counts per turn; paragraphs only when the mode or a
quote's source needs them. Everything else is the pure functions of `duocoder.analysis`,
so what the window shows, what the CLI prints and what the tests check against a brute-
force oracle is one computation.

Every analysis takes the same filters (`Filters`): `roles`, `cases`, `duos`, `coders`
(names), `documents` (names or ids), `codes` (paths or ids; also the rows shown) and
`include_interviewer` (default False: a segment lying only in interviewer turns is left
out). A misspelt case, duo or coder is an error, not an empty table."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from typing import Literal, Unpack, overload

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from duocoder.analysis import cooccurrence as cooc
from duocoder.analysis import duos, layout, matrix, quotes, stakeholders
from duocoder.analysis.codes import axis_codes, subtrees
from duocoder.analysis.data import (
    CODER,
    DOC_ID,
    ID,
    Cancelled,
    CodedTuple,
    Doc,
    Filters,
    Names,
    Progress,
    Selection,
    TurnTuple,
    check_progress,
    name_set,
    report_roles,
    role_set,
    select_segments,
)
from duocoder.analysis.definition import Definition
from duocoder.app.exports import check_output
from duocoder.app.queries import codes as code_q
from duocoder.app.queries import codings as coding_q
from duocoder.app.queries import documents as document_q
from duocoder.app.queries import rows as row_q
from duocoder.app.service import Service
from duocoder.domain.errors import ValidationError
from duocoder.domain.records import CodeInfo, Segment
from duocoder.domain.roles import Role
from duocoder.storage.models import Coder, Coding, Document
from duocoder.storage.models import Turn as TurnRow


@dataclass(slots=True)
class _Loaded:
    """What one analysis read from the project, with the selection already applied."""

    docs: list[Doc]
    kept: list[Doc]
    infos: list[CodeInfo]
    selection: Selection
    segments: list[CodedTuple]
    turns: dict[int, list[TurnTuple]]
    paragraphs: dict[int, list[tuple[int, int]]]
    chosen_codes: list[int] | None
    chosen_documents: tuple[str, ...] | None
    coder_names: dict[int, str]


class Analysis(Service):
    # -- co-occurrence ---------------------------------------------------------------------
    @overload
    def cooccurrence(
        self,
        *,
        mode: str = ...,
        distance: int | None = ...,
        by_role: Literal[False] = ...,
        progress: Progress | None = ...,
        cancelled: Cancelled | None = ...,
        **filters: Unpack[Filters],
    ) -> cooc.CooccurrenceResult: ...
    @overload
    def cooccurrence(
        self,
        *,
        mode: str = ...,
        distance: int | None = ...,
        by_role: Literal[True],
        progress: Progress | None = ...,
        cancelled: Cancelled | None = ...,
        **filters: Unpack[Filters],
    ) -> cooc.RoleCooccurrence: ...
    def cooccurrence(
        self,
        *,
        mode: str = "overlap",
        distance: int | None = None,
        by_role: bool = False,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        **filters: Unpack[Filters],
    ) -> cooc.CooccurrenceResult | cooc.RoleCooccurrence:
        """How often every pair of codes co-occurs: `mode` is overlap, paragraph, turn or
        proximity (within `distance` characters); see `duocoder.analysis.cooccurrence` for
        n1, n2, n12 and c. With `by_role`, one matrix per role over the same codes."""
        distance = cooc.check_mode(mode, distance)
        data = self._load(filters, turns=mode == "turn", paragraphs=mode == "paragraph")
        ids, paths = axis_codes(data.infos, data.chosen_codes, False)
        units = _units(mode, data)
        extra = {"mode": mode, "distance": distance if mode == "proximity" else None}
        if not by_role:
            definition = self._definition("cooccurrence", data, paths, **extra)
            return cooc.cooccurrence(
                data.segments,
                ids,
                paths,
                definition,
                units=units,
                progress=progress,
                cancelled=cancelled,
            )
        role_of = {d.id: d.role for d in data.kept}
        shown = report_roles(role_of.values(), data.selection.roles)
        results = []
        for step, role in enumerate(shown):
            check_progress(step, len(shown), role.value, progress, cancelled)
            part = replace(
                data,
                kept=[d for d in data.kept if d.role == role],
                segments=[c for c in data.segments if role_of[c[DOC_ID]] == role],
                selection=replace(data.selection, roles=frozenset([role])),
            )
            definition = self._definition("cooccurrence", part, paths, **extra)
            results.append(cooc.cooccurrence(part.segments, ids, paths, definition, units=units))
        overall = self._definition("cooccurrence", data, paths, **extra)
        return cooc.RoleCooccurrence(overall, shown, tuple(results))

    def cooccurring_pairs(
        self,
        code_a: int | str,
        code_b: int | str,
        *,
        mode: str = "overlap",
        distance: int | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        **filters: Unpack[Filters],
    ) -> list[cooc.CooccurringPair]:
        """The pairs behind one cell of `cooccurrence(mode=..., distance=..., **filters)`,
        with their passages' words, in document order: exactly as many as that cell counts
        (for one code, the diagonal, its segments, each once). Codes by path or id; the
        `codes` filter is not needed, since a cell's pairs do not depend on the other codes."""
        distance = cooc.check_mode(mode, distance)
        data = self._load(
            {**filters, "codes": [code_a, code_b]},
            turns=mode == "turn",
            paragraphs=mode == "paragraph",
        )
        chosen = data.chosen_codes or []
        a, b = chosen[0], chosen[-1]
        passages = self._with_text(data)  # in document order, as the pairs are listed
        order = {s.id: i for i, s in enumerate(passages)}
        found = cooc.cooccurring_pairs(
            sorted(data.segments, key=lambda c: order[c[ID]]),
            a,
            b,
            mode=mode,
            distance=distance,
            units=_units(mode, data),
            progress=progress,
            cancelled=cancelled,
        )
        by_id = {s.id: s for s in passages}
        return [cooc.CooccurringPair(by_id[x[ID]], by_id[y[ID]]) for x, y in found]

    # -- matrices --------------------------------------------------------------------------
    def code_matrix(
        self,
        by: str = "role",
        *,
        descendants: bool = False,
        percent: bool = False,
        **filters: Unpack[Filters],
    ) -> matrix.CodeMatrix:
        """Segments and documents per code and role, case or document (`by`). With
        `descendants` a code's row also counts its sub-codes; `percent` asks for shares of
        the column when shown (the counts stay in the result)."""
        matrix.columns_for(by, [], self.project.language)  # refuse a wrong `by` before loading
        data = self._load(filters, descendants=descendants)
        ids, paths = axis_codes(data.infos, data.chosen_codes, descendants)
        extra = {"by": by, "descendants": descendants, "percent": percent}
        return matrix.code_matrix(
            data.segments,
            data.kept,
            ids,
            paths,
            self._definition("matrix", data, paths, **extra),
            subtree=subtrees(data.infos) if descendants else None,
            language=self.project.language,
        )

    def duo_comparison(
        self, *, descendants: bool = False, **filters: Unpack[Filters]
    ) -> duos.DuoComparison:
        """Per duo, the segments per code in the participant's and in the volunteer's
        account, side by side (0: the code is absent from that account)."""
        data = self._load(filters, descendants=descendants)
        ids, paths = axis_codes(data.infos, data.chosen_codes, descendants)
        definition = self._definition("duo_comparison", data, paths, descendants=descendants)
        subtree = subtrees(data.infos) if descendants else None
        return duos.duo_comparison(
            data.segments, data.kept, ids, paths, definition, subtree=subtree
        )

    def duo_matrix(
        self, *, descendants: bool = False, **filters: Unpack[Filters]
    ) -> duos.DuoMatrix:
        """For codes X (rows) and Y (columns): in how many complete duos the participant's
        account carries X while the volunteer's carries Y."""
        comparison = self.duo_comparison(descendants=descendants, **filters)
        return duos.duo_matrix(comparison, replace(comparison.definition, kind="duo_matrix"))

    def stakeholder_comparison(
        self,
        code: int | str,
        *,
        descendants: bool = False,
        case: str | None = None,
        duo: str | None = None,
        coders: Names = None,
        include_interviewer: bool = False,
    ) -> stakeholders.StakeholderComparison:
        """One code's segments in three columns (coördinator, deelnemer, vrijwilliger),
        for the whole project, one case, or one duo with its case's coordinator."""
        with self.project._read() as s:
            chosen = stakeholders.stakeholder_documents(_documents(s), case, duo)
        data = self._load(
            {"documents": [d.id for d in chosen], "codes": [code], "coders": coders},
            descendants=descendants,
            include_interviewer=include_interviewer,
            turns=True,
        )
        _, paths = axis_codes(data.infos, data.selection.codes, True)
        data.chosen_documents = None  # the documents follow from the case or duo
        definition = replace(
            self._definition("stakeholders", data, paths, descendants=descendants),
            cases=None if case is None else (case,),
            duos=None if duo is None else (duo,),
        )
        code_path = next(i.path for i in data.infos if i.id in (data.chosen_codes or ()))
        return stakeholders.stakeholder_comparison(
            self._with_text(data), code_path, paths, definition, data.turns
        )

    # -- exports ---------------------------------------------------------------------------
    def export_table(
        self, result: layout.Result, path: str | Path, *, allow_unreviewed: str | None = None
    ) -> Path:
        """Write an analysis result to .xlsx (laid out for people, in the project's
        language) or .csv (one long table for R or pandas, the definition in
        `NAME.definition.txt` beside it), by the suffix; the definition states how text
        cells are kept from running as formulas. Never over the project itself (see
        `duocoder.app.exports`). The one table that carries interview text, the
        stakeholder comparison, passes the export guard first (see `export_quotes`)."""
        from duocoder.analysis import tidy
        from duocoder.app.export_guard import export_label, guard
        from duocoder.io.tables import definition_path, write_tables

        check_output(self.project.path, path)
        if isinstance(result, stakeholders.StakeholderComparison):
            where = [(s.doc_id, s.start, s.end) for column in result.columns for s in column]
            guard(self.project, where, export_label("segments", path), allow_unreviewed)
        language = self.project.language
        lines = result.definition.describe(language)
        long = None
        if Path(path).suffix.lower() == ".csv":
            check_output(self.project.path, definition_path(path))
            long = tidy.long_table(result)
            lines = [*lines, "", *tidy.column_notes(long[0], language)]
        return write_tables(
            path,
            layout.sheets(result, language),
            layout.definition_title(language),
            lines,
            language,
            long,
        )

    def export_quotes(
        self,
        path: str | Path,
        *,
        with_source: bool = False,
        with_memo: bool = False,
        with_definitions: bool = False,
        attribution: str = "line",
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        allow_unreviewed: str | None = None,
        **filters: Unpack[Filters],
    ) -> quotes.QuoteList:
        """Write the quotes of the chosen codes (and the codes below them; all codes if none
        are chosen) to Word, per code in codebook order and per role; returns what was
        written. Interviewer words inside a segment are left out and marked […], a quote
        cut mid-sentence gets (…) at that end. `attribution` "line" puts the role on its
        own line under the quote, "inline" after it: ‘…’ (deelnemer). The cover states
        the definition, with every filter used; code definitions (`with_definitions`)
        are given in the project's language only.

        Before anything is written, the export guard checks the quoted passages (and the
        memos, `with_memo`): identifiers not reviewed stop the export with their list
        (`UnreviewedIdentifiersError`) unless `allow_unreviewed` gives the reason to
        export anyway, which the project records."""
        from duocoder.app.export_guard import export_label, guard
        from duocoder.io.quotes_docx import ATTRIBUTIONS, write_quotes_docx

        if attribution not in ATTRIBUTIONS:
            raise ValidationError(
                f"The role goes {' or '.join(ATTRIBUTIONS)} with the quote, not '{attribution}'."
            )
        check_output(self.project.path, path)  # before reading hundreds of quotes
        data = self._load(
            {**filters, "include_interviewer": False}, descendants=True, paragraphs=with_source
        )
        _, paths = axis_codes(data.infos, data.selection.codes, True)
        definition = self._definition("quotes", data, paths, descendants=True)
        passages = self._with_text(data)
        result = quotes.quote_list(
            passages,
            data.infos,
            data.chosen_codes,
            data.turns,
            data.paragraphs,
            definition,
            self._contexts([s.id for s in passages]),
        )
        quoted = {q.coding_id for section in result.sections for q in section.quotes}
        chosen = [s for s in passages if s.id in quoted]
        memos = [(f"memo in {s.doc}", s.memo) for s in chosen if s.memo] if with_memo else []
        where = [(s.doc_id, s.start, s.end) for s in chosen]
        guard(self.project, where, export_label("quotes", path), allow_unreviewed, memos)
        check_progress(0, result.count, "", progress, cancelled)

        def step(done: int, total: int) -> None:
            check_progress(done, total, "", progress, cancelled)

        write_quotes_docx(
            result.sections,
            path,
            language=self.project.language,
            project=self.project.name,
            definition=definition.describe(self.project.language),
            with_source=with_source,
            with_memo=with_memo,
            with_definitions=with_definitions,
            attribution=attribution,
            progress=step,
        )
        return result

    def _contexts(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        """Per coding, the document's text just before and after it (`quotes.CONTEXT`
        characters each), cut out by the database so no whole transcript is read."""
        n = quotes.CONTEXT
        left = case((Coding.start > n, Coding.start - n), else_=0)  # SQLite and PostgreSQL
        out: dict[int, tuple[str, str]] = {}
        with self.project._read() as s:
            for i in range(0, len(ids), 5000):  # within SQLite's limit on parameters
                q = (
                    select(
                        Coding.id,
                        func.substr(Document.text, left + 1, Coding.start - left),
                        func.substr(Document.text, Coding.end + 1, n),
                    )
                    .join(Document, Document.id == Coding.document_id)
                    .where(Coding.id.in_(ids[i : i + 5000]))
                )
                out.update((c, (a or "", b or "")) for c, a, b in row_q.plain_rows(s, q))
        return out

    # -- loading ---------------------------------------------------------------------------
    def _with_text(self, data: _Loaded) -> list[Segment]:
        """The selected segments as `Segment` records with their text, in document order."""
        kept = {c[ID] for c in data.segments}
        scope = None if data.selection.codes is None else sorted(data.selection.codes)
        found = self.project.segments(scope, documents=[d.id for d in data.kept])
        return [s for s in found if s.id in kept]

    def _load(
        self,
        filters: Filters,
        *,
        descendants: bool = False,
        include_interviewer: bool | None = None,
        turns: bool = False,
        paragraphs: bool = False,
    ) -> _Loaded:
        """Documents, codes and the selected codings (one query, without text)."""
        if include_interviewer is None:
            include_interviewer = bool(filters.get("include_interviewer", False))
        with self.project._read() as s:
            docs = _documents(s)
            infos = code_q.code_infos(s)
            coder_names = dict(s.execute(select(Coder.id, Coder.name)).all())
            documents, codes = filters.get("documents"), filters.get("codes")
            chosen_docs = (
                None if documents is None else [document_q.resolve(s, d) for d in documents]
            )
            chosen_codes = None
            selected: set[int] | None = None
            if codes is not None:
                chosen_codes = list(dict.fromkeys(coding_q.code_for(s, c, False) for c in codes))
                tree = subtrees(infos) if descendants else {}
                selected = {m for c in chosen_codes for m in tree.get(c, [c])}
            selection = Selection(
                roles=role_set(filters.get("roles")),
                cases=name_set(filters.get("cases")),
                duos=name_set(filters.get("duos")),
                coders=name_set(filters.get("coders")),
                documents=None if chosen_docs is None else frozenset(chosen_docs),
                codes=None if selected is None else frozenset(selected),
                include_interviewer=include_interviewer,
            )
            selection.check_names(docs, coder_names.values())
            kept = [d for d in docs if selection.keeps_document(d)]
            ids = [d.id for d in kept]
            # the coder's id stands in for the name: 100,000 small ints cost nothing to
            # fetch, 100,000 names do; `_definition` names the coders that occur
            q = select(
                Coding.id,
                Coding.document_id,
                Coding.code_id,
                Coding.start,
                Coding.end,
                Coding.coder_id,
            )
            if len(kept) < len(docs):
                q = q.where(Coding.document_id.in_(ids))
            if selected is not None:
                q = q.where(Coding.code_id.in_(selected))
            if selection.coders is not None:
                wanted = select(Coder.id).where(Coder.name.in_(selection.coders))
                q = q.where(Coding.coder_id.in_(wanted))
            raw: list[CodedTuple] = row_q.plain_rows(s, q)
            turn_spans = self._turns(s, ids) if turns or not include_interviewer else {}
            paras = row_q.paragraphs(s, ids) if paragraphs else {}
        names = {d.id: d.name for d in docs}
        # SQL applied the document, code and coder filters; what is left is the turns
        only_turns = Selection(include_interviewer=include_interviewer)
        return _Loaded(
            docs,
            kept,
            infos,
            selection,
            select_segments(raw, {d.id: d for d in kept}, only_turns, turn_spans),
            turn_spans,
            paras,
            chosen_codes,
            None if chosen_docs is None else tuple(names[i] for i in chosen_docs),
            coder_names,
        )

    def _turns(self, s: Session, ids: list[int]) -> dict[int, list[TurnTuple]]:
        """The documents' turns, sorted, flagged interviewer or not. The flag is computed
        by SQLite from the few distinct speaker labels, and rows come in storage order
        (sorted here per document): both halve the cost of 30,000 turns."""
        from duocoder.app.turns import Interviewers

        interviewer = Interviewers(s, self.project.interviewer_labels).clause(s)
        q = select(
            TurnRow.document_id, TurnRow.start, TurnRow.end, interviewer, TurnRow.label_start
        )
        if len(ids) < (s.scalar(select(func.count(Document.id))) or 0):
            q = q.where(TurnRow.document_id.in_(ids))
        out: dict[int, list[TurnTuple]] = {}
        for doc, run in groupby(row_q.plain_rows(s, q), key=itemgetter(0)):
            out.setdefault(doc, []).extend(row[1:] for row in run)  # (start, end, 0|1, label)
        for turns in out.values():
            turns.sort()
        return out

    def _definition(
        self, kind: str, data: _Loaded, paths: Sequence[str], **extra: object
    ) -> Definition:
        """The analysis's definition; `extra` are further fields of `Definition` (the mode,
        say), passed on to `Definition.of`, which takes any of its fields by keyword."""
        coders = {data.coder_names.get(c) for c in set(map(itemgetter(CODER), data.segments))}
        path_of = {i.id: i.path for i in data.infos}
        chosen = data.chosen_codes
        return Definition.of(
            kind,
            data.selection,
            project=self.project.name,
            chosen_documents=data.chosen_documents,
            code_filter=None if chosen is None else tuple(path_of[c] for c in chosen),
            coders=coders,
            documents=[d.name for d in data.kept],
            codes=paths,
            **extra,
        )


def _documents(s: Session) -> list[Doc]:
    rows = s.execute(
        select(
            Document.id, Document.name, Document.role, Document.case_name, Document.duo
        ).order_by(Document.position, Document.id)
    ).all()
    return [Doc(i, name, Role(role), case, duo) for i, name, role, case, duo in rows]


def _units(mode: str, data: _Loaded) -> dict[int, list[tuple[int, int]]] | None:
    """The units a mode counts in, per document: paragraphs or turns (None: by position)."""
    if mode == "paragraph":
        return data.paragraphs
    if mode == "turn":
        return {doc: [(t[0], t[1]) for t in ts] for doc, ts in data.turns.items()}
    return None
