"""Benchmarks of the language features: indexing speed and lemma search over a corpus.

Sizes: full is 500 transcripts of 8,000 words (the size of a large duowerking study), small
is 30 of 2,000. Budgets (2-core laptop), reported, not asserted: indexing ≥ 50,000 words per
second with the fallback pipeline; a lemma search over the full corpus ≤ 1 s."""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.corpus import GeneratedDocument, generate_corpus
from bench.timing import Result, best_of, once

SIZES = {"small": (30, 2_000), "full": (500, 8_000)}
QUERY = "vertrouwen"


def _corpus(size: str) -> list[GeneratedDocument]:
    documents, words = SIZES[size]
    return generate_corpus(documents, words, seed=11)


@contextmanager
def _fallback() -> Iterator[None]:
    """Measure the fallback pipeline even where a trained one is installed."""
    from duocoder.nlp.pipeline import BLANK, ENV_MODEL

    before = os.environ.get(ENV_MODEL)
    os.environ[ENV_MODEL] = BLANK
    try:
        yield
    finally:
        if before is None:
            del os.environ[ENV_MODEL]
        else:
            os.environ[ENV_MODEL] = before


def _project(path: Path, corpus: list[GeneratedDocument]):  # type: ignore[no-untyped-def]
    """A project holding the corpus (stored straight from the texts: import speed is
    measured elsewhere), as the app keeps it."""
    from duocoder.app.project import Project

    project = Project.create(path)
    for doc in corpus:
        project.add_document(doc.name, doc.source(), doc.role, doc.case, doc.duo)
    return project


def index_words(size: str) -> Result:
    """Index a corpus with the fallback pipeline (budget: ≥ 50,000 words per second;
    baseline: `str.split` of the same texts)."""
    corpus = _corpus(size)
    texts = [d.text for d in corpus]
    words = sum(len(t.split()) for t in texts)
    baseline = best_of(lambda: [t.split() for t in texts], 3)
    with _fallback(), tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "c.duocoder"
        with _project(path, corpus) as p:
            p.language_pipeline()  # loading spaCy and its tables is a once-per-process cost
            report = p.index_documents()
            assert not report.cancelled and report.documents == len(corpus)
        con = sqlite3.connect(path)
        blobs = "length(lemmas) + length(flags) + length(offsets) + length(sentences)"
        index_mb = con.execute(f"SELECT sum({blobs}) FROM nlp_documents").fetchone()[0] / 1e6
        con.close()
        text_mb = sum(len(t.encode()) for t in texts) / 1e6
    return Result(
        report.seconds,
        "str.split of the same texts",
        baseline,
        {
            "documents": len(corpus),
            "words": words,
            "words_per_second": round(words / report.seconds),
            "pipeline": report.pipeline,
            "text_mb": round(text_mb, 1),
            "index_blobs_mb": round(index_mb, 1),
            "includes": "spaCy pipe, lemma filling, packing, storing with fsync",
        },
    )


def lemma_search(size: str) -> Result:
    """Search one lemma over an indexed corpus, hits as keyword in context (budget: ≤ 1 s
    for the full corpus; baseline: a plain Python substring scan of the same texts)."""
    corpus = _corpus(size)
    texts = [d.text for d in corpus]
    needle = QUERY[:-2]  # `vertrouw`: the stem, as a substring search would have to use

    def scan() -> int:
        n = 0
        for text in texts:
            i = text.find(needle)
            while i >= 0:
                n += 1
                i = text.find(needle, i + 1)
        return n

    baseline = best_of(scan)
    path = "c.duocoder"
    with _fallback(), tempfile.TemporaryDirectory() as tmp, _project(Path(tmp) / path, corpus) as p:
        indexing = once(p.index_documents)
        hits = p.search(QUERY, "lemma")  # warms SQLite's page cache and statement cache
        seconds = best_of(lambda: p.search(QUERY, "lemma"))
        with_interviewer = len(p.search(QUERY, "lemma", include_interviewer=True))
    return Result(
        seconds,
        "Python substring scan of the same texts (str.find loop)",
        baseline,
        {
            "documents": len(corpus),
            "words": sum(len(t.split()) for t in texts),
            "query": QUERY,
            "hits": len(hits),
            "hits_with_interviewer": with_interviewer,
            "substring_hits": scan(),
            "indexing_seconds": round(indexing, 1),
            "includes": "reading lemma arrays, offsets, texts and turns; KWIC records",
        },
    )


SCENARIOS: dict[str, Callable[[str], Result]] = {
    "index_words": index_words,
    "lemma_search": lemma_search,
}
