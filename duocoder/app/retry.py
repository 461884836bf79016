"""Making a change again when a team project's server undid it for another coder's.

Two coders whose changes meet on the same rows at the same moment can deadlock, and the
server then rolls one of them back (`SimultaneousChangeError`). The rolled-back change left nothing
behind, and a change of the Project facade is one transaction computed afresh from the
database each time (`ProjectBase._run`), so making it again is safe and nearly always
succeeds: the researcher is told only when it fails several times in a row. The pauses are
short and random so that the two coders do not meet again in step."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from duocoder.domain.errors import SimultaneousChangeError

T = TypeVar("T")

TRIES = 4
"""How often a change is made in all before its conflict is shown."""
PAUSE = (0.02, 0.15)
"""The bounds, in seconds, of the random pause before the second try; it grows each time."""


def retried(attempt: Callable[[], T], before_again: Callable[[], None] | None = None) -> T:
    """`attempt()`, made again after a `SimultaneousChangeError` up to `TRIES` times in all;
    `before_again` puts back what a failed attempt changed outside the database."""
    for tries in range(1, TRIES + 1):
        try:
            return attempt()
        except SimultaneousChangeError:
            if tries == TRIES:
                raise
            if before_again is not None:
                before_again()
            time.sleep(random.uniform(*PAUSE) * tries)
    raise AssertionError("unreachable")  # the loop returns or raises
