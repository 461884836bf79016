"""Starting the DuoCoder window: the application object, translation, style, first project."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from duocoder.app.instances import instance_name
from duocoder.app.team_projects import is_team_address
from duocoder.gui.common import icons, theme
from duocoder.gui.common.i18n import install_translation
from duocoder.gui.shell.coders import ask_first_coder
from duocoder.gui.shell.instance_beacon import bring_forward, listens
from duocoder.gui.shell.main_window import MainWindow
from duocoder.gui.shell.project_files import recent_label


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the names QSettings files its values under."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("DuoCoder")
    app.setOrganizationName("DuoCoder")
    app.setOrganizationDomain("duocoder.org")
    app.setApplicationDisplayName("DuoCoder")
    app.setWindowIcon(icons.app_icon())
    app.setDesktopFileName("duocoder")  # the menu entry (install-desktop) the window belongs to
    return app


def first_project(project: str | None) -> str | None:
    """The project named on the command line, else the last one opened, if it still exists
    (a team project's address is tried: only its server can tell) and is not open in
    another DuoCoder window already (a second DuoCoder started from the menu is for
    another project: it shows the welcome page)."""
    if project:
        return project
    last = str(QSettings().value("last_project", "") or "")
    if not last or not (is_team_address(last) or Path(last).exists()):
        return None
    return None if listens(instance_name(last)) else last


def already_open(project: str) -> str:
    """The sentence a second DuoCoder leaves on its way out."""
    return QCoreApplication.translate(
        "MainWindow",
        "%1 is already open in another DuoCoder window; it has been brought forward.",
    ).replace("%1", recent_label(project))


def start_window(project: str | None) -> MainWindow:
    """The window, shown, on `project`, the last project, or the welcome page. A team
    project connects in the background after the window is shown: its server may take up
    to `CONNECT_TIMEOUT` seconds to answer, or not answer at all, and the window must not
    wait for it (the researcher may open something else meanwhile)."""
    window = MainWindow()
    window.show()
    # who is coding, asked over the welcome page before a project opens (first start only)
    if ask_first_coder(window):
        window.coders_ui.show_status()
    path = first_project(project)
    if path is not None and is_team_address(path):
        window.open_team_project_in_background(path)
    elif path is not None and not window.open_project(path) and project:
        window.set_project(None)
    return window


def run_gui(project: str | None) -> int:
    """Open the window (see `start_window`); returns the exit code of the event loop."""
    app = make_app()
    install_translation(app)
    if project and bring_forward(project):  # one window per project, also across processes
        print(already_open(project), file=sys.stderr)
        return 0
    theme.apply_theme(app)  # View ▸ Theme, or $DUOCODER_THEME=dark|light|system
    window = start_window(project)  # noqa: F841 (kept alive while the loop runs)
    return app.exec()
