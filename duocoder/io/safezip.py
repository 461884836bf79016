"""Opening zip containers (.docx, .odt, .qdpx) without trusting them.

A transcript arrives from anywhere: a renamed file, a half-finished download, an old Word
file, or something crafted to exhaust memory. Every check happens on the central directory
before anything is decompressed, and reading a member is bounded by its declared size
(zipfile stops there and verifies the CRC), so a lying header cannot inflate past the limits.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from duocoder.domain.errors import SourceError

OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""Compound File Binary: old .doc files and every password-protected Office file."""

MAX_TOTAL_SIZE = 256 * 1024 * 1024
"""No real transcript package comes near this once decompressed."""

MAX_MEMBER_SIZE = 128 * 1024 * 1024
MAX_MEMBERS = 10_000
RATIO_CHECK_FROM = 4 * 1024 * 1024
"""Small members may compress extremely well (empty XML parts); only big ones are suspect."""

MAX_RATIO = 200
"""Word XML deflates about 10:1 and rarely beyond 50:1; zip bombs reach 1000:1."""

_ENCRYPTED_FLAG = 0x1


def old_word_problem() -> str:
    """Shared wording, because Word users meet this situation often and need the way out."""
    return (
        "it is an old-style (.doc) or password-protected Word file; "
        "save it as .docx and import again"
    )


def damaged_problem(kind: str) -> str:
    """One phrase for every way a container can be broken; the user's remedy is the same."""
    return f"the file is damaged or is not {kind}"


def open_zip(name: str, data: bytes, kind: str) -> zipfile.ZipFile:
    """Open `data` as a zip archive after checking it is safe to decompress.

    `kind` completes the sentence "the file is damaged or is not ..." (e.g. "a Word
    document"), so the message tells the user what DuoCoder expected."""
    if data.startswith(OLE_HEADER):
        raise SourceError(name, old_word_problem())
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise SourceError(name, damaged_problem(kind)) from exc
    try:
        check_limits(name, archive.infolist())
    except SourceError:
        archive.close()
        raise
    return archive


def check_limits(name: str, members: list[zipfile.ZipInfo]) -> None:
    """Refuse archives whose declared contents would exhaust memory or time."""
    if len(members) > MAX_MEMBERS:
        raise SourceError(name, f"it holds more than {MAX_MEMBERS} parts, which is not normal")
    total = 0
    for info in members:
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise SourceError(
                name, "it is password-protected; save it without a password and import again"
            )
        total += info.file_size
        if info.file_size > MAX_MEMBER_SIZE or total > MAX_TOTAL_SIZE or _too_compressed(info):
            raise SourceError(name, "it would unpack to an unreasonably large size")


def _too_compressed(info: zipfile.ZipInfo) -> bool:
    """A large member packed far tighter than text ever packs is a zip bomb."""
    if info.file_size < RATIO_CHECK_FROM:
        return False
    return info.file_size > MAX_RATIO * max(info.compress_size, 1)


def read_member(name: str, archive: zipfile.ZipFile, member: str, kind: str) -> bytes:
    """Read one member; a missing member or a broken one both mean a damaged file."""
    try:
        return archive.read(member)
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
        raise SourceError(name, damaged_problem(kind)) from exc


def has_member(archive: zipfile.ZipFile, member: str) -> bool:
    """Membership test that does not read anything."""
    try:
        archive.getinfo(member)
    except KeyError:
        return False
    return True
