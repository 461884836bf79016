"""Language features of a project: search, coding the hits, auto-coding suggestions, coding
by speaker and word frequencies, over the text index of `language_index`.

Each change a researcher makes here (codings, rejections) is one undoable step. The work
itself is done in `duocoder.nlp`; this module only reads and writes the project file around
it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from duocoder.app.codings import CodingSpec
from duocoder.app.language_index import LanguageIndex, _rows
from duocoder.app.queries import codes as code_q
from duocoder.app.queries import codings as coding_q
from duocoder.domain.errors import NotFoundError, ValidationError
from duocoder.domain.roles import Role
from duocoder.nlp import packing
from duocoder.nlp.errors import SearchError
from duocoder.nlp.frequencies import counting, frequency_rows, grouped_lemmas, name_lemmas
from duocoder.nlp.keywords import read_keywords_csv
from duocoder.nlp.records import (
    FrequencyRow,
    Hit,
    KeywordsReport,
    SearchMode,
    SpanPreview,
    Suggestion,
    Unit,
)
from duocoder.nlp.search import (
    CONTEXT,
    collect_hits,
    compile_query,
    find_phrase,
    find_text,
    word_positions,
)
from duocoder.nlp.spans import Span, grow, merge
from duocoder.nlp.suggest import suggest
from duocoder.storage.models import (
    Code,
    Coding,
    Document,
    Lemma,
    Paragraph,
    TextIndex,
    Turn,
    WordForm,
)
from duocoder.storage.models import RejectedSuggestion as Rejected
from duocoder.storage.statements import insert_ignoring_duplicates

if TYPE_CHECKING:
    import numpy as np

GROUPINGS = ("role", "case", "code")
_NAME_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _one_of(value: str, choices: type[SearchMode] | type[Unit], what: str) -> None:
    if value not in set(choices):
        raise SearchError(f"'{value}' is not {what}; choose {', '.join(choices)}.")


class Language(LanguageIndex):
    """Search, code the hits, suggestions, speaker coding and word frequencies."""

    # -- search ----------------------------------------------------------------------------
    def search(
        self,
        query: str,
        mode: SearchMode | str = SearchMode.EXACT,
        *,
        ignore_case: bool = False,
        roles: Iterable[Role | str] | None = None,
        cases: Iterable[str] | None = None,
        documents: Iterable[int | str] | None = None,
        code: int | str | None = None,
        inside_code: bool = True,
        speakers: Iterable[str] | None = None,
        include_interviewer: bool = False,
        context: int = CONTEXT,
        coders: Iterable[str] | None = None,
    ) -> list[Hit]:
        """Hits across the project in document order, as keyword in context. Interviewer
        turns are left out unless `include_interviewer`; with `code`, only hits overlapping
        (or, with `inside_code=False`, not overlapping) that code's segments count, and
        with `coders` only the segments those coders made."""
        _one_of(mode, SearchMode, "a search mode")
        mode = SearchMode(mode)
        pattern = None if mode is SearchMode.LEMMA else compile_query(query, mode, ignore_case)
        with self.project._read() as s:
            docs = self._lang_documents(s, roles, cases, documents)
            ids = [d.id for d in docs]
            code_id = None if code is None else coding_q.code_for(s, code, False)
            if pattern is None:
                found = self._lang_lemma_spans(s, query, ids)
                texts = self._lang_texts(s, found)
            else:
                texts = self._lang_texts(s, ids)
                found = {i: list(find_text(t, pattern)) for i, t in texts.items()}
            ids = [i for i in ids if found.get(i)]
            turns = self._lang_turns(s, ids)
            coded = self._lang_coded(s, ids, coders) if code_id is not None else {}
        wanted = None if speakers is None else {x.casefold() for x in speakers}
        hits: list[Hit] = []
        for d in docs:
            if d.id in turns:
                segments = None if code_id is None else coded.get((code_id, d.id), [])
                hits += collect_hits(
                    d,
                    texts[d.id],
                    found[d.id],
                    turns[d.id],
                    include_interviewer=include_interviewer,
                    speakers=wanted,
                    segments=segments,
                    inside=inside_code,
                    context=context,
                )
        return hits

    def _lang_lemma_spans(self, s: Session, query: str, ids: list[int]) -> dict[int, list[Span]]:
        """Spans of a lemma query per document: all lemma arrays are compared first, and
        offsets are unpacked only where something matched."""
        phrase = self._lang_phrase(s, query)
        self._lang_require_index(s, ids)
        found: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        flags_column = [TextIndex.flags] if len(phrase) > 1 else []  # word flags: phrases only
        # (id, lemmas[, flags]): `select` cannot type a number of columns known only here
        blob_q: Select[int, bytes, *tuple[bytes, ...]] = select(
            TextIndex.document_id, TextIndex.lemmas, *flags_column
        )
        for doc_id, lemmas, *flags in _rows(s, blob_q.where(TextIndex.document_id.in_(ids))):
            words = word_positions(packing.unpack_flags(flags[0])) if flags else None
            first, last = find_phrase(packing.unpack_lemmas(lemmas), phrase, words)
            if len(first):
                found[doc_id] = (first, last)
        out: dict[int, list[Span]] = {}
        offsets_q = select(TextIndex.document_id, TextIndex.offsets)
        for doc_id, offsets in _rows(s, offsets_q.where(TextIndex.document_id.in_(list(found)))):
            starts, ends = packing.unpack_spans(offsets)
            first, last = found[doc_id]
            out[doc_id] = list(zip(starts[first].tolist(), ends[last].tolist(), strict=True))
        return out

    # -- coding the hits, by speaker, and suggestions -----------------------------------------
    def preview_hits(self, hits: Iterable[Hit], unit: Unit | str = Unit.WORD) -> list[SpanPreview]:
        """The passages `code_hits` would code: each hit grown to its word, sentence,
        paragraph or speaker turn (a hit outside every such unit keeps its whole words),
        overlapping and duplicate passages merged."""
        _one_of(unit, Unit, "a unit to grow hits to")
        by_doc: dict[int, list[Span]] = {}
        for h in hits:
            by_doc.setdefault(h.doc_id, []).append((h.start, h.end))
        with self.project._read() as s:
            names = {d.id: d.name for d in self._lang_documents(s, documents=list(by_doc))}
            texts = self._lang_texts(s, by_doc)
            units = self._lang_units(s, Unit(unit), list(by_doc))
        return [
            SpanPreview(doc_id, names[doc_id], a, b, texts[doc_id][a:b])
            for doc_id, spans in by_doc.items()
            for a, b in grow(texts[doc_id], spans, units.get(doc_id, []))
        ]

    def _lang_units(self, s: Session, unit: Unit, ids: list[int]) -> dict[int, list[Span]]:
        if unit is Unit.WORD:
            return {}
        if unit is Unit.SENTENCE:
            self._lang_require_index(s, ids)
            sentences_q = select(TextIndex.document_id, TextIndex.sentences)
            rows = _rows(s, sentences_q.where(TextIndex.document_id.in_(ids)))
            spans = {i: packing.unpack_spans(blob) for i, blob in rows}
            return {
                i: list(zip(a.tolist(), b.tolist(), strict=True)) for i, (a, b) in spans.items()
            }
        table = Paragraph if unit is Unit.PARAGRAPH else Turn
        out: dict[int, list[Span]] = {}
        q = select(table.document_id, table.start, table.end).where(table.document_id.in_(ids))
        for doc_id, a, b in _rows(s, q.where(table.end > table.start)):
            out.setdefault(doc_id, []).append((a, b))
        return {i: merge(v) for i, v in out.items()}

    def code_hits(
        self,
        hits: Iterable[Hit],
        code: int | str,
        unit: Unit | str = Unit.WORD,
        *,
        coder: str | None = None,
    ) -> list[int]:
        """Code the hits, grown as `preview_hits` shows, in one undoable step; a passage the
        code already codes exactly is skipped. Returns the new coding ids."""
        previews = self.preview_hits(hits, unit)
        specs = [CodingSpec(p.doc_id, p.start, p.end, code, coder) for p in previews]
        return self._lang_add(specs, f"Code {len(specs)} search hits")

    def _lang_add(self, specs: Sequence[CodingSpec], label: str) -> list[int]:
        """`add_codings` (one undo step) of the specs that are not codings yet."""
        with self.project._read() as s:
            codes = {sp.code: coding_q.code_for(s, sp.code, False) for sp in specs}
            q = select(Coding.code_id, Coding.document_id, Coding.start, Coding.end)
            # (code id, document, start, end); a spec's document may be a name (`CodingSpec`)
            have: set[tuple[int, int | str, int, int]] = set(
                _rows(s, q.where(Coding.code_id.in_(set(codes.values()))))
            )
        new: list[CodingSpec] = []
        for sp in specs:
            if (key := (codes[sp.code], sp.doc, sp.start, sp.end)) not in have:
                have.add(key)
                new.append(CodingSpec(sp.doc, sp.start, sp.end, key[0], sp.coder, auto=sp.auto))
        return self.project.add_codings(new, create_codes=False, label=label) if new else []

    def code_turns(
        self,
        code: int | str,
        *,
        speaker: str | None = None,
        role: Role | str | None = None,
        documents: Iterable[int | str] | None = None,
        coder: str | None = None,
    ) -> list[int]:
        """Code every turn of `speaker` (a label such as `R` or `Vrijwilliger`), or, with
        only `role`, every respondent turn in documents of that role, in the chosen
        documents (default: all), as one undoable step. Returns the new coding ids."""
        if speaker is None and role is None:
            raise ValidationError("Name a speaker or a role whose turns should be coded.")
        role = None if role is None else Role.parse(str(role))
        from duocoder.app.turns import Interviewers

        with self.project._read() as s:
            interviewers = Interviewers(s, self.project.interviewer_labels)
            docs = self._lang_documents(s, None if role is None else [role], None, documents)
            q = select(Turn.document_id, Turn.start, Turn.end, Turn.speaker)
            q = q.where(Turn.document_id.in_([d.id for d in docs]), Turn.end > Turn.start)
            turns = _rows(s, q.order_by(Turn.document_id, Turn.start))
        specs = [
            CodingSpec(doc_id, a, b, code, coder)
            for doc_id, a, b, who in turns
            if (who.casefold() == speaker.casefold() if speaker else not interviewers(doc_id, who))
        ]
        if not specs:
            whose = f"of '{speaker}'" if speaker is not None else "of respondents"
            raise NotFoundError(f"There are no speaker turns {whose} in the chosen documents.")
        return self._lang_add(specs, f"Code the turns of {speaker or f'{role} respondents'}")

    def suggestions(
        self,
        code: int | str | None = None,
        *,
        documents: Iterable[int | str] | None = None,
        include_interviewer: bool = False,
        coders: Iterable[str] | None = None,
    ) -> list[Suggestion]:
        """Sentences to code with a code (default: every codable code with keywords) as
        their lemmas match its keywords, leaving out sentences the code already overlaps
        (with `coders`: overlaps in those coders' codings), interviewer turns, and
        suggestions rejected before."""
        with self.project._read() as s:
            infos = {c.id: c for c in code_q.code_infos(s) if c.keywords and c.codable}
            if code is not None:
                wanted = coding_q.code_for(s, code, False)
                if wanted not in infos:
                    raise ValidationError(f"'{code}' has no keywords to suggest codings with.")
                infos = {wanted: infos[wanted]}
            docs = self._lang_documents(s, documents=documents)
            ids = [d.id for d in docs]
            tokens = self._lang_tokens(s, ids)
            turns = {} if include_interviewer else self._lang_turns(s, ids)
            coded = self._lang_coded(s, ids, coders)
            rejected: dict[tuple[int, int], set[Span]] = {}
            q = select(Rejected.code_id, Rejected.document_id, Rejected.start, Rejected.end)
            for code_id, doc_id, a, b in _rows(s, q):
                rejected.setdefault((code_id, doc_id), set()).add((a, b))
            phrases = [
                (i, [(k, self._lang_phrase(s, k)) for k in c.keywords]) for i, c in infos.items()
            ]

            asked = {i: merge(t.interviewer()) for i, t in turns.items()}

            def exclude(code_id: int, doc_id: int) -> list[Span]:
                if (code_id, doc_id) not in coded:
                    return asked.get(doc_id, [])
                return merge(coded[code_id, doc_id] + asked.get(doc_id, []))

            found = suggest(docs, phrases, tokens, exclude, rejected)
            texts = self._lang_texts(s, {d.id for _c, d, *_ in found})
        return [
            Suggestion(c, infos[c].path, d.id, d.name, d.role, a, b, texts[d.id][a:b], kws)
            for c, d, a, b, kws in found
        ]

    def accept_suggestions(
        self, suggestions: Iterable[Suggestion], *, coder: str | None = None
    ) -> list[int]:
        """Turn suggestions into codings marked `auto`, in one undoable step."""
        specs = [
            CodingSpec(x.doc_id, x.start, x.end, x.code_id, coder, auto=True) for x in suggestions
        ]
        return self._lang_add(specs, f"Accept {len(specs)} suggestions")

    def reject_suggestions(self, suggestions: Iterable[Suggestion]) -> None:
        """Remember, as one undoable step, that these sentences do not fit their codes, so
        they are not suggested again."""
        rows = [
            dict(
                code_id=x.code_id,
                document_id=x.doc_id,
                start=x.start,
                end=x.end,
                rejected_at=coding_q.now(),
            )
            for x in suggestions
        ]
        if rows:
            self.project._run(
                f"Reject {len(rows)} suggestions",
                lambda s: s.execute(insert_ignoring_duplicates(s, Rejected), rows),
            )

    def remove_auto_codings(self, code: int | str) -> int:
        """Remove every auto-coding (accepted suggestion) of one code as one undoable step;
        its hand-made codings stay. Returns how many were removed."""
        with self.project._read() as s:
            code_id = coding_q.code_for(s, code, False)
            path = next(c.path for c in code_q.code_infos(s) if c.id == code_id)
        where = (Coding.code_id == code_id, Coding.auto.is_(True))

        def change(s: Session) -> int:
            n = s.scalar(select(func.count()).where(*where)) or 0
            s.execute(delete(Coding).where(*where))
            return n

        return self.project._run(f"Remove the auto-codings of {path}", change)

    def apply_keywords_file(self, path: str | Path) -> KeywordsReport:
        """Give codes the keywords of a `path,keywords` CSV file (keywords separated by `;`)
        in one undoable step; rows naming codes the project lacks are reported, not made."""
        rows = read_keywords_csv(path)
        with self.project._read() as s:
            infos = {c.path.casefold(): c for c in code_q.code_infos(s)}
        known = {infos[p.casefold()]: kw for p, kw in rows.items() if p.casefold() in infos}

        def change(s: Session) -> None:
            for info, keywords in known.items():
                values = {"keywords": "\n".join(keywords)}
                s.execute(update(Code).where(Code.id == info.id).values(**values))

        self.project._run("Apply code keywords", change)
        unknown = tuple(p for p in rows if p.casefold() not in infos)
        return KeywordsReport(tuple(info.path for info in known), unknown)

    # -- word frequencies --------------------------------------------------------------------
    def word_frequencies(
        self,
        by: str | None = None,
        *,
        top: int | None = None,
        include_interviewer: bool = False,
        include_function_words: bool = False,
        include_names: bool = False,
        coders: Iterable[str] | None = None,
    ) -> list[FrequencyRow]:
        """Lemma counts without punctuation, numbers and speaker labels, for the whole
        project or per role, case or code (words inside that code's segments; with `coders`,
        those coders' segments only). Left out unless asked for: interviewer speech,
        function words (`de`, `is`, `’s`, `eh`) and names: those `_lang_names` sees in the
        texts, and the words of every identifier the privacy review found and did not
        reject and of every pseudonym (`Project.identifying_words`), so a word list for a
        report carries no name by default."""
        if by is not None and by not in GROUPINGS:
            raise ValidationError(f"Words can be counted by {', '.join(GROUPINGS)}, not '{by}'.")
        # before the read below: finding identifiers may scan (and store) documents first
        identifying = set() if include_names else self.project.identifying_words()
        with self.project._read() as s:
            docs = self._lang_documents(s)
            ids = [d.id for d in docs]
            tokens = self._lang_tokens(s, ids)
            turns = {} if include_interviewer else self._lang_turns(s, ids)
            skip = {i: t.interviewer() for i, t in turns.items()}
            coded = self._lang_coded(s, ids, coders) if by == "code" else {}
            codes = [(c.id, c.path) for c in code_q.code_infos(s)] if by == "code" else []
            lexicon = dict(_rows(s, select(Lemma.id, Lemma.lemma)))
            names = None if include_names else self._lang_names(s, tokens, identifying)
        rule = counting(include_function_words, names)
        groups = grouped_lemmas(by, docs, tokens, skip, coded, codes, rule)
        return frequency_rows(groups, lexicon, top)

    def _lang_names(
        self, s: Session, tokens: dict[int, packing.TokenIndex], identifying: Iterable[str] = ()
    ) -> np.ndarray:
        """Lemma ids of names (`name_lemmas`): capitalised words never written in lower
        case; the words of speaker labels and of document and case names unless they occur
        in lower case; the project's own list (meta key `names`, one a line); and the
        `identifying` words (those of the privacy review's identifiers and pseudonyms)."""
        proposed = set(self.project.interviewer_labels)
        proposed.update(s.scalars(select(Turn.speaker).distinct()))
        for name, case in _rows(s, select(Document.name, Document.case_name)):
            proposed.update((name, case or ""))
        listed = [*self.project._meta().get("names", "").splitlines(), *identifying]

        def lemma_ids(texts: Iterable[str]) -> set[int]:
            words = sorted({w for t in texts for w in _NAME_WORDS.findall(t.lower())})
            found: set[int] = set()
            for n in range(0, len(words), 5000):  # SQLite caps the parameters of one query
                form_q = select(WordForm.lemma_id).where(WordForm.form.in_(words[n : n + 5000]))
                found.update(s.scalars(form_q))
            return found

        return name_lemmas(tokens.values(), lemma_ids(proposed), lemma_ids(listed))

    def export_word_frequencies(
        self,
        rows: Iterable[FrequencyRow],
        path: str | Path,
        *,
        allow_unreviewed: str | None = None,
    ) -> Path:
        """Write frequency rows to .xlsx or .csv (columns group, lemma, count, documents);
        never over the project itself (see `duocoder.app.exports`). A row whose word is a
        word of an identifier found and not rejected stops the export before anything is
        written (`UnreviewedIdentifiersError`, one finding per such row; see
        `duocoder.app.export_guard` for why words, not passages), unless
        `allow_unreviewed` gives the reason to export anyway, which the project records."""
        from duocoder.app.export_guard import export_label, word_findings
        from duocoder.app.exports import check_output, word_table
        from duocoder.domain.privacy import UnreviewedIdentifiersError
        from duocoder.io.tables import write_table

        check_output(self.project.path, path)
        rows = list(rows)
        findings, listed = word_findings(self.project, [r.lemma for r in rows])
        if findings:
            if allow_unreviewed is None or not allow_unreviewed.strip():
                raise UnreviewedIdentifiersError(findings, listed)
            label = export_label("word frequencies", path)
            self.project.record_export_override(label, allow_unreviewed, len(findings))
        header, table, options = word_table(rows, path, self.project.language)
        return write_table(path, header, table, **options)
