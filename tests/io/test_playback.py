"""Playing a recording without a sound card: seeks land on the moment asked for in every
format the tests can make, the clock runs in real time, and speed keeps the moment."""

from __future__ import annotations

import array
import threading
import time
from pathlib import Path

import pytest

from duocoder.domain.errors import SourceError
from duocoder.io.playback import RATE, Playback, available
from tests.recordings import encode, write_wav

pytest.importorskip("av")
pytest.importorskip("miniaudio")

CLICKS = (1.0, 3.25, 6.5)


def _first_click(p: Playback, since: float, timeout: float = 3.0) -> float:
    """The moment (by the player's own account) of the first loud sample handed out after
    a seek to `since`."""
    found: list[float] = []
    done = threading.Event()

    def tap(moment: float, pcm: bytes) -> None:
        if done.is_set():
            return
        samples = array.array("h", pcm)
        for i in range(0, len(samples), 2):
            if abs(samples[i]) > 8000:
                found.append(moment + i / 2 / RATE * p.rate)
                done.set()
                return

    p.tap = tap
    p.seek(since)
    p.play()
    assert done.wait(timeout), "no click heard"
    p.pause()
    return found[0]


@pytest.fixture(params=[".wav", ".mp3", ".m4a"])
def recording(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    wav = write_wav(tmp_path / "interview.wav", 8.0, clicks=CLICKS)
    return wav if request.param == ".wav" else encode(wav, request.param)


def test_a_seek_lands_within_100_ms_of_the_moment(recording: Path) -> None:
    assert available() is None
    p = Playback(recording, null_output=True)
    try:
        assert p.silent and 7.9 < p.duration < 8.2
        for moment in reversed(CLICKS):  # backwards too: every seek starts afresh
            heard = _first_click(p, moment)
            assert abs(heard - moment) < 0.1, (recording.suffix, moment, heard)
    finally:
        p.close()


def test_the_clock_runs_without_a_sound_card_and_speed_keeps_the_place(tmp_path: Path) -> None:
    p = Playback(write_wav(tmp_path / "a.wav", 8.0, clicks=CLICKS), null_output=True)
    try:
        p.seek(0.5)
        p.play()
        time.sleep(1.0)
        assert 1.2 < p.position < 1.9  # about a second later, whatever the buffer
        p.set_rate(2.0)
        heard = _first_click(p, 3.25)
        assert abs(heard - 3.25) < 0.1
        start = p.position
        p.play()
        time.sleep(1.0)
        assert 1.6 < p.position - start < 2.6  # twice as fast
        p.pause()
        still = p.position
        time.sleep(0.3)
        assert p.position == still
    finally:
        p.close()


def test_a_file_that_is_not_sound_is_refused_in_one_sentence(tmp_path: Path) -> None:
    fake = tmp_path / "notes.mp3"
    fake.write_bytes(b"not a recording at all" * 100)
    with pytest.raises(SourceError, match=r"notes\.mp3': it cannot be played as audio\.$"):
        Playback(fake, null_output=True)
