"""Tests for the synthetic benchmark corpus: benchmarks are only comparable if it is stable."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path

import pytest

# `bench` is a top-level folder of the checkout, not part of the installed package.
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.corpus import (  # noqa: E402
    DEFAULT_CODE_PATHS,
    GeneratedDocument,
    generate_corpus,
    write_docx,
    write_txt,
)


def _words(doc: GeneratedDocument) -> int:
    return sum(len(p.split()) for p in doc.paragraphs)


def _digest(corpus: list[GeneratedDocument]) -> str:
    return hashlib.sha256(repr(corpus).encode("utf-8")).hexdigest()


def test_same_seed_gives_identical_corpus() -> None:
    first = generate_corpus(12, 900, seed=7, codings_per_document=15)
    second = generate_corpus(12, 900, seed=7, codings_per_document=15)
    assert first == second


def test_different_seeds_differ() -> None:
    assert generate_corpus(5, 400, seed=1) != generate_corpus(5, 400, seed=2)


def test_same_seed_identical_in_another_process() -> None:
    """String hashing is randomised per process; the corpus must not depend on it."""
    code = (
        "import hashlib, sys; sys.path.insert(0, sys.argv[1]);"
        "from bench.corpus import generate_corpus;"
        "c = generate_corpus(6, 500, seed=11, codings_per_document=8);"
        "print(hashlib.sha256(repr(c).encode('utf-8')).hexdigest())"
    )
    expected = _digest(generate_corpus(6, 500, seed=11, codings_per_document=8))
    for hash_seed in ("0", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        result = subprocess.run(
            [sys.executable, "-c", code, str(ROOT)],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        )
        assert result.stdout.strip() == expected


@pytest.mark.parametrize("documents", [0, 1, 2, 3, 4, 5, 8, 13, 40])
def test_document_count_is_exact(documents: int) -> None:
    assert len(generate_corpus(documents, 100)) == documents


@pytest.mark.parametrize("words", [60, 75, 200, 999, 2500, 8000])
def test_word_counts_within_five_percent(words: int) -> None:
    for doc in generate_corpus(9, words, seed=words):
        assert abs(_words(doc) - words) <= 0.05 * words
        assert len(doc.text.split()) == _words(doc)


def test_paragraph_shape() -> None:
    """Turns alternate I/R, start with a question, end with an answer, 20-150 words each."""
    lengths: dict[str, list[int]] = defaultdict(list)
    for doc in generate_corpus(10, 3000, seed=3):
        labels = [p[:2] for p in doc.paragraphs]
        assert set(labels) <= {"I:", "R:"}
        assert labels[0] == "I:"
        assert labels[-1] == "R:"
        assert all(a != b for a, b in pairwise(labels))
        for paragraph in doc.paragraphs:
            size = len(paragraph.split())
            assert 20 <= size <= 150, paragraph
            assert "\n" not in paragraph
            assert "  " not in paragraph
            lengths[paragraph[0]].append(size)
    mean = {who: sum(v) / len(v) for who, v in lengths.items()}
    assert mean["I"] < mean["R"]


def test_vocabulary_has_inflections_accents_and_curly_quotes() -> None:
    text = "\n".join(doc.text for doc in generate_corpus(6, 4000, seed=5))
    tokens = Counter(token.strip(".,!?“”‘’").lower() for token in text.split())
    for form in ("vertrouw", "vertrouwt", "vertrouwen", "vertrouwde", "vertrouwd"):
        assert tokens[form] > 0, form
    for char in "öéë“”‘’":
        assert char in text, char


def test_roles_cases_and_duos_are_consistent() -> None:
    corpus = generate_corpus(200, 80, seed=9)
    assert len({doc.name for doc in corpus}) == len(corpus)
    by_case: dict[str, list[GeneratedDocument]] = defaultdict(list)
    by_duo: dict[str, list[GeneratedDocument]] = defaultdict(list)
    for doc in corpus:
        assert doc.role in {"coordinator", "participant", "volunteer"}
        by_case[doc.case].append(doc)
        if doc.role == "coordinator":
            assert doc.duo is None
        else:
            assert doc.duo is not None
            by_duo[doc.duo].append(doc)
    assert len(by_case) > 1
    for docs in by_case.values():
        assert [d.role for d in docs].count("coordinator") == 1
        assert docs[0].role == "coordinator"
    for docs in by_duo.values():
        assert sorted(d.role for d in docs) == ["participant", "volunteer"]
        assert docs[0].case == docs[1].case


def test_many_documents_keep_case_names_unique() -> None:
    corpus = generate_corpus(1500, 60, seed=4)
    coordinators = [doc.case for doc in corpus if doc.role == "coordinator"]
    assert len(coordinators) == len(set(coordinators))


def test_codings_are_sorted_whole_words_in_respondent_turns() -> None:
    overlaps = 0
    for doc in generate_corpus(15, 2000, seed=21, codings_per_document=40):
        text = doc.text
        assert len(doc.codings) == 40
        assert doc.codings == sorted(doc.codings)
        turns = []
        offset = 0
        for paragraph in doc.paragraphs:
            if paragraph.startswith("R:"):
                turns.append((offset + 3, offset + len(paragraph)))
            offset += len(paragraph) + 1
        for start, end, code in doc.codings:
            assert code in DEFAULT_CODE_PATHS
            assert 0 <= start < end <= len(text)
            assert any(s <= start and end <= e for s, e in turns), (start, end)
            assert not text[start].isspace() and not text[end - 1].isspace()
            assert start == 0 or text[start - 1].isspace()
            assert end == len(text) or text[end].isspace()
        spans = doc.codings
        overlaps += sum(
            1
            for i, (_, end, _) in enumerate(spans)
            for start, _, _ in spans[i + 1 :]
            if start < end
        )
    assert overlaps > 0


def test_codings_use_given_code_paths() -> None:
    paths = ["A/B", "A/C", "Kwetsbaarheid"]
    corpus = generate_corpus(4, 600, seed=2, codings_per_document=10, code_paths=paths)
    assert {code for doc in corpus for _, _, code in doc.codings} <= set(paths)
    assert all(doc.codings == [] for doc in generate_corpus(3, 600))


def test_invalid_arguments() -> None:
    with pytest.raises(ValueError):
        generate_corpus(-1, 100)
    with pytest.raises(ValueError):
        generate_corpus(1, 0)
    with pytest.raises(ValueError):
        generate_corpus(1, 100, codings_per_document=3, code_paths=[])


def test_docx_round_trip(tmp_path: Path) -> None:
    from docx import Document

    for index, doc in enumerate(generate_corpus(3, 700, seed=13)):
        path = tmp_path / f"doc{index}.docx"
        write_docx(doc, path)
        assert [p.text for p in Document(str(path)).paragraphs] == doc.paragraphs


def test_txt_round_trip_keeps_offsets(tmp_path: Path) -> None:
    doc = generate_corpus(1, 900, seed=8, codings_per_document=12)[0]
    path = tmp_path / "doc.txt"
    write_txt(doc, path)
    text = path.read_text(encoding="utf-8").removesuffix("\n")
    assert text == doc.text
    assert text.split("\n") == doc.paragraphs
    assert [text[s:e] for s, e, _ in doc.codings] == [doc.text[s:e] for s, e, _ in doc.codings]


@pytest.mark.slow
def test_large_corpus_is_fast() -> None:
    started = time.perf_counter()
    corpus = generate_corpus(500, 8000, seed=1)
    elapsed = time.perf_counter() - started
    assert len(corpus) == 500
    assert elapsed < 10, f"500 x 8,000 words took {elapsed:.1f} s"
