"""Recognising a recording without keeping it: its size and the SHA-256 of its first
megabyte. Reading one megabyte is quick even for a two-hour video on a network drive, and
with the exact size it tells one interview's recording from another's; a recording that was
only moved or renamed keeps both, so it is found again in the folder the researcher names."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from duocoder.domain.errors import SourceError

HEAD_BYTES = 1 << 20
MEDIA_SUFFIXES = frozenset(
    {
        ".mp3", ".m4a", ".aac", ".wav", ".ogg", ".oga", ".opus", ".flac", ".wma",
        ".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi", ".3gp", ".amr",
    }
)  # fmt: skip
"""What a folder is searched for when recordings are found again: audio and video files
as recorders, phones and meeting programs write them."""


@dataclass(frozen=True, slots=True)
class Fingerprint:
    size: int
    head_hash: str


def fingerprint(path: Path) -> Fingerprint:
    """The recording's fingerprint; one sentence naming the file when it cannot be read."""
    try:
        with path.open("rb") as f:
            size = os.fstat(f.fileno()).st_size
            head = f.read(HEAD_BYTES)
    except IsADirectoryError as exc:
        raise SourceError(str(path), "it is a folder, not a recording") from exc
    except FileNotFoundError as exc:
        raise SourceError(str(path), "there is no such file") from exc
    except OSError as exc:
        raise SourceError(str(path), str(exc.strerror).lower()) from exc
    if size == 0:
        raise SourceError(str(path), "the file is empty")
    return Fingerprint(size, hashlib.sha256(head).hexdigest())


def media_files(folder: Path) -> Iterator[Path]:
    """The audio and video files under `folder`, its subfolders included; folders that
    cannot be read are passed over (a search for a moved file must not stop at one)."""
    for root, dirs, files in os.walk(folder, onerror=lambda _e: None):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if Path(name).suffix.lower() in MEDIA_SUFFIXES:
                yield Path(root) / name


def find_by_fingerprint(folder: Path, wanted: set[Fingerprint]) -> dict[Fingerprint, Path]:
    """The first file under `folder` with each wanted fingerprint; only files of a wanted
    size are read, so a large folder costs a directory walk and a few reads."""
    sizes = {f.size for f in wanted}
    found: dict[Fingerprint, Path] = {}
    for path in media_files(folder):
        try:
            size = path.stat().st_size
        except OSError:
            continue
        if size not in sizes:
            continue
        try:
            print_ = fingerprint(path)
        except SourceError:
            continue
        if print_ in wanted and print_ not in found:
            found[print_] = path
            if len(found) == len(wanted):
                break
    return found
