"""The DuoCoder window: documents and codes on the left, the transcript in the middle,
retrieved segments below. It wires the panes to one `ProjectController` and keeps the
window's own state (geometry, recent projects) in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.changes import Changes
from duocoder.app.project import Project
from duocoder.domain.errors import DuoCoderError
from duocoder.gui.analysis import dock as analysis_dock
from duocoder.gui.common import icons, theme
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.language.menu import install_language_features
from duocoder.gui.panes.code_menu import CodeMenu
from duocoder.gui.panes.codes import CodesPane
from duocoder.gui.panes.documents import DocumentsPane
from duocoder.gui.panes.import_dialog import ImportDialog
from duocoder.gui.panes.memos import MemoActions
from duocoder.gui.panes.qdpx_import_dialog import QdpxImportDialog
from duocoder.gui.panes.segments import SegmentsPane
from duocoder.gui.privacy.features import install_privacy_features
from duocoder.gui.shell import coders, menus, window_setup
from duocoder.gui.shell.about_dialog import AboutDialog
from duocoder.gui.shell.header import DocumentHeader
from duocoder.gui.shell.merge_dialog import MergeDialog, merge_into
from duocoder.gui.shell.project_files import ProjectFilesMixin
from duocoder.gui.shell.qdpx_export import QdpxExportDialog, export_project
from duocoder.gui.shell.welcome import WelcomePage
from duocoder.gui.transcript.coding_actions import CodingActions
from duocoder.gui.transcript.find import FindAllDialog, FindBar
from duocoder.gui.transcript.listening import install_listening
from duocoder.gui.transcript.sync import TranscriptSync
from duocoder.gui.transcript.view import TranscriptView

TRANSCRIPT_TABLES = ("codings", "codes", "documents", "memos")


class MainWindow(ProjectFilesMixin):
    # The open project's ProjectController, or None: emitted with None before a project is
    # closed (so listeners stop their background work while its file is still open), then
    # with the new controller once the window shows it.
    project_changed = Signal(object)

    # set by `menus.build_menus` (`recent_menu` is declared by ProjectFilesMixin)
    analysis_menu: QMenu
    theme_menu: QMenu
    language_menu: QMenu
    coders_menu: QMenu
    analysis_button: QAction
    quick_bar: QToolBar

    def __init__(self) -> None:
        super().__init__()
        self.controller: ProjectController | None = None
        self.undo_group = QUndoGroup(self)
        self.setWindowIcon(icons.app_icon())
        self.setAcceptDrops(True)
        self.setDockNestingEnabled(True)
        # the transcript, with its header and find bar
        self.transcript = TranscriptView(self)
        self.sync = TranscriptSync(self.transcript)
        self.header = DocumentHeader(self)
        self.find_bar = FindBar(self.transcript, self)
        workspace = QWidget(self)
        column = QVBoxLayout(workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.header)
        column.addWidget(self.transcript, 1)
        column.addWidget(self.find_bar)
        self.welcome = WelcomePage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(workspace)
        self.setCentralWidget(self.stack)
        # panes
        self.documents = DocumentsPane(self)
        self.codes = CodesPane(self)
        self.segments = SegmentsPane(self)
        self.docks = [
            self._dock(
                self.tr("&Documents"),
                "documents",
                self.documents,
                Qt.DockWidgetArea.LeftDockWidgetArea,
            ),
            self._dock(
                self.tr("Co&des"), "codes", self.codes, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            self._dock(
                self.tr("&Retrieved segments"),
                "segments",
                self.segments,
                Qt.DockWidgetArea.BottomDockWidgetArea,
            ),
        ]
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        # the Analysis pane, hidden until used
        self.analysis = analysis_dock.install(self, self.documents, self.codes, self.open_passage)
        self.coding = CodingActions(self.transcript, self.codes.current_code, self)
        self.code_menu = CodeMenu(self.codes, self)
        self.memos = MemoActions(self)
        self.segments.coding_actions = self.coding
        self.actions_ = menus.build_actions(self)
        menus.build_menus(self, self.actions_)
        install_language_features(self)  # Text menu: search, suggestions, word frequencies
        self.privacy = install_privacy_features(self)  # Tools menu: the privacy review
        self.listening = install_listening(self)  # the recording's player under the text
        self.coders_ui = coders.CodersUi(self, self.coders_menu)  # View ▸ Coders, status bar
        self.hint = QLabel(
            self.tr(
                "To code: select text, then double-click a code, drag the text onto a code, "
                "or press Ctrl+1…9 for a quick code. Alt while selecting keeps exact characters."
            ),
            self,
        )
        self.hint.setEnabled(False)
        self.statusBar().addPermanentWidget(self.hint)
        # wiring
        self.documents.open_requested.connect(self.show_document)
        self.documents.memo_requested.connect(self.memos.document_memo)
        self.code_menu.memo_requested.connect(self.memos.code_memo)
        self.header.memo_requested.connect(lambda: self.memos.document_memo(self.transcript.doc_id))
        self.memos.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.documents.selection_changed.connect(self._update_scope)
        self.codes.checked_changed.connect(self._update_scope)
        self.codes.apply_requested.connect(self.coding.apply_code)
        self.codes.model.passage_dropped.connect(
            lambda c, d, a, b: self.coding.apply_code(c, (d, a, b))
        )
        self.codes.model.move_requested.connect(self._move_code)
        self.segments.open_passage.connect(self.open_passage)
        self.transcript.context_requested.connect(
            lambda pos, segs: self.coding.show_transcript_menu(
                pos, segs, [self.actions_.code_with, self.actions_.invivo]
            )
        )
        self.transcript.passage_selected.connect(self._update_actions)
        self.coding.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.coding.recent_changed.connect(lambda: menus.fill_quick_bar(self, self.actions_))
        self.welcome.new_requested.connect(self.new_project)
        self.welcome.open_requested.connect(self.choose_project)
        self.welcome.team_requested.connect(self.choose_team_project)
        self.welcome.demo_requested.connect(self.open_demo)
        self.welcome.recent_requested.connect(self.open_project)
        self.welcome.forget_requested.connect(self.forget_recent)
        self._find_all: FindAllDialog | None = None
        self._palette = theme.palette_key()  # the one the transcript was formatted with
        window_setup.name_widgets(self)
        window_setup.place_window(self)
        self.set_project(None)

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # -- projects ---------------------------------------------------------------------------
    def set_project(self, project: Project | None) -> None:
        self.analysis.shut_down()  # no analysis may still read the project being closed
        self.release_project_claim()
        if self.controller is not None:
            self.undo_group.removeStack(self.controller.undo_stack)
            old, self.controller = self.controller, None
            self.project_changed.emit(None)
            old.close()
            old.deleteLater()
        self.transcript.show_document(None, "", [], [], [], {})
        self.find_bar.close_bar()
        if project is not None:
            self.controller = ProjectController(project, self)
            self.controller.failed.connect(self.show_error)
            self.undo_group.addStack(self.controller.undo_stack)
            self.undo_group.setActiveStack(self.controller.undo_stack)
        parts = (self.documents, self.codes, self.segments, self.coding, self.code_menu, self.memos)
        for part in (*parts, self.analysis):
            part.set_controller(self.controller)
        if self.controller is not None:
            self.controller.changed.connect(self._on_changed)
            self.claim_project(self.controller.project.address)
            self.project_changed.emit(self.controller)
            self._remember(self.controller.project.address)
            docs = self.documents.model.documents()
            if docs:
                self.documents.show_document(docs[0].id)
        else:
            self.show_recent()
        self._update_header()  # the open document's, or why the page is empty
        self.stack.setCurrentIndex(1 if project else 0)
        for dock in self.docks:
            dock.setVisible(project is not None)
        self.hint.setVisible(project is not None)  # about coding: not on the welcome page
        window_setup.size_panes_once(self)
        self._update_title()
        self._update_actions()

    def show_recent(self) -> None:
        self.welcome.set_recent(self.stored_recent())

    def insert_menu(self, menu: QMenu, *, after_view: bool = False) -> None:
        """Put a feature's menu on the menu bar: just before View (the Text menu), or just
        after it (Tools), where researchers look for them in other programs."""
        view = next(
            (
                m
                for m in self.actions_.bigger.associatedObjects()
                if isinstance(m, QMenu) and m.parent() is self.menuBar()
            ),
            None,
        )
        if view is None:
            self.menuBar().addMenu(menu)
            return
        if not after_view:
            self.menuBar().insertMenu(view.menuAction(), menu)
            return
        actions = self.menuBar().actions()
        following = actions.index(view.menuAction()) + 1
        if following < len(actions):
            self.menuBar().insertMenu(actions[following], menu)
        else:
            self.menuBar().addMenu(menu)

    def open_project(self, path: str) -> bool:
        """Open the project at `path` (a file or a team project's address) in this window;
        whether it is open here now. A project this window has open already stays as it
        is; one another DuoCoder window has open is brought forward there instead."""
        if self.is_open_here(path):
            return True
        if self.shown_elsewhere(path):
            return False
        project = self.open_project_file(path)  # asks an encrypted project's passphrase
        if project is None:
            return False
        self.show_opened(project)
        return True

    def show_opened(self, project: Project) -> None:
        """Show a project just opened (from a file, an address or the team project dialog)."""
        self.set_project(project)
        self._offer_to_remove_repeats()

    def _offer_to_remove_repeats(self) -> None:
        """Older versions stored a passage coded twice with one code by one coder; such a
        repeat counts twice in every analysis. Asked once per project file, as the CLI
        mentions it on every open (`duocoder check`)."""
        if self.controller is None or self.controller.project.read_only:
            return
        project = self.controller.project
        repeats = sum(len(d.extra) for d in project.duplicate_codings())
        key = f"repeats_asked/{project.address}"
        if not repeats or QSettings().value(key, False, bool):
            return
        QSettings().setValue(key, True)
        answer = QMessageBox.question(
            self,
            self.tr("Repeated codings"),
            self.tr(
                "This project has %n repeated coding(s): a passage coded again with the same "
                "code by the same coder, as older versions of DuoCoder allowed, so it counts "
                "twice in every analysis. Remove the repeats? Each passage keeps its first "
                "coding and every memo; Edit ▸ Undo takes it back.",
                "",
                repeats,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.run(
                self.tr("Remove repeated codings"), project.remove_duplicate_codings
            )

    def close_project(self) -> None:
        self.set_project(None)

    # -- showing ----------------------------------------------------------------------------
    def show_document(self, doc_id: int) -> None:
        if self.controller is None:
            return
        project = self.controller.project
        try:
            text = project.text(doc_id)
        except DuoCoderError as exc:
            self.show_error(str(exc))
            return
        self.controller.set_current_document(doc_id)  # blind coding is per document
        self.transcript.show_document(
            doc_id,
            text,
            project.turns(doc_id),
            [(p.start, p.end) for p in project.paragraphs(doc_id)],
            project.segments(documents=[doc_id]),
            self.sync.remember(self.controller.codes()),
        )
        self._palette = theme.palette_key()
        self._update_header()
        self._update_actions()
        self.find_bar.search()

    def _update_header(self) -> None:
        doc_id = self.transcript.doc_id
        if self.controller is None or doc_id is None:
            self.header.show_document(None, None)
            return
        info = next((d for d in self.controller.documents() if d.id == doc_id), None)
        self.header.show_document(info, self.controller.memo("document", doc_id))

    def open_passage(self, doc_id: int, start: int, end: int) -> None:
        if self.transcript.doc_id != doc_id:
            self.documents.show_document(doc_id)
            if self.transcript.doc_id != doc_id:
                self.show_document(doc_id)
        self.transcript.select_span(start, end)
        self.transcript.setFocus()

    def _on_changed(self, changes: Changes) -> None:
        if self.controller is not None and changes.any_of("settings"):
            self._update_title()
        if self.controller is None or not changes.any_of(*TRANSCRIPT_TABLES):
            return
        doc_id = self.transcript.doc_id
        docs = {d.id for d in self.controller.documents()}
        if doc_id is not None and doc_id not in docs:
            self.transcript.show_document(None, "", [], [], [], {})
            self._update_header()
            self._update_actions()
        elif doc_id is not None:
            if doc_id in changes.documents and self.controller.project.text(doc_id) != (
                self.transcript.text
            ):  # pseudonymised or restored: the one sanctioned change of a text
                self.show_document(doc_id)
                return
            if changes.any_of("codings", "codes"):
                self.sync.refresh(self.controller, changes)
            if changes.any_of("documents", "memos"):
                self._update_header()
        elif docs:
            self.documents.show_document(min(docs))

    def _update_scope(self) -> None:
        self.segments.set_scope(self.codes.checked_codes(), self.documents.selected_documents())

    def _update_actions(self, *_args: object) -> None:
        has = self.controller is not None
        a = self.actions_
        for action in (
            a.import_,
            a.import_qdpx,
            a.merge_project,
            a.export_qdpx,
            a.close,
            a.find,
            a.find_next,
            a.find_previous,
            a.find_all,
            a.add_code,
            a.project_memo,
            a.code_memo,
            a.go_analysis,
            *a.analysis.values(),
        ):
            action.setEnabled(has)
        a.document_memo.setEnabled(has and self.transcript.doc_id is not None)
        a.export_codebook.setEnabled(
            self.controller is not None and hasattr(self.controller.project, "export_codebook")
        )
        passage = has and self.transcript.has_passage()
        a.code_with.setEnabled(passage)
        a.invivo.setEnabled(passage)

    def _update_title(self) -> None:
        name = self.controller.project.name if self.controller else ""
        if name and self.controller is not None and self.controller.project.read_only:
            # a project from a read-only folder or file: say so before the first edit fails
            name = self.tr("%1 (read-only)").replace("%1", name)
        if name and self.controller is not None and self.controller.project.encrypted:
            name = f"🔒 {name}"  # encrypted at rest: the researcher can see it is protected
        if name and self.controller is not None and self.controller.project.on_server:
            # which server and database: a team may keep a test copy beside the real study
            name = f"{name} — {self.controller.project.address}"
        self.setWindowTitle(f"{name} — DuoCoder" if name else "DuoCoder")
        self.update_encryption_actions()

    # -- commands ---------------------------------------------------------------------------
    def _move_code(self, code_id: int, parent: int | None, position: int | None) -> None:
        if self.controller is not None:
            self.controller.run(
                self.tr("Move code"), self.controller.project.move_code, code_id, parent, position
            )

    def import_files(self, files: list[str] | None = None) -> ImportDialog | None:
        if self.controller is None:
            return None
        dialog = ImportDialog(self.controller, files, self)
        dialog.setModal(True)
        dialog.open()
        return dialog

    def import_qdpx(self, path: str | None = None) -> QdpxImportDialog | None:
        """File ▸ Import ▸ REFI-QDA project…: a .qdpx merged in, reported as it goes."""
        if self.controller is None:
            return None
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import REFI-QDA project"), "", self.tr("REFI-QDA project (*.qdpx)")
            )
            if not path:
                return None
        dialog = QdpxImportDialog(self.controller, path, self)
        dialog.setModal(True)
        dialog.open()
        dialog.start()
        return dialog

    def merge_projects(self, paths: list[str] | None = None) -> MergeDialog | None:
        """File ▸ Merge project…: coders' copies merged in and reported; one undo step."""
        return None if self.controller is None else merge_into(self, self.controller, paths)

    def export_qdpx(self, path: str | None = None) -> QdpxExportDialog | None:
        """File ▸ Export ▸ REFI-QDA project…: the whole project as .qdpx, in the background."""
        return None if self.controller is None else export_project(self, self.controller, path)

    def export_codebook(self) -> None:
        if self.controller is None or not hasattr(self.controller.project, "export_codebook"):
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export codebook"), "", self.tr("Codebook (*.qdc *.docx)")
        )
        if path:
            try:
                self.controller.project.export_codebook(path)
            except DuoCoderError as exc:
                self.show_error(str(exc))
                return
            self.statusBar().showMessage(
                self.tr("Codebook written to %1.").replace("%1", path), 6000
            )

    def find_everywhere(self) -> None:
        if self.controller is None:
            return
        if self._find_all is None or self._find_all.controller is not self.controller:
            self._find_all = FindAllDialog(self.controller, self)
            self._find_all.open_passage.connect(self.open_passage)
        self._find_all.show()
        self._find_all.raise_()
        self._find_all.edit.setFocus()

    def set_coder_name(self) -> None:
        """Edit ▸ Coder…: the coder's name and colour."""
        coders.edit_coder(self)

    def set_theme(self, name: str) -> None:
        """Switch between the system's look, light and dark at once, and remember it."""
        QSettings().setValue("theme", name)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # always, in the window
            theme.apply_theme(app, name)
        self._follow_palette()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        window_setup.clamp_restored(self)  # its frame is known now: that must fit too
        window_setup.size_panes_once(self)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # also when the system switches
            self._follow_palette()
        elif event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            # back from a terminal or another window that may have changed the history
            # (`controller` is not set yet while `__init__` builds the window)
            controller: ProjectController | None = getattr(self, "controller", None)
            if controller is not None:
                controller.sync_undo_stack()

    def _follow_palette(self) -> None:
        """Highlights and the header are written in the palette's colours: redo them once
        for a new palette."""
        if getattr(self, "controller", None) is None or theme.palette_key() == self._palette:
            return  # (also during __init__, before there is anything to redo)
        if self.transcript.doc_id is not None:
            self.show_document(self.transcript.doc_id)

    def set_language(self, code: str) -> None:
        QSettings().setValue("language", code)
        QMessageBox.information(
            self, "DuoCoder", self.tr("The new language is used the next time DuoCoder starts.")
        )

    def about(self) -> AboutDialog:
        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, "DuoCoder", message)

    # -- window -----------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.controller is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files and self.controller is not None:
            event.acceptProposedAction()
            files = self.listening.take_dropped(files)  # a recording: linked, not imported
            if files:
                self.import_files(files)

    def closeEvent(self, event: QCloseEvent) -> None:
        window_setup.save_window(self)
        self.set_project(None)
        super().closeEvent(event)
