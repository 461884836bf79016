"""Code lists from CSV and Excel, as research teams really save them."""

from __future__ import annotations

import io

import pytest
from openpyxl import Workbook

from duocoder.domain.codebook import CodebookEntry, iter_paths
from duocoder.domain.errors import SourceError
from duocoder.io.codelist import read_code_list


def _paths(read_entries: list[CodebookEntry]) -> list[str]:
    return [path for path, _ in iter_paths(read_entries)]


def test_plain_utf8_csv_with_commas_builds_the_tree() -> None:
    data = (
        b"path,description,colour\n"
        b"Verbinding,De relatie,#56b4e9\n"
        b'Verbinding/Vertrouwensrelatie,"Vertrouwen, veiligheid","rgb(170, 218, 244)"\n'
        b"Obstakels/Externe obstakels/Tijd,,\n"
    )
    read = read_code_list("codes.csv", data)
    assert _paths(read.entries) == [
        "Verbinding",
        "Verbinding/Vertrouwensrelatie",
        "Obstakels",
        "Obstakels/Externe obstakels",
        "Obstakels/Externe obstakels/Tijd",
    ]
    verbinding = read.entries[0]
    assert (verbinding.description, verbinding.color) == ("De relatie", "#56B4E9")
    trust = verbinding.children[0]
    assert (trust.description, trust.color) == ("Vertrouwen, veiligheid", "#AADAF4")
    assert all(e.guid is None and e.codable for _, e in iter_paths(read.entries))
    assert read.notes == []


def test_dutch_excel_csv_semicolons_bom_and_dutch_headers() -> None:
    data = (
        "\ufeffPad;Omschrijving;Kleur\r\n"
        'Uitkomsten/Voor de deelnemer;"Effecten; ook negatieve";#009E73\r\n'
        'Uitkomsten/Voor de deelnemer/Psychologisch;"Regel 1\r\nRegel 2";\r\n'
    ).encode("utf-8")
    read = read_code_list("lijst.csv", data)
    assert _paths(read.entries) == [
        "Uitkomsten",
        "Uitkomsten/Voor de deelnemer",
        "Uitkomsten/Voor de deelnemer/Psychologisch",
    ]
    participant = read.entries[0].children[0]
    assert participant.description == "Effecten; ook negatieve"
    assert participant.color == "#009E73"
    assert participant.children[0].description == "Regel 1\nRegel 2"
    assert read.notes == []


def test_cp1252_csv_from_old_excel() -> None:
    data = "pad;beschrijving;kleur\nUitval en beëindiging;Één keer, café;\n".encode("cp1252")
    read = read_code_list("oud.csv", data)
    assert read.entries == [CodebookEntry("Uitval en beëindiging", description="Één keer, café")]


def test_utf16_tab_separated_unicode_text() -> None:
    data = "Path\tColor\nZingeving 🙂\t#FC0\n".encode("utf-16")
    read = read_code_list("codes.txt", data)
    assert read.entries == [CodebookEntry("Zingeving 🙂", color="#FFCC00")]


def test_header_variants_and_unknown_columns() -> None:
    data = b" PATH : ;Definition;Colour;Notities\nA;def;;iets\n"
    read = read_code_list("x.csv", data)
    assert read.entries == [CodebookEntry("A", description="def")]
    assert read.notes == ["The column 'Notities' was not read."]


def test_separators_escapes_and_intermediate_codes() -> None:
    data = (
        b"path\nJa\\/nee/Twijfel\nEmoties::Vreugde\nEmoties > Verdriet\n Context / Kwetsbaarheid \n"
    )
    read = read_code_list("x.csv", data)
    assert _paths(read.entries) == [
        "Ja\\/nee",
        "Ja\\/nee/Twijfel",
        "Emoties",
        "Emoties/Vreugde",
        "Emoties/Verdriet",
        "Context",
        "Context/Kwetsbaarheid",
    ]
    assert read.entries[0].name == "Ja/nee"
    assert read.notes == []


def test_parent_listed_after_child_keeps_its_own_values() -> None:
    data = b"path,description,colour\nA/B,child,\nA,parent,#123456\n"
    read = read_code_list("x.csv", data)
    assert read.entries == [
        CodebookEntry(
            "A", color="#123456", description="parent",
            children=[CodebookEntry("B", description="child")],
        )
    ]  # fmt: skip
    assert read.notes == []


def test_duplicates_are_merged_with_notes() -> None:
    data = b"path;description;colour\nA/B;eerste;#111111\nA/B;;\nA / B;tweede;#222222\n"
    read = read_code_list("dup.csv", data)
    assert _paths(read.entries) == ["A", "A/B"]
    b = read.entries[0].children[0]
    assert b.description == "eerste\n\ntweede"
    assert b.color == "#111111"
    notes = " ".join(read.notes)
    assert "rows 2 and 3" in notes and "rows 2 and 4" in notes
    assert "#222222 was not" in notes


def test_bad_colour_and_row_without_path_become_notes() -> None:
    data = b"path,description,colour\nA,,blauwig\n,een verloren definitie,\n\n"
    read = read_code_list("x.csv", data)
    assert read.entries == [CodebookEntry("A")]
    assert read.notes == [
        "Row 2: the colour 'blauwig' of 'A' was not understood; the code gets a default colour.",
        "Row 3 has no code path and was skipped.",
    ]


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("x.csv", b"", "it is empty"),
        ("x.csv", b"\n ; ;\n", "it is empty"),
        ("x.csv", b"naam,kleur\nA,#fff\n", "column 'path'"),
        ("x.csv", b"Verbinding/Vertrouwen\nObstakels\n", "column 'path'"),
        ("x.csv", b"path,colour\n", "it lists no codes"),
        ("x.csv", b"path\x00\x01\x02", "not a text table"),
        ("x.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "old Excel file"),
        ("x.xlsx", b"PK\x03\x04 not really a zip", "not an Excel workbook"),
        ("x.csv", b"path\n" + b"a\n" * (11 * 1024 * 1024), "too large"),
    ],
    ids=["empty", "blank", "no-path", "no-header", "no-rows", "binary", "xls", "bad-xlsx", "huge"],
)
def test_unreadable_lists_name_the_file(name: str, data: bytes, words: str) -> None:
    with pytest.raises(SourceError) as info:
        read_code_list(name, data)
    assert words in info.value.problem
    assert f"'{name}'" in str(info.value)


def _xlsx(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    workbook.create_sheet("Tweede blad").append(["path"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_first_sheet_with_dutch_headers() -> None:
    data = _xlsx(
        [
            [None, None, None],
            ["Pad", "Beschrijving", "Kleur"],
            ["Professionele ondersteuning", "Rol van de organisatie", "#CC79A7"],
            ["Professionele ondersteuning/Vorming en training", None, "E0B3CC"],
            ["Context/2024", 2024, None],
            [None, None, None],
        ]
    )
    read = read_code_list("codes.xlsx", data)
    assert read.entries == [
        CodebookEntry(
            "Professionele ondersteuning", color="#CC79A7", description="Rol van de organisatie",
            children=[CodebookEntry("Vorming en training", color="#E0B3CC")],
        ),
        CodebookEntry("Context", children=[CodebookEntry("2024", description="2024")]),
    ]  # fmt: skip
    assert read.notes == []


def test_xlsx_is_recognised_by_content_whatever_the_name() -> None:
    read = read_code_list("codes.bin", _xlsx([["path"], ["A"]]))
    assert read.entries == [CodebookEntry("A")]
