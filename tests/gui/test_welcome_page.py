"""The first thing a researcher sees: the welcome page (demo, new, open, team project and
the recent projects, which can be taken off the list) and the New project dialog, which
makes a project in the language and with the codebook chosen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from duocoder.app.project import Project
from duocoder.gui.shell.new_project_dialog import NewProjectDialog


@pytest.fixture
def empty_window(app, qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.set_project(None)


def open_new_project_dialog(window, qtbot) -> NewProjectDialog:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(window.welcome.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, NewProjectDialog)
    return dialog


def fill(dialog: NewProjectDialog, qtbot, name: str, folder: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, name)
    dialog.folder_edit.setText(str(folder))
    dialog.language.setCurrentIndex(dialog.language.findData(language))


def create(dialog: NewProjectDialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_new_english_project_starts_with_the_english_codebook(
    empty_window, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_project_dialog(empty_window, qtbot)
    fill(dialog, qtbot, "Buddy Gent", tmp_path, "en")
    # the shipped codebook follows the language chosen
    assert dialog.codebook.currentText() == "The duowerkingen codebook (English)"
    assert str(tmp_path / "Buddy Gent.duocoder") in dialog.where.text()
    create(dialog, qtbot)
    project = empty_window.controller.project
    assert project.path == tmp_path / "Buddy Gent.duocoder"
    assert (project.name, project.language) == ("Buddy Gent", "en")
    paths = [c.path for c in project.codes()]
    assert len(paths) == 48 and "Connection/Relationship of trust" in paths
    assert empty_window.windowTitle() == "Buddy Gent — DuoCoder"


def test_a_dutch_project_without_a_codebook_is_empty_and_dutch(
    empty_window, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_project_dialog(empty_window, qtbot)
    fill(dialog, qtbot, "Duo: Denderland/2026", tmp_path, "nl")
    assert dialog.codebook.currentText() == "The duowerkingen codebook (Dutch)"
    dialog.codebook.setCurrentIndex(dialog.codebook.findText("None: I make my own codes"))
    create(dialog, qtbot)
    project = empty_window.controller.project
    assert project.path == tmp_path / "Duo- Denderland-2026.duocoder"  # no : or / in a file
    assert (project.name, project.language) == ("Duo: Denderland/2026", "nl")
    assert project.codes() == []


def test_a_codebook_from_an_excel_file(empty_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    book = Workbook()
    sheet = book.active
    sheet.append(["Pad", "Omschrijving"])
    sheet.append(["Band/Vertrouwen", "Op elkaar rekenen"])
    sheet.append(["Band/Samen op stap", ""])
    book.save(tmp_path / "onze codes.xlsx")
    dialog = open_new_project_dialog(empty_window, qtbot)
    fill(dialog, qtbot, "Eigen codes", tmp_path, "nl")
    dialog.set_codebook_file(str(tmp_path / "onze codes.xlsx"))  # as the file dialog does
    assert dialog.codebook.currentText() == "From onze codes.xlsx"
    create(dialog, qtbot)
    project = empty_window.controller.project
    assert [c.path for c in project.codes()] == ["Band", "Band/Vertrouwen", "Band/Samen op stap"]


def test_a_codebook_that_cannot_be_read_leaves_no_project_behind(
    empty_window, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "kapot.qdc").write_text("<this is not a codebook", encoding="utf-8")
    dialog = open_new_project_dialog(empty_window, qtbot)
    fill(dialog, qtbot, "Studie", tmp_path, "nl")
    dialog.set_codebook_file(str(tmp_path / "kapot.qdc"))
    create(dialog, qtbot)
    assert dialog.isVisible() and "kapot.qdc" in dialog.problem.text()
    assert not (tmp_path / "Studie.duocoder").exists()
    assert empty_window.controller is None
    dialog.reject()


def test_an_existing_project_is_not_overwritten(empty_window, qtbot, project_path) -> None:  # type: ignore[no-untyped-def]
    dialog = open_new_project_dialog(empty_window, qtbot)
    fill(dialog, qtbot, "duo", project_path.parent, "nl")
    assert "duo.duocoder already exists" in dialog.problem.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.folder_edit.setText(str(project_path.parent / "nowhere"))
    assert "does not exist" in dialog.problem.text()
    dialog.reject()


def test_recent_projects_open_with_a_click_and_leave_the_list_with_their_cross(  # type: ignore[no-untyped-def]
    empty_window, qtbot, project_path, tmp_path
) -> None:
    gone = str(tmp_path / "on a stick" / "oud.duocoder")
    QSettings().setValue("recent", [str(project_path), gone])
    empty_window.set_project(None)
    rows = empty_window.welcome.rows()
    assert [(r.name.text(), r.place.text()) for r in rows] == [
        ("duo", str(project_path.parent)),
        ("oud", "Not found: " + str(tmp_path / "on a stick")),
    ]
    assert not rows[1].name.isEnabled()
    # a project no longer found does not open; its cross takes it off the list
    recent = empty_window.welcome.recent
    qtbot.mouseClick(
        recent.viewport(),
        Qt.MouseButton.LeftButton,
        pos=recent.visualItemRect(recent.item(1)).center(),
    )
    assert empty_window.controller is None
    qtbot.mouseClick(rows[1].remove, Qt.MouseButton.LeftButton)
    assert empty_window.stored_recent() == [str(project_path)]
    assert [r.name.text() for r in empty_window.welcome.rows()] == ["duo"]
    # one click on a project opens it
    recent = empty_window.welcome.recent
    qtbot.mouseClick(
        recent.viewport(),
        Qt.MouseButton.LeftButton,
        pos=recent.visualItemRect(recent.item(0)).center(),
    )
    assert empty_window.controller is not None
    assert empty_window.controller.project.path == project_path


def test_without_recent_projects_the_page_says_where_they_will_appear(empty_window) -> None:  # type: ignore[no-untyped-def]
    assert empty_window.welcome.rows() == []
    assert not empty_window.welcome.recent.isVisible()
    assert empty_window.welcome.no_recent.isVisible()


def test_the_first_start_asks_the_coder_as_a_welcome(app) -> None:  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.coders import CoderDialog

    first = CoderDialog("lpeeters", None, first=True)
    later = CoderDialog("lpeeters", None)
    assert first.windowTitle() == "Welcome to DuoCoder" and later.windowTitle() == "Coder"
    first.deleteLater()
    later.deleteLater()


def test_the_core_makes_a_project_from_the_shipped_codebook(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from duocoder.app.new_project import create_project, shipped_codebook

    made = create_project(tmp_path / "a.duocoder", language="nl", codebook=shipped_codebook("nl"))
    with made.project as project:
        assert made.codebook is not None and len(made.codebook.added) == len(project.codes())
        assert project.code("Verbinding/Vertrouwensrelatie")
    with Project.open(tmp_path / "a.duocoder") as again:
        assert again.language == "nl"


def test_the_small_print_follows_the_theme(empty_window, app, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    from duocoder.gui.common import theme

    def lightness() -> int:
        sheet = empty_window.welcome.no_recent.styleSheet()
        return QColor(sheet.removeprefix("color: ")).lightness()

    before = QPalette(app.palette())
    try:
        theme.apply_theme(app, "light")
        light = lightness()
        theme.apply_theme(app, "dark")
        qtbot.waitUntil(lambda: lightness() > light)
        assert lightness() > 100 > light  # light grey on dark, dark grey on light
    finally:
        theme.apply_theme(app, "system")
        app.setPalette(before)
