"""The agreement report as a workbook and as a long CSV table: every code's figures with
their intervals, the overall row, the reason for a missing figure, the segment and unitized
figures, the selection and definitions; text never a formula; a failed write keeps the old
file."""

from __future__ import annotations

import csv
import errno
import os
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from duocoder.domain.errors import DiskFullError, ValidationError
from duocoder.io.agreement_tables import write_agreement_csv, write_agreement_xlsx
from duocoder.io.tables import definition_path
from tests.io.agreement_factory import PATHS, sample_report

FORMULA = '=HYPERLINK("http://example.com","klik")'


def _sheet(path: Path, index: int) -> Worksheet:
    ws = load_workbook(path).worksheets[index]
    assert isinstance(ws, Worksheet)
    return ws


def _header(ws: Worksheet) -> list[tuple[str, str]]:
    """(group, column) of each column: merged group labels carried to the right."""
    out, group = [], ""
    for c in range(1, ws.max_column + 1):
        top, below = ws.cell(1, c).value, ws.cell(2, c).value
        if top:
            group = str(top)
        out.append((group, str(below or "")))
    return out


def _rows(ws: Worksheet) -> dict[str, list[object]]:
    return {
        str(ws.cell(r, 1).value): [ws.cell(r, c).value for c in range(1, ws.max_column + 1)]
        for r in range(3, ws.max_row + 1)
    }


def test_the_workbook_has_a_row_per_code_with_intervals_and_the_overall_row(
    tmp_path: Path,
) -> None:
    report = sample_report("nl")
    out = write_agreement_xlsx(report, tmp_path / "overeenstemming.xlsx")
    book = load_workbook(out)
    assert book.sheetnames == ["Intercodeursovereenstemming", "Fragmenten en uα", "Definitie"]
    ws = _sheet(out, 0)
    header = _header(ws)
    assert header[:5] == [
        ("Code", ""),
        ("Eenheden", ""),
        ("Gecodeerde eenheden", "Lies"),
        ("Gecodeerde eenheden", "Mohamed"),
        ("Gecodeerde eenheden", "Sofie"),
    ]
    groups = [g for g, _ in header]
    assert "Cohens κ" not in groups  # three coders: said once, not a column of dashes
    alpha = groups.index("Krippendorffs α")
    assert header[alpha : alpha + 3] == [
        ("Krippendorffs α", "waarde"),
        ("Krippendorffs α", "95 %-BI laag"),
        ("Krippendorffs α", "95 %-BI hoog"),
    ]
    rows = _rows(ws)
    assert list(rows) == [*PATHS[:20], "Totaal (alle codes)"]
    first = report.codes[0]
    row = rows[PATHS[0]]
    assert row[1] == first.units
    assert row[2:5] == [first.coded["Lies"], first.coded["Mohamed"], first.coded["Sofie"]]
    assert row[alpha : alpha + 3] == pytest.approx(
        [first.values["alpha"], *first.intervals["alpha"]]  # type: ignore[misc]
    )
    percent = groups.index("% overeenstemming")
    assert row[percent] == pytest.approx(first.values["percent"])
    assert ws.cell(3, percent + 1).number_format == "0.0%"
    assert ws.cell(3, alpha + 1).number_format == "0.00"
    last = ws.max_row
    assert ws.cell(last, 1).font.b and ws.cell(last, alpha + 1).font.b  # overall in bold
    assert rows["Totaal (alle codes)"][alpha] == pytest.approx(0.7812)
    assert ws.freeze_panes == "B3"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert ws.print_title_rows == "$1:$2"  # both header rows on every page


def test_a_missing_figure_is_a_dash_with_its_reason(tmp_path: Path) -> None:
    out = write_agreement_xlsx(sample_report("nl"), tmp_path / "a.xlsx")
    ws = _sheet(out, 0)
    rows = _rows(ws)
    groups = [g for g, _ in _header(ws)]
    alpha = groups.index("Krippendorffs α")
    few = rows[PATHS[3]]
    assert few[alpha] == "–" and few[alpha + 1] is None
    assert few[-1] == "te weinig eenheden (n < 10)"  # every figure: the reason once
    none = rows[PATHS[5]]  # nobody gave the code: κ and α undefined, BP and AC1 are 1
    assert none[alpha] == "–"
    assert none[groups.index("Gwets AC1")] == 1.0
    assert none[-1] == (
        "Fleiss' κ, Krippendorffs α: geen variatie: elke codeur gaf elke eenheid dezelfde waarde"
    )
    definition = [c.value for c in _sheet(out, 2)["A"] if c.value]
    assert "Cohens κ staat er niet bij: alleen gedefinieerd voor twee codeurs." in definition


def test_two_coders_get_cohens_kappa_and_english_words(tmp_path: Path) -> None:
    report = sample_report("en", coders=("Lies", "Mohamed"))
    out = write_agreement_xlsx(report, tmp_path / "a.xlsx")
    ws = _sheet(out, 0)
    groups = [g for g, _ in _header(ws)]
    assert "Cohen's κ" in groups and "Gwet's AC1" in groups and "% agreement" in groups
    cohen = groups.index("Cohen's κ")
    rows = _rows(ws)
    assert rows[PATHS[0]][cohen] == pytest.approx(report.codes[0].values["cohen_kappa"])
    assert rows["Overall (all codes)"][cohen] == pytest.approx(0.7846)
    names = ["Intercoder agreement", "Segments and uα", "Definition"]
    assert load_workbook(out).sheetnames == names


def test_the_segment_sheet_holds_overlap_cu_alpha_and_u_alpha(tmp_path: Path) -> None:
    report = sample_report("nl")
    ws = _sheet(write_agreement_xlsx(report, tmp_path / "a.xlsx"), 1)
    assert [ws.cell(1, c).value for c in range(1, 6)] == [
        "Code",
        "Fragmenten",
        "Overeenstemmend",
        "% overlap van fragmenten",
        "cuα",
    ]
    rows = {ws.cell(r, 1).value: [ws.cell(r, c).value for c in range(1, 7)] for r in range(2, 30)}
    seg = report.segments[0]
    assert rows[PATHS[0]][1:4] == [seg.segments, seg.agreeing, pytest.approx(seg.percent)]
    assert report.unitized is not None
    assert rows[PATHS[0]][4] == pytest.approx(report.unitized.cu_alpha[PATHS[0]])
    assert rows[PATHS[5]][3:6] == [
        "–",
        "–",
        "Fragmenten, cuα: geen enkele codeur gebruikte deze code",
    ]
    total = sum(s.segments for s in report.segments)
    overall = rows["Totaal (alle codes) · Cuα"]
    assert overall[1] == total and overall[4] == pytest.approx(0.6954)
    assert rows["uα (alle codes als één variabele)"][4] == pytest.approx(0.7123)


def test_the_definition_sheet_states_the_selection_and_every_definition(tmp_path: Path) -> None:
    report = sample_report("nl", include_interviewer=True, unit="turn")
    lines = [c.value for c in _sheet(write_agreement_xlsx(report, tmp_path / "a.xlsx"), 2)["A"]]
    text = "\n".join(str(v) for v in lines if v)
    assert "Codeurs (3): Lies, Mohamed, Sofie" in text
    assert "Eenheid: sprekersbeurt" in text
    assert "Interviewerbeurten: tellen mee." in text
    assert "Documenten (12): Interview 01, Interview 02" in text
    assert "Bootstrap: 1.000 steekproeven, seed 1, documenten met teruglegging getrokken." in text
    assert "Drempel voor overlap van fragmenten: 90\u00a0%." in text
    assert report.definition["alpha"] in text and report.definition["unit_turn"] in text
    assert report.definition["unit_paragraph"] not in text  # only the report's own unit


def test_a_code_named_like_a_formula_stays_text(tmp_path: Path) -> None:
    report = sample_report("en", first_path=FORMULA)
    ws = _sheet(write_agreement_xlsx(report, tmp_path / "a.xlsx"), 0)
    cell = ws.cell(3, 1)
    assert cell.value == FORMULA and cell.data_type == "s"
    with zipfile.ZipFile(tmp_path / "a.xlsx") as z:  # no <f> (formula) element anywhere
        assert all(b"<f>" not in z.read(n) for n in z.namelist() if n.endswith(".xml"))
    out = write_agreement_csv(report, tmp_path / "a.csv")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][1] == "'" + FORMULA


def test_the_csv_is_one_long_table_for_scripts(tmp_path: Path) -> None:
    report = sample_report("nl")
    out = write_agreement_csv(report, tmp_path / "agreement.csv")
    data = out.read_bytes()
    assert data.startswith("\ufeff".encode())  # Excel reads the UTF-8, R and pandas skip it
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 21 and [r["row"] for r in rows] == ["code"] * 20 + ["overall"]
    first, overall = rows[0], rows[-1]
    assert first["code"] == PATHS[0] and int(first["units"]) == report.codes[0].units
    assert int(first["coded_Sofie"]) == report.codes[0].coded["Sofie"]
    ci = report.codes[0].intervals["alpha"]
    assert ci is not None
    assert float(first["alpha"]) == pytest.approx(report.codes[0].values["alpha"], abs=1e-4)
    assert float(first["alpha_lo"]) == pytest.approx(ci[0], abs=1e-4)
    assert float(first["alpha_hi"]) == pytest.approx(ci[1], abs=1e-4)
    assert first["cohen_kappa"] == "" and first["reasons"] == "cohen_kappa=two_coders_only"
    assert "." in first["percent"] and "," not in first["percent"]  # a decimal point
    assert int(first["segments"]) == report.segments[0].segments
    assert report.unitized is not None
    cu = report.unitized.cu_alpha[PATHS[0]]
    assert cu is not None and float(first["cu_alpha"]) == pytest.approx(cu, abs=1e-4)
    assert overall["code"] == "" and float(overall["u_alpha"]) == pytest.approx(0.7123)
    assert float(overall["cu_alpha"]) == pytest.approx(0.6954)  # Cuα on the overall row
    assert "alpha=too_few_units" in rows[3]["reasons"]
    assert "segments=no_segments" in rows[5]["reasons"]
    beside = definition_path(out).read_text(encoding="utf-8")
    assert beside.startswith("Intercodeursovereenstemming\n")
    assert "Codeurs (3): Lies, Mohamed, Sofie" in beside
    assert "coded_Lies: eenheden die codeur Lies de code gaf" in beside
    assert report.definition["gwet_ac1"] in beside


def test_a_failing_write_keeps_the_previous_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = sample_report("nl")
    xlsx, table = tmp_path / "a.xlsx", tmp_path / "a.csv"
    for path in (xlsx, table):
        path.write_bytes(b"the previous good export")
    real = zipfile.ZipFile.writestr
    calls = {"n": 0}

    def writestr(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] > 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)
    with pytest.raises(DiskFullError, match=r"'a\.xlsx' was not written"):
        write_agreement_xlsx(report, xlsx)

    def write_bytes(self: Path, data: bytes) -> int:
        with self.open("wb") as fh:
            fh.write(data[:10])
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    with pytest.raises(DiskFullError, match=r"'a\.csv' was not written"):
        write_agreement_csv(report, table)
    assert xlsx.read_bytes() == table.read_bytes() == b"the previous good export"
    assert sorted(os.listdir(tmp_path)) == ["a.csv", "a.xlsx"]  # no temporary file left


def test_the_wrong_suffix_is_one_sentence(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"'a\.txt' must end in \.xlsx\."):
        write_agreement_xlsx(sample_report(), tmp_path / "a.txt")
    with pytest.raises(ValidationError, match=r"'a\.xlsx' must end in \.csv\."):
        write_agreement_csv(sample_report(), tmp_path / "a.xlsx")
