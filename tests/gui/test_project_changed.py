"""The window says when its project goes and comes (`MainWindow.project_changed`), and the
background work of the old project never shows up in the next project's views."""

from __future__ import annotations

import threading
import time
from pathlib import Path

from duocoder.gui.language.menu import language_features
from duocoder.gui.language.search import EXACT


def test_the_window_says_none_before_it_closes_a_project_then_names_the_next(  # type: ignore[no-untyped-def]
    window, project_path: Path
) -> None:
    old = window.controller
    heard: list[tuple[object, list[str] | None]] = []

    def listen(controller: object) -> None:
        # at None the old file is still open, so a listener can stop its work cleanly
        names = [d.name for d in old.project.documents()] if controller is None else None
        heard.append((controller, names))

    window.project_changed.connect(listen)
    window.set_project(None)
    assert heard == [(None, ["Anja", "Ben"])]
    assert window.open_project(str(project_path))
    assert heard[-1] == (window.controller, None) and window.controller is not old
    features = language_features(window)
    assert features is not None and features.controller is window.controller
    assert features.search_action.isEnabled()


def test_a_search_of_the_closed_project_is_not_shown_in_the_next_one(  # type: ignore[no-untyped-def]
    window, qtbot, project_path: Path, monkeypatch
) -> None:
    features = language_features(window)
    assert features is not None
    started = threading.Event()
    old = window.controller.project
    search = old.search

    def slow_search(*args: object, **kwargs: object) -> object:
        started.set()
        time.sleep(0.3)  # the old project's answer arrives after the next one is open
        return search(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(old, "search", slow_search)
    panel = features.search
    features.show_search()
    panel.mode.setCurrentIndex(EXACT)
    panel.query.setText("familie")
    panel.search()
    assert started.wait(5)
    window.close_project()  # then the same file opened anew (opening the project the
    assert window.open_project(str(project_path))  # window has open would keep it as it is)
    qtbot.wait(500)
    assert panel.model.hits == [] and panel.summary.text() == ""
    assert not panel.runner.busy
    panel.search()  # the new project answers its own question
    qtbot.waitUntil(lambda: bool(panel.model.hits), timeout=5_000)
    assert [h.match for h in panel.model.hits] == ["familie"]
