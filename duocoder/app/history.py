"""The undo history as a session sees it: the labels of what it can undo and redo.

The steps themselves live in the project (`duocoder.storage.history`), so a window, the
command line and a colleague's window on the same file share one history; each session
sees its own coder's stack (`Project.coder`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from duocoder.storage import history as steps
from duocoder.storage.database import transaction

if TYPE_CHECKING:
    from duocoder.app.base import ProjectBase


class History:
    def __init__(self, project: ProjectBase) -> None:
        self._project = project

    @property
    def undo_label(self) -> str | None:
        """The label of the step `Project.undo()` would undo, or None."""
        with self._project._read() as s:
            step = steps.last_done(s.connection(), self._project.coder)
        return step.label if step else None

    @property
    def redo_label(self) -> str | None:
        with self._project._read() as s:
            step = steps.last_undone(s.connection(), self._project.coder)
        return step.label if step else None

    def last_label(self, undoing: bool) -> str | None:
        """The label of the project's last done (or last undone) step, whoever made it."""
        with self._project._read() as s:
            find = steps.last_done if undoing else steps.last_undone
            step = find(s.connection(), None, True)
        return step.label if step else None

    def stack(self) -> tuple[list[str], list[str]]:
        """(what can be undone, oldest first; what can be redone, next first) for this
        session's coder: what a window's Edit menu shows."""
        with self._project._read() as s:
            return steps.labels(s.connection(), self._project.coder)

    def clear(self) -> None:
        """Forget every step of every coder (a freshly built demo starts with none)."""
        with transaction(self._project._sessions) as s:
            steps.clear(s.connection())
