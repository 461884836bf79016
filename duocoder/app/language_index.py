"""The text index of a project: computing it off the GUI thread and reading it back.

The index (tokens, lemmas, sentences per document; see `duocoder.nlp.packing`) is derived
data: it is written outside the undo history, and a row counts only while its document's
content hash, the project language and the index format still match (the format changes
with the lemmatizer too, so an older project re-indexes once, with the usual progress). So
an undone import or delete never leaves a stale index behind: its row is gone (ON DELETE
CASCADE) or ignored, and `index_documents` rebuilds exactly the documents
`index_status().pending` names."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import groupby
from operator import itemgetter
from typing import TYPE_CHECKING, TypeVarTuple

from sqlalchemy import Row, Select, delete, func, insert, select
from sqlalchemy.orm import Session

from duocoder.app.queries import codings as coding_q
from duocoder.app.queries import documents as document_q
from duocoder.app.service import Service
from duocoder.domain.roles import Role
from duocoder.nlp import packing
from duocoder.nlp.errors import NotIndexedError
from duocoder.nlp.indexing import Batch, Source, index_texts
from duocoder.nlp.records import (
    DocRef,
    IndexReport,
    IndexStatus,
)
from duocoder.nlp.search import (
    query_words,
)
from duocoder.nlp.spans import Span, Turns, merge
from duocoder.storage.database import transaction
from duocoder.storage.models import (
    Coding,
    Document,
    Lemma,
    TextIndex,
    Turn,
    WordForm,
)
from duocoder.storage.statements import insert_ignoring_duplicates, new_ids

if TYPE_CHECKING:
    import numpy as np

    from duocoder.nlp.pipeline import Pipeline


Ts = TypeVarTuple("Ts")


def _rows(s: Session, q: Select[*Ts]) -> Sequence[Row[*Ts]]:
    """A read through the session's Core connection: plain columns need no ORM loading,
    which makes reading 100,000 turns or 500 index rows several times faster. Generic in
    the selected columns, so a caller unpacks each row with the columns' own types."""
    return s.connection().execute(q).all()


class LanguageIndex(Service):
    # -- the index -------------------------------------------------------------------------
    def _lang_pipeline(self) -> Pipeline:
        from duocoder.nlp.pipeline import get_pipeline

        return get_pipeline(self.project.language, self.project.language_model)

    def language_pipeline(self) -> str:
        """Load the pipeline now (once per process; a second or two) and name it, so the
        window can do this on a worker thread before the first search or indexing."""
        return self._lang_pipeline().name

    def _lang_pending(self, s: Session, ids: Iterable[int] | None = None) -> list[int]:
        q = select(
            Document.id,
            Document.content_hash,
            TextIndex.content_hash,
            TextIndex.language,
            TextIndex.format,
        ).outerjoin(TextIndex)
        if ids is not None:
            q = q.where(Document.id.in_(list(ids)))
        fresh = (self.project.language, packing.FORMAT)
        rows = _rows(s, q.order_by(Document.position, Document.id))
        return [i for i, h, ih, lang, fmt in rows if (ih, lang, fmt) != (h, *fresh)]

    def _lang_require_index(self, s: Session, ids: Iterable[int]) -> None:
        if pending := self._lang_pending(s, ids):
            raise NotIndexedError(len(pending))

    def index_status(self) -> IndexStatus:
        with self.project._read() as s:
            total = s.scalar(select(func.count()).select_from(Document)) or 0
            pending = self._lang_pending(s)
            names = s.scalars(select(TextIndex.pipeline).distinct()).all()
        return IndexStatus(total, total - len(pending), tuple(pending), tuple(sorted(names)))

    def index_documents(
        self,
        documents: Iterable[int | str] | None = None,
        *,
        force: bool = False,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> IndexReport:
        """Index the documents without an up-to-date index (with `force`, all chosen ones).
        Synchronous with progress and cancellation between documents, so the GUI can run it
        on a worker thread; documents indexed before a cancel keep their index."""
        with self.project._read() as s:
            ids = None if documents is None else [document_q.resolve(s, d) for d in documents]
            q = select(Document.id).order_by(Document.position, Document.id)
            if ids is not None:
                q = q.where(Document.id.in_(ids))
            todo = list(s.scalars(q)) if force else self._lang_pending(s, ids)
        pipeline = self._lang_pipeline()
        store = lambda batch: self._lang_store(pipeline.name, batch)  # noqa: E731
        sources = self._lang_sources(todo)
        return index_texts(pipeline, sources, len(todo), store, progress, cancelled)

    def _lang_sources(self, ids: list[int]) -> Iterator[Source]:
        """Texts with their speaker-label spans, read one at a time as the pipeline asks."""
        for doc_id in ids:
            with self.project._read() as s:
                doc_q = select(Document.name, Document.content_hash, Document.text)
                found = _rows(s, doc_q.where(Document.id == doc_id))
                if not found:  # deleted since the list was made
                    continue
                name, digest, text = found[0]
                label_q = select(Turn.label_start, Turn.start).where(Turn.document_id == doc_id)
                labels = _rows(s, label_q.where(Turn.label_start.is_not(None)))
            # the query already left out turns without a label: this only narrows the type
            yield doc_id, name, digest, text, [(a, b) for a, b in labels if a is not None]

    def _lang_store(self, pipeline: str, batch: Batch) -> None:
        """Write analysed documents in one short transaction, numbering their lemmas in the
        project's lexicon; a document deleted or changed meanwhile is skipped."""
        # read before the write transaction: a settings read inside it would need a second
        # connection, which would wait for this one's write lock
        meta = {"language": self.project.language, "pipeline": pipeline, "format": packing.FORMAT}
        with transaction(self.project._sessions) as s:
            fresh_q = select(TextIndex.document_id).where(TextIndex.format == packing.FORMAT)
            if s.scalar(fresh_q.limit(1)) is None:
                # the first batch after a lemmatizer or format change: the word forms seen so
                # far carry the old lemmas (`soms` → som); the batches to come re-add them
                s.execute(delete(WordForm))
            hash_q = select(Document.id, Document.content_hash)
            hashes = dict(_rows(s, hash_q.where(Document.id.in_([i for i, *_ in batch]))))
            batch = [(i, h, a) for i, h, a in batch if hashes.get(i) == h]
            wanted = sorted({x for *_, a in batch for x in a.lemmas})
            lexicon: dict[str, int] = {}
            for n in range(0, len(wanted), 5000):  # SQLite caps the parameters of one query
                lemma_q = select(Lemma.lemma, Lemma.id)
                lexicon.update(_rows(s, lemma_q.where(Lemma.lemma.in_(wanted[n : n + 5000]))))
            if new := [x for x in wanted if x not in lexicon]:
                lexicon.update(zip(new, new_ids(s, Lemma, len(new)), strict=True))
                s.execute(insert(Lemma), [{"id": lexicon[x], "lemma": x} for x in new])
            forms = {(f, lexicon[lemma]) for *_, a in batch for f, lemma in a.forms}
            if forms:
                rows = [{"form": f, "lemma_id": i} for f, i in forms]
                s.execute(insert_ignoring_duplicates(s, WordForm), rows)
            s.execute(delete(TextIndex).where(TextIndex.document_id.in_([i for i, *_ in batch])))
            for doc_id, digest, analysed in batch:
                tokens = packing.globalise(analysed, lexicon)
                s.add(
                    TextIndex(
                        document_id=doc_id,
                        content_hash=digest,
                        tokens=len(tokens),
                        indexed_at=coding_q.now(),
                        **meta,
                        **packing.pack(tokens),
                    )
                )

    def _lang_tokens(self, s: Session, ids: Sequence[int]) -> dict[int, packing.TokenIndex]:
        self._lang_require_index(s, ids)
        blobs = (TextIndex.lemmas, TextIndex.flags, TextIndex.offsets, TextIndex.sentences)
        q = select(TextIndex.document_id, *blobs).where(TextIndex.document_id.in_(ids))
        return {doc_id: packing.unpack(*row) for doc_id, *row in _rows(s, q)}

    # -- shared look-ups ---------------------------------------------------------------------
    def _lang_documents(
        self,
        s: Session,
        roles: Iterable[Role | str] | None = None,
        cases: Iterable[str] | None = None,
        documents: Iterable[int | str] | None = None,
    ) -> list[DocRef]:
        q = select(Document.id, Document.name, Document.role, Document.case_name)
        if roles is not None:
            q = q.where(Document.role.in_([Role.parse(str(r)) for r in roles]))
        if cases is not None:
            q = q.where(Document.case_name.in_(list(cases)))
        if documents is not None:
            q = q.where(Document.id.in_([document_q.resolve(s, d) for d in documents]))
        rows = _rows(s, q.order_by(Document.position, Document.id))
        return [DocRef(i, name, Role(role), case) for i, name, role, case in rows]

    def _lang_turns(self, s: Session, ids: Sequence[int]) -> dict[int, Turns]:
        """Each document's turns; a turn's region starts at its label (`R:`)."""
        from duocoder.app.turns import Interviewers

        interviewers = Interviewers(s, self.project.interviewer_labels)  # once per label
        first = func.coalesce(Turn.label_start, Turn.start)
        q = select(Turn.document_id, first, Turn.end, Turn.speaker)
        q = q.where(Turn.document_id.in_(ids)).order_by(Turn.document_id, Turn.start)
        out = {i: Turns([], interviewers.of(i)) for i in ids}
        for doc_id, rows in groupby(_rows(s, q), key=itemgetter(0)):
            out[doc_id] = Turns(list(rows), interviewers.of(doc_id))
        return out

    def _lang_coded(
        self, s: Session, ids: Sequence[int], coders: Iterable[str] | None = None
    ) -> dict[tuple[int, int], list[Span]]:
        """Merged coded spans per (code id, document id); with `coders`, only the codings
        of those coders (a name not in the project is refused, as in the analyses), so a
        view filtered to one coder counts that coder's codings only."""
        out: dict[tuple[int, int], list[Span]] = {}
        q = select(Coding.code_id, Coding.document_id, Coding.start, Coding.end)
        q = q.where(Coding.document_id.in_(ids))
        if coders is not None:
            q = q.where(Coding.coder_id.in_(coding_q.existing_coder_ids(s, coders)))
        for code_id, doc_id, a, b in _rows(s, q):
            out.setdefault((code_id, doc_id), []).append((a, b))
        return {key: merge(spans) for key, spans in out.items()}

    def _lang_texts(self, s: Session, ids: Iterable[int]) -> dict[int, str]:
        q = select(Document.id, Document.text).where(Document.id.in_(list(ids)))
        return dict(_rows(s, q))

    def _lang_phrase(self, s: Session, query: str) -> list[np.ndarray]:
        """Lemma ids per word of a query. A word some document contains is looked up in the
        forms seen in this project (no spaCy needed); otherwise the pipeline lemmatises it."""
        import numpy as np

        words = query_words(query)
        known: dict[str, set[int]] = {}
        form_q = select(WordForm.form, WordForm.lemma_id).where(WordForm.form.in_(words))
        for form, lemma_id in _rows(s, form_q):
            known.setdefault(form, set()).add(lemma_id)
        if all(w in known for w in words):
            pairs = [(w, w) for w in words]
        else:
            pairs = self._lang_pipeline().lemmas_of(query)
        lemma_q = select(Lemma.lemma, Lemma.id).where(Lemma.lemma.in_([x for _f, x in pairs]))
        ids = dict(_rows(s, lemma_q))
        return [
            np.array(sorted(known.get(form, set()) | {ids.get(lemma, 0)} - {0}), dtype=np.uint32)
            for form, lemma in pairs
        ]
