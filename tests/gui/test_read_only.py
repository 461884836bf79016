"""A project from a read-only folder opens for reading, and the window says so."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from duocoder.storage import database


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every file look unwritable, as on a read-only share or a locked USB stick."""
    real_access = os.access

    def no_writing(path: object, mode: int, **kw: object) -> bool:
        return False if mode & os.W_OK else real_access(path, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(database.os, "access", no_writing)


def test_the_title_says_read_only_and_a_change_is_refused_in_one_sentence(
    app, qtbot, project_path: Path, read_only: None, errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    try:
        assert w.open_project(str(project_path))
        assert w.windowTitle() == "Duo test (read-only) — DuoCoder"
        assert [d.name for d in w.controller.project.documents()] == ["Anja", "Ben"]
        w.controller.run("Add code", w.controller.project.add_code, "Nieuw")
        assert errors == [
            "'duo.duocoder' is read-only: open it from a folder you can write to, or make a copy."
        ]
        assert "Nieuw" not in [c.path for c in w.controller.project.codes()]
    finally:
        w.set_project(None)
    assert sorted(p.name for p in project_path.parent.iterdir()) == ["duo.duocoder"]
