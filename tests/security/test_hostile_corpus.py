"""Every file of the hostile corpus is refused in one sentence, in time, with the project
as it was: the probe's finding, kept as a regression suite.

Each case runs the real command line (`python -m duocoder`) in a child process limited to
`TIMEOUT_SECONDS` and `MEMORY_LIMIT`, so a reader that hangs or inflates a bomb fails its own
case instead of the test run. The cases, and what counts as a pass, are in
`hostile_corpus.py`; `python -m tests.security.hostile_corpus` prints the same runs as
figures. The module takes about 1.5 minutes on 2 cores; run it alone with
`pytest tests/security/test_hostile_corpus.py` (or `-m slow`).

Set DUOCODER_CORPUS_REPORT=FILE to append each case's seconds and peak memory to FILE as
JSON lines."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from duocoder.app.codebook import read_codebook
from duocoder.io.readers import read_source
from tests.security.hostile_corpus import (
    CASE_IDS,
    Case,
    build_corpus,
    make_base_project,
    run_case,
    write_harmless,
)

pytestmark = pytest.mark.slow


@dataclass(frozen=True)
class Corpus:
    cases: dict[str, Case]
    base_project: Path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    """Built once for the module: a few seconds, whatever the bombs declare."""
    root = tmp_path_factory.mktemp("hostile")
    cases = build_corpus(root / "corpus")
    base = make_base_project(root / "base.duocoder")
    return Corpus({c.id: c for c in cases}, base)


@pytest.mark.parametrize("case_id", CASE_IDS)
def test_a_hostile_file_is_refused_in_one_sentence_and_changes_nothing(
    corpus: Corpus,
    case_id: str,
    tmp_path: Path,
    record_property: Callable[[str, object], None],
) -> None:
    case = corpus.cases[case_id]
    outcome, problems = run_case(case, corpus.base_project, tmp_path)
    record_property("seconds", round(outcome.seconds, 3))
    record_property("peak_rss_mb", outcome.peak_rss_mb)
    if report := os.environ.get("DUOCODER_CORPUS_REPORT"):
        with open(report, "a", encoding="utf-8") as fh:
            row = {
                "case": case.id,
                "exit": outcome.returncode,
                "seconds": round(outcome.seconds, 3),
                "peak_rss_mb": outcome.peak_rss_mb,
                "problems": problems,
            }
            fh.write(json.dumps(row) + "\n")
    assert not problems, (
        f"{case.id} ({case.description}), `duocoder {case.command}`: {'; '.join(problems)}\n"
        f"exit {outcome.returncode} after {outcome.seconds:.1f} s, "
        f"peak {outcome.peak_rss_mb} MB\nstderr: {outcome.stderr.strip()[:2000]}\n"
        f"stdout: {outcome.stdout.strip()[:500]}"
    )


def test_the_harmless_originals_of_the_cases_import(tmp_path: Path) -> None:
    """The corpus varies working files; the originals must read, or a refusal above could be
    for a broken skeleton rather than for the attack."""
    files = write_harmless(tmp_path / "harmless")
    for name in ("a.docx", "a.odt", "a.txt"):
        text = read_source(name, files[name].read_bytes()).text
        assert "wandelen elke week" in text, name
    for name in ("a.xlsx", "a.qdc"):
        assert [e.name for e in read_codebook(name, files[name].read_bytes()).entries] == [
            "Verbinding"
        ], name


def test_the_corpus_covers_every_kind_of_file() -> None:
    kinds = {case_id.split("-")[0] for case_id in CASE_IDS}
    assert {"docx", "odt", "txt", "srt", "vtt", "xlsx", "csv", "qdc", "project"} <= kinds
    assert len(CASE_IDS) == len(set(CASE_IDS))
