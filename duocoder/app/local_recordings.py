"""Where this computer keeps a team project's recordings.

A team project has no folder, and every coder's laptop keeps the recordings somewhere of
its own, so the server holds only a recording's fingerprint and file name; the place each
machine found it is kept in the user's own data folder (`recordings.json`), keyed by the
project's address and the fingerprint. One coder linking or finding a recording changes
nothing for the others. The file is small and rewritten whole through a temporary file and
a rename, so a crash leaves the old version or the new, never half of one; an unreadable
file counts as empty (the places are found again by fingerprint)."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from duocoder.app import paths
from duocoder.io.recordings import Fingerprint

FILE_NAME = "recordings.json"


def _key(print_: Fingerprint) -> str:
    return f"{print_.size}:{print_.head_hash}"


class LocalRecordings:
    """The recordings' places on this computer for the team project at `address`."""

    def __init__(self, address: str) -> None:
        self.address = address

    @staticmethod
    def file() -> Path:
        return paths.user_data_dir() / FILE_NAME

    def _all(self) -> dict[str, dict[str, str]]:
        try:
            data = json.loads(self.file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        projects = data.get("projects") if isinstance(data, dict) else None
        if not isinstance(projects, dict):
            return {}
        return {
            str(a): {str(k): str(v) for k, v in places.items()}
            for a, places in projects.items()
            if isinstance(places, dict)
        }

    def place(self, print_: Fingerprint) -> Path | None:
        """Where this computer last found the recording, or None."""
        found = self._all().get(self.address, {}).get(_key(print_))
        return None if found is None else Path(found)

    def remember(self, places: dict[Fingerprint, Path]) -> None:
        """Keep where these recordings lie on this computer."""
        projects = self._all()
        mine = projects.setdefault(self.address, {})
        for print_, path in places.items():
            mine[_key(print_)] = str(path)
        target = self.file()
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps({"version": 1, "projects": projects}, ensure_ascii=False, indent=1)
        fd, temporary = tempfile.mkstemp(prefix=".recordings-", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
