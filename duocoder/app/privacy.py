"""Finding what identifies people, the researcher's review of it, and the export guard.

Detection (`duocoder.nlp.identifiers`) is combined with what the project itself knows: its
speakers, the names in document names and in linked recordings' file names, its
organisations (case names), the researcher's own list of names and every text accepted
before. Found spans are cached per document and text
(`pseudo_scans`, derived data like the text index), so the export guard can check an export
without loading the detector again.

Candidates are grouped by kind, organisation and normalised text: "Sofie" in the three
interviews of one organisation is one entity with one pseudonym, "Sofie" in another
organisation another. A decision is kept per group; a rejection stays, so the same text is
not offered again, while an accepted group's text (an original) leaves the project when it
is replaced (`duocoder.app.pseudonymise`)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import TYPE_CHECKING

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from duocoder.app.queries import codings as coding_q
from duocoder.app.queries import documents as document_q
from duocoder.app.service import Service
from duocoder.domain import pseudonyms
from duocoder.domain.errors import NotFoundError, ValidationError
from duocoder.domain.privacy import (
    KINDS,
    STYLES,
    Candidate,
    Entity,
    Found,
    GuardFinding,
    Kind,
    KnownNames,
    Status,
    Style,
    UnreviewedIdentifiersError,
)
from duocoder.domain.roles import _ALIASES, ROLE_LABELS, Role
from duocoder.domain.turn_labels import InterviewerTest
from duocoder.storage.database import transaction
from duocoder.storage.history import SealedStepError
from duocoder.storage.models import (
    Document,
    ExportOverride,
    IdentifierScan,
    Meta,
    PseudoDecision,
    PseudoEntity,
    Recording,
)
from duocoder.storage.models import Turn as TurnRow

__all__ = ["Privacy", "SealedStepError"]  # the faces catch a sealed undo through the app

if TYPE_CHECKING:
    from duocoder.app.project import Project

NAMES_KEY = "privacy_names"  # meta: the researcher's own list of names to find
STYLES_KEY = "privacy_styles"  # meta: the pseudonym style per kind of identifier
KEY_ID = "privacy_key"  # meta: the id of the key file this project's originals went to
CONTEXT = 48  # characters of context on either side of a candidate
Progress = Callable[[int, int, str], None]

# Words in document names and speaker labels that are never a person's name.
_NOT_NAME_WORDS = frozenset(
    w.casefold()
    for w in (
        "interview", "interviews", "gesprek", "transcript", "transcriptie", "verslag", "met",
        "en", "and", "with", "van", "de", "het", "der", "den", "een", "the", "of", "duo",
        "deel", "part", "versie", "version", "def", "definitief", "final", "concept", "kopie",
        "copy", "respondent", "spreker", "speaker", "interviewer", "onderzoeker", "researcher",
        "focusgroep", "groep", "group", "nl", "en", "docx", "txt",
        *(label for labels in ROLE_LABELS.values() for label in labels.values()),
        *(alias for aliases in _ALIASES.values() for alias in aliases),
    )
)  # fmt: skip
_ANY_WORD = re.compile(r"\w+")
WORD = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)


_LEGAL_FORM = re.compile(
    r"(?i)(?:^|\s)(?:vzw|v\.z\.w\.|ivzw|asbl|npo|bv|nv|cvba|vof|stichting|foundation)(?=\s|$)"
)


def normalise(text: str) -> str:
    """The form a group is known by: NFC, case-folded, spaces collapsed, without quotes or
    punctuation around it (so "Sofie," and "sofie" are one group)."""
    text = unicodedata.normalize("NFC", text).replace("|", " ")
    return " ".join(text.split()).strip(" .,;:!?\"'“”‘’()[]").casefold()


def group_key(kind: str, scope: str, text: str) -> str:
    return f"{kind}|{scope}|{normalise(text)}"


def parse_group(group: str) -> tuple[Kind, str, str]:
    """(kind, scope, normalised text) of a group key; one sentence when it is none."""
    try:
        kind, rest = group.split("|", 1)
        scope, text = rest.rsplit("|", 1)
    except ValueError:
        raise ValidationError(f"'{group}' is not a candidate group.") from None
    if kind not in KINDS or not text:
        raise ValidationError(f"'{group}' is not a candidate group.")
    return kind, scope, text  # checked against KINDS above


def _context(text: str, start: int, end: int) -> str:
    """The candidate with the words around it, on one line."""
    a, b = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    shown = " ".join(text[a:b].split())
    return f"{'…' if a else ''}{shown}{'…' if b < len(text) else ''}"


class _Taken:
    """Which names may not become an alias: any word of a document's text (a real person
    may carry it) and every pseudonym given, including those given a moment ago."""

    def __init__(self, words: set[str], used: set[str]) -> None:
        self._words = words
        self._used = used

    def __call__(self, name: str) -> bool:
        folded = name.casefold()
        return folded in self._used or any(w in self._words for w in WORD.findall(folded))

    def given(self, name: str) -> bool:
        """Whether this very pseudonym was given (a role label must still be unique)."""
        return name.casefold() in self._used

    def add(self, name: str) -> None:
        self._used.add(name.casefold())

    def discard(self, name: str) -> None:
        self._used.discard(name.casefold())


def _name_words(name: str) -> list[str]:
    """Capitalised words of a document name that may be a person's name ("Interview Sofie
    deelnemer" → ["Sofie"])."""
    return [
        w
        for w in WORD.findall(name)
        if w[0].isupper() and len(w) > 1 and w.casefold() not in _NOT_NAME_WORDS
    ]


def _recording_name(stored: str) -> str:
    """The part of a recording's stored path that names it: the file name without its
    extension and the folder it lies in ("Interviews/Anja Peeters 2026-03-02.m4a",
    "Anja Peeters/opname 1.m4a"), read like a document name. Folders further up are the
    researcher's own ("C:\\Users\\…", "Documents") and name nobody interviewed."""
    parts = PureWindowsPath(stored).parts  # splits on both / and \\
    stem = PurePosixPath(parts[-1]).stem if parts else ""
    parent = parts[-2] if len(parts) >= 2 and not PureWindowsPath(parts[-2]).anchor else ""
    return f"{parent} {stem}".strip()


@dataclass(frozen=True, slots=True)
class _Doc:
    id: int
    name: str
    scope: str
    text: str
    digest: str


class Privacy(Service):
    def __init__(self, project: Project) -> None:
        super().__init__(project)
        self._word_sets: dict[str, frozenset[str]] = {}

    # -- settings --------------------------------------------------------------------------
    def privacy_names(self) -> list[str]:
        """The researcher's own list of names to find in every document."""
        raw = self.project._meta().get(NAMES_KEY)
        return list(json.loads(raw)) if raw else []

    def set_privacy_names(self, names: Iterable[str]) -> None:
        cleaned = sorted({" ".join(n.split()) for n in names if n.strip()}, key=str.casefold)
        self.project._set_meta("Change the list of names", NAMES_KEY, json.dumps(cleaned))

    def pseudonym_styles(self) -> dict[Kind, Style]:
        raw = self.project._meta().get(STYLES_KEY)
        chosen = json.loads(raw) if raw else {}
        return {k: chosen.get(k, pseudonyms.DEFAULT_STYLES[k]) for k in KINDS}

    def set_pseudonym_style(self, kind: Kind, style: Style) -> None:
        """Choose how pseudonyms of one kind look; entities of that kind that have not
        replaced anything yet get a new pseudonym in the new style."""
        if kind not in KINDS or style not in STYLES:
            raise ValidationError(f"'{style}' is not a pseudonym style for '{kind}'.")
        styles = self.pseudonym_styles()
        styles[kind] = style

        def change(s: Session) -> None:
            row = s.get(Meta, STYLES_KEY)
            value = json.dumps(styles, sort_keys=True)
            if row is None:
                s.add(Meta(key=STYLES_KEY, value=value))
            else:
                row.value = value
            language = self.project.language
            taken = self._taken(s)
            for entity in s.scalars(select(PseudoEntity).where(PseudoEntity.kind == kind)):
                if self._applied(s, entity):
                    continue
                original = self._entity_text(s, entity.id)
                taken.discard(entity.pseudonym)
                entity.style = style
                entity.pseudonym = self._pseudonym(
                    s, kind, style, original, language, taken, entity.id
                )
                taken.add(entity.pseudonym)

        self.project._run(f"Pseudonyms of {kind}: {style}", change)

    # -- detection -------------------------------------------------------------------------
    def known_names(self, extra: KnownNames | None = None) -> KnownNames:
        """What the project knows identifies someone (see the module's docstring)."""
        with self.project._read() as s:
            return self._known(s, extra)

    def _known(self, s: Session, extra: KnownNames | None = None) -> KnownNames:
        test = InterviewerTest(self.project.interviewer_labels)
        persons: set[str] = set(self.privacy_names())
        for speaker in s.scalars(select(TurnRow.speaker).distinct()):
            if not test(speaker):
                persons.update(_name_words(speaker))
        for (name,) in s.execute(select(Document.name)):
            persons.update(_name_words(name))
        for (stored,) in s.execute(select(Recording.path)):
            persons.update(_name_words(_recording_name(stored)))
        organisations: set[str] = set()
        for case in s.scalars(select(Document.case_name).distinct()):
            if case:
                organisations.add(case)
                # the text says "Duo Denderland" where the case is "Duo Denderland vzw"
                short = _LEGAL_FORM.sub("", case).strip(" ,.-")
                if short != case and len(short.split()) >= 2:
                    organisations.add(short)
        places: set[str] = set()
        for kind, text in s.execute(
            select(PseudoDecision.kind, PseudoDecision.text).where(
                PseudoDecision.status == "accepted"
            )
        ):
            target = {"person": persons, "organisation": organisations}.get(kind, places)
            target.add(text)
        not_names = set(self.project.interviewer_labels) | {"Interviewer"}
        for pseudonym in s.scalars(select(PseudoEntity.pseudonym)):
            not_names.add(pseudonym)
            not_names.update(WORD.findall(pseudonym))
        if extra is not None:
            persons.update(extra.persons)
            organisations.update(extra.organisations)
            places.update(extra.places)
            not_names.update(extra.not_names)
        persons = {p for p in persons if p.casefold() not in _NOT_NAME_WORDS}
        return KnownNames(
            tuple(sorted(persons)),
            tuple(sorted(organisations)),
            tuple(sorted(places)),
            tuple(sorted(not_names)),
        )

    def scan_documents(
        self,
        documents: Iterable[int | str] | None = None,
        *,
        extra: KnownNames | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> int:
        """Find identifiers in the documents whose cached findings are missing or stale
        (the text or what the project knows changed). Synchronous, with progress and
        cancellation between documents for a worker thread. Returns how many were
        scanned."""
        from duocoder.nlp import identifiers

        with self.project._read() as s:
            known = self._known(s, extra)
            todo: list[tuple[_Doc, str]] = []
            for doc in self._docs(s, documents):
                signature = self._signature(known, self._words(doc))
                if not self._fresh(s, doc, signature):
                    todo.append((doc, signature))
        for n, (doc, signature) in enumerate(todo):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(n, len(todo), doc.name)
            found = identifiers.find_identifiers(doc.text, known, self.project.language)
            self._store_scan(doc, signature, found)
        if progress is not None:
            progress(len(todo), len(todo), "")
        return len(todo)

    def _words(self, doc: _Doc) -> frozenset[str]:
        """The case-folded words of a text, kept per text for the session."""
        words = self._word_sets.get(doc.digest)
        if words is None:
            words = frozenset(w.casefold() for w in _ANY_WORD.findall(doc.text))
            if len(self._word_sets) > 2000:
                self._word_sets.clear()
            self._word_sets[doc.digest] = words
        return words

    @staticmethod
    def _signature(known: KnownNames, words: frozenset[str]) -> str:
        """What a document's findings depend on: the detector's version and the known names
        that can occur in it (one of their words does), so accepting a name rescans only
        the documents that hold it, not every document of the project."""
        from duocoder.nlp import identifiers

        def relevant(names: tuple[str, ...]) -> list[str]:
            return [n for n in names if any(w.casefold() in words for w in _ANY_WORD.findall(n))]

        version = str(getattr(identifiers, "VERSION", "1"))
        parts = [known.persons, known.organisations, known.places, known.not_names]
        digest = hashlib.sha256(
            json.dumps([relevant(p) for p in parts]).encode("utf-8")
        ).hexdigest()[:16]
        return f"{version}:{digest}"

    @staticmethod
    def _fresh(s: Session, doc: _Doc, signature: str) -> bool:
        row = s.get(IdentifierScan, doc.id)
        return row is not None and row.content_hash == doc.digest and row.detector == signature

    def _store_scan(self, doc: _Doc, signature: str, found: Sequence[Found]) -> None:
        data = json.dumps([[f.start, f.end, f.kind, f.source] for f in found])
        with transaction(self.project._sessions) as s:
            current = s.scalar(select(Document.content_hash).where(Document.id == doc.id))
            if current != doc.digest:
                return  # changed meanwhile: the next scan sees the new text
            s.execute(delete(IdentifierScan).where(IdentifierScan.document_id == doc.id))
            s.add(
                IdentifierScan(
                    document_id=doc.id,
                    content_hash=doc.digest,
                    detector=signature,
                    found=data,
                    scanned_at=coding_q.now(),
                )
            )

    @staticmethod
    def _docs(s: Session, documents: Iterable[int | str] | None) -> list[_Doc]:
        q = select(
            Document.id, Document.name, Document.case_name, Document.text, Document.content_hash
        ).order_by(Document.position, Document.id)
        if documents is not None:
            ids = [document_q.resolve(s, d) for d in documents]
            q = q.where(Document.id.in_(ids))
        return [_Doc(i, n, c or "", t, h) for i, n, c, t, h in s.execute(q)]

    def _found(self, s: Session, doc: _Doc) -> list[Found]:
        """The cached findings, each of the kind the researcher decided for its text: an
        accepted phone number or a corrected address is known to detection only as a name
        to find, which it reports as a place, yet belongs to the group it was accepted in."""
        row = s.get(IdentifierScan, doc.id)
        if row is None or row.content_hash != doc.digest:
            return []
        decided: dict[str, set[str]] = {}
        for kind, text in s.execute(
            select(PseudoDecision.kind, PseudoDecision.text).where(
                PseudoDecision.scope == doc.scope
            )
        ):
            decided.setdefault(text, set()).add(kind)
        out = []
        for a, b, k, src in json.loads(row.found):
            kinds = decided.get(normalise(doc.text[a:b]))
            if kinds and k not in kinds and len(kinds) == 1:
                k = next(iter(kinds))
            out.append(Found(a, b, k, src))
        return out

    def identifier_candidates(
        self,
        documents: Iterable[int | str] | None = None,
        *,
        include_rejected: bool = False,
        extra: KnownNames | None = None,
        progress: Progress | None = None,
    ) -> list[Candidate]:
        """Every identifier found in the documents (scanning those not scanned yet), with
        its group, its context and what was decided about its group. Rejected ones are
        left out unless asked for."""
        self.scan_documents(documents, extra=extra, progress=progress)
        with self.project._read() as s:
            decisions = self._decisions(s)
            pseudonym_of = dict(s.execute(select(PseudoEntity.id, PseudoEntity.pseudonym)).all())
            out: list[Candidate] = []
            for doc in self._docs(s, documents):
                for f in self._found(s, doc):
                    text = doc.text[f.start : f.end]
                    group = group_key(f.kind, doc.scope, text)
                    status, entity = decisions.get(group, ("open", None))
                    if status == "rejected" and not include_rejected:
                        continue
                    out.append(
                        Candidate(
                            doc.id,
                            doc.name,
                            f.start,
                            f.end,
                            text,
                            f.kind,
                            f.source,
                            group,
                            _context(doc.text, f.start, f.end),
                            status,
                            pseudonym_of.get(entity) if entity is not None else None,
                        )
                    )
        return out

    @staticmethod
    def _decisions(s: Session) -> dict[str, tuple[Status, int | None]]:
        rows = s.execute(
            select(
                PseudoDecision.kind,
                PseudoDecision.scope,
                PseudoDecision.text,
                PseudoDecision.status,
                PseudoDecision.entity_id,
            )
        )
        return {f"{k}|{sc}|{t}": (st, e) for k, sc, t, st, e in rows}  # type: ignore[misc]

    # -- decisions -------------------------------------------------------------------------
    def accept_candidates(
        self,
        groups: Iterable[str],
        *,
        pseudonym: str | None = None,
        together: bool = False,
    ) -> list[int]:
        """Accept groups of candidates as identifying: each gets an entity with a pseudonym
        in its kind's style (with `together`, all of them one entity: "Sofie" and "Sofie
        Peeters" are the same person). `pseudonym` chooses it instead. One undo step;
        returns the entities' ids."""
        parsed = [parse_group(g) for g in dict.fromkeys(groups)]
        if not parsed:
            return []
        if pseudonym is not None and not pseudonym.strip():
            raise ValidationError("A pseudonym cannot be empty.")
        styles = self.pseudonym_styles()
        language = self.project.language

        def change(s: Session) -> list[int]:
            taken = self._taken(s)
            ids: list[int] = []
            shared: int | None = None
            for kind, scope, text in parsed:
                s.execute(
                    delete(PseudoDecision).where(
                        PseudoDecision.kind == kind,
                        PseudoDecision.scope == scope,
                        PseudoDecision.text == text,
                    )
                )
                entity_id = shared
                if entity_id is None:
                    style = styles[kind]
                    name = (pseudonym or "").strip() or self._pseudonym(
                        s, kind, style, text, language, taken
                    )
                    taken.add(name)
                    entity = PseudoEntity(
                        kind=kind, style=style, pseudonym=name, created_at=coding_q.now()
                    )
                    s.add(entity)
                    s.flush()
                    entity_id = entity.id
                    if together:
                        shared = entity_id
                ids.append(entity_id)
                s.add(
                    PseudoDecision(
                        kind=kind,
                        text=text,
                        scope=scope,
                        status="accepted",
                        entity_id=entity_id,
                        decided_at=coding_q.now(),
                        decided_by=self.project.coder,
                    )
                )
            return ids

        count = len(parsed)
        label = f"Accept {count} name{'s' if count != 1 else ''} for pseudonymisation"
        return self.project._run(label, change)

    def reject_candidates(self, groups: Iterable[str]) -> None:
        """Not identifying: these groups are not offered again and stay in the text."""
        parsed = [parse_group(g) for g in dict.fromkeys(groups)]

        def change(s: Session) -> None:
            for kind, scope, text in parsed:
                self._forget(s, kind, scope, text)
                s.add(
                    PseudoDecision(
                        kind=kind,
                        text=text,
                        scope=scope,
                        status="rejected",
                        decided_at=coding_q.now(),
                        decided_by=self.project.coder,
                    )
                )

        self.project._run(f"Reject {len(parsed)} candidate(s)", change)

    def reopen_candidates(self, groups: Iterable[str]) -> None:
        """Forget the decision on these groups: they are open for review again."""
        parsed = [parse_group(g) for g in dict.fromkeys(groups)]

        def change(s: Session) -> None:
            for kind, scope, text in parsed:
                self._forget(s, kind, scope, text)

        self.project._run(f"Reopen {len(parsed)} candidate(s)", change)

    def edit_candidate(self, group: str, text: str, kind: Kind | None = None) -> str:
        """The candidate's text is not quite the name ("Griet Vermeulen van Vzw De Brug"
        for "Griet Vermeulen"): reject the found text and accept `text` (of `kind`) in its
        place, which detection then finds everywhere. Returns the new group."""
        old_kind, scope, old_text = parse_group(group)
        new_kind: Kind = kind or old_kind
        if not normalise(text):
            raise ValidationError("The corrected text of a candidate cannot be empty.")
        new_group = group_key(new_kind, scope, text)

        def change(s: Session) -> None:
            self._forget(s, old_kind, scope, old_text)
            if new_group != group:
                s.add(
                    PseudoDecision(
                        kind=old_kind,
                        text=old_text,
                        scope=scope,
                        status="rejected",
                        decided_at=coding_q.now(),
                        decided_by=self.project.coder,
                    )
                )

        with self.project._one_step(f"Correct the candidate '{text.strip()}'"):
            self.project._run("Correct a candidate", change)
            self.accept_candidates([new_group])
        return new_group

    def set_pseudonym(self, entity: int, pseudonym: str) -> None:
        pseudonym = " ".join(pseudonym.split())
        if not pseudonym:
            raise ValidationError("A pseudonym cannot be empty.")

        def change(s: Session) -> None:
            row = s.get(PseudoEntity, entity)
            if row is None:
                raise NotFoundError(f"There is no entity with id {entity} in this project.")
            if self._applied(s, row) and row.pseudonym != pseudonym:
                raise ValidationError(
                    f"'{row.pseudonym}' already replaced names in the documents; it stays "
                    "the same so that every document says the same."
                )
            row.pseudonym = pseudonym

        self.project._run(f"Pseudonym '{pseudonym}'", change)

    def entities(self) -> list[Entity]:
        """The entity → pseudonym table, with how often each pseudonym is in the text."""
        with self.project._read() as s:
            rows = s.scalars(select(PseudoEntity).order_by(PseudoEntity.kind, PseudoEntity.id))
            entities = list(rows)
            texts = list(s.scalars(select(Document.text)))
        counts: Counter[str] = Counter()
        names = sorted({e.pseudonym for e in entities}, key=len, reverse=True)
        if names:  # one pass over each text, however many entities
            pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, names)) + r")(?!\w)")
            for t in texts:
                counts.update(pattern.findall(t))
        return [
            Entity(e.id, e.kind, e.style, e.pseudonym, counts[e.pseudonym])  # type: ignore[arg-type]
            for e in entities
        ]

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _forget(s: Session, kind: str, scope: str, text: str) -> None:
        row = s.scalar(
            select(PseudoDecision).where(
                PseudoDecision.kind == kind,
                PseudoDecision.scope == scope,
                PseudoDecision.text == text,
            )
        )
        if row is None:
            return
        entity = row.entity_id
        s.delete(row)
        s.flush()
        if entity is not None:
            others = s.scalar(select(func.count()).where(PseudoDecision.entity_id == entity))
            row_e = s.get(PseudoEntity, entity)
            if not others and row_e is not None and not Privacy._applied(s, row_e):
                s.delete(row_e)

    @staticmethod
    def _applied(s: Session, entity: PseudoEntity) -> bool:
        """Whether the entity's pseudonym already replaced something (it is in a text)."""
        pattern = re.compile(rf"(?<!\w){re.escape(entity.pseudonym)}(?!\w)")
        return any(pattern.search(t) for t in s.scalars(select(Document.text)))

    @staticmethod
    def _taken(s: Session) -> _Taken:
        words: set[str] = set()
        for t in s.scalars(select(Document.text)):
            words.update(w.casefold() for w in WORD.findall(t))
        return _Taken(words, {p.casefold() for p in s.scalars(select(PseudoEntity.pseudonym))})

    @staticmethod
    def _entity_text(s: Session, entity: int) -> str:
        return s.scalar(select(PseudoDecision.text).where(PseudoDecision.entity_id == entity)) or ""

    def _pseudonym(
        self,
        s: Session,
        kind: Kind,
        style: Style,
        original: str,
        language: str,
        taken: _Taken,
        entity: int | None = None,
    ) -> str:
        if style == "alias":
            return pseudonyms.alias(kind, original, language, taken)
        if style == "category":
            return pseudonyms.category(kind, language)
        role, duo = self._speaker_role(s, original)
        count = s.scalar(select(func.count()).select_from(PseudoEntity)) or 0
        number = entity if entity is not None else count + 1
        label = pseudonyms.role_label(kind, language, role, duo, number)
        n = 2
        candidate = label
        while taken.given(candidate):
            candidate = f"{label[:-1]} {n}]" if label.endswith("]") else f"{label} {n}"
            n += 1
        return candidate

    def _speaker_role(self, s: Session, original: str) -> tuple[Role | None, str | None]:
        """The role and duo of the document in which `original` is a speaker (a participant
        named Sofie speaks in her own interview), if any."""
        folded = normalise(original)
        rows = s.execute(
            select(TurnRow.speaker, Document.role, Document.duo)
            .join(Document, Document.id == TurnRow.document_id)
            .distinct()
        )
        for speaker, role, duo in rows:
            if normalise(speaker) == folded or folded in {
                w.casefold() for w in WORD.findall(speaker)
            }:
                return Role(role), duo
        return None, None

    # -- the export guard ------------------------------------------------------------------
    def privacy_findings(
        self, passages: Iterable[tuple[int, int, int]]
    ) -> tuple[list[GuardFinding], int]:
        """The identifiers the passages (document id, start, end) carry that are not
        reviewed or accepted but not yet replaced, and how many passages carry any.
        Rejected candidates are not findings."""
        wanted = list(passages)
        ids = sorted({d for d, _a, _b in wanted})
        if not ids:
            return [], 0
        self.scan_documents(ids)
        findings: list[GuardFinding] = []
        hit = 0
        with self.project._read() as s:
            decisions = self._decisions(s)
            docs = {d.id: d for d in self._docs(s, ids)}
            found = {i: self._found(s, d) for i, d in docs.items()}
            for doc_id, start, end in wanted:
                doc = docs.get(doc_id)
                if doc is None:
                    continue
                any_here = False
                for f in found[doc_id]:
                    if f.end <= start or f.start >= end:
                        continue
                    text = doc.text[f.start : f.end]
                    status, _ = decisions.get(group_key(f.kind, doc.scope, text), ("open", None))
                    if status == "rejected":
                        continue
                    any_here = True
                    findings.append(
                        GuardFinding(
                            doc.name, text, f.kind, status, _context(doc.text, f.start, f.end)
                        )
                    )
                hit += any_here
        return findings, hit

    def guard_export(
        self,
        passages: Iterable[tuple[int, int, int]],
        export: str,
        allow_unreviewed: str | None = None,
    ) -> list[GuardFinding]:
        """Check what an export would carry before anything is written: raise
        `UnreviewedIdentifiersError` listing what it found, or, with a reason to export
        anyway, record the export with its reason (who, when, what) and go on."""
        findings, hit = self.privacy_findings(passages)
        if not findings:
            return []
        if allow_unreviewed is None or not allow_unreviewed.strip():
            raise UnreviewedIdentifiersError(findings, hit)
        self.record_export_override(export, allow_unreviewed, len(findings))
        return findings

    def record_export_override(self, export: str, reason: str, findings: int) -> None:
        """Keep, for the ethics file, that an export went out with identifying text and why.
        Not an undo step: an export cannot be taken back."""
        with transaction(self.project._sessions) as s:
            s.execute(
                insert(ExportOverride).values(
                    at=coding_q.now(),
                    coder=self.project.coder,
                    export=export[:400],
                    reason=reason.strip(),
                    findings=findings,
                )
            )

    def export_overrides(self) -> list[tuple[str, str | None, str, str, int]]:
        """(when, who, what, why, how many findings) of every export made anyway."""
        with self.project._read() as s:
            rows = s.execute(
                select(
                    ExportOverride.at,
                    ExportOverride.coder,
                    ExportOverride.export,
                    ExportOverride.reason,
                    ExportOverride.findings,
                ).order_by(ExportOverride.id)
            )
            return [(a.isoformat(timespec="seconds"), c, e, r, n) for a, c, e, r, n in rows]

    def identifying_words(self) -> set[str]:
        """Case-folded words that word frequencies leave out by default: the words of every
        candidate not rejected and of every pseudonym (a name, real or not, is no finding)."""
        words: set[str] = set()
        for c in self.identifier_candidates():
            words.update(w.casefold() for w in WORD.findall(c.text))
        with self.project._read() as s:
            for p in s.scalars(select(PseudoEntity.pseudonym)):
                words.update(w.casefold() for w in WORD.findall(p))
        return words
