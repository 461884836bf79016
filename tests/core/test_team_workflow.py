"""The team's whole path, as the issue's 'done when' describes it: three researchers each code
a copy of the demo project on their own laptop, one merges the copies, the team computes
its agreement and writes the report for the method section.

The coders here code the demo's passages again, each the way a real second coder does: most
passages found again, some missed, a few boundaries moved, now and then a passage of their
own. That gives figures between chance and perfect, which is what the report must carry."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from docx import Document as WordDocument
from openpyxl import load_workbook

from duocoder.app.codings import CodingSpec
from duocoder.app.demo import build_demo
from duocoder.app.project import Project

CODERS = ("Anna", "Bram", "Chris")


def _code_like_a_second_coder(path: Path, coder: str, seed: int) -> int:
    """Code the demo's passages again as `coder` would; returns the number of codings."""
    rng = random.Random(seed)
    with Project.open(path) as project:
        project.coder = coder
        specs: list[CodingSpec] = []
        lengths = {d.id: d.chars for d in project.documents()}
        for seg in project.segments():
            if rng.random() < 0.15:  # missed
                continue
            start, end = seg.start, seg.end
            if rng.random() < 0.25:  # boundaries moved a little
                start = max(0, start + rng.randint(-15, 15))
                end = min(lengths[seg.doc_id], max(start + 1, end + rng.randint(-15, 15)))
            specs.append(CodingSpec(seg.doc_id, start, end, seg.code_id, coder=coder))
        codable = [c for c in project.codes() if c.codable]
        for doc_id, length in lengths.items():
            for _ in range(3):  # passages only this coder saw
                start = rng.randrange(0, length - 80)
                specs.append(
                    CodingSpec(doc_id, start, start + 60, rng.choice(codable).id, coder=coder)
                )
        unique = {(s.doc, s.start, s.end, s.code): s for s in specs}
        project.add_codings(list(unique.values()))
        project.history.clear()
        return len(unique)


@pytest.fixture(scope="module")
def merged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("team")
    base = build_demo(tmp / "base.duocoder")
    target = tmp / "team.duocoder"
    shutil.copyfile(base, target)
    copies = []
    for i, coder in enumerate(CODERS):
        copy = tmp / f"{coder.lower()}.duocoder"
        shutil.copyfile(base, copy)
        assert _code_like_a_second_coder(copy, coder, seed=i) > 50
        copies.append(copy)
    with Project.open(target) as project:
        report = project.merge_projects(copies)
        assert report.documents_added == () and report.documents_conflicting == ()
        assert report.codings_added > 150
    return target


def test_the_merged_project_holds_every_coders_codings_once(merged: Path) -> None:
    with Project.open(merged) as project:
        names = {c.name for c in project.coders()}
        assert set(CODERS) <= names
        for coder in CODERS:
            segments = project.segments(coders=[coder])
            keys = [(s.doc_id, s.start, s.end, s.code_id) for s in segments]
            assert len(keys) == len(set(keys)) > 50


def test_agreement_of_three_coders_lies_between_chance_and_perfect(merged: Path) -> None:
    with Project.open(merged) as project:
        report = project.agreement(list(CODERS), unit="paragraph", samples=200)
    overall = report.overall
    assert report.coders == CODERS
    alpha = overall.values["alpha"]
    assert alpha is not None and 0.3 < alpha < 0.98
    lo, hi = overall.intervals["alpha"] or (None, None)
    assert lo is not None and hi is not None and lo <= alpha <= hi
    assert overall.values["cohen_kappa"] is None  # three coders
    assert overall.reasons["cohen_kappa"] == "two_coders_only"
    assert report.disagreements, "coders who miss passages must disagree somewhere"
    assert report.unitized is not None and report.unitized.u_alpha is not None


def test_the_word_summary_names_the_coders_and_carries_each_codes_row(
    merged: Path, tmp_path: Path
) -> None:
    with Project.open(merged) as project:
        report = project.agreement(list(CODERS), unit="paragraph", samples=200)
        out = tmp_path / "overeenstemming.docx"
        project.write_agreement(report, out)
        workbook = tmp_path / "overeenstemming.xlsx"
        project.write_agreement(report, workbook)
    word = WordDocument(str(out))
    text = "\n".join(p.text for p in word.paragraphs)
    for coder in CODERS:
        assert coder in text
    assert "Krippendorff" in text
    table = word.tables[0]
    leaves = [row.cells[0].text for row in table.rows]
    for code in report.codes:
        assert any(code.code.split("/")[-1] in leaf for leaf in leaves), code.code
    alpha = report.overall.values["alpha"]
    assert alpha is not None
    assert f"{alpha:.2f}".replace(".", ",") in "\n".join(
        c.text for row in table.rows for c in row.cells
    )  # the demo project is Dutch: a decimal comma
    sheet = load_workbook(workbook).worksheets[0]
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None]
    assert any(report.codes[0].code in c for c in cells)
