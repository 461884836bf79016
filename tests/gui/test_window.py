"""The window as a whole: first size and saved geometry, pane widths, long names, wrapped
segments, keyboard paths, accessible names, the dark theme and a calm import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from duocoder.gui.common import theme
from duocoder.gui.shell import window_setup
from duocoder.gui.shell.main_window import MainWindow
from tests.gui.helpers import select_text
from tests.helpers import source

LONG_NAME = "Vzw Samen Sterk Oost-Vlaanderen – interview deelnemer over de eerste maanden (Duo 12)"
LONG_TEXT = " ".join(["Ik vond het in het begin moeilijk om te vertrouwen op iemand."] * 6)


def test_first_start_fills_most_of_the_screen_and_later_starts_keep_the_geometry(
    app, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(window_setup, "SMALL_SCREEN", QSize(100, 100))  # a "large" screen
    w = MainWindow()
    qtbot.addWidget(w)
    available = w.screen().availableGeometry()
    assert not w.isMaximized()
    assert abs(w.width() - 0.85 * available.width()) <= 2
    assert abs(w.height() - 0.85 * available.height()) <= 2
    w.resize(700, 500)
    w.close()  # saves the geometry
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 500)


def test_a_small_screen_starts_maximised(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow()  # the offscreen screen (800×800) is smaller than a laptop's
    qtbot.addWidget(w)
    assert w.windowState() & Qt.WindowState.WindowMaximized


def test_panes_get_sensible_widths_and_long_names_are_elided_at_the_end(
    app, qtbot, project_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from duocoder.app.project import Project

    with Project.open(project_path) as p:
        p.add_document(LONG_NAME, source("I: Hoe?\nR: Goed.\n"), "participant", "Org A", "Duo 12")
    w = MainWindow()
    qtbot.addWidget(w)
    w.setWindowState(Qt.WindowState.WindowNoState)
    w.resize(1600, 1000)
    w.show()
    assert w.open_project(str(project_path))
    window_setup.size_panes(w, w.size())
    QApplication.processEvents()
    docs, _codes, segments = w.docks
    assert 320 <= docs.width() <= 520
    assert 170 <= segments.height() <= 340
    tree = w.documents.tree
    assert tree.textElideMode() == Qt.TextElideMode.ElideRight
    assert w.codes.tree.textElideMode() == Qt.TextElideMode.ElideRight
    index = w.documents.model.index_of(w.controller.project.document(LONG_NAME).id)
    assert LONG_NAME in index.data(Qt.ItemDataRole.ToolTipRole)  # the full name on hover
    header = tree.header()
    assert header.sectionSize(0) > header.sectionSize(1) + header.sectionSize(2)  # names first
    w.set_project(None)


def test_retrieved_segments_wrap_long_passages_over_a_few_lines(window) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    doc = project.add_document("Lang", source(f"I: Vraag?\nR: {LONG_TEXT}\n"), "volunteer").id
    klik = project.code("Verbinding/Klik").id
    text = project.text(doc)
    project.add_coding(doc, klik, text.index("Ik vond"), len(text.rstrip()))
    select_text(window.transcript, "Goed")
    window.coding.apply_code(klik)
    window.documents.tree.clearSelection()  # retrieve from every document
    window.codes.model.set_checked({klik})
    pane = window.segments
    rows = {s.doc: r for r, s in enumerate(pane.model.segments)}
    line = pane.table.fontMetrics().lineSpacing()
    short, long_ = pane.table.rowHeight(rows["Anja"]), pane.table.rowHeight(rows["Lang"])
    assert short < 2 * line  # one line for a short passage
    assert 2 * line <= long_ <= 3 * line + 10  # a long one wraps, but stays within 3 lines
    tip = pane.model.index(rows["Lang"], 5).data(Qt.ItemDataRole.ToolTipRole)
    assert LONG_TEXT in tip and "Lang" in tip


def test_shortcuts_move_the_focus_between_panes(window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.transcript.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    for key, widget in (
        (Qt.Key.Key_D, window.documents.tree),
        (Qt.Key.Key_C, window.codes.tree),
        (Qt.Key.Key_R, window.segments.table),
        (Qt.Key.Key_T, window.transcript),
    ):
        QTest.keyClick(QApplication.focusWidget() or window, key, ctrl_shift)
        assert QApplication.focusWidget() is widget, key
    window.docks[1].close()  # a closed pane comes back when its shortcut is pressed
    QTest.keyClick(window.transcript, Qt.Key.Key_C, ctrl_shift)
    assert window.docks[1].isVisible() and window.codes.tree.hasFocus()
    assert window.codes.tree.currentIndex().isValid()  # arrow keys work at once


def test_tab_walks_documents_codes_transcript_segments(window) -> None:  # type: ignore[no-untyped-def]
    window.activateWindow()
    window.documents.filter.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(8):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    order = [
        window.documents.filter,
        window.documents.tree,
        window.codes.filter,
        window.codes.tree,
        window.transcript,
        window.segments.role,
    ]
    positions = [seen.index(w) for w in order]
    assert positions == sorted(positions)


def test_main_widgets_have_accessible_names(window) -> None:  # type: ignore[no-untyped-def]
    for widget in (
        window.transcript,
        window.documents.tree,
        window.codes.tree,
        window.segments.table,
        window.documents.filter,
        window.codes.filter,
        window.header,
    ):
        assert widget.accessibleName(), widget
    assert window.transcript.accessibleName() == "Transcript"
    assert "Ctrl+K" in window.transcript.accessibleDescription()


def test_dark_theme_from_the_view_menu(window, app, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    select_text(window.transcript, "Dat doet deugd")
    window.coding.apply_code(window.controller.project.code("Verbinding/Klik").id)
    before = QPalette(app.palette())
    try:
        actions = {a.data(): a for a in window.theme_menu.actions()}
        actions["dark"].trigger()
        assert QSettings().value("theme") == "dark"
        assert theme.is_dark()
        assert app.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.2
        view = window.transcript
        cursor = view.textCursor()
        cursor.setPosition(view.seg_qt[0][0] + 1)
        shaded = cursor.charFormat().background().color()
        assert shaded.lightnessF() < 0.45  # the highlight was redone for the dark base
        monkeypatch.setenv(theme.THEME_ENV, "light")
        assert theme.wanted_theme() == "light"  # the variable wins over the setting
    finally:
        theme.apply_theme(app, "system")
        app.setPalette(before)
    assert not theme.is_dark()


def test_an_import_refreshes_the_window_once_when_the_worker_is_done(
    window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    files = []
    for i in range(4):
        files.append(tmp_path / f"gesprek {i}.txt")
        files[-1].write_text(f"I: Vraag {i}?\nR: Antwoord nummer {i}.\n", encoding="utf-8")
    refreshes: list[object] = []
    window.controller.changed.connect(refreshes.append)
    dialog = window.import_files([str(f) for f in files])
    dialog.role.setCurrentIndex(dialog.role.findData("participant"))
    dialog.apply.click()
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    assert len(refreshes) == 1 and refreshes[0].any_of("documents")
    assert len(window.documents.model.documents()) == 6  # listed when the dialog reports
    dialog.accept()
