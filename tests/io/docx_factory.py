"""Builders for the Word and OpenDocument files the reader tests need.

Every file is generated in the test's tmp_path, so no binary fixture is committed and each
test shows the exact XML it relies on. Word files start as real python-docx documents
(a valid package with styles, settings and relationships); features python-docx cannot
write (split runs, tracked changes, fields, text boxes, footnotes) are added by replacing
the body XML inside the zip.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MAIN = "word/document.xml"

_BODY_START = "<w:body>"
_SECTION_START = "<w:sectPr"


def make_docx(
    tmp_path: Path,
    paragraphs: list[str],
    *,
    table: list[list[str]] | None = None,
    header: str | None = None,
    footer: str | None = None,
    comment_on: int | None = None,
    name: str = "interview.docx",
) -> Path:
    """A python-docx document with the given paragraphs, then optionally a table, a header,
    a footer, and a comment anchored on paragraph number `comment_on`."""
    document = docx.Document()
    added = [document.add_paragraph(text) for text in paragraphs]
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    section = document.sections[0]
    if header is not None:
        section.header.paragraphs[0].text = header
    if footer is not None:
        section.footer.paragraphs[0].text = footer
    if comment_on is not None:
        runs = added[comment_on].runs
        document.add_comment(runs, text="Opmerking van de onderzoeker", author="Tester")
    path = tmp_path / name
    document.save(str(path))
    return path


def docx_with_body(tmp_path: Path, body_xml: str, *, name: str = "interview.docx") -> Path:
    """A valid .docx whose body is replaced by `body_xml`; python-docx's template declares
    the `w:`, `mc:`, `wp:`, `wps:`, `v:`, `m:` and `r:` prefixes."""
    base = make_docx(tmp_path, ["placeholder"], name=name)
    xml = read_member(base, MAIN).decode("utf-8")
    start = xml.index(_BODY_START) + len(_BODY_START)
    end = xml.index(_SECTION_START, start)
    replaced = xml[:start] + body_xml + xml[end:]
    rewrite_zip(base, {MAIN: replaced.encode("utf-8")})
    return base


def add_footnote(path: Path, paragraph_xml_with_reference: str, footnote_text: str) -> None:
    """Give the document a footnotes part holding `footnote_text`; the body becomes the
    given paragraph, which should contain `<w:footnoteReference w:id="1"/>` in a run."""
    xml = read_member(path, MAIN).decode("utf-8")
    start = xml.index(_BODY_START) + len(_BODY_START)
    end = xml.index(_SECTION_START, start)
    xml = xml[:start] + paragraph_xml_with_reference + xml[end:]
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:footnotes xmlns:w="{W_NS}"><w:footnote w:id="1"><w:p><w:r>'
        f"<w:t>{footnote_text}</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    rels = read_member(path, "word/_rels/document.xml.rels").decode("utf-8")
    rels = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdFootnotes" Target="footnotes.xml" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/footnotes"/></Relationships>',
    )
    types = read_member(path, "[Content_Types].xml").decode("utf-8")
    types = types.replace(
        "</Types>",
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/></Types>',
    )
    rewrite_zip(
        path,
        {
            MAIN: xml.encode("utf-8"),
            "word/footnotes.xml": footnotes.encode("utf-8"),
            "word/_rels/document.xml.rels": rels.encode("utf-8"),
            "[Content_Types].xml": types.encode("utf-8"),
        },
    )


def read_member(path: Path, member: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(member)


def rewrite_zip(
    path: Path,
    changes: dict[str, bytes | None],
    *,
    compression: int = zipfile.ZIP_DEFLATED,
) -> None:
    """Rewrite the zip at `path`: members in `changes` are replaced (or removed when None),
    new ones appended, and everything stored with `compression`."""
    with zipfile.ZipFile(path) as archive:
        members = [(info.filename, archive.read(info)) for info in archive.infolist()]
    names = {member for member, _ in members}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for member, data in members:
            replacement = changes.get(member, data)
            if replacement is not None:
                archive.writestr(member, replacement)
        for member, data in changes.items():
            if member not in names and data is not None:
                archive.writestr(member, data)
    path.write_bytes(buffer.getvalue())


def paragraph(*runs: str, properties: str = "") -> str:
    """`<w:p>` with one `<w:r><w:t>` per string (spaces preserved), for split-run tests."""
    body = "".join(f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' for text in runs)
    return f"<w:p>{properties}{body}</w:p>"


ODT_NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xlink": "http://www.w3.org/1999/xlink",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}

_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def odt_content(body_xml: str, *, body_tag: str = "office:text") -> bytes:
    """A minimal content.xml with `body_xml` inside `<office:body><office:text>`."""
    declarations = " ".join(f'xmlns:{p}="{uri}"' for p, uri in ODT_NAMESPACES.items())
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>'
        f'<office:document-content {declarations} office:version="1.3">'
        f"<office:body><{body_tag}>{body_xml}</{body_tag}></office:body>"
        f"</office:document-content>"
    ).encode()


def make_odt(
    tmp_path: Path,
    body_xml: str,
    *,
    name: str = "interview.odt",
    content: bytes | None = None,
    manifest_extra: str = "",
) -> Path:
    """An .odt package as LibreOffice lays it out: an uncompressed mimetype first, then
    content.xml and a manifest."""
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        f"{manifest_extra}</manifest:file-entry>"
        "</manifest:manifest>"
    )
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", _ODT_MIMETYPE, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content if content is not None else odt_content(body_xml))
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def zip_with(tmp_path: Path, name: str, members: dict[str, bytes]) -> Path:
    """A plain zip archive with the given members, e.g. to fake a broken package."""
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path
