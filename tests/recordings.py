"""Short recordings the media tests make themselves: a quiet hum with a loud click at each
moment asked for (where a turn starts), written with the standard library's `wave`, so a
test can hear where a seek landed; and the same encoded to mp3/m4a when PyAV is there."""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Sequence
from pathlib import Path

RATE = 16000


def write_wav(path: Path, seconds: float, clicks: Sequence[float] = ()) -> Path:
    """`seconds` of a soft 200 Hz hum, with a 20 ms burst of 1 kHz at each of `clicks`."""
    loud = [(int(c * RATE), int((c + 0.02) * RATE)) for c in clicks]
    frames = bytearray()
    for i in range(int(seconds * RATE)):
        if any(a <= i < b for a, b in loud):
            value = int(24000 * math.sin(2 * math.pi * 1000 * i / RATE))
        else:
            value = int(600 * math.sin(2 * math.pi * 200 * i / RATE))
        frames += struct.pack("<h", value)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(bytes(frames))
    return path


def encode(wav: Path, suffix: str) -> Path:
    """The wav encoded to `.mp3` or `.m4a` (AAC) with PyAV."""
    import av

    codec, fmt = {".mp3": ("libmp3lame", "mp3"), ".m4a": ("aac", "ipod")}[suffix]
    out_path = wav.with_suffix(suffix)
    with av.open(str(wav)) as inp, av.open(str(out_path), "w", format=fmt) as out:
        stream = out.add_stream(codec, rate=44100)
        stream.layout = "mono"
        resample = av.AudioResampler(format=stream.format.name, layout="mono", rate=44100)
        for frame in inp.decode(audio=0):
            frame.pts = None
            for part in resample.resample(frame):
                part.pts = None
                for packet in stream.encode(part):
                    out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return out_path
