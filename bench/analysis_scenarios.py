"""Benchmarks of the analysis layer: co-occurrence, the code × role matrix, Word quote lists.

Each builds a synthetic project (not timed) through `Project.add_document` and one bulk
`add_codings`, then times our facade call beside a same-run baseline on the same file:
the raw SQL that answers the same question (a self-join for co-occurrence, a GROUP BY for
the matrix) and, for quotes, python-docx writing as many plain paragraphs as our report."""

from __future__ import annotations

import sqlite3
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bench.corpus import DEFAULT_CODE_PATHS, generate_corpus
from bench.timing import Result, best_of

if TYPE_CHECKING:
    from duocoder.app.project import Project

# 60 codable codes: the research codebook's 39 plus 21 emergent ones (their themes are
# categories, so a matrix has exactly 60 rows)
CODE_PATHS: tuple[str, ...] = (
    *DEFAULT_CODE_PATHS,
    *(f"Emergent/Thema {i:02d}" for i in range(1, 22)),
)
# (documents, words per document, codings per document)
ANALYSIS_SIZES = {"small": (25, 2_000, 200), "full": (500, 4_000, 200)}
QUOTE_SIZES = {"small": 500, "full": 5_000}


def add_codebook(project: Project) -> None:
    """The benchmark codebook: every path of CODE_PATHS, the codes with children only
    grouping (not codable), as in the shipped duowerkingen codebook."""
    for code_path in CODE_PATHS:
        project.ensure_code_path(code_path)
    codes = project.codes()
    parents = {c.parent_id for c in codes}
    for info in codes:
        if info.id in parents:
            project.set_codable(info.id, False)


def build_project(path: Path, documents: int, words: int, codings: int, seed: int = 5) -> int:
    """Create a project with a generated corpus and its codings; returns the coding count."""
    from duocoder.app.project import CodingSpec, Project

    corpus = generate_corpus(
        documents, words, seed=seed, codings_per_document=codings, code_paths=CODE_PATHS
    )
    with Project.create(path) as project:
        add_codebook(project)
        specs: list[CodingSpec] = []
        coders = ("Lies", "Jonas")
        for doc in corpus:
            doc_id = project.add_document(doc.name, doc.source(), doc.role, doc.case, doc.duo).id
            specs += [
                CodingSpec(doc_id, a, b, code, coders[i % 2])
                for i, (a, b, code) in enumerate(doc.codings)
            ]
        project.add_codings(specs, create_codes=False)
        project.history.clear()
    return len(specs)


@cache
def _shared_project(size: str) -> tuple[Path, int]:
    """The analysis corpus of a size, built once per run for the scenarios that only read
    it (building 100,000 codings takes over a minute); removed when the process ends."""
    folder = tempfile.TemporaryDirectory(prefix="duocoder-bench-")
    _FOLDERS.append(folder)
    path = Path(folder.name) / "analysis.duocoder"
    documents, words, codings = ANALYSIS_SIZES[size]
    return path, build_project(path, documents, words, codings)


_FOLDERS: list[tempfile.TemporaryDirectory[str]] = []

_COOCCURRENCE_SQL = """
SELECT a.code_id, b.code_id, COUNT(*), COUNT(DISTINCT a.document_id)
FROM codings a JOIN codings b
  ON b.document_id = a.document_id AND a.code_id <> b.code_id AND a.id < b.id
 AND a.start < b."end" AND b.start < a."end"
GROUP BY a.code_id, b.code_id
"""

_MATRIX_SQL = """
SELECT c.code_id, d.role, COUNT(*), COUNT(DISTINCT c.document_id)
FROM codings c JOIN documents d ON d.id = c.document_id
GROUP BY c.code_id, d.role
"""


def _raw(path: Path, sql: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute(sql).fetchall()
    finally:
        con.close()


def cooccurrence_100k(size: str) -> Result:
    """Co-occurrence (overlap) of 60 codes over 100,000 codings (small: 5,000), through the
    facade: loading, leaving out interviewer-only segments, counting (budget ≤ 0.5 s)."""
    from duocoder.app.project import Project

    path, total = _shared_project(size)
    documents = ANALYSIS_SIZES[size][0]
    baseline = best_of(lambda: _raw(path, _COOCCURRENCE_SQL), 3)
    with Project.open(path) as project:
        result = project.cooccurrence()
        assert len(result.codes) == 60, len(result.codes)
        seconds = best_of(project.cooccurrence, 5)
        by_role = best_of(lambda: project.cooccurrence(by_role=True), 3)
        paragraph = best_of(lambda: project.cooccurrence(mode="paragraph"), 3)
    return Result(
        seconds,
        "raw SQLite self-join counting overlapping pairs of the same codings",
        baseline,
        {
            "codings": total,
            "codes": 60,
            "documents": documents,
            "by_role_seconds": round(by_role, 4),
            "paragraph_mode_seconds": round(paragraph, 4),
        },
    )


def code_role_matrix(size: str) -> Result:
    """Code × role matrix (segments and documents per cell) over 100,000 codings (small:
    5,000), through the facade (budget ≤ 0.2 s)."""
    from duocoder.app.project import Project

    documents, words, codings = ANALYSIS_SIZES[size]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "analysis.duocoder"
        total = build_project(path, documents, words, codings)
        baseline = best_of(lambda: _raw(path, _MATRIX_SQL), 5)
        with Project.open(path) as project:
            seconds = best_of(lambda: project.code_matrix("role"), 5)
            with_descendants = best_of(
                lambda: project.code_matrix("role", descendants=True, percent=True), 3
            )
            interviewer = best_of(lambda: project.code_matrix("role", include_interviewer=True), 3)
    return Result(
        seconds,
        "raw SQLite GROUP BY code and role",
        baseline,
        {
            "codings": total,
            "documents": documents,
            "descendants_percent_seconds": round(with_descendants, 4),
            "include_interviewer_seconds": round(interviewer, 4),
        },
    )


def _plain_paragraphs(count: int, out: Path) -> None:
    import docx

    document = docx.Document()
    for i in range(count):
        document.add_paragraph(f"Paragraaf {i}: ‘Ik ga elke week met haar naar de markt.’")
    document.save(str(out))


def quotes_docx_5k(size: str) -> Result:
    """A Word quote list of 5,000 quotes (small: 500) with sources and memos, through the
    facade: loading, interviewer handling, grouping, writing (budget ≤ 5 s)."""
    import docx

    from duocoder.app.project import Project

    wanted = QUOTE_SIZES[size]
    documents = 25
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "quotes.duocoder"
        build_project(path, documents, 3_000, wanted // documents)
        out = Path(tmp) / "quotes.docx"
        with Project.open(path) as project:

            def ours() -> None:
                result = project.export_quotes(
                    out,
                    with_source=True,
                    with_memo=True,
                    allow_unreviewed="benchmark: a generated corpus, nobody real",
                )
                assert result.count == wanted, result.count

            seconds = best_of(ours, 3)
        paragraphs = len(docx.Document(str(out)).paragraphs)
        plain = Path(tmp) / "plain.docx"
        baseline = best_of(lambda: _plain_paragraphs(paragraphs, plain), 3)
    return Result(
        seconds,
        "python-docx adding and saving the same number of plain paragraphs",
        baseline,
        {"quotes": wanted, "paragraphs": paragraphs},
    )


ANALYSIS_SCENARIOS = {
    "cooccurrence_100k": cooccurrence_100k,
    "code_role_matrix": code_role_matrix,
    "quotes_docx_5k": quotes_docx_5k,
}
