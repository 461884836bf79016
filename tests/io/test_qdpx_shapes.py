"""Projects exported by NVivo (Windows and Mac), ATLAS.ti (Windows and Mac), QualCoder and
qc-style tools import with every selection on the words it was made for (the shapes are
those of ../shared/refi-qda/NOTES.md, built by `qdpx_factory`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qdpx_factory import ATLAS_MAC, SHAPES, Source, build, expected_words

from duocoder.app.project import Project


def _import(tmp_path: Path, data: bytes) -> tuple[Project, object]:
    path = tmp_path / "in.qdpx"
    path.write_bytes(data)
    project = Project.create(tmp_path / "p.duocoder", language="en")
    return project, project.import_qdpx(path)


@pytest.mark.parametrize("shape", list(SHAPES), ids=list(SHAPES))
def test_every_selection_lands_on_its_words(tmp_path: Path, shape: str) -> None:
    project, report = _import(tmp_path, build(SHAPES[shape]))
    with project:
        segments = {(s.text, s.code.rsplit("/", 1)[-1]) for s in project.segments()}
        assert set(expected_words()) <= segments
        assert {s.coder for s in project.segments()} == {"Sofie"}
        assert [c.path for c in project.codes()] == [
            "Thema",
            "Thema/Stress",
            "Thema/Vertrouwen",
            "Thema/Rollen",
        ]
        assert "😊" in project.text("Interview Anna") and "\r" not in project.text("Interview Anna")
    assert report.added == ["Interview Anna"]


@pytest.mark.parametrize(
    ("shape", "unit"),
    [
        ("NVivo Windows", "UTF-16 code units"),
        ("NVivo Mac", "UTF-16 code units"),
        ("ATLAS.ti Windows", "characters (code points)"),
        ("QualCoder", "characters (code points)"),
        ("qc-style", "UTF-8 bytes"),
    ],
)
def test_the_report_states_the_unit_it_decided(tmp_path: Path, shape: str, unit: str) -> None:
    project, report = _import(tmp_path, build(SHAPES[shape]))
    project.close()
    [(document, sentence)] = report.units
    assert document == "Interview Anna"
    assert sentence.startswith(f"positions read as {unit}")


def test_units_are_decided_per_document(tmp_path: Path) -> None:
    """Two documents of one file, one with an emoji before its selection and one without:
    each gets its own decision, and both land right."""
    plain = Source(
        "Interview Bert",
        "D: Gewoon een goed gesprek over vertrouwen.\n",
        selections=[("goed gesprek", "Stress")],
    )
    project, report = _import(
        tmp_path, build(SHAPES["NVivo Mac"], [Source("Interview Anna", _anna()), plain])
    )
    with project:
        texts = {s.text for s in project.segments()}
    assert "goed gesprek" in texts and "Stressful 😊 but I like my café job." in texts
    decisions = dict(report.units)
    assert decisions["Interview Anna"].startswith("positions read as UTF-16")
    assert "read the same in every unit" in decisions["Interview Bert"]


def _anna() -> str:
    from qdpx_factory import RAW_TEXT

    return RAW_TEXT


def test_nvivo_windows_repeats_a_selection_per_code(tmp_path: Path) -> None:
    project, report = _import(tmp_path, build(SHAPES["NVivo Windows"]))
    with project:
        rollen = [s.text for s in project.segments(["Thema/Rollen"])]
    # every selection was repeated for 'Rollen'; the coördinator selection already had it
    assert len(rollen) == 5
    assert report.skipped == 1


def test_atlas_ti_windows_reports_what_it_did_not_keep(tmp_path: Path) -> None:
    project, report = _import(tmp_path, build(SHAPES["ATLAS.ti Windows"]))
    with project:
        memos = {s.memo for s in project.segments()}
    notes = " ".join(report.notes + report.codes.notes)
    assert "1 link(s) of the project were not kept" in notes
    assert "1 set(s)" in notes and "1 graph(s)" in notes
    assert "'Thema::Stress' became 'Stress' under 'Thema'" in notes
    assert "comment on Stress" in memos  # ATLAS.ti keeps comments in the Description


def test_atlas_ti_mac_without_texts_names_the_missing_documents(tmp_path: Path) -> None:
    project, report = _import(tmp_path, build(ATLAS_MAC))
    with project:
        assert project.documents() == []
    notes = " ".join(report.notes)
    assert "is not in the file" in notes and "'Interview Anna'" in notes
    assert "5 of documents whose text is missing" in notes
    assert "The PDF source 'Beleidsnota' was not imported" in notes
    assert "1 coding(s) on it were left out" in notes


def test_qc_style_ids_that_are_not_guids_still_connect_codings(tmp_path: Path) -> None:
    project, report = _import(tmp_path, build(SHAPES["qc-style"]))
    with project:
        assert project.coding_count() == 5
    assert any("not a GUID" in n for n in report.codes.notes)
