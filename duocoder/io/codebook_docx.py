"""The codebook as a Word document, for the methods section or an appendix of a report.

Everything is built on named styles so a researcher can restyle the whole document in Word
or LibreOffice in one go: `Title` for the title, `Heading 1`..`Heading 9` for the codes by
depth (numbered 1, 1.1, 1.1.1 in the heading text itself, which survives copying into
another document, unlike Word's list numbering), and two styles of our own, `Code
Definition` and `Code Details`, for a code's definition and its counts.

A code's colour is drawn as a black square character (U+25A0) whose run colour is the
code's colour. Unlike cell shading in a table it keeps the heading a heading (and so in the
navigation pane and a table of contents), and character colour renders the same in Word,
LibreOffice and PDF exports.

A definition is printed in the document's language only (`description_in`): the shipped
codebooks hold each definition in the file's language and then, after a blank line, the
other language marked "EN: " or "NL: "; printing both made the codebook twice as long.

Input: any items with `path`, `color`, `description`, `codable`, `own_count` and
`total_count`, in display order (a parent before its children). `CodeInfo` snapshots of the
app layer fit as they are; `doc_entries` turns a `CodebookEntry` tree plus counts by GUID
into `CodebookDocEntry` records."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from os import PathLike
from typing import IO, Protocol

from docx import Document
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from duocoder.domain.codebook import CodebookEntry, iter_paths, normalize_color
from duocoder.domain.codepaths import split_path
from duocoder.io.atomic import write_atomically

# a paragraph that starts with a language tag ("EN: The relationship…")
_TAGGED = re.compile(r"(?P<tag>NL|EN|FR|DE|ES|IT|PT|TR|AR|PL):\s*")
DEFINITION_STYLE = "Code Definition"
DETAILS_STYLE = "Code Details"
SWATCH = "\u25a0"

_TEXTS = {
    "nl": {
        "title": "Codeboek",
        "date": "Datum",
        "intro": "Dit codeboek telt {codes} in {themes}.",
        "code": "code codes",
        "theme": "thema thema's",
        "intro_counts": " Bij elke code staan de definitie en het aantal gecodeerde fragmenten "
        "(eigen fragmenten en inclusief subcodes).",
        "definition": "Definitie",
        "none": "(geen definitie)",
        "segments": "Fragmenten",
        "own_total": "{own} eigen, {total} inclusief subcodes",
        "colour": "Kleur",
        "folder": "niet codeerbaar (map)",
        "months": "januari februari maart april mei juni juli augustus september oktober "
        "november december",
    },
    "en": {
        "title": "Codebook",
        "date": "Date",
        "intro": "This codebook holds {codes} in {themes}.",
        "code": "code codes",
        "theme": "theme themes",
        "intro_counts": " Each code shows its definition and the number of coded segments "
        "(its own and including subcodes).",
        "definition": "Definition",
        "none": "(no definition)",
        "segments": "Segments",
        "own_total": "{own} own, {total} including subcodes",
        "colour": "Colour",
        "folder": "not codable (folder)",
        "months": "January February March April May June July August September October "
        "November December",
    },
}


class CodebookDocItem(Protocol):
    """What the export needs of a code; `CodeInfo` and `CodebookDocEntry` both qualify."""

    @property
    def path(self) -> str: ...
    @property
    def color(self) -> str | None: ...
    @property
    def description(self) -> str: ...
    @property
    def codable(self) -> bool: ...
    @property
    def own_count(self) -> int | None: ...
    @property
    def total_count(self) -> int | None: ...


@dataclass(frozen=True, slots=True)
class CodebookDocEntry:
    """One code for the export; counts None means "not counted" and are left out."""

    path: str
    color: str | None = None
    description: str = ""
    codable: bool = True
    own_count: int | None = None
    total_count: int | None = None


@dataclass(slots=True)
class _Node:
    name: str
    item: CodebookDocItem | None = None
    children: list[_Node] = field(default_factory=list)


def description_in(description: str, language: str) -> str:
    """The part of a code's description in `language` ("nl", "en"), paragraphs separated
    by a blank line as given.

    A paragraph starting with a language tag ("EN: ") begins that language's part, which
    runs until the next tagged paragraph; the paragraphs before the first tag are in the
    codebook's own language. The part tagged with `language` is returned without its tag;
    without one, the untagged part (the codebook's language). A description without
    tags is returned as it is."""
    blocks = [b.strip() for b in description.replace("\r\n", "\n").split("\n\n")]
    parts: dict[str | None, list[str]] = {}
    current: str | None = None
    for block in blocks:
        if not block:
            continue
        tagged = _TAGGED.match(block)
        if tagged:
            current = tagged.group("tag").casefold()
            block = block[tagged.end() :]
        parts.setdefault(current, []).append(block)
    if not parts or (len(parts) == 1 and None in parts):
        return description.strip()
    chosen = parts.get(language.casefold()) or parts.get(None) or next(iter(parts.values()))
    return "\n\n".join(chosen)


def doc_entries(
    entries: Sequence[CodebookEntry], counts: Mapping[str, tuple[int, int]] | None = None
) -> list[CodebookDocEntry]:
    """Flatten a codebook tree for `write_codebook_docx`; `counts` maps a GUID to
    (own, with descendants), a code missing from it counts 0. Without `counts` the document
    shows no counts at all (a blank codebook for a methods appendix)."""
    result: list[CodebookDocEntry] = []
    for path, entry in iter_paths(entries):
        own, total = (None, None)
        if counts is not None:
            own, total = counts.get(entry.guid or "", (0, 0))
        result.append(
            CodebookDocEntry(path, entry.color, entry.description, entry.codable, own, total)
        )
    return result


def write_codebook_docx(
    entries: Sequence[CodebookDocItem],
    path_or_stream: str | PathLike[str] | IO[bytes],
    title: str | None = None,
    language: str = "nl",
    *,
    today: date | None = None,
) -> None:
    """Write the codebook document; `language` is "nl" or "en" (anything else: English)."""
    texts = _TEXTS.get(language, _TEXTS["en"])
    roots = _tree(entries)
    document = Document()
    _add_styles(document, "nl-BE" if language == "nl" else "en-GB")
    document.add_paragraph(title or texts["title"], style="Title")
    day = today or date.today()
    month = texts["months"].split()[day.month - 1]
    document.add_paragraph(f"{texts['date']}: {day.day} {month} {day.year}")
    intro = texts["intro"].format(
        codes=_plural(_count(roots), texts["code"]), themes=_plural(len(roots), texts["theme"])
    )
    if any(item.own_count is not None for item in entries):
        intro += texts["intro_counts"]
    document.add_paragraph(intro)
    stack: list[tuple[str, _Node, int]] = [
        (str(i), node, 1) for i, node in reversed(list(enumerate(roots, start=1)))
    ]
    while stack:
        number, node, depth = stack.pop()
        _add_code(document, number, node, depth, texts, language)
        stack.extend(
            (f"{number}.{i}", child, depth + 1)
            for i, child in reversed(list(enumerate(node.children, start=1)))
        )
    if isinstance(path_or_stream, str | PathLike):
        # never half a file over a good one (python-docx takes a path as a string)
        write_atomically(path_or_stream, lambda tmp: document.save(str(tmp)))
    else:
        document.save(path_or_stream)


def _tree(entries: Sequence[CodebookDocItem]) -> list[_Node]:
    """Rebuild the tree from paths; a missing parent becomes a bare heading."""
    roots: list[_Node] = []
    index: dict[tuple[str, ...], _Node] = {}
    for item in entries:
        names = tuple(split_path(item.path))
        level = roots
        for depth in range(1, len(names) + 1):
            node = index.get(names[:depth])
            if node is None:
                node = index[names[:depth]] = _Node(names[depth - 1])
                level.append(node)
            level = node.children
        if names:
            index[names].item = item
    return roots


def _plural(number: int, words: str) -> str:
    singular, plural = words.split()
    return f"{number} {singular if number == 1 else plural}"


def _count(nodes: list[_Node]) -> int:
    return sum(1 + _count(node.children) for node in nodes)


def _add_styles(document: WordDocument, language_tag: str) -> None:
    styles = document.styles
    normal = styles["Normal"]
    # one face throughout, named: the template's theme font becomes a serif in LibreOffice
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    lang = OxmlElement("w:lang")  # spelling and hyphenation in the codebook's language
    lang.set(qn("w:val"), language_tag)
    normal.element.get_or_add_rPr().append(lang)
    definition = styles.add_style(DEFINITION_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    definition.base_style = styles["Normal"]
    definition.paragraph_format.left_indent = Cm(0.6)
    definition.paragraph_format.space_after = Pt(4)
    details = styles.add_style(DETAILS_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    details.base_style = styles["Normal"]
    details.paragraph_format.left_indent = Cm(0.6)
    details.paragraph_format.space_after = Pt(10)
    details.font.size = Pt(9)
    details.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def _add_code(
    document: WordDocument,
    number: str,
    node: _Node,
    depth: int,
    texts: dict[str, str],
    language: str,
) -> None:
    add = document.add_paragraph
    heading = add(style=f"Heading {min(depth, 9)}")
    item = node.item
    color = normalize_color(item.color) if item is not None else None
    if color is not None:
        swatch = heading.add_run(SWATCH + " ")
        swatch.font.color.rgb = RGBColor.from_string(color[1:])
    heading.add_run(f"{number} {node.name}")
    if item is None:
        return
    shown = description_in(item.description, language)
    blocks = [b.strip() for b in shown.replace("\r\n", "\n").split("\n\n")]
    blocks = [b for b in blocks if b]
    first = add(style=DEFINITION_STYLE)
    first.add_run(f"{texts['definition']}: ").bold = True
    if not blocks:
        first.add_run(texts["none"]).italic = True
    for i, block in enumerate(blocks):
        paragraph = first if i == 0 else add(style=DEFINITION_STYLE)
        lines = block.split("\n")
        for j, line in enumerate(lines):
            run = paragraph.add_run(line)
            if j < len(lines) - 1:
                run.add_break()
    details: list[str] = []
    if item.own_count is not None:
        own, total = item.own_count, item.total_count
        counted = (
            str(own)
            if not node.children or total is None
            else texts["own_total"].format(own=own, total=total)
        )
        details.append(f"{texts['segments']}: {counted}")
    if color is not None:
        details.append(f"{texts['colour']}: {color}")
    if not item.codable:
        details.append(texts["folder"])
    if details:
        add(" · ".join(details), style=DETAILS_STYLE)
