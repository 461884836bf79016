"""Driving the transcript like a researcher: find words on screen and select them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from duocoder.gui.transcript.view import TranscriptView
from tests.gui.modal_watchdog import WAITING

W = TypeVar("W", bound=QWidget)


def select_text(view: TranscriptView, needle: str, occurrence: int = 0) -> None:
    """Select `needle` as shown in the widget (positions found in Qt's own UTF-16 text)."""
    shown = view.document().toPlainText()
    start = -1
    for _ in range(occurrence + 1):
        start = shown.index(needle, start + 1)
    cursor = view.textCursor()
    cursor.setPosition(_utf16(shown, start))
    cursor.setPosition(_utf16(shown, start) + _units(needle), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def _units(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def _utf16(shown: str, index: int) -> int:
    return _units(shown[:index])


def double_click(widget: QWidget, pos: QPoint) -> None:
    """What a real double click delivers: press, release, double-click, release (Qt 6's
    QTest.mouseDClick sends the double-click event alone)."""
    left = Qt.MouseButton.LeftButton
    QTest.mousePress(widget, left, pos=pos)
    QTest.mouseRelease(widget, left, pos=pos)
    QTest.mouseDClick(widget, left, pos=pos)
    QTest.mouseRelease(widget, left, pos=pos)


def drag_select(
    widget: QWidget,
    start: QPoint,
    end: QPoint,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press, move with the button held, release: a mouse selection."""
    left = Qt.MouseButton.LeftButton
    QTest.mousePress(widget, left, modifiers, start)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(end),
        QPointF(widget.mapToGlobal(end)),
        Qt.MouseButton.NoButton,
        left,
        modifiers,
    )
    QApplication.sendEvent(widget, move)
    QTest.mouseRelease(widget, left, modifiers, end)


def qt_position(view: TranscriptView, needle: str) -> int:
    """Where `needle` starts, in the widget's own (UTF-16) positions."""
    shown = view.document().toPlainText()
    return _utf16(shown, shown.index(needle))


def when_shown(kind: type[W], act: Callable[[W], None], every_ms: int = 10) -> QTimer:
    """Call `act(widget)` once the modal dialog or popup menu of type `kind` is on screen.

    Start it before the action that opens the widget with exec(): the action blocks until
    the widget is closed, so the answer must come from a timer inside its event loop. A
    fixed delay (QTimer.singleShot(100, …)) fires before the widget exists on a loaded
    machine and leaves it waiting for a click that never comes; this timer looks again
    every few milliseconds until the widget is there, then acts once and stops."""
    timer = QTimer()
    timer.setInterval(every_ms)

    def poll() -> None:
        shown = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if not isinstance(shown, kind) or not shown.isVisible():
            return
        timer.stop()
        if timer in WAITING:
            WAITING.remove(timer)
        act(shown)

    timer.timeout.connect(poll)
    WAITING.append(timer)
    timer.start()
    return timer
