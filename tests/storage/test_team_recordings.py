"""Two coders of one team project, each on a laptop of their own with the recording in a
folder of their own: each links or finds it on their computer, and neither moves the other's.
A coder who has not got it yet is told so in one sentence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from duocoder.app import paths
from duocoder.app.project import Project
from tests.helpers import run_cli, source
from tests.recordings import write_wav
from tests.team import Team

TEXT = "I: Hoe gaat het?\nR: Goed, we zien elkaar elke week.\n"


def _machine(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> Path:
    """Sit down at laptop `name`: its own data folder, and its own copy of the recording."""
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / name / "data")
    return tmp_path / name / "Opnames"


def test_each_laptop_keeps_its_own_place_for_the_recording(
    postgres_server: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    team = Team(postgres_server)
    first = tmp_path / "original.wav"
    write_wav(first, 0.3)
    for laptop in ("anna", "bram"):
        (tmp_path / laptop / "Opnames").mkdir(parents=True)
        (tmp_path / laptop / "Opnames" / "gesprek 3.wav").write_bytes(first.read_bytes())

    annas = _machine(monkeypatch, tmp_path, "anna") / "gesprek 3.wav"
    with Project.create(team.url("anna")) as p:
        p.coder = "Anna"
        p.grant("bram", "coder")
        doc = p.add_document("Interview", source(TEXT), "participant").id
        info = p.link_recording(doc, annas)
        assert (info.stored, info.status, info.path) == ("gesprek 3.wav", "found", annas)

    brams = _machine(monkeypatch, tmp_path, "bram") / "gesprek 3.wav"
    with Project.open(team.url("bram")) as p:
        info = p.recording(doc)
        assert info is not None and info.status == "not_here"
    code, out, _err = run_cli(capsys, "media", "list", team.url("bram"))
    assert code == 0
    assert out == (
        "Interview: gesprek 3.wav (not on this computer yet: link it with 'duocoder media "
        "link', or find it with 'duocoder media relink')\n"
    )
    with Project.open(team.url("bram")) as p:
        steps = p.history.last_label(True)
        [found] = p.relink_recordings(brams.parent)
        assert (found.path, found.status, found.stored) == (brams, "found", "gesprek 3.wav")
        assert p.history.last_label(True) == steps  # nothing the team would undo

    _machine(monkeypatch, tmp_path, "anna")
    with Project.open(team.url("anna")) as p:
        info = p.recording(doc)
        assert info is not None and (info.path, info.status) == (annas, "found")
        moved = tmp_path / "anna" / "Verplaatst"
        moved.mkdir()
        annas.rename(moved / annas.name)
        assert p.recording(doc).status == "missing"  # type: ignore[union-attr]
        p.relink_recordings(moved)
        assert p.recording(doc).path == moved / annas.name  # type: ignore[union-attr]

    _machine(monkeypatch, tmp_path, "bram")
    with Project.open(team.url("bram")) as p:
        assert p.recording(doc).path == brams  # type: ignore[union-attr]
    assert [r[1] for r in team.tables()["recordings"]] == ["gesprek 3.wav"]
