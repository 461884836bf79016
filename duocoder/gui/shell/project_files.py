"""Project files for the window: new, open, the demo, and the list of recent projects."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu

from duocoder.app.project import Project
from duocoder.domain.errors import DuoCoderError
from duocoder.gui.common import theme

MAX_RECENT = 8


def project_filter() -> str:
    return QCoreApplication.translate("MainWindow", "DuoCoder projects (*.duocoder)")


class ProjectFilesMixin(QMainWindow):
    """Needs `set_project`, `open_project` and `show_error` from the window. Its strings
    are in the MainWindow translation context, where the researcher sees them."""

    recent_menu: QMenu

    if TYPE_CHECKING:  # provided by MainWindow

        def set_project(self, project: Project | None) -> None: ...
        def open_project(self, path: str) -> bool: ...
        def show_error(self, message: str) -> None: ...

    def choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("MainWindow", "Open project"),
            "",
            project_filter(),
        )
        if path:
            self.open_project(path)

    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("MainWindow", "New project"),
            "",
            project_filter(),
        )
        if not path:
            return
        if not path.endswith(".duocoder"):
            path += ".duocoder"
        try:
            project = Project.create(path, language=theme.ui_language())
        except DuoCoderError as exc:
            self.show_error(str(exc))
            return
        self.set_project(project)

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

    def recent_projects(self) -> list[str]:
        value = QSettings().value("recent", [])
        paths: list[str] = []
        if isinstance(value, str):  # QSettings gives one string for a list of one
            paths = [value]
        elif isinstance(value, Iterable):
            paths = [str(p) for p in value]
        return [p for p in paths if Path(p).exists()]

    def _remember(self, path: str) -> None:
        recent = [path, *[p for p in self.recent_projects() if p != path]][:MAX_RECENT]
        settings = QSettings()
        settings.setValue("recent", recent)
        settings.setValue("last_project", path)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for i, path in enumerate(self.recent_projects()):
            self.recent_menu.addAction(
                f"&{i + 1} {Path(path).name}", partial(self.open_project, path)
            )
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "(none yet)")
            ).setEnabled(False)
