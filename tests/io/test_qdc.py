"""REFI-QDA codebooks: strict, schema-valid writing and lenient reading of what tools write."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duocoder.domain.codebook import (
    CodebookEntry,
    iter_paths,
    normalize_color,
    normalize_guid,
    split_flat_name,
)
from duocoder.domain.errors import SourceError
from duocoder.io.qdc import NOT_A_CODEBOOK, read_qdc, write_qdc

REFI = Path(__file__).parents[2].parent / "shared" / "refi-qda"
G1 = "d7aa29da-519b-4946-9b90-253b6db8fd0a"
G2 = "0dcef2f5-e55c-49da-8c33-9b0803c7aeb4"
G3 = "9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520"


@pytest.fixture(scope="module")
def schema() -> Any:
    xsd = REFI / "Codebook.xsd"
    if not xsd.is_file():
        pytest.skip(f"the REFI-QDA schema is not available at {xsd}")
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(xsd))


def _sample() -> list[CodebookEntry]:
    return [
        CodebookEntry(
            "Verbinding",
            guid=G1,
            color="#56B4E9",
            description="Wanneer…\n\nEN: when…",
            codable=True,
            children=[
                CodebookEntry("Vertrouwensrelatie", guid=G2, color="#AADAF4"),
                CodebookEntry("Ja/nee & <twijfel>", guid=G3, codable=False),
            ],
        )
    ]


def _paths(entries: list[CodebookEntry]) -> list[str]:
    return [path for path, _ in iter_paths(entries)]


# --- writing ---------------------------------------------------------------------------


def test_write_is_schema_valid_pretty_utf8_with_declaration(schema: Any) -> None:
    data = write_qdc(_sample())
    schema.validate(data.decode("utf-8"))
    text = data.decode("utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<CodeBook ')
    assert 'xmlns="urn:QDA-XML:codebook:1.0"' in text
    assert 'origin="DuoCoder 0.1"' in text
    assert "\n  <Codes>\n    <Code " in text
    assert "<Sets" not in text


def test_write_normalises_guids_and_colours(schema: Any) -> None:
    entry = CodebookEntry("A", guid="{" + G1.upper() + "}", color="rgb(255, 128, 0)")
    text = write_qdc([entry], origin="Test").decode()
    schema.validate(text)
    assert f'guid="{G1}"' in text
    assert 'color="#FF8000"' in text
    assert 'origin="Test"' in text


def test_write_assigns_a_guid_when_missing_and_drops_unencodable_characters(schema: Any) -> None:
    data = write_qdc([CodebookEntry("bell\x07 name", description="x\x00y\r\nz")])
    schema.validate(data.decode())
    read = read_qdc("a.qdc", data)
    assert read.entries[0].name == "bell name"
    assert read.entries[0].description == "xy\nz"
    assert normalize_guid(read.entries[0].guid) == read.entries[0].guid


@pytest.mark.parametrize(
    "entries",
    [
        [],
        [CodebookEntry("A", guid="c001")],
        [CodebookEntry("A", guid=G1), CodebookEntry("B", guid=G1.upper())],
        [CodebookEntry("A", color="blurple")],
        [CodebookEntry("   ")],
    ],
    ids=["empty", "not-a-guid", "repeated-guid", "bad-colour", "no-name"],
)
def test_write_refuses_what_the_schema_cannot_hold(entries: list[CodebookEntry]) -> None:
    with pytest.raises(ValueError):
        write_qdc(entries)


def test_round_trip_keeps_everything(schema: Any) -> None:
    data = write_qdc(_sample())
    read = read_qdc("round.qdc", data)
    assert read.entries == _sample()
    assert read.notes == []
    assert read.origin == "DuoCoder 0.1"


def test_duocoder_files_keep_separator_like_names() -> None:
    entries = [CodebookEntry("Zorg::Welzijn", guid=G1), CodebookEntry("A > B", guid=G2)]
    assert read_qdc("a.qdc", write_qdc(entries)).entries == entries


_NAME_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Cn")) | st.sampled_from(
    list("/\\:>. éèëçøß😀🇧🇪&<\"'")
)
_NAMES = st.text(_NAME_CHARS, min_size=1, max_size=12).map(str.strip).filter(bool)
_DESCRIPTIONS = st.text(_NAME_CHARS | st.sampled_from(["\n", "\t"]), max_size=40).map(str.strip)
_COLOURS = st.none() | st.from_regex(r"#[0-9A-F]{6}", fullmatch=True)


@st.composite
def _trees(draw: st.DrawFn, depth: int = 0) -> list[CodebookEntry]:
    count = draw(st.integers(1 if depth == 0 else 0, 3 if depth < 3 else 0))
    names = draw(st.lists(_NAMES, min_size=count, max_size=count, unique=True))
    return [
        CodebookEntry(
            name,
            color=draw(_COLOURS),
            description=draw(_DESCRIPTIONS),
            codable=draw(st.booleans()),
            children=draw(_trees(depth + 1)),
        )
        for name in names
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_trees())
def test_round_trip_random_unicode_trees(schema: Any, entries: list[CodebookEntry]) -> None:
    for index, (_, entry) in enumerate(iter_paths(entries)):
        entry.guid = str(uuid.UUID(int=index + 1))
    data = write_qdc(entries)
    schema.validate(data.decode("utf-8"))
    read = read_qdc("random.qdc", data)
    assert read.entries == entries
    assert read.notes == []


# --- reading what other tools write ----------------------------------------------------

ATLAS = f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:0:4" origin="ATLAS.ti 9">
  <Codes>
    <Code guid="{{{G1}}}" name="Emoties::Vreugde" isCodable="true"/>
    <Code guid="{{{G2}}}" name="Emoties::Verdriet" isCodable="true">
      <Description>Huilen, rouw</Description>
    </Code>
    <Code guid="{{{G3}}}" name="Netwerk" isCodable="true"/>
  </Codes>
  <Sets>
    <Set guid="{{6f3a14a0-6f1c-4bd4-9a3c-1f6e7d9f0a11}}" name="Gevoelens">
      <MemberCode guid="{{{G1}}}"/>
      <MemberCode guid="{{{G2}}}"/>
    </Set>
    <Set guid="6f3a14a0-6f1c-4bd4-9a3c-1f6e7d9f0a12" name="Leeg"/>
  </Sets>
</CodeBook>""".encode()


def test_atlas_ti_flat_names_no_colours_braced_guids_and_sets() -> None:
    read = read_qdc("atlas.qdc", ATLAS)
    assert _paths(read.entries) == ["Emoties", "Emoties/Vreugde", "Emoties/Verdriet", "Netwerk"]
    emotions = read.entries[0]
    assert emotions.guid is None and emotions.codable
    assert [c.guid for c in emotions.children] == [G1, G2]
    assert all(entry.color is None for _, entry in iter_paths(read.entries))
    assert emotions.children[1].description == "Huilen, rouw"
    notes = " ".join(read.notes)
    assert "'Gevoelens' (2 codes)" in notes and "'Leeg' (0 codes)" in notes
    assert "split into a code tree" in notes
    assert "'Emoties'" in notes  # the added parent is named
    assert read.origin == "ATLAS.ti 9"


NVIVO = f"""<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo 14">
  <Codes>
    <Code guid="{{{G1.upper()}}}" name="Uitkomsten" isCodable="false" color="#FF0000">
      <Code guid="{{{G2.upper()}}}" name="Voor de deelnemer" isCodable="true" color="#f00">
        <Description>Effecten bij de deelnemer.</Description>
        <Code guid="{{{G3.upper()}}}" name="A::B" isCodable="1" color="#00ff00"/>
      </Code>
    </Code>
  </Codes>
</CodeBook>""".encode()


def test_nvivo_nested_upper_case_braced_guids() -> None:
    read = read_qdc("nvivo.qdc", NVIVO)
    assert read.notes == []
    assert _paths(read.entries) == ["Uitkomsten", "Uitkomsten/Voor de deelnemer",
                                    "Uitkomsten/Voor de deelnemer/A::B"]  # fmt: skip
    top = read.entries[0]
    assert (top.guid, top.color, top.codable) == (G1, "#FF0000", False)
    middle = top.children[0]
    assert (middle.guid, middle.color, middle.description) == (
        G2, "#FF0000", "Effecten bij de deelnemer.")  # fmt: skip
    assert middle.children[0].guid == G3  # nested files never split names


@pytest.mark.parametrize(
    "namespace",
    ["urn:QDA-XML:codebook:1.0", "urn:QDA-XML:codebook:1:0", "urn:QDA-XML:codebook:0:4", None],
)
def test_any_namespace_version(namespace: str | None) -> None:
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    data = (
        f'<CodeBook{xmlns}><Codes><Code guid="{G1}" name="A" isCodable="true"/></Codes></CodeBook>'
    )
    assert read_qdc("a.qdc", data.encode()).entries == [CodebookEntry("A", guid=G1)]


def _book(codes: str, extra: str = "", origin: str = "Other") -> bytes:
    return (
        f'<CodeBook xmlns="urn:QDA-XML:codebook:1:0" origin="{origin}">'
        f"<Codes>{codes}</Codes>{extra}</CodeBook>"
    ).encode()


def test_flat_separators_and_the_dot_rule() -> None:
    read = read_qdc(
        "flat.qdc",
        _book(
            '<Code guid="c1" name="A &gt; B &gt; C" isCodable="true"/>'
            '<Code guid="c2" name="A &gt; B" isCodable="false" color="#123"/>'
            '<Code guid="c3" name="Uitkomsten" isCodable="true"/>'
            '<Code guid="c4" name="Uitkomsten.Sociaal" isCodable="true"/>'
            '<Code guid="c5" name="Dr. Peeters" isCodable="true"/>'
            '<Code guid="c6" name="1.2 Vertrouwen" isCodable="true"/>'
            '<Code guid="c7" name="&gt;65 jaar" isCodable="true"/>'
        ),
    )
    assert _paths(read.entries) == [
        "A", "A/B", "A/B/C", "Uitkomsten", "Uitkomsten/Sociaal", "Dr. Peeters",
        "1.2 Vertrouwen", ">65 jaar",
    ]  # fmt: skip
    b = read.entries[0].children[0]
    assert (b.color, b.codable) == ("#112233", False)  # the placeholder took the real code
    assert any("1 parent code(s)" in note and "'A'" in note for note in read.notes)


def test_split_flat_name_rules() -> None:
    assert split_flat_name("A::B::C") == ["A", "B", "C"]
    assert split_flat_name("A > B") == ["A", "B"]
    assert split_flat_name("A>B") == ["A>B"]
    assert split_flat_name("e.g. x", {"e.g"}) == ["e.g. x"]  # a blank touches the dot
    assert split_flat_name("Dr.Peeters", {"Dr"}) == ["Dr", "Peeters"]  # a code named 'Dr'
    assert split_flat_name("Dr.Peeters") == ["Dr.Peeters"]
    assert split_flat_name("a.b.c", {"a", "a.b"}) == ["a", "b", "c"]
    assert split_flat_name("a.b", set()) == ["a.b"]


def test_flat_name_listed_twice_is_merged_with_a_note() -> None:
    read = read_qdc(
        "dup.qdc",
        _book(
            f'<Code guid="{G1}" name="A::B" isCodable="true" color="#111111"/>'
            f'<Code guid="{G2}" name="A::B" isCodable="true" color="#222222"/>'
        ),
    )
    assert _paths(read.entries) == ["A", "A/B"]
    merged = read.entries[0].children[0]
    assert (merged.guid, merged.color) == (G1, "#111111")
    notes = " ".join(read.notes)
    assert "'A/B'" in notes and G2 in notes and "#222222" in notes


def test_non_guid_ids_missing_ids_and_repeated_ids_become_none_with_notes() -> None:
    read = read_qdc(
        "ids.qdc",
        _book(
            '<Code guid="c001" name="A" isCodable="true"/>'
            '<Code name="B" isCodable="true"/>'
            f'<Code guid="{G1}" name="C" isCodable="true"/>'
            f'<Code guid="{{{G1.upper()}}}" name="D" isCodable="true"/>'
        ),
    )
    assert [e.guid for e in read.entries] == [None, None, G1, None]
    notes = " ".join(read.notes)
    assert "'A' had an id that is not a GUID ('c001')" in notes
    assert "'B' had no id" in notes
    assert "'D' repeated the id" in notes


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("rgb(255,0,0)", "#FF0000"),
        ("rgb( 0 , 128 , 255 )", "#0080FF"),
        ("rgba(0,0,0,0.5)", "#000000"),
        ("rgb(100%, 50%, 0%)", "#FF8000"),
        ("rgb(0 128 255 / 50%)", "#0080FF"),
        ("#abc", "#AABBCC"),
        ("#AbCdEf", "#ABCDEF"),
        ("abcdef", "#ABCDEF"),
        ("0x00FF00", "#00FF00"),
        ("#FF112233", "#112233"),
        ("#112233FF", "#112233"),
        ("#11223380", "#112233"),
        ("Teal", "#008080"),
        ("", None),
        ("#12", None),
        ("rgb(300,0,0)", None),
        ("rgb(1,2)", None),
        ("hsl(0,0%,0%)", None),
        ("123", None),
        ("12345", None),
        ("16711680", None),
        ("##123456", None),
        ("#1234", "#112233"),
    ],
)
def test_normalize_color(raw: str, expected: str | None) -> None:
    assert normalize_color(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (G1, G1),
        ("{" + G1.upper() + "}", G1),
        (" " + G1 + " ", G1),
        ("urn:uuid:" + G1, G1),
        ("c001", None),
        ("", None),
        (None, None),
        ("{" + G1[:-1] + "}", None),
    ],
)
def test_normalize_guid(raw: str | None, expected: str | None) -> None:
    assert normalize_guid(raw) == expected


def test_colours_in_other_notations_and_unreadable_colours() -> None:
    read = read_qdc(
        "colours.qdc",
        _book(
            '<Code guid="c1" name="A" isCodable="true" color="rgb(255, 0, 0)"/>'
            '<Code guid="c2" name="B" isCodable="true" color="#FF00FF00"/>'
            '<Code guid="c3" name="C" isCodable="true" color="ugly"/>'
            '<Code guid="c4" name="D" isCodable="true"/>'
        ),
    )
    assert [e.color for e in read.entries] == ["#FF0000", "#00FF00", None, None]
    assert any("'C' had a colour that was not understood ('ugly')" in n for n in read.notes)


def test_is_codable_spellings() -> None:
    read = read_qdc(
        "codable.qdc",
        _book(
            '<Code guid="c1" name="A" isCodable="0"/><Code guid="c2" name="B" isCodable="1"/>'
            '<Code guid="c3" name="C" isCodable=" FALSE "/><Code guid="c4" name="D"/>'
            '<Code guid="c5" name="E" isCodable="misschien"/>'
        ),
    )
    assert [e.codable for e in read.entries] == [False, True, False, True, True]
    assert any("'E' had an unclear isCodable value ('misschien')" in n for n in read.notes)


def test_empty_sets_element_is_accepted_silently() -> None:
    read = read_qdc("sets.qdc", _book(f'<Code guid="{G1}" name="A" isCodable="true"/>', "<Sets/>"))
    assert read.entries == [CodebookEntry("A", guid=G1)]
    assert read.notes == []


def test_descriptions_unknown_elements_and_attributes_are_noted() -> None:
    read = read_qdc(
        "extra.qdc",
        _book(
            f'<Code guid="{G1}" name="A" isCodable="true" shortcut="F1" xmlns:x="urn:x" '
            'x:private="1"><Description>  one\r\ntwo  </Description>'
            "<Description>three</Description><NoteRef targetGUID='x'/></Code>",
            "<Graphs/>",
        ),
    )
    assert read.entries[0].description == "one\ntwo\n\nthree"
    notes = " ".join(read.notes)
    assert "<NoteRef>" in notes and "<Graphs>" in notes
    assert "'shortcut'" in notes and "private" not in notes


def test_unnamed_codes_get_a_placeholder_name() -> None:
    read = read_qdc("unnamed.qdc", _book(f'<Code guid="{G1}" isCodable="true"/>'))
    assert read.entries[0].name == "(unnamed code)"
    assert read.notes


def test_project_root_yields_its_codebook() -> None:
    data = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="P" origin="MAXQDA 2022">
      <Users><User guid="{G3}" name="an"/></Users>
      <CodeBook><Codes><Code guid="{G1}" name="A" isCodable="true"/></Codes></CodeBook>
      <Sources/></Project>""".encode()
    read = read_qdc("project.qde", data)
    assert read.entries == [CodebookEntry("A", guid=G1)]
    assert read.origin == "MAXQDA 2022"
    assert any("only its codebook" in n and "Sources" in n for n in read.notes)


def _read_error(name: str, data: bytes) -> SourceError:
    with pytest.raises(SourceError) as info:
        read_qdc(name, data)
    assert name in str(info.value)
    return info.value


def test_project_without_codebook() -> None:
    error = _read_error("p.qde", b'<Project xmlns="urn:QDA-XML:project:1.0"><Sources/></Project>')
    assert "without a codebook" in error.problem


@pytest.mark.parametrize(
    "data",
    [
        b'<?xml version="1.0"?><html><body>codes</body></html>',
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    ],
)
def test_foreign_root_is_not_a_codebook(data: bytes) -> None:
    assert _read_error("elsewhere.qdc", data).problem == NOT_A_CODEBOOK


@pytest.mark.parametrize("extra", ["", "<Sets/>"])
def test_codebook_without_codes_is_an_error(extra: str) -> None:
    data = f'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/>{extra}</CodeBook>'.encode()
    assert _read_error("empty.qdc", data).problem == "it contains no codes"


def test_absurd_nesting_is_refused() -> None:
    codes = '<Code guid="c" name="x" isCodable="true">' * 150 + "</Code>" * 150
    assert "nested more than" in _read_error("deep.qdc", _book(codes)).problem


def _docx_bytes() -> bytes:
    import docx

    buffer = io.BytesIO()
    docx.Document().save(buffer)
    return buffer.getvalue()


_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    f'<CodeBook><Codes><Code guid="{G1}" name="&c;" isCodable="true"/></Codes></CodeBook>'
)
_XXE = (
    '<?xml version="1.0"?><!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    f'<CodeBook><Codes><Code guid="{G1}" name="&x;" isCodable="true"/></Codes></CodeBook>'
)
_DTD = '<!DOCTYPE CodeBook SYSTEM "http://example.invalid/x.dtd"><CodeBook/>'


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda: _LAUGHS.encode(), "document type declaration"),
        (lambda: _XXE.encode(), "document type declaration"),
        (lambda: _DTD.encode(), "document type declaration"),
        (lambda: b"<CodeBook>" + b" " * (50 * 1024 * 1024) + b"</CodeBook>", "too large"),
        (lambda: b"<CodeBook><Codes></CodeBook>", "not well-formed XML (line 1)"),
        (_docx_bytes, "zip archive"),
    ],
    ids=["billion-laughs", "external-entity", "external-dtd", "oversize", "malformed", "docx"],
)
def test_unsafe_and_broken_files_name_the_file(make: Callable[[], bytes], words: str) -> None:
    error = _read_error("van collega.qdc", make())
    assert words in error.problem
    assert str(error).startswith("Could not read 'van collega.qdc': ")


def test_utf16_codebook() -> None:
    text = (
        '<?xml version="1.0" encoding="UTF-16"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0">'
        f'<Codes><Code guid="{G1}" name="Café ☕" isCodable="true"/></Codes></CodeBook>'
    )
    assert read_qdc("u16.qdc", text.encode("utf-16")).entries[0].name == "Café ☕"
