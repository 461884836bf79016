"""Coding a passage and changing codings: the researcher's main work, in one place.

Every way of coding (double click on a code, dropping a selection on it, Ctrl+1…9, "Code
with…", "New code from selection") ends in `apply_code`, so all of them behave the same: the
passage is the transcript's selection in code points, and the core records one undo step."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QPoint, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from duocoder.app.changes import Changes
from duocoder.domain.codepaths import join_path, split_path
from duocoder.domain.records import Segment
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.transcript.code_picker import pick_code
from duocoder.gui.transcript.view import TranscriptView

QUICK_SLOTS = 9
MAX_INVIVO = 60


class CodingActions(QObject):
    message = Signal(str)  # a short status-bar sentence
    recent_changed = Signal()

    def __init__(
        self,
        view: TranscriptView,
        current_code: Callable[[], int | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.current_code = current_code
        self.controller: ProjectController | None = None
        self.recent: list[int] = []
        self._window = parent

    def set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller
        self.recent = []
        if controller is not None:
            stored = QSettings().value(self._settings_key(), [])
            ids = {c.id for c in controller.codes()}
            if isinstance(stored, list):
                self.recent = [int(i) for i in stored if str(i).isdigit() and int(i) in ids]
            controller.changed.connect(self._on_changed)
        self.recent_changed.emit()

    def _settings_key(self) -> str:
        path = self.controller.project.address if self.controller else ""
        return f"quickcodes/{path}"

    def _on_changed(self, changes: Changes) -> None:
        if self.controller is None or not changes.any_of("codes"):
            return
        ids = {c.id for c in self.controller.codes()}
        self.recent = [i for i in self.recent if i in ids]
        self.recent_changed.emit()

    # -- quick codes ------------------------------------------------------------------------
    def quick_code(self, slot: int) -> int | None:
        return self.recent[slot] if 0 <= slot < len(self.recent) else None

    def _remember(self, code_id: int) -> None:
        if code_id in self.recent:
            return  # slots stay put, so Ctrl+2 keeps meaning the same code while working
        self.recent = [*self.recent, code_id][-QUICK_SLOTS:]
        QSettings().setValue(self._settings_key(), self.recent)
        self.recent_changed.emit()

    def apply_quick(self, slot: int) -> None:
        code_id = self.quick_code(slot)
        if code_id is None:
            self.message.emit(self.tr("No quick code in slot %1 yet.").replace("%1", str(slot + 1)))
            return
        self.apply_code(code_id)

    # -- coding -----------------------------------------------------------------------------
    def apply_code(self, code_id: int, passage: tuple[int, int, int] | None = None) -> int | None:
        """Code `passage` (document, start, end) or the transcript selection with a code."""
        if self.controller is None:
            return None
        project = self.controller.project
        if passage is None:
            span = self.view.selected_span()
            if span is None or self.view.doc_id is None:
                self.message.emit(
                    self.tr("First select a passage in the transcript, then choose a code.")
                )
                return None
            passage = (self.view.doc_id, span[0], span[1])
        info = next((c for c in self.controller.codes() if c.id == code_id), None)
        if info is None:
            return None
        if not info.codable:
            self.message.emit(
                self.tr("'%1' is a category; choose one of its codes.").replace("%1", info.name)
            )
            return None
        doc, start, end = passage
        coding = self.controller.run(
            self.tr("Code with %1").replace("%1", info.name),
            project.add_coding,
            doc,
            code_id,
            start,
            end,
            coder=self.controller.coder or None,
        )
        if coding is not None:
            self._remember(code_id)
            self.message.emit(self.tr("Coded with '%1'.").replace("%1", info.path))
        return coding

    def code_with(self) -> None:
        if self.controller is None or not self.view.has_passage():
            self.message.emit(self.tr("First select a passage in the transcript."))
            return
        code_id = pick_code(self.controller.codes(), self.tr("Code with"), self._window)
        if code_id is not None:
            self.apply_code(code_id)

    def new_code_from_selection(self) -> int | None:
        """In-vivo coding: a new code named after the selected words, under the selected code
        (or at the top level), applied to the passage in one undoable step."""
        span = self.view.selected_span()
        if self.controller is None or span is None or self.view.doc_id is None:
            self.message.emit(self.tr("First select the words to name the code after."))
            return None
        name = " ".join(self.view.text[span[0] : span[1]].split()).strip(" .,;:!?\"'“”‘’")
        if len(name) > MAX_INVIVO:
            name = name[:MAX_INVIVO].rsplit(" ", 1)[0] + "…"
        if not name:
            return None
        project = self.controller.project
        parent = self.current_code()
        names = [name]
        if parent is not None:
            info = next((c for c in self.controller.codes() if c.id == parent), None)
            if info is not None:
                names = [*split_path(info.path), name]
        coding = self.controller.run(
            self.tr("New code %1").replace("%1", name),
            project.add_coding,
            self.view.doc_id,
            join_path(names),
            span[0],
            span[1],
            coder=self.controller.coder or None,
            create_code=True,
        )
        if coding is not None:
            code_id = next(
                s.code_id for s in project.segments(documents=[self.view.doc_id]) if s.id == coding
            )
            self._remember(code_id)
            self.message.emit(self.tr("New code '%1' applied.").replace("%1", join_path(names)))
        return coding

    # -- changing codings -------------------------------------------------------------------
    def remove_coding(self, seg: Segment) -> None:
        if self.controller is not None:
            self.controller.run(
                self.tr("Remove coding %1").replace("%1", seg.code.rsplit("/", 1)[-1]),
                self.controller.project.remove_coding,
                seg.id,
            )

    def recode(self, seg: Segment) -> None:
        if self.controller is None:
            return
        code_id = pick_code(
            self.controller.codes(),
            self.tr("Recode with"),
            self._window,
            exclude={seg.code_id},
        )
        if code_id is not None:
            self.controller.run(self.tr("Recode"), self.controller.project.recode, seg.id, code_id)

    def edit_memo(self, seg: Segment) -> None:
        if self.controller is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self._window,
            self.tr("Memo"),
            self.tr("Memo on this coding of '%1':").replace("%1", seg.code),
            seg.memo or "",
        )
        if ok:
            self.controller.run(
                self.tr("Edit memo"), self.controller.project.set_coding_memo, seg.id, text
            )

    def add_coding_menu(self, menu: QMenu, segments: list[Segment]) -> None:
        """Remove / Recode / Edit memo for each coding, in a submenu when there are several."""
        for seg in segments:
            name = seg.code.rsplit("/", 1)[-1]
            target = menu if len(segments) == 1 else menu.addMenu(name)
            suffix = f" '{name}'" if len(segments) == 1 else ""
            target.addAction(self.tr("Remove coding") + suffix, partial(self.remove_coding, seg))
            target.addAction(self.tr("Recode…"), partial(self.recode, seg))
            target.addAction(self.tr("Edit memo…"), partial(self.edit_memo, seg))

    def transcript_menu(self, actions: list[QAction], segments: list[Segment]) -> QMenu:
        menu = QMenu(self._window)
        if self.view.has_passage():
            for action in actions:
                menu.addAction(action)
            menu.addSeparator()
        if segments:
            self.add_coding_menu(menu, segments)
            menu.addSeparator()
        copy = menu.addAction(self.tr("&Copy"), self.view.copy)
        copy.setEnabled(self.view.textCursor().hasSelection())
        return menu

    def show_transcript_menu(
        self, pos: QPoint, segments: list[Segment], actions: list[QAction]
    ) -> None:
        self.transcript_menu(actions, segments).exec(pos)
