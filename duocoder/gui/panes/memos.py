"""Memos on the project, a document or a code: the researcher's running notes, written in a
roomy editor and saved through the core as one undoable step.

The dialog opens window-modal with `open()` rather than a blocking `exec()`, so the window
keeps painting and tests can type into the real editor. Memos on codings stay with the
coding actions, where the coding is at hand."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from duocoder.gui.common import icons
from duocoder.gui.common.controller import ProjectController

PREVIEW_CHARS = 300  # of a memo in a tooltip


def memo_preview(text: str | None, limit: int = PREVIEW_CHARS) -> str:
    """A memo shortened for a tooltip or a header line: whole words, an ellipsis if cut."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


class MemoDialog(QDialog):
    """Says what the memo is about, then a plain-text editor with room for a paragraph."""

    def __init__(self, title: str, about: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setWindowIcon(icons.icon("memo"))
        label = QLabel(about, self)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        self.edit = QPlainTextEdit(self)
        self.edit.setPlainText(text)
        self.edit.setTabChangesFocus(True)  # Tab reaches the buttons, as everywhere else
        self.edit.setAccessibleName(title)
        label.setBuddy(self.edit)
        lines = QFontMetrics(self.edit.font()).lineSpacing()
        self.edit.setMinimumHeight(8 * lines)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.buttons)
        self.resize(max(460, 36 * self.edit.fontMetrics().averageCharWidth()), 20 * lines)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)
        self.edit.setFocus()

    def text(self) -> str:
        return self.edit.toPlainText()


class MemoActions(QObject):
    """Opens the memo of a target, saves it through the controller, and says so."""

    message = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self.controller: ProjectController | None = None
        self.dialog: MemoDialog | None = None  # the open one, for tests and a second request

    def set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller
        if self.dialog is not None:
            self.dialog.reject()

    def edit(self, target: str, target_id: int | None, title: str, about: str) -> MemoDialog:
        """Open the memo editor; Save writes the memo (empty text removes it)."""
        assert self.controller is not None
        if self.dialog is not None:
            self.dialog.reject()
        current = self.controller.memo(target, target_id) or ""
        dialog = MemoDialog(title, about, current, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(lambda: self._save(target, target_id, current, dialog.text()))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _forget(self, dialog: MemoDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _save(self, target: str, target_id: int | None, before: str, text: str) -> None:
        if self.controller is None or text.strip() == before.strip():
            return
        self.controller.run(
            self.tr("Edit memo"),
            self.controller.project.set_memo,
            target,
            target_id,
            text.strip(),
            self.controller.coder or None,
        )
        self.message.emit(self.tr("Memo saved.") if text.strip() else self.tr("Memo removed."))

    # -- the three kinds --------------------------------------------------------------------
    def project_memo(self) -> MemoDialog | None:
        if self.controller is None:
            return None
        return self.edit(
            "project",
            None,
            self.tr("Project memo"),
            self.tr("Notes on the whole project '%1': aims, decisions, open questions.").replace(
                "%1", self.controller.project.name
            ),
        )

    def document_memo(self, doc_id: int | None) -> MemoDialog | None:
        if self.controller is None or doc_id is None:
            return None
        name = next((d.name for d in self.controller.documents() if d.id == doc_id), "")
        return self.edit(
            "document",
            doc_id,
            self.tr("Document memo"),
            self.tr("Notes on the interview '%1': setting, impressions, what stands out.").replace(
                "%1", name
            ),
        )

    def code_memo(self, code_id: int | None) -> MemoDialog | None:
        if self.controller is None or code_id is None:
            return None
        path = next((c.path for c in self.controller.codes() if c.id == code_id), "")
        return self.edit(
            "code",
            code_id,
            self.tr("Code memo"),
            self.tr("Notes on the code '%1': how it developed, doubts, links to theory.").replace(
                "%1", path
            ),
        )
