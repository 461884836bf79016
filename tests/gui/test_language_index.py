"""Indexing runs in the background: the window keeps painting and answering while the
status bar shows the progress, Cancel stops between documents, and closing the project
waits for the worker instead of closing the file under it."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from duocoder.app.project import Project
from duocoder.gui.language.search import LEMMA
from duocoder.nlp.pipeline import ENV_MODEL, get_pipeline
from tests.gui.language_support import make_project, open_window, search, wait_idle
from tests.helpers import source

SECONDS_PER_DOCUMENT = 0.25


@pytest.fixture
def slow(app, qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    """A project of eight interviews whose indexing takes a noticeable while: the real
    core, slowed down per document as a large interview would be."""
    monkeypatch.setenv(ENV_MODEL, "blank")
    # The pipeline is built once per process, before indexing is timed: building spaCy's
    # Dutch tokenizer runs in compiled code that holds the GIL for about 0.2 s (over half a
    # second on a busy machine), so no thread can tick meanwhile, whichever thread builds
    # it. The ticks below time indexing itself, which must never hold the window up.
    get_pipeline("nl")
    path = make_project(tmp_path / "taal.duocoder")
    with Project.open(path) as p:
        for n in range(6):
            text = f"I: En verder?\nR: Interview {n}: ik vertrouw mijn maatje helemaal.\n"
            p.add_document(f"Extra {n}", source(text), "participant", "Wijk Oost")
    window, features = open_window(qtbot, path)
    project = window.controller.project
    real = project.index_documents

    def slowly(*args, progress=None, **kwargs):  # type: ignore[no-untyped-def]
        def step(i: int, n: int, name: str) -> None:
            time.sleep(SECONDS_PER_DOCUMENT)
            if progress is not None:
                progress(i, n, name)

        return real(*args, progress=step, **kwargs)

    monkeypatch.setattr(project, "index_documents", slowly)
    yield window, features
    window.set_project(None)


def test_indexing_keeps_the_window_responsive_and_shows_progress(slow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = slow
    project = window.controller.project
    assert len(project.index_status().pending) == 8
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    features.index_action.trigger()
    assert features.gate.indexing
    qtbot.waitUntil(lambda: features.index_bar.bar.value() >= 2, timeout=20_000)
    assert features.index_bar.isVisible()
    assert "Indexing texts" in features.index_bar.label.text()
    wait_idle(qtbot, features)
    timer.stop()
    assert project.index_status().complete
    assert not features.index_bar.isVisible()
    assert window.statusBar().currentMessage() == "Every document is indexed."
    # the GUI thread kept ticking through roughly two seconds of indexing
    assert len(ticks) > 30
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.5


def test_a_lemma_search_waits_for_the_index_and_cancel_stops_it(slow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = slow
    project = window.controller.project
    panel = features.search
    features.show_search()
    panel.mode.setCurrentIndex(LEMMA)
    panel.query.setText("vertrouwen")
    panel.search()
    assert features.index_bar.isVisible() and panel.model.hits == []
    qtbot.waitUntil(lambda: features.index_bar.bar.value() >= 1, timeout=20_000)
    features.index_bar.cancel.click()
    wait_idle(qtbot, features)
    pending = project.index_status().pending
    assert 0 < len(pending) < 8  # the documents indexed before Cancel keep their index
    assert "Indexing was cancelled" in panel.summary.text() and panel.summary.error
    # the next search indexes the rest and finds all forms
    hits = search(qtbot, features, "vertrouwen", LEMMA)
    assert project.index_status().complete
    assert len(hits) == 5 + 6


def test_closing_the_project_during_indexing_waits_for_the_worker(slow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window, features = slow
    path = window.controller.project.path
    features.show_search()
    features.index_action.trigger()
    qtbot.waitUntil(lambda: features.index_bar.bar.value() >= 1, timeout=20_000)
    window.set_project(None)
    assert not features.gate.indexing and not features.index_bar.isVisible()
    assert not features.search_action.isEnabled()
    assert features.controller is None
    assert not features.search_dock.isVisible()  # an empty pane is put away…
    assert window.open_project(str(path))
    assert features.search_dock.isVisible()  # …and comes back with the next project
    assert features.controller is window.controller
    assert features.search.case.findData("Wijk Oost") >= 0
