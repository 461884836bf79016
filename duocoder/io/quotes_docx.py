"""Quote lists as a Word document, laid out as a research report quotes its respondents.

Per code in codebook order a heading (Heading 1..9 by depth, so Word's navigation pane and
the table of contents show the codebook), optionally the code's definition, then the
quotes grouped by role in the order coördinator, deelnemer, vrijwilliger. Each quote is

    ‘Ik ga elke week met haar naar de markt.’
    (vrijwilliger)

the passage between ‘ ’ in the `Quote` style and the role on its own line in parentheses
(`attribution="line"`), or the role right after the passage, upright, as books quote
(`attribution="inline"`: ‘Ik ga elke week met haar naar de markt.’ (vrijwilliger)),
optionally followed by its source and the coder's memo. The pieces of a quote are the
respondent's words only; where the interviewer's words were left out they are joined by
[…], and a quote cut mid-sentence has (…) at that end (see `duocoder.analysis.quotes`).
A code's definition (`with_definitions`) is printed in the document's language only
(`duocoder.io.codebook_docx.description_in`).

Input: any sections and quotes with the attributes of `SectionLike` and `QuoteLike`
(`duocoder.analysis.quotes` makes them). Everything rests on named styles — `Title`,
`Heading n`, `TOC Heading`, `Quote`, and our own `Quote Role`, `Quote Source`, `Quote
Memo`, `Quote Group`, `Code Definition` and `Selection Note` — so a researcher restyles
the whole document (or pastes it into the report's template) in one go. The table of
contents is a real TOC field, marked dirty so Word fills in page numbers on opening; until
then it lists the headings."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from os import PathLike
from typing import IO, TYPE_CHECKING, Protocol, TypedDict, cast

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from duocoder.domain.roles import Role
from duocoder.io.atomic import write_atomically
from duocoder.io.codebook_docx import description_in

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.oxml.text.paragraph import CT_P
    from docx.styles.style import BaseStyle, ParagraphStyle
    from docx.text.paragraph import Paragraph

OMISSION = "[…]"
CUT = "(…)"
ATTRIBUTIONS = ("line", "inline")
ROLE_STYLE = "Quote Role"
SOURCE_STYLE = "Quote Source"
MEMO_STYLE = "Quote Memo"
GROUP_STYLE = "Quote Group"
DEFINITION_STYLE = "Code Definition"
NOTE_STYLE = "Selection Note"
QUOTE_STYLE = "Quote"
TOC_LEVELS = 3


class _Texts(TypedDict):
    title: str
    contents: str
    count: str
    one: str
    none: str
    nothing: str
    source: str
    paragraph: str
    memo: str
    groups: dict[Role, str]
    months: str


_TEXTS: dict[str, _Texts] = {
    "nl": {
        "title": "Citaten",
        "contents": "Inhoud",
        "count": "{n} citaten uit {d} documenten",
        "one": "1 citaat uit 1 document",
        "none": "Geen citaten in deze selectie.",
        "nothing": "Geen enkel gecodeerd fragment past bij deze selectie.",
        "source": "Bron",
        "paragraph": "alinea",
        "memo": "Memo",
        "groups": {
            Role.COORDINATOR: "Coördinatoren",
            Role.PARTICIPANT: "Deelnemers",
            Role.VOLUNTEER: "Vrijwilligers",
            Role.OTHER: "Andere",
        },
        "months": "januari februari maart april mei juni juli augustus september oktober "
        "november december",
    },
    "en": {
        "title": "Quotations",
        "contents": "Contents",
        "count": "{n} quotations from {d} documents",
        "one": "1 quotation from 1 document",
        "none": "No quotations in this selection.",
        "nothing": "No coded segment fits this selection.",
        "source": "Source",
        "paragraph": "paragraph",
        "memo": "Memo",
        "groups": {
            Role.COORDINATOR: "Coordinators",
            Role.PARTICIPANT: "Participants",
            Role.VOLUNTEER: "Volunteers",
            Role.OTHER: "Others",
        },
        "months": "January February March April May June July August September October "
        "November December",
    },
}


class QuoteLike(Protocol):
    """One quote: the respondent's words as pieces, and where it comes from."""

    @property
    def pieces(self) -> tuple[str, ...]: ...
    @property
    def role(self) -> Role: ...
    @property
    def doc(self) -> str: ...
    @property
    def case(self) -> str | None: ...
    @property
    def duo(self) -> str | None: ...
    @property
    def paragraphs(self) -> tuple[int, int] | None: ...
    @property
    def memo(self) -> str | None: ...


class SectionLike(Protocol):
    """A code's heading (`depth` 1 at the top), its definition and its quotes in order;
    `chosen` sections say so when they hold no quote."""

    @property
    def name(self) -> str: ...
    @property
    def depth(self) -> int: ...
    @property
    def description(self) -> str: ...
    @property
    def quotes(self) -> tuple[QuoteLike, ...]: ...
    @property
    def chosen(self) -> bool: ...


def write_quotes_docx(
    sections: Sequence[SectionLike],
    path_or_stream: str | PathLike[str] | IO[bytes],
    *,
    language: str = "nl",
    project: str | None = None,
    definition: Sequence[str] = (),
    with_source: bool = False,
    with_memo: bool = False,
    with_definitions: bool = False,
    attribution: str = "line",
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Write the quote list, titled after the `project`; `definition` lines describe the
    selection under the title. `attribution` is "line" (the role under the quote) or
    "inline" (after it); a quote with `open_start`/`open_end` set gets (…) there."""
    if attribution not in ATTRIBUTIONS:
        raise ValueError(f"attribution is one of {ATTRIBUTIONS}, not {attribution!r}")
    texts = _TEXTS.get(language, _TEXTS["en"])
    document = Document()
    styles = _add_styles(document, "nl-BE" if language == "nl" else "en-GB")
    body = _Body(document)
    title = texts["title"] + (f" – {project}" if project else "")
    body.add(title, styles["Title"])
    quotes = [q for s in sections for q in s.quotes]
    docs = len({q.doc for q in quotes})
    day = today or date.today()
    month = texts["months"].split()[day.month - 1]
    count = (
        texts["one"]
        if len(quotes) == 1 and docs == 1
        else texts["count"].format(n=_number(len(quotes), language), d=docs)
    )
    body.add(f"{day.day} {month} {day.year} · {count}", styles["Subtitle"])
    for line in definition:
        body.add(line, styles[NOTE_STYLE])
    body.add(texts["contents"], styles["TOC Heading"])
    _toc(body, sections, styles)
    body.add("", styles["Normal"]).add_run().add_break(WD_BREAK.PAGE)
    if not quotes and not any(s.chosen for s in sections):
        body.add(texts["nothing"], styles["Normal"])
    total, done = len(quotes), 0
    for section in sections:
        body.add(section.name, styles[f"Heading {min(section.depth, 9)}"])
        own = description_in(section.description, language) if with_definitions else ""
        for block in own.split("\n\n") if own.strip() else ():
            body.add(" ".join(block.split()), styles[DEFINITION_STYLE])
        if not section.quotes:
            if section.chosen:
                body.add(texts["none"], styles[NOTE_STYLE])
            continue
        role = None
        for quote in section.quotes:
            if quote.role != role:
                role = quote.role
                n = sum(1 for q in section.quotes if q.role == role)
                body.add(f"{texts['groups'][role]} ({n})", styles[GROUP_STYLE])
            _quote(body, quote, styles, texts, language, with_source, with_memo, attribution)
            done += 1
            if progress is not None and done % 250 == 0:
                progress(done, total)
    _update_fields_on_open(document)
    save_docx(document, path_or_stream)


def save_docx(document: DocxDocument, path_or_stream: str | PathLike[str] | IO[bytes]) -> None:
    """Save a python-docx document; to a file through a temporary one (see
    `duocoder.io.atomic`), so a failed save leaves the previous file as it was."""
    if isinstance(path_or_stream, str | PathLike):
        # python-docx takes a path as a string
        write_atomically(path_or_stream, lambda tmp: document.save(str(tmp)))
    else:
        document.save(path_or_stream)


def _number(n: int, language: str) -> str:
    text = f"{n:,}"
    return text.replace(",", ".") if language == "nl" else text


def _quote(
    body: _Body,
    quote: QuoteLike,
    styles: Mapping[str, BaseStyle],
    texts: _Texts,
    language: str,
    with_source: bool,
    with_memo: bool,
    attribution: str = "line",
) -> None:
    words = [
        *([CUT] if getattr(quote, "open_start", False) else []),
        f" {OMISSION} ".join(quote.pieces),
        *([CUT] if getattr(quote, "open_end", False) else []),
    ]
    role = f"({quote.role.label(language)})"
    paragraph = body.add(f"‘{' '.join(words)}’", styles[QUOTE_STYLE])
    if attribution == "inline":
        run = paragraph.add_run(f"\u00a0{role}")  # never alone at the start of a line
        run.italic = False
        run.font.size = Pt(10)
        paragraph.paragraph_format.keep_with_next = bool(with_source or with_memo)
    else:
        body.add(role, styles[ROLE_STYLE])
    if with_source:
        parts = [quote.doc]
        if quote.paragraphs is not None:
            a, b = quote.paragraphs
            parts.append(f"{texts['paragraph']} {a}" + (f"–{b}" if b != a else ""))
        parts += [p for p in (quote.case, quote.duo) if p]
        body.add(f"{texts['source']}: {' · '.join(parts)}", styles[SOURCE_STYLE])
    if with_memo and quote.memo and quote.memo.strip():
        body.add(f"{texts['memo']}: {' '.join(quote.memo.split())}", styles[MEMO_STYLE])


class _Body:
    """Appends paragraphs fast: python-docx's own `add_paragraph` looks the style up by
    name and searches the whole body for the section properties on every call, which
    makes 20,000 paragraphs quadratic. Here the style ids are resolved once and new
    paragraphs go straight before the final `w:sectPr`."""

    def __init__(self, document: DocxDocument) -> None:
        from docx.text.paragraph import Paragraph

        self._paragraph = Paragraph
        self._body = document.element.body
        self._parent = document._body
        self._sect = self._body.find(qn("w:sectPr"))

    def add(self, text: str, style: BaseStyle) -> Paragraph:
        p = cast("CT_P", OxmlElement("w:p"))  # python-docx makes every w:p a CT_P
        if style.name != "Normal":
            ppr = OxmlElement("w:pPr")
            pstyle = OxmlElement("w:pStyle")
            pstyle.set(qn("w:val"), style.style_id)
            ppr.append(pstyle)
            p.append(ppr)
        if text:
            r = OxmlElement("w:r")
            t = OxmlElement("w:t")
            t.text = text
            if text != text.strip():
                t.set(qn("xml:space"), "preserve")
            r.append(t)
            p.append(r)
        if self._sect is not None:
            self._sect.addprevious(p)
        else:
            self._body.append(p)
        return self._paragraph(p, self._parent)


def _toc(body: _Body, sections: Sequence[SectionLike], styles: Mapping[str, BaseStyle]) -> None:
    """A TOC field over Heading 1..3 whose cached result lists the headings, so the
    contents show before Word (or LibreOffice, Tools › Update) adds the page numbers."""
    entries: list[SectionLike | None] = [s for s in sections if s.depth <= TOC_LEVELS] or [None]
    for i, section in enumerate(entries):
        level = section.depth if section is not None else 1
        p = body.add("", styles[f"toc {level}"])
        if i == 0:
            _field_char(p, "begin", dirty=True)
            run = p.add_run()
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f' TOC \\o "1-{TOC_LEVELS}" \\h \\z \\u '
            run._r.append(instr)
            _field_char(p, "separate")
        if section is not None:
            p.add_run(section.name)
        if i == len(entries) - 1:
            _field_char(p, "end")


def _field_char(paragraph: Paragraph, kind: str, dirty: bool = False) -> None:
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    paragraph.add_run()._r.append(char)


def _update_fields_on_open(document: DocxDocument) -> None:
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


def _add_styles(document: DocxDocument, language_tag: str) -> dict[str, BaseStyle]:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"  # one face throughout, whatever the template's theme
    normal.font.size = Pt(11)
    lang = OxmlElement("w:lang")  # spelling and hyphenation in the report's language
    lang.set(qn("w:val"), language_tag)
    normal.element.get_or_add_rPr().append(lang)

    def paragraph_style(name: str, base: BaseStyle = normal) -> ParagraphStyle:
        style: ParagraphStyle = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = base
        style.quick_style = True
        return style

    quote = styles[QUOTE_STYLE]
    fmt = quote.paragraph_format
    fmt.left_indent = fmt.right_indent = Cm(1)
    fmt.space_before, fmt.space_after = Pt(10), Pt(0)
    fmt.keep_with_next = True
    quote.font.italic = True
    quote.font.color.rgb = RGBColor(0x1F, 0x1F, 0x1F)

    role = paragraph_style(ROLE_STYLE)
    role.paragraph_format.left_indent = Cm(1)
    role.paragraph_format.space_before = role.paragraph_format.space_after = Pt(0)
    role.font.size = Pt(10)

    for name, size, italic in ((SOURCE_STYLE, 8.5, False), (MEMO_STYLE, 9, True)):
        style = paragraph_style(name, role)
        style.font.size = Pt(size)
        style.font.italic = italic
        style.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    group = paragraph_style(GROUP_STYLE)
    group.paragraph_format.space_before = Pt(12)
    group.paragraph_format.space_after = Pt(0)
    group.paragraph_format.keep_with_next = True
    group.font.bold = True
    group.font.small_caps = True
    group.font.color.rgb = RGBColor(0x40, 0x40, 0x40)

    definition = paragraph_style(DEFINITION_STYLE)
    definition.paragraph_format.space_after = Pt(6)
    definition.font.color.rgb = RGBColor(0x40, 0x40, 0x40)

    note = paragraph_style(NOTE_STYLE)
    note.paragraph_format.space_after = Pt(2)
    note.font.size = Pt(9)
    note.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    for level in range(1, TOC_LEVELS + 1):
        toc = paragraph_style(f"toc {level}")
        toc.style_id = f"TOC{level}"  # Word's own id: its TOC field then uses this style
        toc.paragraph_format.left_indent = Cm(0.5 * (level - 1))
        toc.paragraph_format.space_after = Pt(2)

    names = [
        "Normal",
        "Title",
        "Subtitle",
        "TOC Heading",
        QUOTE_STYLE,
        *(f"Heading {n}" for n in range(1, 10)),
        *(f"toc {n}" for n in range(1, TOC_LEVELS + 1)),
    ]
    out: dict[str, BaseStyle] = {name: styles[name] for name in names}
    out.update(
        {s.name: s for s in (role, group, definition, note)}
        | {n: styles[n] for n in (SOURCE_STYLE, MEMO_STYLE)}
    )
    return out
