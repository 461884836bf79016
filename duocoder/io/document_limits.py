"""How large one imported transcript may be, and the counting that enforces it while reading.

A long interview is about 100,000 words: some 600,000 characters in 2,000 to 5,000
paragraphs. Without a ceiling, a 200 MB text file or a Word file whose text part unpacks to
120 MB took minutes and gigabytes of memory to import, froze the window, and would then
have made every later search and analysis slow, for a "transcript" no person can code. So:

- A document holds at most 5,000,000 characters (eight such interviews, several thousand
  pages) and 100,000 paragraphs (twenty times the longest interview). Counting happens
  while a file is read, so an oversized file is refused as soon as it passes a limit, not
  after everything is in memory.
- Before anything is read, the bytes are checked against limits derived from the
  character limit: a text or subtitle file takes at most 4 bytes per character (UTF-8,
  UTF-16 and UTF-32 all stay within that), so 20 MB; the text part of a Word or
  OpenDocument file (word/document.xml, content.xml) holds the characters wrapped in
  markup, about 5 to 10 bytes of XML per character in real transcripts and rarely 15 when
  Word splits every word into its own formatted run, so at most 20 bytes per character,
  100 MB. The Word or OpenDocument file itself may be larger than its text (photos), up to
  200 MB, the size of its other parts being limited by `duocoder.io.safezip`.
- XML is nested at most 1,000 elements deep; Word and LibreOffice stay below 50, and deeper
  nesting only serves to exhaust the reader.

With these limits the largest accepted document imports in well under 1 GB of memory
(`python -m bench --only import_at_limit` measures it).
"""

from __future__ import annotations

from duocoder.domain.errors import SourceError

MAX_CHARS = 5_000_000
"""Characters of one document's text, line breaks between paragraphs included."""

MAX_PARAGRAPHS = 100_000
"""Paragraphs of one document (a table row counts as one paragraph)."""

MAX_TEXT_FILE_BYTES = 4 * MAX_CHARS
"""A .txt, .vtt or .srt file: 4 bytes per character is the most any Unicode encoding uses."""

MAX_XML_BYTES = 20 * MAX_CHARS
"""word/document.xml or content.xml, uncompressed: the text with generous room for markup."""

MAX_PACKAGE_BYTES = 200_000_000
"""A .docx or .odt file as a whole, which may carry photos besides its text."""

MAX_XML_DEPTH = 1_000
"""Nesting of XML elements; real documents stay below 50."""

SPLIT_ADVICE = "split it into parts and import those"


def megabytes(size: int) -> str:
    """Sizes in the decimal megabytes file managers show."""
    return f"{size / 1_000_000:,.0f} MB"


def too_many_characters() -> str:
    return f"it holds more than {MAX_CHARS:,} characters, more than one document may; " + (
        SPLIT_ADVICE
    )


def too_many_paragraphs() -> str:
    return f"it holds more than {MAX_PARAGRAPHS:,} paragraphs, more than one document may; " + (
        SPLIT_ADVICE
    )


def file_too_large(limit: int) -> str:
    return (
        f"it is larger than {megabytes(limit)}, more than a document of at most "
        f"{MAX_CHARS:,} characters takes; {SPLIT_ADVICE}"
    )


def xml_too_large(member: str) -> str:
    return (
        f"its text part ({member}) unpacks to more than {megabytes(MAX_XML_BYTES)}, more than "
        f"a document of at most {MAX_CHARS:,} characters takes; {SPLIT_ADVICE}"
    )


def too_deep() -> str:
    return f"its XML is nested more than {MAX_XML_DEPTH:,} levels deep, which no real document is"


class Budget:
    """Counts the characters and paragraphs a reader keeps, refusing the file the moment
    either passes its limit, so nothing is built beyond the limit."""

    __slots__ = ("chars", "name", "paragraphs")

    def __init__(self, name: str) -> None:
        self.name = name
        self.chars = 0
        self.paragraphs = 0

    def add_chars(self, count: int) -> None:
        self.chars += count
        if self.chars > MAX_CHARS:
            raise SourceError(self.name, too_many_characters())

    def add_paragraph(self) -> None:
        """A kept paragraph, whose characters were counted as they were read; the line
        break that separates it from the next one counts too."""
        self.paragraphs += 1
        if self.paragraphs > MAX_PARAGRAPHS:
            raise SourceError(self.name, too_many_paragraphs())
        self.add_chars(1)


def check_text(name: str, text: str, paragraphs: int) -> None:
    """The last word on a document's size, whatever reader produced it."""
    if len(text) > MAX_CHARS:
        raise SourceError(name, too_many_characters())
    if paragraphs > MAX_PARAGRAPHS:
        raise SourceError(name, too_many_paragraphs())
