"""Zip containers are checked before anything is decompressed."""

from __future__ import annotations

import io
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from docx_factory import make_docx, zip_with

from duocoder.domain.errors import SourceError
from duocoder.io import safezip
from duocoder.io.readers import read_source
from duocoder.io.safezip import open_zip, read_member

KIND = "a Word document"
TOO_LARGE = "it would unpack to an unreasonably large size"


def zeros_zip(member: str, megabytes: int) -> bytes:
    """A zip bomb: `megabytes` of zeros packed into a few kilobytes."""
    buffer = io.BytesIO()
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open(member, "w") as target:
            for _ in range(megabytes):
                target.write(chunk)
    return buffer.getvalue()


def message(error: pytest.ExceptionInfo[SourceError]) -> str:
    return str(error.value)


def test_a_valid_archive_opens_and_members_can_be_read(tmp_path: Path) -> None:
    data = zip_with(tmp_path, "a.zip", {"a.txt": b"hallo"}).read_bytes()
    with open_zip("a.docx", data, KIND) as archive:
        assert read_member("a.docx", archive, "a.txt", KIND) == b"hallo"


def test_not_a_zip_names_the_expected_kind() -> None:
    with pytest.raises(SourceError) as caught:
        open_zip("brief.docx", b"{\\rtf1 dit is RTF}", KIND)
    assert message(caught) == (
        "Could not read 'brief.docx': the file is damaged or is not a Word document."
    )


def test_old_word_and_encrypted_office_files_get_advice() -> None:
    with pytest.raises(SourceError) as caught:
        open_zip("oud.docx", safezip.OLE_HEADER + bytes(600), KIND)
    assert "old-style (.doc) or password-protected Word file; save it as .docx" in message(caught)


@pytest.mark.parametrize(
    ("name", "member"),
    [("bom.docx", "word/document.xml"), ("bom.odt", "content.xml")],
)
def test_zip_bomb_is_refused_before_decompression(name: str, member: str) -> None:
    with pytest.raises(SourceError) as caught:
        read_source(name, zeros_zip(member, 64))
    assert message(caught) == f"Could not read '{name}': {TOO_LARGE}."


def test_total_size_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = zip_with(tmp_path, "a.zip", {"a": b"x" * 600, "b": b"y" * 600}).read_bytes()
    monkeypatch.setattr(safezip, "MAX_TOTAL_SIZE", 1000)
    with pytest.raises(SourceError, match=TOO_LARGE):
        open_zip("groot.docx", data, KIND)


def test_single_member_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = zip_with(tmp_path, "a.zip", {"a": b"x" * 600}).read_bytes()
    monkeypatch.setattr(safezip, "MAX_MEMBER_SIZE", 500)
    with pytest.raises(SourceError, match=TOO_LARGE):
        open_zip("groot.docx", data, KIND)


def test_too_many_members(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    members = {f"part{i}.xml": b"<x/>" for i in range(12)}
    data = zip_with(tmp_path, "a.zip", members).read_bytes()
    monkeypatch.setattr(safezip, "MAX_MEMBERS", 10)
    with pytest.raises(SourceError) as caught:
        open_zip("veel.docx", data, KIND)
    assert message(caught) == (
        "Could not read 'veel.docx': it holds more than 10 parts, which is not normal."
    )


def test_well_compressible_small_members_are_fine(tmp_path: Path) -> None:
    data = zip_with(tmp_path, "a.zip", {"leeg.xml": b" " * 1_000_000}).read_bytes()
    with open_zip("a.docx", data, KIND) as archive:
        assert len(read_member("a.docx", archive, "leeg.xml", KIND)) == 1_000_000


def test_crc_error_means_damaged(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("a.txt", b"onbeschadigde inhoud")
    data = bytearray(buffer.getvalue())
    data[data.index(b"onbeschadigde")] ^= 0x01
    archive = open_zip("crc.docx", bytes(data), KIND)
    with pytest.raises(SourceError) as caught:
        read_member("crc.docx", archive, "a.txt", KIND)
    assert (
        message(caught)
        == "Could not read 'crc.docx': the file is damaged or is not a Word document."
    )


def test_missing_member_means_damaged(tmp_path: Path) -> None:
    data = make_docx(tmp_path, ["x"]).read_bytes()
    archive = open_zip("a.docx", data, KIND)
    with pytest.raises(SourceError, match="damaged"):
        read_member("a.docx", archive, "word/ontbreekt.xml", KIND)


def test_encrypted_zip_members_are_refused(tmp_path: Path) -> None:
    data = bytearray(zip_with(tmp_path, "a.zip", {"a.txt": b"geheim"}).read_bytes())
    # set the "encrypted" flag in the local header and in the central directory entry
    for signature in (b"PK\x03\x04", b"PK\x01\x02"):
        at = data.index(signature)
        flag_offset = at + (6 if signature == b"PK\x03\x04" else 8)
        data[flag_offset] |= 0x01
    with pytest.raises(SourceError, match="it is password-protected"):
        open_zip("geheim.docx", bytes(data), KIND)


@pytest.mark.parametrize(
    ("name", "member"),
    [("brief.docx", "../../.bashrc"), ("brief.odt", "/etc/passwd"), ("brief.docx", "C:/x.xml")],
    ids=["climbs-out", "absolute", "drive"],
)
def test_parts_named_outside_the_archive_are_refused(
    tmp_path: Path, name: str, member: str
) -> None:
    data = make_docx(tmp_path, ["Hallo"]).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts[member] = b"x"
    with pytest.raises(SourceError) as caught:
        read_source(name, zip_with(tmp_path, "b.zip", parts).read_bytes())
    assert message(caught) == (
        f"Could not read '{name}': it holds a part whose name points outside the archive, "
        "which is not normal."
    )


def test_a_format_with_small_parts_may_lower_the_limits(tmp_path: Path) -> None:
    data = zip_with(tmp_path, "a.zip", {"a": b"x" * 600, "b": b"y" * 600}).read_bytes()
    open_zip("a.docx", data, KIND, max_member_size=600, max_total_size=1200).close()
    with pytest.raises(SourceError, match=TOO_LARGE):
        open_zip("a.xlsx", data, KIND, max_member_size=500)
    with pytest.raises(SourceError, match=TOO_LARGE):
        open_zip("a.xlsx", data, KIND, max_total_size=1000)


def test_a_part_that_lies_about_its_size_is_never_inflated_past_it() -> None:
    """`ZipFile.read` inflates up to a gigabyte before cutting to the declared size; a
    reader that asks for the declared size never holds more than that."""
    data = bytearray(zeros_zip("word/document.xml", 64))
    info = zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml")
    central = data.rindex(b"PK\x01\x02")  # the last entry is the document
    for size_at in (info.header_offset + 22, central + 24):
        data[size_at : size_at + 4] = (1024).to_bytes(4, "little")
    with open_zip("liegt.docx", bytes(data), KIND) as archive:
        tracemalloc.start()
        try:
            with pytest.raises(SourceError, match="damaged"):  # the CRC no longer matches
                read_member("liegt.docx", archive, "word/document.xml", KIND)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < 8 * 1024 * 1024
