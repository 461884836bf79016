"""Word (.docx) transcripts: the body text as the researcher sees it with changes accepted.

The package is opened through `duocoder.io.safezip`; the main part is found through the
package relationships and its content type checked, as Word does; then only that part is
read, and streamed (`duocoder.io.xmlstream`), so memory holds the text, not the markup,
and the document limits (`duocoder.io.document_limits`) stop an oversized file early.

Decisions a reader of a coded document may notice:
- A page or column break (`w:br w:type="page"|"column"`) ends the paragraph and the text
  after it starts a new one: Word shows it on a new page, and joining the two halves would
  glue the last word before the break to the first word after it.
- Text boxes, shapes and drawings (`w:drawing`, `w:pict`, `mc:AlternateContent`) are left
  out: they float outside the reading order, are usually titles or logos, and Word stores
  them twice (modern shape and legacy fallback), so reading them would duplicate text.
- Comments, footnotes, endnotes, headers and footers live in other parts and are never read;
  only the text of the body counts as the transcript.
- Tracked changes are read as if accepted: insertions and moved-to text kept, deletions and
  moved-from text dropped, and a deleted paragraph mark joins the paragraph to the next.
- Field codes are dropped and their displayed results kept; numbering and bullets generated
  by Word are not text and are not included.
- Word never declares entities; a file that does (made by another program) keeps each
  reference as written (`&naam;`), with the text around it, and the import notes say so.
- Each paragraph's formatting is kept beside the text (`SourceText.styles`): italic or bold
  when nearly all its letters are, directly or through its paragraph or character style,
  and a list item when Word numbers or bullets it (directly or through its style). Some
  transcribers mark the interviewer's questions this way instead of with a label.
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from urllib.parse import unquote

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import STYLE_BOLD, STYLE_ITALIC, STYLE_LIST, SourceText
from duocoder.io.document_limits import MAX_XML_BYTES, MAX_XML_DEPTH, Budget, too_deep
from duocoder.io.document_limits import xml_too_large as _xml_too_large
from duocoder.io.safezip import damaged_problem, open_zip, read_member
from duocoder.io.xmlstream import Paragraphs, clean_paragraph, counted, stream_xml

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_M = "http://schemas.openxmlformats.org/officeDocument/2006/math}"

_KIND = "a Word document"

_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_CONTENT_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)
_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_SMALL_PART = 1_000_000
"""The package's relationships and content types are a few hundred bytes."""

_BREAK = None
"""Marks a page or column break in a paragraph's pieces; it becomes a paragraph boundary."""


def read_docx(name: str, data: bytes) -> SourceText:
    """Read a .docx file's body into canonical text with one span per paragraph."""
    with open_zip(name, data, _KIND) as archive:
        member = _main_part(name, archive)
        if archive.getinfo(member).file_size > MAX_XML_BYTES:
            raise SourceError(name, _xml_too_large(member))
        xml = read_member(name, archive, member, _KIND)
        styles = _styles(archive, member)
    reader = _BodyReader(name, styles)
    stream_xml(name, _KIND, xml, reader, dtd=True)
    del xml
    return reader.paragraphs.source("docx", reader.notes())


def _main_part(name: str, archive: zipfile.ZipFile) -> str:
    """The zip member of the main document, as the package relationships name it; a
    template, a spreadsheet or a zip that is no Word package is a damaged Word document."""
    members = {info.filename.casefold(): info.filename for info in archive.infolist()}
    relationships = _small_xml(name, archive, members, "_rels/.rels")
    target = next(
        (
            rel.get("Target", "")
            for rel in relationships.iter(_RELATIONSHIPS)
            if rel.get("Type") == _OFFICE_DOCUMENT and rel.get("TargetMode") != "External"
        ),
        "",
    )
    part = posixpath.normpath(posixpath.join("/", unquote(target))).lstrip("/")
    member = members.get(part.casefold())
    if not target or member is None:
        raise SourceError(name, damaged_problem(_KIND))
    if _content_type(name, archive, members, part) != _WORD_MAIN:
        raise SourceError(name, damaged_problem(_KIND))
    return member


def _content_type(
    name: str, archive: zipfile.ZipFile, members: dict[str, str], part: str
) -> str | None:
    types = _small_xml(name, archive, members, "[Content_Types].xml")
    wanted = "/" + part.casefold()
    for override in types.iter(_CONTENT_TYPES + "Override"):
        if override.get("PartName", "").casefold() == wanted:
            return override.get("ContentType")
    extension = posixpath.splitext(part)[1].lstrip(".").casefold()
    for default in types.iter(_CONTENT_TYPES + "Default"):
        if default.get("Extension", "").casefold() == extension:
            return default.get("ContentType")
    return None


def _small_xml(
    name: str, archive: zipfile.ZipFile, members: dict[str, str], part: str
) -> ET.Element:
    member = members.get(part.casefold())
    if member is None or archive.getinfo(member).file_size > _SMALL_PART:
        raise SourceError(name, damaged_problem(_KIND))
    try:
        return fromstring(read_member(name, archive, member, _KIND), forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise SourceError(name, damaged_problem(_KIND)) from exc


_STYLES_PART = 5_000_000
"""A styles part is tens of kilobytes; a larger one is not read (formatting is then unknown)."""
_STYLE_DEPTH = 20
_ON = frozenset({None, "1", "true", "on"})


def _styles(archive: zipfile.ZipFile, main: str) -> dict[str, int]:
    """The formatting each paragraph and character style gives (`STYLE_*` bits), following
    `basedOn`. A missing or unreadable styles part only means the formatting is unknown."""
    members = {info.filename.casefold(): info.filename for info in archive.infolist()}
    member = members.get(posixpath.join(posixpath.dirname(main), "styles.xml").casefold())
    if member is None or archive.getinfo(member).file_size > _STYLES_PART:
        return {}
    try:
        root = fromstring(archive.read(member), forbid_dtd=True)
    except (ParseError, DefusedXmlException, ValueError, zipfile.BadZipFile, OSError):
        return {}
    w = "{" + _W  # ElementTree spells a name {namespace}local; expat namespace}local
    own: dict[str, tuple[str | None, dict[int, bool]]] = {}
    for style in root.iter(w + "style"):
        style_id = style.get(w + "styleId")
        if not style_id:
            continue
        based = style.find(w + "basedOn")
        flags: dict[int, bool] = {}
        for bit, tag in ((STYLE_ITALIC, "i"), (STYLE_BOLD, "b")):
            found = style.find(f"{w}rPr/{w}{tag}")
            if found is not None:
                flags[bit] = found.get(w + "val") in _ON
        numbering = style.find(f"{w}pPr/{w}numPr/{w}numId")
        if numbering is not None:
            flags[STYLE_LIST] = numbering.get(w + "val") not in ("0", None)
        own[style_id] = (None if based is None else based.get(w + "val"), flags)

    def resolve(style_id: str) -> int:
        bits: dict[int, bool] = {}
        seen = 0
        current: str | None = style_id
        while current in own and seen < _STYLE_DEPTH:
            based, flags = own[current]
            for bit, on in flags.items():
                bits.setdefault(bit, on)
            current, seen = based, seen + 1
        return sum(bit for bit, on in bits.items() if on)

    return {style_id: resolve(style_id) for style_id in own}


class _Blocks:
    """Where the paragraphs of the body or of one table cell go, with the text of a
    paragraph whose mark was deleted, waiting to be joined to the next paragraph."""

    __slots__ = ("carry", "keep", "lines", "row")

    def __init__(self, keep: Callable[[str, int], None] | None, row: _Row | None = None) -> None:
        self.lines: list[str] = []
        self.keep = keep if keep is not None else self._line
        self.carry: str | None = None
        self.row = row

    def _line(self, text: str, _style: int) -> None:
        self.lines.append(text)

    def paragraph(self, pieces: list[str | None], deleted_mark: bool, style: int = 0) -> None:
        segments: list[str] = []
        current: list[str] = []
        for piece in pieces:
            if piece is _BREAK:
                segments.append("".join(current))
                current = []
            else:
                current.append(piece)
        segments.append("".join(current))
        if self.carry is not None:
            segments[0] = self.carry + segments[0]
            self.carry = None
        if deleted_mark:
            self.carry = segments.pop()
        for segment in segments:
            self.keep(segment, style)

    def flush(self) -> None:
        if self.carry is not None:
            self.keep(self.carry, 0)
            self.carry = None


class _Paragraph:
    """A paragraph being read: its text pieces, and how many of its characters are italic
    or bold, to tell a paragraph in italics from one with an italic word."""

    __slots__ = (
        "blocks",
        "bold",
        "chars",
        "deleted_mark",
        "italic",
        "list",
        "pieces",
        "run_style",
        "style",
    )

    def __init__(self, blocks: _Blocks) -> None:
        self.blocks = blocks
        self.pieces: list[str | None] = []
        self.deleted_mark = False
        self.style = 0  # from the paragraph style
        self.list = False
        self.run_style = 0  # of the run being read
        self.chars = self.italic = self.bold = 0

    def count(self, text: str) -> None:
        n = len("".join(text.split()))
        self.chars += n
        if self.run_style & STYLE_ITALIC:
            self.italic += n
        if self.run_style & STYLE_BOLD:
            self.bold += n

    def flags(self) -> int:
        """Italic or bold when (nearly) all its visible characters are."""
        bits = STYLE_LIST if self.list or self.style & STYLE_LIST else 0
        if self.chars:
            if self.italic >= 0.9 * self.chars:
                bits |= STYLE_ITALIC
            if self.bold >= 0.9 * self.chars:
                bits |= STYLE_BOLD
        return bits


class _Row:
    __slots__ = ("blocks", "cells", "deleted")

    def __init__(self, blocks: _Blocks) -> None:
        self.blocks = blocks
        self.cells: list[str] = []
        self.deleted = False


# Frame kinds: what the element being read is, which decides what its children mean.
(
    _ROOT,
    _DOCUMENT,
    _BODY,
    _BLOCKS,
    _BLOCK_SDT,
    _CELL,
    _TABLE,
    _TABLE_SDT,
    _ROW,
    _ROW_SDT,
    _ROW_PROPERTIES,
    _PARAGRAPH,
    _PARAGRAPH_PROPERTIES,
    _MARK_PROPERTIES,
    _INLINE,
    _INLINE_SDT,
    _RUN,
    _RUBY,
    _TEXT,
    _MATH,
    _ROW_CONTENT,
    _RUN_PROPERTIES,
    _NUMBERING,
) = range(23)

_P, _TBL, _TR, _TC = _W + "p", _W + "tbl", _W + "tr", _W + "tc"
_R, _T, _SDT, _SDT_CONTENT = _W + "r", _W + "t", _W + "sdt", _W + "sdtContent"
_CUSTOM_XML = _W + "customXml"
_BREAK_TYPE = _W + "type"
_MATH_TAGS = frozenset({_M + "oMath", _M + "oMathPara"})
_INLINE_CONTAINERS = frozenset(
    _W + tag
    for tag in ("hyperlink", "smartTag", "ins", "moveTo", "fldSimple", "customXml", "dir", "bdo")
)
"""Wrappers whose runs are part of the visible, accepted text."""

_DELETED_MARKS = frozenset({_W + "del", _W + "moveFrom"})
_RUN_LITERALS = {_W + "tab": "\t", _W + "ptab": "\t", _W + "cr": "\n", _W + "noBreakHyphen": "-"}


_FRAMES: dict[int, dict[str, int]] = {
    _BODY: {_SDT: _BLOCK_SDT, _CUSTOM_XML: _BLOCKS},
    _BLOCKS: {_SDT: _BLOCK_SDT, _CUSTOM_XML: _BLOCKS},
    _CELL: {_SDT: _BLOCK_SDT, _CUSTOM_XML: _BLOCKS},
    _BLOCK_SDT: {_SDT_CONTENT: _BLOCKS},
    _PARAGRAPH: {
        _R: _RUN,
        _SDT: _INLINE_SDT,
        _W + "pPr": _PARAGRAPH_PROPERTIES,
        **dict.fromkeys(_INLINE_CONTAINERS, _INLINE),
        **dict.fromkeys(_MATH_TAGS, _MATH),
    },
    _INLINE: {
        _R: _RUN,
        _SDT: _INLINE_SDT,
        **dict.fromkeys(_INLINE_CONTAINERS, _INLINE),
        **dict.fromkeys(_MATH_TAGS, _MATH),
    },
    _INLINE_SDT: {_SDT_CONTENT: _INLINE},
    _RUN: {_T: _TEXT, _W + "ruby": _RUBY, _W + "rPr": _RUN_PROPERTIES},
    _RUBY: {_W + "rubyBase": _INLINE},
    _PARAGRAPH_PROPERTIES: {_W + "rPr": _MARK_PROPERTIES, _W + "numPr": _NUMBERING},
    _MATH: {_M + "t": _TEXT},
    _TABLE: {_SDT: _TABLE_SDT, _CUSTOM_XML: _TABLE},
    _TABLE_SDT: {_SDT_CONTENT: _TABLE},
    _ROW: {_W + "trPr": _ROW_PROPERTIES, _SDT: _ROW_SDT, _CUSTOM_XML: _ROW_CONTENT},
    _ROW_SDT: {_SDT_CONTENT: _ROW_CONTENT},
    _ROW_CONTENT: {_SDT: _ROW_SDT, _CUSTOM_XML: _ROW_CONTENT},
}
"""The children that open a frame on the same owner as their parent, per kind of parent.
Children that create something (a paragraph, a row, a cell) or mark something (a break, a
deletion) are handled in `_BodyReader._special`; any other child is skipped whole."""

_SPECIAL: dict[int, frozenset[str]] = {
    _BODY: frozenset({_P, _TBL}),
    _BLOCKS: frozenset({_P, _TBL}),
    _CELL: frozenset({_P, _TBL}),
    _RUN: frozenset({*_RUN_LITERALS, _W + "br"}),
    _MARK_PROPERTIES: _DELETED_MARKS,
    _PARAGRAPH_PROPERTIES: frozenset({_W + "pStyle"}),
    _RUN_PROPERTIES: frozenset({_W + "rStyle", _W + "i", _W + "b"}),
    _NUMBERING: frozenset({_W + "numId"}),
    _ROW_PROPERTIES: frozenset({_W + "del"}),
    _TABLE: frozenset({_TR}),
    _ROW: frozenset({_TC}),
    _ROW_CONTENT: frozenset({_TC}),
    _DOCUMENT: frozenset({_W + "body"}),
}
_FINISHING = frozenset({_PARAGRAPH, _ROW, _CELL, _BODY})
_NOTHING: dict[str, int] = {}
_NONE: frozenset[str] = frozenset()


class _BodyReader:
    """Follows the body's XML as it streams by. Only elements on a path the rules above
    allow are read; everything under any other element is skipped by counting depth, so
    skipped parts (drawings, deleted text, properties) cost no memory."""

    def __init__(self, name: str, styles: dict[str, int] | None = None) -> None:
        self.name = name
        self.styles = styles or {}
        self.budget = Budget(name)
        self.paragraphs = Paragraphs(self.budget)
        self.stack: list[tuple[int, object]] = [(_ROOT, None)]
        self.skip = 0
        self.skip_limit = 0
        self.references: dict[str, int] = {}

    def notes(self) -> tuple[str, ...]:
        if not self.references:
            return ()
        total = sum(self.references.values())
        names = ", ".join(sorted(self.references)[:5])
        return (
            f"The file declares its own XML entities, which Word never does; "
            f"{counted(total, 'reference', 'references')} to them ({names}) "
            f"{'was' if total == 1 else 'were'} kept as written in the text.",
        )

    # -- expat callbacks (called for every element, so kept short) ------------------------
    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if self.skip:
            self.skip += 1
            if self.skip > self.skip_limit:
                raise SourceError(self.name, too_deep())
            return
        stack = self.stack
        kind, owner = stack[-1]
        child = _FRAMES.get(kind, _NOTHING).get(tag)
        if child is None:
            if tag in _SPECIAL.get(kind, _NONE) or kind in (_MATH, _ROOT):
                frame = self._special(kind, owner, tag, attributes)
                if frame is not None:
                    stack.append(frame)
                    return
            self.skip = 1
            self.skip_limit = MAX_XML_DEPTH - len(stack)
            return
        stack.append((child, owner))
        if child == _RUN:
            assert isinstance(owner, _Paragraph)
            owner.run_style = owner.style
        if len(stack) > MAX_XML_DEPTH:
            raise SourceError(self.name, too_deep())

    def end(self, _tag: str) -> None:
        if self.skip:
            self.skip -= 1
            return
        kind, owner = self.stack.pop()
        if kind in _FINISHING:
            self._finish(kind, owner)

    def data(self, text: str) -> None:
        if not self.skip and self.stack[-1][0] == _TEXT:
            self._text(text)

    def reference(self, text: str) -> None:
        if not self.skip and self.stack[-1][0] == _TEXT:
            self.references[text] = self.references.get(text, 0) + 1
            self._text(text)

    def _text(self, text: str) -> None:
        paragraph = self.stack[-1][1]
        assert isinstance(paragraph, _Paragraph)
        paragraph.pieces.append(text)
        paragraph.count(text)
        self.budget.add_chars(len(text))

    # -- the rules that do more than open a frame ------------------------------------------
    def _special(
        self, kind: int, owner: object, tag: str, attributes: dict[str, str]
    ) -> tuple[int, object] | None:
        """The frame for a child that creates or marks something, or None to skip it."""
        if kind in (_BODY, _BLOCKS, _CELL):
            assert isinstance(owner, _Blocks)
            if tag == _P:
                return _PARAGRAPH, _Paragraph(owner)
            owner.flush()  # a table: the text of a deleted paragraph mark ends before it
            return _TABLE, owner
        if kind == _RUN:
            assert isinstance(owner, _Paragraph)
            if tag == _W + "br":
                page = attributes.get(_BREAK_TYPE) in ("page", "column")
                owner.pieces.append(_BREAK if page else "\n")
            else:
                owner.pieces.append(_RUN_LITERALS[tag])
            self.budget.add_chars(1)
            return None
        if kind == _MARK_PROPERTIES:
            assert isinstance(owner, _Paragraph)
            owner.deleted_mark = True
            return None
        if kind in (_PARAGRAPH_PROPERTIES, _RUN_PROPERTIES, _NUMBERING):
            assert isinstance(owner, _Paragraph)
            self._formatting(owner, tag, attributes.get(_W + "val"))
            return None
        if kind == _ROW_PROPERTIES:
            assert isinstance(owner, _Row)
            owner.deleted = True
            return None
        if kind == _TABLE:
            assert isinstance(owner, _Blocks)
            return _ROW, _Row(owner)
        if kind in (_ROW, _ROW_CONTENT):
            assert isinstance(owner, _Row)
            if owner.cells:
                self.budget.add_chars(1)  # the tab before this cell
            return _CELL, _Blocks(None, owner)
        if kind == _MATH:
            return _MATH, owner
        if kind == _ROOT:
            if tag != _W + "document":
                raise SourceError(self.name, damaged_problem(_KIND))
            return _DOCUMENT, None
        return _BODY, _Blocks(self.paragraphs.add)  # _DOCUMENT, w:body

    def _formatting(self, paragraph: _Paragraph, tag: str, value: str | None) -> None:
        """A paragraph style, a numbering, a run's character style or its italic or bold."""
        if tag == _W + "pStyle":
            paragraph.style = self.styles.get(value or "", 0)
        elif tag == _W + "numId":
            paragraph.list = value not in ("0", None)
        elif tag == _W + "rStyle":
            paragraph.run_style = paragraph.style | self.styles.get(value or "", 0)
        else:
            bit = STYLE_ITALIC if tag == _W + "i" else STYLE_BOLD
            if value in _ON:
                paragraph.run_style |= bit
            else:
                paragraph.run_style &= ~bit

    def _finish(self, kind: int, owner: object) -> None:
        if kind == _PARAGRAPH:
            assert isinstance(owner, _Paragraph)
            owner.blocks.paragraph(owner.pieces, owner.deleted_mark, owner.flags())
        elif kind == _ROW:
            assert isinstance(owner, _Row)
            if not owner.deleted:
                owner.blocks.keep("\t".join(owner.cells), 0)
        elif kind == _CELL:
            assert isinstance(owner, _Blocks) and owner.row is not None
            owner.flush()
            cleaned = (clean_paragraph(line) for line in owner.lines)
            owner.row.cells.append("\n".join(text for text in cleaned if text))
        else:  # _BODY
            assert isinstance(owner, _Blocks)
            owner.flush()
