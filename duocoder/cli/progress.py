"""Progress of a long command on the terminal: one line on stderr, rewritten in place, so
stdout stays the command's answer (and a script reading it sees nothing of the progress)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Progress = Callable[[int, int, str], None]


@contextmanager
def terminal_progress(show: bool = True) -> Iterator[Progress | None]:
    """A progress callback for the core while the block runs, or None when `show` is off
    (--json) or stderr is no terminal (a log file would fill with carriage returns). The
    line is ended when the block finishes."""
    if not (show and sys.stderr.isatty()):
        yield None
        return

    def progress(done: int, total: int, name: str) -> None:
        print(f"\r[{done}/{total}] {name[:60]:<60}", end="", file=sys.stderr, flush=True)

    yield progress
    print(file=sys.stderr)
