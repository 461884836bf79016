"""Two windows on one project stay in step: what one coder codes, recodes, writes or undoes
reaches the other's views within a second, and a window's own changes are not announced to
it twice. Runs on project files and, with `pytest --server`, on a team project."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from duocoder.app.changes import Changes
from duocoder.app.project import Project
from tests.helpers import coded_project

WITHIN = 1.0  # seconds: the promise for a coder seeing another's work


def _seen(project: Project, until: Callable[[Changes], bool] = bool) -> Changes:
    """What `project` learns of others' changes within a second, polling as a window does
    (every 100 ms), until `until` holds. On a server each step is announced on its own, so
    two undos in a row may arrive in two polls, as they would in a window."""
    deadline = time.monotonic() + WITHIN
    seen = Changes()
    while time.monotonic() < deadline:
        seen = seen | project.poll_changes()
        if until(seen):
            break
        time.sleep(0.1)
    return seen


def test_a_coding_undo_and_memo_by_another_window_reach_this_one(tmp_path: Path) -> None:
    path = coded_project(tmp_path / "studie.duocoder")
    with Project.open(path) as anna, Project.open(path) as bram:
        anna.coder, bram.coder = "Anna", "Bram"
        heard: list[Changes] = []
        bram.add_listener(heard.append)
        assert not bram.poll_changes()  # starts watching
        doc = anna.documents()[0].id

        coding = anna.add_coding(doc, "Verbinding", 0, 8)
        changes = _seen(bram)
        assert coding in changes.codings
        assert heard == [changes]  # the views were told, as for a change made here
        assert coding in {s.id for s in bram.segments()}

        anna.set_memo("document", doc, "Vertrouwen — ‘meteen’.")
        assert _seen(bram).memos
        assert bram.memo("document", doc) == "Vertrouwen — ‘meteen’."

        anna.undo()  # the memo
        anna.undo()  # the coding
        changes = _seen(bram, until=lambda c: bool(coding in c.codings and c.memos))
        assert coding in changes.codings and changes.memos
        assert coding not in {s.id for s in bram.segments()}


def test_a_window_is_not_told_twice_of_its_own_changes(tmp_path: Path) -> None:
    path = coded_project(tmp_path / "studie.duocoder")
    with Project.open(path) as anna, Project.open(path) as bram:
        anna.coder, bram.coder = "Anna", "Bram"
        anna.poll_changes()
        bram.poll_changes()
        doc = bram.documents()[0].id
        heard: list[Changes] = []
        bram.add_listener(heard.append)
        mine = bram.add_coding(doc, "Verbinding", 0, 8)
        assert len(heard) == 1 and mine in heard[0].codings  # from the change itself
        time.sleep(0.3)
        assert not bram.poll_changes()
        assert len(heard) == 1
        # while the other window hears it
        assert mine in _seen(anna).codings


def test_nothing_changed_costs_no_reading(tmp_path: Path) -> None:
    path = coded_project(tmp_path / "studie.duocoder")
    with Project.open(path) as p:
        p.poll_changes()
        started = time.perf_counter()
        for _ in range(200):
            assert not p.poll_changes()
        # a window polls a few times a second: each poll must be far below a frame
        assert (time.perf_counter() - started) / 200 < 0.005
