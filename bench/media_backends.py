"""Which library plays a linked recording: the figures behind the choice.

Run as `python -m bench.media_backends VENV_PYAV VENV_MINIAUDIO VENV_QT`, each a scratch
virtual environment holding one candidate (`pip install av miniaudio`,
`pip install miniaudio`, `pip install PySide6-Essentials==X PySide6-Addons==X` with X the
project's PySide6). For each it prints the size installed on top of what DuoCoder already
has, the start-up cost (importing the library and opening a player), which formats it
opens, and how far a seek lands from the place asked for (a click 5.000 s into a second of
silence, sought from 4.900 s: the error is where the click is found minus where it is).

The recordings are made here: a wav with the standard library's `wave`, encoded to mp3,
m4a (AAC), ogg/opus, flac, mp4 (AAC) and webm (opus) with PyAV when its venv is given.
Each candidate runs in its own interpreter (`-c` with the probe below), so nothing one
imports colours another's start-up figure."""

from __future__ import annotations

import json
import math
import struct
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

RATE = 48000
CLICK_AT = 5.0
SEEK_FROM = 4.9
FORMATS = (
    ("wav", None, None),
    ("mp3", "mp3", "libmp3lame"),
    ("m4a", "ipod", "aac"),
    ("opus", "ogg", "libopus"),
    ("flac", "flac", "flac"),
    ("mp4", "mp4", "aac"),
    ("webm", "webm", "libopus"),
)


def write_click_wav(path: Path, seconds: float = 8.0) -> None:
    """Silence with a 10 ms burst of 1 kHz at `CLICK_AT`: a place a decoder cannot miss."""
    frames = bytearray()
    start, stop = int(CLICK_AT * RATE), int((CLICK_AT + 0.01) * RATE)
    for i in range(int(seconds * RATE)):
        value = int(20000 * math.sin(2 * math.pi * 1000 * i / RATE)) if start <= i < stop else 0
        frames += struct.pack("<h", value)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(frames))


_ENCODE = r"""
import sys, av
src, dst, fmt, codec = sys.argv[1:5]
with av.open(src) as inp, av.open(dst, "w", format=fmt) as out:
    stream = out.add_stream(codec, rate=48000)
    stream.layout = "mono"
    for frame in inp.decode(audio=0):
        frame.pts = None
        for packet in stream.encode(frame):
            out.mux(packet)
    for packet in stream.encode(None):
        out.mux(packet)
"""

_PYAV = r"""
import json, sys, time
t0 = time.perf_counter()
import array
import av
import miniaudio
device = miniaudio.PlaybackDevice(backends=[miniaudio.Backend.NULL])
device.close()
output = "miniaudio's null backend"
startup = time.perf_counter() - t0
result = {"startup_ms": round(startup * 1000), "output": output, "formats": {}}
for path in sys.argv[1:]:
    try:
        with av.open(path) as f:
            s = f.streams.audio[0]
            f.seek(int(4.9 / s.time_base), stream=s)
            found = None
            resample = av.AudioResampler(format="s16", layout="mono", rate=48000)
            for frame in f.decode(s):
                pts = float(frame.pts * s.time_base)
                for out in resample.resample(frame):
                    data = array.array("h", bytes(out.planes[0])[: out.samples * 2])
                    for i, v in enumerate(data):
                        if abs(v) > 1600:
                            found = pts + i / 48000
                            break
                    if found is not None:
                        break
                if found is not None:
                    break
        result["formats"][path.rsplit(".", 1)[1]] = round((found - 5.0) * 1000, 1)
    except Exception as exc:
        result["formats"][path.rsplit(".", 1)[1]] = str(exc)[:60]
print(json.dumps(result))
"""

_MINIAUDIO = r"""
import json, sys, time, array
t0 = time.perf_counter()
import miniaudio
device = miniaudio.PlaybackDevice(backends=[miniaudio.Backend.NULL])
startup = time.perf_counter() - t0
device.close()
result = {"startup_ms": round(startup * 1000), "output": "null backend", "formats": {}}
for path in sys.argv[1:]:
    try:
        start = int(4.9 * 48000)
        stream = miniaudio.stream_file(path, output_format=miniaudio.SampleFormat.SIGNED16,
            nchannels=1, sample_rate=48000, frames_to_read=4800, seek_frame=start)
        found, pos = None, start
        for chunk in stream:
            for i, v in enumerate(chunk):
                if abs(v) > 1600:
                    found = (pos + i) / 48000
                    break
            pos += len(chunk)
            if found is not None or pos > start + 48000:
                break
        result["formats"][path.rsplit(".", 1)[1]] = (
            round((found - 5.0) * 1000, 1) if found is not None else "click not found")
    except Exception as exc:
        result["formats"][path.rsplit(".", 1)[1]] = type(exc).__name__
print(json.dumps(result))
"""

_QT = r"""
import json, sys, time
t0 = time.perf_counter()
from PySide6.QtCore import QCoreApplication, QUrl, QEventLoop, QTimer
from PySide6.QtMultimedia import QMediaPlayer, QAudioBufferOutput, QAudioFormat
app = QCoreApplication([])
player = QMediaPlayer()
startup = time.perf_counter() - t0
result = {"startup_ms": round(startup * 1000), "output": "none needed", "formats": {}}
def wait(ms, done):
    loop = QEventLoop(); timer = QTimer(); timer.timeout.connect(loop.quit); timer.start(10)
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end and not done():
        loop.exec()
for path in sys.argv[1:]:
    ext = path.rsplit(".", 1)[1]
    player = QMediaPlayer()
    fmt = QAudioFormat(); fmt.setSampleRate(48000); fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    out = QAudioBufferOutput(fmt)
    player.setAudioBufferOutput(out)
    found = []
    def buffer(buf):
        data = bytes(buf.constData())[: buf.byteCount()]
        import array
        samples = array.array("h", data)
        for i, v in enumerate(samples):
            if abs(v) > 1600:
                found.append(buf.startTime() / 1e6 + i / 48000)
                break
    out.audioBufferReceived.connect(buffer)
    player.setSource(QUrl.fromLocalFile(path))
    wait(5000, lambda: player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadedMedia,
        QMediaPlayer.MediaStatus.InvalidMedia))
    if player.mediaStatus() != QMediaPlayer.MediaStatus.LoadedMedia:
        result["formats"][ext] = "not opened"; continue
    player.setPosition(4900)
    player.play()
    wait(4000, lambda: bool(found))
    player.stop()
    result["formats"][ext] = round((found[0] - 5.0) * 1000, 1) if found else "no click"
print(json.dumps(result))
"""


def _site_mb(venv: Path) -> float:
    site = next((venv / "lib").glob("python3*/site-packages"))
    return sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) / 1e6


def _essentials_mb() -> float:
    """PySide6-Essentials and shiboken6 as this interpreter (DuoCoder's venv) has them."""
    import PySide6
    import shiboken6

    return (
        sum(
            p.stat().st_size
            for package in (PySide6, shiboken6)
            for p in Path(package.__path__[0]).rglob("*")
            if p.is_file()
        )
        / 1e6
    )


def main(argv: list[str]) -> int:
    pyav, mini, qt = (Path(a) for a in argv[1:4])
    with tempfile.TemporaryDirectory() as tmp:
        wav = Path(tmp) / "click.wav"
        write_click_wav(wav)
        files = [str(wav)]
        for ext, fmt, codec in FORMATS[1:]:
            dst = Path(tmp) / f"click.{ext}"
            args = [str(pyav / "bin" / "python"), "-c", _ENCODE, str(wav), str(dst)]
            subprocess.run([*args, str(fmt), str(codec)], check=True)
            files.append(str(dst))
        empty = Path(tmp) / "empty"
        subprocess.run([sys.executable, "-m", "venv", str(empty)], check=True)
        base = _site_mb(empty)  # pip and setuptools, in every venv alike
        rows = []
        for name, venv, probe in (
            ("PyAV + miniaudio output", pyav, _PYAV),
            ("miniaudio", mini, _MINIAUDIO),
            ("Qt Multimedia (PySide6-Addons)", qt, _QT),
        ):
            runs = []
            for _ in range(3):
                out = subprocess.run(
                    [str(venv / "bin" / "python"), "-c", probe, *files],
                    capture_output=True,
                    text=True,
                    env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
                )
                lines = out.stdout.strip().splitlines()
                if not lines:  # the library did not even import: say why
                    why = out.stderr.strip().splitlines()[-1]
                    runs.append({"startup_ms": 0, "output": why, "formats": {}})
                    break
                runs.append(json.loads(lines[-1]))
            best = min(runs, key=lambda r: r["startup_ms"])
            extra = _site_mb(venv) - base
            if venv == qt:  # DuoCoder already has PySide6-Essentials: count the Addons only
                extra -= _essentials_mb()
            rows.append((name, extra, best))
    print(f"{'backend':32} {'MB':>6} {'start ms':>8}  seek error (ms) per format / output")
    for name, size, r in rows:
        cells = ", ".join(f"{k} {v}" for k, v in r["formats"].items())
        print(f"{name:32} {size:6.0f} {r['startup_ms']:8}  {cells}; output: {r['output']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
