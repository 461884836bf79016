"""OpenDocument transcripts read like Word ones: body paragraphs, accepted changes, no notes."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from docx_factory import make_odt, odt_content, zip_with

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import SourceText
from duocoder.io.readers import read_source

DAMAGED = "the file is damaged or is not an OpenDocument text file"


def read(path: Path) -> SourceText:
    return read_source(path.name, path.read_bytes())


def paragraph_texts(source: SourceText) -> list[str]:
    texts = [source.text[start:end] for start, end in source.paragraphs]
    assert "\n".join(texts) == source.text
    assert source.turns is None and source.format == "odt"
    return texts


def test_paragraphs_and_headings_in_body_order(tmp_path: Path) -> None:
    body = (
        "<text:h text:outline-level='1'>Interview 4</text:h>"
        "<text:p>I: Hoe gaat het?  </text:p><text:p/><text:p> </text:p>"
        "<text:p>R: <text:span>Go</text:span><text:span>ed</text:span>, "
        "<text:a xlink:href='x'>dank</text:a> je.</text:p>"
    )
    source = read(make_odt(tmp_path, body))
    assert paragraph_texts(source) == ["Interview 4", "I: Hoe gaat het?", "R: Goed, dank je."]
    assert source.paragraphs == ((0, 11), (12, 28), (29, 46))


def test_spaces_tabs_and_line_breaks(tmp_path: Path) -> None:
    body = (
        "<text:p>I:<text:tab/>Twee<text:s text:c='3'/>spaties<text:s/>en"
        "<text:line-break/>R:<text:tab/>Ja</text:p>"
        "<text:p>\n    ingesprongen   XML\n    tekst\n</text:p>"
    )
    source = read(make_odt(tmp_path, body))
    assert paragraph_texts(source) == [
        "I:\tTwee   spaties en\nR:\tJa",
        "ingesprongen XML tekst",
    ]


def test_lists_and_sections_are_read_in_order(tmp_path: Path) -> None:
    body = (
        "<text:section text:name='s'><text:p>Vooraf</text:p></text:section>"
        "<text:list><text:list-item><text:p>punt een</text:p>"
        "<text:list><text:list-item><text:p>sub</text:p></text:list-item></text:list>"
        "</text:list-item><text:list-item><text:p>punt twee</text:p></text:list-item></text:list>"
    )
    source = read(make_odt(tmp_path, body))
    assert paragraph_texts(source) == ["Vooraf", "punt een", "sub", "punt twee"]


def test_table_rows_become_tab_joined_paragraphs(tmp_path: Path) -> None:
    body = (
        "<table:table><table:table-column table:number-columns-repeated='2'/>"
        "<table:table-header-rows><table:table-row>"
        "<table:table-cell><text:p>Spreker</text:p></table:table-cell>"
        "<table:table-cell><text:p>Tekst</text:p></table:table-cell>"
        "</table:table-row></table:table-header-rows>"
        "<table:table-row><table:table-cell><text:p>I</text:p></table:table-cell>"
        "<table:table-cell><text:p>Eerste</text:p><text:p>tweede</text:p></table:table-cell>"
        "</table:table-row>"
        "<table:table-row><table:table-cell table:number-columns-spanned='2'>"
        "<text:p>Pauze</text:p></table:table-cell><table:covered-table-cell/></table:table-row>"
        "</table:table><text:p>Na de tabel</text:p>"
    )
    source = read(make_odt(tmp_path, body))
    assert paragraph_texts(source) == [
        "Spreker\tTekst",
        "I\tEerste\ntweede",
        "Pauze",
        "Na de tabel",
    ]


def test_notes_annotations_frames_and_deleted_changes_are_left_out(tmp_path: Path) -> None:
    body = (
        "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
        "<office:change-info><dc:creator>A</dc:creator></office:change-info>"
        "<text:p>verwijderde tekst</text:p></text:deletion></text:changed-region>"
        "</text:tracked-changes>"
        "<text:p>Ik<text:change text:change-id='c1'/> werk graag"
        "<text:note text:note-class='footnote'><text:note-citation>1</text:note-citation>"
        "<text:note-body><text:p>voetnoot</text:p></text:note-body></text:note>"
        "<office:annotation><dc:creator>Onderzoeker</dc:creator><text:p>commentaar</text:p>"
        "</office:annotation> als buddy"
        "<draw:frame><draw:text-box><text:p>tekstvak</text:p></draw:text-box></draw:frame>.</text:p>"
    )
    source = read(make_odt(tmp_path, body))
    assert paragraph_texts(source) == ["Ik werk graag als buddy."]


def test_characters_are_kept_and_composed(tmp_path: Path) -> None:
    words = unicodedata.normalize("NFD", "“Coördinator’s café” – 10\u00a0% 😀")
    source = read(make_odt(tmp_path, f"<text:p>{words}</text:p>"))
    assert source.text == "“Coördinator’s café” – 10\u00a0% 😀"


def test_document_without_text_is_refused(tmp_path: Path) -> None:
    path = make_odt(tmp_path, "<text:p/>", name="leeg.odt")
    with pytest.raises(SourceError, match=r"^Could not read 'leeg.odt': it contains no text\.$"):
        read(path)


def test_spreadsheet_renamed_to_odt_is_refused(tmp_path: Path) -> None:
    content = odt_content("<table:table/>", body_tag="office:spreadsheet")
    path = make_odt(tmp_path, "", name="cijfers.odt", content=content)
    with pytest.raises(SourceError) as caught:
        read(path)
    assert str(caught.value) == (
        "Could not read 'cijfers.odt': it is an OpenDocument file, but not a text document."
    )


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"<office:document-content><unclosed>", id="malformed-xml"),
        pytest.param(
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>', id="entities"
        ),
    ],
)
def test_broken_or_unsafe_content_is_refused(tmp_path: Path, content: bytes) -> None:
    path = make_odt(tmp_path, "", content=content)
    with pytest.raises(SourceError, match=DAMAGED):
        read(path)


def test_zip_without_content_is_refused(tmp_path: Path) -> None:
    path = zip_with(tmp_path, "leeg.odt", {"mimetype": b"application/vnd.oasis.opendocument.text"})
    with pytest.raises(SourceError) as caught:
        read(path)
    assert str(caught.value) == f"Could not read 'leeg.odt': {DAMAGED}."


def test_random_bytes_named_odt_are_refused() -> None:
    with pytest.raises(SourceError, match=DAMAGED):
        read_source("x.odt", b"\x13\x37 geen zip" * 20)


def test_password_protected_odt_gets_advice(tmp_path: Path) -> None:
    encryption = "<manifest:encryption-data manifest:checksum-type='SHA1/1K'/>"
    path = make_odt(tmp_path, "", content=b"\x8a\x11 encrypted", manifest_extra=encryption)
    with pytest.raises(SourceError, match="it is password-protected; save it without a password"):
        read(path)


def test_deeply_nested_content_is_refused_in_one_sentence(tmp_path: Path) -> None:
    levels = 50_000
    deep = "<text:span>" * levels + "diep" + "</text:span>" * levels
    path = make_odt(tmp_path, f"<text:p>{deep}</text:p>", name="diep.odt")
    with pytest.raises(SourceError) as caught:
        read(path)
    assert str(caught.value) == (
        "Could not read 'diep.odt': its XML is nested more than 1,000 levels deep, "
        "which no real document is."
    )
