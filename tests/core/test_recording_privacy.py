"""A linked recording's stored path often names the respondent ("Interviews/Anja Peeters
2026-03-02.wav"): the privacy review knows the names in it, pseudonymising replaces them in
the stored path as in the text, the key brings the path back, the project file keeps no
trace of it, and the recording is still found again by its fingerprint."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from duocoder.app.project import Project
from tests.helpers import run_cli, source
from tests.recordings import write_wav

TEXT = (
    "I: Dag Anja, hoe gaat het?\nR: Goed. Mijn buurvrouw komt elke week langs.\n"
    "I: En de vzw?\nR: Die belt soms."
)
RECORDING = "Anja Peeters 2026-03-02.wav"


@pytest.fixture(autouse=True)
def blank_language_model(monkeypatch: pytest.MonkeyPatch) -> None:
    from duocoder.nlp.pipeline import ENV_MODEL

    monkeypatch.setenv(ENV_MODEL, "blank")


def _study(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "study"
    (folder / "Interviews").mkdir(parents=True)
    wav = write_wav(folder / "Interviews" / RECORDING, 0.5)
    path = folder / "duo.duocoder"
    with Project.create(path) as p:
        p.coder = "Lies"
        doc = p.add_document("Interview deelnemer D3", source(TEXT), "participant", "Org")
        p.link_recording(doc.id, wav)
    return path, wav


def test_the_review_knows_the_name_in_a_recordings_path(tmp_path: Path) -> None:
    path, _wav = _study(tmp_path)
    with Project.open(path) as p:
        assert "Anja" in p.known_names().persons
        texts = {c.text for c in p.identifier_candidates()}
        assert "Anja" in texts  # named nowhere but in the recording's file name


def test_pseudonymising_replaces_the_name_in_the_stored_path_and_relink_finds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, wav = _study(tmp_path)
    key = tmp_path / "studie.key.age"
    with Project.open(path) as p:
        doc = p.documents()[0].id
        before = p.recording(doc)
        assert before is not None and before.stored == f"Interviews/{RECORDING}"
    monkeypatch.setenv("DUOCODER_KEY_PASSPHRASE", "geheim wachtwoord")
    code, out, _err = run_cli(
        capsys, "pseudo", "apply", str(path), "--key", str(key), "--accept-all"
    )
    assert code == 0, out
    assert (
        "The names in the stored paths of 1 recording were replaced too, so the project no "
        "longer finds them by name: find them again by their fingerprint with 'duocoder "
        "media relink PROJECT FOLDER'."
    ) in out
    with Project.open(path) as p:
        info = p.recording(doc)
        assert info is not None
        assert "Anja" not in info.stored and info.stored.startswith("Interviews/")
        assert "Anja" not in p.text(doc)
        pseudonym = p.text(doc).split("Dag ", 1)[1].split(",", 1)[0]
        assert info.stored == f"Interviews/{pseudonym} Peeters 2026-03-02.wav"
        assert info.status == "missing"
        assert not any("Anja" in n for n in p.known_names().persons)
    with sqlite3.connect(path) as c:  # no page of the file keeps the old path
        c.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert RECORDING.encode() not in path.read_bytes()
    assert b"Anja" not in path.read_bytes()

    with Project.open(path) as p:
        found = p.relink_recordings(tmp_path / "study")
        assert [r.path for r in found] == [wav] and found[0].status == "found"
        p.undo()  # back to the pseudonymised path, which the key restores
        p.restore_all(key, "geheim wachtwoord")
        restored = p.recording(doc)
        assert restored is not None and restored.stored == f"Interviews/{RECORDING}"


def test_the_dutch_result_names_the_fingerprint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _wav = _study(tmp_path)
    monkeypatch.setenv("DUOCODER_KEY_PASSPHRASE", "geheim wachtwoord")
    monkeypatch.setenv("DUOCODER_CLI_LANGUAGE", "nl")
    code, out, _err = run_cli(
        capsys,
        "pseudo",
        "apply",
        str(path),
        "--key",
        str(tmp_path / "k.key.age"),
        "--accept-all",
    )
    assert code == 0, out
    assert (
        "Ook de namen in de bewaarde paden van 1 opname zijn vervangen, dus het project vindt "
        "ze niet meer op naam: vind ze terug aan hun vingerafdruk met 'duocoder media relink "
        "PROJECT MAP'."
    ) in out
