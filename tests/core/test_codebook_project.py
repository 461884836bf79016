"""Codebooks in a project: the shipped codebooks, merging, round trips, the Word export."""

from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
from docx import Document

from duocoder.app.paths import codebooks_dir
from duocoder.app.project import Project
from duocoder.domain.codebook import CodebookEntry
from duocoder.domain.errors import SourceError
from duocoder.io.qdc import write_qdc
from tests.helpers import source

NL = codebooks_dir() / "duowerkingen.qdc"
EN = codebooks_dir() / "duowerkingen-en.qdc"


def tree(p: Project) -> list[tuple[str, str, str, str, bool]]:
    return [(c.path, c.guid, c.color.lower(), c.description, c.codable) for c in p.codes()]


def test_new_project_takes_either_shipped_codebook(tmp_path: Path) -> None:
    with (
        Project.create(tmp_path / "nl.duocoder") as nl,
        Project.create(tmp_path / "en.duocoder") as en,
    ):
        nl.import_codebook_file(NL)
        en.import_codebook_file(EN)
        top_nl = [c.name for c in nl.codes() if c.parent_id is None]
        top_en = [c.name for c in en.codes() if c.parent_id is None]
        assert top_nl == [
            "Verbinding",
            "Obstakels",
            "Uitkomsten",
            "Professionele ondersteuning",
            "Context",
        ]
        assert top_en[0] == "Connection"
        assert [c.guid for c in nl.codes()] == [c.guid for c in en.codes()]


def test_export_and_reimport_round_trips_unchanged(tmp_path: Path) -> None:
    with Project.create(tmp_path / "a.duocoder") as a:
        a.import_codebook_file(NL)
        a.add_code("Eigen 🤝 code", "Verbinding", color="#123abc", description="Zelf “bedacht”")
        a.set_codable("Uitkomsten", False)
        a.export_codebook(tmp_path / "out.qdc")
        first = (tmp_path / "out.qdc").read_bytes()
        a.export_codebook(tmp_path / "again.qdc")
        assert (tmp_path / "again.qdc").read_bytes() == first  # guids stable across exports
        with Project.create(tmp_path / "b.duocoder") as b:
            report = b.import_codebook_file(tmp_path / "out.qdc")
            assert tree(b) == tree(a)
            assert len(report.added) == len(a.codes())


def test_merge_by_guid_renames_and_never_duplicates(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.duocoder") as p:
        p.import_codebook_file(NL)
        n = len(p.codes())
        report = p.import_codebook_file(NL)
        assert (len(p.codes()), report.added, report.renamed) == (n, [], [])
        assert len(report.merged) == n
        report = p.import_codebook_file(EN)
        assert len(p.codes()) == n
        assert ("Verbinding", "Connection") in report.renamed
        p.undo()
        assert p.codes()[0].name == "Verbinding"


def test_merge_by_path_when_guids_differ(project: Project, tmp_path: Path) -> None:
    project.ensure_code_path("Verbinding/Vertrouwensrelatie")
    doc = project.add_document("Anna", source("R: ik vertrouw haar"), "participant").id
    project.add_coding(doc, "Verbinding/Vertrouwensrelatie", 3, 5)
    qdc = tmp_path / "atlas.qdc"
    qdc.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="ATLAS.ti">'
        '<Codes><Code guid="{11111111-2222-3333-4444-555555555555}" name="Verbinding"'
        ' isCodable="true">'
        '<Code guid="{66666666-2222-3333-4444-555555555555}" name="vertrouwensrelatie"'
        ' isCodable="true"/>'
        '<Code guid="{77777777-2222-3333-4444-555555555555}" name="Humor"'
        ' isCodable="true"/>'
        "</Code></Codes></CodeBook>",
        encoding="utf-8",
    )
    report = project.import_codebook_file(qdc)
    assert report.added == ["Verbinding/Humor"]
    assert report.merged == ["Verbinding", "Verbinding/vertrouwensrelatie"]
    assert [c.path for c in project.codes()] == [
        "Verbinding",
        "Verbinding/Vertrouwensrelatie",
        "Verbinding/Humor",
    ]
    assert project.code("Verbinding/Vertrouwensrelatie").own_count == 1


def test_bad_codebook_file_changes_nothing(project: Project, tmp_path: Path) -> None:
    project.add_code("A")
    bad = tmp_path / "bom.qdc"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><CodeBook>&a;</CodeBook>')
    with pytest.raises(SourceError, match=r"bom\.qdc"):
        project.import_codebook_file(bad)
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.7")
    with pytest.raises(SourceError, match=r"codebooks from \.qdc"):
        project.import_codebook_file(tmp_path / "x.pdf")
    assert [c.path for c in project.codes()] == ["A"]
    assert project.history.undo_label == "Add code A"


def test_code_list_csv_import(project: Project, tmp_path: Path) -> None:
    csv = tmp_path / "codes.csv"
    csv.write_bytes(
        "pad;beschrijving;kleur\nObstakels/Tijd;Gebrek aan tijd;#ff0000\n".encode("cp1252")
    )
    report = project.import_codebook_file(csv)
    assert report.added == ["Obstakels", "Obstakels/Tijd"]
    assert project.code("Obstakels/Tijd").color == "#ff0000"


def test_word_export_of_the_codebook(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.duocoder") as p:
        p.import_codebook_file(NL)
        doc = p.add_document("Anna", source("R: ik vertrouw haar"), "participant").id
        p.add_coding(doc, "Verbinding/Vertrouwensrelatie", 3, 5)
        p.export_codebook(tmp_path / "codeboek.docx")
    text = "\n".join(par.text for par in Document(str(tmp_path / "codeboek.docx")).paragraphs)
    assert "Codeboek" in text
    assert "1.1" in text and "Vertrouwensrelatie" in text
    assert "Professionele ondersteuning" in text


@pytest.mark.parametrize("suffix", [".qdc", ".csv"])
def test_a_codebook_of_thousands_of_codes_imports_and_merges_in_seconds(
    project: Project, tmp_path: Path, suffix: str
) -> None:
    """Flat, the shape that used to cost the square of its size: 3,000 codes took minutes
    while the project was locked for writing."""
    count = 3_000
    names = [f"Code {i:04d}" for i in range(count)]
    path = tmp_path / f"groot{suffix}"
    if suffix == ".qdc":
        guids = [str(uuid.UUID(int=i + 1)) for i in range(count)]
        path.write_bytes(
            write_qdc([CodebookEntry(n, g) for n, g in zip(names, guids, strict=True)])
        )
    else:
        path.write_text("pad;beschrijving\n" + "".join(f"{n};Definitie\n" for n in names))
    project.add_code("Bestaand")
    start = time.perf_counter()
    first = project.import_codebook_file(path)
    again = project.import_codebook_file(path)
    elapsed = time.perf_counter() - start
    assert (len(first.added), len(again.merged), again.added) == (count, count, [])
    assert [c.name for c in project.codes()] == ["Bestaand", *names]
    assert elapsed < 10
