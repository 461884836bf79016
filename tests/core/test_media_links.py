"""Linking a document to its recording, finding a moved one again, sync marks, and the turn
spoken at a moment: what the player and `duocoder media` stand on, without Qt."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import SourceError, ValidationError
from tests.helpers import source
from tests.recordings import write_wav

TRANSCRIPT = (
    "[00:00:01] I: Hoe gaat het met jullie?\n"
    "R: Goed, we zien elkaar elke week.\n"
    "[00:00:12.500] I: En wat doen jullie dan?\n"
    "R: Wandelen, koffie drinken, soms naar de markt.\n"
)
UNTIMED = (
    "I: Hoe gaat het met jullie?\n"
    "R: Goed, we zien elkaar elke week.\n"
    "I: En wat doen jullie dan?\n"
    "R: Wandelen, koffie drinken, soms naar de markt.\n"
)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    folder = tmp_path / "study"
    folder.mkdir()
    p = Project.create(folder / "duo.duocoder")
    p.coder = "Lies"
    p.add_document("Anna", source(TRANSCRIPT), "participant")
    p.add_document("Bart", source(UNTIMED), "volunteer")
    yield p
    p.close()


def test_a_recording_beside_the_project_is_kept_relative_and_never_copied_in(
    project: Project,
) -> None:
    assert project.path is not None
    audio = project.path.parent / "audio"
    audio.mkdir()
    wav = write_wav(audio / "anna.wav", 30.0)
    before = project.path.stat().st_size
    info = project.link_recording("Anna", wav)
    assert (info.stored, info.status, info.size) == ("audio/anna.wav", "found", wav.stat().st_size)
    assert info.path == wav
    project.close()
    grown = project.path.stat().st_size - before
    assert grown < wav.stat().st_size / 10  # a path and a fingerprint, not the recording
    with Project.open(project.path) as again:
        assert again.recording("Anna") == info


def test_a_recording_elsewhere_is_kept_absolute_and_undo_unlinks_it(
    project: Project, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "secure-drive"
    elsewhere.mkdir()
    wav = write_wav(elsewhere / "anna.wav", 2.0)
    # a team project keeps the file name only; this computer keeps where it lies
    expected = wav.name if project.on_server else str(wav)
    assert project.link_recording("Anna", wav).stored == expected
    assert project.history.undo_label == "Link recording"
    project.undo()
    assert project.recording("Anna") is None
    project.redo()
    assert project.recording("Anna") is not None


def test_a_moved_recording_is_found_again_by_its_fingerprint(
    project: Project, tmp_path: Path
) -> None:
    old = tmp_path / "old"
    old.mkdir()
    anna = project.link_recording("Anna", write_wav(old / "anna.wav", 3.0, clicks=[1.0]))
    bart = project.link_recording("Bart", write_wav(old / "bart.wav", 3.0, clicks=[2.0]))
    new = tmp_path / "archive" / "2026"
    new.mkdir(parents=True)
    # renamed on the way, and a decoy of the same size with other sound beside them
    shutil.move(old / "anna.wav", new / "interview-01.wav")
    shutil.move(old / "bart.wav", new / "interview-02.wav")
    write_wav(new / "decoy.wav", 3.0, clicks=[0.5])
    assert project.recording("Anna").status == "missing"  # type: ignore[union-attr]
    found = project.relink_recordings(tmp_path / "archive")
    assert {(r.document_id, r.path.name) for r in found} == {
        (anna.document_id, "interview-01.wav"),
        (bart.document_id, "interview-02.wav"),
    }
    assert project.recording("Anna").status == "found"  # type: ignore[union-attr]
    # on a team project only this computer's places change: nothing for the team to undo
    relinked = "Link recording" if project.on_server else "Relink 2 recordings"
    assert project.history.undo_label == relinked
    assert project.relink_recordings(tmp_path / "archive") == []  # nothing left to find


def test_a_recording_that_cannot_be_linked_is_named_in_one_sentence(
    project: Project, tmp_path: Path
) -> None:
    with pytest.raises(
        SourceError, match=r"^Could not read '.*gone\.wav': there is no such file\.$"
    ):
        project.link_recording("Anna", tmp_path / "gone.wav")
    (tmp_path / "empty.mp3").write_bytes(b"")
    with pytest.raises(SourceError, match=r"^Could not read '.*empty\.mp3': the file is empty\.$"):
        project.link_recording("Anna", tmp_path / "empty.mp3")
    with pytest.raises(SourceError, match="nowhere': it is not a folder"):
        project.relink_recordings(tmp_path / "nowhere")
    assert project.recordings() == []


def test_timestamps_give_seconds_with_milliseconds_and_turns_between_are_approximate(
    project: Project,
) -> None:
    timed = project.timed_turns("Anna")
    assert [(t.seconds, t.approximate) for t in timed][::2] == [(1.0, False), (12.5, False)]
    assert timed[1].approximate and 1.0 < (timed[1].seconds or 0) < 12.5
    assert timed[0].end_seconds == timed[1].seconds
    at = project.turn_at("Anna", 13.0)
    assert at is not None and at.turn.timestamp == "00:00:12.500"
    assert project.turn_at("Anna", 0.5) is None  # before the first words


def test_sync_marks_place_untimed_turns_without_changing_the_text(project: Project) -> None:
    text = project.text("Bart")
    turns = project.turns("Bart")
    assert all(t.seconds is None for t in project.timed_turns("Bart"))
    project.set_sync_mark("Bart", turns[0].start, 2.0)
    project.set_sync_mark("Bart", turns[2].start, 20.0)
    timed = project.timed_turns("Bart")
    assert [t.seconds for t in timed][::2] == [2.0, 20.0]
    assert [t.marked for t in timed] == [True, False, True, False]
    middle = timed[1]
    assert middle.approximate and 2.0 < (middle.seconds or 0) < 20.0
    at = project.turn_at("Bart", 10.0)
    assert at is not None and at.turn == turns[1] and at.approximate
    assert project.text("Bart") == text and project.turns("Bart") == turns
    assert project.history.undo_label == "Sync turn to 00:00:20"
    project.undo()
    assert project.sync_marks("Bart") == {turns[0].start: 2.0}
    with pytest.raises(ValidationError, match="No turn of this document starts at character 1"):
        project.set_sync_mark("Bart", 1, 3.0)


def test_a_known_duration_places_the_turns_after_the_last_anchor(project: Project) -> None:
    turns = project.turns("Bart")
    project.set_sync_mark("Bart", turns[0].start, 0.0)
    timed = project.timed_turns("Bart", duration=60.0)
    assert all(t.seconds is not None for t in timed)
    assert timed[-1].end_seconds == 60.0
    assert [t.seconds for t in timed] == sorted(t.seconds or 0 for t in timed)
