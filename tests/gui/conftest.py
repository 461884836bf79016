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
from duocoder.gui.common.i18n import install_translation  # noqa: E402
from tests.gui.modal_watchdog import unanswered_dialogs_fail  # noqa: E402, F401
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
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_project(str(project_path))
    yield w
    w.set_project(None)


@pytest.fixture
def errors(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """Messages the window would show in a message box (collected instead of blocking)."""
    from duocoder.gui.shell.main_window import MainWindow

    shown: list[str] = []
    monkeypatch.setattr(MainWindow, "show_error", lambda self, message: shown.append(message))
    return shown


GRIET = (
    "Interview met Griet\n"
    "I: Wat doet de organisatie?\n"
    "R: Wij koppelen mensen. Vertrouwen is de basis van elk duo.\n"
    "I: En de vrijwilligers?\n"
    "R: Ze komen vaak met de fiets, mobiliteit blijft moeilijk.\n"
)
CARLA = "Interview met Carla\nI: Hoe was het?\nR: Ik vertrouw mijn maatje, maar de bus is duur.\n"

# (document, passage, code): the codings of `analysis_path`
ANALYSIS_CODINGS = (
    ("Anja", "Goed, ik ben blij 😊 echt waar.", "Verbinding/Klik"),
    ("Anja", "ik vertrouw Ben volledig", "Verbinding/Vertrouwen"),
    ("Anja", "ik vertrouw Ben", "Verbinding/Klik"),
    ("Anja", "En uw familie?", "Context/Mobiliteit"),  # the interviewer's question
    ("Ben", "Mijn vader was eenzaam", "Verbinding/Vertrouwen"),
    ("Ben", "iets betekenen voor iemand", "Verbinding/Klik"),
    ("Griet", "Wij koppelen mensen. Vertrouwen", "Verbinding/Klik"),
    ("Griet", "Vertrouwen is de basis van elk duo", "Verbinding/Vertrouwen"),
    ("Griet", "mobiliteit blijft moeilijk", "Context/Mobiliteit"),
    ("Carla", "Ik vertrouw mijn maatje", "Verbinding/Vertrouwen"),
    ("Carla", "de bus is duur", "Context/Mobiliteit"),
)


@pytest.fixture
def analysis_path(project_path: Path) -> Path:
    """The small project with a coordinator and a second case, coded for analyses: Klik and
    Vertrouwen overlap in Anja's and Griet's interviews, meet in one turn in Ben's, and a
    Mobiliteit coding lies only in an interviewer question."""
    with Project.open(project_path) as p:
        p.add_document("Griet", source(GRIET), "coordinator", "Org A", None)
        p.add_document("Carla", source(CARLA), "participant", "Org B", "Duo 2")
        for doc, passage, code in ANALYSIS_CODINGS:
            start = p.text(doc).index(passage)
            p.add_coding(doc, code, start, start + len(passage), coder="Tester")
        p.history.clear()
    return project_path


@pytest.fixture
def analysis_window(app, qtbot, analysis_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1500, 950)
    w.show()
    assert w.open_project(str(analysis_path))
    yield w
    w.set_project(None)
