"""Timing helpers: best of several runs, because the minimum is the least noisy estimate of
what the code costs on an otherwise idle machine."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


def best_of(fn: Callable[[], object], repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def once(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@dataclass(frozen=True)
class Result:
    seconds: float
    baseline: str
    baseline_seconds: float
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        ratio = self.seconds / self.baseline_seconds if self.baseline_seconds else None
        return {
            "seconds": round(self.seconds, 4),
            "baseline": self.baseline,
            "baseline_seconds": round(self.baseline_seconds, 4),
            "ratio": round(ratio, 3) if ratio is not None else None,
            "params": self.params,
        }
