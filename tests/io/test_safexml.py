"""Safe XML parsing: every hostile or broken input becomes a SourceError naming the file."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

import pytest

from duocoder.domain.errors import SourceError
from duocoder.io.safexml import (
    MAX_XML_BYTES,
    find_element,
    find_elements,
    get_attribute,
    is_named,
    iter_children,
    local_name,
    parse_xml,
    text_of,
)

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="d7aa29da-519b-4946-9b90-253b6db8fd0a" name="&lol4;" isCodable="true"/>
</Codes></CodeBook>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE CodeBook [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
<Code guid="d7aa29da-519b-4946-9b90-253b6db8fd0a" name="&xxe;" isCodable="true"/>
</Codes></CodeBook>"""

EXTERNAL_DTD = b"""<?xml version="1.0"?>
<!DOCTYPE CodeBook SYSTEM "http://example.invalid/codebook.dtd">
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>"""

PARAMETER_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
<r/>"""


def _raises(data: bytes, **kwargs: int) -> SourceError:
    with pytest.raises(SourceError) as info:
        parse_xml("colleague.qdc", data, **kwargs)
    assert info.value.file == "colleague.qdc"
    assert "colleague.qdc" in str(info.value)
    return info.value


def test_parses_and_matches_local_names_across_namespaces() -> None:
    root = parse_xml(
        "a.qdc",
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<CodeBook xmlns="urn:QDA-XML:codebook:0:4"><!-- c --><Codes><?pi x?>'
        b'<Code GUID="x" name="A"/><code guid="y" name="B"/></Codes></CodeBook>',
    )
    assert local_name(root.tag) == "CodeBook"
    assert is_named(root, "codebook")
    codes = find_element(root, "Codes")
    assert codes is not None
    assert [get_attribute(c, "guid") for c in find_elements(codes, "Code")] == ["x", "y"]
    assert len(list(iter_children(codes))) == 2


def test_comments_and_processing_instructions_are_not_elements() -> None:
    parent = ET.Element("Codes")
    parent.append(ET.Comment("exported by hand"))
    parent.append(ET.ProcessingInstruction("pi", "x"))
    ET.SubElement(parent, "Code")
    assert local_name(parent[0].tag) == ""
    assert [local_name(c.tag) for c in iter_children(parent)] == ["Code"]


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (BILLION_LAUGHS, "document type declaration"),
        (EXTERNAL_ENTITY, "document type declaration"),
        (EXTERNAL_DTD, "document type declaration"),
        (PARAMETER_ENTITY, "document type declaration"),
    ],
    ids=["billion-laughs", "external-entity", "external-dtd", "parameter-entity"],
)
def test_refuses_dtds_and_entities(data: bytes, words: str) -> None:
    error = _raises(data)
    assert words in error.problem
    assert "root:" not in str(error)  # nothing of /etc/passwd leaks into the message


def test_oversize_input_is_refused_before_parsing() -> None:
    error = _raises(b"<a>" + b" " * 200 + b"</a>", max_bytes=100)
    assert "too large" in error.problem


def test_default_limit_is_fifty_megabytes() -> None:
    assert MAX_XML_BYTES == 50 * 1024 * 1024
    error = _raises(b" " * (MAX_XML_BYTES + 1))
    assert "50 MB" in error.problem


def test_malformed_xml_names_the_line() -> None:
    error = _raises(b'<?xml version="1.0"?>\n<CodeBook>\n<Codes>\n</CodeBook>')
    assert error.problem == "it is not well-formed XML (line 4)"
    assert str(error) == "Could not read 'colleague.qdc': it is not well-formed XML (line 4)."


def test_word_document_renamed_is_recognised_as_a_zip() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    error = _raises(buffer.getvalue())
    assert "zip archive" in error.problem


@pytest.mark.parametrize("data", [b"", b"  \n "])
def test_empty_input(data: bytes) -> None:
    assert _raises(data).problem == "it is empty"


def test_binary_garbage_is_not_well_formed() -> None:
    assert "not well-formed XML" in _raises(bytes(range(256))).problem


def test_unknown_encoding_is_reported() -> None:
    error = _raises(b'<?xml version="1.0" encoding="klingon-8"?><a/>')
    assert "not well-formed XML" in error.problem


def test_blank_lines_before_the_declaration_are_tolerated() -> None:
    assert local_name(parse_xml("a.qdc", b'\n\n<?xml version="1.0"?><a/>').tag) == "a"


def test_utf16_with_bom() -> None:
    data = '<?xml version="1.0" encoding="UTF-16"?><a n="café"/>'.encode("utf-16")
    assert parse_xml("a.qdc", data).get("n") == "café"


def test_text_of_normalises_line_endings_and_keeps_nested_text() -> None:
    root = parse_xml("a.qdc", b"<d>one&#13;&#10;two&#13;three <b>bold</b> end</d>")
    assert text_of(root) == "one\ntwo\nthree bold end"
