"""Plain-text transcripts: every encoding a researcher's tools produce decodes without
mojibake, and paragraphs follow the blank lines the transcriber typed."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import SourceText
from duocoder.domain.text import canonical
from duocoder.io.readers import SUPPORTED_SUFFIXES, read_source
from duocoder.io.text_reader import read_text

DUTCH = "De coördinator’s café: “Hè, wat ﬁjn!” zei ze. Ëen ïn ‘zijn’ jaar – €5"


def read(data: bytes, name: str = "gesprek.txt") -> SourceText:
    return read_source(name, data)


def paragraph_texts(source: SourceText) -> list[str]:
    return [source.text[start:end] for start, end in source.paragraphs]


def test_supported_suffixes() -> None:
    assert set(SUPPORTED_SUFFIXES) == {".docx", ".txt", ".odt", ".vtt", ".srt"}


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-32-le", codecs.BOM_UTF32_LE),
        ("utf-32-be", codecs.BOM_UTF32_BE),
    ],
)
def test_byte_order_marks_choose_the_encoding_and_are_removed(encoding: str, bom: bytes) -> None:
    source = read(bom + f"{DUTCH}\r\nR: 😀".encode(encoding))
    assert source.text == f"{DUTCH}\nR: 😀"
    assert paragraph_texts(source) == [DUTCH, "R: 😀"]
    assert source.turns is None and source.format == "txt"


def test_utf8_without_bom() -> None:
    assert read(DUTCH.encode("utf-8")).text == DUTCH


def test_windows_1252_from_flemish_word_users_decodes_without_mojibake() -> None:
    source = read("“coördinator’s café”\r\nëïé – …".encode("cp1252"))
    assert source.text == "“coördinator’s café”\nëïé – …"


@pytest.mark.parametrize("sample", ["coördinator’s café", "Zo’n ‘tof’ idee", "Ik ben blij."])
def test_short_windows_1252_texts_decode_correctly(sample: str) -> None:
    assert read(sample.encode("cp1252")).text == sample


def test_latin_1_decodes_correctly() -> None:
    text = "Één café, één reünie, à la carte: ½ uur"
    assert read(text.encode("latin-1")).text == text


def test_a_byte_windows_1252_leaves_undefined_does_not_derail_dutch_text() -> None:
    data = "Één café, één reünie en een coördinator: zo’n dag.".encode("cp1252") + b"\x81"
    assert read(data).text == "Één café, één reünie en een coördinator: zo’n dag.\x81"


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Zażółć gęślą jaźń, to jest polski tekst o współpracy.", "cp1250"),
        ("Привет, как дела? Это тест для программы.", "cp1251"),
    ],
)
def test_other_legacy_code_pages_are_recognised(text: str, encoding: str) -> None:
    assert read(text.encode(encoding)).text == text


def test_accent_rich_dutch_stays_windows_1252() -> None:
    text = "Één café, één reünie, één coördinator; ’s avonds geëmotioneerd, naïef en ideeën."
    assert read(text.encode("cp1252")).text == text


def test_crlf_and_lone_cr_become_newlines() -> None:
    source = read(b"I: Hallo\r\nR: Dag\rI: Hoe gaat het?\n")
    assert source.text == "I: Hallo\nR: Dag\nI: Hoe gaat het?"
    assert paragraph_texts(source) == ["I: Hallo", "R: Dag", "I: Hoe gaat het?"]


def test_decomposed_accents_become_composed() -> None:
    source = read(unicodedata.normalize("NFD", "reünie café").encode("utf-8"))
    assert source.text == "reünie café"
    assert len(source.text) == 11


def test_non_breaking_spaces_curly_quotes_and_emoji_are_kept() -> None:
    text = "Het kost 10\u00a0% – “echt” ‘waar’ 👍🏽 en\u202fzo"
    assert read(text.encode("utf-8")).text == text


def test_blank_lines_separate_paragraphs_and_stay_in_the_text() -> None:
    data = b"\n\n  \nI: Eerste vraag\nnog een regel   \n\n\n\nR: Antwoord\n \n"
    source = read(data)
    assert source.text == "I: Eerste vraag\nnog een regel\n\n\n\nR: Antwoord"
    assert source.paragraphs == ((0, 29), (33, 44))
    assert paragraph_texts(source) == ["I: Eerste vraag\nnog een regel", "R: Antwoord"]


def test_without_blank_lines_every_line_is_a_paragraph() -> None:
    source = read(b"I: Vraag\n\tR: Antwoord met inspringing  \nI: Nog een")
    assert paragraph_texts(source) == ["I: Vraag", "\tR: Antwoord met inspringing", "I: Nog een"]


def test_dos_end_of_file_marker_is_dropped() -> None:
    assert read(b"Hallo\r\n\x1a").text == "Hallo"


def test_empty_file_is_refused() -> None:
    with pytest.raises(SourceError) as caught:
        read(b"", name="leeg.txt")
    assert str(caught.value) == "Could not read 'leeg.txt': the file is empty."


def test_file_with_only_white_space_has_no_text() -> None:
    with pytest.raises(SourceError) as caught:
        read(b" \r\n\t\r\n", name="wit.txt")
    assert str(caught.value) == "Could not read 'wit.txt': it contains no text."


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", id="nul-bytes"),
        pytest.param(bytes(range(1, 32)) * 8, id="control-characters"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png"),
    ],
)
def test_binary_file_named_txt_is_refused(data: bytes) -> None:
    with pytest.raises(SourceError) as caught:
        read(data, name="foto.txt")
    assert str(caught.value) == "Could not read 'foto.txt': it looks like a binary file, not text."


def test_utf16_with_a_damaged_ending_is_refused() -> None:
    data = codecs.BOM_UTF16_LE + "Hallo".encode("utf-16-le") + b"\x00\xd8"
    with pytest.raises(SourceError) as caught:
        read(data, name="kapot.txt")
    assert str(caught.value) == "Could not read 'kapot.txt': its text encoding is damaged."


def test_unknown_suffix_is_refused_with_the_supported_list() -> None:
    with pytest.raises(SourceError) as caught:
        read(b"data", name="interview.pdf")
    assert str(caught.value) == (
        "Could not read 'interview.pdf': DuoCoder reads .docx, .txt, .odt, .vtt and .srt "
        "transcripts."
    )


_LINE_CHARACTERS = st.characters(
    blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029"
) | st.sampled_from(["\n", "\r", "\r\n", " ", "\t", "\u00a0", "e\u0301", "\ufeff"])


@given(st.lists(_LINE_CHARACTERS, max_size=80).map("".join))
def test_paragraph_spans_are_ordered_non_overlapping_and_non_blank(raw: str) -> None:
    source = read_text("x.txt", raw.encode("utf-8"))
    text = source.text
    assert text == canonical(text)
    previous_end = -1
    for start, end in source.paragraphs:
        assert 0 <= start < end <= len(text)
        assert start > previous_end
        paragraph = text[start:end]
        assert paragraph.strip()
        assert not paragraph.startswith("\n") and not paragraph.endswith("\n")
        previous_end = end
    covered = {i for start, end in source.paragraphs for i in range(start, end)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


def test_a_stray_windows_1252_byte_in_utf8_is_repaired_alone_and_reported() -> None:
    data = "R: De coördinator zei het.\nI: Het is zo".encode() + b"\x92" + "n dag, één".encode()
    source = read(data)
    assert source.text == "R: De coördinator zei het.\nI: Het is zo’n dag, één"
    assert source.notes == (
        "1 byte that is not valid UTF-8 was read as Windows-1252: ’ on line 2; "
        "please check that place.",
    )


def test_stray_bytes_in_ascii_text_are_reported_with_their_lines() -> None:
    lines = [f"I: vraag {i}".encode() for i in range(3000)]
    for number in (3, 10, 500, 501, 1200, 2999):
        lines[number - 1] += b" zo\x92n"
    source = read(b"\r\n".join(lines))
    assert source.text.count("zo’n") == 6
    assert source.notes == (
        "6 bytes that are not valid UTF-8 were read as Windows-1252: ’ on line 3, ’ on "
        "line 10, ’ on line 500, ’ on line 501, ’ on line 1200 and 1 more; "
        "please check those places.",
    )


def test_a_utf8_file_with_a_byte_order_mark_and_a_stray_byte_is_repaired() -> None:
    source = read(codecs.BOM_UTF8 + "één ".encode() + b"\x93quote\x94")
    assert source.text == "één “quote”"
    assert "2 bytes that are not valid UTF-8" in source.notes[0]


def test_windows_1252_files_decode_as_a_whole_without_notes() -> None:
    text = "Één café, één reünie; ’s avonds geëmotioneerd, naïef – “ideeën”.\r\n" * 50
    source = read(text.encode("cp1252"))
    assert source.text == canonical(text).rstrip("\n")
    assert source.notes == ()
