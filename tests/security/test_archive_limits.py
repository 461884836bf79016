"""A code list workbook (.xlsx) is a zip archive from someone else: it passes the same checks
as a Word or OpenDocument transcript before openpyxl reads a byte of it, and what openpyxl
then reads is held to the size of a code list.

Each test imports the file into a project the way the window and the command line do, and
expects one sentence naming the file and the problem, quickly, with the project unchanged."""

from __future__ import annotations

import io
import struct
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook

from duocoder.app.project import Project
from duocoder.domain.errors import SourceError
from duocoder.io import codelist

SHEET = "xl/worksheets/sheet1.xml"
TOO_LARGE = "it would unpack to an unreasonably large size"
OUTSIDE = "it holds a part whose name points outside the archive, which is not normal"
NESTED = "its parts are nested more than 32 folders deep, which is not normal"


def workbook(rows: list[list[object]]) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def repacked(
    data: bytes, replace: dict[str, Iterator[bytes]], extra: dict[str, bytes] | None = None
) -> bytes:
    """`data` with some parts replaced by streamed content (written chunk by chunk, so a
    part of hundreds of megabytes never sits in memory) and some parts added."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in replace:
                with target.open(info.filename, "w", force_zip64=True) as part:
                    for chunk in replace[info.filename]:
                        part.write(chunk)
            else:
                target.writestr(info.filename, source.read(info.filename))
        for member, body in (extra or {}).items():
            target.writestr(member, body)
    return buffer.getvalue()


def repeated_rows(megabytes: int) -> Iterator[bytes]:
    """A sheet of one code path repeated: the classic bomb, about 1000:1 when deflated."""
    row = b'<row><c t="inlineStr"><is><t>Verbinding</t></is></c></row>'
    chunk = row * (1024 * 1024 // len(row))
    yield b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    yield b'<sheetData><row><c t="inlineStr"><is><t>path</t></is></c></row>'
    for _ in range(megabytes):
        yield chunk
    yield b"</sheetData></worksheet>"


def lying(data: bytes, member: str, declared: int) -> bytes:
    """`data` with the unpacked size of `member` written as `declared` in both of its
    headers, while its deflated bytes still unpack to their true size."""
    patched = bytearray(data)
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo(member)
    struct.pack_into("<I", patched, info.header_offset + 22, declared)
    at = data.index(b"PK\x01\x02")
    while data[at + 46 : at + 46 + len(member)] != member.encode():
        at = data.index(b"PK\x01\x02", at + 4)
    struct.pack_into("<I", patched, at + 24, declared)
    return bytes(patched)


@pytest.fixture
def coded(project: Project) -> Project:
    project.add_code("Bestaande code")
    return project


def refuse(project: Project, path: Path, data: bytes) -> str:
    """Import `data` as `path`; return the one-sentence refusal after checking that it came
    quickly and left the project exactly as it was."""
    path.write_bytes(data)
    before = [c.path for c in project.codes()]
    label = project.history.undo_label
    start = time.perf_counter()
    with pytest.raises(SourceError) as caught:
        project.import_codebook_file(path)
    assert time.perf_counter() - start < 2
    assert [c.path for c in project.codes()] == before
    assert project.history.undo_label == label
    return str(caught.value)


@pytest.mark.parametrize(
    "megabytes", [160, 8], ids=["larger-than-any-part", "packed-tighter-than-text"]
)
def test_an_xlsx_bomb_is_refused_before_openpyxl_unpacks_it(
    coded: Project, tmp_path: Path, megabytes: int
) -> None:
    data = repacked(workbook([["path"], ["A"]]), {SHEET: repeated_rows(megabytes)})
    assert len(data) < 1_000_000
    message = refuse(coded, tmp_path / "bom.xlsx", data)
    assert message == f"Could not read 'bom.xlsx': {TOO_LARGE}."


@pytest.mark.parametrize("member", ["xl/styles.xml", SHEET])
def test_a_part_that_unpacks_to_more_than_it_declares_is_refused(
    coded: Project, tmp_path: Path, member: str
) -> None:
    """openpyxl reads a part whole, which inflates far past a lying size before zipfile
    cuts it short; the part is measured first, without keeping what it unpacks to."""
    padding = iter([b"<!--", b" " * 100 * 1024 * 1024, b"-->"])
    if member == SHEET:
        padding = repeated_rows(100)
    data = repacked(workbook([["path"], ["A"]]), {member: padding})
    message = refuse(coded, tmp_path / "liegt.xlsx", lying(data, member, 1024))
    assert message == f"Could not read 'liegt.xlsx': {TOO_LARGE}."


def test_a_code_list_workbook_may_unpack_to_less_than_a_document(
    coded: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = workbook([["path", "description"], ["A", "x" * 5_000]])
    monkeypatch.setattr(codelist, "MAX_PART_SIZE", 4_000)
    message = refuse(coded, tmp_path / "groot.xlsx", data)
    assert message == f"Could not read 'groot.xlsx': {TOO_LARGE}."


@pytest.mark.parametrize(
    ("member", "problem"),
    [
        ("../../.config/autostart/x.desktop", OUTSIDE),
        ("/etc/x.xml", OUTSIDE),
        ("C:/Windows/x.xml", OUTSIDE),
        ("xl/" + "diep/" * 40 + "x.xml", NESTED),
    ],
    ids=["climbs-out", "absolute", "drive", "nested"],
)
def test_parts_with_names_no_workbook_has_are_refused(
    coded: Project, tmp_path: Path, member: str, problem: str
) -> None:
    data = repacked(workbook([["path"], ["A"]]), {}, {member: b"<x/>"})
    message = refuse(coded, tmp_path / "codes.xlsx", data)
    assert message == f"Could not read 'codes.xlsx': {problem}."


def test_a_cell_longer_than_any_definition_is_refused(coded: Project, tmp_path: Path) -> None:
    # Excel and openpyxl stop a cell at 32,767 characters; a crafted file need not
    cell = '<c t="inlineStr"><is><t>{}</t></is></c>'
    sheet = (
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData><row>{cell.format('path')}{cell.format('description')}</row>"
        f"<row>{cell.format('A')}{cell.format('woord ' * 20_000)}</row></sheetData></worksheet>"
    )
    data = repacked(workbook([["path"]]), {SHEET: iter([sheet.encode()])})
    message = refuse(coded, tmp_path / "lang.xlsx", data)
    assert message == (
        "Could not read 'lang.xlsx': cell B2 has 119,999 characters; a cell can be at most 100,000."
    )


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_table_with_more_rows_than_a_code_list_is_refused(
    coded: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    rows = [["path"], *([f"Code {i}"] for i in range(10))]
    data = workbook(rows) if suffix == ".xlsx" else "\n".join(r[0] for r in rows).encode()
    monkeypatch.setattr(codelist, "MAX_ROWS", 5)
    message = refuse(coded, tmp_path / f"lang{suffix}", data)
    assert (
        message
        == f"Could not read 'lang{suffix}': it has more than 5 rows, more than a code list has."
    )


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_table_wider_than_a_code_list_is_refused(
    coded: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    rows = [["path", "a", "b", "c", "d"], ["A", "1", "2", "3", "4"]]
    data = workbook(rows) if suffix == ".xlsx" else "\n".join(";".join(r) for r in rows).encode()
    monkeypatch.setattr(codelist, "MAX_COLUMNS", 3)
    message = refuse(coded, tmp_path / f"breed{suffix}", data)
    assert message == (
        f"Could not read 'breed{suffix}': it has more than 3 columns, more than a code list has."
    )
