"""The words view leaves out function words and names until their boxes are ticked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from duocoder.nlp.pipeline import ENV_MODEL
from tests.gui.language_support import make_project, open_window, wait_idle


@pytest.fixture
def lang(app, qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV_MODEL, "blank")
    window, features = open_window(qtbot, make_project(tmp_path / "taal.duocoder"))
    yield window, features
    window.set_project(None)


def shown_lemmas(qtbot, features) -> set[str]:  # type: ignore[no-untyped-def]
    panel = features.words
    QTest.mouseClick(panel.count, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, features)
    model = panel.table.model()
    return {model.index(r, 1).data() for r in range(model.rowCount())}


def test_function_words_and_names_only_when_ticked(lang, qtbot) -> None:  # type: ignore[no-untyped-def]
    _window, features = lang
    features.words_action.trigger()
    panel = features.words
    panel.top.setValue(500)
    assert not panel.function_words.isChecked() and not panel.names.isChecked()
    default = shown_lemmas(qtbot, features)
    # `Interview met Anna`: a document's name written with a capital mid-sentence
    assert "soms" in default and "vertrouwen" in default
    assert not default & {"anna", "bert", "het", "ik", "maar", "som"}
    panel.names.setChecked(True)
    names = shown_lemmas(qtbot, features)
    assert "anna" in names and "het" not in names
    panel.names.setChecked(False)
    panel.function_words.setChecked(True)
    words = shown_lemmas(qtbot, features)
    assert {"het", "ik", "maar"} <= words and "anna" not in words
