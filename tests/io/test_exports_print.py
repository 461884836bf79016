"""Workbooks that print, in the project's language, and definitions that say what the
numbers are (each claim checked against a small case counted by hand)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from duocoder.app.project import Project
from tests.helpers import source

ANNA = "R: Ik vertrouw haar. We gaan naar de markt, elke week.\nR: Geld is krap. Echt krap.\n"
CARLA = "R: De klik is belangrijk. Vertrouwen groeit traag.\n"
BEN = "R: Ik vertrouw Anna. Ze is een fijne vrouw.\n"
KLIK, VERTROUWEN, GELD = "Verbinding/Klik", "Verbinding/Vertrouwen", "Obstakels/Geld"
# by hand: Vertrouwen has 3 segments in 3 documents (Anna, Carla, Ben); Klik 2 segments in
# 2 documents (Anna, Carla), each overlapping Vertrouwen once; Geld 2 segments, 1 document
CODINGS = (
    ("Anna", ANNA, VERTROUWEN, "Ik vertrouw haar."),
    ("Anna", ANNA, KLIK, "Ik vertrouw haar. We gaan"),
    ("Anna", ANNA, GELD, "Geld is krap."),
    ("Anna", ANNA, GELD, "Echt krap."),
    ("Carla", CARLA, KLIK, "De klik is belangrijk."),
    ("Carla", CARLA, VERTROUWEN, "belangrijk. Vertrouwen groeit"),
    ("Ben", BEN, VERTROUWEN, "Ik vertrouw Anna."),
)


def _study(path: Path, language: str) -> Project:
    p = Project.create(path, language=language)
    docs = {
        "Anna": p.add_document("Anna", source(ANNA), "participant", "Samen vzw", "Duo 1"),
        "Carla": p.add_document("Carla", source(CARLA), "coordinator", "Samen vzw"),
        "Ben": p.add_document("Ben", source(BEN), "volunteer", "Samen vzw", "Duo 1"),
    }
    for name, text, code, words in CODINGS:
        start = text.index(words)
        p.add_coding(docs[name].id, code, start, start + len(words), create_code=True)
    return p


@pytest.fixture
def study(tmp_path: Path) -> Iterator[Project]:
    with _study(tmp_path / "studie.duocoder", "nl") as p:
        yield p


@pytest.fixture
def english(tmp_path: Path) -> Iterator[Project]:
    with _study(tmp_path / "study.duocoder", "en") as p:
        yield p


def _line(lines: list[str], start: str) -> str:
    [line] = [x for x in lines if x.startswith(start)]
    return line


# -- printing ----------------------------------------------------------------------------
def test_every_sheet_prints_landscape_one_page_wide_with_titles_repeated(
    study: Project, tmp_path: Path
) -> None:
    out = study.export_table(study.cooccurrence(by_role=True), tmp_path / "rollen.xlsx")
    book = openpyxl.load_workbook(out)
    for ws in book.worksheets:
        setup = ws.page_setup
        assert setup.orientation == "landscape", ws.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
    matrices = book.worksheets[:-1]
    for ws in matrices:
        assert ws.print_title_rows == "$1:$1" and ws.print_title_cols == "$A:$A", ws.title
        assert ws.freeze_panes == "B2"
        header = ws["B1"]
        assert header.alignment.wrap_text and header.alignment.text_rotation == 90
        # the upright code paths get the room they need above the first row of numbers
        assert ws.row_dimensions[1].height >= 5 * len("Verbinding/Vertrouwen")
        assert ws.column_dimensions["B"].width <= 7  # narrow: the matrix fits the page
    # one sheet per role and measure: three 48-column matrices side by side printed a
    # page per handful of columns (157 pages for the shipped codebook)
    assert book.sheetnames == [
        "Paren coördinator",
        "Paren deelnemer",
        "Paren vrijwilliger",
        "Documenten coördinator",
        "Documenten deelnemer",
        "Documenten vrijwilliger",
        "c-coëfficiënt coördinator",
        "c-coëfficiënt deelnemer",
        "c-coëfficiënt vrijwilliger",
        "Definitie",
    ]


def test_the_role_matrix_keeps_code_paths_and_counts_in_their_own_cells(
    english: Project, tmp_path: Path
) -> None:
    out = english.export_table(english.code_matrix("role"), tmp_path / "roles.xlsx")
    ws = openpyxl.load_workbook(out)["Segments"]
    assert [c.value for c in ws[1]] == ["Code path", "coordinator", "participant", "volunteer"]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == VERTROUWEN)
    assert [c.value for c in row[1:]] == [1, 1, 1]
    assert all(c.data_type == "n" for c in row[1:])  # numbers, not "1 (1)" text
    assert ws.print_title_cols == "$A:$A"  # the code path is printed beside its counts
    assert ws["B1"].alignment.wrap_text and ws.row_dimensions[1].height >= 15


def test_a_dutch_project_words_xlsx_speaks_dutch_and_its_csv_stays_scriptable(
    study: Project, tmp_path: Path
) -> None:
    from duocoder.nlp.records import FrequencyRow

    rows = [
        FrequencyRow("participant", "vertrouwen", 2, 1),
        FrequencyRow("coordinator", "klik", 1, 1),
    ]
    book = openpyxl.load_workbook(study.export_word_frequencies(rows, tmp_path / "w.xlsx"))
    ws = book.active
    assert ws.title == "Woorden"  # was "Sheet"
    assert list(ws.values) == [
        ("Groep", "Lemma", "Aantal", "Documenten"),
        ("deelnemer", "vertrouwen", 2, 1),
        ("coördinator", "klik", 1, 1),
    ]
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$1:$1"
    text = study.export_word_frequencies(rows, tmp_path / "w.csv").read_text("utf-8-sig")
    assert text.splitlines()[:2] == ["group,lemma,count,documents", "participant,vertrouwen,2,1"]


# -- definitions that are true ---------------------------------------------------------------
def test_the_cooccurrence_diagonal_is_described_as_what_it_holds(study: Project) -> None:
    result = study.cooccurrence()
    v, k, g = (result.index(p) for p in (VERTROUWEN, KLIK, GELD))
    # by hand: the Pairs diagonal holds segments, the Documents diagonal documents
    assert (result.counts[v][v], result.documents[v][v]) == (3, 3)
    assert (result.counts[g][g], result.documents[g][g]) == (2, 1)
    assert (result.counts[k][v], result.documents[k][v]) == (2, 2)
    assert result.c[k][v] == pytest.approx(2 / (2 + 3 - 2))
    for language, pairs_n, docs_n in (
        (
            "nl",
            "bij Paren n, het aantal fragmenten van de code",
            "bij Documenten het aantal documenten met de code",
        ),
        (
            "en",
            "under Pairs n, the number of segments of the code",
            "under Documents the number of documents with the code",
        ),
    ):
        lines = result.definition.describe(language)
        diagonal = [x for x in lines if "diagona" in x]
        assert len(diagonal) == 1, lines  # said once, and right
        assert pairs_n in diagonal[0] and docs_n in diagonal[0]
        assert not any(
            "n, het aantal documenten" in x or "n, the number of documents" in x for x in lines
        )


def test_the_matrix_cells_are_described_per_column(study: Project) -> None:
    m = study.code_matrix("role")
    g = m.paths.index(GELD)
    participant = m.columns.index("deelnemer")
    # by hand: Geld, two segments in Anna's one interview
    assert (m.segments[g][participant], m.documents[g][participant]) == (2, 1)
    line = _line(m.definition.describe("en"), "Per cell:")
    assert "segments of the code in the column" in line
    assert "column's documents with at least one segment of the code" in line


def test_the_duo_matrix_counts_duos_and_says_so(study: Project) -> None:
    m = study.duo_matrix()
    v = m.paths.index(VERTROUWEN)
    assert m.counts[v][v] == 1  # Duo 1: Anna and Ben both speak of Vertrouwen
    lines = m.definition.describe("en")
    assert lines[1].startswith("Unit: duo")
    assert not any(x.startswith("Unit: coded segment") for x in lines)


def test_the_code_filter_is_stated(study: Project, tmp_path: Path) -> None:
    result = study.export_quotes(
        tmp_path / "q.docx",
        codes=["Verbinding"],
        allow_unreviewed="test: the definition's wording, not privacy",
    )
    lines = result.definition.describe("nl")
    assert _line(lines, "Filters:") == "Filters: code = Verbinding (met subcodes)"
    assert result.definition.as_json()["filters"]["codes"] == ["Verbinding"]
    plain = study.cooccurrence(codes=[KLIK, GELD], roles=["participant"]).definition
    assert _line(plain.describe("en"), "Filters:") == (
        f"Filters: code = {KLIK}, {GELD}; role = participant"
    )
    assert _line(study.cooccurrence().definition.describe("nl"), "Filters:") == "Filters: geen"


def test_paragraph_mode_states_what_a_document_without_paragraphs_is(
    study: Project,
) -> None:
    from duocoder.domain.sources import SourceText

    text = "R: Eerst dit.\nR: Veel later dat.\n"
    doc = study.add_document("Zonder", SourceText(text, (), None, "txt"), "participant")
    study.add_coding(doc.id, "Test/Een", 3, 13, create_code=True)
    study.add_coding(doc.id, "Test/Twee", 17, 31, create_code=True)
    result = study.cooccurrence(mode="paragraph", documents=["Zonder"])
    assert result.pairs("Test/Een", "Test/Twee") == 1  # by hand: the whole text is one unit
    line = _line(result.definition.describe("en"), "Co-occurring:")
    assert "a document without paragraphs counts as one paragraph" in line
