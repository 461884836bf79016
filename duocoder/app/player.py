"""Playing a linked recording, for the window: kept apart from `media.py` so that the
command line, which never plays, does not import the player at all (its small commands
must start fast)."""

from __future__ import annotations

from duocoder.app.media import RecordingInfo
from duocoder.io.playback import SPEEDS, Playback
from duocoder.io.playback import available as playback_missing
from duocoder.io.recordings import MEDIA_SUFFIXES

__all__ = ["MEDIA_SUFFIXES", "SPEEDS", "Playback", "open_player", "playback_missing"]


def open_player(info: RecordingInfo, *, null_output: bool = False) -> Playback:
    """Open a linked recording to play it (`playback_missing()` says first whether this
    installation can); SourceError in one sentence when it cannot be decoded."""
    return Playback(info.path, null_output=null_output)
