"""Large selections are counted with arrays (`_array_sweep`) instead of the sweep segment by
segment: on any data, in overlap and proximity mode, both must give the very same counts,
pair documents and diagonals, however the work is cut into chunks."""

from __future__ import annotations

import random

import pytest

from duocoder.analysis import cooccurrence as cooc


def _segments(rng: random.Random) -> list[tuple[int, int, int, int, int, None]]:
    """Documents of overlapping, touching, nested and identical segments of seven codes."""
    out = []
    for doc in range(rng.randrange(1, 10)):
        for _ in range(rng.randrange(0, 60)):
            start = rng.randrange(0, 200)
            out.append(
                (len(out) + 1, doc, rng.randrange(1, 8), start, start + rng.randrange(1, 50), None)
            )
        if out:
            out.append((len(out) + 1, doc, out[-1][2] % 7 + 1, out[-1][3], out[-1][4], None))
    return out


@pytest.mark.parametrize("seed", range(12))
def test_arrays_count_exactly_what_the_sweep_counts(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    segments = _segments(rng)
    codes = [1, 2, 3, 4, 5, 6]  # the seventh code is not selected: it meets nothing
    for mode, distance in (("overlap", None), ("proximity", rng.randrange(0, 15))):
        monkeypatch.setattr(cooc, "ARRAY_SWEEP", 10**9)
        swept = cooc.count_cooccurrence(segments, codes, mode=mode, distance=distance)
        monkeypatch.setattr(cooc, "ARRAY_SWEEP", 0)
        monkeypatch.setattr(cooc, "_PAIRS_PER_CHUNK", rng.choice([1, 9, 4_000_000]))
        monkeypatch.setattr(cooc, "_MARKS_PER_CHUNK", rng.choice([1, 50, 20_000_000]))
        assert cooc.count_cooccurrence(segments, codes, mode=mode, distance=distance) == swept
