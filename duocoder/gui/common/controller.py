"""The GUI's single door to the core: calls `Project` methods, mirrors undo, relays changes.

Every data change a view asks for goes through `ProjectController.run`, which calls the core
and shows a refused change as the core's own sentence. The QUndoStack behind Edit ▸ Undo is
drawn from the core's history (which lives in the project, per coder), never kept beside it,
so it always offers exactly what the core can undo and redo, even after another window or
the command line changed the project. The project's listener is forwarded
directly in the GUI thread. Changes a worker thread makes are gathered and handed to the
views at most every `WORKER_BATCH_MS`, or, while `hold()` is on (an import), only at
`flush()`: a view refreshing while the worker runs waits for Python's GIL at every item it
paints, which froze the window for up to a second during a 100-file import."""

from __future__ import annotations

import getpass
import hashlib
import threading
from collections.abc import Callable, Iterable
from contextlib import suppress
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from duocoder.app.changes import Changes
from duocoder.app.coders import default_coder_color
from duocoder.app.privacy import SealedStepError
from duocoder.app.project import Project
from duocoder.domain.errors import DuoCoderError
from duocoder.domain.records import CodeInfo, DocumentInfo

T = TypeVar("T")
LIVE_MS = 300
"""How often a window asks whether others changed the project: their work shows within a
second, and a poll that finds nothing reads no data (`Project.poll_changes`)."""
WORKER_BATCH_MS = 150


class CoreCommand(QUndoCommand):
    """Stands on the QUndoStack for one step of the core history. Pushing it (while the
    stack is redrawn) does nothing; undoing or redoing it asks the core."""

    def __init__(self, controller: ProjectController, label: str) -> None:
        super().__init__(label)
        self._controller = controller

    def redo(self) -> None:
        if not self._controller.drawing:
            self._controller.core_redo()

    def undo(self) -> None:
        if not self._controller.drawing:
            self._controller.core_undo()


class ProjectController(QObject):
    """Owns the open project for the window; views only read records and call `run`."""

    changed = Signal(object)  # Changes, always delivered in the GUI thread
    coders_visibility_changed = Signal()  # whose codings the transcript shows changed
    coder_changed = Signal()  # the user switched coder or colour (Edit ▸ Coder…)
    failed = Signal(str)  # a plain sentence to show the researcher
    # an undo (True) or redo (False) of this step needs the pseudonymisation key unlocked;
    # the window asks for it and tries again (`retry_step`)
    key_needed = Signal(bool, str)
    _relay = Signal()  # from a worker thread: changes are waiting in `_pending`

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self.drawing = False  # the undo stack is being redrawn from the core's history
        self._stepping = False  # a CoreCommand is asking the core to undo or redo
        project.coder = self.coder or None
        project.coder_color = self.chosen_color()
        self._codes: list[CodeInfo] | None = None
        self._documents: list[DocumentInfo] | None = None
        self._memos: dict[tuple[str, int | None], str] | None = None
        self._gui_thread = threading.get_ident()
        self._pending = Changes()
        self._held = False
        self._lock = threading.Lock()
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(WORKER_BATCH_MS)
        self._batch.timeout.connect(self.flush)
        self._relay.connect(self._batch.start)
        self._visible: frozenset[str] | None = None  # chosen in View ▸ Coders; None: all
        self._current_doc: int | None = None  # the document the transcript shows
        project.add_listener(self._on_core_change)
        # others' changes (a coder on the team server, a second window on the file) reach
        # the views through the same listener, asked of the core a few times a second
        self._live = QTimer(self)
        self._live.setInterval(LIVE_MS)
        self._live.timeout.connect(self.poll_others)
        self._live.start()
        self.poll_others()  # starts watching from here: what others do from now on is shown

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

    # -- whose codings are shown ------------------------------------------------------------
    # Visibility is a view setting, not data: it is never undone and never written into the
    # project. Blind mode is kept per project and document in the user's settings, so a coder
    # who codes a document blind finds it blind again after a restart.
    def visible_coders(self) -> frozenset[str] | None:
        """The coders whose codings the transcript, its margin and tooltips show for the
        current document; None means everyone's (also codings without a coder)."""
        if self._current_doc is not None and self.is_blind(self._current_doc):
            return frozenset({self.coder})
        return self._visible

    def coder_visible(self, name: str | None) -> bool:
        """Whether a coding by `name` (None: a coding without coder) is shown now."""
        visible = self.visible_coders()
        return visible is None or (name is not None and name in visible)

    def set_visible_coders(self, names: Iterable[str] | None) -> None:
        """Show only these coders' codings (None: everyone's). Blind mode, where on, still
        hides the others in its document until it is turned off."""
        new = None if names is None else frozenset(names)
        if new != self._visible:
            self._visible = new
            self.coders_visibility_changed.emit()

    def show_coders(self, names: Iterable[str]) -> None:
        """Make these coders' codings visible besides those already shown (another view
        points at one of their codings): blind mode goes off for the current document."""
        names = frozenset(names)
        changed = False
        if self._current_doc is not None and self.is_blind(self._current_doc):
            self._store_blind(self._current_doc, False)
            changed = True
        if self._visible is not None and not names <= self._visible:
            self._visible = self._visible | names
            changed = True
        if changed:
            self.coders_visibility_changed.emit()

    def set_current_document(self, doc_id: int | None) -> None:
        """The transcript now shows `doc_id`; blind mode is per document."""
        if doc_id != self._current_doc:
            before = self.visible_coders()
            self._current_doc = doc_id
            if self.visible_coders() != before:
                self.coders_visibility_changed.emit()

    def current_document(self) -> int | None:
        return self._current_doc

    def is_blind(self, doc_id: int | None = None) -> bool:
        """Whether `doc_id` (default: the current document) is coded blind."""
        doc = self._current_doc if doc_id is None else doc_id
        if doc is None:
            return False
        return QSettings().value(self._blind_key(doc), False, type=bool) is True

    def set_blind(self, on: bool) -> None:
        """Code the current document blind (only this coder's codings shown) or not."""
        if self._current_doc is None or self.is_blind() == on:
            return
        self._store_blind(self._current_doc, on)
        self.coders_visibility_changed.emit()

    def _store_blind(self, doc_id: int, on: bool) -> None:
        settings = QSettings()
        if on:
            settings.setValue(self._blind_key(doc_id), True)
        else:
            settings.remove(self._blind_key(doc_id))

    def _blind_key(self, doc_id: int) -> str:
        """A settings key per project file and document (the path hashed: a path holds
        slashes, which QSettings reads as groups)."""
        own = self.project.path
        where = (str(own.resolve()) if own is not None else self.project.address).encode("utf-8")
        return f"coders/blind/{hashlib.sha1(where).hexdigest()[:16]}/{doc_id}"

    # -- the coder's identity ---------------------------------------------------------------
    def chosen_color(self) -> str | None:
        """The colour the user chose for themselves (Edit ▸ Coder…), or None."""
        value = QSettings().value("coder_color", "")
        return value if isinstance(value, str) and value.startswith("#") else None

    @property
    def coder_color(self) -> str:
        """The user's colour: chosen, else the one the open project shows them in (which
        steps aside for colours other coders there show), else the one their name gives."""
        chosen = self.chosen_color()
        if chosen:
            return chosen
        if self.coder:
            shown = next((c.color for c in self.project.coders() if c.name == self.coder), None)
            if shown:
                return shown
        return default_coder_color(self.coder or "?")

    def write_coder_color(self) -> None:
        """Put the user's chosen colour into the project if they are one of its coders
        without a colour there (a coder new to the project gets it with their first coding,
        so merely opening a project never makes an undo step or a coder)."""
        color = self.chosen_color()
        project = self.project
        if color is None or not self.coder or project.read_only:
            return
        if self.coder in {c.name for c in project.coders()}:
            self.run(self.tr("Coder colour"), project.set_coder, self.coder, color, keep_color=True)

    def set_identity(self, name: str, color: str | None) -> None:
        """Switch the coder (kept in the user's settings) and their colour; a coder of the
        project gets the new colour there (one undo step). Undo then offers the new coder's
        own steps, and blind mode shows the new coder's codings."""
        name = " ".join(name.split())
        settings = QSettings()
        settings.setValue("coder", name)
        if color:
            settings.setValue("coder_color", color)
        project = self.project
        project.coder = name or None
        project.coder_color = self.chosen_color()
        if color and name in {c.name for c in project.coders()} and not project.read_only:
            self.run(self.tr("Coder colour"), project.set_coder, name, color)
        self.sync_undo_stack()
        self.coder_changed.emit()
        self.coders_visibility_changed.emit()

    # -- changes ----------------------------------------------------------------------------
    def _on_core_change(self, changes: Changes) -> None:
        if threading.get_ident() == self._gui_thread:
            self._deliver(changes)
            return
        # an import worker: never touch widgets here, only note the change for the GUI
        with self._lock:
            first = not self._pending
            self._pending = self._pending | changes
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
            pending, self._pending = self._pending, Changes()
        if pending:
            self._deliver(pending)

    def _deliver(self, changes: Changes) -> None:
        self._codes = self._documents = self._memos = None  # stale now, in every view alike
        if not self._stepping:  # mid-undo, Qt moves its own index; redrawn right after
            self.sync_undo_stack()
        self.changed.emit(changes)

    def sync_undo_stack(self) -> None:
        """Draw the undo stack from the core's history: the coder's done steps, then the
        undone ones with the stack's index between them."""
        done, undone = self.project.history.stack()
        current = [self.undo_stack.text(i) for i in range(self.undo_stack.count())]
        if current == done + undone and self.undo_stack.index() == len(done):
            return
        self.drawing = True
        try:
            self.undo_stack.clear()
            for label in done + undone:
                self.undo_stack.push(CoreCommand(self, label))
            self.undo_stack.setIndex(len(done))
        finally:
            self.drawing = False

    def run(self, label: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """Call a core method that changes data. On success the change gets an undo entry
        named `label`; on a refused change the core's sentence is shown and None returned."""
        try:
            with self.project.labelled(label):
                return fn(*args, **kwargs)
        except DuoCoderError as exc:
            self.failed.emit(str(exc))
            return None

    def push_recorded(self, label: str) -> None:
        """A worker changed the project outside `run` (an import): show its step."""
        self.sync_undo_stack()

    def core_undo(self) -> None:
        self._step(self.project.undo)

    def core_redo(self) -> None:
        self._step(self.project.redo)

    def _step(self, action: Callable[[], object]) -> None:
        self._stepping = True
        try:
            action()
        except SealedStepError as exc:  # nothing changed; asked once the stack is redrawn
            label, undoing = exc.label, action == self.project.undo
            QTimer.singleShot(0, self, lambda: self._ask_key(undoing, label))
        except DuoCoderError as exc:
            self.failed.emit(str(exc))
        finally:
            self._stepping = False
        # Qt has already moved its index; if the core refused (someone else changed those
        # rows) or undid another step than Qt expected, the redraw puts it right.
        QTimer.singleShot(0, self, self.sync_undo_stack)

    def _ask_key(self, undoing: bool, label: str) -> None:
        self.sync_undo_stack()
        self.key_needed.emit(undoing, label)

    def retry_step(self, undoing: bool) -> None:
        """Undo or redo again once the key is unlocked, through the stack so that Edit ▸
        Undo and Redo move with it."""
        if undoing:
            self.undo_stack.undo()
        else:
            self.undo_stack.redo()

    def poll_others(self) -> None:
        """Let the views show what others changed since the last poll (see `LIVE_MS`)."""
        if self._held:  # a worker is importing: its changes are delivered in one batch
            return
        # a refused read now is a refused read on the next tick: nothing to say
        with suppress(DuoCoderError):
            self.project.poll_changes()

    def close(self) -> None:
        """Detach from and close the project; the undo stack dies with it."""
        self._live.stop()
        self.project.remove_listener(self._on_core_change)
        self._batch.stop()
        self._pending = Changes()
        self.undo_stack.clear()
        self.project.close()
