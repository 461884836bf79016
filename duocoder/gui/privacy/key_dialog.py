"""The key file and its passphrase, asked where the privacy features need them: to
pseudonymise (a new key file is made, its passphrase typed twice), to restore a document's
original, and to undo or redo a step sealed with the key.

The key holds the original names, so it must live apart from the project: the default is
the user's documents folder, never the project's folder, and the dialog says why in one
sentence. The key file's path (never the passphrase) is remembered per project, so the
next restore or undo offers the same file."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

KEY_SUFFIX = ".key.age"
ProjectPlace = Path | str
"""A project file, or a team project's address (which has no folder of its own)."""


def _setting(project_path: ProjectPlace) -> str:
    where = project_path if isinstance(project_path, str) else str(project_path.resolve())
    return f"privacy/key/{hashlib.sha1(where.encode('utf-8')).hexdigest()[:16]}"


def _stem(project_path: ProjectPlace) -> str:
    if isinstance(project_path, Path):
        return project_path.stem
    return re.sub(r"\W+", "-", project_path.rsplit("/", 1)[-1]).strip("-") or "team-project"


def remembered_key(project_path: ProjectPlace) -> str:
    """The key file last used for this project, else `<project>.key.age` in the user's
    documents folder."""
    value = QSettings().value(_setting(project_path), "")
    if isinstance(value, str) and value:
        return value
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder or Path.home()) / f"{_stem(project_path)}{KEY_SUFFIX}")


def remember_key(project_path: ProjectPlace, key_path: str) -> None:
    QSettings().setValue(_setting(project_path), key_path)


class KeyFields(QWidget):
    """Key file (with Browse…) and passphrase; a second passphrase field appears while the
    chosen key file does not exist yet (a mistyped new passphrase would lock the originals
    away for good)."""

    def __init__(
        self, project_path: ProjectPlace, *, may_create: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.project_path = project_path
        self.may_create = may_create
        self.path = QLineEdit(remembered_key(project_path), self)
        self.path.setObjectName("privacy_key_path")
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.passphrase = self._secret("privacy_key_passphrase")
        self.again = self._secret("privacy_key_again")
        self.again_label = QLabel(self.tr("&Again:"), self)
        self.again_label.setBuddy(self.again)
        self.apart = QLabel(
            self.tr(
                "The key file holds the original names: keep it apart from the project "
                "(not in the same folder, not in the same shared drive or e-mail)."
            ),
            self,
        )
        self.apart.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("privacy_key_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.hide()
        form = QFormLayout()
        path_label = QLabel(self.tr("&Key file:"), self)
        path_label.setBuddy(self.path)
        form.addRow(path_label, row)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.again_label, self.again)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.apart)
        layout.addWidget(self.problem)
        self.path.textChanged.connect(self._update)
        self._update()

    def _secret(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.textChanged.connect(self._update)
        return field

    def _browse(self) -> None:
        if self.may_create:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Key file"),
                self.path.text(),
                self.tr("Key file (*.key.age);;All files (*)"),
                options=QFileDialog.Option.DontConfirmOverwrite,  # an existing key is reused
            )
        else:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Key file"),
                self.path.text(),
                self.tr("Key file (*.age);;All files (*)"),
            )
        if path:
            self.path.setText(path)

    def is_new(self) -> bool:
        text = self.path.text().strip()
        return self.may_create and bool(text) and not Path(text).exists()

    def _update(self) -> None:
        new = self.is_new()
        self.again.setVisible(new)
        self.again_label.setVisible(new)
        differ = new and bool(self.again.text()) and self.again.text() != self.passphrase.text()
        inside = self._inside_project_folder()
        if differ:
            self.show_problem(self.tr("The passphrases differ."))
        elif inside and new:
            self.show_problem(
                self.tr("This key file would lie in the project's folder; choose another.")
            )
        elif inside:
            self.show_problem(
                self.tr("This key file lies in the project's folder: move it elsewhere.")
            )
        else:
            self.show_problem(None)

    def _inside_project_folder(self) -> bool:
        text = self.path.text().strip()
        if not text or isinstance(self.project_path, str):  # a server has no folder here
            return False
        return Path(text).resolve().parent == self.project_path.resolve().parent

    def show_problem(self, text: str | None) -> None:
        self.problem.setText(text or "")
        self.problem.setVisible(bool(text))

    def ready(self) -> bool:
        if not self.path.text().strip() or not self.passphrase.text():
            return False
        if self.is_new():  # a new key is never made beside the project
            inside = self._inside_project_folder()
            return not inside and self.again.text() == self.passphrase.text()
        return self.may_create or Path(self.path.text().strip()).exists()

    def key_path(self) -> str:
        return self.path.text().strip()

    def secret(self) -> str:
        return self.passphrase.text()


class KeyDialog(QDialog):
    """A sentence, the key fields and OK/Cancel: restore an original, unlock for undo."""

    def __init__(
        self,
        title: str,
        sentence: str,
        project_path: ProjectPlace,
        parent: QWidget | None = None,
        *,
        ok_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_key_dialog")
        self.setWindowTitle(title)
        intro = QLabel(sentence, self)
        intro.setWordWrap(True)
        self.fields = KeyFields(project_path, may_create=False, parent=self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok.setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for field in (self.fields.path, self.fields.passphrase):
            field.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.buttons)
        self._check()
        self.fields.passphrase.setFocus()
        self.resize(560, self.sizeHint().height())

    def _check(self) -> None:
        self.ok.setEnabled(self.fields.ready())

    def accept(self) -> None:
        if self.fields.ready():
            remember_key(self.fields.project_path, self.fields.key_path())
            super().accept()
