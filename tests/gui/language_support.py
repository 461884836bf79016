"""What the language-feature GUI tests share: a small project of real Dutch interview
sentences (not indexed yet, as after an import), a window with the Text menu installed, and
a wait for the background work to finish."""

from __future__ import annotations

from pathlib import Path

from duocoder.app.project import Project
from duocoder.gui.language.menu import (
    LanguageFeatures,
    install_language_features,
    language_features,
)
from duocoder.gui.shell.main_window import MainWindow
from tests.helpers import source

ANNA = (
    "Interview met Anna\n"
    "I: Hoe is het contact met uw vrijwilliger begonnen? Vertrouwt u haar?\n"
    "R: Ik vertrouw haar. Hij vertrouwde niemand, maar zij wel.\n"
    "I: En nu?\n"
    "R: We hebben elkaar vertrouwd. Het vertrouwen groeide elke week.\n"
    "R: We drinken koffie op de markt, twee keer per maand.\n"
)
BERT = (
    "Interview met Bert\n"
    "I: Wat betekent het duo voor u?\n"
    "R: Mijn maatje vertrouwt mij. We gaan samen wandelen in het park.\n"
    "R: Soms is het moeilijk, want ik heb weinig tijd.\n"
)
WAIT_MS = 20_000  # the first lemma search of a test run loads the language pipeline


def make_project(path: Path) -> Path:
    """Anna (participant) and Bert (volunteer) of one duo, a small codebook with keywords
    for suggestions, and no index yet."""
    with Project.create(path, language="nl", name="Taal test") as p:
        p.add_document("Anna", source(ANNA), "participant", "Duo Denderland", "Duo 1")
        p.add_document("Bert", source(BERT), "volunteer", "Duo Denderland", "Duo 1")
        p.add_code("Verbinding", color="#8ecae6")
        p.add_code("Vertrouwen", "Verbinding")
        p.add_code("Activiteiten", "Verbinding")
        p.add_code("Stem van de vrijwilliger", color="#ffb703")
        p.set_keywords("Verbinding/Vertrouwen", ["vertrouwen"])
        p.set_keywords("Verbinding/Activiteiten", ["wandelen", "koffie"])
        p.history.clear()
    return path


def open_window(qtbot, path: Path) -> tuple[MainWindow, LanguageFeatures]:  # type: ignore[no-untyped-def]
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(str(path))
    install_language_features(window)
    features = language_features(window)
    assert features is not None
    return window, features


def wait_idle(qtbot, features: LanguageFeatures) -> None:  # type: ignore[no-untyped-def]
    """Until no indexing, search, preview, suggestion or count is running any more."""
    runners = (
        features.gate.runner,
        features.search.runner,
        features.search.coder.runner,
        features.suggestions.runner,
        features.words.runner,
    )
    qtbot.waitUntil(lambda: not any(r.busy for r in runners), timeout=WAIT_MS)


def search(qtbot, features: LanguageFeatures, query: str, mode: int) -> list:  # type: ignore[no-untyped-def]
    """Type a query, choose the mode, press Enter, and return the hits shown."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    panel = features.search
    features.show_search()
    panel.mode.setCurrentIndex(mode)
    panel.query.setText(query)
    QTest.keyClick(panel.query, Qt.Key.Key_Return)
    wait_idle(qtbot, features)
    return panel.model.hits
