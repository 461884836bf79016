"""Benchmark of identifier detection (`duocoder.nlp.identifiers`): precision, recall and F1
per kind, and throughput, beside the baseline measured in the same run on the same text —
the de-identification library deduce alone, without DuoCoder's rules and knowledge.

The text is the generated interviews of `tests/privacy_corpus.py` (at least 220 known
identifiers of every kind in the small size, 1,000 in the full one), in two sentence sets:
the development set the rules were written against, and the held-out set written after
them, and one hand-written interview (`hand_written`, 35 identifiers, never used to tune the
rules). Scoring is strict: a span counts only with its exact start, end and kind. The tables
go to standard error; the JSON line carries the same figures.

Budgets (2-core laptop), reported, not asserted: a 10,000-word transcript in < 1 s after the
library is loaded; the small size in ≤ 60 s beyond that load. deduce's first load on a
machine builds its lookup cache (about 75 s), later loads take a few seconds; the load is
reported apart (`library_load_seconds`).

Run alone: `python -m bench --only privacy_detection [--size small]`."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from bench.timing import Result

SIZES = {"small": 220, "full": 1_000}


def _table(title: str, columns: dict[str, dict[str, Any]]) -> str:
    names = list(columns)
    kinds = list(next(iter(columns.values())))
    head = f"{title:<13}" + "".join(f"{n:>27}" for n in names)
    sub = " " * 13 + "".join(f"{'P':>9}{'R':>9}{'F1':>9}" for _ in names)
    rows = [head, sub]
    for kind in kinds:
        cells = "".join(
            f"{columns[n][kind]['precision']:>9.3f}{columns[n][kind]['recall']:>9.3f}"
            f"{columns[n][kind]['f1']:>9.3f}"
            for n in names
        )
        rows.append(f"{kind:<13}{cells}")
    return "\n".join(rows)


def privacy_detection(size: str) -> Result:
    """Identifier detection: P/R/F1 per kind and words/s, DuoCoder beside deduce alone."""
    from duocoder.nlp import identifier_library
    from duocoder.nlp.identifiers import IdentifierFinder
    from tests.privacy_corpus import Sample, Score, build_corpus, hand_written, score

    per_kind = SIZES[size]
    sets = {
        "development": build_corpus(seed=14, per_kind=per_kind),
        "held-out": build_corpus(seed=15, per_kind=per_kind, held_out=True),
    }
    english = build_corpus(seed=16, per_kind=max(60, per_kind // 4), language="en")

    started = time.perf_counter()
    identifier_library.library()
    load = time.perf_counter() - started

    def figures(scores: dict[str, Score]) -> dict[str, dict[str, float]]:
        return {
            kind: {
                "precision": round(s.precision, 3),
                "recall": round(s.recall, 3),
                "f1": round(s.f1, 3),
                "identifiers": s.true_positives + s.false_negatives,
            }
            for kind, s in scores.items()
        }

    def timed(
        samples: list[Sample], find: Callable[[Sample], list[tuple[int, int, str]]]
    ) -> tuple[dict[str, dict[str, float]], float]:
        results = {}
        start = time.perf_counter()
        for sample in samples:
            results[id(sample)] = find(sample)
        seconds = time.perf_counter() - start
        return figures(score(samples, lambda s: results[id(s)])), seconds

    ours = IdentifierFinder()

    def duocoder(language: str) -> Callable[[Sample], list[tuple[int, int, str]]]:
        def find(sample: Sample) -> list[tuple[int, int, str]]:
            return [
                (f.start, f.end, f.kind) for f in ours.find(sample.text, sample.known, language)
            ]

        return find

    def deduce_alone(sample: Sample) -> list[tuple[int, int, str]]:
        return [(h.start, h.end, h.kind) for h in identifier_library.library_hits(sample.text)]

    tables: dict[str, Any] = {}
    our_seconds = baseline_seconds = 0.0
    words = 0
    for name, samples in sets.items():
        words += sum(len(s.text.split()) for s in samples)
        baseline, b_seconds = timed(samples, deduce_alone)
        mine, o_seconds = timed(samples, duocoder("nl"))
        baseline_seconds += b_seconds
        our_seconds += o_seconds
        tables[name] = {"duocoder": mine, "deduce alone": baseline}
        print(_table(name, tables[name]), file=sys.stderr)

    with_names = IdentifierFinder(library_languages=("nl", "en"))

    def english_with_library(sample: Sample) -> list[tuple[int, int, str]]:
        found = with_names.find(sample.text, sample.known, "en")
        return [(f.start, f.end, f.kind) for f in found]

    english_tables = {
        "duocoder": timed(english, duocoder("en"))[0],
        "+ deduce's names": timed(english, english_with_library)[0],
    }
    print(_table("english", english_tables), file=sys.stderr)

    # the hand-written interview: too few identifiers per kind for a table, so all kinds
    # together (micro-averaged)
    interview = hand_written()

    def overall(find: Callable[[Sample], list[tuple[int, int, str]]]) -> dict[str, float]:
        by_kind = score([interview], find)
        tp = sum(s.true_positives for s in by_kind.values())
        fp = sum(s.false_positives for s in by_kind.values())
        fn = sum(s.false_negatives for s in by_kind.values())
        return {"precision": round(tp / (tp + fp), 3), "recall": round(tp / (tp + fn), 3)}

    hand = {"duocoder": overall(duocoder("nl")), "deduce alone": overall(deduce_alone)}
    print(
        f"hand-written interview ({len(interview.gold)} identifiers, all kinds): "
        + ", ".join(f"{n} P {v['precision']:.3f} R {v['recall']:.3f}" for n, v in hand.items()),
        file=sys.stderr,
    )

    transcript = "".join(s.text for s in sets["held-out"])
    transcript = " ".join(transcript.split(" ")[:10_000])
    start = time.perf_counter()
    ours.find(transcript, sets["held-out"][0].known)
    ten_thousand = time.perf_counter() - start

    return Result(
        our_seconds,
        "deduce alone on the same interviews",
        baseline_seconds,
        {
            "words": words,
            "words_per_second": round(words / our_seconds),
            "baseline_words_per_second": round(words / baseline_seconds),
            "seconds_for_10000_words": round(ten_thousand, 3),
            "library_load_seconds": round(load, 1),
            "scoring": "strict: exact start, end and kind",
            "sets": tables,
            "english": english_tables,
            "hand_written": hand,
        },
    )


SCENARIOS: dict[str, Callable[[str], Result]] = {"privacy_detection": privacy_detection}
