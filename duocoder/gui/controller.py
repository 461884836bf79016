"""The GUI's single door to the core: calls `Project` methods, mirrors undo, relays changes.

Every data change a view asks for goes through `ProjectController.run`, which calls the core,
shows a refused change as the core's own sentence, and pushes an adapter on the QUndoStack so
Edit ▸ Undo walks the core history in the same order. The project's listener is forwarded
directly in the GUI thread. Changes a worker thread makes are gathered and handed to the
views at most every `WORKER_BATCH_MS`, or, while `hold()` is on (an import), only at
`flush()`: a view refreshing while the worker runs waits for Python's GIL at every item it
paints, which froze the window for up to a second during a 100-file import."""

from __future__ import annotations

import getpass
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from duocoder.app.project import Project
from duocoder.domain.errors import DuoCoderError
from duocoder.domain.records import CodeInfo, DocumentInfo
from duocoder.storage.undo import Changes

T = TypeVar("T")
WORKER_BATCH_MS = 150


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
    _relay = Signal()  # from a worker thread: changes are waiting in `_pending`

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._saw_change = False
        self._codes: list[CodeInfo] | None = None
        self._documents: list[DocumentInfo] | None = None
        self._memos: dict[tuple[str, int | None], str] | None = None
        self._gui_thread = threading.get_ident()
        self._pending: dict[str, set[int]] = {}
        self._held = False
        self._lock = threading.Lock()
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(WORKER_BATCH_MS)
        self._batch.timeout.connect(self.flush)
        self._relay.connect(self._batch.start)
        project.add_listener(self._on_core_change)

    # -- snapshots --------------------------------------------------------------------------
    def codes(self) -> list[CodeInfo]:
        """The codebook with counts, read once per change: after one coding the code tree,
        the quick bar and the transcript all ask, and each query costs a few milliseconds."""
        if self._codes is None:
            self._codes = self.project.codes()
        return self._codes

    def documents(self) -> list[DocumentInfo]:
        """The document list with counts, read once per change (see `codes`)."""
        if self._documents is None:
            self._documents = self.project.documents()
        return self._documents

    def memos(self) -> dict[tuple[str, int | None], str]:
        """Memos on the project, documents and codes by (target, id), read once per change."""
        if self._memos is None:
            self._memos = {(m.target, m.target_id): m.text for m in self.project.memos()}
        return self._memos

    def memo(self, target: str, target_id: int | None) -> str | None:
        return self.memos().get((target, target_id))

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
        self._saw_change = True
        if threading.get_ident() == self._gui_thread:
            self._deliver(changes)
            return
        # an import worker: never touch widgets here, only note the change for the GUI
        with self._lock:
            first = not self._pending
            for table, ids in changes.rows.items():
                self._pending.setdefault(table, set()).update(ids)
        if first and not self._held:
            self._relay.emit()  # queued to the GUI thread, which starts the batch timer

    def hold(self) -> None:
        """Keep a worker's changes from the views until `flush()`."""
        self._held = True

    @Slot()
    def flush(self) -> None:
        """Hand the changes a worker made so far to the views (the import dialog calls this
        when the worker is done, so the window is current when it reports)."""
        self._held = False
        self._batch.stop()
        with self._lock:
            pending, self._pending = self._pending, {}
        if pending:
            self._deliver(Changes({t: frozenset(ids) for t, ids in pending.items()}))

    def _deliver(self, changes: Changes) -> None:
        self._codes = self._documents = self._memos = None  # stale now, in every view alike
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
        self._batch.stop()
        self._pending = {}
        self.undo_stack.clear()
        self.project.close()
