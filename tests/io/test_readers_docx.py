"""Word transcripts read as the researcher sees them in Word, with changes accepted."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from docx_factory import (
    add_footnote,
    docx_with_body,
    make_docx,
    paragraph,
    read_member,
    rewrite_zip,
    zip_with,
)

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import SourceText
from duocoder.domain.text import canonical
from duocoder.io.readers import read_source

DAMAGED = "the file is damaged or is not a Word document"


def read(path: Path) -> SourceText:
    return read_source(path.name, path.read_bytes())


def paragraph_texts(source: SourceText) -> list[str]:
    """The paragraphs as the user sees them, after checking the spans' invariants."""
    texts = [source.text[start:end] for start, end in source.paragraphs]
    assert "\n".join(texts) == source.text
    assert source.text == canonical(source.text)
    assert source.turns is None and source.format == "docx"
    return texts


def test_paragraphs_in_order_with_empty_ones_skipped_and_trailing_spaces_stripped(
    tmp_path: Path,
) -> None:
    path = make_docx(tmp_path, ["Interviewer: Hoe gaat het?  ", "", "   ", "Respondent: Goed."])
    source = read(path)
    assert source.text == "Interviewer: Hoe gaat het?\nRespondent: Goed."
    assert source.paragraphs == ((0, 26), (27, 44))
    assert paragraph_texts(source) == ["Interviewer: Hoe gaat het?", "Respondent: Goed."]


def test_characters_researchers_type_are_kept(tmp_path: Path) -> None:
    words = "“Dat is ‘m’,” zei ze – 10\u00a0% 😀 coördinator’s café"
    source = read(make_docx(tmp_path, [words]))
    assert source.text == words


def test_decomposed_accents_become_composed(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "coördinator café")
    source = read(make_docx(tmp_path, [decomposed]))
    assert source.text == "coördinator café"
    assert len(source.text) == 16


def test_text_split_over_many_runs_is_joined(tmp_path: Path) -> None:
    body = paragraph("Inter", "viewer", ": Hoe ", "gaat", " het?") + paragraph("R", ": Goed")
    source = read(docx_with_body(tmp_path, body))
    assert paragraph_texts(source) == ["Interviewer: Hoe gaat het?", "R: Goed"]


def test_table_rows_become_tab_joined_paragraphs_between_body_paragraphs(tmp_path: Path) -> None:
    rows = [["Interviewer", "Hoe gaat het?"], ["Respondent", "Goed, dank je."]]
    path = make_docx(tmp_path, ["Transcript 3"], table=rows)
    source = read(path)
    assert paragraph_texts(source) == [
        "Transcript 3",
        "Interviewer\tHoe gaat het?",
        "Respondent\tGoed, dank je.",
    ]


def test_cell_paragraphs_and_nested_tables_are_flattened_in_order(tmp_path: Path) -> None:
    nested = (
        "<w:tbl><w:tr><w:tc>" + paragraph("binnen 1") + "</w:tc><w:tc>" + paragraph("binnen 2")
    ) + "</w:tc></w:tr></w:tbl>"
    body = (
        "<w:tbl><w:tr>"
        "<w:tc>" + paragraph("R") + "</w:tc>"
        "<w:tc>" + paragraph("eerste alinea") + paragraph("tweede alinea") + nested + "</w:tc>"
        "</w:tr><w:tr><w:tc>" + paragraph("") + "</w:tc><w:tc>" + paragraph("vervolg") + "</w:tc>"
        "</w:tr></w:tbl>" + paragraph("Einde")
    )
    source = read(docx_with_body(tmp_path, body))
    assert paragraph_texts(source) == [
        "R\teerste alinea\ntweede alinea\nbinnen 1\tbinnen 2",
        "\tvervolg",
        "Einde",
    ]


def test_tracked_changes_are_read_as_accepted(tmp_path: Path) -> None:
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>Ik werk </w:t></w:r>"
        "<w:del w:id='1' w:author='A'><w:r><w:delText>niet </w:delText></w:r></w:del>"
        "<w:ins w:id='2' w:author='A'><w:r><w:t xml:space='preserve'>graag </w:t></w:r></w:ins>"
        "<w:r><w:t>als buddy.</w:t></w:r>"
        "<w:moveFrom w:id='3' w:author='A'><w:r><w:t>Oud.</w:t></w:r></w:moveFrom>"
        "<w:moveTo w:id='4' w:author='A'><w:r><w:t xml:space='preserve'> Nieuw.</w:t></w:r>"
        "</w:moveTo></w:p>"
        "<w:p><w:del w:id='5' w:author='A'><w:r><w:delText>Weg.</w:delText></w:r></w:del></w:p>"
    )
    source = read(docx_with_body(tmp_path, body))
    assert paragraph_texts(source) == ["Ik werk graag als buddy. Nieuw."]


def test_deleted_paragraph_mark_joins_the_paragraph_to_the_next(tmp_path: Path) -> None:
    deleted_mark = "<w:pPr><w:rPr><w:del w:id='1' w:author='A'/></w:rPr></w:pPr>"
    body = paragraph("Eerste helft, ", properties=deleted_mark) + paragraph("tweede helft.")
    source = read(docx_with_body(tmp_path, body))
    assert paragraph_texts(source) == ["Eerste helft, tweede helft."]


def test_soft_breaks_stay_inside_the_paragraph(tmp_path: Path) -> None:
    body = (
        "<w:p><w:r><w:t>I: Hoe gaat het?</w:t><w:br/><w:t>R: Goed.</w:t>"
        "<w:br w:type='textWrapping'/><w:t>I: Mooi.</w:t><w:cr/><w:t>R: Ja</w:t></w:r></w:p>"
        + paragraph("Volgende")
    )
    source = read(docx_with_body(tmp_path, body))
    assert source.text == "I: Hoe gaat het?\nR: Goed.\nI: Mooi.\nR: Ja\nVolgende"
    assert source.paragraphs == ((0, 40), (41, 49))
    assert paragraph_texts(source)[0] == "I: Hoe gaat het?\nR: Goed.\nI: Mooi.\nR: Ja"


def test_page_and_column_breaks_start_a_new_paragraph(tmp_path: Path) -> None:
    body = (
        "<w:p><w:r><w:t>einde pagina</w:t><w:br w:type='page'/><w:t>begin pagina</w:t>"
        "<w:br w:type='column'/><w:t>kolom</w:t></w:r></w:p>"
        "<w:p><w:r><w:br w:type='page'/></w:r></w:p>" + paragraph("na de lege pagina")
    )
    source = read(docx_with_body(tmp_path, body))
    assert paragraph_texts(source) == ["einde pagina", "begin pagina", "kolom", "na de lege pagina"]


def test_tabs_and_special_hyphens(tmp_path: Path) -> None:
    body = (
        "<w:p><w:r><w:t>I:</w:t><w:tab/><w:t>ex</w:t><w:noBreakHyphen/><w:t>partner, "
        "buddy</w:t><w:softHyphen/><w:t>project</w:t></w:r></w:p>"
    )
    source = read(docx_with_body(tmp_path, body))
    assert source.text == "I:\tex-partner, buddyproject"


def test_field_codes_are_dropped_and_their_results_kept(tmp_path: Path) -> None:
    body = (
        "<w:p><w:r><w:t xml:space='preserve'>Zie </w:t></w:r>"
        "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
        "<w:r><w:instrText xml:space='preserve'> HYPERLINK \"https://x.nl\" </w:instrText></w:r>"
        "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
        "<w:r><w:t>de website</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r>"
        "<w:r><w:t xml:space='preserve'> op </w:t></w:r>"
        "<w:fldSimple w:instr=' DATE '><w:r><w:t>1-2-2024</w:t></w:r></w:fldSimple></w:p>"
    )
    source = read(docx_with_body(tmp_path, body))
    assert source.text == "Zie de website op 1-2-2024"


def test_hyperlinks_smart_tags_and_content_controls_are_included(tmp_path: Path) -> None:
    body = (
        "<w:sdt><w:sdtPr><w:alias w:val='Naam'/></w:sdtPr><w:sdtContent>"
        + paragraph("Respondent 7")
        + "</w:sdtContent></w:sdt>"
        "<w:p><w:hyperlink r:id='rId99'><w:r><w:t>link</w:t></w:r></w:hyperlink>"
        "<w:smartTag w:uri='u' w:element='place'><w:r><w:t xml:space='preserve'> Gent</w:t>"
        "</w:r></w:smartTag><w:sdt><w:sdtContent><w:r><w:t xml:space='preserve'> en Brugge</w:t>"
        "</w:r></w:sdtContent></w:sdt></w:p>"
    )
    source = read(docx_with_body(tmp_path, body))
    assert paragraph_texts(source) == ["Respondent 7", "link Gent en Brugge"]


def test_text_boxes_are_left_out_without_duplicates(tmp_path: Path) -> None:
    box = (
        "<w:p><w:r><w:t>Vakje:</w:t></w:r><w:r><mc:AlternateContent>"
        "<mc:Choice Requires='wps'><w:drawing><wps:txbx><w:txbxContent>"
        + paragraph("Logo tekst")
        + "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
        "<w:txbxContent>"
        + paragraph("Logo tekst")
        + "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
        "<w:r><w:t xml:space='preserve'> rest van de zin</w:t></w:r></w:p>"
    )
    source = read(docx_with_body(tmp_path, box))
    assert source.text == "Vakje: rest van de zin"


def test_headers_footers_and_comments_are_not_transcript_text(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path,
        ["I: Welkom.", "R: Dank je."],
        header="Vertrouwelijk – project Duo",
        footer="Pagina 1",
        comment_on=0,
    )
    assert b"Opmerking van de onderzoeker" in read_member(path, "word/comments.xml")
    source = read(path)
    assert paragraph_texts(source) == ["I: Welkom.", "R: Dank je."]


def test_footnotes_are_not_transcript_text(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ["x"])
    reference = (
        "<w:p><w:r><w:t>Zij zei ja</w:t></w:r>"
        "<w:r><w:footnoteReference w:id='1'/></w:r><w:r><w:t>.</w:t></w:r></w:p>"
    )
    add_footnote(path, reference, "Bron: observatie")
    source = read(path)
    assert source.text == "Zij zei ja."


def test_a_document_without_text_is_refused(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ["", "  "], name="leeg.docx")
    with pytest.raises(SourceError, match=r"^Could not read 'leeg.docx': it contains no text\.$"):
        read(path)


def test_upper_case_suffix_is_accepted(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ["Hallo"], name="INTERVIEW.DOCX")
    assert read(path).text == "Hallo"


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"\x8f\x00\x13random bytes\xff" * 40, id="random-bytes"),
        pytest.param(b"Interviewer: dit is gewoon tekst", id="text-named-docx"),
        pytest.param(b"PK\x03\x04\x14\x00\x00\x00", id="zip-header-only"),
    ],
)
def test_files_that_are_not_word_documents_are_refused(content: bytes) -> None:
    with pytest.raises(SourceError) as caught:
        read_source("gesprek.docx", content)
    assert str(caught.value) == f"Could not read 'gesprek.docx': {DAMAGED}."


def test_truncated_docx_is_refused(tmp_path: Path) -> None:
    data = make_docx(tmp_path, ["Hallo"] * 50).read_bytes()
    with pytest.raises(SourceError, match=DAMAGED):
        read_source("kapot.docx", data[: len(data) // 2])


def test_zip_without_word_document_is_refused(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ["Hallo"])
    rewrite_zip(path, {"word/document.xml": None})
    with pytest.raises(SourceError, match=DAMAGED):
        read(path)
    other = zip_with(tmp_path, "foto's.docx", {"foto.jpg": b"\xff\xd8\xff" + b"0" * 100})
    with pytest.raises(SourceError, match=DAMAGED):
        read(other)


def test_damaged_member_is_refused(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ["Een zin die beschadigd raakt."])
    rewrite_zip(path, {}, compression=0)
    data = bytearray(path.read_bytes())
    position = data.index(b"beschadigd")
    data[position] ^= 0x20
    with pytest.raises(SourceError, match=DAMAGED):
        read_source("crc.docx", bytes(data))


def test_old_word_file_gets_advice(tmp_path: Path) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    with pytest.raises(SourceError) as caught:
        read_source("oud.docx", ole)
    assert str(caught.value) == (
        "Could not read 'oud.docx': it is an old-style (.doc) or password-protected Word file; "
        "save it as .docx and import again."
    )


def test_entity_expansion_in_word_xml_is_refused(tmp_path: Path) -> None:
    path = make_docx(tmp_path, ["placeholder"], name="lachen.docx")
    xml = read_member(path, "word/document.xml").decode("utf-8")
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    xml = xml.replace("<w:document ", f"<!DOCTYPE w:document [{entities}]><w:document ", 1)
    rewrite_zip(path, {"word/document.xml": xml.replace("placeholder", "&i;").encode("utf-8")})
    with pytest.raises(SourceError, match=DAMAGED):
        read(path)


def test_empty_docx_file_is_refused() -> None:
    with pytest.raises(SourceError) as caught:
        read_source("leeg.docx", b"")
    assert str(caught.value) == "Could not read 'leeg.docx': the file is empty."


def _with_doctype(path: Path, doctype: str) -> None:
    xml = read_member(path, "word/document.xml").decode("utf-8")
    xml = xml.replace("<w:document ", f"{doctype}<w:document ", 1)
    rewrite_zip(path, {"word/document.xml": xml.encode("utf-8")})


def test_text_after_references_and_comments_in_a_run_is_kept(tmp_path: Path) -> None:
    body = (
        "<w:p><w:r><w:t>Jan &amp; Piet, co&#246;rdinator &#x2019;s avonds</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>voor<!-- opmerking -->na</w:t></w:r></w:p>"
    )
    source = read(docx_with_body(tmp_path, body))
    assert paragraph_texts(source) == ["Jan & Piet, coördinator ’s avonds", "voorna"]
    assert source.notes == ()


def test_a_declared_entity_is_kept_as_written_with_the_text_after_it(tmp_path: Path) -> None:
    path = docx_with_body(
        tmp_path, "<w:p><w:r><w:t>Dag &naam;, hoe gaat het met &naam;?</w:t></w:r></w:p>"
    )
    _with_doctype(path, '<!DOCTYPE w:document [<!ENTITY naam "Piet">]>')
    source = read(path)
    assert source.text == "Dag &naam;, hoe gaat het met &naam;?"
    assert source.notes == (
        "The file declares its own XML entities, which Word never does; 2 references to "
        "them (&naam;) were kept as written in the text.",
    )


def test_an_external_entity_is_never_loaded(tmp_path: Path) -> None:
    secret = tmp_path / "geheim.txt"
    secret.write_text("wachtwoord", encoding="utf-8")
    path = docx_with_body(tmp_path, "<w:p><w:r><w:t>Zie &bestand; hier</w:t></w:r></w:p>")
    _with_doctype(path, f'<!DOCTYPE w:document [<!ENTITY bestand SYSTEM "{secret.as_uri()}">]>')
    source = read(path)
    assert source.text == "Zie &bestand; hier"
    assert "wachtwoord" not in source.text
