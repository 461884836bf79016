"""Running the pipeline over many documents: streaming, batched storing, progress, cancel.

The caller supplies the documents lazily and a `store` for each batch of results, so this
module knows nothing of the project file. A document is stored in batches of `batch_size`
(one short write transaction each), so a cancelled run keeps what it finished and other
windows are never locked out for long."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from duocoder.nlp.records import IndexReport
from duocoder.nlp.spans import Span

if TYPE_CHECKING:
    from duocoder.nlp.pipeline import Analysed, Pipeline

Source = tuple[int, str, str, str, list[Span]]
"""(document id, name, content hash, text, speaker-label spans)."""
Batch = list[tuple[int, str, "Analysed"]]
"""(document id, content hash the analysis belongs to, analysis)."""


def index_texts(
    pipeline: Pipeline,
    sources: Iterable[Source],
    total: int,
    store: Callable[[Batch], None],
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    batch_size: int = 8,
) -> IndexReport:
    """Analyse and store every source unless cancelled; cancellation is checked before each
    document's result is kept."""
    began, words, done = time.perf_counter(), 0, 0
    meta: list[tuple[int, str, str]] = []

    def texts() -> Iterator[tuple[str, list[Span]]]:
        # record each document as the pipeline reads it, which is before its result arrives
        for doc_id, name, digest, text, labels in sources:
            meta.append((doc_id, name, digest))
            yield text, labels

    batch: Batch = []
    stopped = False
    for n, analysed in enumerate(pipeline.analyse(texts())):
        if cancelled is not None and cancelled():
            stopped = True
            break
        doc_id, name, digest = meta[n]
        batch.append((doc_id, digest, analysed))
        words, done = words + analysed.words, done + 1
        if len(batch) >= batch_size:
            store(batch)
            batch = []
        if progress is not None:
            progress(done, total, name)
    if batch:
        store(batch)
    return IndexReport(done, words, time.perf_counter() - began, pipeline.name, stopped)
