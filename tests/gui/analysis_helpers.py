"""Driving the analysis views like a researcher: open them from the menu, wait for the
count, click cells and read what the table shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from duocoder.gui.analysis.heatmap import KEY_ROLE, VALUE_ROLE
from duocoder.gui.analysis.view import AnalysisView


def open_from_menu(window: Any, qtbot: Any, kind: str) -> AnalysisView:
    """Analysis ▸ <view>, then wait until its first count is on screen."""
    action = window.actions_.analysis[kind]
    assert action in window.analysis_menu.actions() and action.isEnabled()
    action.trigger()
    view = window.analysis.view(kind)
    assert view is not None and window.analysis.tabs.currentWidget() is view
    settle(view, qtbot)
    return view


def settle(view: AnalysisView, qtbot: Any) -> None:
    """Wait for the pending recount (debounce timer and worker) to be shown."""
    qtbot.waitUntil(lambda: not view._timer.isActive() and not view.runner.busy, timeout=5000)
    QApplication.processEvents()


def headers(model: Any, orientation: Qt.Orientation, role: int = 0) -> list[Any]:
    count = model.columnCount() if orientation == Qt.Orientation.Horizontal else model.rowCount()
    return [model.headerData(i, orientation, role) for i in range(count)]


def row_keys(model: Any) -> list[Any]:
    return headers(model, Qt.Orientation.Vertical, KEY_ROLE)


def values(model: Any) -> list[list[float]]:
    return [
        [model.index(r, c).data(VALUE_ROLE) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def texts(model: Any) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def click_cell(table: QAbstractItemView, index: QModelIndex) -> None:
    """A mouse click in the middle of the cell, as the researcher makes it."""
    table.scrollTo(index)
    rect = table.visualRect(index)
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
