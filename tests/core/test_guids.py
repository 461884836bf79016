"""Stable GUIDs (format 5): every document and coding has one, however it was made, and
keeps it while it is changed, so an exchange file names the same things the same way."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

from duocoder.app.project import CodingSpec, Project
from duocoder.storage import guids
from duocoder.storage.models import Coding
from tests.helpers import source


def _rows(path: Path, table: str) -> dict[int, str]:
    con = sqlite3.connect(path)
    try:
        return dict(con.execute(f"SELECT * FROM {table}").fetchall())
    finally:
        con.close()


def test_every_way_of_making_documents_and_codings_gives_each_its_own_guid(
    tmp_path: Path,
) -> None:
    path = tmp_path / "p.duocoder"
    transcript = tmp_path / "Griet.txt"
    transcript.write_text("I: En jij?\nR: Ik ben vrijwilliger 😊 bij het café.", encoding="utf-8")
    with Project.create(path) as p:
        anna = p.add_document("Anna", source("I: Hoe gaat het?\nR: Goed, dank je."), "participant")
        p.import_files([transcript], "volunteer")
        griet = p.document("Griet")
        p.add_coding(anna.id, "Verbinding", 20, 24, create_code=True)
        p.add_codings(
            [
                CodingSpec(griet.id, 14, 16, "Verbinding", "Lies"),
                CodingSpec(griet.id, 17, 29, "Verbinding", "Jonas"),
            ]
        )
        docs = {d.id for d in p.documents()}
        codings = {s.id for s in p.segments()}
    doc_guids, coding_guids = _rows(path, "document_guids"), _rows(path, "coding_guids")
    assert set(doc_guids) == docs and set(coding_guids) == codings
    every = [*doc_guids.values(), *coding_guids.values()]
    assert len(set(every)) == len(every) == 5
    assert all(str(uuid.UUID(g)) == g for g in every)


def test_a_coding_keeps_its_guid_when_recoded_resized_or_its_code_merged(tmp_path: Path) -> None:
    path = tmp_path / "p.duocoder"
    with Project.create(path) as p:
        doc = p.add_document(
            "Anna", source("I: Hoe gaat het?\nR: Goed, dank je wel."), "participant"
        )
        coding = p.add_coding(doc.id, "Verbinding", 20, 24, create_code=True)
        p.add_code("Klik")
        p.add_code("Band")
        guid = p.coding_guids()[coding]
        p.recode(coding, "Klik")
        p.set_coding_span(coding, 20, 31)
        p.merge_codes("Klik", "Band")
        [seg] = p.segments()
        assert (seg.code, seg.end) == ("Band", 31)
        assert p.coding_guids() == {seg.id: guid}


def test_an_import_can_keep_the_guid_its_file_gives(tmp_path: Path) -> None:
    path = tmp_path / "p.duocoder"
    chosen = "{0F8FAD5B-D9CB-469F-A165-70867728950E}"
    with Project.create(path) as p:
        doc = p.add_document("Anna", source("I: Hoe gaat het?\nR: Goed."), "participant")
        p.add_code("Verbinding")
        code = p.code("Verbinding").id

        def add(s):  # type: ignore[no-untyped-def]
            row = Coding(
                document_id=doc.id, code_id=code, start=20, end=24, created_at=doc.imported_at
            )
            s.add(row)
            guids.choose(s, row, chosen)
            s.flush()
            return row.id

        coding = p._run("Import", add)
        assert p.coding_guids() == {coding: "0f8fad5b-d9cb-469f-a165-70867728950e"}
        p.undo()
        assert p.coding_guids() == {}
        p.redo()
        assert p.coding_guids() == {coding: "0f8fad5b-d9cb-469f-a165-70867728950e"}
