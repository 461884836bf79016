"""File ▸ Merge project…: the researcher picks coders' copies, the merge runs off the GUI
thread, the report names what was added and what conflicts, the window shows the merged
codes, Edit ▸ Undo takes the whole merge back, and the open project itself is refused."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from duocoder.gui.shell.merge_dialog import MergeDialog
from tests.merge_copies import CHANGED_DOC, HUMOR, make_coder_copies


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_coder_copies(tmp_path_factory.mktemp("copies"))


@pytest.fixture
def team(app, qtbot, copies: dict[str, Path], tmp_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    """The window with a copy of the demo project the coders started from."""
    from duocoder.gui.shell.main_window import MainWindow

    path = tmp_path / "team.duocoder"
    shutil.copyfile(copies["base"], path)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    assert w.open_project(str(path))
    yield w
    w.set_project(None)


def _choose(monkeypatch: pytest.MonkeyPatch, paths: list[Path]) -> None:
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileNames",
        staticmethod(lambda *args, **kwargs: ([str(p) for p in paths], "")),
    )


def _merge_from_menu(window, qtbot) -> MergeDialog:  # type: ignore[no-untyped-def]
    file = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File")
    [action] = [a for a in file.actions() if a.text().replace("&", "") == "Merge project…"]
    assert action is window.actions_.merge_project and action.isEnabled()
    action.trigger()
    [dialog] = window.findChildren(MergeDialog)
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=20_000)
    return dialog


def test_merging_from_the_file_menu_reports_and_is_one_undo_step(  # type: ignore[no-untyped-def]
    team, qtbot, copies: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = team.controller.project
    codings = project.coding_count()
    _choose(monkeypatch, [copies["Anna"], copies["Bram"], copies["Chris"]])
    dialog = _merge_from_menu(team, qtbot)
    assert dialog.error is None, dialog.error
    summary = dialog.summary.toPlainText()
    assert "Codings: 6 added" in summary and "Coders: 3 added" in summary
    assert "Conflicting, please check:" in summary
    assert f"'{CHANGED_DOC}' in chris.duocoder: its text differs" in summary
    assert HUMOR in summary  # under "Codes added"
    # the window shows the merged code, and the undo stack has the merge as one step
    assert any(c.path == HUMOR for c in team.controller.codes())
    stack = team.controller.undo_stack
    assert stack.text(stack.index() - 1) == "Merge projects"
    assert project.coding_count() == codings + 6
    dialog.accept()
    team.actions_.undo.trigger()
    qtbot.waitUntil(lambda: not any(c.path == HUMOR for c in team.controller.codes()))
    assert project.coding_count() == codings
    assert {c.name for c in project.coders()} == {"Demo"}


def test_the_open_project_itself_is_refused(  # type: ignore[no-untyped-def]
    team, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = team.controller.project
    _choose(monkeypatch, [Path(project.path)])
    dialog = _merge_from_menu(team, qtbot)
    assert dialog.report is None
    assert "'team.duocoder' is the project open in this window" in dialog.summary.toPlainText()
    assert not project.can_undo


def test_a_file_that_is_no_project_is_one_sentence_and_nothing_is_merged(  # type: ignore[no-untyped-def]
    team, qtbot, copies: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign = tmp_path / "notities.duocoder"
    foreign.write_text("geen project", encoding="utf-8")
    _choose(monkeypatch, [copies["Anna"], foreign])
    dialog = _merge_from_menu(team, qtbot)
    assert "'notities.duocoder' is not a DuoCoder project file" in dialog.summary.toPlainText()
    assert not any(c.path == HUMOR for c in team.controller.codes())
    assert not team.controller.project.can_undo
