"""Auto-coding keywords travel with the codebook: in the .qdc (still schema-valid), in a
`keywords` column of a .csv/.xlsx code list, and in the two shipped codebooks."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from duocoder.app.paths import codebooks_dir
from duocoder.app.project import Project
from duocoder.domain.codebook import CodebookEntry, walk
from duocoder.domain.errors import SourceError
from duocoder.io.codelist import read_code_list
from duocoder.io.qdc import read_qdc, write_qdc

REFI = Path(__file__).parents[2].parent / "shared" / "refi-qda"
G1 = "d7aa29da-519b-4946-9b90-253b6db8fd0a"
G2 = "0dcef2f5-e55c-49da-8c33-9b0803c7aeb4"
TRICKY = ["vertrouwen", "rekenen\u00a0op", "café", "“eerlijk”", "ja?>nee", "a & <b>"]


@pytest.fixture(scope="module")
def schema() -> Any:
    xsd = REFI / "Codebook.xsd"
    if not xsd.is_file():
        pytest.skip(f"the REFI-QDA schema is not available at {xsd}")
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema(str(xsd))


def _book() -> list[CodebookEntry]:
    trust = CodebookEntry("Vertrouwensrelatie", guid=G2, keywords=list(TRICKY))
    return [CodebookEntry("Verbinding", guid=G1, description="De band", children=[trust])]


def test_keywords_survive_writing_and_reading_a_qdc_that_stays_schema_valid(schema: Any) -> None:
    data = write_qdc(_book())
    schema.validate(io.BytesIO(data))
    assert b"<?duocoder-keywords " in data
    read = read_qdc("book.qdc", data)
    assert read.notes == []
    trust = read.entries[0].children[0]
    assert trust.keywords == ["vertrouwen", "rekenen op", "café", "“eerlijk”", "ja?>nee", "a & <b>"]
    assert read.entries[0].keywords == []
    assert read.entries[0].description == "De band"  # the instruction is not text


def test_a_qdc_of_another_tool_without_keywords_still_imports(tmp_path: Path) -> None:
    foreign = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<CodeBook xmlns="urn:QDA-XML:codebook:1:0" origin="ATLAS.ti">'
        f'<Codes><Code guid="{G1}" name="Verbinding" isCodable="true">'
        "<Description>Relatie</Description><!-- comment -->"
        f'<Code guid="{G2}" name="Klik" isCodable="true"/></Code></Codes></CodeBook>'
    ).encode()
    read = read_qdc("atlas.qdc", foreign)
    assert read.notes == []
    assert [e.keywords for _, e in walk(read.entries)] == [[], []]
    with Project.create(tmp_path / "p.duocoder") as p:
        p.import_codebook("atlas.qdc", foreign)
        assert [(c.path, c.keywords) for c in p.codes()] == [
            ("Verbinding", ()),
            ("Verbinding/Klik", ()),
        ]


def test_hand_written_and_damaged_keyword_instructions() -> None:
    data = (
        '<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="hand">'
        f'<Codes><Code guid="{G1}" name="A" isCodable="true">'
        "<?duocoder-keywords vertrouwen; Vertrouwen ; veilig?><?other-tool x?></Code>"
        f'<Code guid="{G2}" name="B" isCodable="true"><?duocoder-keywords ["kapot?></Code>'
        "</Codes></CodeBook>"
    ).encode()
    read = read_qdc("hand.qdc", data)
    assert read.entries[0].keywords == ["vertrouwen", "veilig"]
    assert read.entries[1].keywords == []
    assert read.notes == ["The code 'B' had keywords that could not be read; it gets none."]


def test_exporting_and_importing_a_project_codebook_keeps_keywords(tmp_path: Path) -> None:
    with Project.create(tmp_path / "a.duocoder") as a:
        a.add_code("Verbinding")
        a.add_code("Vertrouwensrelatie", "Verbinding")
        a.set_keywords("Verbinding/Vertrouwensrelatie", ["vertrouwen", "rekenen op", "café"])
        a.export_codebook(tmp_path / "out.qdc")
    with Project.create(tmp_path / "b.duocoder") as b:
        b.import_codebook_file(tmp_path / "out.qdc")
        assert b.code("Verbinding/Vertrouwensrelatie").keywords == (
            "vertrouwen",
            "rekenen op",
            "café",
        )


def test_importing_keywords_adds_to_a_codes_own_and_is_one_undo_step(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.duocoder") as p:
        p.add_code("Verbinding")
        p.set_keywords("Verbinding", ["band", "klik"])
        p.history.clear()
        data = write_qdc([CodebookEntry("Verbinding", keywords=["Klik", "relatie"])])
        report = p.import_codebook("colleague.qdc", data)
        assert report.updated == ["Verbinding"]
        assert p.code("Verbinding").keywords == ("band", "klik", "relatie")
        p.undo()
        assert p.code("Verbinding").keywords == ("band", "klik")


def test_the_shipped_keywords_csv_gives_an_imported_codebook_its_keywords(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.duocoder") as p:
        p.add_code("Verbinding")
        p.add_code("Vertrouwensrelatie", "Verbinding")
        report = p.import_codebook_file(codebooks_dir() / "duowerkingen-keywords.csv")
        assert not any("keywords" in note for note in report.notes), report.notes
        trust = p.code("Verbinding/Vertrouwensrelatie")
        assert "vertrouwen" in trust.keywords and "rekenen op" in trust.keywords


def test_code_lists_read_keywords_with_english_or_dutch_headers() -> None:
    csv_data = (
        "\ufeffPad;Trefwoorden\r\n"
        'Verbinding/Vertrouwensrelatie;" vertrouwen ;veilig;; Veilig ;rekenen\u00a0op"\r\n'
        "Obstakels;\r\n"
    ).encode("utf-8")
    read = read_code_list("lijst.csv", csv_data)
    assert read.notes == []
    assert read.entries[0].children[0].keywords == ["vertrouwen", "veilig", "rekenen op"]
    assert read.entries[1].keywords == []

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["path", "Keywords"])
    sheet.append(["Uitkomsten/Psychologisch", "eenzaam; eenzaamheid; zelfvertrouwen"])
    buffer = io.BytesIO()
    book.save(buffer)
    read = read_code_list("codes.xlsx", buffer.getvalue())
    assert read.notes == []
    assert read.entries[0].children[0].keywords == ["eenzaam", "eenzaamheid", "zelfvertrouwen"]


@pytest.mark.parametrize("name", ["duowerkingen.qdc", "duowerkingen-en.qdc"])
def test_every_codable_code_of_the_shipped_codebooks_has_keywords(name: str) -> None:
    read = read_qdc(name, (codebooks_dir() / name).read_bytes())
    codable = [(names, e) for names, e in walk(read.entries) if e.codable]
    assert len(codable) == 48
    missing = [names for names, e in codable if not e.keywords]
    assert missing == []
    assert all(len(e.keywords) >= 3 for _, e in codable)


def test_shipped_keywords_are_in_the_codebooks_language() -> None:
    nl = read_qdc("nl.qdc", (codebooks_dir() / "duowerkingen.qdc").read_bytes()).entries
    en = read_qdc("en.qdc", (codebooks_dir() / "duowerkingen-en.qdc").read_bytes()).entries
    trust_nl, trust_en = nl[0].children[0], en[0].children[0]
    assert "vertrouwen" in trust_nl.keywords
    assert "trust" in trust_en.keywords
    lonely_nl = {k for _, e in walk(nl) for k in e.keywords}
    lonely_en = {k for _, e in walk(en) for k in e.keywords}
    assert {"eenzaamheid", "koffie", "wandelen", "afspraak"} <= lonely_nl
    assert {"loneliness", "coffee", "walk", "appointment"} <= lonely_en


def test_set_keywords_trims_dedupes_regardless_of_case_and_is_one_undo_step(
    tmp_path: Path,
) -> None:
    with Project.create(tmp_path / "p.duocoder") as p:
        p.add_code("Verbinding")
        p.history.clear()
        info = p.set_keywords("Verbinding", [" Vertrouwen ", "vertrouwen", "", "veilig; klik"])
        assert info.keywords == ("Vertrouwen", "veilig", "klik")
        assert p.history.undo_label == "Change the keywords of Verbinding"
        p.set_keywords("Verbinding", ["Vertrouwen", "veilig", "klik "])  # no change: no step
        p.set_keywords("Verbinding", ["vertrouwen", "veilig", "klik"])  # a new spelling
        p.undo()
        assert p.code("Verbinding").keywords == ("Vertrouwen", "veilig", "klik")
        p.undo()
        assert p.code("Verbinding").keywords == ()
        assert not p.can_undo


def test_a_codebook_with_an_overlong_keyword_is_refused_in_one_sentence(tmp_path: Path) -> None:
    data = write_qdc([CodebookEntry("Verbinding", keywords=["x" * 201])])
    with Project.create(tmp_path / "p.duocoder") as p:
        with pytest.raises(SourceError) as caught:
            p.import_codebook("lang.qdc", data)
        assert "a keyword of the code 'Verbinding' has 201 characters" in str(caught.value)
        assert p.codes() == []


def test_a_keywords_table_leaves_a_category_a_category(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.duocoder") as p:
        p.add_code("Context", codable=False)
        p.add_code("Kwetsbaarheid", "Context")
        table = "path,keywords\nContext,achtergrond; situatie\nContext/Kwetsbaarheid,kwetsbaar\n"
        report = p.import_codebook("trefwoorden.csv", table.encode())
        assert report.updated == ["Context", "Context/Kwetsbaarheid"]
        context = p.code("Context")
        assert context.keywords == ("achtergrond", "situatie") and not context.codable
        assert p.code("Context/Kwetsbaarheid").keywords == ("kwetsbaar",)
