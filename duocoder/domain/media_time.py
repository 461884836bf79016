"""Where each turn lies in the recording: from its timestamp, from a sync mark the researcher
set while listening, or, between two such anchors, interpolated by character position.

A transcript's timestamps (`00:01:02`, `00:00:12.500`, `01:02`) and sync marks are exact;
an interpolated start is only a good place to start listening, so it is marked approximate.
Past the last anchor a turn is placed at the speaking rate the anchors show (characters per
second), or at the end of the recording when its duration is known; with no anchor at all,
only a known duration spreads the turns over the recording."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from duocoder.domain.records import Turn

_STAMP = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?\s*$")


def stamp_seconds(stamp: str | None) -> float | None:
    """`00:00:12.500` → 12.5, `01:02` (minutes and seconds) → 62.0; None for no stamp or a
    stamp that is not a time (what a transcript writes is kept as it is, never guessed)."""
    if not stamp:
        return None
    m = _STAMP.match(stamp.strip("[]() "))
    if m is None:
        return None
    hours, minutes, seconds, fraction = m.groups()
    millis = int((fraction or "0").ljust(3, "0"))
    total = (int(hours or 0) * 3600 + int(minutes) * 60 + int(seconds)) * 1000 + millis
    return total / 1000


def clock(seconds: float) -> str:
    """12.5 → `00:00:12.500`; whole seconds without the fraction (`00:01:02`)."""
    millis = round(seconds * 1000)
    whole, ms = divmod(millis, 1000)
    text = f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}"
    return text + (f".{ms:03d}" if ms else "")


@dataclass(frozen=True, slots=True)
class TimedTurn:
    """A turn with its place in the recording: `seconds` its start (None when nothing tells
    it), `end_seconds` where the next turn starts (None for the last or an unknown one),
    `approximate` when interpolated, `marked` when a sync mark set it."""

    turn: Turn
    seconds: float | None
    end_seconds: float | None
    approximate: bool
    marked: bool = False


def timed_turns(
    turns: Sequence[Turn],
    marks: Mapping[int, float],
    length: int,
    duration: float | None = None,
) -> list[TimedTurn]:
    """Each turn's place in the recording. `marks` maps a turn's start (code point offset)
    to the second the researcher set for it; a mark outranks the turn's own timestamp.
    `length` is the document's length in code points, `duration` the recording's when
    known."""
    exact: list[float | None] = []
    for turn in turns:
        mark = marks.get(turn.start)
        exact.append(mark if mark is not None else stamp_seconds(turn.timestamp))
    anchors = [(t.start, s) for t, s in zip(turns, exact, strict=True) if s is not None]
    tail = (length, duration) if duration is not None else None
    starts: list[float | None] = []
    for turn, known in zip(turns, exact, strict=True):
        guess = None if known is not None else _interpolate(turn.start, anchors, tail)
        starts.append(known if known is not None else None if guess is None else round(guess, 3))
    timed = []
    for i, turn in enumerate(turns):
        start = starts[i]
        after = starts[i + 1] if i + 1 < len(turns) else None
        if start is not None and duration is not None:
            start = min(start, duration)
        end = after if after is not None and start is not None and after >= start else None
        if end is None and i + 1 == len(turns) and start is not None and duration is not None:
            end = duration
        timed.append(
            TimedTurn(
                turn,
                start,
                end,
                approximate=exact[i] is None and start is not None,
                marked=turn.start in marks,
            )
        )
    return timed


def _between(a: tuple[int, float], b: tuple[int, float], position: int) -> float:
    (pa, sa), (pb, sb) = a, b
    if pb <= pa:
        return sa
    return sa + (sb - sa) * (position - pa) / (pb - pa)


def _interpolate(
    position: int, anchors: Sequence[tuple[int, float]], end: tuple[int, float] | None
) -> float | None:
    """Between the anchors around `position` by characters; before the first from the
    beginning (0 s at character 0); after the last towards the recording's `end` (its
    length in characters and duration) when known, else at the anchors' speaking rate."""
    if end is not None and (not anchors or anchors[-1][0] < end[0]):
        anchors = [*anchors, end]
    if not anchors:
        return None
    before = [a for a in anchors if a[0] <= position]
    after = [a for a in anchors if a[0] > position]
    if before and after:
        return _between(before[-1], after[0], position)
    if after:
        return _between((0, 0.0), after[0], position)
    last = before[-1]
    first = anchors[0]
    if last[0] > first[0] and last[1] > first[1]:
        rate = (last[1] - first[1]) / (last[0] - first[0])
    elif last[0] > 0 and last[1] > 0:
        rate = last[1] / last[0]
    else:
        return None
    return last[1] + rate * (position - last[0])


def turn_at(timed: Sequence[TimedTurn], seconds: float) -> TimedTurn | None:
    """The turn being spoken `seconds` into the recording: the last whose start is at or
    before that moment; None before the first known start."""
    found = None
    for t in timed:
        known = t.seconds is not None and t.seconds <= seconds + 1e-9
        if known and (found is None or (t.seconds or 0.0) >= (found.seconds or 0.0)):
            found = t
    return found
