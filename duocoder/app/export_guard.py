"""The export guard as every export that carries text applies it, and the exports of segment
lists and search hits that only this guard made necessary to have in the core.

An export of interview text leaves the project, and with it the protection of the review:
a quote list sent to a colleague, a .qdpx opened in NVivo, a word list in an appendix. So
before anything is written, the export names what it will carry and the project's guard
(`Project.guard_export`) checks it: document passages as (document id, start, end); the
short texts beside them (memos) against the texts of the identifiers found in the
documents and the researcher's own list of names; word frequencies word by word. The
export is stopped with the list (`UnreviewedIdentifiersError`) unless the researcher gives
a reason to export anyway, which the project records (`Project.export_overrides`).

Word frequencies are checked word by word, not by passage, because a frequency table
carries no passage: a row is a finding when its lemma is a word of an identifier found in
the documents that is not rejected (open, or accepted and not yet replaced). A pseudonym in
the list is no finding. A name the detector does not find is not caught; nor is a name
inflected so that its lemma differs from the name's own word (rare for names)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from duocoder.app.privacy import WORD
from duocoder.app.service import Service
from duocoder.domain.privacy import Candidate, GuardFinding, UnreviewedIdentifiersError
from duocoder.domain.records import Segment
from duocoder.nlp.records import Hit

Cell = int | float | str | None

if TYPE_CHECKING:
    from duocoder.app.project import Project

Passage = tuple[int, int, int]  # document id, start, end (code points, end exclusive)
SHORT_CONTEXT = 48  # characters either side of a finding in a memo

SEGMENT_COLUMNS = (
    "document",
    "role",
    "case",
    "duo",
    "code",
    "start",
    "end",
    "coder",
    "text",
    "memo",
)
_SEGMENT_LABELS = {
    "nl": ("Segmenten", ("Document", "Rol", "Organisatie", "Duo", "Code", "Begin", "Einde",
                         "Codeur", "Tekst", "Memo")),
    "en": ("Segments", ("Document", "Role", "Organisation", "Duo", "Code", "Start", "End",
                        "Coder", "Text", "Memo")),
}  # fmt: skip
HIT_COLUMNS = ("document", "role", "case", "speaker", "start", "end", "left", "match", "right")
_HIT_LABELS = {
    "nl": ("Zoekresultaten", ("Document", "Rol", "Organisatie", "Spreker", "Begin", "Einde",
                              "Links", "Treffer", "Rechts")),
    "en": ("Search hits", ("Document", "Role", "Organisation", "Speaker", "Start", "End",
                           "Left", "Match", "Right")),
}  # fmt: skip


def export_label(what: str, path: str | Path) -> str:
    """What the ethics file records of an export made anyway: "quotes → report.docx"."""
    return f"{what} → {Path(path).name}"


def guard(
    project: Project,
    passages: Iterable[Passage],
    export: str,
    allow_unreviewed: str | None,
    texts: Iterable[tuple[str, str]] = (),
) -> list[GuardFinding]:
    """Check an export before anything is written: its document `passages` through the
    project's guard, and its short `texts` ((where, text): memos) for the identifiers found
    in the documents. Raises `UnreviewedIdentifiersError` listing both, or, with a reason,
    records the export made anyway and returns what it carries."""
    passages = list(passages)
    extra, extra_hit = text_findings(project, texts)
    if not extra:
        return project.guard_export(passages, export, allow_unreviewed)
    findings, hit = project.privacy_findings(passages)
    findings = [*findings, *extra]
    if allow_unreviewed is None or not allow_unreviewed.strip():
        raise UnreviewedIdentifiersError(findings, hit + extra_hit)
    project.record_export_override(export, allow_unreviewed, len(findings))
    return findings


def _open_candidates(project: Project) -> list[Candidate]:
    """The identifiers found in the documents that are not rejected and not yet replaced
    (a replaced one is no longer in any text, so it is found no more)."""
    return project.identifier_candidates()


def text_findings(
    project: Project, texts: Iterable[tuple[str, str]]
) -> tuple[list[GuardFinding], int]:
    """The identifiers found in the documents (and the names on the project's own list)
    that the short `texts` ((where, text)) carry as whole words, ignoring case, and how
    many of the texts carry any."""
    texts = [(where, text) for where, text in texts if text.strip()]
    if not texts:
        return [], 0
    known: dict[str, Candidate | None] = {}
    rejected: set[str] = set()
    for c in project.identifier_candidates(include_rejected=True):
        if c.status == "rejected":
            rejected.add(c.text.casefold())
        else:
            known.setdefault(c.text.casefold(), c)
    for name in project.privacy_names():  # a listed name is found wherever it stands
        if name.casefold() not in rejected:
            known.setdefault(name.casefold(), None)
    if not known:
        return [], 0
    names = sorted(known, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)", re.I)
    findings: list[GuardFinding] = []
    hit = 0
    for where, text in texts:
        found = list(pattern.finditer(text))
        hit += bool(found)
        for m in found:
            candidate = known[m[0].casefold()]
            a, b = max(0, m.start() - SHORT_CONTEXT), min(len(text), m.end() + SHORT_CONTEXT)
            context = " ".join(text[a:b].split())
            kind = candidate.kind if candidate is not None else "person"
            status = candidate.status if candidate is not None else "open"
            findings.append(GuardFinding(where, m[0], kind, status, context))
    return findings, hit


def word_findings(project: Project, words: Sequence[str]) -> tuple[list[GuardFinding], int]:
    """The listed `words` (lemmas of a frequency table) that are a word of an identifier
    found in the documents and not rejected, and how many rows that is (see the module's
    docstring for why words, not passages)."""
    by_word: dict[str, Candidate] = {}
    for c in _open_candidates(project):
        for w in WORD.findall(c.text):
            by_word.setdefault(w.casefold(), c)
    listed = {n.casefold() for name in project.privacy_names() for n in WORD.findall(name)}
    findings: list[GuardFinding] = []
    rows = 0
    for word in words:
        folded = word.casefold()
        candidate = by_word.get(folded)
        if candidate is not None:
            status = candidate.status
            findings.append(
                GuardFinding(candidate.document, word, candidate.kind, status, candidate.context)
            )
        elif folded in listed:
            findings.append(GuardFinding("", word, "person", "open", word))
        else:
            continue
        rows += 1
    return findings, rows


def segment_passages(segments: Iterable[Segment]) -> list[Passage]:
    return [(s.doc_id, s.start, s.end) for s in segments]


def hit_passages(hits: Iterable[Hit]) -> list[Passage]:
    """A hit with the words around it that the export writes (`left`, `right`)."""
    return [(h.doc_id, h.start - len(h.left), h.end + len(h.right)) for h in hits]


def memo_texts(segments: Iterable[Segment]) -> list[tuple[str, str]]:
    return [(f"memo in {s.doc}", s.memo) for s in segments if s.memo]


class TextExports(Service):
    """Segment lists and search hits to .xlsx or .csv, past the export guard."""

    def export_segments(
        self,
        segments: Iterable[Segment],
        path: str | Path,
        *,
        with_memo: bool = True,
        allow_unreviewed: str | None = None,
    ) -> Path:
        """Write retrieved segments (as `Project.segments` gives them, in the order given)
        to .xlsx or .csv, one row each with its document, role, case, duo, code, span,
        coder, text and memo. Stopped before writing anything when the segments carry
        identifiers not reviewed (see `guard`)."""
        from duocoder.app.exports import check_output

        check_output(self.project.path, path)
        segments = list(segments)
        language = self.project.language
        memos = memo_texts(segments) if with_memo else []
        label = export_label("segments", path)
        guard(self.project, segment_passages(segments), label, allow_unreviewed, memos)
        rows: list[tuple[Cell, ...]] = [
            (
                s.doc,
                self._role(s.role.value, path),
                s.case,
                s.duo,
                s.code,
                s.start,
                s.end,
                s.coder,
                s.text,
                s.memo if with_memo else None,
            )
            for s in segments
        ]
        return self._write(path, SEGMENT_COLUMNS, rows, _SEGMENT_LABELS, language)

    def export_hits(
        self, hits: Iterable[Hit], path: str | Path, *, allow_unreviewed: str | None = None
    ) -> Path:
        """Write search hits as keyword in context (document, role, case, speaker, span,
        left, match, right) to .xlsx or .csv. Stopped before writing anything when the hits
        or the words around them carry identifiers not reviewed."""
        from duocoder.app.exports import check_output

        check_output(self.project.path, path)
        hits = list(hits)
        guard(self.project, hit_passages(hits), export_label("search hits", path), allow_unreviewed)
        rows: list[tuple[Cell, ...]] = [
            (
                h.doc,
                self._role(h.role.value, path),
                h.case,
                h.speaker,
                h.start,
                h.end,
                h.left,
                h.match,
                h.right,
            )
            for h in hits
        ]
        return self._write(path, HIT_COLUMNS, rows, _HIT_LABELS, self.project.language)

    def _role(self, role: str, path: str | Path) -> str:
        """A CSV keeps a role's stored value for scripts; a workbook names it in words."""
        from duocoder.domain.roles import Role

        if Path(path).suffix.lower() == ".csv":
            return role
        return Role(role).label(self.project.language)

    @staticmethod
    def _write(
        path: str | Path,
        columns: tuple[str, ...],
        rows: list[tuple[Cell, ...]],
        words: Mapping[str, tuple[str, tuple[str, ...]]],
        language: str,
    ) -> Path:
        """A CSV has the script names as its header; a workbook words in the project's
        language on a sheet named for what it holds."""
        from duocoder.io.tables import write_table

        if Path(path).suffix.lower() == ".csv":
            return write_table(path, columns, rows)
        title, labels = words.get(language, words["en"])
        return write_table(path, columns, rows, title=title, labels=labels)
