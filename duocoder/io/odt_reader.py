"""OpenDocument text (.odt) transcripts, as saved by LibreOffice and by Word's "Save as ODT".

The rules mirror the Word reader so a transcript codes the same whichever format it came in:
paragraphs and headings in body order, table rows as tab-joined cells, tracked changes read
as accepted, and annotations, footnotes and frames (text boxes, images) left out. content.xml
is parsed with defusedxml, which refuses DTDs and entity declarations.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import SourceText
from duocoder.io.docx_reader import clean_paragraph, paragraphs_to_source
from duocoder.io.safezip import damaged_problem, has_member, open_zip, read_member

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DRAW_NS = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"

_PARAGRAPHS = frozenset({_TEXT + "p", _TEXT + "h"})
_TABLE_TAG = _TABLE + "table"
_BLOCK_CONTAINERS = frozenset(
    {_TEXT + "list", _TEXT + "list-item", _TEXT + "list-header", _TEXT + "section"}
    | {_TEXT + "index-body", _TEXT + "index-title"}
    | {_TEXT + tag for tag in ("table-of-content", "alphabetical-index", "illustration-index")}
    | {_TEXT + tag for tag in ("table-index", "object-index", "user-index", "bibliography")}
)
"""Wrappers around paragraphs; indexes are read like Word's table-of-contents results."""

_ROW_CONTAINERS = frozenset(
    _TABLE + tag for tag in ("table-header-rows", "table-rows", "table-row-group")
)
_SKIPPED_INLINE = frozenset(
    {_TEXT + "note", _OFFICE + "annotation", _OFFICE + "annotation-end", _TEXT + "ruby-text"}
)
_SPACE, _TAB, _LINE_BREAK = _TEXT + "s", _TEXT + "tab", _TEXT + "line-break"
_COUNT = _TEXT + "c"
_REPEATED = _TABLE + "number-columns-repeated"
_MAX_REPEAT = 64
_WHITESPACE = re.compile(r"[ \t\r\n]+")

_KIND = "an OpenDocument text file"


def read_odt(name: str, data: bytes) -> SourceText:
    """Read the body of an .odt file into canonical text with one span per paragraph."""
    with open_zip(name, data, _KIND) as archive:
        if not has_member(archive, "content.xml"):
            raise SourceError(name, damaged_problem(_KIND))
        if _encrypted(name, archive):
            raise SourceError(
                name, "it is password-protected; save it without a password and import again"
            )
        content = read_member(name, archive, "content.xml", _KIND)
    try:
        root = fromstring(content, forbid_dtd=True)
    except (ET.ParseError, DefusedXmlException, ValueError) as exc:
        raise SourceError(name, damaged_problem(_KIND)) from exc
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise SourceError(name, "it is an OpenDocument file, but not a text document")
    paragraphs: list[str] = []
    _read_blocks(body, paragraphs)
    return paragraphs_to_source(paragraphs, "odt")


def _encrypted(name: str, archive: zipfile.ZipFile) -> bool:
    """LibreOffice encrypts content.xml itself and records that in the manifest."""
    if not has_member(archive, "META-INF/manifest.xml"):
        return False
    return b"encryption-data" in read_member(name, archive, "META-INF/manifest.xml", _KIND)


def _read_blocks(container: ET.Element, out: list[str]) -> None:
    """Paragraph strings of the body, a list, a section or a table cell, in order.

    The tracked-changes block, forms and declarations hold no visible body text (the
    tracked-changes block holds the deleted text) and are passed over."""
    for child in container:
        tag = child.tag
        if tag in _PARAGRAPHS:
            out.append(_paragraph_text(child))
        elif tag == _TABLE_TAG:
            out.extend(_table_rows(child))
        elif tag in _BLOCK_CONTAINERS:
            _read_blocks(child, out)


class _Paragraph:
    """Accumulates a paragraph under ODF white-space rules: runs of spaces, tabs and newlines
    in the XML count as one space, and a space at the very start is ignored; `text:s`,
    `text:tab` and `text:line-break` are the only way to write more."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.after_space = True

    def data(self, text: str | None) -> None:
        if not text:
            return
        text = _WHITESPACE.sub(" ", text)
        if self.after_space and text.startswith(" "):
            text = text[1:]
        if text:
            self.parts.append(text)
            self.after_space = text.endswith(" ")

    def literal(self, text: str) -> None:
        self.parts.append(text)
        self.after_space = False


def _paragraph_text(paragraph: ET.Element) -> str:
    state = _Paragraph()
    state.data(paragraph.text)
    _inline_children(paragraph, state)
    return "".join(state.parts)


def _inline_children(parent: ET.Element, state: _Paragraph) -> None:
    """Walk mixed content: the text after a skipped element (its tail) still counts."""
    for child in parent:
        tag = child.tag
        if tag == _SPACE:
            state.literal(" " * _count(child.get(_COUNT)))
        elif tag == _TAB:
            state.literal("\t")
        elif tag == _LINE_BREAK:
            state.literal("\n")
        elif tag not in _SKIPPED_INLINE and not tag.startswith(_DRAW_NS):
            state.data(child.text)
            _inline_children(child, state)
        state.data(child.tail)


def _count(value: str | None) -> int:
    """`text:c` defaults to one; absurd counts are capped rather than trusted."""
    try:
        return min(max(int(value or "1"), 1), 1000)
    except ValueError:
        return 1


def _table_rows(table: ET.Element) -> list[str]:
    """One string per row, cells joined by a tab, exactly as for Word tables."""
    return ["\t".join(_row_cells(row)) for row in _rows(table)]


def _rows(parent: ET.Element) -> Iterator[ET.Element]:
    for child in parent:
        if child.tag == _TABLE + "table-row":
            yield child
        elif child.tag in _ROW_CONTAINERS:
            yield from _rows(child)


def _row_cells(row: ET.Element) -> list[str]:
    """Covered cells (hidden under a merged cell) are left out, as Word stores none."""
    cells: list[str] = []
    for cell in row:
        if cell.tag != _TABLE + "table-cell":
            continue
        lines: list[str] = []
        _read_blocks(cell, lines)
        text = "\n".join(t for t in (clean_paragraph(line) for line in lines) if t)
        cells.extend([text] * _repeat(cell.get(_REPEATED)))
    return cells


def _repeat(value: str | None) -> int:
    try:
        return min(max(int(value or "1"), 1), _MAX_REPEAT)
    except ValueError:
        return 1
