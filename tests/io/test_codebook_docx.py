"""The codebook as a Word document: numbered, restylable, with definitions, colours, counts."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import RGBColor

from duocoder.domain.codebook import CodebookEntry
from duocoder.domain.records import CodeInfo
from duocoder.io.codebook_docx import (
    DEFINITION_STYLE,
    DETAILS_STYLE,
    SWATCH,
    CodebookDocEntry,
    doc_entries,
    write_codebook_docx,
)

TREE = [
    CodebookEntry(
        "Verbinding",
        guid="g1",
        color="#56B4E9",
        description="Gebruik voor de relatie.\n\nEN: Use for the relationship.",
        children=[
            CodebookEntry(
                "Vertrouwensrelatie",
                guid="g2",
                color="#AADAF4",
                description="Vertrouwen.",
                children=[CodebookEntry("Ja/nee", guid="g3", codable=False)],
            ),
            CodebookEntry("Klik", guid="g4", color="#C2E4F7", description="Klik."),
        ],
    ),
    CodebookEntry("Context", guid="g5", color="#F0E442", description="Achtergrond."),
]
COUNTS = {"g1": (2, 9), "g2": (4, 5), "g3": (1, 1), "g4": (2, 2)}


def _write(entries: Sequence[Any], language: str = "nl", title: str | None = None) -> WordDocument:
    buffer = io.BytesIO()
    write_codebook_docx(entries, buffer, title, language, today=date(2025, 3, 7))
    buffer.seek(0)
    return docx.Document(buffer)


def _by_style(document: WordDocument, prefix: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith(prefix)]


def test_numbered_headings_definitions_and_counts_in_dutch() -> None:
    document = _write(doc_entries(TREE, COUNTS))
    paragraphs = document.paragraphs
    assert paragraphs[0].style.name == "Title" and paragraphs[0].text == "Codeboek"
    assert paragraphs[1].text == "Datum: 7 maart 2025"
    assert paragraphs[2].text.startswith("Dit codeboek telt 5 codes in 2 thema's.")
    assert _by_style(document, "Heading 1") == [f"{SWATCH} 1 Verbinding", f"{SWATCH} 2 Context"]
    assert _by_style(document, "Heading 2") == [
        f"{SWATCH} 1.1 Vertrouwensrelatie",
        f"{SWATCH} 1.2 Klik",
    ]
    assert _by_style(document, "Heading 3") == ["1.1.1 Ja/nee"]  # no colour, no swatch
    definitions = _by_style(document, DEFINITION_STYLE)
    assert definitions[:2] == [
        "Definitie: Gebruik voor de relatie.",  # the Dutch only, not "EN: Use for…"
        "Definitie: Vertrouwen.",
    ]
    assert "Definitie: (geen definitie)" in definitions
    details = _by_style(document, DETAILS_STYLE)
    assert details[0] == "Fragmenten: 2 eigen, 9 inclusief subcodes · Kleur: #56B4E9"
    assert "Fragmenten: 1 · niet codeerbaar (map)" in details
    assert "Fragmenten: 0 · Kleur: #F0E442" in details  # a code absent from the counts


def test_uses_named_styles_a_researcher_can_restyle() -> None:
    document = _write(doc_entries(TREE, COUNTS))
    names = {style.name for style in document.styles}
    assert {DEFINITION_STYLE, DETAILS_STYLE, "Heading 1", "Heading 2", "Heading 3"} <= names
    used = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3", DEFINITION_STYLE} <= used
    for paragraph in document.paragraphs:
        if paragraph.style.name.startswith("Heading"):
            assert paragraph.style.type == WD_STYLE_TYPE.PARAGRAPH


def test_swatch_run_carries_the_code_colour() -> None:
    document = _write(doc_entries(TREE, COUNTS))
    heading = next(p for p in document.paragraphs if p.text.endswith("1 Verbinding"))
    swatch = heading.runs[0]
    assert swatch.text.startswith(SWATCH)
    assert swatch.font.color.rgb == RGBColor(0x56, 0xB4, 0xE9)
    assert heading.runs[1].font.color.rgb is None  # the name keeps the heading style


def test_english_headings_and_custom_title() -> None:
    document = _write(doc_entries(TREE, COUNTS), language="en", title="Buddy programmes")
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "Buddy programmes"
    assert texts[1] == "Date: 7 March 2025"
    assert texts[2].startswith("This codebook holds 5 codes in 2 themes.")
    assert "Definition: Vertrouwen." in texts
    assert "Segments: 4 own, 5 including subcodes · Colour: #AADAF4" in texts
    assert "Segments: 1 · not codable (folder)" in texts


def test_without_counts_no_count_lines() -> None:
    document = _write(doc_entries(TREE))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Fragmenten" not in text
    assert "aantal gecodeerde fragmenten" not in text


def test_accepts_code_info_snapshots_and_fills_missing_parents() -> None:
    def info(code_id: int, path: str, own: int, total: int) -> CodeInfo:
        return CodeInfo(
            id=code_id, name=path.rsplit("/", 1)[-1], path=path, parent_id=None, guid=f"g{code_id}",
            color="#CC79A7", description="Def.", codable=True, position=0,
            own_count=own, total_count=total,
        )  # fmt: skip

    entries = [info(1, "Professionele ondersteuning/Werving en screening", 3, 3)]
    entries.append(info(2, "Professionele ondersteuning/Werving en screening/Intake", 1, 1))
    document = _write(entries)
    assert _by_style(document, "Heading 1") == ["1 Professionele ondersteuning"]
    assert _by_style(document, "Heading 2") == [f"{SWATCH} 1.1 Werving en screening"]
    assert _by_style(document, "Heading 3") == [f"{SWATCH} 1.1.1 Intake"]
    assert "Fragmenten: 3 eigen, 3 inclusief subcodes · Kleur: #CC79A7" in _by_style(
        document, DETAILS_STYLE
    )


def test_deep_trees_stop_at_heading_nine_and_multiline_definitions_keep_breaks() -> None:
    paths = ["/".join(f"L{i}" for i in range(1, depth + 1)) for depth in range(1, 12)]
    entries = [CodebookDocEntry(p, description="een\ntwee") for p in paths]
    document = _write(entries)
    assert _by_style(document, "Heading 9")[-1].startswith("1.1.1.1.1.1.1.1.1.1.1 L11")
    assert "Definitie: een\ntwee" in _by_style(document, DEFINITION_STYLE)


def test_writes_to_a_path(tmp_path: Path) -> None:
    target = tmp_path / "codeboek.docx"
    write_codebook_docx(doc_entries(TREE, COUNTS), target)
    today = datetime.now().date()
    assert f"{today.year}" in docx.Document(str(target)).paragraphs[1].text
