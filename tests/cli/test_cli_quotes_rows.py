"""`code --from` rows that give a passage by its words, as researchers keep quotes in a
spreadsheet: found despite curly quotes, non-breaking spaces and line breaks, mapped to the
transcript's exact characters; a quote that is missing or ambiguous is refused by row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.quotematch import find_quote
from tests.helpers import run_cli, source

TEXT = (
    "I: Hoe was de eerste ontmoeting?\n"
    "R: Ze zei: \u2018Ik heb geen tijd\u2019, maar ze kwam toch.\n"
    "R: Het klikte meteen, echt\u00a0waar.\n"
    "I: En daarna?\n"
    "R: Het klikte meteen weer, elke week.\n"
)


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    path = tmp_path / "p.duocoder"
    with Project.create(path, language="en") as p:
        p.add_document("Anna", source(TEXT), "participant", "Samen vzw", "Duo 1")
        p.ensure_code_path("Obstakels/Tijd")
        p.ensure_code_path("Verbinding/Klik")
    return path


def _segments(path: Path) -> list[tuple[str, str, str | None, str | None]]:
    with Project.open(path) as p:
        return [(s.code, s.text, s.coder, s.memo) for s in p.segments()]


def _write(tmp_path: Path, text: str, name: str = "rows.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_quotes_find_their_exact_passage_despite_typography(
    proj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _write(
        tmp_path,
        "doc,quote,code,coder,memo\n"
        "Anna,'Ik heb geen tijd',Obstakels/Tijd,Lies,uit Excel\n"  # straight for curly
        'Anna,"Het klikte meteen,\n   echt waar",Verbinding/Klik,Lies,\n',  # line break, nbsp
    )
    code, out, err = run_cli(capsys, "code", str(proj), "--from", str(rows))
    assert code == 0, err
    assert out.strip() == "Applied 2 codings."
    assert _segments(proj) == [
        ("Obstakels/Tijd", "\u2018Ik heb geen tijd\u2019", "Lies", "uit Excel"),
        ("Verbinding/Klik", "Het klikte meteen, echt\u00a0waar", "Lies", None),
    ]


def test_dutch_headers_and_semicolons_as_dutch_excel_saves_them(
    proj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _write(
        tmp_path,
        "\ufeffDocument;Citaat;Code;Codeur;Memo;Voorkomen\n"
        "Anna;Het klikte meteen;Verbinding/Klik;Ward;;2\n",
    )
    code, out, err = run_cli(capsys, "code", str(proj), "--from", str(rows), "--json")
    assert code == 0, err
    assert json.loads(out)["skipped_rows"] == []
    with Project.open(proj) as p:
        [seg] = p.segments()
        assert (seg.start, seg.coder) == (TEXT.index("Het klikte meteen weer"), "Ward")


def test_a_missing_quote_is_refused_by_row_and_nothing_is_written(
    proj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _write(
        tmp_path,
        "doc,quote,code\nAnna,Ik heb geen tijd,Obstakels/Tijd\nAnna,nooit gezegd,Obstakels/Tijd\n",
    )
    code, out, err = run_cli(capsys, "code", str(proj), "--from", str(rows))
    assert (code, out) == (1, "")
    assert err.strip() == (
        "duocoder: No codings were applied: row 3: the quote \u201cnooit gezegd\u201d "
        "is not in 'Anna'."
    )
    assert _segments(proj) == []


def test_an_ambiguous_quote_asks_for_its_occurrence(
    proj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _write(tmp_path, "doc,quote,code\nAnna,Het klikte meteen,Verbinding/Klik\n")
    code, _, err = run_cli(capsys, "code", str(proj), "--from", str(rows))
    assert code == 1
    assert "row 2: the quote \u201cHet klikte meteen\u201d is found 2 times in 'Anna'" in err
    assert "occurrence" in err
    rows = _write(tmp_path, "doc,quote,code,occurrence\nAnna,Het klikte meteen,Verbinding/Klik,3\n")
    code, _, err = run_cli(capsys, "code", str(proj), "--from", str(rows))
    assert code == 1 and "found only 2 times" in err
    assert _segments(proj) == []


def test_offset_and_quote_rows_mix(
    proj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    start = TEXT.index("elke week")
    rows = _write(
        tmp_path,
        "doc,start,end,quote,code\n"
        f"Anna,{start},{start + 9},,Verbinding/Klik\n"
        "Anna,,,Ik heb geen tijd,Obstakels/Tijd\n",
    )
    assert run_cli(capsys, "code", str(proj), "--from", str(rows))[0] == 0
    assert [s[1] for s in _segments(proj)] == ["Ik heb geen tijd", "elke week"]


def test_find_quote_maps_back_to_exact_offsets() -> None:
    text = "R: \u201cZe\u00a0is   er\naltijd\u201d \u2013 echt\u2026"
    [(start, end)] = find_quote(text, '"Ze is er altijd" - echt...')
    assert text[start:end] == text[3:]
    assert find_quote(text, "  ") == []
    assert find_quote("aXa aXa", "aXa") == [(0, 3), (4, 7)]
