"""The page, styles and table rules of the agreement summary (`duocoder.io.agreement_docx`).

A4 portrait with 1.8 cm margins (python-docx's own template is US Letter), Calibri
throughout with the language tagged for spelling and hyphenation, named styles a researcher
restyles in one go (`Agreement Table`, `Agreement Note`, `Agreement Sentence`), and a table
with booktabs-like rules and fixed column widths instead of a grid. Elements python-docx has
no setting for are inserted where the WordprocessingML schema wants them: Word refuses a
document whose property elements are out of order, where LibreOffice is lenient."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.styles.style import ParagraphStyle
    from docx.table import Table, _Cell

TABLE_STYLE = "Agreement Table"
NOTE_STYLE = "Agreement Note"
SENTENCE_STYLE = "Agreement Sentence"
GREY = RGBColor(0x59, 0x59, 0x59)
AFTER_PBDR = tuple(  # the children of w:pPr that come after w:pBdr, in schema order
    [
        "w:shd",
        "w:tabs",
        "w:suppressAutoHyphens",
        "w:kinsoku",
        "w:wordWrap",
        "w:overflowPunct",
        "w:topLinePunct",
        "w:autoSpaceDE",
        "w:autoSpaceDN",
        "w:bidi",
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
        "w:textDirection",
        "w:textAlignment",
        "w:textboxTightWrap",
        "w:outlineLvl",
        "w:divId",
        "w:cnfStyle",
        "w:rPr",
        "w:sectPr",
        "w:pPrChange",
    ]
)


def page_setup(document: DocxDocument) -> None:
    """A4 portrait with 1.8 cm margins (python-docx's template is US Letter)."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin, section.bottom_margin = Cm(1.6), Cm(1.6)


def add_styles(document: DocxDocument, language_tag: str) -> None:
    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10)
    normal.paragraph_format.space_after = Pt(4)
    normal.paragraph_format.line_spacing = 1.05
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), language_tag)
    normal.element.get_or_add_rPr().append(lang)
    for name in ("Title", "Subtitle", "Heading 2", "List Bullet"):
        styles[name].font.name = "Calibri"
    title = styles["Title"]
    title.font.size = Pt(16)
    title.paragraph_format.space_after = Pt(2)
    subtitle = styles["Subtitle"]
    subtitle.font.size = Pt(10)
    subtitle.font.color.rgb = GREY
    subtitle.paragraph_format.space_after = Pt(6)
    heading = styles["Heading 2"]
    heading.font.size = Pt(11)
    heading.paragraph_format.space_before = Pt(8)
    heading.paragraph_format.space_after = Pt(2)
    bullet = styles["List Bullet"]
    bullet.font.size = Pt(8.5)
    bullet.paragraph_format.space_after = Pt(1)
    bullet.paragraph_format.line_spacing = 1.0

    def add(name: str) -> ParagraphStyle:
        style: ParagraphStyle = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.quick_style = True
        return style

    table = add(TABLE_STYLE)
    table.font.size = Pt(8.5)
    table.paragraph_format.space_after = Pt(0)
    table.paragraph_format.line_spacing = 1.0
    note = add(NOTE_STYLE)
    note.font.size = Pt(8)
    note.font.color.rgb = GREY
    note.paragraph_format.space_after = Pt(1)
    sentence = add(SENTENCE_STYLE)
    sentence.font.italic = True
    sentence.paragraph_format.left_indent = Cm(0.4)
    sentence.paragraph_format.space_before = Pt(2)
    border = OxmlElement("w:pBdr")  # a grey rule on the left, as a quoted block
    left = OxmlElement("w:left")
    for key, value in (("w:val", "single"), ("w:sz", "18"), ("w:space", "8")):
        left.set(qn(key), value)
    left.set(qn("w:color"), "A6A6A6")
    border.append(left)
    # where the schema wants it: Word refuses a w:pPr whose children are out of order
    sentence.element.get_or_add_pPr().insert_element_before(border, *AFTER_PBDR)


def code_cell(cell: _Cell, path: str, bold: bool, document: DocxDocument) -> None:
    """A code path with its parents in grey, so the code's own name stands out."""
    p = cell.paragraphs[0]
    p.style = document.styles[TABLE_STYLE]
    parent, sep, name = path.rpartition("/")
    if sep and not bold:
        run = p.add_run(parent + sep)
        run.font.color.rgb = GREY
    p.add_run(name if sep and not bold else path).bold = bold


def number_cell(
    cell: _Cell, text: str, bold: bool, document: DocxDocument, *, mark: str = ""
) -> None:
    p = cell.paragraphs[0]
    p.style = document.styles[TABLE_STYLE]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run(text).bold = bold
    if mark:
        p.add_run(mark).font.superscript = True


def borders(cell: _Cell, **sides: str) -> None:
    """Thin rules on the given sides of a cell (booktabs-like, instead of a grid)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tc_pr.append(borders)
    for side, kind in sides.items():
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), kind)
        element.set(qn("w:sz"), "6")
        element.set(qn("w:color"), "595959")
        borders.append(element)


def repeat_header(row: object) -> None:
    """The header row comes back on every page a long table runs onto."""
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def fixed_layout(table: Table) -> None:
    """Column widths as given, not stretched to the longest code path, and narrow cell
    margins (1 mm each side) so the numbers get the room."""
    tbl_pr = table._tbl.tblPr
    after = ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")
    margins = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        margin = OxmlElement(f"w:{side}")
        margin.set(qn("w:w"), "57")  # twentieths of a point: 1 mm
        margin.set(qn("w:type"), "dxa")
        margins.append(margin)
    tbl_pr.insert_element_before(margins, *after)
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.insert_element_before(layout, "w:tblCellMar", *after)


def no_split(row: object) -> None:
    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    cant = OxmlElement("w:cantSplit")
    cant.set(qn("w:val"), "true")
    tr_pr.append(cant)
