"""The Analysis menu, the pane's tabs, counting off the GUI thread, the keyboard, and the
Dutch and dark looks of the analysis views."""

from __future__ import annotations

import time

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolButton

from duocoder.analysis.data import AnalysisCancelledError
from duocoder.app.project import Project
from duocoder.gui.analysis.heatmap import _luminance
from duocoder.gui.common import theme
from tests.gui.analysis_helpers import open_from_menu, settle


def test_the_analysis_menu_and_toolbar_open_views_as_tabs(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = analysis_window
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("A&nalysis") == menus.index("&Memos") + 1
    assert [a.text() for a in window.analysis_menu.actions() if a.text()] == [
        "&Co-occurrence of codes",
        "Codes × &role, case or document",
        "&Stakeholder comparison",
        "&Duo analysis",
        "Intercoder &agreement…",
        "&Go to the analysis pane",
    ]
    button = next(b for b in window.findChildren(QToolButton) if b.text() == "Analysis")
    assert button.menu() is window.analysis_menu
    assert not window.analysis.isVisible()
    open_from_menu(window, qtbot, "cooccurrence")
    open_from_menu(window, qtbot, "matrix")
    assert window.analysis.isVisible()
    tabs = window.analysis.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Co-occurrence", "Codes × role"]
    # the pane stands beside the transcript, which keeps room to read
    assert (
        window.analysis.x()
        > window.transcript.mapTo(window, window.transcript.rect().topLeft()).x()
    )
    assert window.transcript.width() >= 0.3 * window.width()
    window.actions_.analysis["cooccurrence"].trigger()  # already open: shown, not doubled
    assert tabs.count() == 2 and tabs.currentIndex() == 0
    window.set_project(None)
    assert not window.analysis.isVisible()
    assert not any(a.isEnabled() for a in window.actions_.analysis.values())


def test_open_views_come_back_with_the_project(
    analysis_window, qtbot, analysis_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = analysis_window
    open_from_menu(window, qtbot, "duos")
    open_from_menu(window, qtbot, "stakeholders")
    window.analysis.close_view(1)
    assert QSettings().value("analysis/views") == "duos"
    window.set_project(None)
    assert window.open_project(str(analysis_path))
    assert [v.kind for v in window.analysis.views()] == ["duos"]
    settle(window.analysis.views()[0], qtbot)
    assert window.analysis.views()[0].model.rowCount() == 3
    # for screenshots: DUOCODER_OPEN_VIEW names the views to open
    monkeypatch.setenv("DUOCODER_OPEN_VIEW", "matrix,cooccurrence")
    window.set_project(None)
    assert window.open_project(str(analysis_path))
    kinds = [v.kind for v in window.analysis.views()]
    assert kinds == ["duos", "matrix", "cooccurrence"]
    assert window.analysis.tabs.currentWidget().kind == "cooccurrence"


def _slow_cooccurrence(self, **kwargs):  # type: ignore[no-untyped-def]
    """Stands in for a long count: waits until cancelled (or 5 s)."""
    cancelled = kwargs["cancelled"]
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        if cancelled():
            raise AnalysisCancelledError()
        time.sleep(0.01)
    raise AssertionError("the count was never cancelled")


def test_a_long_count_shows_a_busy_bar_and_can_be_cancelled(
    analysis_window, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = analysis_window
    view = open_from_menu(window, qtbot, "cooccurrence")
    monkeypatch.setattr(Project, "cooccurrence", _slow_cooccurrence)
    view.mode.setCurrentIndex(view.mode.findData("paragraph"))
    qtbot.waitUntil(lambda: view.busy.isVisible())
    assert view.busy.label.text() == "Calculating…"
    assert window.transcript.isEnabled()  # the window stays usable meanwhile
    QTest.mouseClick(view.busy.cancel, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.busy.isVisible())
    assert view.notice.text() == "⚠ Cancelled. Press Recalculate (F5) to count again."
    # closing the project while a count runs waits for it to stop
    view.schedule(0)
    qtbot.waitUntil(lambda: view.runner.busy)
    window.set_project(None)
    assert not view.runner.busy and view.controller is None


def test_the_keyboard_reaches_the_matrix_and_its_pairs(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = analysis_window
    view = open_from_menu(window, qtbot, "cooccurrence")
    window.transcript.setFocus()
    window.actions_.go_analysis.trigger()
    assert QApplication.focusWidget() is view.table
    view.table.setCurrentIndex(view.model.index(0, 0))
    QTest.keyClick(view.table, Qt.Key.Key_Right)  # Vertrouwen × Klik
    qtbot.waitUntil(lambda: view.pairs.model.rowCount() == 2)
    QTest.keyClick(view.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.pairs.table
    view.pairs.table.setCurrentIndex(view.pairs.model.index(0, 2))
    QTest.keyClick(view.pairs.table, Qt.Key.Key_Return)
    assert window.transcript.textCursor().selectedText() == "ik vertrouw Ben volledig"


def test_dark_heat_maps_keep_their_numbers_readable(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    try:
        for name in ("light", "dark"):
            theme.apply_theme(app, name)
            for r in range(view.model.rowCount()):
                for c in range(view.model.columnCount()):
                    index = view.model.index(r, c)
                    bg = index.data(Qt.ItemDataRole.BackgroundRole)
                    if bg is None:
                        continue
                    fg = QColor(index.data(Qt.ItemDataRole.ForegroundRole))
                    lo, hi = sorted((_luminance(QColor(bg)), _luminance(fg)))
                    assert (hi + 0.05) / (lo + 0.05) >= 4.5, (name, r, c)
            hot = QColor(view.model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole))
            assert theme.is_dark() == (name == "dark") and hot.lightnessF() < 0.9
    finally:
        theme.apply_theme(app, "light")


def test_the_views_speak_dutch(app, qtbot, analysis_path) -> None:  # type: ignore[no-untyped-def]
    from duocoder.gui.common.i18n import install_translation
    from duocoder.gui.shell.main_window import MainWindow

    try:
        install_translation(app, "nl")
        w = MainWindow()
        qtbot.addWidget(w)
        w.show()
        w.open_project(str(analysis_path))
        assert "A&nalyse" in [a.text() for a in w.menuBar().actions()]
        view = open_from_menu(w, qtbot, "cooccurrence")
        assert w.analysis.tabs.tabText(0) == "Co-occurrentie"
        assert "Samen voorkomen: twee fragmenten overlappen" in view.definition.toPlainText()
        assert view.filters.role.itemText(0) == "Alle rollen"
        assert view.filters.role.itemText(2) == "deelnemer"
        tip = view.model.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
        assert tip.endswith("4 fragmenten in 3 documenten")
        matrix = open_from_menu(w, qtbot, "matrix")
        assert matrix.model.headerData(0, Qt.Orientation.Horizontal) == "coördinator"
        w.set_project(None)
    finally:
        install_translation(app, "en")
