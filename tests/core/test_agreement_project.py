"""`Project.agreement` on the demo project with a second and third coder: the figures a
researcher reads agree with a unit-by-unit count from the project's own paragraphs, turns
and segments (checked with the `krippendorff` package), the documents and codes compared
are the ones the coders used, the interviewer's turns are left out unless asked for, and
wrong coders, codes, units and report names are refused in one sentence."""

from __future__ import annotations

from pathlib import Path

import krippendorff
import numpy as np
import pytest

from duocoder.app.demo import DEMO_CODER, build_demo
from duocoder.app.project import CodingSpec, Project
from duocoder.domain.errors import NotFoundError, UnknownCodeError, ValidationError
from tests.helpers import source


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with 'Lies' (who skips every fifth of the demo coder's codings and runs
    every third one 200 characters on) and 'Ahmed' (who codes every fourth exactly as the
    demo coder), and a document that none of them coded."""
    path = build_demo(tmp_path_factory.mktemp("agreement") / "demo.duocoder")
    with Project.open(path) as p:
        specs = []
        for i, s in enumerate(p.segments()):
            if i % 5:
                end = min(s.end + 200 * (i % 3 == 0), len(p.text(s.doc_id)))
                specs.append(CodingSpec(s.doc_id, s.start, end, s.code_id, "Lies"))
            if i % 4 == 0:
                specs.append(CodingSpec(s.doc_id, s.start, s.end, s.code_id, "Ahmed"))
        p.add_codings(specs)
        p.add_document("Uncoded", source("R: Nobody coded this.\nR: Nor this."), "participant")
        p.history.clear()
    return path


@pytest.fixture
def demo(demo_file: Path) -> Project:
    project = Project.open(demo_file)
    yield project  # type: ignore[misc]
    project.close()


def unit_by_unit_alpha(p: Project, coders: list[str], code: str) -> tuple[int, float]:
    """Krippendorff's α for one code over the respondents' paragraphs, counted unit by
    unit from the project's paragraphs, turns and segments."""
    rows = []
    coded_docs = {s.doc_id for s in p.segments(coders=coders)}
    for doc in p.documents():
        if doc.id not in coded_docs:
            continue
        text = p.text(doc.id)
        spoken = [
            (t.label_start if t.label_start is not None else t.start, t.end)
            for t in p.turns(doc.id)
            if t.interviewer
        ]
        segments = p.segments([code], coders=coders, documents=[doc.id])
        for para in p.paragraphs(doc.id):
            if not text[para.start : para.end].strip():
                continue
            if any(a <= para.start and para.end <= b for a, b in spoken):
                continue
            rows.append(
                [
                    int(
                        any(
                            s.coder == c and s.start < para.end and para.start < s.end
                            for s in segments
                        )
                    )
                    for c in coders
                ]
            )
    data = np.asarray(rows).T
    return len(rows), krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")


def test_alpha_per_code_matches_a_unit_by_unit_count(demo: Project) -> None:
    report = demo.agreement([DEMO_CODER, "Lies"], samples=200)
    varied = [c for c in report.codes if c.values["alpha"] is not None and c.values["alpha"] < 1]
    assert len(varied) >= 3
    for row in varied[:3]:
        units, alpha = unit_by_unit_alpha(demo, [DEMO_CODER, "Lies"], row.code)
        assert row.units == units
        assert row.values["alpha"] == pytest.approx(alpha)
        lo, hi = row.intervals["alpha"] or (2.0, 2.0)
        assert lo <= hi <= 1.0


def test_documents_and_codes_compared_are_those_the_coders_used(demo: Project) -> None:
    report = demo.agreement([DEMO_CODER, "Ahmed"], samples=0)
    used = {s.code for s in demo.segments(coders=[DEMO_CODER, "Ahmed"])}
    assert {c.code for c in report.codes} == used
    assert "Uncoded" not in report.documents
    assert len(report.documents) == len(demo.documents()) - 1
    chosen = demo.agreement(
        [DEMO_CODER, "Ahmed"], codes=[report.codes[0].code], documents=["Uncoded"], samples=0
    )
    assert chosen.documents == ("Uncoded",)
    assert [c.code for c in chosen.codes] == [report.codes[0].code]
    assert chosen.codes[0].units == 2
    assert chosen.codes[0].reasons["alpha"] == "too_few_units"


def test_three_coders_and_the_disagreements_to_review(demo: Project) -> None:
    report = demo.agreement([DEMO_CODER, "Lies", "Ahmed"], samples=100)
    assert report.overall.values["cohen_kappa"] is None
    assert report.overall.reasons["cohen_kappa"] == "two_coders_only"
    assert report.overall.values["fleiss_kappa"] is not None
    assert report.overall.units == sum(c.units for c in report.codes)
    mixed = sum(c.units - _all_or_none(c.coded, c.units) for c in report.codes if c.units)
    assert report.disagreements and len(report.disagreements) >= mixed
    first = report.disagreements[0]
    assert set(first.with_code) | set(first.without_code) == {DEMO_CODER, "Lies", "Ahmed"}
    assert first.with_code and first.without_code
    assert DEMO_CODER in first.with_code  # Lies and Ahmed only copy the demo coder
    text = demo.text(first.document_id)
    assert text[first.start : first.end].strip()


def _all_or_none(coded: dict[str, int], units: int) -> int:
    """A lower bound on the units on which all coders agree, from the coded counts."""
    most, least = max(coded.values()), min(coded.values())
    return units - most + least


def test_interviewer_turns_are_left_out_unless_included(demo: Project) -> None:
    without = demo.agreement([DEMO_CODER, "Lies"], unit="turn", samples=0)
    with_them = demo.agreement(
        [DEMO_CODER, "Lies"], unit="turn", include_interviewer=True, samples=0
    )
    turns = sum(len(demo.turns(d.id)) for d in demo.documents() if d.name in with_them.documents)
    interviewer = sum(
        sum(t.interviewer for t in demo.turns(d.id))
        for d in demo.documents()
        if d.name in with_them.documents
    )
    assert with_them.codes[0].units == turns
    assert without.codes[0].units == turns - interviewer
    assert "interviewer" in without.definition["unit_turn"]


def test_every_unit_kind_and_a_reproducible_bootstrap(demo: Project) -> None:
    units = {}
    for kind in ("paragraph", "turn", "sentence", "character"):
        report = demo.agreement([DEMO_CODER, "Lies"], unit=kind, samples=100, seed=3)
        units[kind] = report.overall.units // len(report.codes)
        assert report.unit == kind and report.overall.values["alpha"] is not None
    assert units["paragraph"] < units["sentence"] < units["character"]
    again = demo.agreement([DEMO_CODER, "Lies"], samples=100, seed=3).to_json()
    assert again == demo.agreement([DEMO_CODER, "Lies"], samples=100, seed=3).to_json()
    other = demo.agreement([DEMO_CODER, "Lies"], samples=100, seed=4).to_json()
    assert other["overall"]["alpha_ci"] != again["overall"]["alpha_ci"]


def test_refusals_are_one_sentence(demo: Project) -> None:
    with pytest.raises(NotFoundError, match=r"no coder 'Jonas'.*Ahmed, Demo, Lies"):
        demo.agreement([DEMO_CODER, "Jonas"])
    with pytest.raises(ValidationError, match="at least two different coders"):
        demo.agreement([DEMO_CODER, " Demo "])
    with pytest.raises(UnknownCodeError):
        demo.agreement([DEMO_CODER, "Lies"], codes=["Nergens/Niets"])
    with pytest.raises(ValidationError, match="no unit 'word'"):
        demo.agreement([DEMO_CODER, "Lies"], unit="word")  # type: ignore[arg-type]


def test_write_agreement_chooses_the_writer_by_suffix(demo: Project, tmp_path: Path) -> None:
    report = demo.agreement([DEMO_CODER, "Lies"], samples=50)
    demo.write_agreement(report, tmp_path / "agreement.csv")
    table = (tmp_path / "agreement.csv").read_text(encoding="utf-8-sig")
    assert report.codes[0].code in table
    demo.write_agreement(report, tmp_path / "agreement.xlsx")
    assert (tmp_path / "agreement.xlsx").read_bytes()[:2] == b"PK"
    wrong = r"'agreement.txt' cannot hold.*\.xlsx, \.csv or \.docx\."
    with pytest.raises(ValidationError, match=wrong):
        demo.write_agreement(report, tmp_path / "agreement.txt")
    assert not (tmp_path / "agreement.txt").exists()
    with pytest.raises(ValidationError, match="cannot hold"):
        demo.write_agreement(report, demo.path)
    again = demo.agreement([DEMO_CODER, "Lies"], samples=0)  # the project is still whole
    assert [c.values for c in again.codes] == [c.values for c in report.codes]
