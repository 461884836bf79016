"""What the agreement GUI tests share: the analysis project coded by a second (and third)
coder, a window on it, and driving the Agreement view like a researcher."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication

from duocoder.app.project import Project

# Lies agrees with Tester on some codings (same passage and code), differs on others, and
# codes one passage nobody else did; Tester's codings are the fixture's ANALYSIS_CODINGS
LIES = (
    ("Anja", "Goed, ik ben blij 😊 echt waar.", "Verbinding/Klik"),  # as Tester
    ("Ben", "Mijn vader was eenzaam", "Verbinding/Vertrouwen"),  # as Tester
    ("Griet", "Vertrouwen is de basis van elk duo", "Verbinding/Vertrouwen"),  # as Tester
    ("Carla", "de bus is duur", "Context/Mobiliteit"),  # as Tester
    ("Carla", "Ik vertrouw mijn maatje", "Verbinding/Klik"),  # Tester: Vertrouwen
    ("Ben", "iets betekenen voor iemand", "Context/Mobiliteit"),  # Tester: Klik
)
# a third coder, for three-coder figures (Cohen's kappa is then not defined)
BRAM = (
    ("Anja", "Goed, ik ben blij 😊 echt waar.", "Verbinding/Klik"),
    ("Carla", "Ik vertrouw mijn maatje", "Verbinding/Vertrouwen"),
)


def add_coder(path: Path, coder: str, codings: tuple[tuple[str, str, str], ...]) -> None:
    with Project.open(path) as p:
        for doc, passage, code in codings:
            start = p.text(doc).index(passage)
            p.add_coding(doc, code, start, start + len(passage), coder=coder)
        p.history.clear()


def open_window(qtbot: Any, path: Path) -> Any:
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1500, 950)
    w.show()
    assert w.open_project(str(path))
    return w


def open_agreement(window: Any) -> Any:
    """Analysis ▸ Intercoder agreement…"""
    action = window.actions_.analysis["agreement"]
    assert action in window.analysis_menu.actions() and action.isEnabled()
    action.trigger()
    view = window.analysis.view("agreement")
    assert view is not None and window.analysis.tabs.currentWidget() is view
    return view


def compute(view: Any, qtbot: Any) -> Any:
    """Press Compute and wait for the figures."""
    assert view.recalculate.isEnabled(), view.recalculate.toolTip()
    view.recalculate.click()
    qtbot.waitUntil(lambda: not view.runner.busy, timeout=20_000)
    QApplication.processEvents()
    assert view.report is not None, view.notice.text()
    return view.report


def tick_only(view: Any, names: list[str]) -> None:
    """Tick exactly these coders in the list, by their tick boxes."""
    for box in view.coders.boxes:
        if box.isChecked() != (box.text() in names):
            box.click()
