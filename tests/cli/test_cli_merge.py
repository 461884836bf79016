"""`duocoder merge TARGET SOURCE…`: the report in the project's language, the JSON shape
scripts rely on, conflicts that are reported without failing, and refusals in one
sentence that change nothing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from duocoder.app.project import Project
from tests.helpers import run_cli
from tests.merge_copies import CHANGED_DOC, HUMOR, make_coder_copies

KEYS = {
    "sources",
    "documents_added",
    "documents_matched",
    "documents_conflicting",
    "codes_added",
    "codes_matched",
    "coders_added",
    "codings_added",
    "codings_already_there",
    "memos_combined",
    "conflicts",
}


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_coder_copies(tmp_path_factory.mktemp("copies"))


@pytest.fixture
def target(copies: dict[str, Path], tmp_path: Path) -> Path:
    path = tmp_path / "team.duocoder"
    shutil.copyfile(copies["base"], path)
    return path


def _sources(copies: dict[str, Path]) -> list[str]:
    return [str(copies[c]) for c in ("Anna", "Bram", "Chris")]


def test_json_has_the_stable_keys_and_counts(
    capsys: pytest.CaptureFixture[str], copies: dict[str, Path], target: Path
) -> None:
    code, out, err = run_cli(capsys, "merge", str(target), *_sources(copies), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == KEYS
    assert data["sources"] == ["anna.duocoder", "bram.duocoder", "chris.duocoder"]
    assert data["codes_added"] == [HUMOR]
    assert sorted(data["coders_added"]) == ["Anna", "Bram", "Chris"]
    assert data["codings_added"] == 6
    assert data["documents_added"] == []
    assert data["documents_conflicting"] == [
        {
            "source": "chris.duocoder",
            "document": CHANGED_DOC,
            "reason": "the project has a different text under this name",
        }
    ]
    assert data["memos_combined"] == ["project memo"]
    # a second run: everything already there
    code, out, _ = run_cli(capsys, "merge", str(target), *_sources(copies), "--json")
    again = json.loads(out)
    assert code == 0 and again["codings_added"] == 0
    assert again["codings_already_there"] == data["codings_added"] + data["codings_already_there"]


def test_a_dutch_project_gets_a_dutch_report_with_its_conflicts(
    capsys: pytest.CaptureFixture[str],
    copies: dict[str, Path],
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("DUOCODER_CLI_LANGUAGE", raising=False)
    code, out, err = run_cli(capsys, "merge", str(target), *_sources(copies))
    assert code == 0, err  # a conflict is reported, not an error
    first = out.splitlines()[0]
    assert first.startswith(f"3 projecten samengevoegd in {target}.")
    assert "Coderingen: 6 toegevoegd" in first
    assert "Bekijk dit:" in out
    assert f"'{CHANGED_DOC}' in chris.duocoder heeft een andere tekst" in out


def test_english_when_asked_and_nothing_new_the_second_time(
    capsys: pytest.CaptureFixture[str],
    copies: dict[str, Path],
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DUOCODER_CLI_LANGUAGE", "en")
    code, out, _ = run_cli(capsys, "merge", str(target), str(copies["Anna"]))
    assert code == 0
    assert out.startswith(f"Merged 1 project into {target}. Documents: 0 added, 3 already there.")
    assert "Codes: 1 added" in out and "Coders: 1 added" in out
    code, out, _ = run_cli(capsys, "merge", str(target), str(copies["Anna"]))
    assert code == 0
    assert f"Nothing new: everything in these projects is already in {target}." in out


def test_undo_takes_the_merge_back(
    capsys: pytest.CaptureFixture[str], copies: dict[str, Path], target: Path
) -> None:
    run_cli(capsys, "merge", str(target), *_sources(copies))
    code, _, _ = run_cli(capsys, "undo", str(target))
    assert code == 0
    with Project.open(target) as p:
        assert not [c for c in p.codes() if c.name == "Humor"]
        assert {c.name for c in p.coders()} == {"Demo"}


def test_a_missing_target_is_one_sentence(
    capsys: pytest.CaptureFixture[str], copies: dict[str, Path], tmp_path: Path
) -> None:
    missing = tmp_path / "nieuw.duocoder"
    code, out, err = run_cli(capsys, "merge", str(missing), str(copies["Anna"]))
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and f"There is no project {missing} to merge into" in err
    assert not missing.exists()


def test_a_foreign_source_is_refused_and_nothing_is_merged(
    capsys: pytest.CaptureFixture[str], copies: dict[str, Path], target: Path, tmp_path: Path
) -> None:
    foreign = tmp_path / "verslag.duocoder"
    foreign.write_bytes(b"PK\x03\x04 a Word file renamed")
    code, out, err = run_cli(capsys, "merge", str(target), str(copies["Anna"]), str(foreign))
    assert code != 0 and out == ""
    assert "'verslag.duocoder'" in err and err.count("\n") == 1
    with Project.open(target) as p:
        assert not [c for c in p.codes() if c.name == "Humor"]
        assert not p.can_undo
