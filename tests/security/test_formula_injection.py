"""Text from a project never becomes a live formula in an exported spreadsheet.

A code, case, duo or document name, or a coded passage, may start with `=`, `+`, `-` or
`@`. Opened in Excel, such a cell in an export would run as a formula (`=HYPERLINK` phones
home, `=cmd|...` starts a program). Every export must hand it over as text: .xlsx cells of
the string type that read back as the literal text, CSV cells with a leading apostrophe;
the numbers we computed stay numbers."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from duocoder.analysis.layout import Block, Sheet
from duocoder.app.project import CodingSpec, Project
from duocoder.io.tables import definition_path, write_tables
from duocoder.nlp.records import FrequencyRow
from tests.helpers import source

LINK = '=HYPERLINK("http://x","y")'
COMMAND = "=cmd|' -C calc'!A0"
PAYLOADS = (LINK, COMMAND, "+1", "-2+3", "@SUM(A1)", "\tx", "\rx")
STARTS = ("=", "+", "-", "@", "\t", "\r")
# names cannot hold tabs or carriage returns (whitespace is normalised), nor `/` in a code
CODE_A, CODE_B = "+1", "-2+3/@SUM(A1)"
PASSAGE = "=1+1 zei ze, en ze lachte."
NOT_PRIVACY = "test: cells kept from running as formulas, not privacy"  # the export guard
TEXT = f"I: Hoe was het?\nR: {PASSAGE}\nI: En toen?\nR: {COMMAND} natuurlijk.\n"


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[Project]:
    """A project whose names and passages all look like formulas."""
    with Project.create(tmp_path / "p.duocoder") as p:
        for name, role, duo in (
            (LINK, "participant", "@SUM(A1)"),
            ("-5", "volunteer", "@SUM(A1)"),
            ("+coordinator", "coordinator", None),
        ):
            p.add_document(name, source(TEXT), role, COMMAND, duo, allow_duplicate=True)
        first = TEXT.index(PASSAGE)
        second = TEXT.index(COMMAND)
        p.add_codings(
            [
                CodingSpec(doc, start, end, code, "=Lies")
                for doc in (LINK, "-5", "+coordinator")
                for start, end, code in (
                    (first, first + len(PASSAGE), CODE_A),
                    (second, second + len(COMMAND) + 12, CODE_A),
                    (first, second + len(COMMAND), CODE_B),
                )
            ],
            create_codes=True,
        )
        yield p


def _results(p: Project) -> dict[str, object]:
    return {
        "by_document": p.code_matrix("document"),
        "by_case": p.code_matrix("case", percent=True),
        "cooccurrence": p.cooccurrence(by_role=True),
        "duos": p.duo_comparison(),
        "stakeholders": p.stakeholder_comparison(CODE_A),
    }


def _xlsx_cells(path: Path) -> list[openpyxl.cell.cell.Cell]:
    book = openpyxl.load_workbook(path)
    return [
        c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None
    ]


def _csv_cells(path: Path, delimiter: str) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [c for row in csv.reader(fh, delimiter=delimiter) for c in row if c]


def _assert_no_formula(cells: list[openpyxl.cell.cell.Cell]) -> None:
    formulas = [c.coordinate for c in cells if c.data_type == "f"]
    assert formulas == []
    for c in cells:
        if isinstance(c.value, str) and c.value.startswith(STARTS):
            assert c.data_type == "s" and c.quotePrefix, c.value


def _assert_csv_guarded(cells: list[str]) -> None:
    """No cell starts like a formula unless it is a number we wrote."""
    for c in cells:
        if c.startswith(STARTS):
            assert _is_number(c), c


def _is_number(text: str) -> bool:
    try:
        float(text.replace(",", "."))
    except ValueError:
        return False
    return True


def test_analysis_tables_in_xlsx_keep_every_name_and_passage_as_text(
    hostile: Project, tmp_path: Path
) -> None:
    seen: set[str] = set()
    for name, result in _results(hostile).items():
        cells = _xlsx_cells(
            hostile.export_table(result, tmp_path / f"{name}.xlsx", allow_unreviewed=NOT_PRIVACY)
        )
        _assert_no_formula(cells)
        seen |= {c.value for c in cells if isinstance(c.value, str)}
        numbers = [c.value for c in cells if c.data_type == "n"]
        assert all(isinstance(v, int | float) for v in numbers), name
        assert numbers or name == "stakeholders"  # the passages sheet holds no counts
    # the names and passages read back as the literal text they were
    assert {LINK, "-5", "+coordinator", COMMAND, "@SUM(A1)", CODE_A, CODE_B} <= seen
    assert any(v.startswith("=1+1 zei ze") for v in seen)
    assert any(v.startswith(COMMAND + " natuurlijk") for v in seen)


@pytest.mark.parametrize("language, delimiter", [("nl", ","), ("en", ",")])
def test_analysis_tables_in_csv_prefix_text_that_looks_like_a_formula(
    hostile: Project, tmp_path: Path, language: str, delimiter: str
) -> None:
    hostile.set_language(language)
    seen: set[str] = set()
    for name, result in _results(hostile).items():
        cells = _csv_cells(
            hostile.export_table(result, tmp_path / f"{name}.csv", allow_unreviewed=NOT_PRIVACY),
            delimiter,
        )
        _assert_csv_guarded(cells)
        seen |= set(cells)
    for text in (LINK, "-5", "+coordinator", COMMAND, "@SUM(A1)", CODE_A, CODE_B):
        assert "'" + text in seen, text
    assert "'=1+1 zei ze, en ze lachte." in seen
    assert f"'{COMMAND} natuurlijk." in seen
    # the counts are numbers, unprefixed
    assert "3" in seen and "'3" not in seen


def test_the_definition_states_the_rule(hostile: Project, tmp_path: Path) -> None:
    result = hostile.code_matrix("role")
    book = openpyxl.load_workbook(hostile.export_table(result, tmp_path / "m.xlsx"))
    lines = [c.value for c in book["Definitie"]["A"]]
    assert any("nooit als formule" in line and "apostrof" in line for line in lines)
    hostile.set_language("en")
    hostile.export_table(result, tmp_path / "m.csv")
    text = definition_path(tmp_path / "m.csv").read_text(encoding="utf-8")
    assert "never as a formula" in text


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_tables_written_directly_guard_tab_and_carriage_return_too(
    tmp_path: Path, suffix: str
) -> None:
    texts = PAYLOADS
    sheet = Sheet(
        "@sheet",
        "=corner",
        texts,
        (Block("+block", ("-a", "-b", "-c"), tuple((t, -1, -0.25) for t in texts)),),
        scale=False,
    )
    out = write_tables(tmp_path / f"t{suffix}", [sheet], "=title", ["-definition"], "en")
    if suffix == ".xlsx":
        cells = _xlsx_cells(out)
        _assert_no_formula(cells)
        values = [c.value for c in cells]
        assert set(PAYLOADS) <= set(values)
        assert -1 in values and -0.25 in values  # negative numbers stay numbers
    else:
        cells = _csv_cells(out, ",")
        _assert_csv_guarded(cells)
        assert {"'" + t for t in PAYLOADS} <= set(cells)
        assert "-1" in cells and "-0.25" in cells  # our numbers are not prefixed
        assert {"'@sheet", "'+block", "'-a"} <= set(cells)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_word_frequencies_keep_groups_and_lemmas_as_text(
    project: Project, tmp_path: Path, suffix: str
) -> None:
    rows = [FrequencyRow(text, f"{text}!", -3, 2) for text in PAYLOADS]
    out = project.export_word_frequencies(rows, tmp_path / f"woorden{suffix}")
    if suffix == ".xlsx":
        cells = _xlsx_cells(out)
        _assert_no_formula(cells)
        values = [c.value for c in cells]
        assert set(PAYLOADS) <= set(values) and -3 in values and 2 in values
    else:
        with out.open(encoding="utf-8-sig", newline="") as fh:
            table = list(csv.reader(fh))
        assert table[0] == ["group", "lemma", "count", "documents"]
        assert table[1:] == [["'" + t, f"'{t}!", "-3", "2"] for t in PAYLOADS]
