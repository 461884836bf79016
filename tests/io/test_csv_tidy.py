"""CSV exports are one long table that R and pandas read with no options: one header row
of snake_case names, one row per observation, the definition in a file beside it."""

from __future__ import annotations

import csv
import importlib.util
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from duocoder.app.project import Project
from tests.helpers import source

ANNA = "R: Ik vertrouw haar. We gaan naar de markt, elke week.\nR: Geld is krap.\n"
CARLA = "R: De klik is belangrijk. Vertrouwen groeit traag.\n"
KLIK, VERTROUWEN, GELD = "Verbinding/Klik", "Verbinding/Vertrouwen", "Obstakels/Geld"


@pytest.fixture
def study(tmp_path: Path) -> Iterator[Project]:
    """Anna (participant, duo 1) and Carla (coördinator); Klik and Vertrouwen overlap in
    both, Geld stands alone in Anna's interview."""
    with Project.create(tmp_path / "studie.duocoder") as p:
        anna = p.add_document("Anna", source(ANNA), "participant", "Samen vzw", "Duo 1")
        carla = p.add_document("Carla", source(CARLA), "coordinator", "Samen vzw")
        for doc, text, code, word in (
            (anna, ANNA, VERTROUWEN, "Ik vertrouw haar."),
            (anna, ANNA, KLIK, "Ik vertrouw haar. We gaan"),
            (anna, ANNA, GELD, "Geld is krap."),
            (carla, CARLA, KLIK, "De klik is belangrijk."),
            (carla, CARLA, VERTROUWEN, "belangrijk. Vertrouwen groeit"),
        ):
            start = text.index(word)
            p.add_coding(doc.id, code, start, start + len(word), create_code=True)
        yield p


def _read(path: Path) -> tuple[list[str], list[dict[str, Any]]]:
    """The table as a script reads it with no options: pandas if installed, else Python's
    csv module (which alone needs to be told about the byte order mark)."""
    if importlib.util.find_spec("pandas") is not None:
        import pandas as pd

        frame = pd.read_csv(path)
        return list(frame.columns), frame.to_dict("records")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        rows: list[dict[str, Any]] = []
        for row in reader:
            typed: dict[str, Any] = {}
            for key, value in row.items():
                for kind in (int, float):
                    try:
                        typed[key] = kind(value)
                        break
                    except ValueError:
                        continue
                else:
                    typed[key] = value
            rows.append(typed)
        return list(reader.fieldnames or []), rows


def test_cooccurrence_is_one_row_per_pair_with_numbers_as_numbers(
    study: Project, tmp_path: Path
) -> None:
    out = study.export_table(study.cooccurrence(), tmp_path / "cooc.csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with a mark, so Excel shows accents too
    first = raw.decode("utf-8-sig").split("\r\n", 1)[0]
    assert first == "code_a,code_b,role,pairs,documents,c,n_a,n_b"  # no title, no comment
    columns, rows = _read(out)
    assert columns == ["code_a", "code_b", "role", "pairs", "documents", "c", "n_a", "n_b"]
    paths = [c.path for c in study.codes()]
    k = len(paths)
    assert len(rows) == k * (k - 1) // 2  # each pair of different codes once, zeros too
    pair = next(r for r in rows if {r["code_a"], r["code_b"]} == {KLIK, VERTROUWEN})
    assert (pair["role"], pair["pairs"], pair["documents"]) == ("all", 2, 2)
    assert (pair["n_a"], pair["n_b"]) == (2, 2) and pair["c"] == pytest.approx(1.0)
    assert all(isinstance(r["pairs"], int) and isinstance(r["c"], float) for r in rows)
    geld = next(r for r in rows if {r["code_a"], r["code_b"]} == {KLIK, GELD})
    assert (geld["pairs"], geld["c"]) == (0, 0.0)
    beside = tmp_path / "cooc.definition.txt"
    text = beside.read_text("utf-8")
    assert text.startswith("Definitie\n") and "c-coëfficiënt" in text
    assert "  pairs: Paren (n12)" in text  # what each column means, in the project's words


def test_by_role_the_role_column_holds_the_stored_role(study: Project, tmp_path: Path) -> None:
    out = study.export_table(study.cooccurrence(by_role=True), tmp_path / "rollen.csv")
    _, rows = _read(out)
    assert {r["role"] for r in rows} == {"coordinator", "participant", "volunteer"}
    klik = [r for r in rows if {r["code_a"], r["code_b"]} == {KLIK, VERTROUWEN}]
    assert sorted((r["role"], r["pairs"]) for r in klik) == [
        ("coordinator", 1),
        ("participant", 1),
        ("volunteer", 0),
    ]


def test_a_matrix_is_one_row_per_code_and_column(study: Project, tmp_path: Path) -> None:
    out = study.export_table(study.code_matrix("role", percent=True), tmp_path / "m.csv")
    columns, rows = _read(out)
    assert columns == [
        "code",
        "role",
        "segments",
        "documents",
        "segments_pct",
        "documents_pct",
    ]
    klik = {r["role"]: r for r in rows if r["code"] == KLIK}
    assert set(klik) == {"coordinator", "participant", "volunteer"}
    assert (klik["participant"]["segments"], klik["participant"]["documents"]) == (1, 1)
    assert klik["participant"]["segments_pct"] == pytest.approx(100 / 3, abs=0.01)
    by_case = study.export_table(study.code_matrix("case"), tmp_path / "c.csv")
    columns, rows = _read(by_case)
    assert columns == ["code", "case", "segments", "documents"]
    assert {r["case"] for r in rows} == {"Samen vzw"}


def test_duos_and_stakeholders_are_long_tables_too(study: Project, tmp_path: Path) -> None:
    columns, rows = _read(study.export_table(study.duo_comparison(), tmp_path / "duos.csv"))
    assert columns == ["case", "duo", "code", "role", "segments"]
    assert {"case": "Samen vzw", "duo": "Duo 1", "code": GELD, "role": "participant"}.items() <= (
        next(r for r in rows if r["code"] == GELD and r["role"] == "participant").items()
    )
    columns, _ = _read(study.export_table(study.duo_matrix(), tmp_path / "dm.csv"))
    assert columns == ["code_participant", "code_volunteer", "duos"]
    result = study.stakeholder_comparison(VERTROUWEN)
    columns, rows = _read(study.export_table(result, tmp_path / "p.csv"))
    assert columns == ["code", "role", "number", "document", "text"]
    assert [(r["role"], r["document"]) for r in rows] == [
        ("coordinator", "Carla"),
        ("participant", "Anna"),
    ]
    assert rows[1]["text"] == "Ik vertrouw haar."


def test_accents_curly_quotes_and_formulas_survive_as_text(study: Project, tmp_path: Path) -> None:
    odd = "Cliënt/‘Thuis’\u00a0zorg, “echt”"
    hostile = "=HYPERLINK(1)"
    doc = study.add_document("Zoë", source("R: Een fijne coördinator.\n"), "participant")
    study.add_coding(doc.id, odd, 3, 7, create_code=True)
    study.add_coding(doc.id, hostile, 3, 7, create_code=True)
    _, rows = _read(study.export_table(study.code_matrix("document"), tmp_path / "d.csv"))
    stored = next(c.path for c in study.codes() if c.path.startswith("Cliënt/"))
    assert "‘Thuis’" in stored and "“echt”" in stored
    assert {r["code"] for r in rows} >= {stored, "'" + hostile}  # a formula stays text
    zoe = next(r for r in rows if r["code"] == stored and r["segments"] == 1)
    assert zoe["document"] == "Zoë"
