"""An old project with a passage coded twice (same code, same coder): the window asks once
whether to remove the repeats, as one undoable step."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from duocoder.app.project import Project


def _repeat_first_coding(path: Path, times: int) -> None:
    """What an older DuoCoder could leave behind: one coding stored again as it was."""
    with Project.open(path) as p:
        p.add_coding("Anja", "Verbinding/Klik", 0, 5, coder="Lies")
        p.history.clear()
    db = sqlite3.connect(path)
    with db:
        for _ in range(times):
            db.execute(
                'INSERT INTO codings (document_id, code_id, start, "end", coder_id, memo,'
                ' created_at, auto) SELECT document_id, code_id, start, "end", coder_id, memo,'
                " created_at, auto FROM codings ORDER BY id LIMIT 1"
            )
    db.close()


def _open(qtbot, project_path: Path, monkeypatch, answer):  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    w = MainWindow()
    qtbot.addWidget(w)
    assert w.open_project(str(project_path))
    return w, asked


def test_the_window_offers_once_to_remove_repeated_codings_and_undo_brings_them_back(
    app, qtbot, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repeat_first_coding(project_path, times=2)
    w, asked = _open(qtbot, project_path, monkeypatch, QMessageBox.StandardButton.Yes)
    assert len(asked) == 1 and "2 repeated codings" in asked[0]
    project = w.controller.project
    assert project.duplicate_codings() == []
    assert len(project.segments()) == 1
    w.undo_group.undo()
    assert len(project.segments()) == 3
    w.set_project(None)


def test_a_refused_offer_is_not_repeated_on_the_next_open(
    app, qtbot, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _repeat_first_coding(project_path, times=1)
    w, asked = _open(qtbot, project_path, monkeypatch, QMessageBox.StandardButton.No)
    assert len(asked) == 1 and "1 repeated coding:" in asked[0]
    assert len(w.controller.project.segments()) == 2  # kept as the researcher chose
    w.set_project(None)
    w2, asked_again = _open(qtbot, project_path, monkeypatch, QMessageBox.StandardButton.Yes)
    assert asked_again == []
    w2.set_project(None)


def test_a_project_without_repeats_asks_nothing(
    app, qtbot, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    w, asked = _open(qtbot, project_path, monkeypatch, QMessageBox.StandardButton.Yes)
    assert asked == []
    w.set_project(None)
