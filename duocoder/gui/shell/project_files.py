"""Project files for the window: new, open, the demo, the list of recent projects, and
encrypting or decrypting the open project (File ▸ Encrypt project… / Decrypt project…).
Team projects on a PostgreSQL server open here too (File ▸ Open team project…, or their
address from the recent projects or the command line), and are remembered by address."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QMessageBox

from duocoder.app import encryption
from duocoder.app.instances import project_key
from duocoder.app.project import Project
from duocoder.app.team_projects import is_team_address, open_team_project
from duocoder.domain.errors import (
    DuoCoderError,
    PassphraseNeededError,
    PasswordNeededError,
    WrongPassphraseError,
)
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.shell.instance_beacon import Beacon, bring_forward
from duocoder.gui.shell.new_project_dialog import NewProjectDialog
from duocoder.gui.shell.passphrase_dialog import ask_new_passphrase, ask_passphrase
from duocoder.gui.shell.team_project_dialog import ask_team_project

MAX_RECENT = 8


def wrong_passphrase(file_name: str) -> str:
    return _tr("The passphrase for %1 is not right.").replace("%1", file_name)


def recent_label(path: str) -> str:
    """How the recent projects name a project: a file by its name, a team project by its
    address without the scheme (user@host:port/database), which tells servers apart."""
    if is_team_address(path):
        return path.split("://", 1)[-1]
    return Path(path).name


def project_filter() -> str:
    return QCoreApplication.translate("MainWindow", "DuoCoder projects (*.duocoder)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class ProjectFilesMixin(QMainWindow):
    """Needs `set_project`, `open_project`, `show_error` and `controller` from the window.
    Its strings are in the MainWindow translation context, where the researcher sees them."""

    recent_menu: QMenu
    encrypt_action: QAction
    decrypt_action: QAction

    if TYPE_CHECKING:  # provided by MainWindow
        controller: ProjectController | None

        def set_project(self, project: Project | None) -> None: ...
        def open_project(self, path: str) -> bool: ...
        def show_opened(self, project: Project) -> None: ...
        def show_error(self, message: str) -> None: ...

    # -- one window per project --------------------------------------------------------------
    _beacon: Beacon | None = None

    def claim_project(self, address: str) -> None:
        """Answer for the project just opened: another DuoCoder asked to open it brings this
        window forward instead (see `instance_beacon`)."""
        self._beacon = Beacon(address, self.come_forward)
        self._beacon.listen()  # when it cannot, the project still opens: nothing is lost

    def release_project_claim(self) -> None:
        if self._beacon is not None:
            self._beacon.close()
            self._beacon = None

    def come_forward(self) -> None:
        """Show this window on top, as another DuoCoder asked for it (a window manager that
        keeps focus where the researcher is typing flashes it in the task bar instead)."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()
        QApplication.alert(self)

    def is_open_here(self, path: str) -> bool:
        """Whether this window has the project at `path` open (under any of its names)."""
        if self.controller is None:
            return False
        if project_key(self.controller.project.address) != project_key(path):
            return False
        self.come_forward()  # from File ▸ Open recent it is at the front: nothing changes
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "%1 is open in this window.").replace(
                "%1", recent_label(path)
            ),
            6000,
        )
        return True

    def shown_elsewhere(self, path: str) -> bool:
        """Whether another DuoCoder window (another process) has the project at `path` open;
        it has been brought forward then."""
        if not bring_forward(path):
            return False
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow",
                "%1 is open in another DuoCoder window; it has been brought forward.",
            ).replace("%1", recent_label(path)),
            8000,
        )
        return True

    def open_project_file(self, path: str) -> Project | None:
        """The project at `path`, opened; an encrypted one after its passphrase was typed in
        a small dialog (asked again, with the sentence, after a wrong one). None when the
        researcher cancels or the file cannot be opened (the error is shown). A team
        project's address opens with `open_team_project_at`."""
        if is_team_address(path):
            return self.open_team_project_at(path)
        secret: str | None = None
        error: str | None = None
        while True:
            try:
                return Project.open(path, secret)
            except PassphraseNeededError as exc:
                if isinstance(exc, WrongPassphraseError):
                    error = wrong_passphrase(Path(path).name)
                secret = ask_passphrase(self, Path(path).name, error)
                if secret is None:
                    return None
            except DuoCoderError as exc:
                self.show_error(str(exc))
                return None

    def open_team_project_at(self, address: str) -> Project | None:
        """The team project at `address` (from the recent projects or the command line):
        with the password from the password file or the keyring without a question, else
        after the researcher typed it in the team project dialog. None when cancelled or
        when it cannot be opened (the error is shown, in one sentence)."""
        error: str | None = None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # up to 10 s to connect
        try:
            return open_team_project(address)
        except PasswordNeededError:
            pass  # the dialog asks for it, below
        except DuoCoderError as exc:
            error = str(exc)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if error is not None:
            self.show_error(error)
            return None
        return ask_team_project(self, address)

    def choose_team_project(self) -> None:
        """File ▸ Open team project…: the dialog, then the project like one opened from a
        file (title, recent projects)."""
        project = ask_team_project(self)
        if project is not None:
            self.show_opened(project)

    def encrypt_open_project(self) -> None:
        """File ▸ Encrypt project…: a new passphrase (typed twice), then the project is
        closed, encrypted on disk and opened again; plain backups beside it are named."""
        project = self.controller.project if self.controller is not None else None
        if project is None or project.encrypted or project.path is None:
            return  # a team project is protected by its server, not by a passphrase
        path = project.path
        secret = ask_new_passphrase(self, path.name)
        if secret is None:
            return
        self.set_project(None)  # the file is rewritten: nothing may hold it open
        try:
            report = encryption.encrypt_project(path, secret)
        except DuoCoderError as exc:
            self.show_error(str(exc))
            self._reopen(path, None)
            return
        self._reopen(path, secret)
        if report.plain_backups:
            QMessageBox.information(
                self,
                _tr("Encrypt project"),
                _tr(
                    "%1 is encrypted. These backups beside it are not; delete them if they "
                    "should not be readable:\n\n%2"
                )
                .replace("%1", path.name)
                .replace("%2", "\n".join(str(b) for b in report.plain_backups)),
            )
        else:
            self.statusBar().showMessage(_tr("%1 is encrypted.").replace("%1", path.name), 6000)

    def decrypt_open_project(self) -> None:
        """File ▸ Decrypt project…: its passphrase once more (whoever sits at an unlocked
        laptop must not take the protection away), then it is stored unencrypted."""
        project = self.controller.project if self.controller is not None else None
        if project is None or not project.encrypted or project.path is None:
            return
        path = project.path
        error: str | None = None
        while True:
            secret = ask_passphrase(self, path.name, error)
            if secret is None:
                return
            if encryption.check_passphrase(path, secret):
                break
            error = wrong_passphrase(path.name)
        self.set_project(None)
        try:
            encryption.decrypt_project(path, secret)
        except DuoCoderError as exc:
            self.show_error(str(exc))
            self._reopen(path, secret)
            return
        self._reopen(path, None)
        self.statusBar().showMessage(
            _tr("%1 is no longer encrypted.").replace("%1", path.name), 6000
        )

    def _reopen(self, path: Path, secret: str | None) -> None:
        try:
            self.set_project(Project.open(path, secret))
        except DuoCoderError as exc:
            self.show_error(str(exc))

    def update_encryption_actions(self) -> None:
        """Encrypt for an open plain project one may write, decrypt for an encrypted one."""
        project = self.controller.project if self.controller is not None else None
        writable = project is not None and not project.read_only
        self.encrypt_action.setEnabled(writable and project is not None and not project.encrypted)
        self.decrypt_action.setEnabled(writable and project is not None and project.encrypted)

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open project"),
            "",
            project_filter(),
        )
        if path:
            self.open_project(path)

    def new_project(self) -> NewProjectDialog:
        """File ▸ New project…: the dialog (name, folder, language, codebook); the project
        it makes opens here."""
        dialog = NewProjectDialog(self)
        dialog.setModal(True)
        dialog.accepted.connect(lambda: self._show_new(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _show_new(self, dialog: NewProjectDialog) -> None:
        if dialog.made is not None:
            self.set_project(dialog.made.project)
            dialog.made = None

    def open_demo(self) -> None:
        from duocoder.app.demo import build_demo, default_demo_path

        path = default_demo_path()
        try:
            if not path.exists():
                build_demo(path)
        except DuoCoderError as exc:
            self.show_error(str(exc))
            return
        except Exception as exc:  # the demo depends on parts still being written
            self.show_error(
                QCoreApplication.translate(
                    "MainWindow", "The demo project could not be built (%1)."
                ).replace("%1", type(exc).__name__)
            )
            return
        self.open_project(str(path))

    def stored_recent(self) -> list[str]:
        """The recent projects as remembered, also those no longer found (the welcome page
        marks them: a USB stick may just not be plugged in)."""
        value = QSettings().value("recent", [])
        if isinstance(value, str):  # QSettings gives one string for a list of one
            return [value]
        if isinstance(value, Iterable):
            return [str(p) for p in value]
        return []

    def recent_projects(self) -> list[str]:
        # a team project stays listed: whether its server is reachable shows when it opens
        return [p for p in self.stored_recent() if is_team_address(p) or Path(p).exists()]

    def forget_recent(self, path: str) -> None:
        """Take one project off the recent projects (the welcome page's ✕); the project
        itself is not touched."""
        QSettings().setValue("recent", [p for p in self.stored_recent() if p != path])
        if str(QSettings().value("last_project", "") or "") == path:
            QSettings().remove("last_project")
        if self.controller is None:
            self.show_recent()

    def show_recent(self) -> None:
        """Defined by the window: the recent projects on its welcome page."""

    def _remember(self, path: str) -> None:
        recent = [path, *[p for p in self.stored_recent() if p != path]][:MAX_RECENT]
        settings = QSettings()
        settings.setValue("recent", recent)
        settings.setValue("last_project", path)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for i, path in enumerate(self.recent_projects()):
            self.recent_menu.addAction(
                f"&{i + 1} {recent_label(path)}", partial(self.open_project, path)
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "(none yet)")
            ).setEnabled(False)
