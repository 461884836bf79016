"""`duocoder media …` and the seconds of `turns --json`: a script can link a recording, find
a moved one, set sync marks and ask which turn is spoken when."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from duocoder.app.project import Project
from tests.helpers import run_cli
from tests.recordings import write_wav

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Interviewer>Hoe gaat het met jullie?

00:00:04.250 --> 00:00:12.000
<v Anna>Goed, we zien elkaar elke week.

00:00:12.500 --> 00:00:15.000
<v Interviewer>En wat doen jullie dan?

00:00:15.750 --> 00:00:20.000
<v Anna>Wandelen, koffie drinken, soms naar de markt.
"""
UNTIMED = "I: Hoe gaat het?\nR: Goed, we zien elkaar elke week.\nI: En dan?\nR: Wandelen.\n"


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "duo.duocoder"
    assert run_cli(capsys, "new", str(path), "--language", "en")[0] == 0
    (tmp_path / "anna.vtt").write_text(VTT, encoding="utf-8")
    (tmp_path / "bart.txt").write_text(UNTIMED, encoding="utf-8")
    for name, role in (("anna.vtt", "participant"), ("bart.txt", "volunteer")):
        code, _out, err = run_cli(capsys, "import", str(path), str(tmp_path / name), "--role", role)
        assert code == 0, err
    return path


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = run_cli(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_turns_json_gives_seconds_with_milliseconds(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    turns = _json(capsys, "turns", str(project), "anna")
    assert isinstance(turns, list)
    assert [(t["timestamp"], t["seconds"], t["end_seconds"]) for t in turns] == [
        ("00:00:01.000", 1.0, 4.25),
        ("00:00:04.250", 4.25, 12.5),
        ("00:00:12.500", 12.5, 15.75),
        ("00:00:15.750", 15.75, None),
    ]
    untimed = _json(capsys, "turns", str(project), "bart")
    assert isinstance(untimed, list)
    assert {(t["seconds"], t["end_seconds"]) for t in untimed} == {(None, None)}


def test_media_at_gives_the_turn_spoken_then(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    turns = _json(capsys, "turns", str(project), "anna")
    assert isinstance(turns, list)
    at = _json(capsys, "media", "at", str(project), "anna", "13")
    assert at == {
        "start": turns[2]["start"],
        "end": turns[2]["end"],
        "speaker": "Interviewer",
        "timestamp": "00:00:12.500",
        "approximate": False,
    }
    assert _json(capsys, "media", "at", str(project), "anna", "00:00:04.3") == {
        **at,
        "start": turns[1]["start"],
        "end": turns[1]["end"],
        "speaker": "Anna",
        "timestamp": "00:00:04.250",
    }
    assert _json(capsys, "media", "at", str(project), "anna", "0.5") is None
    code, _out, err = run_cli(capsys, "media", "at", str(project), "anna", "soon")
    assert code != 0 and "'soon' is not a moment in a recording." in err


def test_sync_marks_make_untimed_turns_findable_and_approximate_between(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    turns = _json(capsys, "turns", str(project), "bart")
    assert isinstance(turns, list)
    first, third = str(turns[0]["start"]), str(turns[2]["start"])
    assert run_cli(capsys, "media", "sync", str(project), "bart", first, "2")[0] == 0
    code, out, _err = run_cli(capsys, "media", "sync", str(project), "bart", third, "00:00:30")
    assert code == 0 and out.startswith("Sync turn to 00:00:30 (undo with 'duocoder undo')")
    between = _json(capsys, "media", "at", str(project), "bart", "20")
    assert isinstance(between, dict)
    assert between["start"] == turns[1]["start"] and between["approximate"] is True
    timed = _json(capsys, "turns", str(project), "bart")
    assert isinstance(timed, list)
    assert [t["seconds"] for t in timed][::2] == [2.0, 30.0]
    assert timed[1]["seconds"] is None  # turns --json gives exact moments only
    assert run_cli(capsys, "undo", str(project))[0] == 0
    assert _json(capsys, "media", "sync", str(project), "bart", first, "--remove") == {}
    code, _out, err = run_cli(capsys, "media", "sync", str(project), "bart", first, "--remove")
    assert code != 0 and "This turn has no sync mark." in err


def test_link_list_and_relink_a_moved_recording(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wav = write_wav(tmp_path / "anna.wav", 2.0, clicks=[1.0])
    code, out, _err = run_cli(capsys, "media", "link", str(project), "anna", str(wav))
    assert code == 0 and "kept in the project as anna.wav" in out
    moved = tmp_path / "elsewhere" / "deep"
    moved.mkdir(parents=True)
    shutil.move(wav, moved / "int-01.wav")
    listed = _json(capsys, "media", "list", str(project))
    assert isinstance(listed, list) and listed[0]["status"] == "missing"
    code, out, _err = run_cli(capsys, "media", "relink", str(project), str(tmp_path / "elsewhere"))
    assert code == 0
    assert out.splitlines()[-1] == "1 recording found again; 0 recordings still missing."
    listed = _json(capsys, "media", "list", str(project))
    assert isinstance(listed, list)
    with Project.open(project) as p:
        on_server = p.on_server
    # a team project keeps the file name it was linked by; this computer knows where it is now
    stored = "anna.wav" if on_server else "elsewhere/deep/int-01.wav"
    assert (listed[0]["status"], listed[0]["stored"]) == ("found", stored)
    assert listed[0]["path"] == str(moved / "int-01.wav")


def test_a_dutch_project_is_answered_in_dutch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DUOCODER_CLI_LANGUAGE", raising=False)  # the project's language
    path = tmp_path / "nl.duocoder"
    run_cli(capsys, "new", str(path), "--language", "nl")
    (tmp_path / "a.txt").write_text(UNTIMED, encoding="utf-8")
    run_cli(capsys, "import", str(path), str(tmp_path / "a.txt"), "--role", "participant")
    wav = write_wav(tmp_path / "a.wav", 1.0)
    code, out, _err = run_cli(capsys, "media", "link", str(path), "a", str(wav))
    assert code == 0 and "de opname zelf blijft waar ze is" in out
    code, out, _err = run_cli(capsys, "media", "at", str(path), "a", "1")
    assert out.strip() == "Op dat moment is nog geen sprekersbeurt begonnen."
