"""Small .qdpx files in the shapes real tools write (see ../shared/refi-qda/NOTES.md).

Each shape is described by `Shape`; `build` writes the zip in memory. Positions are computed
from the raw text the tool stored, in the unit the tool counts, so a test can check that
every selection lands on the words it was made for."""

from __future__ import annotations

import io
import uuid
import zipfile
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

from duocoder.domain.text import canonical

RAW_TEXT = (
    "I: Hoe gaat het met jullie duo?\n"
    "D: Stressful 😊 but I like my cafe\u0301 job.\n"
    "V: Ze zei: “ik vertrouw haar” — e\u0301chte vriendschap 👩\u200d👩\u200d👧!\n"
    "D: De coördinator belt elke week,\u00a0zo’n 👍🏽 gevoel."
)
"""A transcript with emoji (astral, ZWJ sequences, skin tones), decomposed accents (NFC
changes them), curly quotes and a non-breaking space."""

WORDS = [
    ("Stressful 😊 but I like my cafe\u0301 job.", "Stress"),
    ("vertrouw haar", "Vertrouwen"),
    ("e\u0301chte vriendschap 👩\u200d👩\u200d👧", "Vertrouwen"),
    ("zo’n 👍🏽 gevoel", "Stress"),
    ("coördinator", "Rollen"),
]
"""(raw words, code name): the selections every shape makes."""


def expected_words() -> list[tuple[str, str]]:
    return [(canonical(w), code) for w, code in WORDS]


def position(text: str, index: int, unit: str) -> int:
    if unit == "utf16":
        return len(text[:index].encode("utf-16-le")) // 2
    if unit == "utf8":
        return len(text[:index].encode("utf-8"))
    return index


@dataclass
class Source:
    name: str
    text: str
    guid: str = field(default_factory=lambda: str(uuid.uuid4()))
    selections: list[tuple[str, str]] = field(default_factory=lambda: list(WORDS))
    role: str | None = None


@dataclass
class Shape:
    origin: str
    namespace: str = "urn:QDA-XML:project:1.0"
    qde: str = "project.qde"
    folder: str = "sources"
    crlf: bool = False
    bom: bool = False
    unit: str = "cp"
    braces: bool = False
    flat_codes: bool = False
    names_hold_text: bool = False
    repeat_selection_per_code: bool = False
    source_ids: str = "guid"
    code_ids: str = "guid"
    store_texts: bool = True
    extra_members: dict[str, bytes] = field(default_factory=dict)
    extra_xml: str = ""
    other_sources: str = ""
    comments_in_description: bool = False


CODES = ["Stress", "Vertrouwen", "Rollen"]


def _guid(value: str, shape: Shape) -> str:
    return "{" + value.upper() + "}" if shape.braces else value


def build(shape: Shape, sources: list[Source] | None = None) -> bytes:
    sources = sources if sources is not None else [Source("Interview Anna", RAW_TEXT)]
    user = str(uuid.uuid4())
    code_guid = {name: str(uuid.uuid4()) for name in CODES}
    if shape.code_ids == "short":
        code_guid = {name: f"c{i:03}" for i, name in enumerate(CODES, start=1)}
    ref = {n: _guid(g, shape) if shape.code_ids == "guid" else g for n, g in code_guid.items()}
    parent = str(uuid.uuid4())
    if shape.flat_codes:
        codes = f'<Code guid="{_guid(parent, shape)}" name="Thema" isCodable="false"/>' + "".join(
            f'<Code guid="{ref[n]}" name="Thema::{n}" isCodable="true"/>' for n in CODES
        )
    else:
        inner = "".join(
            f'<Code guid="{ref[n]}" name="{n}" isCodable="true" color="#AA3300"/>' for n in CODES
        )
        codes = f'<Code guid="{_guid(parent, shape)}" name="Thema" isCodable="false">{inner}</Code>'
    members: dict[str, bytes] = {}
    source_xml = []
    variables = ""
    role_var = str(uuid.uuid4())
    for i, source in enumerate(sources):
        stored = source.text.replace("\n", "\r\n") if shape.crlf else source.text
        sid = source.guid if shape.source_ids == "guid" else f"s{i + 1}"
        file_name = f"{sid}.txt" if shape.source_ids == "guid" else f"{source.name}.txt"
        if shape.store_texts:
            data = stored.encode("utf-8")
            members[f"{shape.folder}/{file_name}"] = (b"\xef\xbb\xbf" if shape.bom else b"") + data
        selections = []
        searched = 0
        for words, code in source.selections:
            index = stored.index(words.replace("\n", "\r\n") if shape.crlf else words, searched)
            end = index + len(words.replace("\n", "\r\n") if shape.crlf else words)
            start_u, end_u = position(stored, index, shape.unit), position(stored, end, shape.unit)
            name = f" name={quoteattr(words[:40])}" if shape.names_hold_text else ""
            description = (
                f"<Description>comment on {escape(code)}</Description>"
                if shape.comments_in_description
                else ""
            )
            by = f'creatingUser="{_guid(user, shape)}"'
            coding = (
                f'<Coding guid="{_guid(str(uuid.uuid4()), shape)}" {by}>'
                f'<CodeRef targetGUID="{ref[code]}"/></Coding>'
            )
            selection = (
                f'<PlainTextSelection guid="{_guid(str(uuid.uuid4()), shape)}"{name} '
                f'startPosition="{start_u}" endPosition="{end_u}" {by}>'
                f"{description}{coding}</PlainTextSelection>"
            )
            selections.append(selection)
            if shape.repeat_selection_per_code:
                selections.append(selection.replace(ref[code], ref["Rollen"]))
        value = ""
        if source.role:
            value = (
                f'<VariableValue><VariableRef targetGUID="{role_var}"/>'
                f"<TextValue>{escape(source.role)}</TextValue></VariableValue>"
            )
            variables = (
                f'<Variables><Variable guid="{role_var}" name="role" typeOfVariable="Text"/>'
                "</Variables>"
            )
        source_xml.append(
            f'<TextSource guid="{_guid(sid, shape) if shape.source_ids == "guid" else sid}" '
            f'name={quoteattr(source.name)} plainTextPath="internal://{escape(file_name)}">'
            + "".join(selections)
            + value
            + "</TextSource>"
        )
    members.update(shape.extra_members)
    qde = (
        f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{shape.namespace}" '
        f'name="Duowerking" origin={quoteattr(shape.origin)}>'
        f'<Users><User guid="{_guid(user, shape)}" name="Sofie"/></Users>'
        f"<CodeBook><Codes>{codes}</Codes></CodeBook>{variables}"
        f"<Sources>{''.join(source_xml)}{shape.other_sources}</Sources>{shape.extra_xml}"
        "</Project>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(shape.qde, qde.encode("utf-8"))
        for member, data in members.items():
            archive.writestr(member, data)
    return buffer.getvalue()


NVIVO_WINDOWS = Shape(
    origin="NVivo 12.6 (Windows)",
    folder="Sources",
    crlf=True,
    bom=True,
    unit="utf16",
    braces=True,
    repeat_selection_per_code=True,
)
NVIVO_MAC = Shape(
    origin="NVivo 12.7 (Mac)",
    unit="utf16",
    extra_members={"sources/.root": b""},
)
ATLAS_WINDOWS = Shape(
    origin="ATLAS.ti 23.2 (Windows)",
    namespace="urn:QDA-XML:project:0:4",
    qde="Duowerking Gent.qde",
    crlf=True,
    flat_codes=True,
    names_hold_text=True,
    comments_in_description=True,
    extra_xml=(
        '<Links><Link guid="5d0b1c4e-9a43-4c8e-9a57-0d1b1c4e9a43" name="leads to"/></Links>'
        '<Sets><Set guid="6d0b1c4e-9a43-4c8e-9a57-0d1b1c4e9a43" name="Kern"/></Sets>'
        '<Graphs><Graph guid="7d0b1c4e-9a43-4c8e-9a57-0d1b1c4e9a43" name="Netwerk"/></Graphs>'
    ),
)
ATLAS_MAC = Shape(
    origin="ATLAS.ti Mac 9.1",
    namespace="urn:QDA-XML:project:0:4",
    qde="Project.qde",
    flat_codes=True,
    names_hold_text=True,
    store_texts=False,
    other_sources=(
        '<PDFSource guid="8d0b1c4e-9a43-4c8e-9a57-0d1b1c4e9a43" name="Beleidsnota" '
        'path="internal://nota.pdf"><PDFSelection guid="9d0b1c4e-9a43-4c8e-9a57-0d1b1c4e9a43" '
        'page="1" firstX="1" firstY="1" secondX="2" secondY="2">'
        '<Coding guid="ad0b1c4e-9a43-4c8e-9a57-0d1b1c4e9a43"><CodeRef targetGUID="00000000-'
        '0000-0000-0000-000000000000"/></Coding></PDFSelection></PDFSource>'
    ),
)
QUALCODER = Shape(origin="QualCoder 3.5")
QC_STYLE = Shape(origin="qc 0.9", source_ids="names", code_ids="short", unit="utf8")

SHAPES = {
    "NVivo Windows": NVIVO_WINDOWS,
    "NVivo Mac": NVIVO_MAC,
    "ATLAS.ti Windows": ATLAS_WINDOWS,
    "QualCoder": QUALCODER,
    "qc-style": QC_STYLE,
}
"""The shapes whose texts are in the file; ATLAS.ti for Mac leaves `sources/` empty."""
