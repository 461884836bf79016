"""Safe XML parsing for every exchange format (REFI-QDA codebooks and projects, and the like).

Exchange files come from colleagues and other programs, so they are untrusted input. Parsing
goes through defusedxml with document type declarations refused outright: no REFI-QDA file
needs one, and refusing them closes entity expansion ("billion laughs"), external entities
(`file:///etc/passwd`) and external DTD fetches in one rule. A size limit stops a huge file
from exhausting memory before parsing starts. Every failure becomes a `SourceError` naming
the file in words a researcher understands.

Namespaces differ between tools and versions (`urn:QDA-XML:codebook:1.0`, `…:1:0`,
`…:0:4`, `urn:QDA-XML:project:1.0`), so callers match elements on local names with the
helpers below, case-insensitively."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
from defusedxml import ElementTree as SafeET

from duocoder.domain.errors import SourceError

MAX_XML_BYTES = 50 * 1024 * 1024
"""Far above any real codebook or project.qde, far below what would strain a laptop."""

_ZIP_MAGIC = b"PK\x03\x04"


def parse_xml(
    name: str,
    data: bytes,
    *,
    max_bytes: int = MAX_XML_BYTES,
    processing_instructions: bool = False,
) -> ET.Element:
    """Parse `data` (the bytes of file `name`) and return the root element; with
    `processing_instructions`, those inside the root are kept as children whose tag is
    `ET.ProcessingInstruction` (`iter_children` still skips them).

    Raises SourceError for oversized, empty, zipped, malformed or unsafe input."""
    if len(data) > max_bytes:
        mb = 1024 * 1024
        limit = f"{max_bytes / mb:g} MB" if max_bytes >= mb else f"{max_bytes} bytes"
        raise SourceError(name, f"it is larger than {limit}, too large to be read safely")
    if data.startswith(_ZIP_MAGIC):
        raise SourceError(
            name, "it is a zip archive (such as a Word document or a .qdpx project), not XML"
        )
    if not data.strip():
        raise SourceError(name, "it is empty")
    stripped = data.lstrip()
    if stripped.startswith(b"<?xml") and len(stripped) != len(data):
        # Blank lines before the declaration are a common hand-editing slip; expat rejects them.
        data = stripped
    try:
        parser = SafeET.DefusedXMLParser(
            target=ET.TreeBuilder(insert_pis=processing_instructions),
            forbid_dtd=True,
            forbid_entities=True,
            forbid_external=True,
        )
        parser.feed(data)
        root: ET.Element = parser.close()
        return root
    except DTDForbidden as exc:
        raise SourceError(
            name, "it contains a document type declaration (DTD), which is refused for safety"
        ) from exc
    except EntitiesForbidden as exc:
        raise SourceError(name, "it declares XML entities, which are refused for safety") from exc
    except DefusedXmlException as exc:
        raise SourceError(
            name, "it refers to external files or addresses, which is refused for safety"
        ) from exc
    except ET.ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        where = f" (line {line})" if line else ""
        raise SourceError(name, f"it is not well-formed XML{where}") from exc
    except (ValueError, LookupError) as exc:
        raise SourceError(name, "it is not well-formed XML (unknown text encoding)") from exc


def local_name(tag: object) -> str:
    """`{urn:QDA-XML:codebook:1.0}Code` -> `Code`; comments and processing instructions -> ''."""
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def is_named(element: ET.Element, name: str) -> bool:
    return local_name(element.tag).lower() == name.lower()


def iter_children(element: ET.Element) -> Iterator[ET.Element]:
    """Child elements only, skipping comments and processing instructions."""
    for child in element:
        if isinstance(child.tag, str):
            yield child


def find_element(element: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in iter_children(element) if is_named(c, name)), None)


def find_elements(element: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in iter_children(element) if is_named(c, name)]


def get_attribute(element: ET.Element, name: str) -> str | None:
    """An attribute by local name, case-insensitively (`guid`, `GUID`, `{ns}guid`)."""
    value = element.get(name)
    if value is not None:
        return value
    wanted = name.lower()
    for key, candidate in element.attrib.items():
        if local_name(key).lower() == wanted:
            return candidate
    return None


def text_of(element: ET.Element) -> str:
    """All text inside `element` (also inside stray markup), line endings normalised."""
    text = "".join(element.itertext())
    return text.replace("\r\n", "\n").replace("\r", "\n")
