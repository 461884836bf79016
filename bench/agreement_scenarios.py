"""Benchmarks of intercoder agreement: three coders over a large double-coded corpus.

The project (not timed) has 200 interviews of 8,000 words and, per coder, 30,000 codings
(small: 20 × 2,000 words, 1,500 codings per coder). The first coder's codings come from the
corpus generator; the second and third keep most of them, move some boundaries, drop some
and add a few with another code, so every coefficient has something to measure. Our figure
is `Project.agreement` through the facade — reading, units, pattern counts, coefficients,
the 1,000-sample document bootstrap, the unitized αs, segment overlap and the
disagreement list — beside a same-run baseline on the same file: raw SQLite reading the
rows the computation needs (the coders' codings, the paragraphs, the turns and the texts),
the floor any implementation pays before it counts anything."""

from __future__ import annotations

import random
import sqlite3
import tempfile
from functools import cache
from pathlib import Path

from bench.analysis_scenarios import CODE_PATHS, add_codebook
from bench.corpus import generate_corpus
from bench.timing import Result, best_of

# (documents, words per document, codings per coder per document, bootstrap samples)
AGREEMENT_SIZES = {"small": (20, 2_000, 75, 1_000), "full": (200, 8_000, 150, 1_000)}
CODERS = ("Lies", "Jonas", "Mira")


def _variant(
    rng: random.Random, codings: list[tuple[int, int, str]], length: int
) -> list[tuple[int, int, str]]:
    """Another coder's version of `codings`: 80 % kept, 8 % with moved boundaries, 7 %
    dropped, 5 % given another code."""
    out = []
    for start, end, code in codings:
        roll = rng.random()
        if roll < 0.80:
            out.append((start, end, code))
        elif roll < 0.88:
            a = min(max(0, start + rng.randint(-60, 60)), length - 1)
            b = min(length, max(a + 1, end + rng.randint(-60, 60)))
            out.append((a, b, code))
        elif roll < 0.95:
            continue
        else:
            out.append((start, end, rng.choice(CODE_PATHS)))
    return out


def build_agreement_project(path: Path, size: str, seed: int = 11) -> int:
    """Create the three-coder project of `size`; returns the number of codings."""
    from duocoder.app.project import CodingSpec, Project

    documents, words, per_coder, _ = AGREEMENT_SIZES[size]
    corpus = generate_corpus(
        documents, words, seed=seed, codings_per_document=per_coder, code_paths=CODE_PATHS
    )
    rng = random.Random(seed)
    with Project.create(path) as project:
        add_codebook(project)
        specs: list[CodingSpec] = []
        for doc in corpus:
            doc_id = project.add_document(doc.name, doc.source(), doc.role, doc.case, doc.duo).id
            length = len(doc.text)
            for i, coder in enumerate(CODERS):
                version = doc.codings if i == 0 else _variant(rng, doc.codings, length)
                # one coding per (span, code) and coder: a duplicate would be refused
                unique = dict.fromkeys(version)
                specs += [CodingSpec(doc_id, a, b, code, coder) for a, b, code in unique]
        project.add_codings(specs, create_codes=False)
        project.history.clear()
    return len(specs)


@cache
def _shared_project(size: str) -> tuple[Path, int]:
    folder = tempfile.TemporaryDirectory(prefix="duocoder-bench-agreement-")
    _FOLDERS.append(folder)
    path = Path(folder.name) / "agreement.duocoder"
    return path, build_agreement_project(path, size)


_FOLDERS: list[tempfile.TemporaryDirectory[str]] = []


def _raw_rows(path: Path) -> None:
    """The rows an agreement computation reads, straight from SQLite."""
    con = sqlite3.connect(path)
    try:
        con.execute(
            'SELECT document_id, code_id, start, "end", coder_id FROM codings '
            "WHERE coder_id IN (SELECT id FROM coders WHERE name IN (?, ?, ?))",
            CODERS,
        ).fetchall()
        con.execute('SELECT document_id, start, "end" FROM paragraphs').fetchall()
        con.execute('SELECT document_id, start, "end", speaker, label_start FROM turns').fetchall()
        con.execute("SELECT id, text FROM documents").fetchall()
    finally:
        con.close()


def agreement_3_coders(size: str) -> Result:
    """Agreement of 3 coders over 200 documents × 8,000 words with 30,000 codings per coder,
    all codes, paragraph units, 1,000 bootstrap samples (small: 20 documents × 2,000 words,
    1,500 codings per coder), through the facade (budget ≤ 5 s)."""
    from duocoder.app.project import Project

    path, total = _shared_project(size)
    documents, words, _, samples = AGREEMENT_SIZES[size]
    baseline = best_of(lambda: _raw_rows(path), 3)
    with Project.open(path) as project:
        report = project.agreement(list(CODERS), samples=samples)
        assert report.overall.values["alpha"] is not None
        seconds = best_of(lambda: project.agreement(list(CODERS), samples=samples), 3)
        kinds = {
            kind: round(
                best_of(lambda k=kind: project.agreement(list(CODERS), unit=k, samples=samples), 1),
                4,
            )
            for kind in ("turn", "sentence", "character")
        }
        no_bootstrap = best_of(lambda: project.agreement(list(CODERS), samples=0), 3)
    return Result(
        seconds,
        "raw SQLite reading the coders' codings, paragraphs, turns and texts",
        baseline,
        {
            "coders": len(CODERS),
            "documents": documents,
            "words_per_document": words,
            "codings": total,
            "codes": len(report.codes),
            "units": report.overall.units // max(1, len(report.codes)),
            "bootstrap_samples": samples,
            "disagreements": len(report.disagreements),
            "without_bootstrap_seconds": round(no_bootstrap, 4),
            **{f"{kind}_unit_seconds": value for kind, value in kinds.items()},
        },
    )


def _coding_rows(
    path: Path,
) -> tuple[dict[tuple[int, str], list[tuple[int, int, int]]], dict[int, int], dict[int, str]]:
    """The three coders' codings, the documents' lengths and the codes used (named by id), straight
    from SQLite (what the agreement computation hands the unitized measures)."""
    con = sqlite3.connect(path)
    try:
        names = dict(con.execute("SELECT id, name FROM coders").fetchall())
        spans: dict[tuple[int, str], list[tuple[int, int, int]]] = {}
        for doc, code, start, end, coder in con.execute(
            'SELECT document_id, code_id, start, "end", coder_id FROM codings'
        ):
            if names.get(coder) in CODERS:
                spans.setdefault((doc, names[coder]), []).append((code, start, end))
        lengths = dict(con.execute("SELECT id, length(text) FROM documents").fetchall())
        used = {code for rows in spans.values() for code, _, _ in rows}
        codes = {i: str(i) for i in sorted(used)}
    finally:
        con.close()
    return spans, lengths, codes


def agreement_unitized(size: str) -> Result:
    """Krippendorff's uα, cuα per code and Cuα on the character continuum plus the 90 %
    segment overlap, for 3 coders over 200 documents of ~45,000 characters with 30,000
    codings per coder (small: 20 × 2,000 words), the core functions alone on rows already
    read (budget: well under 2 s). Baseline: reading those rows from SQLite, the floor
    any implementation pays before it counts anything."""
    from duocoder.analysis.unitized import segment_agreement, unitized_agreement

    path, total = _shared_project(size)
    spans, lengths, codes = _coding_rows(path)
    baseline = best_of(lambda: _coding_rows(path), 3)
    unitized = unitized_agreement(spans, lengths, CODERS, codes)
    assert unitized.u_alpha is not None
    alphas = best_of(lambda: unitized_agreement(spans, lengths, CODERS, codes), 3)
    overlap = best_of(lambda: segment_agreement(spans, CODERS, codes, threshold=0.9), 3)
    return Result(
        alphas + overlap,
        "raw SQLite reading the coders' codings and the documents' lengths",
        baseline,
        {
            "coders": len(CODERS),
            "documents": len(lengths),
            "characters": sum(lengths.values()),
            "codings": total,
            "codes": len(codes),
            "unitized_seconds": round(alphas, 4),
            "segment_overlap_seconds": round(overlap, 4),
            "u_alpha": round(unitized.u_alpha, 4),
        },
    )


AGREEMENT_SCENARIOS = {
    "agreement_3_coders": agreement_3_coders,
    "agreement_unitized": agreement_unitized,
}
