"""A command line that cannot silently damage a project: unknown code paths are refused
with what was meant, the same coding is not stored twice, a failing batch writes nothing,
and every command and option says what it does."""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.cli.main import build_parser
from duocoder.domain.limits import PROXIMITY_DISTANCE
from duocoder.nlp.pipeline import ENV_MODEL
from tests.helpers import REPO, run_cli, source

TEXT = (
    "I: Hoe leerden jullie elkaar kennen?\n"
    "R: Via de coördinator. Het klikte meteen.\n"
    "I: En nu?\n"
    "R: We gaan elke week naar de markt.\n"
)


@pytest.fixture
def proj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_MODEL, "blank")  # search and words index without a spaCy model
    path = tmp_path / "p.duocoder"
    with Project.create(path, language="en") as p:
        p.add_document("Anna", source(TEXT), "participant", "Samen vzw", "Duo 1")
        for code in ("Verbinding/Vertrouwensrelatie", "Verbinding/Klik", "Coördinatie/Matching"):
            p.ensure_code_path(code)
    return path


def _code(path: Path, code: str, *more: str, start: int = 40, end: int = 61) -> list[str]:
    return [
        "code",
        str(path),
        *("--doc", "Anna", "--start", str(start), "--end", str(end), "--code", code),
        *more,
    ]


def _codes(path: Path) -> list[str]:
    with Project.open(path) as p:
        return [c.path for c in p.codes()]


def _segments(path: Path) -> list[tuple[str, int, int, str | None]]:
    with Project.open(path) as p:
        return [(s.code, s.start, s.end, s.coder) for s in p.segments()]


def test_a_failed_new_leaves_no_file_behind(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    target = tmp_path / "nieuw.duocoder"
    code, _, err = run_cli(capsys, "new", str(target), "--codebook", str(tmp_path / "nope.qdc"))
    assert code == 1 and "nope.qdc" in err
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_code_path_is_refused_with_did_you_mean(
    proj: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _codes(proj)
    code, out, err = run_cli(capsys, *_code(proj, "Verbinding/Vertrouwen"))
    assert (code, out) == (1, "")
    assert err.startswith("duocoder: There is no code 'Verbinding/Vertrouwen' in this project.")
    assert "Did you mean 'Verbinding/Vertrouwensrelatie'" in err
    assert "--create" in err
    code, _, err = run_cli(capsys, *_code(proj, "coordinatie/matchen"))
    assert code == 1 and "'Coördinatie/Matching'" in err  # case and accents do not matter
    assert _codes(proj) == before and _segments(proj) == []


def test_create_makes_the_path_and_says_each_code_it_made(
    proj: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, *_code(proj, "Obstakels/Tijd", "--create"))
    assert code == 0
    assert out.splitlines()[:2] == [
        "Created the code Obstakels.",
        "Created the code Obstakels/Tijd.",
    ]
    assert "Obstakels/Tijd" in _codes(proj)


def test_the_same_coding_twice_is_refused_in_one_sentence(
    proj: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(capsys, *_code(proj, "Verbinding/Klik", "--coder", "Lies"))[0] == 0
    code, _, err = run_cli(capsys, *_code(proj, "Verbinding/Klik", "--coder", "Lies"))
    assert code == 1
    assert err.startswith(
        "duocoder: 40-61 of 'Anna' is already coded with Verbinding/Klik by Lies;"
    )
    assert run_cli(capsys, *_code(proj, "Verbinding/Klik", "--coder", "Jonas"))[0] == 0
    assert len(_segments(proj)) == 2


def test_from_csv_is_all_or_nothing_and_names_the_row(
    proj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text(
        "doc,start,end,code,coder\n"
        "Anna,40,61,Verbinding/Klik,Lies\n"
        "Anna,0,10,Verbinding/Vertrouwen,Lies\n",
        encoding="utf-8",
    )
    code, out, err = run_cli(capsys, "code", str(proj), "--from", str(rows))
    assert (code, out) == (1, "")
    assert "No codings were applied: row 3: There is no code 'Verbinding/Vertrouwen'" in err
    assert "Did you mean 'Verbinding/Vertrouwensrelatie'" in err
    assert _segments(proj) == []
    code, out, _ = run_cli(capsys, "code", str(proj), "--from", str(rows), "--create")
    assert code == 0
    assert "Created the code Verbinding/Vertrouwen." in out and "Applied 2 codings." in out
    with Project.open(proj) as p:
        assert p.history.undo_label == "Code passages"  # one undo step for the whole file
        p.undo()
        assert p.segments() == []


def test_rows_already_coded_are_skipped_and_said(
    proj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = tmp_path / "rows.csv"
    rows.write_text("doc,start,end,code,coder\nAnna,40,61,Verbinding/Klik,Lies\n", "utf-8")
    assert run_cli(capsys, "code", str(proj), "--from", str(rows))[0] == 0
    with rows.open("a", encoding="utf-8") as f:  # the spreadsheet grew; run it again
        f.write("Anna,0,10,Verbinding/Klik,Lies\nAnna,0,10,Verbinding/Klik,Lies\n")
    code, out, _ = run_cli(capsys, "code", str(proj), "--from", str(rows))
    assert code == 0
    assert out.splitlines() == [
        "Applied 1 coding.",
        "Skipped 2 rows already coded (the same passage, code and coder): 2, 4.",
    ]
    code, out, _ = run_cli(capsys, "code", str(proj), "--from", str(rows), "--json")
    assert json.loads(out) == {"ids": [], "created": [], "skipped_rows": [2, 3, 4]}
    assert len(_segments(proj)) == 2


def _old_project(path: Path) -> None:
    """Repeated codings as an older version could store them (written behind its back)."""
    with Project.create(path, language="en") as p:
        p.add_document("Anna", source(TEXT), "participant")
        p.add_coding("Anna", "Klik", 40, 61, coder="Lies", create_code=True)
        p.history.clear()
    db = sqlite3.connect(path)
    with db:
        db.execute(
            'INSERT INTO codings (document_id, code_id, start, "end", coder_id, memo,'
            ' created_at, auto) SELECT document_id, code_id, start, "end", coder_id, memo,'
            " created_at, auto FROM codings"
        )
    db.close()


def test_check_reports_and_fixes_repeats_of_old_projects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.duocoder"
    _old_project(path)
    code, out, err = run_cli(capsys, "docs", str(path))
    assert code == 0 and "Anna" in out
    assert err.strip() == (
        f"Note: {path} holds 1 repeated coding from an earlier version; "
        f"'duocoder check {path}' lists them."
    )
    code, out, _ = run_cli(capsys, "check", str(path))
    assert code == 1
    assert "  Anna 40-61 Klik (Lies): 2 times" in out.splitlines()
    code, out, _ = run_cli(capsys, "check", str(path), "--fix")
    assert code == 0 and "Removed 1 repeated coding" in out
    assert len(_segments(path)) == 1
    code, out, err = run_cli(capsys, "check", str(path))
    assert (code, out.strip(), err) == (0, f"No problems found in {path}.", "")
    assert run_cli(capsys, "undo", str(path))[0] == 0  # the fix is one undoable step
    assert len(_segments(path)) == 2


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _all_commands() -> dict[str, argparse.ArgumentParser]:
    out: dict[str, argparse.ArgumentParser] = {}
    for name, sub in _subparsers(build_parser()).items():
        nested = _subparsers(sub)
        if nested:
            out.update({f"{name} {n}": p for n, p in nested.items()})
        else:
            out[name] = sub
    return out


def test_every_option_of_every_command_has_help() -> None:
    missing = [
        f"{name} {action.option_strings[0] if action.option_strings else action.dest}"
        for name, parser in _all_commands().items()
        for action in parser._actions
        if not action.help and not isinstance(action, argparse._HelpAction)
    ]
    assert missing == []


def test_readme_lists_every_command() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The command line at a glance", 1)[1].split("\n## ", 1)[0]
    lines = [line for line in section.splitlines() if line.startswith("duocoder ")]
    missing = []
    for name in _all_commands():
        shown = name.replace("codes-set-keywords", "codes set-keywords")
        wanted = "duocoder [gui]" if name == "gui" else f"duocoder {shown} "
        if not any(line.startswith(wanted) for line in lines):
            missing.append(shown)
    assert missing == []


def test_counts_are_singular_or_plural(proj: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(capsys, *_code(proj, "Verbinding/Klik"))[0] == 0
    _, out, _ = run_cli(capsys, "search", str(proj), "markt")
    assert out.splitlines()[-1] == "1 hit in 1 document."
    _, out, _ = run_cli(capsys, "uncode", str(proj), "1")
    assert out.strip() == "Removed 1 coding."
    _, out, _ = run_cli(capsys, "words", str(proj), "--top", "1")
    assert out.splitlines()[0].endswith(" 1 document")


def test_words_writes_with_output_and_still_takes_out(
    proj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    code, out, _ = run_cli(capsys, "words", str(proj), "--output", str(first))
    assert code == 0 and first.exists() and out.startswith("Wrote ")
    code, out, _ = run_cli(capsys, "words", str(proj), "--out", str(second))
    assert code == 0 and second.exists()  # old scripts keep working, silently
    assert "--out " not in _all_commands()["words"].format_help()  # a hidden old name


def test_codebook_export_takes_output_too(
    proj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "book.qdc"
    code, printed, _ = run_cli(capsys, "codebook", "export", str(proj), "-o", str(out))
    assert code == 0 and out.exists() and printed.strip() == f"Wrote {out}."


def test_proximity_defaults_to_the_windows_distance(
    proj: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_cli(capsys, "cooccurrence", str(proj), "--mode", "proximity", "--json")
    assert code == 0
    assert json.loads(out)["definition"]["distance"] == PROXIMITY_DISTANCE == 100


def test_code_with_descendants_means_the_codes_below_everywhere(
    proj: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_cli(capsys, *_code(proj, "Verbinding/Klik", start=40, end=61))
    markt = TEXT.index("markt")
    run_cli(capsys, *_code(proj, "Verbinding/Vertrouwensrelatie", start=markt, end=markt + 5))
    code, out, _ = run_cli(
        capsys, "cooccurrence", str(proj), "--code", "Verbinding", "--descendants", "--json"
    )
    assert code == 0
    assert json.loads(out)["codes"] == [
        "Verbinding",
        "Verbinding/Vertrouwensrelatie",
        "Verbinding/Klik",
    ]
    code, out, _ = run_cli(capsys, "search", str(proj), "de", "--word", "--code", "Verbinding")
    assert out.splitlines()[-1] == "0 hits in 0 documents."  # Verbinding itself codes nothing
    code, out, _ = run_cli(
        capsys, "search", str(proj), "de", "--word", "--code", "Verbinding", "--descendants"
    )
    assert out.splitlines()[-1] == "1 hit in 1 document."  # "Via de coördinator" (Klik)
    code, _, err = run_cli(capsys, "segments", str(proj), "--code", "Verbinding/Klikt")
    assert code == 1 and "Did you mean 'Verbinding/Klik'?" in err and "--create" not in err
