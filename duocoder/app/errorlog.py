"""The error log: where an unexpected error's traceback goes, so the researcher sees one
sentence while we can still find the bug.

The command line and the import (in the window as on the command line) write to the same
file, `duocoder-errors.log` in the user's log folder, and name it in their message so the
researcher can send it to us. Writing it must never raise: a full disk or a read-only home
folder only means the message names no file.
"""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

LOG_NAME = "duocoder-errors.log"


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("DuoCoder", appauthor=False))


def write_error_log(
    exc: BaseException, context: str = "", folder: Path | None = None
) -> Path | None:
    """Append `exc` with its traceback, under a line with the time and `context` (what was
    being done); the log's path, or None when it could not be written."""
    try:
        target = folder if folder is not None else log_dir()
        target.mkdir(parents=True, exist_ok=True)
        path = target / LOG_NAME
        with path.open("a", encoding="utf-8", errors="backslashreplace") as fh:
            fh.write(f"\n=== {datetime.now().isoformat(timespec='seconds')} {context}\n")
            fh.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None
