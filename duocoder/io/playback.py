"""Playing a linked recording: PyAV decodes it (FFmpeg in a wheel: mp3, m4a/AAC, wav,
ogg/opus, flac, and the audio of mp4/webm/mov), miniaudio sends it to the sound card.

Why these two (figures in bench/media_backends.py): together about 110 MB, installed from
PyPI wheels alone on Windows, macOS and Linux; Qt's multimedia module is four times that
and on Linux wants the system's PulseAudio library, and sounddevice wants the system's
PortAudio there. Both are optional (`pip install duocoder[media]`): without them a window
still opens and says why it cannot play.

Without a sound card miniaudio plays to its null device, whose clock runs as a real one:
the recording advances, the transcript follows, and the window says there is no sound.
Speed changes keep the pitch (FFmpeg's `atempo`). Seeks are exact to the sample: decoding
starts at the key frame half a second before the moment and drops what lies before it.

Decoding runs in the audio thread's callback, a few frames at a time; everything the
window calls (`play`, `seek`, `position`, …) only sets or reads fields under a lock."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator, Iterator
from fractions import Fraction
from pathlib import Path
from typing import Any

from duocoder.domain.errors import SourceError

RATE = 48000
CHANNELS = 2
BYTES_PER_FRAME = 2 * CHANNELS  # signed 16-bit
PREROLL = 0.5
SPEEDS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


def available() -> str | None:
    """None when recordings can be played here, else why not, in one sentence."""
    try:
        import av  # noqa: F401
        import miniaudio  # noqa: F401
    except ImportError:
        return (
            "Playing recordings needs DuoCoder's media extra "
            "(pip install duocoder[media]); the transcript works as before."
        )
    return None


class Playback:
    """One open recording and its output. `position` is the moment (seconds) being handed
    to the output; `silent` is true when no sound card was found (the null device)."""

    def __init__(self, path: Path, *, null_output: bool = False) -> None:
        import av
        import miniaudio

        try:
            self._container: Any = av.open(str(path))
        except (OSError, av.FFmpegError) as exc:
            raise SourceError(str(path), "it cannot be played as audio") from exc
        if not self._container.streams.audio:
            self._container.close()
            raise SourceError(str(path), "it holds no sound")
        self._stream = self._container.streams.audio[0]
        self._av = av
        self.duration = self._duration()
        self.has_video = bool(self._container.streams.video)
        self._lock = threading.Lock()
        self._playing = False
        self._ended = False
        self._rate = 1.0
        self._position = 0.0
        self._seek_to: float | None = 0.0
        self._pending = bytearray()
        self._frames: Iterator[Any] = iter(())
        self._skip_until = 0.0
        self._resampler: Any = None
        self._graph: Any = None
        self.tap: Callable[[float, bytes], None] | None = None
        """Called in the audio thread with (moment, PCM) of what is handed out: for tests."""
        backends = [miniaudio.Backend.NULL] if null_output else None
        try:
            self._device: Any = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16,
                nchannels=CHANNELS,
                sample_rate=RATE,
                buffersize_msec=60,
                backends=backends,
                app_name="DuoCoder",
            )
        except miniaudio.MiniaudioError:  # a sound system that refuses: play silently
            self._device = miniaudio.PlaybackDevice(
                output_format=miniaudio.SampleFormat.SIGNED16,
                nchannels=CHANNELS,
                sample_rate=RATE,
                buffersize_msec=60,
                backends=[miniaudio.Backend.NULL],
            )
        self.silent = self._device.backend.lower() == "null"
        feed = self._feed()
        next(feed)
        self._device.start(feed)

    # -- what the window calls ----------------------------------------------------------------
    @property
    def position(self) -> float:
        with self._lock:
            return self._position if self._seek_to is None else self._seek_to

    @property
    def playing(self) -> bool:
        with self._lock:
            return self._playing

    @property
    def ended(self) -> bool:
        with self._lock:
            return self._ended

    @property
    def rate(self) -> float:
        return self._rate

    def play(self) -> None:
        with self._lock:
            if self._ended:
                self._seek_to, self._ended = 0.0, False
            self._playing = True

    def pause(self) -> None:
        with self._lock:
            self._playing = False

    def seek(self, seconds: float) -> None:
        with self._lock:
            self._seek_to = max(0.0, min(seconds, self.duration or seconds))
            self._ended = False

    def set_rate(self, rate: float) -> None:
        """Play at `rate` times the speed (0.5 to 2), the voice's pitch kept."""
        rate = max(SPEEDS[0], min(SPEEDS[-1], rate))
        with self._lock:
            if rate != self._rate:
                self._rate = rate
                self._seek_to = self._position if self._seek_to is None else self._seek_to

    def close(self) -> None:
        self._device.close()
        self._container.close()

    # -- the audio thread ---------------------------------------------------------------------
    def _duration(self) -> float:
        if self._container.duration:
            return float(self._container.duration) / 1_000_000
        if self._stream.duration and self._stream.time_base:
            return float(self._stream.duration * self._stream.time_base)
        return 0.0

    def _feed(self) -> Generator[bytes, int, None]:
        """miniaudio's generator: sent how many frames it wants, yields that many."""
        wanted = yield b""
        while True:
            with self._lock:
                seek, playing, rate = self._seek_to, self._playing, self._rate
                self._seek_to = None
            if seek is not None:
                try:
                    self._restart(seek, rate)
                except self._av.FFmpegError:  # a damaged stretch: nothing more to play
                    self._frames, self._graph = iter(()), None
                with self._lock:
                    self._position = seek
            if not playing:
                wanted = yield bytes(wanted * BYTES_PER_FRAME)
                continue
            need = wanted * BYTES_PER_FRAME
            while len(self._pending) < need and self._decode_more():
                pass
            chunk = bytes(self._pending[:need])
            del self._pending[:need]
            with self._lock:
                start = self._position
                if self._seek_to is None:
                    self._position = start + len(chunk) / BYTES_PER_FRAME / RATE * self._rate
                if not chunk:
                    self._ended, self._playing = True, False
            if self.tap is not None and chunk:
                self.tap(start, chunk)
            wanted = yield chunk + bytes(need - len(chunk))

    def _restart(self, seconds: float, rate: float) -> None:
        av = self._av
        self._pending.clear()
        stream = self._stream
        # half a second early: an mp3 or AAC decoder needs the frames before a moment
        # (its bit reservoir, its overlap) to sound right at that moment
        preroll = max(seconds - PREROLL, 0.0)
        target = int(preroll / stream.time_base) if stream.time_base else 0
        self._container.seek(max(target, 0), stream=stream, backward=True, any_frame=False)
        self._frames = self._container.decode(stream)
        self._skip_until = seconds
        self._resampler = av.AudioResampler(format="s16", layout="stereo", rate=RATE)
        self._graph = None
        if rate != 1.0:
            graph = av.filter.Graph()
            source = graph.add_abuffer(
                format="s16", sample_rate=RATE, layout="stereo", time_base=Fraction(1, RATE)
            )
            tempo = graph.add("atempo", str(rate))
            sink = graph.add("abuffersink")
            source.link_to(tempo)
            tempo.link_to(sink)
            graph.configure()
            self._graph = graph

    def _decode_more(self) -> bool:
        """Decode the next frame into `_pending`; False at the end of the recording."""
        try:
            frame = next(self._frames)
        except (StopIteration, self._av.FFmpegError):
            return self._flush_tempo()
        start = float(frame.pts * frame.time_base) if frame.pts is not None else None
        pcm = b"".join(
            bytes(f.planes[0])[: f.samples * BYTES_PER_FRAME] for f in self._resample(frame)
        )
        if start is not None and start < self._skip_until:
            drop = round((self._skip_until - start) * RATE) * BYTES_PER_FRAME
            pcm = pcm[drop:]
        if pcm and self._graph is not None:
            pcm = self._tempo(pcm)
        self._pending += pcm
        return True

    def _resample(self, frame: Any) -> list[Any]:
        frame.pts = None  # the resampler counts its own time
        return list(self._resampler.resample(frame))

    def _tempo(self, pcm: bytes) -> bytes:
        av = self._av
        frame = av.AudioFrame(format="s16", layout="stereo", samples=len(pcm) // BYTES_PER_FRAME)
        frame.planes[0].update(pcm)
        frame.sample_rate = RATE
        self._graph.push(frame)
        return self._pull_tempo()

    def _pull_tempo(self) -> bytes:
        out = bytearray()
        while True:
            try:
                f = self._graph.pull()
            except (self._av.BlockingIOError, self._av.EOFError):
                return bytes(out)
            out += bytes(f.planes[0])[: f.samples * BYTES_PER_FRAME]

    def _flush_tempo(self) -> bool:
        if self._graph is None:
            return False
        self._graph.push(None)
        self._pending += self._pull_tempo()
        self._graph = None
        return True
