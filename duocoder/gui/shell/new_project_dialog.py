"""File ▸ New project… (and the welcome page's New project…): the project's name, its
folder, the interviews' language and the codebook to start from, in one dialog; the
project is made by the core (`duocoder.app.new_project.create_project`), as `duocoder new`
makes it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import (
    QComboBox,
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

from duocoder.app.new_project import NewProject, create_project, project_file, shipped_codebook
from duocoder.domain import limits
from duocoder.domain.errors import DuoCoderError
from duocoder.gui.common import theme
from duocoder.gui.shell.welcome import small_print

FOLDER_KEY = "new_project_folder"
SHIPPED_NL, SHIPPED_EN, NONE, FILE = "nl", "en", "none", "file"
"""The codebook choices: the shipped codebook in Dutch or English, none, or a file."""


def default_folder() -> str:
    """The folder the last project was made in, else the researcher's Documents."""
    last = QSettings().value(FOLDER_KEY, "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


class NewProjectDialog(QDialog):
    """Asks what a new project needs; `make_project()` makes it (on Create) and keeps it in
    `made`, or shows in the dialog why it cannot be made."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New project"))
        self.made: NewProject | None = None
        self.codebook_file: str | None = None
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(limits.NAME)
        self.name_edit.setPlaceholderText(self.tr("e.g. Duowerkingen Denderland 2026"))
        self.folder_edit = QLineEdit(default_folder(), self)
        browse = QPushButton(self.tr("C&hoose…"), self)
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.language = QComboBox(self)
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        self.language.setCurrentIndex(self.language.findData(theme.ui_language()))
        self.language.setToolTip(
            self.tr("The language of the interviews: the language features use it")
        )
        self.codebook = QComboBox(self)
        self.codebook.addItem(self.tr("The duowerkingen codebook (Dutch)"), SHIPPED_NL)
        self.codebook.addItem(self.tr("The duowerkingen codebook (English)"), SHIPPED_EN)
        self.codebook.addItem(self.tr("None: I make my own codes"), NONE)
        self.codebook.addItem(self.tr("From a file (.qdc, .xlsx, .csv)…"), FILE)
        self.codebook.setCurrentIndex(0 if theme.ui_language() == "nl" else 1)
        self.codebook.activated.connect(self._codebook_chosen)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.where = small_print(QLabel(self))  # a quiet line under the form: the file
        self.where.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.folder_edit)
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Codebook:"), self.codebook)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("C&reate"))
        self.buttons.accepted.connect(self.make_project)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.where)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.name_edit.textChanged.connect(self._update)
        self.folder_edit.textChanged.connect(self._update)
        self._update()

    # -- what was asked ---------------------------------------------------------------------
    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def path(self) -> Path | None:
        folder = self.folder_edit.text().strip()
        return project_file(folder, self.name()) if self.name() and folder else None

    def codebook_path(self) -> Path | None:
        """The codebook file the project starts from, or None for no codebook."""
        kind = self.codebook.currentData()
        if kind in (SHIPPED_NL, SHIPPED_EN):
            return shipped_codebook(kind)
        if kind == FILE and self.codebook_file:
            return Path(self.codebook_file)
        return None

    def set_codebook_file(self, path: str) -> None:
        """A codebook file as the start (what choosing one in the file dialog does)."""
        self.codebook_file = path
        index = self.codebook.findData(FILE)
        self.codebook.setItemText(index, self.tr("From %1").replace("%1", Path(path).name))
        self.codebook.setCurrentIndex(index)
        self._update()

    # -- reacting ---------------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the new project"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def _codebook_chosen(self, index: int) -> None:
        if self.codebook.itemData(index) != FILE:
            self._update()
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Codebook to start from"),
            str(Path(self.codebook_file).parent) if self.codebook_file else "",
            self.tr("Codebooks (*.qdc *.xlsx *.csv)"),
        )
        if path:
            self.set_codebook_file(path)
        elif not self.codebook_file:  # cancelled before any file was chosen
            self.codebook.setCurrentIndex(0 if self.language.currentData() == "nl" else 1)

    def _language_changed(self) -> None:
        """The shipped codebook follows the language, until another start was chosen."""
        if self.codebook.currentData() in (SHIPPED_NL, SHIPPED_EN):
            self.codebook.setCurrentIndex(0 if self.language.currentData() == "nl" else 1)

    def _update(self) -> None:
        path = self.path()
        problem = ""
        if path is not None and path.exists():
            problem = self.tr("%1 already exists; choose another name or folder.").replace(
                "%1", path.name
            )
        elif path is not None and not path.parent.is_dir():
            problem = self.tr("The folder %1 does not exist.").replace("%1", str(path.parent))
        self.where.setText(
            self.tr("The project is saved as %1").replace("%1", str(path)) if path else ""
        )
        self._show_problem(problem)
        needs_file = self.codebook.currentData() == FILE and not self.codebook_file
        self.create_button.setEnabled(path is not None and not problem and not needs_file)

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def make_project(self) -> None:
        """Make the project; on a problem (a codebook that cannot be read, a folder one may
        not write in) say so here and keep the dialog open."""
        path = self.path()
        if path is None:
            return
        try:
            self.made = create_project(
                path,
                language=str(self.language.currentData()),
                name=self.name(),
                codebook=self.codebook_path(),
            )
        except DuoCoderError as exc:
            self._show_problem(str(exc))
            return
        except OSError as exc:  # a folder one may not write in, a full disk
            self._show_problem(
                self.tr("%1 could not be made: %2.")
                .replace("%1", path.name)
                .replace("%2", exc.strerror or type(exc).__name__)
            )
            return
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        self.accept()
