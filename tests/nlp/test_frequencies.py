"""Word frequencies by lemma from the stored index, and their export."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import ValidationError


def _counts(rows) -> dict[str, tuple[int, int]]:  # type: ignore[no-untyped-def]
    return {r.lemma: (r.count, r.documents) for r in rows}


def test_lemmas_are_counted_without_stop_words_punctuation_numbers_or_labels(
    duo: Project,
) -> None:
    rows = duo.word_frequencies()
    counts = _counts(rows)
    assert rows[0].lemma == "vertrouwen" and counts["vertrouwen"] == (7, 3)
    assert counts["koffie"] == (1, 1) and counts["groeien"] == (1, 1)
    for left_out in ("ik", "het", "we", "hebben", "zijn", ",", ".", "2", "r", "i"):
        assert left_out not in counts, left_out
    assert {r.group for r in rows} == {""}
    # interviewer speech only when asked: `Vertrouwt u haar?`, `Wat betekent het duo …`
    assert "betekenen" not in counts
    more = _counts(duo.word_frequencies(include_interviewer=True))
    assert more["vertrouwen"] == (8, 3) and more["betekenen"] == (1, 1)


def test_counts_per_role_case_and_code(duo: Project) -> None:
    by_role = duo.word_frequencies(by="role", top=1)
    assert [(r.group, r.lemma, r.count) for r in by_role] == [
        ("coordinator", "vertrouwen", 1),
        ("participant", "vertrouwen", 4),
        ("volunteer", "vertrouwen", 2),
    ]
    by_case = duo.word_frequencies(by="case", top=1)
    assert [(r.group, r.count, r.documents) for r in by_case] == [
        ("Duo Denderland", 6, 2),
        ("Wijk Oost", 1, 1),
    ]
    anna = duo.document("Anna").id
    text = duo.text(anna)
    start = text.index("We drinken")
    duo.add_coding(anna, "Activiteiten", start, text.index(", 2 keer"), create_code=True)
    duo.add_coding(anna, "Activiteiten", start, start + 10)  # overlapping: counted once
    by_code = duo.word_frequencies(by="code")
    assert [(r.group, r.lemma, r.count) for r in by_code] == [
        ("Activiteiten", "drinken", 1),
        ("Activiteiten", "koffie", 1),
        ("Activiteiten", "markt", 1),
    ]
    with pytest.raises(ValidationError, match="not 'duo'"):
        duo.word_frequencies(by="duo")


def test_export_to_csv_and_xlsx(duo: Project, tmp_path: Path) -> None:
    rows = duo.word_frequencies(by="role")
    path = duo.export_word_frequencies(rows, tmp_path / "woorden.csv")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == ["group", "lemma", "count", "documents"]
    assert table[1] == ["coordinator", "vertrouwen", "1", "1"] and len(table) == len(rows) + 1

    from openpyxl import load_workbook

    path = duo.export_word_frequencies(rows, tmp_path / "woorden.xlsx")
    sheet = load_workbook(path).active
    values = list(sheet.values)
    # a workbook is for people: the project's words (a CSV keeps the script names)
    assert sheet.title == "Woorden"
    assert values[0] == ("Groep", "Lemma", "Aantal", "Documenten")
    assert values[2] == ("deelnemer", "vertrouwen", 4, 1)
    with pytest.raises(ValidationError, match=r"must end in \.xlsx or \.csv"):
        duo.export_word_frequencies(rows, tmp_path / "woorden.pdf")
