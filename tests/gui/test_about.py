"""Help ▸ About names the versions a bug report needs, and copies them."""

from __future__ import annotations

import PySide6
import sqlalchemy
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QApplication

import duocoder
from duocoder.gui.shell.about_dialog import AboutDialog
from duocoder.storage.fileformat import SCHEMA_VERSION


def test_help_about_shows_and_copies_the_versions(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    (help_menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    (about,) = [a for a in help_menu.actions() if a.text() == "&About DuoCoder"]
    about.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, AboutDialog)]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.waitUntil(dialog.isVisible)
    shown = {name: label.text() for name, label in dialog.values.items()}
    import spacy

    assert shown == {
        "DuoCoder": duocoder.__version__,
        "Project format": str(SCHEMA_VERSION),
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "SQLAlchemy": sqlalchemy.__version__,
        "spaCy": spacy.__version__,
        "Python": shown["Python"],
    }
    dialog.copy_button.click()
    copied = QApplication.clipboard().text().splitlines()
    assert f"DuoCoder: {duocoder.__version__}" in copied
    assert f"Qt: {qVersion()}" in copied
    dialog.reject()
