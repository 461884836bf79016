"""The benchmark scenarios; each returns our time beside a same-run baseline."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench import gui_scenarios
from bench.agreement_scenarios import AGREEMENT_SCENARIOS
from bench.analysis_scenarios import ANALYSIS_SCENARIOS
from bench.bulk_scenarios import BULK_SCENARIOS
from bench.codebook_scenarios import CODEBOOK_SCENARIOS
from bench.corpus import generate_corpus, write_docx
from bench.durability import SCENARIOS as DURABILITY_SCENARIOS
from bench.encryption import ENCRYPTION_SCENARIOS
from bench.import_limit import import_at_limit
from bench.language_scenarios import SCENARIOS as LANGUAGE_SCENARIOS
from bench.team_load import SCENARIOS as TEAM_SCENARIOS
from bench.timing import Result, best_of, once

SIZES = {"small": (20, 2_000), "full": (500, 8_000)}


def _python_docx_paragraphs(path: Path) -> list[str]:
    import docx

    return [p.text for p in docx.Document(str(path)).paragraphs]


def import_docx_20k(size: str) -> Result:
    """Import one 20,000-word .docx into an open project (budget: ≤ 1 s, within 2× of
    python-docx reading its paragraphs)."""
    from duocoder.app.project import Project

    repeat = 5
    docs = generate_corpus(repeat + 1, 20_000, seed=7)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, doc in enumerate(docs):
            paths.append(Path(tmp) / f"interview{i}.docx")
            write_docx(doc, paths[-1])
        baseline = best_of(lambda: _python_docx_paragraphs(paths[0]), repeat)
        with Project.create(Path(tmp) / "p.duocoder") as project:
            project.import_files([paths.pop()], docs[-1].role)  # warm the statement cache
            pending = iter(zip(paths, docs, strict=False))

            def ours() -> None:
                path, doc = next(pending)
                report = project.import_files([path], doc.role, doc.case, doc.duo)
                assert report.ok, report.failed

            seconds = best_of(ours, repeat)
    return Result(
        seconds,
        "python-docx paragraph texts of the same file",
        baseline,
        {"words": 20_000, "includes": "reading, turn recognition, storing, fsync"},
    )


def _corpus_files(tmp: Path, size: str) -> list[tuple[Path, str, str, str | None]]:
    documents, words = SIZES[size]
    files = []
    for doc in generate_corpus(documents, words, seed=11):
        path = tmp / f"{doc.name}.docx"
        write_docx(doc, path)
        files.append((path, doc.role, doc.case, doc.duo))
    return files


def _import_corpus(project_path: Path, files: list[tuple[Path, str, str, str | None]]) -> None:
    from duocoder.app.project import Project

    with Project.create(project_path) as p:
        for path, role, case, duo in files:
            report = p.import_files([path], role, case, duo)
            assert report.ok, report.failed


def import_corpus(size: str) -> Result:
    """Import a corpus of interview transcripts (full: 500 × 8,000 words)."""
    documents, words = SIZES[size]
    with tempfile.TemporaryDirectory() as tmp:
        files = _corpus_files(Path(tmp), size)
        baseline = once(lambda: [_python_docx_paragraphs(f[0]) for f in files])
        seconds = once(lambda: _import_corpus(Path(tmp) / "corpus.duocoder", files))
    return Result(
        seconds,
        "python-docx paragraph texts of the same files",
        baseline,
        {"documents": documents, "words_per_document": words},
    )


def open_project(size: str) -> Result:
    """Open a project and list its documents (full: 500 documents; budget ≤ 1 s)."""
    from duocoder.app.project import Project

    documents, words = SIZES[size]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.duocoder"
        _import_corpus(path, _corpus_files(Path(tmp), size))

        def ours() -> None:
            with Project.open(path) as p:
                assert len(p.documents()) == documents
                p.codes()

        def raw() -> None:
            con = sqlite3.connect(path)
            rows = con.execute(
                "SELECT id, name, role, case_name, duo, length FROM documents"
            ).fetchall()
            assert len(rows) == documents
            con.close()

        baseline = best_of(raw)
        seconds = best_of(ours)
    return Result(
        seconds,
        "raw sqlite3 query of the document list",
        baseline,
        {
            "documents": documents,
            "words_per_document": words,
            "includes": "header checks, quick_check, counts per document",
        },
    )


SCENARIOS: dict[str, Callable[[str], Result]] = {
    "import_docx_20k": import_docx_20k,
    "import_corpus": import_corpus,
    "open_project": open_project,
    "gui_open_transcript": gui_scenarios.gui_open_transcript,
    "gui_apply_code": gui_scenarios.gui_apply_code,
    "gui_import_responsiveness": gui_scenarios.gui_import_responsiveness,
    "gui_memory_project": gui_scenarios.gui_memory_project,
    "import_at_limit": import_at_limit,
    **ANALYSIS_SCENARIOS,
    **BULK_SCENARIOS,
    **AGREEMENT_SCENARIOS,
    **LANGUAGE_SCENARIOS,
    **CODEBOOK_SCENARIOS,
    **DURABILITY_SCENARIOS,
    **ENCRYPTION_SCENARIOS,
    **TEAM_SCENARIOS,
}
