"""OpenDocument text (.odt) transcripts, as saved by LibreOffice and by Word's "Save as ODT".

The rules mirror the Word reader so a transcript codes the same whichever format it came in:
paragraphs and headings in body order, table rows as tab-joined cells, tracked changes read
as accepted, and annotations, footnotes and frames (text boxes, images) left out. content.xml
is streamed (`duocoder.io.xmlstream`) with DTDs refused, as LibreOffice never writes one, and
counted against the document limits as it is read, so neither its size nor its nesting can
exhaust memory or the stack.

Each paragraph's formatting is kept beside the text, as in the Word reader: a list item,
and italic or bold when nearly all its characters are, through the document's automatic
styles (what LibreOffice writes for direct formatting) of the paragraph or its spans.
"""

from __future__ import annotations

import re
import zipfile

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import STYLE_BOLD, STYLE_ITALIC, STYLE_LIST, SourceText
from duocoder.io.document_limits import MAX_XML_BYTES, MAX_XML_DEPTH, Budget, too_deep
from duocoder.io.document_limits import xml_too_large as _xml_too_large
from duocoder.io.safezip import damaged_problem, has_member, open_zip, read_member
from duocoder.io.xmlstream import Paragraphs, clean_paragraph, stream_xml

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_STYLE_NAME = _TEXT + "style-name"

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
_CONTENT = "content.xml"


def read_odt(name: str, data: bytes) -> SourceText:
    """Read the body of an .odt file into canonical text with one span per paragraph."""
    with open_zip(name, data, _KIND) as archive:
        if not has_member(archive, _CONTENT):
            raise SourceError(name, damaged_problem(_KIND))
        if _encrypted(name, archive):
            raise SourceError(
                name, "it is password-protected; save it without a password and import again"
            )
        if archive.getinfo(_CONTENT).file_size > MAX_XML_BYTES:
            raise SourceError(name, _xml_too_large(_CONTENT))
        content = read_member(name, archive, _CONTENT, _KIND)
    reader = _BodyReader(name)
    stream_xml(name, _KIND, content, reader, dtd=False)
    del content
    if not reader.found_text:
        raise SourceError(name, "it is an OpenDocument file, but not a text document")
    return reader.paragraphs.source("odt")


def _encrypted(name: str, archive: zipfile.ZipFile) -> bool:
    """LibreOffice encrypts content.xml itself and records that in the manifest."""
    if not has_member(archive, "META-INF/manifest.xml"):
        return False
    return b"encryption-data" in read_member(name, archive, "META-INF/manifest.xml", _KIND)


class _Paragraph:
    """Accumulates a paragraph under ODF white-space rules: runs of spaces, tabs and newlines
    in the XML count as one space, and a space at the very start is ignored; `text:s`,
    `text:tab` and `text:line-break` are the only way to write more. Text arrives in pieces
    of any size, so the rule carries over from one piece to the next."""

    __slots__ = (
        "after_space",
        "bold",
        "budget",
        "chars",
        "italic",
        "keep",
        "list",
        "parts",
        "styles",
    )

    def __init__(self, keep: _Blocks, budget: Budget, style: int = 0, listed: bool = False) -> None:
        self.keep = keep
        self.budget = budget
        self.parts: list[str] = []
        self.after_space = True
        self.styles = [style]  # the formatting of the paragraph and each span it is in
        self.list = listed
        self.chars = self.italic = self.bold = 0

    def data(self, text: str) -> None:
        text = _WHITESPACE.sub(" ", text)
        if self.after_space and text.startswith(" "):
            text = text[1:]
        if text:
            self.parts.append(text)
            self.after_space = text.endswith(" ")
            self.budget.add_chars(len(text))
            n = len(text.replace(" ", ""))
            self.chars += n
            if self.styles[-1] & STYLE_ITALIC:
                self.italic += n
            if self.styles[-1] & STYLE_BOLD:
                self.bold += n

    def flags(self) -> int:
        bits = STYLE_LIST if self.list else 0
        if self.chars and self.italic >= 0.9 * self.chars:
            bits |= STYLE_ITALIC
        if self.chars and self.bold >= 0.9 * self.chars:
            bits |= STYLE_BOLD
        return bits

    def literal(self, text: str) -> None:
        self.parts.append(text)
        self.after_space = False
        self.budget.add_chars(len(text))


class _Blocks:
    """Where paragraphs go: the document, or the lines of one table cell."""

    __slots__ = ("keep", "lines", "repeat", "row")

    def __init__(
        self, keep: Paragraphs | None, row: list[str] | None = None, repeat: int = 1
    ) -> None:
        self.lines: list[str] = []
        self.keep = keep.add if keep is not None else self._line
        self.row = row
        self.repeat = repeat

    def _line(self, text: str, _style: int = 0) -> None:
        self.lines.append(text)


# Frame kinds: what the element being read is, which decides what its children mean.
_ROOT, _DOCUMENT, _OFFICE_BODY, _BLOCKS, _CELL, _TABLE_ROWS, _ROW, _PARAGRAPH, _INLINE = range(9)
_LIST, _AUTOMATIC_STYLES, _STYLE = range(9, 12)
_LISTS = frozenset({_TEXT + "list", _TEXT + "list-item", _TEXT + "list-header"})


class _Style:
    """An automatic style: its parent and the italic or bold it sets."""

    __slots__ = ("flags", "name", "parent")

    def __init__(self, name: str, parent: str | None) -> None:
        self.name = name
        self.parent = parent
        self.flags: dict[int, bool] = {}


class _BodyReader:
    """Follows content.xml as it streams by; anything outside the paths below (styles,
    tracked-changes records, notes, frames) is skipped by counting depth, at no cost."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.budget = Budget(name)
        self.paragraphs = Paragraphs(self.budget)
        self.stack: list[tuple[int, object]] = [(_ROOT, None)]
        self.skip = 0
        self.found_text = False
        self.styles: dict[str, _Style] = {}
        self.resolved: dict[str, int] = {}

    def style(self, name: str | None) -> int:
        """The italic and bold an automatic style gives, through its parents."""
        if not name:
            return 0
        if (found := self.resolved.get(name)) is None:
            bits: dict[int, bool] = {}
            current: str | None = name
            for _ in range(20):
                style = self.styles.get(current or "")
                if style is None:
                    break
                for bit, on in style.flags.items():
                    bits.setdefault(bit, on)
                current = style.parent
            found = self.resolved[name] = sum(bit for bit, on in bits.items() if on)
        return found

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if self.skip:
            self.skip += 1
            if self.skip + len(self.stack) > MAX_XML_DEPTH:
                raise SourceError(self.name, too_deep())
            return
        kind, owner = self.stack[-1]
        pushed = self._child(kind, owner, tag, attributes)
        if pushed is None:
            self.skip = 1
        else:
            self.stack.append(pushed)
            if len(self.stack) > MAX_XML_DEPTH:
                raise SourceError(self.name, too_deep())

    def end(self, _tag: str) -> None:
        if self.skip:
            self.skip -= 1
            return
        kind, owner = self.stack.pop()
        if kind == _PARAGRAPH:
            assert isinstance(owner, _Paragraph)
            owner.keep.keep("".join(owner.parts), owner.flags())
        elif kind == _INLINE:
            assert isinstance(owner, _Paragraph)
            owner.styles.pop()
        elif kind == _ROW:
            assert isinstance(owner, tuple)
            cells, blocks = owner
            blocks.keep("\t".join(cells))
        elif kind == _CELL:
            assert isinstance(owner, _Blocks) and owner.row is not None
            text = "\n".join(t for t in (clean_paragraph(line) for line in owner.lines) if t)
            # the text was counted as it was read; its copies and the tabs were not
            self.budget.add_chars(len(text) * (owner.repeat - 1) + owner.repeat)
            owner.row.extend([text] * owner.repeat)

    def data(self, text: str) -> None:
        if not self.skip and self.stack[-1][0] in (_PARAGRAPH, _INLINE):
            paragraph = self.stack[-1][1]
            assert isinstance(paragraph, _Paragraph)
            paragraph.data(text)

    def reference(self, text: str) -> None:
        """Never called: a DTD, the only way to declare an entity, is refused."""

    def _child(
        self, kind: int, owner: object, tag: str, attributes: dict[str, str]
    ) -> tuple[int, object] | None:
        """The frame for a child element, or None to skip it with everything inside."""
        if kind in (_PARAGRAPH, _INLINE):
            assert isinstance(owner, _Paragraph)
            if tag == _SPACE:
                owner.literal(" " * _count(attributes.get(_COUNT)))
            elif tag == _TAB:
                owner.literal("\t")
            elif tag == _LINE_BREAK:
                owner.literal("\n")
            elif tag not in _SKIPPED_INLINE and not tag.startswith(_DRAW_NS):
                span = self.style(attributes.get(_STYLE_NAME))
                owner.styles.append(owner.styles[-1] | span)
                return _INLINE, owner
            return None
        if kind in (_BLOCKS, _CELL, _LIST):
            assert isinstance(owner, _Blocks)
            if tag in _PARAGRAPHS:
                style = self.style(attributes.get(_STYLE_NAME))
                return _PARAGRAPH, _Paragraph(owner, self.budget, style, kind == _LIST)
            if tag == _TABLE_TAG:
                return _TABLE_ROWS, owner
            if tag in _LISTS:
                return _LIST, owner
            if tag in _BLOCK_CONTAINERS:
                return _BLOCKS, owner
            return None
        if kind == _TABLE_ROWS:
            if tag == _TABLE + "table-row":
                return _ROW, ([], owner)
            return (_TABLE_ROWS, owner) if tag in _ROW_CONTAINERS else None
        if kind == _ROW:
            assert isinstance(owner, tuple)
            if tag == _TABLE + "table-cell":
                return _CELL, _Blocks(None, owner[0], _repeat(attributes.get(_REPEATED)))
            return None
        if kind == _ROOT:
            return _DOCUMENT, None
        if kind == _DOCUMENT:
            if tag == _OFFICE + "automatic-styles":
                return _AUTOMATIC_STYLES, None
            return (_OFFICE_BODY, None) if tag == _OFFICE + "body" else None
        if kind == _AUTOMATIC_STYLES:
            name = attributes.get(_STYLE_NS + "name")
            if tag != _STYLE_NS + "style" or not name:
                return None
            automatic = _Style(name, attributes.get(_STYLE_NS + "parent-style-name"))
            self.styles[name] = automatic
            return _STYLE, automatic
        if kind == _STYLE:
            assert isinstance(owner, _Style)
            if tag == _STYLE_NS + "text-properties":
                if (italic := attributes.get(_FO + "font-style")) is not None:
                    owner.flags[STYLE_ITALIC] = italic in ("italic", "oblique")
                if (weight := attributes.get(_FO + "font-weight")) is not None:
                    owner.flags[STYLE_BOLD] = weight == "bold" or (
                        weight.isdigit() and int(weight) >= 600
                    )
            return None
        if kind == _OFFICE_BODY and tag == _OFFICE + "text" and not self.found_text:
            self.found_text = True
            return _BLOCKS, _Blocks(self.paragraphs)
        return None


def _count(value: str | None) -> int:
    """`text:c` defaults to one; absurd counts are capped rather than trusted."""
    try:
        return min(max(int(value or "1"), 1), 1000)
    except ValueError:
        return 1


def _repeat(value: str | None) -> int:
    try:
        return min(max(int(value or "1"), 1), _MAX_REPEAT)
    except ValueError:
        return 1
