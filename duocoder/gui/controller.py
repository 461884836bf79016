"""The GUI's single door to the core: calls `Project` methods, mirrors undo, relays changes.

Every data change a view asks for goes through `ProjectController.run`, which calls the core,
shows a refused change as the core's own sentence, and pushes an adapter on the QUndoStack so
Edit ▸ Undo walks the core history in the same order. The project's listener is forwarded
through a Qt signal: direct in the GUI thread, queued when an import worker changes data."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from duocoder.app.project import Project
from duocoder.domain.errors import DuoCoderError
from duocoder.storage.undo import Changes

T = TypeVar("T")


class CoreCommand(QUndoCommand):
    """Stands on the QUndoStack for one entry of the core history. The change itself has
    already happened when it is pushed, so the first `redo` (QUndoStack.push calls it) is a
    no-op; later ones replay the core's redo."""

    def __init__(self, controller: ProjectController, label: str) -> None:
        super().__init__(label)
        self._controller = controller
        self._done = True

    def redo(self) -> None:
        if self._done:
            return
        self._done = True
        self._controller.core_redo()

    def undo(self) -> None:
        self._done = False
        self._controller.core_undo()


class ProjectController(QObject):
    """Owns the open project for the window; views only read records and call `run`."""

    changed = Signal(object)  # Changes, always delivered in the GUI thread
    failed = Signal(str)  # a plain sentence to show the researcher
    _relay = Signal(object)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._saw_change = False
        self._relay.connect(self._deliver)
        project.add_listener(self._on_core_change)

    # -- the coder --------------------------------------------------------------------------
    @property
    def coder(self) -> str:
        """Who the codings are attributed to: a setting, by default the computer login."""
        value = QSettings().value("coder", "")
        if isinstance(value, str) and value.strip():
            return value.strip()
        try:
            return getpass.getuser()
        except Exception:
            return ""

    # -- changes ----------------------------------------------------------------------------
    def _on_core_change(self, changes: Changes) -> None:
        # may run in an import worker thread: only emit, never touch widgets here
        self._saw_change = True
        self._relay.emit(changes)

    @Slot(object)
    def _deliver(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def run(self, label: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Call a core method that changes data. On success the change gets an undo entry
        named `label`; on a refused change the core's sentence is shown and None returned."""
        self._saw_change = False
        try:
            result = fn(*args, **kwargs)
        except DuoCoderError as exc:
            self.failed.emit(str(exc))
            return None
        if self._saw_change and self.project.can_undo:
            self.undo_stack.push(CoreCommand(self, label))
        return result

    def push_recorded(self, label: str) -> None:
        """Mirror a change the core recorded outside `run` (an import in a worker)."""
        if self.project.can_undo:
            self.undo_stack.push(CoreCommand(self, label))

    def core_undo(self) -> None:
        try:
            self.project.undo()
        except DuoCoderError as exc:
            self.failed.emit(str(exc))

    def core_redo(self) -> None:
        try:
            self.project.redo()
        except DuoCoderError as exc:
            self.failed.emit(str(exc))

    def close(self) -> None:
        """Detach from and close the project; the undo stack dies with it."""
        self.project.remove_listener(self._on_core_change)
        self.undo_stack.clear()
        self.project.close()
