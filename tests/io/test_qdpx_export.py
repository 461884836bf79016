"""REFI-QDA project export (.qdpx): what NVivo, ATLAS.ti and MAXQDA receive from DuoCoder.

The file must validate against Project.xsd, name only parts it holds, carry each document's
exact text with selections in code points, and keep names and memos with any character."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duocoder.app.project import Project
from duocoder.domain.errors import ValidationError
from duocoder.io.qdpx_writer import (
    INTERVIEWER_TURNS_GUID,
    RESPONDENT_TURNS_GUID,
    TURN_GROUP_GUID,
)
from tests.helpers import SHARED, source

NS = {"q": "urn:QDA-XML:project:1.0"}
Q = "{urn:QDA-XML:project:1.0}"
XSD = SHARED / "refi-qda" / "Project.xsd"
# The test vector of ../shared/refi-qda/NOTES.md: 35 code points, 36 UTF-16 units, 39 bytes.
VECTOR = "Stressful 😊 but I like my café job."
NBSP = "\u00a0"
ANNA = "Anna “de Vries” <b> & 'co'"
ANNA_TEXT = (
    "I: Hoe gaat het met je, Anna? Vertel eens over je week.\n"  # 56 characters
    f"R: Ik zei “ja” tegen{NBSP}het café. {VECTOR}\n"
    "I: Oké, dank je. 👩‍👩‍👧 Tot de volgende keer!"
)

NOT_PRIVACY = "test: the file's structure, not privacy"  # the export guard's reason


@pytest.fixture(scope="module")
def schema() -> Any:
    if not XSD.is_file():
        pytest.skip(f"the REFI-QDA project schema is not available at {XSD}")
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(XSD))


def _dutch_project(path: Path) -> Path:
    with Project.create(path, language="nl", name="Duo’s & <vrijwilligers>") as p:
        anna = p.add_document(
            ANNA,
            source(ANNA_TEXT),
            "participant",
            case="Duo Denderland vzw",
            duo="Duo 1 — Anna & Griet",
            attributes={"leeftijd": "67", "gemeente": "Ninove"},
        )
        griet = p.add_document(
            "Griet 😊",
            source("I: En jij, Griet?\nR: Ik ben vrijwilliger. Het klikte meteen."),
            "volunteer",
            case="Duo Denderland vzw",
            duo="Duo 1 — Anna & Griet",
        )
        p.add_document("Coördinator Els", source("R: Wij koppelen duo’s."), "coordinator")
        p.add_code("Verbinding")
        p.add_code("Klik & <vertrouwen>", "Verbinding", color="#ff8800")
        start = ANNA_TEXT.index(VECTOR)
        p.add_coding(
            anna.id,
            "Verbinding/Klik & <vertrouwen>",
            start,
            start + len(VECTOR),
            coder="Lies Peeters",
            memo="Mooi “citaat” <met> & ‘quotes’",
        )
        p.add_coding(griet.id, "Verbinding", 21, 41, coder="Jonas")
        p.set_memo("project", None, "Projectmemo: één <doel> & “twee”")
        p.set_memo("document", anna.id, "Anna’s interview was thuis.")
        code = next(c for c in p.codes() if c.name == "Verbinding")
        p.set_memo("code", code.id, "Over de band tussen de twee.")
    return path


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("qdpx")
    project = _dutch_project(folder / "duos.duocoder")
    out = folder / "duos.qdpx"
    with Project.open(project) as p:
        p.export_qdpx(out, allow_unreviewed=NOT_PRIVACY)
    return project, out


def _qde(out: Path) -> ET.Element:
    with zipfile.ZipFile(out) as zf:
        return ET.fromstring(zf.read("project.qde"))


def test_the_export_validates_against_the_project_schema(
    exported: tuple[Path, Path], schema: Any
) -> None:
    with zipfile.ZipFile(exported[1]) as zf:
        schema.validate(zf.read("project.qde").decode("utf-8"))


def test_every_part_the_file_names_is_in_the_archive_and_every_reference_resolves(
    exported: tuple[Path, Path],
) -> None:
    with zipfile.ZipFile(exported[1]) as zf:
        names = set(zf.namelist())
        root = ET.fromstring(zf.read("project.qde"))
    paths = [s.get("plainTextPath") for s in root.iter(f"{Q}TextSource")]
    paths = [p for p in paths if p is not None]
    assert len(paths) == 3
    named = {"sources/" + p.removeprefix("internal://") for p in paths}
    assert all(p.startswith("internal://") for p in paths)
    assert named <= names and names == named | {"project.qde"}
    guids = {e.get("guid") for e in root.iter() if e.get("guid")}
    targets = [e.get("targetGUID") for e in root.iter() if e.get("targetGUID")]
    assert targets and set(targets) <= guids
    users = {u.get("guid") for u in root.iter(f"{Q}User")}
    creators = {e.get("creatingUser") for e in root.iter() if e.get("creatingUser")}
    assert creators and creators <= users


def test_sources_hold_the_exact_text_and_positions_count_code_points(
    exported: tuple[Path, Path],
) -> None:
    root = _qde(exported[1])
    [anna] = [s for s in root.iter(f"{Q}TextSource") if s.get("name") == ANNA]
    with zipfile.ZipFile(exported[1]) as zf:
        raw = zf.read(f"sources/{anna.get('guid')}.txt")
    assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without a BOM
    text = raw.decode("utf-8")
    assert text == ANNA_TEXT and NBSP in text and b"\r" not in raw
    [sel] = [
        s
        for s in anna.iter(f"{Q}PlainTextSelection")
        if s.find("q:Coding/q:CodeRef", NS) is not None and s.get("name") == VECTOR
    ]
    start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
    assert text[start:end] == VECTOR
    # code points, not UTF-16 units or bytes: the documented 35 / 36 / 39
    assert end - start == 35 == len(VECTOR)
    assert len(VECTOR.encode("utf-16-le")) // 2 == 36 and len(VECTOR.encode()) == 39
    assert start == ANNA_TEXT.index(VECTOR)
    # the astral character before the selection is counted once: a UTF-16 count would differ
    before = ANNA_TEXT[:start]
    assert len(before.encode("utf-16-le")) // 2 == start  # (none before it in this text)
    family = ANNA_TEXT.index("👩")
    turns = [
        s
        for s in anna.iter(f"{Q}PlainTextSelection")
        if int(s.get("startPosition", "0")) <= family < int(s.get("endPosition", "0"))
        and s.find("q:Coding/q:CodeRef", NS).get("targetGUID") == INTERVIEWER_TURNS_GUID  # type: ignore[union-attr]
    ]
    [last] = turns
    assert text[int(last.get("startPosition", "")) : int(last.get("endPosition", ""))].endswith(
        "Tot de volgende keer!"
    )
    assert int(last.get("endPosition", "")) == len(ANNA_TEXT)  # not len in UTF-16 units
    assert len(ANNA_TEXT.encode("utf-16-le")) // 2 > len(ANNA_TEXT)


def test_a_coding_carries_its_guid_code_coder_date_and_memo(exported: tuple[Path, Path]) -> None:
    project, out = exported
    root = _qde(out)
    with Project.open(project) as p:
        [seg] = [s for s in p.segments() if s.coder == "Lies Peeters"]
        coding_guid = p.coding_guids()[seg.id]
        code = p.code(seg.code_id)
        anna_guid = p.document_guid(ANNA)
        lies = next(c for c in p.coders() if c.name == "Lies Peeters")
    [coding] = [c for c in root.iter(f"{Q}Coding") if c.get("guid") == coding_guid]
    assert coding.find("q:CodeRef", NS).get("targetGUID") == code.guid  # type: ignore[union-attr]
    assert coding.get("creatingUser") == lies.guid
    assert coding.get("creationDateTime", "").startswith(seg.created_at.strftime("%Y-%m-%dT%H"))
    [user] = [u for u in root.iter(f"{Q}User") if u.get("guid") == lies.guid]
    assert user.get("name") == "Lies Peeters"
    [source_el] = [s for s in root.iter(f"{Q}TextSource") if s.get("guid") == anna_guid]
    [selection] = [s for s in source_el if coding in list(s)]
    [ref] = selection.findall("q:NoteRef", NS)
    notes = {n.get("guid"): n for n in root.iter(f"{Q}Note")}
    content = notes[ref.get("targetGUID")].find("q:PlainTextContent", NS)
    assert content is not None and content.text == "Mooi “citaat” <met> & ‘quotes’"


def test_names_and_memos_keep_every_character(exported: tuple[Path, Path]) -> None:
    root = _qde(exported[1])
    assert root.get("name") == "Duo’s & <vrijwilligers>"
    names = {s.get("name") for s in root.iter(f"{Q}TextSource")}
    assert names == {ANNA, "Griet 😊", "Coördinator Els"}
    codes = {c.get("name") for c in root.iter(f"{Q}Code")}
    assert {"Verbinding", "Klik & <vertrouwen>"} <= codes
    notes = {n.findtext("q:PlainTextContent", namespaces=NS) for n in root.iter(f"{Q}Note")}
    assert {
        "Projectmemo: één <doel> & “twee”",
        "Anna’s interview was thuis.",
        "Over de band tussen de twee.",
    } <= notes
    [project_ref] = root.findall("q:NoteRef", NS)
    [verbinding] = [c for c in root.iter(f"{Q}Code") if c.get("name") == "Verbinding"]
    assert verbinding.find("q:NoteRef", NS) is not None
    with zipfile.ZipFile(exported[1]) as zf:
        raw = zf.read("project.qde")
    assert b"&lt;vertrouwen&gt;" in raw and "“twee”".encode() in raw
    del project_ref


def test_roles_organisations_and_duos_are_cases_and_variables(
    exported: tuple[Path, Path],
) -> None:
    project, out = exported
    root = _qde(out)
    variables = {v.get("guid"): v.get("name") for v in root.iter(f"{Q}Variable")}
    assert {"role", "organisation", "duo", "leeftijd", "gemeente"} <= set(variables.values())

    def values(element: ET.Element) -> dict[str, str]:
        return {
            variables[v.find("q:VariableRef", NS).get("targetGUID")]: v.findtext(  # type: ignore[union-attr,index]
                "q:TextValue", namespaces=NS
            )
            for v in element.findall("q:VariableValue", NS)
        }

    sources = {s.get("name"): s for s in root.iter(f"{Q}TextSource")}
    assert values(sources[ANNA]) == {
        "role": "deelnemer",
        "organisation": "Duo Denderland vzw",
        "duo": "Duo 1 — Anna & Griet",
        "leeftijd": "67",
        "gemeente": "Ninove",
    }
    assert values(sources["Griet 😊"])["role"] == "vrijwilliger"
    assert values(sources["Coördinator Els"]) == {"role": "coördinator"}
    cases = {c.get("name"): c for c in root.iter(f"{Q}Case")}
    assert set(cases) == {"Duo Denderland vzw", "Duo 1 — Anna & Griet"}
    with Project.open(project) as p:
        expected = {p.document_guid(ANNA), p.document_guid("Griet 😊")}
    for case in cases.values():
        assert {r.get("targetGUID") for r in case.findall("q:SourceRef", NS)} == expected
    assert values(cases["Duo 1 — Anna & Griet"])["organisation"] == "Duo Denderland vzw"


def test_speaker_turns_are_selections_of_two_codes_in_a_named_group(
    exported: tuple[Path, Path],
) -> None:
    root = _qde(exported[1])
    [group] = [c for c in root.iter(f"{Q}Code") if c.get("guid") == TURN_GROUP_GUID]
    assert group.get("name") == "DuoCoder sprekersbeurten" and group.get("isCodable") == "false"
    children = {c.get("guid"): c.get("name") for c in group.findall("q:Code", NS)}
    assert children == {
        INTERVIEWER_TURNS_GUID: "Beurten interviewer",
        RESPONDENT_TURNS_GUID: "Beurten respondent",
    }
    sources = {s.get("name"): s for s in root.iter(f"{Q}TextSource")}
    turns = [
        (s.get("name"), s.find("q:Coding/q:CodeRef", NS).get("targetGUID"))  # type: ignore[union-attr]
        for s in sources[ANNA].findall("q:PlainTextSelection", NS)
        if s.find("q:Coding/q:CodeRef", NS).get("targetGUID") in children  # type: ignore[union-attr]
    ]
    assert turns == [
        ("I", INTERVIEWER_TURNS_GUID),
        ("R", RESPONDENT_TURNS_GUID),
        ("I", INTERVIEWER_TURNS_GUID),
    ]


def test_exporting_twice_writes_the_same_file_and_guids_are_the_projects(
    exported: tuple[Path, Path], tmp_path: Path
) -> None:
    project, out = exported
    again = tmp_path / "again.qdpx"
    with Project.open(project) as p:
        p.export_qdpx(again, allow_unreviewed=NOT_PRIVACY)
        doc_guids = {p.document_guid(d.id) for d in p.documents()}
        coding_guids = set(p.coding_guids().values())
    with zipfile.ZipFile(out) as a, zipfile.ZipFile(again) as b:
        assert a.read("project.qde") == b.read("project.qde")
    root = _qde(again)
    assert {s.get("guid") for s in root.iter(f"{Q}TextSource")} == doc_guids
    written = {c.get("guid") for c in root.iter(f"{Q}Coding")}
    assert coding_guids <= written


def test_the_export_never_replaces_the_project_and_a_failure_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = _dutch_project(tmp_path / "p.duocoder")
    out = tmp_path / "old.qdpx"
    out.write_bytes(b"the previous export")
    with Project.open(project) as p:
        with pytest.raises(ValidationError):
            p.export_qdpx(project)
        with pytest.raises(ValidationError):
            p.export_qdpx(tmp_path / "p.zip")
        import duocoder.io.qdpx_writer as writer

        def broken(*args: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(writer, "_notes", broken)
        with pytest.raises(Exception, match=r"space|disk|full"):
            p.export_qdpx(out, allow_unreviewed=NOT_PRIVACY)
    assert out.read_bytes() == b"the previous export"
    assert sorted(f.name for f in tmp_path.iterdir()) == ["old.qdpx", "p.duocoder"]


def test_an_empty_project_exports_a_valid_file(tmp_path: Path, schema: Any) -> None:
    with Project.create(tmp_path / "leeg.duocoder") as p:
        report = p.export_qdpx(tmp_path / "leeg.qdpx")
    assert (report.documents, report.codings, report.codes) == (0, 0, 0)
    with zipfile.ZipFile(tmp_path / "leeg.qdpx") as zf:
        assert zf.namelist() == ["project.qde"]
        schema.validate(zf.read("project.qde").decode("utf-8"))


PIECES = st.sampled_from(
    [
        "a",
        "é",
        "e\u0301",
        "😊",
        "👩\u200d👩\u200d👧",
        "“",
        "’",
        NBSP,
        " ",
        "\n",
        "<",
        "&",
        "ij",
        "Ø",
    ]
)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_unicode_codings_come_out_on_the_same_characters(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Whatever the text (emoji, ZWJ sequences, combining marks, nbsp), every selection
    written covers in the source file exactly the characters of its coding."""
    folder = tmp_path_factory.mktemp("random")
    body = "".join(data.draw(st.lists(PIECES, min_size=3, max_size=60)))
    with Project.create(folder / "r.duocoder") as p:
        doc = p.add_document("R", source("R: " + body + " einde"), "participant")
        text = p.text(doc.id)
        spans = data.draw(
            st.lists(
                st.tuples(st.integers(0, len(text) - 1), st.integers(1, 8)),
                min_size=1,
                max_size=6,
                unique=True,
            )
        )
        for start, end in {(a, min(len(text), a + size)) for a, size in spans}:
            if text[start:end].strip():
                p.add_coding(doc.id, "Code", start, end, create_code=True)
        segments = {(s.start, s.end): s.text for s in p.segments()}
        guid = p.document_guid(doc.id)
        p.export_qdpx(folder / "r.qdpx", allow_unreviewed=NOT_PRIVACY)
    with zipfile.ZipFile(folder / "r.qdpx") as zf:
        written = zf.read(f"sources/{guid}.txt").decode("utf-8")
        root = ET.fromstring(zf.read("project.qde"))
    assert written == text
    found = {}
    for sel in root.iter(f"{Q}PlainTextSelection"):
        ref = sel.find("q:Coding/q:CodeRef", NS)
        if ref is not None and ref.get("targetGUID") not in (
            INTERVIEWER_TURNS_GUID,
            RESPONDENT_TURNS_GUID,
        ):
            start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
            found[(start, end)] = written[start:end]
    assert found == {span: text[span[0] : span[1]] for span in segments}


def test_the_codebook_part_is_what_the_qdc_export_writes(
    exported: tuple[Path, Path], tmp_path: Path
) -> None:
    project, out = exported
    qdc = tmp_path / "codes.qdc"
    with Project.open(project) as p:
        p.export_codebook(qdc)
    book = ET.fromstring(qdc.read_bytes())
    c = "{urn:QDA-XML:codebook:1.0}"

    def tree(codes: ET.Element, tag: str) -> list[object]:
        return [
            (
                code.get("guid"),
                code.get("name"),
                code.get("color"),
                code.get("isCodable"),
                code.findtext(f"{tag}Description"),
                tree(code, tag),
            )
            for code in codes.findall(f"{tag}Code")
        ]

    in_qdc = tree(book.find(f"{c}Codes"), c)  # type: ignore[arg-type]
    in_qdpx = tree(_qde(out).find("q:CodeBook/q:Codes", NS), Q)  # type: ignore[arg-type]
    assert in_qdpx[:-1] == in_qdc and in_qdpx[-1][0] == TURN_GROUP_GUID  # type: ignore[index]
