"""Streaming the text part of a Word or OpenDocument file, and the paragraph collector the
two readers share.

Both readers used to build the whole XML tree: a 120 MB word/document.xml needed 2.3 GB.
Expat calls the reader back for each tag and each piece of text instead, so memory holds the
kept text, not the markup around it, and the document limits are checked as the text
arrives. Expat also gives what a tree hides: text after an entity reference that is not
expanded, which a tree leaves on a node most code never looks at.

Safety: external entities are never loaded; internal entities are not expanded in text
(each reference is handed to the reader as written); entities defined in terms of other
entities, the shape of an expansion bomb, are refused; expat itself refuses amplification
in attribute values. A reader can forbid a DTD altogether.
"""

from __future__ import annotations

import re
from typing import Protocol
from xml.parsers import expat

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import SourceText
from duocoder.domain.text import canonical, tidy_lines
from duocoder.io.document_limits import Budget
from duocoder.io.safezip import damaged_problem

_CHUNK = 1 << 20
_NESTED = re.compile(r"&(?!(?:amp|lt|gt|quot|apos);|#)|%")
"""A reference to an entity other than the five predefined ones, or to a parameter entity."""


class XmlHandler(Protocol):
    """What a streaming reader implements; tags arrive as `namespace}local`."""

    def start(self, tag: str, attributes: dict[str, str]) -> None: ...

    def end(self, tag: str) -> None: ...

    def data(self, text: str) -> None: ...

    def reference(self, text: str) -> None:
        """An entity reference left unexpanded (`&name;`), where text may stand."""


def stream_xml(name: str, kind: str, xml: bytes, handler: XmlHandler, *, dtd: bool) -> None:
    """Parse `xml` into `handler`'s callbacks; broken XML is a damaged file.

    With `dtd=False` a document type declaration is refused, as no writer of the format
    produces one; with `dtd=True` it is allowed but its entities stay unexpanded."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    parser.buffer_size = 1 << 16
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.data
    parser.CommentHandler = _ignore
    parser.ProcessingInstructionHandler = _ignore

    def default(text: str) -> None:
        # Setting a default handler is what keeps expat from expanding internal entities;
        # everything else that reaches it (white space in the prolog, the DTD) is markup.
        if text.startswith("&") and text.endswith(";"):
            handler.reference(text)

    def doctype(*_args: object) -> None:
        if not dtd:
            raise SourceError(name, damaged_problem(kind))

    def entity(_name: str, parameter: bool, value: str | None, *_rest: object) -> None:
        if parameter or (value is not None and _NESTED.search(value)):
            raise SourceError(name, damaged_problem(kind))

    parser.DefaultHandler = default
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    view = memoryview(xml)
    try:
        for offset in range(0, len(view), _CHUNK):
            parser.Parse(view[offset : offset + _CHUNK], False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise SourceError(name, damaged_problem(kind)) from exc


def _ignore(*_args: object) -> None:
    pass


def clean_paragraph(raw: str) -> str:
    """Trailing spaces and empty soft-broken lines are invisible in a word processor;
    leading indentation is kept because transcribers use it to line up speakers."""
    return tidy_lines(canonical(raw))


class Paragraphs:
    """The kept paragraphs of a document, cleaned and counted against the limits as they
    arrive; empty ones are skipped so that spans never cover blank text. Each keeps its
    formatting flags (`duocoder.domain.sources.STYLE_*`), which the canonical text lacks."""

    __slots__ = ("budget", "styles", "texts")

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self.texts: list[str] = []
        self.styles: list[int] = []

    def add(self, raw: str, style: int = 0) -> None:
        text = clean_paragraph(raw)
        if text:
            self.budget.add_paragraph()
            self.texts.append(text)
            self.styles.append(style)

    def source(self, fmt: str, notes: tuple[str, ...] = ()) -> SourceText:
        spans: list[tuple[int, int]] = []
        offset = 0
        for text in self.texts:
            spans.append((offset, offset + len(text)))
            offset += len(text) + 1
        text = "\n".join(self.texts)
        return SourceText(text, tuple(spans), None, fmt, notes, tuple(self.styles))


def counted(count: int, one: str, many: str) -> str:
    """ "1 cue" / "3 cues", for notes."""
    return f"{count:,} {one if count == 1 else many}"
