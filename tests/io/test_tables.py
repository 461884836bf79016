"""Analysis tables as spreadsheets and CSV: frozen headers, colour scale, definition."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter, range_boundaries

from duocoder.analysis.layout import Block, Sheet
from duocoder.domain.errors import ValidationError
from duocoder.io.tables import definition_path, sheet_title, write_tables

PATHS = ("Verbinding/Klik", "Verbinding/Vertrouwen", "Obstakels/Tijd")
SQUARE = ((3, 1, 0), (1, 2, 2), (0, 2, 5))
DEFINITION = ["Analyse: co-occurrentie van codes", "Filters: geen"]


def _pairs(blocks: tuple[Block, ...] | None = None) -> Sheet:
    blocks = blocks or (Block(None, PATHS, SQUARE, diagonal=True),)
    return Sheet("Paren", "Code", PATHS, blocks)


def test_xlsx_has_frozen_headers_code_rows_colour_scale_and_definition(tmp_path: Path) -> None:
    out = write_tables(tmp_path / "t.xlsx", [_pairs()], "Definitie", DEFINITION)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Paren", "Definitie"]
    ws = book["Paren"]
    assert ws.freeze_panes == "B2"
    assert [ws.cell(r, 1).value for r in range(1, 5)] == ["Code", *PATHS]
    assert [ws.cell(1, c).value for c in range(2, 5)] == list(PATHS)
    assert ws.cell(4, 4).value == 5
    rules = [(str(cf.sqref), rule.type) for cf in ws.conditional_formatting for rule in cf.rules]
    [(ranges, kind)] = rules
    assert kind == "colorScale"
    # the diagonal (B2, C3, D4) is left out of the scale and shaded instead
    cells = set()
    for part in ranges.split():
        low_col, low_row, high_col, high_row = range_boundaries(part)
        cells |= {
            f"{get_column_letter(c)}{r}"
            for c in range(low_col, high_col + 1)
            for r in range(low_row, high_row + 1)
        }
    assert cells == {"C2", "D2", "B3", "D3", "B4", "C4"}
    assert ws["B2"].fill.fgColor.rgb.endswith("E7E6E6")
    assert [c.value for c in book["Definitie"]["A"]] == ["Definitie", *DEFINITION]


def test_blocks_side_by_side_get_a_group_header(tmp_path: Path) -> None:
    blocks = (
        Block("coördinator", PATHS, SQUARE, diagonal=True),
        Block("deelnemer", PATHS, SQUARE, diagonal=True),
    )
    out = write_tables(tmp_path / "t.xlsx", [_pairs(blocks)], "Definitie", DEFINITION)
    ws = openpyxl.load_workbook(out)["Paren"]
    assert ws.freeze_panes == "B3"
    assert ws.cell(1, 2).value == "coördinator" and ws.cell(1, 6).value == "deelnemer"
    assert ws.cell(2, 5).value is None  # a blank column between blocks
    assert ws.cell(3, 6).value == 3


def test_csv_is_one_long_table_with_the_definition_beside_it(tmp_path: Path) -> None:
    long = (["code", "role", "c"], [["Verbinding/Klik", "participant", 0.5], ["=x", "all", 1.0]])
    out = write_tables(tmp_path / "t.csv", [_pairs()], "Definitie", DEFINITION, "nl", long)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").splitlines() == [
        "code,role,c",
        "Verbinding/Klik,participant,0.5",
        "'=x,all,1.0",  # text that looks like a formula stays text
    ]
    beside = definition_path(out)
    assert beside.name == "t.definition.txt"
    assert beside.read_text("utf-8").splitlines()[:4] == ["Definitie", "", *DEFINITION]
    # without a long table, every cell of the sheets is a row
    plain = write_tables(tmp_path / "p.csv", [_pairs()], "Definitie", DEFINITION)
    rows = plain.read_text("utf-8-sig").splitlines()
    assert rows[0] == "sheet,row,group,column,value" and len(rows) == 1 + 9


def test_sheet_titles_are_valid_and_unique() -> None:
    taken: set[str] = set()
    assert sheet_title("Fragmenten %", taken) == "Fragmenten %"
    assert sheet_title("a/b: [c]?", taken) == "a b c"
    long = "x" * 40
    assert sheet_title(long, taken) == "x" * 31
    assert sheet_title(long, taken) == "x" * 27 + " (2)"


def test_other_suffixes_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        write_tables(tmp_path / "t.ods", [_pairs()], "Definitie", DEFINITION)


def test_control_characters_from_a_transcript_do_not_stop_an_xlsx_export(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A vertical tab (a line break in some Word conversions) or another control character
    in a passage cannot be stored in .xlsx: it becomes a line break or '�', not a crash."""
    from openpyxl import load_workbook

    from duocoder.io.tables import write_table

    path = write_table(tmp_path / "w.xlsx", ["word", "count"], [["een\x0btwee", 1], ["a\x01b", 2]])
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[1:] == [("een\ntwee", 1), ("a\ufffdb", 2)]
