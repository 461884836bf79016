"""Pseudonymising documents with a separate key, and restoring an original from that key.

Replacing names is the one sanctioned change of a document's canonical text. One run is one
transaction and one undo step: the texts change, every coding, turn, paragraph and rejected
suggestion is carried through the edit (`duocoder.domain.text_edits`), the short texts around
a document (its name, case, duo, attributes, memos, speakers, its recording's stored path)
get the same pseudonyms, and the document's history records who did it, when and how
many replacements.

The originals go only to the key file (`duocoder.io.keyfile`), written before the transaction
commits; then nothing in the project may hold them in the clear: the accepted decisions
(their text is an original) are removed, the text index of the changed documents is dropped
with every lemma and word form no other document uses, the undo history recorded so far is
sealed with the key (undoing it needs the key unlocked), and the file is rewritten without
its freed pages (SQLite's VACUUM), so the original bytes are not left behind in it."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from duocoder.app.privacy import KEY_ID, NAMES_KEY, WORD, group_key, normalise, parse_group
from duocoder.app.queries import codings as coding_q
from duocoder.app.queries import documents as document_q
from duocoder.app.service import Service
from duocoder.domain.errors import ValidationError
from duocoder.domain.privacy import (
    Candidate,
    DocumentEventInfo,
    KnownNames,
    PseudonymisationReport,
)
from duocoder.domain.text import text_hash
from duocoder.domain.text_edits import Edit, OffsetMap, apply_edits
from duocoder.io.keyfile import DocumentRun, FieldChange, Key, Replacement, read_key, write_key
from duocoder.nlp import packing
from duocoder.storage import history as steps
from duocoder.storage.compaction import compact
from duocoder.storage.models import (
    Coding,
    Document,
    DocumentAttribute,
    DocumentEvent,
    DocumentGuid,
    IdentifierScan,
    Lemma,
    Memo,
    Meta,
    Paragraph,
    PseudoDecision,
    PseudoEntity,
    Recording,
    RejectedSuggestion,
    TextIndex,
    WordForm,
)
from duocoder.storage.models import Turn as TurnRow

Progress = Callable[[int, int, str], None]
PROJECT_MEMOS = "project"  # the key's entry for the project's and codes' memos


class _Replacer:
    """Replaces whole-word occurrences of originals (any case) in short texts."""

    def __init__(self, pseudonyms: dict[str, str]) -> None:
        self._by_folded = {k: v for k, v in pseudonyms.items() if k}
        words = sorted(self._by_folded, key=len, reverse=True)
        self._pattern = (
            re.compile(
                r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE
            )
            if words
            else None
        )

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: self._by_folded.get(normalise(m[0]), m[0]), text)


class Pseudonymisation(Service):
    # -- the key ---------------------------------------------------------------------------
    def key_id(self) -> str | None:
        """The id of the key file this project's originals went to (None: none yet)."""
        return self.project._meta().get(KEY_ID)

    def _read_key(self, path: Path, passphrase: str, *, create: bool) -> Key:
        own = self.project.path
        if own is not None and path.resolve() == own.resolve():
            raise ValidationError("The key file must be a file of its own, not the project.")
        expected = self.key_id()
        if not path.exists():
            if not create:
                read_key(path, passphrase)  # raises the sentence for a missing file
            if expected is not None:
                raise ValidationError(
                    f"This project's originals are in another key file; '{path.name}' does "
                    "not exist. Choose the key file used before."
                )
            return Key.new()
        key = read_key(path, passphrase)
        if expected is not None and key.id != expected:
            raise ValidationError(f"'{path.name}' is the key file of another project.")
        return key

    def unlock_key(self, key_path: str | Path, passphrase: str) -> None:
        """Keep the key open for this session: undo and redo of steps sealed by a
        pseudonymisation can then be read."""
        key = self._read_key(Path(key_path), passphrase, create=False)
        self.project._unseal = key.unseal

    def lock_key(self) -> None:
        self.project._unseal = None

    @property
    def key_unlocked(self) -> bool:
        return self.project._unseal is not None

    # -- pseudonymising --------------------------------------------------------------------
    def pseudonymise(
        self,
        key_path: str | Path,
        passphrase: str,
        *,
        accept_all: bool = False,
        documents: Iterable[int | str] | None = None,
        progress: Progress | None = None,
    ) -> PseudonymisationReport:
        """Replace every accepted identifier (with `accept_all`, every candidate not
        rejected) by its entity's pseudonym, in the chosen documents or all, writing the
        originals to the key file (created with `passphrase` if it does not exist). A name
        the key already knows gets the pseudonym it got before, in a new interview too.
        One undo step, which needs the key to be undone."""
        key_path = Path(key_path)
        key = self._read_key(key_path, passphrase, create=True)
        chosen = None if documents is None else list(documents)
        known = self._known_from_key(key)
        candidates = self.project.identifier_candidates(chosen, extra=known, progress=progress)
        from_key = self._groups_from_key(key, candidates)
        label = "Pseudonymise"
        with self.project._one_step(lambda: label):
            if from_key:
                self._accept_as(from_key)
            if accept_all:
                open_groups = [c.group for c in candidates if c.status == "open"]
                open_groups = [g for g in dict.fromkeys(open_groups) if g not in from_key]
                if open_groups:
                    self.project.accept_candidates(open_groups)
            candidates = self.project.identifier_candidates(chosen, extra=known)
            accepted = [c for c in candidates if c.status == "accepted"]
            if not accepted:
                report = None
            else:
                report = self._apply(key, key_path, passphrase, accepted)
                n = report.documents
                label = f"Pseudonymise {n} document{'s' if n != 1 else ''}"
        compacted = self._compact()
        if report is None:  # nothing (more) to replace: what an earlier run left is compacted
            return PseudonymisationReport(0, 0, 0, compacted=compacted)
        self._reindex([c.document_id for c in accepted])
        path = self.project.path
        backups = (
            ()
            if path is None
            else tuple(
                sorted(p.name for p in path.parent.glob(f"{path.stem}.v*.bak*{path.suffix}"))
            )
        )
        return PseudonymisationReport(
            report.documents,
            report.replacements,
            report.entities,
            report.per_document,
            compacted,
            backups,
            report.recordings,
        )

    def _compact(self) -> bool:
        """Rid the file (or the server's tables) of the originals' old bytes."""
        return compact(self.project._engine) if self.project._engine is not None else False

    @staticmethod
    def _known_from_key(key: Key) -> KnownNames:
        persons: list[str] = []
        organisations: list[str] = []
        places: list[str] = []
        for entry in key.entities.values():
            target = {"person": persons, "organisation": organisations}.get(
                str(entry.get("kind")), places
            )
            target.extend(str(o) for o in entry.get("originals", []))
        return KnownNames(tuple(persons), tuple(organisations), tuple(places))

    def _groups_from_key(self, key: Key, candidates: list[Candidate]) -> dict[str, int]:
        """Open candidates the key knows (the same kind, organisation and text as an
        original it holds): group → the entity they were given before."""
        known: dict[str, int] = {}
        for entity, entry in key.entities.items():
            for original in entry.get("originals", []):
                scope = str(entry.get("scope", ""))
                known[group_key(str(entry.get("kind")), scope, str(original))] = entity
        with self.project._read() as s:
            existing = set(s.scalars(select(PseudoEntity.id)))
        return {
            c.group: known[c.group]
            for c in candidates
            if c.status == "open" and c.group in known and known[c.group] in existing
        }

    def _accept_as(self, groups: dict[str, int]) -> None:
        def change(s: Session) -> None:
            for group, entity in groups.items():
                kind, scope, text = parse_group(group)
                s.add(
                    PseudoDecision(
                        kind=kind,
                        text=text,
                        scope=scope,
                        status="accepted",
                        entity_id=entity,
                        decided_at=coding_q.now(),
                        decided_by=self.project.coder,
                    )
                )

        self.project._run("Accept names known from the key", change)

    def _apply(
        self, key: Key, key_path: Path, passphrase: str, accepted: list[Candidate]
    ) -> PseudonymisationReport:
        by_doc: dict[int, list[Candidate]] = defaultdict(list)
        for c in accepted:
            by_doc[c.document_id].append(c)
        per_document: dict[str, int] = {}
        entities_used: set[int] = set()
        recordings: list[int] = []  # documents whose recording's stored path was renamed

        def change(s: Session) -> None:
            decisions = {
                f"{k}|{sc}|{t}": e
                for k, sc, t, e in s.execute(
                    select(
                        PseudoDecision.kind,
                        PseudoDecision.scope,
                        PseudoDecision.text,
                        PseudoDecision.entity_id,
                    ).where(PseudoDecision.status == "accepted")
                )
            }
            pseudonym_of = dict(s.execute(select(PseudoEntity.id, PseudoEntity.pseudonym)).all())
            kind_of = dict(s.execute(select(PseudoEntity.id, PseudoEntity.kind)).all())
            run = key.new_run(self.project.coder)
            all_originals: dict[str, str] = {}
            for doc_id, found in by_doc.items():
                edits: list[Edit] = []
                entities: list[int] = []
                originals: dict[str, str] = {}
                for c in sorted(found, key=lambda c: c.start):
                    entity = decisions.get(c.group)
                    if entity is None or entity not in pseudonym_of:
                        continue
                    pseudonym = pseudonym_of[entity]
                    edits.append(Edit(c.start, c.end, pseudonym))
                    entities.append(entity)
                    originals[normalise(c.text)] = pseudonym
                    _kind, scope, _text = parse_group(c.group)
                    key.add_original(entity, kind_of[entity], c.text)
                    key.entities[entity]["scope"] = scope
                if not edits:
                    continue
                all_originals.update(originals)
                doc = self._rewrite(
                    s,
                    run_documents=run.documents,
                    doc_id=doc_id,
                    edits=edits,
                    entities=entities,
                    replace=_Replacer(originals),
                )
                per_document[doc] = len(edits)
                entities_used.update(entities)
                s.add(
                    DocumentEvent(
                        document_id=doc_id,
                        event="pseudonymised",
                        at=coding_q.now(),
                        coder=self.project.coder,
                        detail=json.dumps({"replacements": len(edits), "run": run.id}),
                    )
                )
            memos = _replace_project_memos(s, _Replacer(all_originals))
            project_name = s.get(Meta, "name")
            if project_name is not None:
                renamed = _Replacer(all_originals)(project_name.value)
                if renamed != project_name.value:
                    memos.append(FieldChange("meta:name", project_name.value))
                    project_name.value = renamed
            if memos:
                run.documents[PROJECT_MEMOS] = DocumentRun(PROJECT_MEMOS, "", "", [], memos)
            recordings.extend(
                1 for d in run.documents.values() for f in d.fields if f.where == "recording"
            )
            self._forget_originals(s, set(by_doc), all_originals)
            relabel = _Replacer(all_originals)
            steps.seal_all(s.connection(), key.seal, relabel)
            meta = s.get(Meta, KEY_ID)
            if meta is None:
                s.add(Meta(key=KEY_ID, value=key.id))
            write_key(key_path, key, passphrase)  # before the commit: never a lost original

        self.project._seal = key.seal
        try:
            self.project._run("Pseudonymise", change)
        finally:
            self.project._seal = None
        return PseudonymisationReport(
            len(per_document),
            sum(per_document.values()),
            len(entities_used),
            per_document,
            recordings=len(recordings),
        )

    def _rewrite(
        self,
        s: Session,
        *,
        run_documents: dict[str, DocumentRun],
        doc_id: int,
        edits: list[Edit],
        entities: list[int],
        replace: Callable[[str], str],
    ) -> str:
        """Change one document's text and carry everything that points into it."""
        row = s.get(Document, doc_id)
        assert row is not None  # the candidates were read from it in this transaction
        old_text = row.text
        new_text = apply_edits(old_text, edits)
        offsets = OffsetMap(edits)
        fields: list[FieldChange] = []
        _carry_offsets(s, doc_id, offsets)
        fields.extend(_replace_fields(s, row, replace))
        guid = s.scalar(select(DocumentGuid.guid).where(DocumentGuid.document_id == doc_id))
        old_hash = row.content_hash
        row.text = new_text
        row.length = len(new_text)
        row.content_hash = text_hash(new_text)
        run_documents[str(guid)] = DocumentRun(
            str(guid),
            old_hash,
            row.content_hash,
            [
                Replacement(
                    offsets.start(e.start), offsets.end(e.end), old_text[e.start : e.end], n
                )
                for e, n in zip(edits, entities, strict=True)
            ],
            fields,
        )
        return row.name

    @staticmethod
    def _forget_originals(s: Session, doc_ids: set[int], originals: dict[str, str]) -> None:
        """Remove from the project what still holds the replaced originals outside the
        history: accepted decisions, the name list's entries, the text index of the changed
        documents and every lemma and word form no remaining index uses, cached scans."""
        s.execute(delete(PseudoDecision).where(PseudoDecision.status == "accepted"))
        names = s.get(Meta, NAMES_KEY)
        if names is not None:
            kept = [n for n in json.loads(names.value) if normalise(n) not in originals]
            names.value = json.dumps(kept)
        s.execute(delete(TextIndex).where(TextIndex.document_id.in_(doc_ids)))
        s.execute(delete(IdentifierScan).where(IdentifierScan.document_id.in_(doc_ids)))
        used: set[int] = set()
        for (blob,) in s.execute(select(TextIndex.lemmas)):
            used.update(int(x) for x in packing.unpack_lemmas(blob))
        unused = [i for i in s.scalars(select(Lemma.id)) if i not in used]
        for n in range(0, len(unused), 5000):
            chunk = unused[n : n + 5000]
            s.execute(delete(WordForm).where(WordForm.lemma_id.in_(chunk)))
            s.execute(delete(Lemma).where(Lemma.id.in_(chunk)))
        words = {w.casefold() for o in originals for w in WORD.findall(o)}
        if words:
            s.execute(delete(WordForm).where(WordForm.form.in_(sorted(words))))

    def _reindex(self, doc_ids: Iterable[int]) -> None:
        """Index the changed documents again if the project had an index: the index is
        derived data, so this is no part of the undo step."""
        with self.project._read() as s:
            indexed = s.scalar(select(TextIndex.document_id).limit(1)) is not None
        if indexed:
            self.project.index_documents(sorted(set(doc_ids)))

    # -- restoring -------------------------------------------------------------------------
    def restore_original(self, document: int | str, key_path: str | Path, passphrase: str) -> int:
        """Bring a document's original text back from the key file (for the archive copy):
        every run that changed it is undone, newest first, with its codings carried back.
        One undo step; returns how many replacements were undone."""
        key_path = Path(key_path)
        key = self._read_key(key_path, passphrase, create=False)
        with self.project._read() as s:
            doc_id = document_q.resolve(s, document)
            guid = str(
                s.scalar(select(DocumentGuid.guid).where(DocumentGuid.document_id == doc_id))
            )
            name = s.scalar(select(Document.name).where(Document.id == doc_id))
        runs = key.runs_of(guid)
        if not runs:
            raise ValidationError(f"The key file '{key_path.name}' has no original of '{name}'.")

        def change(s: Session) -> int:
            row = s.get(Document, doc_id)
            assert row is not None
            undone = 0
            for _run, doc_run in runs:
                if doc_run.hash_after != row.content_hash:
                    continue  # a run that never committed, or one already restored
                edits = [Edit(r.start, r.end, r.original) for r in doc_run.replacements]
                offsets = OffsetMap(edits)
                _carry_offsets(s, doc_id, offsets)
                _restore_fields(s, row, doc_run.fields)
                row.text = apply_edits(row.text, edits)
                row.length = len(row.text)
                row.content_hash = text_hash(row.text)
                undone += len(edits)
            if not undone:
                raise ValidationError(
                    f"'{name}' has changed since its names were replaced with this key file, "
                    "so its original cannot be restored from it."
                )
            s.execute(delete(IdentifierScan).where(IdentifierScan.document_id == doc_id))
            s.execute(delete(TextIndex).where(TextIndex.document_id == doc_id))
            s.add(
                DocumentEvent(
                    document_id=doc_id,
                    event="restored",
                    at=coding_q.now(),
                    coder=self.project.coder,
                    detail=json.dumps({"replacements": undone}),
                )
            )
            return undone

        undone = self.project._run(f"Restore the original of {name}", change)
        self._reindex([doc_id])
        return undone

    def restore_all(self, key_path: str | Path, passphrase: str) -> int:
        """Restore every document the key file holds originals of, and the project's and
        codes' memos, in one undo step (the archive copy of a whole study). Returns how
        many replacements were undone."""
        key = self._read_key(Path(key_path), passphrase, create=False)
        with self.project._read() as s:
            guids = dict(s.execute(select(DocumentGuid.guid, DocumentGuid.document_id)).all())
        with self.project._one_step("Restore every original"):
            undone = 0
            for guid, doc_id in guids.items():
                if key.runs_of(guid):
                    try:
                        undone += self.restore_original(doc_id, key_path, passphrase)
                    except ValidationError:
                        continue  # changed since, or already restored: the others still go
            memos = [f for _run, d in key.runs_of(PROJECT_MEMOS) for f in d.fields]
            if memos:
                self.project._run("Restore memos", lambda s: _restore_project_memos(s, memos))
        return undone

    def document_history(self, document: int | str) -> list[DocumentEventInfo]:
        """The sanctioned changes of a document's text, oldest first."""
        with self.project._read() as s:
            doc_id = document_q.resolve(s, document)
            rows = s.execute(
                select(
                    DocumentEvent.event, DocumentEvent.at, DocumentEvent.coder, DocumentEvent.detail
                )
                .where(DocumentEvent.document_id == doc_id)
                .order_by(DocumentEvent.id)
            ).all()
        return [
            DocumentEventInfo(e, at, c, int(json.loads(d).get("replacements", 0)))  # type: ignore[arg-type]
            for e, at, c, d in rows
        ]


def _carry_offsets(s: Session, doc_id: int, offsets: OffsetMap) -> None:
    """Map every stored offset into one document through the edits."""
    for model in (Coding, Paragraph):
        spans = s.execute(
            select(model.id, model.start, model.end).where(model.document_id == doc_id)
        ).all()
        if spans:
            s.execute(
                update(model),
                [
                    dict(zip(("id", "start", "end"), (i, *offsets.span(a, b)), strict=True))
                    for i, a, b in spans
                ],
            )
    turns = s.execute(
        select(TurnRow.id, TurnRow.start, TurnRow.end, TurnRow.label_start).where(
            TurnRow.document_id == doc_id
        )
    ).all()
    if turns:
        s.execute(
            update(TurnRow),
            [
                {
                    "id": i,
                    "start": offsets.start(a),
                    "end": offsets.end(b),
                    "label_start": None if label is None else offsets.start(label),
                }
                for i, a, b, label in turns
            ],
        )
    rejected = s.execute(
        select(RejectedSuggestion.id, RejectedSuggestion.start, RejectedSuggestion.end).where(
            RejectedSuggestion.document_id == doc_id
        )
    ).all()
    if rejected:
        s.execute(
            update(RejectedSuggestion),
            [
                dict(zip(("id", "start", "end"), (i, *offsets.span(a, b)), strict=True))
                for i, a, b in rejected
            ],
        )


def _replace_fields(s: Session, row: Document, replace: Callable[[str], str]) -> list[FieldChange]:
    """Give the short texts around a document the same pseudonyms; returns their originals."""
    changed: list[FieldChange] = []

    def put(where: str, old: str | None, setter: Callable[[str], None]) -> None:
        if old is None:
            return
        new = replace(old)
        if new != old:
            changed.append(FieldChange(where, old))
            setter(new)

    put("name", row.name, lambda v: setattr(row, "name", _unique_name(s, row.id, v)))
    put("original_name", row.original_name, lambda v: setattr(row, "original_name", v))
    put("case", row.case_name, lambda v: setattr(row, "case_name", v))
    put("duo", row.duo, lambda v: setattr(row, "duo", v))
    recording = s.get(Recording, row.id)
    if recording is not None:  # found again by its fingerprint, not by its name
        put("recording", recording.path, partial(setattr, recording, "path"))
    for attribute in s.scalars(
        select(DocumentAttribute).where(DocumentAttribute.document_id == row.id)
    ):
        put(
            f"attribute:{attribute.key}",
            attribute.value,
            partial(setattr, attribute, "value"),
        )
    memo = s.scalar(select(Memo).where(Memo.target == "document", Memo.target_id == row.id))
    if memo is not None:
        put("memo", memo.text, lambda v: setattr(memo, "text", v))
    for coding in s.scalars(
        select(Coding).where(Coding.document_id == row.id, Coding.memo.is_not(None))
    ):
        put(f"coding:{coding.id}:memo", coding.memo, partial(setattr, coding, "memo"))
    for turn in s.scalars(select(TurnRow).where(TurnRow.document_id == row.id)):
        put(
            f"turn:{turn.position}:speaker",
            turn.speaker,
            partial(setattr, turn, "speaker"),
        )
    return changed


def _replace_project_memos(s: Session, replace: Callable[[str], str]) -> list[FieldChange]:
    """The project's and the codes' memos get the same pseudonyms as the documents (and the
    project's name, below: "Studie Vzw De Brug")."""
    changed: list[FieldChange] = []
    for memo in s.scalars(select(Memo).where(Memo.target.in_(("project", "code")))):
        new = replace(memo.text)
        if new != memo.text:
            changed.append(FieldChange(f"memo:{memo.target}:{memo.target_id or ''}", memo.text))
            memo.text = new
    return changed


def _restore_project_memos(s: Session, fields: list[FieldChange]) -> None:
    """Oldest run last, so each memo ends with the text it had before the first run."""
    for f in fields:
        if f.where.startswith("meta:"):
            s.execute(
                update(Meta)
                .where(Meta.key == f.where.removeprefix("meta:"))
                .values(value=f.original)
            )
            continue
        _prefix, target, target_id = f.where.split(":", 2)
        which = Memo.target_id.is_(None) if not target_id else Memo.target_id == int(target_id)
        s.execute(update(Memo).where(Memo.target == target, which).values(text=f.original))


def _unique_name(s: Session, doc_id: int, name: str) -> str:
    taken = set(s.scalars(select(Document.name).where(Document.id != doc_id)))
    candidate, n = name, 2
    while candidate in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def _restore_fields(s: Session, row: Document, fields: list[FieldChange]) -> None:
    for f in fields:
        where = f.where
        if where == "name":
            row.name = _unique_name(s, row.id, f.original)
        elif where == "original_name":
            row.original_name = f.original
        elif where == "case":
            row.case_name = f.original
        elif where == "duo":
            row.duo = f.original
        elif where == "recording":
            s.execute(
                update(Recording).where(Recording.document_id == row.id).values(path=f.original)
            )
        elif where.startswith("attribute:"):
            s.execute(
                update(DocumentAttribute)
                .where(
                    DocumentAttribute.document_id == row.id,
                    DocumentAttribute.key == where.removeprefix("attribute:"),
                )
                .values(value=f.original)
            )
        elif where == "memo":
            s.execute(
                update(Memo)
                .where(Memo.target == "document", Memo.target_id == row.id)
                .values(text=f.original)
            )
        elif where.startswith("coding:"):
            coding_id = int(where.split(":")[1])
            s.execute(
                update(Coding)
                .where(Coding.id == coding_id, Coding.document_id == row.id)
                .values(memo=f.original)
            )
        elif where.startswith("turn:"):
            position = int(where.split(":")[1])
            s.execute(
                update(TurnRow)
                .where(TurnRow.document_id == row.id, TurnRow.position == position)
                .values(speaker=f.original)
            )
