"""A transcript larger than any interview is refused in one sentence, before it is read
whole; files that never end (named pipes) are refused before they are opened."""

from __future__ import annotations

import os
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import SourceError
from duocoder.io import document_limits
from duocoder.io.document_limits import MAX_CHARS, MAX_PARAGRAPHS, MAX_TEXT_FILE_BYTES
from duocoder.io.readers import read_source
from tests.io.docx_factory import docx_with_body, make_odt, paragraph

SPLIT = "split it into parts and import those"


def test_a_text_file_over_the_byte_limit_is_refused_without_being_read(
    project: Project, tmp_path: Path
) -> None:
    huge = tmp_path / "dump.txt"
    with huge.open("wb") as fh:  # sparse: the size is there, the bytes are not
        fh.truncate(MAX_TEXT_FILE_BYTES + 1)
    report = project.import_files([huge], "participant")
    assert [f.error for f in report.failed] == [
        "Could not read 'dump.txt': it is larger than 20 MB, more than a document of at "
        f"most 5,000,000 characters takes; {SPLIT}."
    ]
    with pytest.raises(SourceError, match="larger than 20 MB"):
        read_source("dump.txt", b"a" * (MAX_TEXT_FILE_BYTES + 1))


def test_a_text_at_the_limits_imports_and_one_character_more_is_refused() -> None:
    line = "R: " + "x" * 45  # 48 characters, 49 with its line break
    lines = [line] * (MAX_PARAGRAPHS - 1)
    last = "R: " + "y" * (MAX_CHARS - 49 * (MAX_PARAGRAPHS - 1) - 3)
    text = "\n".join([*lines, last])
    assert len(text) == MAX_CHARS
    source = read_source("lang.txt", text.encode("ascii"))
    assert len(source.text) == MAX_CHARS and len(source.paragraphs) == MAX_PARAGRAPHS
    with pytest.raises(SourceError) as caught:
        read_source("te lang.txt", (text + "z").encode("ascii"))
    assert str(caught.value) == (
        f"Could not read 'te lang.txt': it holds more than 5,000,000 characters, more than "
        f"one document may; {SPLIT}."
    )
    with pytest.raises(SourceError, match="more than 100,000 paragraphs"):
        read_source("te veel.txt", "\n".join(["a"] * (MAX_PARAGRAPHS + 1)).encode("ascii"))


def test_word_text_part_over_its_limit_is_refused_before_it_is_unpacked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = docx_with_body(tmp_path, paragraph("Hallo " * 2_000), name="groot.docx")
    with zipfile.ZipFile(path) as archive:
        size = archive.getinfo("word/document.xml").file_size
    monkeypatch.setattr("duocoder.io.docx_reader.MAX_XML_BYTES", size - 1)
    opened: list[str] = []
    original_open = zipfile.ZipFile.open
    monkeypatch.setattr(
        zipfile.ZipFile,
        "open",
        lambda self, name, *a, **k: opened.append(str(name)) or original_open(self, name, *a, **k),
    )
    with pytest.raises(SourceError) as caught:
        read_source(path.name, path.read_bytes())
    assert str(caught.value).startswith(
        "Could not read 'groot.docx': its text part (word/document.xml) unpacks to more than"
    )
    assert "word/document.xml" not in opened


def test_reading_stops_at_the_character_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rest of the part is never parsed: here it is broken, and the size is what the
    user hears about, not the damage."""
    monkeypatch.setattr(document_limits, "MAX_CHARS", 1_000)
    body = paragraph("woord " * 200) + "<w:p><w:r><w:t>kapot</w:r></w:p>"
    path = docx_with_body(tmp_path, body, name="lang.docx")
    with pytest.raises(SourceError) as caught:
        read_source(path.name, path.read_bytes())
    assert str(caught.value) == (
        f"Could not read 'lang.docx': it holds more than 1,000 characters, more than one "
        f"document may; {SPLIT}."
    )


def test_reading_stops_at_the_paragraph_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_limits, "MAX_PARAGRAPHS", 100)
    body = "<text:p>alinea</text:p>" * 101 + "<text:p>kapot</text:span>"
    path = make_odt(tmp_path, body, name="veel.odt")
    with pytest.raises(SourceError, match="it holds more than 100 paragraphs"):
        read_source(path.name, path.read_bytes())


def test_repeated_table_cells_count_every_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(document_limits, "MAX_CHARS", 10_000)
    cell = "<table:table-cell table:number-columns-repeated='64'><text:p>" + "x" * 200
    body = f"<table:table><table:table-row>{cell}</text:p></table:table-cell>" + (
        "</table:table-row></table:table><text:p>kapot</text:span>"  # never reached
    )
    path = make_odt(tmp_path, body, name="herhaald.odt")
    with pytest.raises(SourceError, match="more than 10,000 characters"):
        read_source(path.name, path.read_bytes())


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes are a POSIX feature here")
def test_a_named_pipe_is_refused_before_it_is_opened(project: Project, tmp_path: Path) -> None:
    pipe = tmp_path / "interview.txt"
    os.mkfifo(pipe)
    good = tmp_path / "goed.txt"
    good.write_text("R: Dit is wel een transcript.", encoding="utf-8")
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.append(project.import_files([pipe, good], "participant")),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=20)
    if worker.is_alive():  # unblock the reader, then fail: it waited for a writer
        with open(pipe, "wb"):
            pass
        worker.join(timeout=20)
        pytest.fail("importing a named pipe waited for data instead of refusing it")
    (report,) = result
    assert [f.error for f in report.failed] == [  # type: ignore[attr-defined]
        "Could not read 'interview.txt': it is a named pipe, not a file."
    ]
    assert [d.name for d in report.imported] == ["goed"]  # type: ignore[attr-defined]


def test_a_folder_is_refused(project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "map.txt"
    folder.mkdir()
    report = project.import_files([folder], "participant")
    assert [f.error for f in report.failed] == [
        "Could not read 'map.txt': it is a folder, not a file."
    ]
