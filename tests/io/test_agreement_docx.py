"""The one-page Word summary of an agreement report: what was compared, the table with
intervals as "0,78 [0,71–0,84]", a dash and a footnote for a missing figure, the overall
row in bold, the definitions used, the bootstrap, and a sentence for the method section —
in the project's language, on A4; a failed write keeps the old file."""

from __future__ import annotations

import dataclasses
import errno
import os
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Cm, Pt

from duocoder.analysis.agreement_result import AgreementReport
from duocoder.domain.errors import DiskFullError, ValidationError
from duocoder.io.agreement_docx import write_agreement_docx
from tests.io.agreement_factory import PATHS, sample_report

DAY = date(2026, 3, 14)


def _write(report: AgreementReport, path: Path) -> Path:
    return write_agreement_docx(report, path, project_name="Duowerkingen Gent", today=DAY)


def _paragraphs(path: Path) -> list[str]:
    return [p.text for p in Document(str(path)).paragraphs]


def _table(path: Path) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in Document(str(path)).tables[0].rows]


def test_the_dutch_summary_says_what_was_compared(tmp_path: Path) -> None:
    out = _write(sample_report("nl"), tmp_path / "overeenstemming.docx")
    text = _paragraphs(out)
    assert text[0] == "Intercodeursovereenstemming – Duowerkingen Gent"
    assert text[1] == "14 maart 2026 · 3 codeurs · 12 documenten · 20 codes · eenheid: alinea"
    assert text[2] == (
        "Drie codeurs (Lies, Mohamed en Sofie) codeerden onafhankelijk van elkaar 12 interviews "
        "met 20 codes. Vergeleken werd per alinea: 5.127 beslissingen per codeur (alinea's × "
        "codes), elk gecodeerd of niet. De beurten van de interviewer tellen niet mee."
    )


def test_the_table_has_intervals_with_a_decimal_comma_and_a_bold_overall_row(
    tmp_path: Path,
) -> None:
    report = sample_report("nl")
    out = _write(report, tmp_path / "a.docx")
    rows = _table(out)
    assert rows[0] == [
        "Code",
        "Eenheden",
        "% overeen-\nstemming",
        "Fleiss' κ\n[95 %-BI]",  # three coders: Fleiss' κ, not Cohen's
        "Krippendorffs α\n[95 %-BI]",
    ]
    assert len(rows) == 1 + 20 + 1
    first = report.codes[0]
    lo, hi = first.intervals["alpha"] or (0.0, 0.0)
    alpha = first.values["alpha"] or 0.0
    assert rows[1][0] == PATHS[0] and rows[1][1] == str(first.units)
    assert rows[1][4] == f"{alpha:.2f} [{lo:.2f}–{hi:.2f}]".replace(".", ",")
    assert rows[1][2] == f"{(first.values['percent'] or 0) * 100:.1f}\u00a0%".replace(".", ",")
    assert rows[-1] == [
        "Totaal (alle codes)",
        "5.127",
        "93,1\u00a0%",
        "0,78 [0,75–0,82]",
        "0,78 [0,75–0,82]",
    ]
    table = Document(str(out)).tables[0]
    overall_runs = [r for c in table.rows[-1].cells for p in c.paragraphs for r in p.runs]
    assert overall_runs and all(r.bold for r in overall_runs)
    assert not any(r.bold for p in table.rows[1].cells[4].paragraphs for r in p.runs)
    size = Document(str(out)).styles["Agreement Table"].font.size
    assert size is not None and size <= Pt(9)  # small enough for ~25 codes on one page


def test_a_missing_figure_is_a_dash_with_a_footnote(tmp_path: Path) -> None:
    out = _write(sample_report("nl"), tmp_path / "a.docx")
    rows = _table(out)
    assert rows[4][0] == PATHS[3] and rows[4][2:] == ["–a", "–a", "–a"]  # too few units
    assert rows[6][0] == PATHS[5] and rows[6][2:] == ["100,0\u00a0%", "–b", "–b"]
    table = Document(str(out)).tables[0]
    mark = table.rows[4].cells[4].paragraphs[0].runs[-1]
    assert mark.text == "a" and mark.font.superscript
    text = _paragraphs(out)
    assert "a\u00a0te weinig eenheden (n < 10)" in text
    assert "b\u00a0geen variatie: elke codeur gaf elke eenheid dezelfde waarde" in text


def test_how_to_read_bootstrap_and_the_method_sentence(tmp_path: Path) -> None:
    report = sample_report("nl")
    text = _paragraphs(_write(report, tmp_path / "a.docx"))
    how = text.index("Zo lees je dit")
    items = text[how + 1 : how + 6]
    d = report.definition
    assert items[:3] == [d["percent"], d["fleiss_kappa"], d["alpha"]]
    assert items[3] == f"{d['unit_paragraph']} {d['touching']}"
    assert items[4] == d["overall"]
    assert d["cohen_kappa"] not in text  # only the definitions of the figures shown
    assert (
        "Betrouwbaarheidsintervallen: percentielbootstrap met 1.000 steekproeven (seed 1); de "
        "12 documenten werden met teruglegging getrokken, omdat eenheden binnen één interview "
        "niet onafhankelijk zijn." in text
    )
    assert text[-2] == "Voorstel voor de methodesectie"
    alphas = [a for a in (c.values["alpha"] for c in report.codes) if a is not None]
    assert text[-1] == (
        "Drie codeurs codeerden onafhankelijk 12 interviews met 20 codes; de overeenstemming per "
        "alinea bedroeg over alle codes Krippendorffs α = 0,78 (95 %-BI 0,75–0,82; "
        "percentielbootstrap over documenten, 1.000 steekproeven) en Fleiss' κ = 0,78 "
        "(95 %-BI 0,75–0,82). Per code varieerde Krippendorffs α van "
        f"{min(alphas):.2f} tot {max(alphas):.2f}.".replace("0.", "0,")
    )
    continuum = next(t for t in text if t.startswith("Op het continuüm van tekens"))
    assert "uα = 0,71 (alle codes als één variabele)" in continuum
    assert "Cuα = 0,70 (dezelfde codes voor tekst die twee codeurs allebei codeerden)" in continuum
    share = sum(x.agreeing for x in report.segments) / sum(x.segments for x in report.segments)
    assert f"{share * 100:.1f}\u00a0% van de fragmenten overlapt".replace(".", ",") in continuum


def test_the_english_summary_with_two_coders_uses_cohens_kappa(tmp_path: Path) -> None:
    report = sample_report("en", coders=("Lies", "Mohamed"), unit="turn", include_interviewer=True)
    out = _write(report, tmp_path / "a.docx")
    text = _paragraphs(out)
    assert text[0] == "Intercoder agreement – Duowerkingen Gent"
    assert text[2].startswith(
        "Two coders (Lies and Mohamed) independently coded 12 interviews with 20 codes. They "
        "were compared per speaker turn:"
    )
    assert text[2].endswith("The interviewer's turns are included.")
    rows = _table(out)
    assert rows[0][3] == "Cohen's κ\n[95% CI]"
    assert rows[-1][1:] == ["5,127", "93.1%", "0.78 [0.75–0.82]", "0.78 [0.75–0.82]"]
    assert text[-1].startswith(
        "Two coders independently coded 12 interviews with 20 codes; agreement per speaker turn "
        "over all codes was Krippendorff's α = 0.78 (95% CI 0.75–0.82; percentile bootstrap "
        "over documents, 1,000 samples) and Cohen's κ = 0.78 (95% CI 0.75–0.82)."
    )
    assert report.definition["unit_turn"] in " ".join(text)


def test_the_page_is_a4_and_a_long_table_follows_the_summary(tmp_path: Path) -> None:
    out = _write(sample_report("nl", codes=20), tmp_path / "a.docx")
    section = Document(str(out)).sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert abs(section.page_width - Cm(21)) < Cm(0.01)  # A4, stored in twentieths of a point
    assert abs(section.page_height - Cm(29.7)) < Cm(0.01)
    body = Document(str(out)).element.body
    order = [child.tag.rsplit("}", 1)[1] for child in body]
    assert order.index("tbl") < len(order) - 5  # table first, summary after it
    many = sample_report("nl", codes=26)
    long = dataclasses.replace(many, codes=many.codes * 2)  # 52 codes
    out = _write(long, tmp_path / "long.docx")
    document = Document(str(out))
    order = [child.tag.rsplit("}", 1)[1] for child in document.element.body]
    texts = [p.text for p in document.paragraphs]
    assert "Voorstel voor de methodesectie" in texts
    # the summary (how to read, the sentence) stays on page one; the rows run on after it
    assert order.index("tbl") > texts.index("Voorstel voor de methodesectie")
    header = document.tables[0].rows[0]._tr.trPr
    assert (
        header is not None
        and header.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader")
        is not None
    )


def test_a_code_named_like_a_formula_is_plain_text(tmp_path: Path) -> None:
    name = '=HYPERLINK("http://example.com","klik")'
    out = _write(sample_report("en", first_path=name), tmp_path / "a.docx")
    assert _table(out)[1][0] == name
    with zipfile.ZipFile(out) as z:
        xml = z.read("word/document.xml")
    assert b"instrText" not in xml and b"fldSimple" not in xml  # no field, no link


def test_a_failing_write_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "a.docx"
    out.write_bytes(b"the previous good summary")
    real = zipfile.ZipFile.writestr
    calls = {"n": 0}

    def writestr(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
        calls["n"] += 1
        if calls["n"] > 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)
    with pytest.raises(DiskFullError, match=r"'a\.docx' was not written"):
        _write(sample_report("nl"), out)
    assert out.read_bytes() == b"the previous good summary"
    assert os.listdir(tmp_path) == ["a.docx"]
    with pytest.raises(ValidationError, match=r"'a\.pdf' must end in \.docx\."):
        _write(sample_report("nl"), tmp_path / "a.pdf")
