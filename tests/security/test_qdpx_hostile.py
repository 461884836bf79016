"""A .qdpx is an archive from someone else: escaping paths, links, oversized parts, zip
bombs, repeated names and XML attacks are refused in one sentence naming the file and the
problem, the project stays as it was, and nothing is written anywhere."""

from __future__ import annotations

import io
import os
import warnings
import zipfile
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import SourceError
from tests.helpers import source

GUID = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
QDE = (
    '<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="x">'
    '<CodeBook><Codes><Code guid="5f2504e0-4f89-41d3-9a0c-0305e82c3301" name="A" '
    'isCodable="true"/></Codes></CodeBook>'
    f'<Sources><TextSource guid="{GUID}" name="T" plainTextPath="internal://{GUID}.txt">'
    '<PlainTextSelection guid="6f2504e0-4f89-41d3-9a0c-0305e82c3301" startPosition="0" '
    'endPosition="4"><Coding guid="7f2504e0-4f89-41d3-9a0c-0305e82c3301">'
    '<CodeRef targetGUID="5f2504e0-4f89-41d3-9a0c-0305e82c3301"/></Coding>'
    "</PlainTextSelection></TextSource></Sources></Project>"
)
TEXT = b"Dit is een tekst."


def _zip(members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a repeated name is the point of one case
        for name, data in members:
            archive.writestr(name, data)
    return buffer.getvalue()


def _good(extra: list[tuple[str | zipfile.ZipInfo, bytes]]) -> bytes:
    return _zip([("project.qde", QDE.encode()), (f"sources/{GUID}.txt", TEXT), *extra])


def _link() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("sources/link.txt")
    info.external_attr = (0o120777 << 16) | 0
    info.create_system = 3
    return info


def _xml(body: str) -> bytes:
    return _zip([("project.qde", body.encode()), (f"sources/{GUID}.txt", TEXT)])


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]>'
    '<Project name="p">&b;</Project>'
)
EXTERNAL = (
    '<?xml version="1.0"?><!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    '<Project name="p">&x;</Project>'
)

CASES = {
    "climbs out": (_good([("../evil.txt", b"x")]), "points outside the archive"),
    "absolute": (_good([("/etc/evil.txt", b"x")]), "points outside the archive"),
    "drive letter": (_good([("C:/evil.txt", b"x")]), "points outside the archive"),
    "link": (_good([(_link(), b"/etc/passwd")]), "symbolic link"),
    "repeated name": (_good([(f"sources/{GUID}.txt", b"other")]), "twice"),
    "repeated in another case": (_good([(f"Sources/{GUID.upper()}.TXT", b"o")]), "twice"),
    "zip bomb": (_good([("sources/bomb.txt", b"\0" * (16 * 1024 * 1024))]), "unreasonably"),
    "billion laughs": (_xml(LAUGHS), "document type declaration"),
    "external entity": (_xml(EXTERNAL), "document type declaration"),
    "not a zip": (b"just some bytes", "damaged or is not a REFI-QDA project"),
    "two projects": (
        _zip([("a.qde", QDE.encode()), ("b.qde", QDE.encode())]),
        "2 .qde files",
    ),
    "no project": (_zip([("sources/x.txt", TEXT)]), "no project.qde"),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_a_hostile_file_is_refused_and_changes_nothing(tmp_path: Path, case: str) -> None:
    data, problem = CASES[case]
    work = tmp_path / "work"
    work.mkdir()
    qdpx = work / "in.qdpx"
    qdpx.write_bytes(data)
    with Project.create(tmp_path / "p.duocoder") as project:
        project.add_document("Eigen", source("I: Hallo."), "participant")
        before = (project.documents(), project.codes(), project.coding_count())
        undo_label = project.history.undo_label
        with pytest.raises(SourceError) as raised:
            project.import_qdpx(qdpx)
        assert (project.documents(), project.codes(), project.coding_count()) == before
        assert project.history.undo_label == undo_label
    message = str(raised.value)
    assert message.startswith("Could not read 'in.qdpx': ") and problem in message
    assert "\n" not in message and message.count(". ") == 0
    assert os.listdir(work) == ["in.qdpx"]
    assert not (tmp_path / "evil.txt").exists()


def test_an_oversized_source_text_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from duocoder.io import qdpx_reader

    monkeypatch.setattr(qdpx_reader, "MAX_TEXT_FILE_BYTES", 10)
    qdpx = tmp_path / "in.qdpx"
    qdpx.write_bytes(_good([]))
    with Project.create(tmp_path / "p.duocoder") as project:
        with pytest.raises(SourceError, match=f"part 'sources/{GUID}.txt' is too large"):
            project.import_qdpx(qdpx)
        assert project.documents() == []


def test_a_new_project_is_not_left_behind_by_a_refused_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.helpers import run_cli

    qdpx = tmp_path / "in.qdpx"
    qdpx.write_bytes(CASES["climbs out"][0])
    code, _out, err = run_cli(capsys, "import-project", str(tmp_path / "new.duocoder"), str(qdpx))
    assert code != 0
    assert "points outside the archive" in err
    assert sorted(os.listdir(tmp_path)) == ["in.qdpx"]
