"""A crash or a second writer never costs a researcher an acknowledged change.

Small, bounded runs of the `kill9` and `two_writers` benchmarks (`bench/durability.py`,
where the method is described): 8 SIGKILLs during random edits, 3 during `new --codebook`,
and two writers for 3 seconds; about 30 seconds in all on 2 cores. The full runs (100 kills,
30 seconds of two writers) are `python -m bench --only kill9 --only two_writers`."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.durability import kill_campaign, run_writers, starting_project

pytestmark = pytest.mark.slow


def test_a_kill_at_any_moment_leaves_the_last_acknowledged_edit_or_the_next() -> None:
    stats, per_commit = kill_campaign(runs=8, new_runs=0, seed=11)
    assert stats.failures == []
    assert stats.runs == 8
    assert stats.acknowledged > 0, "the kills must land among edits, not before them"
    assert stats.intact == 8, "integrity_check ok and the acknowledged state (or the next)"
    assert stats.lost == 0
    assert stats.corrupt == 0
    assert per_commit > 0


def test_a_kill_during_new_leaves_no_project_or_a_complete_one() -> None:
    stats, _ = kill_campaign(runs=0, new_runs=3, seed=12)
    assert stats.failures == []
    assert stats.new_runs == 3
    assert stats.new_broken == 0
    assert stats.new_absent + stats.new_complete == 3


def test_two_writers_at_once_lose_and_duplicate_nothing(tmp_path: Path) -> None:
    project = starting_project(tmp_path / "p.duocoder")
    stats = run_writers(project, writers=2, seconds=3.0)
    assert stats.failures == []
    assert sorted(stats.by_writer) == ["w0", "w1"], "both writers committed changes"
    assert min(stats.by_writer.values()) > 0, (
        "both wrote while the other did (a busy CI can be slow)"
    )
    assert stats.removed > 0
    assert stats.lost == 0, "every acknowledged coding is in the project"
    assert stats.duplicated == 0, "none is there twice"
    assert stats.phantom == 0, "and nothing is there that was not acknowledged, or was removed"
    assert stats.present == stats.expected
