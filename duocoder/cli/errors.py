"""How the CLI reports failure: one plain sentence on stderr, never a traceback.

Unexpected errors are written, with their traceback, to a log file in the user's data
folder, and the sentence names that file so a researcher can send it to us."""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("DuoCoder", appauthor=False))


def write_crash_log(exc: BaseException) -> Path | None:
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "duocoder-errors.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"\n=== {datetime.now().isoformat(timespec='seconds')} argv={sys.argv!r}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None


def fail(message: str, code: int = 1) -> int:
    print(f"duocoder: {message}", file=sys.stderr)
    return code
