"""Intercoder agreement between two or more coders of a project, and its report files.

`agreement` reads, in one short read transaction, the chosen coders' codings (without
their text), the documents' text lengths, paragraphs (and text, for paragraph and sentence
units) and speaker turns flagged interviewer or not; everything else is the pure modules:
units and pattern counts (`duocoder.analysis.agreement_units`), coefficients and bootstrap
(`duocoder.analysis.agreement`), the unitized αs and segment-overlap agreement
(`duocoder.analysis.unitized`) and the definitions in the project's language
(`duocoder.domain.agreement_words`).

What is compared, unless the caller narrows it:
- documents: those in which at least one of the chosen coders coded anything — a document
  nobody of them touched says nothing about their agreement, and counting its units as
  "agreed: no code" would inflate every figure;
- codes: every code at least one of the chosen coders applied in those documents, in the
  code tree's order. A code named explicitly is compared even when nobody used it (its
  coefficients then say "no variation")."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duocoder.analysis.agreement_result import AgreementReport, UnitKind
from duocoder.analysis.data import Cancelled, Progress, TurnTuple, check_progress
from duocoder.app.exports import check_output
from duocoder.app.queries import codes as code_q
from duocoder.app.queries import codings as coding_q
from duocoder.app.queries import documents as document_q
from duocoder.app.queries import rows as row_q
from duocoder.app.service import Service
from duocoder.domain.errors import NotFoundError, ValidationError
from duocoder.storage.models import Coder, Coding, Document
from duocoder.storage.models import Turn as TurnRow

REPORT_SUFFIXES = (".xlsx", ".csv", ".docx")


class Agreement(Service):
    def agreement(
        self,
        coders: Sequence[str],
        *,
        unit: UnitKind = "paragraph",
        codes: Sequence[int | str] | None = None,
        documents: Sequence[int | str] | None = None,
        include_interviewer: bool = False,
        samples: int = 1000,
        seed: int = 1,
        segment_threshold: float = 0.9,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> AgreementReport:
        """How well `coders` (names, two or more) agree, per code and overall, unit-based
        (`unit`: paragraph, turn, sentence or character; see
        `duocoder.analysis.agreement_units`), with `samples` bootstrap resamples of the
        documents seeded with `seed`, plus the unitized αs and segment-overlap agreement
        (a segment agrees at `segment_threshold` overlap). See the module docstring for
        which documents and codes are compared by default. A coder or code not in the
        project, fewer than two coders or a wrong unit are refused in one sentence."""
        # numpy comes with these: loaded when agreement is computed, not by every command
        from duocoder.analysis import agreement as agr
        from duocoder.analysis import agreement_units as units_mod
        from duocoder.analysis.unitized import segment_agreement, unitized_agreement
        from duocoder.domain.agreement_words import definition_texts

        kind = units_mod.check_unit(unit)
        chosen = list(dict.fromkeys(" ".join(c.split()) for c in coders if c.strip()))
        if len(chosen) < 2:
            raise ValidationError("Agreement needs at least two different coders.")
        if samples < 0:
            raise ValidationError("The number of bootstrap samples cannot be negative.")
        if not 0 < segment_threshold <= 1:
            raise ValidationError("The overlap threshold must lie above 0 % and at most 100 %.")
        steps = 5
        check_progress(0, steps, "reading", progress, cancelled)
        with self.project._read() as s:
            coder_ids = _coder_ids(s, chosen)
            index = {cid: i for i, cid in enumerate(coder_ids)}
            infos = code_q.code_infos(s)
            path_of = {i.id: i.path for i in infos}
            code_ids = (
                None
                if codes is None
                else list(dict.fromkeys(coding_q.code_for(s, c, False) for c in codes))
            )
            doc_ids = (
                None
                if documents is None
                else list(dict.fromkeys(document_q.resolve(s, d) for d in documents))
            )
            q = select(
                Coding.document_id, Coding.code_id, Coding.start, Coding.end, Coding.coder_id
            ).where(Coding.coder_id.in_(coder_ids))
            if doc_ids is not None:
                q = q.where(Coding.document_id.in_(doc_ids))
            if code_ids is not None:
                q = q.where(Coding.code_id.in_(code_ids))
            rows = [
                (d, c, a, b, index[k])
                for d, c, a, b, k in row_q.plain_rows(s, q)
                if k is not None  # never: the query asks for the chosen coders only
            ]
            if doc_ids is None:
                used = set(
                    s.scalars(select(Coding.document_id).where(Coding.coder_id.in_(coder_ids)))
                )
                doc_list = [d for d in _document_order(s) if d[0] in used]
            else:
                wanted = set(doc_ids)
                doc_list = [d for d in _document_order(s) if d[0] in wanted]
            ids = [d for d, _ in doc_list]
            lengths: dict[int, int] = dict(
                row_q.plain_rows(
                    s, select(Document.id, func.length(Document.text)).where(Document.id.in_(ids))
                )
            )
            texts: dict[int, str] = {}
            paragraphs: dict[int, list[tuple[int, int]]] = {}
            if kind in ("paragraph", "sentence", "turn"):
                texts = dict(
                    row_q.plain_rows(
                        s, select(Document.id, Document.text).where(Document.id.in_(ids))
                    )
                )
            if kind in ("paragraph", "sentence"):
                paragraphs = row_q.paragraphs(s, ids)
            turns = self._turns(s, ids) if kind == "turn" or not include_interviewer else {}
        if code_ids is None:
            applied = {c for _, c, _, _, _ in rows}
            code_ids = [i.id for i in infos if i.id in applied]
        code_axis = [(c, path_of[c]) for c in code_ids]

        check_progress(1, steps, "units", progress, cancelled)
        if kind == "character":
            allowed = {
                d: units_mod.allowed_spans(
                    lengths.get(d) or 0, turns.get(d, []), include_interviewer
                )
                for d in ids
            }
            patterns = units_mod.character_patterns(ids, allowed, rows, len(chosen), code_ids)
        else:
            unit_spans = {
                d: units_mod.units_of(
                    kind,
                    texts.get(d, ""),
                    paragraphs.get(d, []),
                    turns.get(d, []),
                    include_interviewer,
                )
                for d in ids
            }
            patterns = units_mod.unit_patterns(ids, unit_spans, rows, len(chosen), code_ids)

        check_progress(2, steps, "coefficients", progress, cancelled)
        code_rows, overall = agr.agreement_rows(
            patterns, chosen, code_axis, samples=samples, seed=seed
        )
        found = agr.disagreements(patterns, doc_list, chosen, code_axis)

        check_progress(3, steps, "unitized", progress, cancelled)
        spans: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
        for d, c, a, b, k in rows:
            spans.setdefault((d, chosen[k]), []).append((c, a, b))
        for value in spans.values():
            value.sort(key=lambda x: (x[1], x[2], x[0]))
        code_names = dict(code_axis)
        # the continuum leaves out what the units leave out: the interviewer's turns
        sections = None
        if not include_interviewer:
            sections = {
                d: units_mod.allowed_spans(lengths.get(d) or 0, turns.get(d, []), False)
                for d in ids
            }
        unitized = unitized_agreement(
            spans, {d: lengths.get(d) or 0 for d in ids}, chosen, code_names, allowed=sections
        )
        check_progress(4, steps, "segments", progress, cancelled)
        segments = segment_agreement(spans, chosen, code_names, threshold=segment_threshold)
        check_progress(steps, steps, "done", progress, cancelled)
        language = self.project.language
        definition = definition_texts(language)
        definition[f"unit_{kind}"] = units_mod.unit_definition(kind, language, include_interviewer)
        return AgreementReport(
            coders=tuple(chosen),
            unit=kind,
            include_interviewer=include_interviewer,
            documents=tuple(name for _, name in doc_list),
            codes=code_rows,
            overall=overall,
            unitized=unitized,
            segments=segments,
            segment_threshold=segment_threshold,
            disagreements=found,
            bootstrap_samples=samples,
            seed=seed,
            language=language,
            definition=definition,
        )

    def write_agreement(self, report: AgreementReport, path: str | Path) -> None:
        """Write `report` to `path` as a workbook (.xlsx), a table (.csv) or a one-page Word
        summary (.docx), chosen by the suffix; the file is replaced atomically, never the
        project itself."""
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in REPORT_SUFFIXES:
            raise ValidationError(
                f"'{target.name}' cannot hold an agreement report; "
                "choose a name ending in .xlsx, .csv or .docx."
            )
        check_output(self.project.path, target)
        if suffix == ".docx":
            from duocoder.io.agreement_docx import write_agreement_docx

            write_agreement_docx(report, target, project_name=self.project.name)
        elif suffix == ".xlsx":
            from duocoder.io.agreement_tables import write_agreement_xlsx

            write_agreement_xlsx(report, target)
        else:
            from duocoder.io.agreement_tables import write_agreement_csv

            write_agreement_csv(report, target)

    def _turns(self, s: Session, ids: list[int]) -> dict[int, list[TurnTuple]]:
        """The documents' turns (start, end, interviewer, label start), sorted."""
        from duocoder.app.turns import Interviewers

        interviewer = Interviewers(s, self.project.interviewer_labels).clause(s)
        q = select(
            TurnRow.document_id, TurnRow.start, TurnRow.end, interviewer, TurnRow.label_start
        ).where(TurnRow.document_id.in_(ids))
        out: dict[int, list[TurnTuple]] = {}
        for doc, a, b, flag, label in row_q.plain_rows(s, q):
            out.setdefault(doc, []).append((a, b, bool(flag), label))
        for turns in out.values():
            turns.sort()
        return out


def _coder_ids(s: Session, names: Sequence[str]) -> list[int]:
    known = dict(row_q.plain_rows(s, select(Coder.name, Coder.id)))
    out = []
    for name in names:
        if name not in known:
            listing = ", ".join(sorted(known)) or "none"
            raise NotFoundError(
                f"There is no coder '{name}' in this project; its coders are: {listing}."
            )
        out.append(known[name])
    return out


def _document_order(s: Session) -> list[tuple[int, str]]:
    q = select(Document.id, Document.name).order_by(Document.position, Document.id)
    return [(i, n) for i, n in row_q.plain_rows(s, q)]
