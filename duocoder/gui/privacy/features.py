"""The privacy features in the window: Tools ▸ Privacy review… and Pseudonymise…,
Document ▸ Restore original… and Text history…, and Edit ▸ Undo of a step sealed with the
pseudonymisation key (the key is asked for, unlocked for the session, and the step tried
again; Cancel leaves everything as it was).

`install_privacy_features(window)` is the one entry point; like the Text menu it uses only
what the window offers (its menus and actions, `insert_menu`, the Analysis pane,
`project_changed`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duocoder.domain.errors import DuoCoderError
from duocoder.domain.privacy import DocumentEventInfo
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.privacy.key_dialog import KeyDialog
from duocoder.gui.privacy.view import PrivacyView

if TYPE_CHECKING:
    from duocoder.gui.shell.main_window import MainWindow

    PrivacyHost: TypeAlias = MainWindow

OBJECT_NAME = "privacy_features"
REVIEW_SHORTCUT = "Ctrl+Shift+P"


class PrivacyFeatures(QObject):
    def __init__(self, window: PrivacyHost) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self.window = window
        self.controller: ProjectController | None = None
        self.review = self._action(self.tr("Privacy &review…"), self.open_review)
        self.review.setShortcut(QKeySequence(REVIEW_SHORTCUT))
        self.review.setStatusTip(
            self.tr("Names, places and numbers that identify people: review and pseudonymise")
        )
        self.pseudonymise = self._action(self.tr("&Pseudonymise…"), self.open_pseudonymise)
        self.restore = self._action(self.tr("Restore &original…"), self.restore_original)
        self.restore.setStatusTip(
            self.tr("Bring back the original names of this document from the key file")
        )
        self.history = self._action(self.tr("Text &history…"), self.show_history)
        self.menu = QMenu(self.tr("&Tools"), window)
        self.menu.setObjectName("tools_menu")
        self.menu.addAction(self.review)
        self.menu.addAction(self.pseudonymise)
        window.insert_menu(self.menu, after_view=True)
        document = self._document_menu()
        if document is not None:
            document.addSeparator()
            document.addAction(self.restore)
            document.addAction(self.history)
            document.aboutToShow.connect(self._update_actions)
        window.project_changed.connect(self._set_controller)
        self._set_controller(window.controller)

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _c=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    def _document_menu(self) -> QMenu | None:
        """The window's Document menu: the one holding Document ▸ Properties…."""
        for obj in self.window.actions_.properties.associatedObjects():
            if isinstance(obj, QMenu) and obj.parent() is self.window.menuBar():
                return obj
        return None

    def _set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller
        if controller is not None:
            controller.key_needed.connect(self.unlock_and_retry)
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.controller is not None
        for action in (self.review, self.pseudonymise):
            action.setEnabled(has)
        document = has and self.window.transcript.doc_id is not None
        self.restore.setEnabled(document and not self._read_only())
        self.history.setEnabled(document)

    def _read_only(self) -> bool:
        return self.controller is not None and self.controller.project.read_only

    # -- the review ----------------------------------------------------------------------------
    def open_review(self) -> PrivacyView | None:
        if self.controller is None:
            return None
        view = self.window.analysis.open_view("privacy")
        return view if isinstance(view, PrivacyView) else None

    def open_pseudonymise(self) -> QDialog | None:
        view = self.open_review()
        return view.open_pseudonymise() if view is not None else None

    # -- the key -------------------------------------------------------------------------------
    def restore_original(self, dialog: KeyDialog | None = None) -> int | None:
        """Document ▸ Restore original…: the current document's original names back from
        the key file (one undo step). Returns how many replacements were undone."""
        controller, doc_id = self.controller, self.window.transcript.doc_id
        if controller is None or doc_id is None:
            return None
        project = controller.project
        name = next((d.name for d in controller.documents() if d.id == doc_id), "")
        dialog = dialog or KeyDialog(
            self.tr("Restore original"),
            self.tr(
                "The original names of %1 come back from the key file. Its codings stay "
                "where they are; Edit ▸ Undo puts the pseudonyms back."
            ).replace("%1", name),
            project.path or project.address,
            self.window,
            ok_text=self.tr("&Restore"),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        undone = controller.run(
            self.tr("Restore the original of %1").replace("%1", name),
            project.restore_original,
            doc_id,
            dialog.fields.key_path(),
            dialog.fields.secret(),
        )
        if undone is not None:
            self.window.statusBar().showMessage(
                self.tr("%n name(s) restored in %1.", "", undone).replace("%1", name), 8000
            )
        return undone

    def unlock_and_retry(self, undoing: bool, label: str, dialog: KeyDialog | None = None) -> bool:
        """An undo or redo needs the key: ask for it (again after a wrong one), unlock it
        for this session and try the step once more. False when cancelled."""
        controller = self.controller
        if controller is None:
            return False
        project = controller.project
        what = self.tr("Undoing") if undoing else self.tr("Redoing")
        dialog = dialog or KeyDialog(
            self.tr("Pseudonymisation key"),
            self.tr(
                "%1 '%2' needs the pseudonymisation key: it holds the original names. The "
                "key stays unlocked until the project is closed."
            )
            .replace("%1", what)
            .replace("%2", label),
            project.path or project.address,
            self.window,
            ok_text=self.tr("&Unlock"),
        )
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                project.unlock_key(dialog.fields.key_path(), dialog.fields.secret())
            except DuoCoderError as exc:
                dialog.fields.show_problem(str(exc))
                dialog.fields.passphrase.clear()
                continue
            controller.retry_step(undoing)
            return True
        return False

    def show_history(self) -> QDialog | None:
        """Document ▸ Text history…: when the document's text was pseudonymised or
        restored, by whom, and how many names."""
        controller, doc_id = self.controller, self.window.transcript.doc_id
        if controller is None or doc_id is None:
            return None
        name = next((d.name for d in controller.documents() if d.id == doc_id), "")
        try:
            events = controller.project.document_history(doc_id)
        except DuoCoderError as exc:
            self.window.show_error(str(exc))
            return None
        dialog = HistoryDialog(name, events, self.window)
        dialog.open()
        return dialog


class HistoryDialog(QDialog):
    """The sanctioned changes of a document's text, oldest first."""

    def __init__(
        self, name: str, events: list[DocumentEventInfo], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_history_dialog")
        self.setWindowTitle(self.tr("Text history of %1").replace("%1", name))
        intro = QLabel(
            self.tr("The text of %1 was never changed since it was imported.").replace("%1", name)
            if not events
            else self.tr("Every change of the text of %1 since it was imported:").replace(
                "%1", name
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(events), 4, self)
        self.table.setObjectName("privacy_history")
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What"), self.tr("Who"), self.tr("Names")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        words = {"pseudonymised": self.tr("pseudonymised"), "restored": self.tr("restored")}
        for row, e in enumerate(events):
            cells = (
                e.at.strftime("%Y-%m-%d %H:%M"),
                words.get(e.event, e.event),
                e.coder or "",
                str(e.replacements),
            )
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(events))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(520, 300)


def install_privacy_features(window: PrivacyHost) -> PrivacyFeatures:
    return PrivacyFeatures(window)
