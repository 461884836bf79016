"""How the CLI reports failure: one plain sentence on stderr, never a traceback.

Unexpected errors are written, with their traceback, to a log file in the user's data
folder, and the sentence names that file so a researcher can send it to us."""

from __future__ import annotations

import sys
from pathlib import Path

from duocoder.app import errorlog


def log_dir() -> Path:
    return errorlog.log_dir()


def write_crash_log(exc: BaseException) -> Path | None:
    """The same log file as the import's per-file errors (`duocoder.app.errorlog`)."""
    return errorlog.write_error_log(exc, f"argv={sys.argv!r}", folder=log_dir())


def fail(message: str, code: int = 1) -> int:
    print(f"duocoder: {message}", file=sys.stderr)
    return code
