"""Opening zip containers (.docx, .odt, .xlsx, .qdpx) without trusting them.

A transcript or a code list arrives from anywhere: a renamed file, a half-finished download,
an old Word file, or something crafted to exhaust memory. Every archive DuoCoder reads passes
`open_zip` first, whoever reads it afterwards (our own readers, python-docx, openpyxl): every
check happens on the central directory before anything is decompressed (how many parts, the
size of each and of all together, how tightly each is packed, names that climb out of the
archive or nest absurdly deep), and `read_member` asks zipfile for no more than the declared
size (zipfile stops there and verifies the CRC), so a lying header cannot inflate past the
limits. A library that opens the same bytes again sees the same central directory, so the
same checks hold for it; but libraries read whole parts with `ZipFile.read`, which inflates
up to a gigabyte before cutting to the declared size, so for them `open_zip(...,
verify_sizes=True)` first inflates every part once, counting and discarding, to confirm that
none unpacks to more than it declares. Archives inside an archive (a workbook embedded in a
document) are never opened: each reader reads only the XML parts it knows.
"""

from __future__ import annotations

import io
import re
import struct
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

MAX_PATH_DEPTH = 32
"""Office and OpenDocument parts sit a few folders deep (`word/media/image1.png`)."""

_DRIVE = re.compile(r"[A-Za-z]:")
_CHUNK = 1024 * 1024
_LOCAL_HEADER = struct.Struct("<4s22xHH")
"""Signature, then (after 22 bytes) the lengths of the name and the extra field."""

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


def open_zip(
    name: str,
    data: bytes,
    kind: str,
    *,
    max_member_size: int | None = None,
    max_total_size: int | None = None,
    verify_sizes: bool = False,
) -> zipfile.ZipFile:
    """Open `data` as a zip archive after checking it is safe to decompress.

    `kind` completes the sentence "the file is damaged or is not ..." (e.g. "a Word
    document"), so the message tells the user what DuoCoder expected. A format whose parts
    are always small may lower the size limits (never raise them). `verify_sizes` is for
    archives that a library will read on its own (see the module docstring)."""
    if data.startswith(OLE_HEADER):
        raise SourceError(name, old_word_problem())
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise SourceError(name, damaged_problem(kind)) from exc
    try:
        check_limits(
            name,
            archive.infolist(),
            max_member_size=max_member_size,
            max_total_size=max_total_size,
        )
        if verify_sizes:
            for info in archive.infolist():
                _check_inflated_size(name, data, info, kind)
    except SourceError:
        archive.close()
        raise
    return archive


def check_limits(
    name: str,
    members: list[zipfile.ZipInfo],
    *,
    max_member_size: int | None = None,
    max_total_size: int | None = None,
) -> None:
    """Refuse archives whose declared contents would exhaust memory or time."""
    member_limit = min(MAX_MEMBER_SIZE, max_member_size or MAX_MEMBER_SIZE)
    total_limit = min(MAX_TOTAL_SIZE, max_total_size or MAX_TOTAL_SIZE)
    if len(members) > MAX_MEMBERS:
        raise SourceError(name, f"it holds more than {MAX_MEMBERS} parts, which is not normal")
    total = 0
    for info in members:
        if problem := _name_problem(info.filename):
            raise SourceError(name, problem)
        if info.flag_bits & _ENCRYPTED_FLAG:
            raise SourceError(
                name, "it is password-protected; save it without a password and import again"
            )
        total += info.file_size
        if info.file_size > member_limit or total > total_limit or _too_compressed(info):
            raise SourceError(name, "it would unpack to an unreasonably large size")


def _name_problem(member: str) -> str | None:
    """Nothing is ever extracted to disk, but a part named `../x` or `/etc/x` only exists to
    attack tools that do, and absurd nesting only to make every lookup slow."""
    parts = member.replace("\\", "/").split("/")
    if member.startswith(("/", "\\")) or _DRIVE.match(member) or ".." in parts or "\0" in member:
        return "it holds a part whose name points outside the archive, which is not normal"
    if len(parts) > MAX_PATH_DEPTH:
        return f"its parts are nested more than {MAX_PATH_DEPTH} folders deep, which is not normal"
    return None


def _too_compressed(info: zipfile.ZipInfo) -> bool:
    """A large member packed far tighter than text ever packs is a zip bomb."""
    if info.file_size < RATIO_CHECK_FROM:
        return False
    return info.file_size > MAX_RATIO * max(info.compress_size, 1)


def _check_inflated_size(name: str, data: bytes, info: zipfile.ZipInfo, kind: str) -> None:
    """Inflate one deflated part in chunks, keeping nothing, and refuse it the moment it
    passes its declared size: the central directory can lie, the deflate stream cannot."""
    if info.compress_type == zipfile.ZIP_STORED:
        return  # stored bytes are read as they are, never more than declared
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise SourceError(name, damaged_problem(kind))  # Office and ODF use only these two
    start = info.header_offset
    try:
        signature, name_length, extra_length = _LOCAL_HEADER.unpack_from(data, start)
    except struct.error as exc:
        raise SourceError(name, damaged_problem(kind)) from exc
    if signature != b"PK\x03\x04":
        raise SourceError(name, damaged_problem(kind))
    start += _LOCAL_HEADER.size + name_length + extra_length
    raw = memoryview(data)[start : start + info.compress_size]
    inflater = zlib.decompressobj(-zlib.MAX_WBITS)
    produced, position = 0, 0
    pending: bytes | memoryview = b""
    try:
        while not inflater.eof:
            if not pending:
                if position >= len(raw):
                    break
                pending = raw[position : position + _CHUNK]
                position += _CHUNK
            produced += len(inflater.decompress(pending, _CHUNK))
            pending = inflater.unconsumed_tail
            if produced > info.file_size:
                raise SourceError(name, "it would unpack to an unreasonably large size")
        produced += len(inflater.flush())
    except zlib.error as exc:
        raise SourceError(name, damaged_problem(kind)) from exc
    if produced > info.file_size:
        raise SourceError(name, "it would unpack to an unreasonably large size")


def read_member(name: str, archive: zipfile.ZipFile, member: str, kind: str) -> bytes:
    """Read one member; a missing member or a broken one both mean a damaged file.

    Asking for exactly the declared size keeps zipfile from inflating more (`read()` of a
    whole part inflates up to a gigabyte before it cuts to the declared size)."""
    try:
        info = archive.getinfo(member)
        with archive.open(info) as stream:
            return stream.read(info.file_size)
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError) as exc:
        raise SourceError(name, damaged_problem(kind)) from exc


def has_member(archive: zipfile.ZipFile, member: str) -> bool:
    """Membership test that does not read anything."""
    try:
        archive.getinfo(member)
    except KeyError:
        return False
    return True
