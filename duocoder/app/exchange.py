"""Whole projects out to other qualitative-analysis programs: REFI-QDA `.qdpx` export.

`export_qdpx` writes every document, the codebook, every coding with its coder and memo,
the project, document and code memos, the speaker turns, and roles, organisations and duos
as variables and cases; what goes where is described in `duocoder.io.qdpx_writer`. The
project is read in one read transaction, so a change made meanwhile (by the window, or a
colleague on a shared project) is either wholly in the file or not at all; nothing in the
project changes, so an export is no undo step. The file is written through a temporary
file and renamed (`duocoder.io.atomic`), never onto the project itself.

Documents and codings are named by their stable GUIDs (`duocoder.storage.guids`), codes by
theirs and coders by theirs, so a file exported twice, or exported, changed elsewhere and
imported back, names the same things the same way."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duocoder.app.service import Service
from duocoder.domain.codebook import CodebookEntry
from duocoder.domain.errors import NotFoundError, ValidationError
from duocoder.domain.records import Turn
from duocoder.domain.roles import Role
from duocoder.io.qdpx_writer import (
    INTERVIEWER_TURNS_GUID,
    RESPONDENT_TURNS_GUID,
    TURN_CODE_DESCRIPTIONS,
    TURN_CODE_NAMES,
    TURN_GROUP_GUID,
    Progress,
    QdpxCase,
    QdpxNote,
    QdpxProject,
    QdpxSelection,
    QdpxSource,
    QdpxUser,
    QdpxVariable,
    derived_guid,
    selection_guid,
)
from duocoder.storage import guids
from duocoder.storage.models import (
    Code,
    Coder,
    Coding,
    Document,
    DocumentAttribute,
    DocumentGuid,
    Memo,
)
from duocoder.storage.models import Turn as TurnRow

if TYPE_CHECKING:
    from duocoder.app.project import Project

QDPX_SUFFIX = ".qdpx"
ROLE_VARIABLE = "role"
ORGANISATION_VARIABLE = "organisation"
DUO_VARIABLE = "duo"


@dataclass(frozen=True, slots=True)
class QdpxExportReport:
    """What an export wrote: counts a window or a script can show."""

    path: Path
    documents: int
    codings: int
    turns: int
    codes: int
    notes: int
    cases: int

    def as_json(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "documents": self.documents,
            "codings": self.codings,
            "turns": self.turns,
            "codes": self.codes,
            "notes": self.notes,
            "cases": self.cases,
        }


class Exchange(Service):
    """REFI-QDA project exchange: the export half, and the GUIDs an exchange names rows by."""

    def document_guid(self, ref: int | str) -> str:
        """The stable GUID of a document (by id or name)."""
        from duocoder.app.queries import documents as document_q

        with self.project._read() as s:
            doc_id = document_q.resolve(s, ref)
            found = s.scalar(select(DocumentGuid.guid).where(DocumentGuid.document_id == doc_id))
        if found is None:  # cannot happen after format 5's migration; said plainly if it does
            raise NotFoundError(f"The document with id {doc_id} has no GUID.")
        return found

    def coding_guids(self) -> dict[int, str]:
        """The stable GUID of every coding, by coding id."""
        with self.project._read() as s:
            return guids.coding_guids(s)

    def export_qdpx(
        self,
        path: str | Path,
        progress: Progress | None = None,
        *,
        allow_unreviewed: str | None = None,
    ) -> QdpxExportReport:
        """Write the whole project as a REFI-QDA project (`.qdpx`) to `path`, replacing a
        file there (a caller that must not replace one checks first, as the CLI does).
        `progress(done, total, document name)` is called per document.

        The file carries every document's whole text, its name and every memo, so the
        export guard checks all of them first: identifiers not reviewed stop the export
        with their list (`UnreviewedIdentifiersError`) unless `allow_unreviewed` gives the
        reason to export anyway, which the project records."""
        from duocoder import __version__
        from duocoder.app.export_guard import export_label, guard
        from duocoder.app.exports import check_output
        from duocoder.io.atomic import write_atomically
        from duocoder.io.qdpx_writer import write_qdpx

        path = Path(path)
        if path.suffix.lower() != QDPX_SUFFIX:
            raise ValidationError(
                f"A REFI-QDA project is written to a {QDPX_SUFFIX} file; "
                f"'{path.name}' has another extension."
            )
        check_output(self.project.path, path)
        passages, texts = self._carried()
        guard(self.project, passages, export_label(".qdpx", path), allow_unreviewed, texts)
        turn_counts: list[int] = []
        with self.project._read() as s:
            data = _Gathered(self.project, s, turn_counts)
            qdpx = data.project(f"DuoCoder {__version__}")
            write_atomically(path, lambda tmp: write_qdpx(tmp, qdpx, progress))
        return QdpxExportReport(
            path,
            documents=len(qdpx.sources),
            codings=data.codings,
            turns=sum(turn_counts),
            codes=data.codes,
            notes=len(qdpx.notes),
            cases=len(qdpx.cases),
        )

    def _carried(self) -> tuple[list[tuple[int, int, int]], list[tuple[str, str]]]:
        """What a .qdpx carries for the export guard: every document whole, and the short
        texts beside them (document names, memos), each with where it is."""
        with self.project._read() as s:
            q = select(Document.id, Document.name, func.length(Document.text))
            rows = s.execute(q).all()
            names = {i: n for i, n, _len in rows}
            passages = [(i, 0, int(n or 0)) for i, _name, n in rows]
            texts = [(f"document name {n}", n) for n in names.values()]
            for target, target_id, text in s.execute(
                select(Memo.target, Memo.target_id, Memo.text)
            ):
                owner = names.get(target_id, "") if target == "document" else ""
                texts.append((f"{target} memo {owner}".strip(), text))
            for doc_id, memo in s.execute(
                select(Coding.document_id, Coding.memo).where(Coding.memo.is_not(None))
            ):
                texts.append((f"coding memo in {names.get(doc_id, '')}", memo or ""))
        return passages, texts


class _Gathered:
    """The project's rows as the writer's records, read in the caller's session."""

    def __init__(self, project: Project, s: Session, turn_counts: list[int]) -> None:
        self.p = project
        self.s = s
        self.turn_counts = turn_counts
        self.language = project.language if project.language in TURN_CODE_NAMES else "en"
        self.codings = 0
        self.codes = 0
        self.notes: list[QdpxNote] = []
        self.user_guids: dict[int, str] = {}
        self.users: dict[str, QdpxUser] = {}

    def project(self, origin: str) -> QdpxProject:
        s = self.s
        coders = {c.id: (c.guid, c.name) for c in s.scalars(select(Coder))}
        self.user_guids = {cid: guid for cid, (guid, _name) in coders.items()}

        def user(coder_id: int | None) -> str | None:
            if coder_id is None or coder_id not in coders:
                return None
            guid, name = coders[coder_id]
            self.users.setdefault(guid, QdpxUser(guid, name))
            return guid

        code_rows = s.execute(select(Code.id, Code.guid, Code.name)).all()
        code_guids = {cid: guid for cid, guid, _name in code_rows}
        doc_guids = guids.document_guids(s)
        coding_guids = guids.coding_guids(s)
        memos = {
            (m.target, m.target_id): m
            for m in s.scalars(select(Memo).order_by(Memo.id))
            if m.text.strip()
        }

        def note(kind: str, target_id: int | None, owner_guid: str, name: str) -> str | None:
            memo = memos.get((kind, target_id))
            if memo is None:
                return None
            guid = derived_guid("memo", kind, owner_guid)
            self.notes.append(QdpxNote(guid, name, memo.text, user(memo.coder_id), memo.updated_at))
            return guid

        # codes: the .qdc codebook, code memos as notes, the speaker-turn group at the end
        entries = self._codebook()
        code_notes: dict[str, list[str]] = {}
        for cid, guid, name in code_rows:
            found = note("code", cid, guid, name)
            if found is not None:
                code_notes[guid] = [found]
        self.codes = len(code_guids)

        # variables: role, organisation, duo, then each document attribute
        attributes: dict[int, dict[str, str]] = defaultdict(dict)
        for a in s.scalars(select(DocumentAttribute).order_by(DocumentAttribute.key)):
            attributes[a.document_id][a.key] = a.value
        variables = {
            name: QdpxVariable(derived_guid("variable", name), name, description)
            for name, description in (
                (ROLE_VARIABLE, "The stakeholder the transcript's voice belongs to."),
                (ORGANISATION_VARIABLE, "The organisation (DuoCoder's case)."),
                (DUO_VARIABLE, "The duo (pair of a participant and a volunteer)."),
            )
        }
        for key in sorted({k for attrs in attributes.values() for k in attrs}):
            variables.setdefault(key, QdpxVariable(derived_guid("variable", key), key))

        # codings per document, in document order
        per_doc: dict[int, list[QdpxSelection]] = defaultdict(list)
        rows = s.execute(
            select(
                Coding.id,
                Coding.document_id,
                Coding.code_id,
                Coding.start,
                Coding.end,
                Coding.coder_id,
                Coding.memo,
                Coding.created_at,
            ).order_by(Coding.document_id, Coding.start, Coding.end, Coding.id)
        )
        for cid, doc_id, code_id, start, end, coder_id, memo, created in rows:
            guid = coding_guids.get(cid) or derived_guid("coding", str(cid))
            note_guid = None
            if memo and memo.strip():
                note_guid = derived_guid("memo", "coding", guid)
                self.notes.append(
                    QdpxNote(note_guid, f"Memo {start}–{end}", memo, user(coder_id), created)
                )
            per_doc[doc_id].append(
                QdpxSelection(
                    selection_guid(guid),
                    guid,
                    start,
                    end,
                    code_guids[code_id],
                    user=user(coder_id),
                    created=created,
                    note=note_guid,
                )
            )
            self.codings += 1

        # documents, with their cases
        documents = s.execute(
            select(
                Document.id,
                Document.name,
                Document.role,
                Document.case_name,
                Document.duo,
                Document.original_name,
                Document.imported_at,
            ).order_by(Document.position, Document.id)
        ).all()
        all_turns = self._turns()
        any_turns = False
        sources: list[QdpxSource] = []
        organisations: dict[str, list[str]] = defaultdict(list)
        duos: dict[str, list[str]] = defaultdict(list)
        duo_organisations: dict[str, set[str]] = defaultdict(set)
        role_words = {r.value: r.label(self.language) for r in Role}
        for doc_id, name, role, case, duo, original, imported in documents:
            guid = doc_guids.get(doc_id) or derived_guid("document", str(doc_id))
            values = [(variables[ROLE_VARIABLE].guid, role_words.get(role, role))]
            if case:
                values.append((variables[ORGANISATION_VARIABLE].guid, case))
                organisations[case].append(guid)
            if duo:
                values.append((variables[DUO_VARIABLE].guid, duo))
                duos[duo].append(guid)
                if case:
                    duo_organisations[duo].add(case)
            for key, value in attributes.get(doc_id, {}).items():
                values.append((variables[key].guid, value))
            doc_note = note("document", doc_id, guid, name)
            turns = all_turns.pop(doc_id, [])
            any_turns = any_turns or bool(turns)
            sources.append(
                QdpxSource(
                    guid,
                    name,
                    self._text_of(doc_id),
                    self._selections(per_doc.pop(doc_id, []), guid, turns),
                    description=original if original and original != name else "",
                    created=imported,
                    notes=[doc_note] if doc_note else [],
                    values=values,
                )
            )

        cases = [
            QdpxCase(
                derived_guid("case", "organisation", org),
                org,
                self._words("organisation"),
                [(variables[ORGANISATION_VARIABLE].guid, org)],
                members,
            )
            for org, members in sorted(organisations.items())
        ]
        for duo, members in sorted(duos.items()):
            values = [(variables[DUO_VARIABLE].guid, duo)]
            if len(duo_organisations[duo]) == 1:  # a duo of one organisation says which
                [organisation] = duo_organisations[duo]
                values.append((variables[ORGANISATION_VARIABLE].guid, organisation))
            cases.append(
                QdpxCase(derived_guid("case", "duo", duo), duo, self._words("duo"), values, members)
            )

        project_note = note("project", None, derived_guid("project", self.p.name), self.p.name)
        codes = list(entries)
        if any_turns:
            codes.append(self._turn_group())
        return QdpxProject(
            name=self.p.name,
            origin=origin,
            codes=codes,
            code_notes=code_notes,
            users=sorted(self.users.values(), key=lambda u: u.name.casefold()),
            variables=list(variables.values()),
            cases=cases,
            sources=sources,
            notes=self.notes,
            project_notes=[project_note] if project_note else [],
        )

    # -- helpers ---------------------------------------------------------------------------
    def _codebook(self) -> list[CodebookEntry]:
        """The code tree as `Project.codebook_entries` gives it, read in this session, so
        every coding's code is in it even if a code is added or deleted meanwhile."""
        from duocoder.app.queries import codes as code_q

        by_parent: dict[int | None, list[CodebookEntry]] = defaultdict(list)
        nodes: dict[int, CodebookEntry] = {}
        for c in code_q.code_infos(self.s):
            entry = CodebookEntry(c.name, c.guid, c.color.upper(), c.description, c.codable)
            entry.keywords = list(c.keywords)
            nodes[c.id] = entry
            by_parent[c.parent_id].append(entry)
        for code_id, entry in nodes.items():
            entry.children = by_parent.get(code_id, [])
        return by_parent.get(None, [])

    def _turns(self) -> dict[int, list[Turn]]:
        """Every document's speaker turns, in one query (as `Project.turns` gives them)."""
        from duocoder.app.turns import Interviewers

        interviewers = Interviewers(self.s, self.p.interviewer_labels)
        out: dict[int, list[Turn]] = defaultdict(list)
        rows = self.s.execute(
            select(TurnRow.document_id, TurnRow.start, TurnRow.end, TurnRow.speaker).order_by(
                TurnRow.document_id, TurnRow.position
            )
        )
        for doc_id, start, end, speaker in rows:
            out[doc_id].append(Turn(start, end, speaker, interviewers(doc_id, speaker)))
        return out

    def _text_of(self, doc_id: int) -> Callable[[], str]:
        def text() -> str:
            return self.s.scalar(select(Document.text).where(Document.id == doc_id)) or ""

        return text

    def _selections(
        self, codings: list[QdpxSelection], doc_guid: str, turns: Sequence[Turn]
    ) -> list[QdpxSelection]:
        """The document's codings, then its speaker turns as selections of the turn codes."""
        out = list(codings)
        for turn in turns:
            if turn.end <= turn.start:
                continue
            guid = derived_guid("turn", doc_guid, str(turn.start), str(turn.end))
            out.append(
                QdpxSelection(
                    guid,
                    derived_guid("turn-coding", guid),
                    turn.start,
                    turn.end,
                    INTERVIEWER_TURNS_GUID if turn.interviewer else RESPONDENT_TURNS_GUID,
                    name=turn.speaker,
                )
            )
        self.turn_counts.append(len(out) - len(codings))
        return out

    def _turn_group(self) -> CodebookEntry:
        group, interviewer, respondent = TURN_CODE_NAMES[self.language]
        about = TURN_CODE_DESCRIPTIONS[self.language]
        return CodebookEntry(
            group,
            TURN_GROUP_GUID,
            "#808080",
            about[0],
            codable=False,
            children=[
                CodebookEntry(interviewer, INTERVIEWER_TURNS_GUID, "#A0A0A0", about[1]),
                CodebookEntry(respondent, RESPONDENT_TURNS_GUID, "#606060", about[2]),
            ],
        )

    def _words(self, kind: str) -> str:
        if self.language == "nl":
            return {"organisation": "Organisatie", "duo": "Duo"}[kind]
        return {"organisation": "Organisation", "duo": "Duo"}[kind]
