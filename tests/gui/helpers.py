"""Driving the transcript like a researcher: find words on screen and select them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from duocoder.gui.transcript.view import TranscriptView


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
