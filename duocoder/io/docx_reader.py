"""Word (.docx) transcripts: the body text as the researcher sees it with changes accepted.

python-docx opens the package (it resolves the main part through the relationships and
parses with entity resolution off); the body is then walked with lxml directly, because
python-docx's per-paragraph `.text` is several times slower on long interviews.

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
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

import docx
from lxml import etree

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import SourceText
from duocoder.domain.text import canonical, tidy_lines
from duocoder.io.safezip import damaged_problem, open_zip

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"

_P, _TBL, _TR, _TC = _W + "p", _W + "tbl", _W + "tr", _W + "tc"
_R, _T, _SDT, _SDT_CONTENT = _W + "r", _W + "t", _W + "sdt", _W + "sdtContent"
_CUSTOM_XML = _W + "customXml"
_BR, _CR, _TAB, _PTAB = _W + "br", _W + "cr", _W + "tab", _W + "ptab"
_NO_BREAK_HYPHEN, _RUBY, _RUBY_BASE = _W + "noBreakHyphen", _W + "ruby", _W + "rubyBase"
_MATH_TAGS = frozenset({_M + "oMath", _M + "oMathPara"})
_BREAK_TYPE = _W + "type"

_INLINE_CONTAINERS = frozenset(
    _W + tag
    for tag in ("hyperlink", "smartTag", "ins", "moveTo", "fldSimple", "customXml", "dir", "bdo")
)
"""Wrappers whose runs are part of the visible, accepted text."""

_DELETED_MARKS = frozenset({_W + "del", _W + "moveFrom"})

_BREAK = None
"""Marks a page or column break in a paragraph's pieces; it becomes a paragraph boundary."""

_KIND = "a Word document"


def read_docx(name: str, data: bytes) -> SourceText:
    """Read a .docx file's body into canonical text with one span per paragraph."""
    open_zip(name, data, _KIND).close()
    try:
        document = docx.Document(io.BytesIO(data))
        body = document.element.body
    except Exception as exc:
        raise SourceError(name, damaged_problem(_KIND)) from exc
    paragraphs: list[str] = []
    if body is not None:
        _read_blocks(body, paragraphs)
    return paragraphs_to_source(paragraphs, "docx")


def paragraphs_to_source(paragraphs: Iterable[str], fmt: str) -> SourceText:
    """Join paragraph strings into canonical text; shared by every word-processor format.

    Each paragraph is cleaned (canonical, lines right-stripped, blank lines at its start and
    end removed); empty ones are skipped so that spans never cover blank text."""
    cleaned = [text for text in (clean_paragraph(p) for p in paragraphs) if text]
    spans: list[tuple[int, int]] = []
    offset = 0
    for text in cleaned:
        spans.append((offset, offset + len(text)))
        offset += len(text) + 1
    return SourceText(text="\n".join(cleaned), paragraphs=tuple(spans), turns=None, format=fmt)


def clean_paragraph(raw: str) -> str:
    """Trailing spaces and empty soft-broken lines are invisible in Word; leading
    indentation is kept because transcribers use it to line up speakers."""
    return tidy_lines(canonical(raw))


def _read_blocks(container: etree._Element, out: list[str]) -> None:
    """Append the paragraph strings of a body, cell or content control to `out`."""
    carry: str | None = None
    for element in _block_items(container):
        if element.tag == _P:
            segments = _paragraph_segments(element)
            if carry is not None:
                segments[0] = carry + segments[0]
                carry = None
            if _mark_deleted(element):
                carry = segments.pop()
            out.extend(segments)
        else:
            if carry is not None:
                out.append(carry)
                carry = None
            out.extend(_table_rows(element))
    if carry is not None:
        out.append(carry)


def _block_items(container: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables in document order, looking through block-level wrappers."""
    for child in container:
        tag = child.tag
        if tag in (_P, _TBL):
            yield child
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _block_items(content)
        elif tag == _CUSTOM_XML:
            yield from _block_items(child)


def _mark_deleted(paragraph: etree._Element) -> bool:
    """A deleted paragraph mark means that, once accepted, the paragraph runs on into the next."""
    properties = paragraph.find(_W + "pPr")
    if properties is None:
        return False
    run_properties = properties.find(_W + "rPr")
    if run_properties is None:
        return False
    return any(child.tag in _DELETED_MARKS for child in run_properties)


def _paragraph_segments(paragraph: etree._Element) -> list[str]:
    """The paragraph's text, split where a page or column break forces a new page."""
    pieces: list[str | None] = []
    _inline(paragraph, pieces)
    segments: list[str] = []
    current: list[str] = []
    for piece in pieces:
        if piece is _BREAK:
            segments.append("".join(current))
            current = []
        else:
            current.append(piece)
    segments.append("".join(current))
    return segments


def _inline(parent: etree._Element, pieces: list[str | None]) -> None:
    """Collect the visible text of runs, looking through links, fields and accepted changes."""
    for child in parent:
        tag = child.tag
        if tag == _R:
            _run(child, pieces)
        elif tag in _INLINE_CONTAINERS:
            _inline(child, pieces)
        elif tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                _inline(content, pieces)
        elif tag in _MATH_TAGS:
            pieces.extend(t.text or "" for t in child.iter(_M + "t"))


def _run(run: etree._Element, pieces: list[str | None]) -> None:
    """Text, tabs and breaks of one run; deleted text, field codes and drawings are skipped."""
    for child in run:
        tag = child.tag
        if tag == _T:
            pieces.append(child.text or "")
        elif tag in (_TAB, _PTAB):
            pieces.append("\t")
        elif tag == _BR:
            kind = child.get(_BREAK_TYPE)
            pieces.append(_BREAK if kind in ("page", "column") else "\n")
        elif tag == _CR:
            pieces.append("\n")
        elif tag == _NO_BREAK_HYPHEN:
            pieces.append("-")
        elif tag == _RUBY:
            base = child.find(_RUBY_BASE)
            if base is not None:
                _inline(base, pieces)


def _table_rows(table: etree._Element) -> list[str]:
    """One string per row, cells joined by a tab, so a two-column transcript
    (speaker | words) becomes `speaker<TAB>words` lines."""
    rows: list[str] = []
    for row in _wrapped(table, _TR):
        properties = row.find(_W + "trPr")
        if properties is not None and properties.find(_W + "del") is not None:
            continue
        rows.append("\t".join(_cell_text(cell) for cell in _wrapped(row, _TC)))
    return rows


def _cell_text(cell: etree._Element) -> str:
    """A cell's paragraphs and nested table rows, each on its own line."""
    lines: list[str] = []
    _read_blocks(cell, lines)
    return "\n".join(text for text in (clean_paragraph(line) for line in lines) if text)


def _wrapped(parent: etree._Element, tag: str) -> Iterator[etree._Element]:
    """Children with `tag`, also when wrapped in content controls or custom XML."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _wrapped(content, tag)
        elif child.tag == _CUSTOM_XML:
            yield from _wrapped(child, tag)
