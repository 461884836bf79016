"""How far back undo reaches: each coder keeps their own last `KEEP_STEPS` steps, so a busy
colleague on the same team project (or in a second window on the same file) never pushes
another coder's recent work out of reach of their Undo."""

from __future__ import annotations

import pytest

from duocoder.app.project import Project
from duocoder.storage import history


def _undo_all(project: Project) -> list[str]:
    """The labels of the coder's steps, newest first, as Undo takes them back."""
    labels: list[str] = []
    while (label := project.history.undo_label) is not None:
        project.undo()
        labels.append(label)
    assert project.undo() is None
    return labels


def test_each_coder_keeps_their_own_last_steps(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history, "KEEP_STEPS", 3)
    project.coder = "Anna"
    for name in ("Klik", "Vertrouwen"):
        project.add_code(name)
    project.coder = "Bram"
    for n in range(5):
        project.add_code(f"Code {n}")
    project.coder = None
    project.add_code("Zonder codeur")

    project.coder = "Anna"  # Bram's five later steps took none of hers
    assert _undo_all(project) == ["Add code Vertrouwen", "Add code Klik"]
    project.coder = "Bram"  # his own oldest two went: he keeps his last three
    assert _undo_all(project) == ["Add code Code 4", "Add code Code 3", "Add code Code 2"]
    assert sorted(c.name for c in project.codes()) == ["Code 0", "Code 1", "Zonder codeur"]
    project.coder = None
    assert _undo_all(project) == ["Add code Zonder codeur"]


def test_a_coder_past_the_limit_loses_only_their_own_oldest_step(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(history, "KEEP_STEPS", 2)
    project.coder = "Anna"
    project.add_code("Klik")
    for n in range(3):
        project.coder = "Bram"
        project.add_code(f"Code {n}")
        project.coder = "Anna"
        project.add_code(f"Anna {n}")
    assert _undo_all(project) == ["Add code Anna 2", "Add code Anna 1"]
    project.coder = "Bram"
    assert _undo_all(project) == ["Add code Code 2", "Add code Code 1"]
