"""Speaker turns of the documents: finding them, the per-document rules that steer it, and
finding them again with other rules.

Turns are spans over a document's immutable text, so finding them again never moves a
coding; it replaces the document's turns and stores its rules in one undoable step, for
one document or many. Previewing runs the same detection without writing anything, so a
dialog can show what the rules would give before the researcher applies them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from sqlalchemy import ColumnElement, and_, delete, insert, or_, select
from sqlalchemy.orm import Session

from duocoder.app.queries import documents as document_q
from duocoder.app.service import Service
from duocoder.domain.records import DocumentInfo, Turn
from duocoder.domain.sources import SourceText
from duocoder.domain.turn_labels import InterviewerTest
from duocoder.domain.turns import SUBTITLES, TurnDetection, TurnRules, detect, label_infos
from duocoder.storage.models import Document, Paragraph, ParagraphStyle, TurnRulesRow
from duocoder.storage.models import Turn as TurnRow

_SUBTITLE_FORMATS = frozenset({"vtt", "srt"})
_FORMATTED = frozenset({"docx", "odt"})


@dataclass(frozen=True, slots=True)
class _Stored:
    """What detection needs of a stored document."""

    id: int
    text: str
    source_format: str
    paragraphs: tuple[tuple[int, int], ...]
    styles: tuple[int, ...] | None
    turns: tuple[tuple[int, int | None, str, str | None], ...]  # start, label, speaker, time
    rules: TurnRules


def stored_rules(s: Session, doc_id: int) -> TurnRules:
    return TurnRules.from_json(
        s.scalar(select(TurnRulesRow.rules).where(TurnRulesRow.document_id == doc_id))
    )


def interviewer_labels_of(
    s: Session, doc_id: int, project_labels: Sequence[str]
) -> tuple[str, ...]:
    """The labels of the interviewer in one document: its rules' or else the project's."""
    own = stored_rules(s, doc_id).interviewer_labels
    return tuple(project_labels) if own is None else own


class Interviewers:
    """Whether a speaker of a document is the interviewer: by the interviewer labels of the
    document's turn rules where it has its own, else by the project's; numbered labels
    (`I2`, `Interviewer 1`) are their base label's. Read once per query, for all documents."""

    def __init__(self, s: Session, project_labels: Sequence[str]) -> None:
        self.default = InterviewerTest(project_labels)
        self.own: dict[int, InterviewerTest] = {}
        for doc_id, raw in s.execute(select(TurnRulesRow.document_id, TurnRulesRow.rules)):
            labels = TurnRules.from_json(raw).interviewer_labels
            if labels is not None:
                self.own[doc_id] = InterviewerTest(labels)

    def of(self, doc_id: int) -> InterviewerTest:
        return self.own.get(doc_id, self.default)

    def __call__(self, doc_id: int, speaker: str) -> bool:
        return self.of(doc_id)(speaker)

    def clause(self, s: Session) -> ColumnElement[bool]:
        """The same as SQL over the `turns` table, from the few distinct speaker labels."""
        speakers = s.scalars(select(TurnRow.speaker).distinct())
        common = TurnRow.speaker.in_([sp for sp in speakers if self.default(sp)])
        if not self.own:
            return common
        parts = [and_(TurnRow.document_id.not_in(list(self.own)), common)]
        for doc_id, test in self.own.items():
            names = s.scalars(
                select(TurnRow.speaker).where(TurnRow.document_id == doc_id).distinct()
            )
            mine = TurnRow.speaker.in_([sp for sp in names if test(sp)])
            parts.append(and_(TurnRow.document_id == doc_id, mine))
        return or_(*parts)


def turn_rows(doc_id: int, turns: Iterable[Turn]) -> list[dict[str, object]]:
    return [
        {
            "document_id": doc_id,
            "position": i,
            "start": t.start,
            "end": t.end,
            "label_start": t.label_start,
            "speaker": t.speaker,
            "timestamp": t.timestamp,
        }
        for i, t in enumerate(turns)
    ]


def style_rows(doc_id: int, styles: Sequence[int] | None) -> list[dict[str, object]]:
    return [
        {"document_id": doc_id, "position": i, "style": style}
        for i, style in enumerate(styles or ())
        if style
    ]


class SpeakerTurns(Service):
    # -- reading ---------------------------------------------------------------------------
    def turn_rules(self, ref: int | str) -> TurnRules:
        """The document's turn rules; automatic (`TurnRules()`) unless the researcher set any."""
        with self.project._read() as s:
            return stored_rules(s, document_q.resolve(s, ref))

    def preview_turns(self, ref: int | str, rules: TurnRules | None) -> TurnDetection:
        """The turns the document would get with `rules` (None: automatic); nothing is
        written."""
        with self.project._read() as s:
            stored = self._stored(s, document_q.resolve(s, ref))
        return self._detect(stored, rules or TurnRules())

    def detect_turns(self, ref: int | str) -> TurnDetection:
        """The detection with the document's stored rules, with its doubts: what the
        document's properties show."""
        with self.project._read() as s:
            stored = self._stored(s, document_q.resolve(s, ref))
        return self._detect(stored, stored.rules)

    def source_turns(self, source: SourceText, rules: TurnRules | None = None) -> TurnDetection:
        """The turns of a transcript being imported: stated by the format (subtitles) or
        detected in its text with `rules`."""
        rules = rules or TurnRules()
        labels = self.project.interviewer_labels
        if source.turns is None:
            return detect(
                source.text, labels, rules, paragraphs=source.paragraphs, styles=source.styles
            )
        # subtitles: questions marked by formatting do not apply, they keep none
        rules = replace(rules, questions=None)
        if rules.automatic or not source.turns:
            test = InterviewerTest(labels)
            turns = tuple(
                Turn(t.start, t.end, t.speaker, test(t.speaker), t.timestamp, None)
                for t in source.turns
            )
            if not turns:
                return _no_speakers()
            return TurnDetection(turns, label_infos(turns), SUBTITLES)
        forced = tuple(dict.fromkeys(t.speaker for t in source.turns))
        rules = replace(rules, respondent_labels=(*rules.respondent_labels, *forced))
        found = detect(source.text, labels, rules, paragraphs=source.paragraphs)
        times = {t.start: t.timestamp for t in source.turns if t.timestamp}
        return _timed(found, times)

    # -- changing --------------------------------------------------------------------------
    def redetect_turns(
        self, docs: Sequence[int | str], rules: TurnRules | None
    ) -> list[DocumentInfo]:
        """Find the turns of `docs` again with `rules` (None: automatic), replacing their
        turns and storing the rules, as one undoable step. Codings are spans of the text
        and never move."""
        rules = None if rules is None or rules.automatic else rules
        with self.project._read() as s:
            ids = list(dict.fromkeys(document_q.resolve(s, d) for d in docs))
            stored = [self._stored(s, doc_id) for doc_id in ids]
        found = {d.id: self._detect(d, rules or TurnRules()).turns for d in stored}
        n = len(ids)

        def change(s: Session) -> None:
            for doc_id, turns in found.items():
                s.execute(delete(TurnRow).where(TurnRow.document_id == doc_id))
                if turns:
                    s.execute(insert(TurnRow), turn_rows(doc_id, turns))
                row = s.get(TurnRulesRow, doc_id)
                if rules is None:
                    if row is not None:
                        s.delete(row)
                elif row is None:
                    s.add(TurnRulesRow(document_id=doc_id, rules=rules.to_json()))
                else:
                    row.rules = rules.to_json()

        if n:
            self.project._run(f"Re-detect turns in {n} document{'s' if n != 1 else ''}", change)
        with self.project._read() as s:
            return document_q.document_infos(s, ids) if ids else []

    # -- helpers ---------------------------------------------------------------------------
    def _stored(self, s: Session, doc_id: int) -> _Stored:
        text, fmt = s.execute(
            select(Document.text, Document.source_format).where(Document.id == doc_id)
        ).one()
        paragraphs = tuple(
            (a, b)
            for a, b in s.execute(
                select(Paragraph.start, Paragraph.end)
                .where(Paragraph.document_id == doc_id)
                .order_by(Paragraph.position)
            )
        )
        styles: tuple[int, ...] | None = None
        if fmt in _FORMATTED:
            marks = {
                position: style
                for position, style in s.execute(
                    select(ParagraphStyle.position, ParagraphStyle.style).where(
                        ParagraphStyle.document_id == doc_id
                    )
                )
            }
            styles = tuple(marks.get(i, 0) for i in range(len(paragraphs)))
        turns = tuple(
            (a, ls, sp, ts)
            for a, ls, sp, ts in s.execute(
                select(TurnRow.start, TurnRow.label_start, TurnRow.speaker, TurnRow.timestamp)
                .where(TurnRow.document_id == doc_id)
                .order_by(TurnRow.position)
            )
        )
        return _Stored(doc_id, text or "", fmt, paragraphs, styles, turns, stored_rules(s, doc_id))

    def _detect(self, doc: _Stored, rules: TurnRules) -> TurnDetection:
        """Detection over a stored document. A subtitle document's text has one line per
        turn, `Speaker: words`, written by the importer: its speakers count as labels even
        where they speak once, and each turn keeps the time its cue had."""
        subtitles = doc.source_format in _SUBTITLE_FORMATS
        if subtitles:
            rules = replace(rules, questions=None)  # subtitles keep no formatting
            if rules.automatic and not doc.turns:
                return _no_speakers()  # as imported: no names, no invented turns
            speakers = tuple(dict.fromkeys(sp for _a, _ls, sp, _ts in doc.turns if sp))
            rules = replace(rules, respondent_labels=(*rules.respondent_labels, *speakers))
        found = detect(
            doc.text,
            self.project.interviewer_labels,
            rules,
            paragraphs=doc.paragraphs,
            styles=doc.styles,
        )
        found = _timed(found, {a: ts for a, _ls, _sp, ts in doc.turns if ts})
        if subtitles and found.shape == "label: text":
            return replace(found, shape=SUBTITLES)
        return found


def _timed(found: TurnDetection, times: dict[int, str]) -> TurnDetection:
    """The turns with the times their cues had, by where their words start: the text of
    subtitles keeps no times, the turns the importer made from the cues do."""
    if not times:
        return found
    turns = tuple(
        t if t.timestamp or t.start not in times else replace(t, timestamp=times[t.start])
        for t in found.turns
    )
    return replace(found, turns=turns)


def _no_speakers() -> TurnDetection:
    return TurnDetection(
        (),
        (),
        "none",
        (
            "No speaker is named in these subtitles, so no speaker turns were made; if the "
            "text names them, find the turns again with turn rules.",
        ),
    )
