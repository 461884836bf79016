"""Quote lists in Word: codebook order, roles in report order, named styles, a TOC field."""

from __future__ import annotations

import io
import time
from datetime import date

import docx
from docx.enum.style import WD_STYLE_TYPE

from duocoder.analysis.quotes import CodeSection, Quote
from duocoder.domain.roles import Role
from duocoder.io.quotes_docx import (
    GROUP_STYLE,
    MEMO_STYLE,
    QUOTE_STYLE,
    ROLE_STYLE,
    SOURCE_STYLE,
    write_quotes_docx,
)

SECTIONS = [
    CodeSection(1, "Verbinding", "Verbinding", 1, "De relatie.\n\nEN: The relationship."),
    CodeSection(
        2,
        "Verbinding/Vertrouwen",
        "Vertrouwen",
        2,
        "Vertrouwen tussen beiden.",
        (
            Quote(("Hij belt altijd terug.",), Role.COORDINATOR, "Carla", "Samen vzw"),
            Quote(
                ("Ik vertrouw haar.", "Omdat ze terugbelt."),
                Role.PARTICIPANT,
                "Anna",
                "Samen vzw",
                "Duo 1",
                (2, 4),
                "Sterk citaat.",
            ),
            Quote(("We gaan naar de markt.",), Role.VOLUNTEER, "Bert", None, "Duo 1", (7, 7)),
        ),
    ),
    CodeSection(3, "Obstakels/Tijd", "Tijd", 2, chosen=True),
]


def _write(**options: object) -> docx.document.Document:
    buffer = io.BytesIO()
    write_quotes_docx(SECTIONS, buffer, today=date(2025, 3, 14), **options)  # type: ignore[arg-type]
    buffer.seek(0)
    return docx.Document(buffer)


def test_quotes_read_like_a_report() -> None:
    document = _write(definition=["Citaten per code en rol"])
    body = [(p.style.name, p.text) for p in document.paragraphs]
    start = body.index(("Heading 2", "Vertrouwen"))
    assert body[start + 1 : start + 9] == [
        (GROUP_STYLE, "Coördinatoren (1)"),
        (QUOTE_STYLE, "‘Hij belt altijd terug.’"),
        (ROLE_STYLE, "(coördinator)"),
        (GROUP_STYLE, "Deelnemers (1)"),
        (QUOTE_STYLE, "‘Ik vertrouw haar. […] Omdat ze terugbelt.’"),
        (ROLE_STYLE, "(deelnemer)"),
        (GROUP_STYLE, "Vrijwilligers (1)"),
        (QUOTE_STYLE, "‘We gaan naar de markt.’"),
    ]
    assert body[0] == ("Title", "Citaten")
    assert body[1] == ("Subtitle", "14 maart 2025 · 3 citaten uit 3 documenten")
    assert ("Selection Note", "Citaten per code en rol") in body
    assert ("Heading 1", "Verbinding") in body
    assert body[-1] == ("Selection Note", "Geen citaten in deze selectie.")
    assert not any(name in (SOURCE_STYLE, MEMO_STYLE) for name, _ in body)
    assert not any(name == "Code Definition" for name, _ in body)


def test_sources_memos_and_definitions_on_request() -> None:
    document = _write(with_source=True, with_memo=True, with_definitions=True)
    texts = [(p.style.name, p.text) for p in document.paragraphs]
    assert (SOURCE_STYLE, "Bron: Anna · alinea 2–4 · Samen vzw · Duo 1") in texts
    assert (SOURCE_STYLE, "Bron: Bert · alinea 7 · Duo 1") in texts
    assert (SOURCE_STYLE, "Bron: Carla · Samen vzw") in texts
    assert (MEMO_STYLE, "Memo: Sterk citaat.") in texts
    # the project's language only: the English paragraph is not printed
    assert ("Code Definition", "De relatie.") in texts
    assert not any("relationship" in text for _, text in texts)


def test_english_labels_and_named_restylable_styles() -> None:
    document = _write(language="en")
    texts = [p.text for p in document.paragraphs]
    assert "(participant)" in texts and "Participants (1)" in texts
    names = {s.name for s in document.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
    assert {QUOTE_STYLE, ROLE_STYLE, SOURCE_STYLE, MEMO_STYLE, GROUP_STYLE} <= names
    # every paragraph carries a named style, none is formatted by hand
    assert all(not run.italic and not run.bold for p in document.paragraphs for run in p.runs)


def test_table_of_contents_is_a_field_that_updates_on_opening() -> None:
    document = _write()
    xml = document.element.xml
    assert 'TOC \\o "1-3"' in xml
    assert 'w:fldCharType="begin"' in xml and 'w:dirty="true"' in xml
    assert (
        document.settings.element.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}updateFields"
        )
        is not None
    )
    toc = [p.text for p in document.paragraphs if p.style.name.startswith("toc ")]
    assert toc == ["Verbinding", "Vertrouwen", "Tijd"]


def test_five_thousand_quotes_within_budget() -> None:
    quote = Quote(("Ik ga elke week met haar naar de markt.",), Role.VOLUNTEER, "Bert")
    sections = [
        CodeSection(i, f"Code {i}", f"Code {i}", 1, quotes=(quote,) * 100) for i in range(50)
    ]
    started = time.perf_counter()
    write_quotes_docx(sections, io.BytesIO(), with_source=True)
    assert time.perf_counter() - started < 5
