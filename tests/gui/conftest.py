"""Qt set-up for the GUI tests: offscreen, user settings untouched, and a small project."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

QStandardPaths.setTestModeEnabled(True)

from duocoder.app.project import Project  # noqa: E402
from duocoder.gui.app import make_app  # noqa: E402
from duocoder.gui.i18n import install_translation  # noqa: E402
from tests.helpers import source  # noqa: E402

ANJA = (
    "Interview met Anja\n"
    "I: Hoe gaat het met u?\n"
    "R: Goed, ik ben blij 😊 echt waar. Het café is dicht, maar ik vertrouw Ben volledig.\n"
    "I: En uw familie?\n"
    "R: Mijn familie 👩‍👩‍👧 komt vaak langs. Dat doet deugd, zeker op zondag.\n"
)
BEN = (
    "Interview met Ben\n"
    "I: Waarom doet u dit?\n"
    "R: Mijn vader was eenzaam. Daarom wou ik iets betekenen voor iemand.\n"
)


@pytest.fixture
def app(qapp, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The QApplication with DuoCoder's names, English, and settings of its own per test:
    an INI folder under tmp, so parallel test runs never share recent projects."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("settings")),
    )
    make_app()
    install_translation(qapp, "en")
    QSettings().clear()
    QSettings().setValue("coder", "Tester")
    yield qapp
    QSettings().clear()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "duo.duocoder"
    with Project.create(path, language="nl", name="Duo test") as p:
        p.add_document("Anja", source(ANJA), "participant", "Org A", "Duo 1")
        p.add_document("Ben", source(BEN), "volunteer", "Org A", "Duo 1")
        p.add_code("Verbinding", color="#8ecae6")
        p.add_code("Vertrouwen", "Verbinding")
        p.add_code("Klik", "Verbinding")
        p.add_code("Context", color="#ffb703", codable=False)
        p.add_code("Mobiliteit", "Context")
        p.history.clear()
    return path


@pytest.fixture
def window(app, qtbot, project_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    from duocoder.gui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_project(str(project_path))
    yield w
    w.set_project(None)


@pytest.fixture
def errors(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Messages the window would show in a message box (collected instead of blocking)."""
    from duocoder.gui.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, message: shown.append(message))
    return shown
