"""Where a linked recording is looked for: beside a project file as before; on a team
project (with `--server`) the server keeps the fingerprint and the file name only, and each
computer keeps its own place for the recording in the user's data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from duocoder.app import paths
from duocoder.app.project import Project
from tests.helpers import source
from tests.recordings import write_wav

TEXT = "I: Hoe gaat het?\nR: Goed, we zien elkaar elke week.\n"


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setattr(paths, "user_data_dir", lambda: folder)
    return folder


def test_a_link_is_kept_where_the_engine_can_keep_it(tmp_path: Path, own_data_folder: Path) -> None:
    folder = tmp_path / "study"
    folder.mkdir()
    wav = write_wav(folder / "opname 3.wav", 0.2)
    with Project.create(folder / "duo.duocoder") as p:
        doc = p.add_document("Interview", source(TEXT), "participant")
        info = p.link_recording(doc.id, wav)
        assert info.status == "found" and info.path.resolve() == wav.resolve()
        places = own_data_folder / "recordings.json"
        if p.on_server:  # no folder to be relative to, and no place of this laptop shared
            assert info.stored == "opname 3.wav"
            saved = json.loads(places.read_text(encoding="utf-8"))["projects"]
            assert [list(v.values()) for v in saved.values()] == [[str(wav)]]
        else:
            assert info.stored == "opname 3.wav" and not places.exists()
        moved = tmp_path / "elders"
        moved.mkdir()
        wav.rename(moved / wav.name)
        assert p.recording(doc.id).status == "missing"  # type: ignore[union-attr]
        [found] = p.relink_recordings(moved)
        assert found.status == "found" and found.path == moved / wav.name
        if p.on_server:
            assert found.stored == "opname 3.wav"  # the team's project did not change
        else:
            assert found.stored == str(moved / wav.name)


def test_this_computers_places_keep_other_projects_and_survive_a_damaged_file(
    own_data_folder: Path,
) -> None:
    from duocoder.app.local_recordings import LocalRecordings
    from duocoder.io.recordings import Fingerprint

    first, second = Fingerprint(10, "a" * 64), Fingerprint(20, "b" * 64)
    own_data_folder.mkdir()
    (own_data_folder / "recordings.json").write_text("{half a file", encoding="utf-8")
    study = LocalRecordings("postgresql://db.example/studie")
    assert study.place(first) is None  # found again by fingerprint, not a crash
    study.remember({first: Path("/opnames/een.wav")})
    LocalRecordings("postgresql://db.example/ander").remember({second: Path("/x/twee.wav")})
    assert study.place(first) == Path("/opnames/een.wav") and study.place(second) is None
    assert [p.name for p in own_data_folder.iterdir()] == ["recordings.json"]  # no leftovers
