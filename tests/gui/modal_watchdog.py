"""A guard for the GUI tests: a modal dialog nobody answers fails its test instead of
hanging the run.

A dialog opened with exec() runs its own event loop; when a test does not expect it (or
answers it too early, before it exists) the loop waits for a click that never comes, and
the whole suite stops until CI's budget runs out. pytest-timeout's signal cannot reach
into that loop. A timer of the test's own can: nested event loops still run timers, so
every GUI test gets one that looks at the modal dialogs on screen, closes any that stayed
open longer than `MODAL_SECONDS_ENV` seconds (120 unless set), and fails the test with the
dialog's title and text. The run goes on with the next test."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

MODAL_SECONDS_ENV = "DUOCODER_TEST_MODAL_SECONDS"
"""How long a test may leave a modal dialog unanswered. Dialogs opened with open() are modal
too and stay up while a test waits for their work (an export's 25 s on a loaded machine), so
the limit lies above the slowest healthy test, and well below pytest-timeout's 300 s."""

DEFAULT_SECONDS = 120.0

WAITING: list[QTimer] = []
"""Timers of `tests.gui.helpers.when_shown` waiting for their dialog, kept alive until it
came; the ones still waiting when a test ends are stopped, so they cannot answer a dialog
of a later test."""
POLL_MS = 200


def describe(widget: QWidget) -> str:
    """The dialog as a reader of the failure needs it: its class, title and visible text."""
    parts: list[str] = []
    if isinstance(widget, QMessageBox):
        parts += [widget.text(), widget.informativeText()]
    elif isinstance(widget, (QInputDialog, QProgressDialog)):
        parts.append(widget.labelText())
    elif isinstance(widget, QMenu):
        parts += [a.text() for a in widget.actions() if a.text()]
    else:
        parts += [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    text = " | ".join(p.strip() for p in parts if p and p.strip())
    return f"{type(widget).__name__} {widget.windowTitle()!r}: {text or '(no text)'}"


def close(widget: QWidget) -> None:
    """Close the way Escape would, so the code that opened the dialog goes on as if the
    researcher cancelled."""
    if isinstance(widget, QDialog):
        widget.reject()
    else:
        widget.close()


class ModalWatchdog:
    """Polls the active popup menu or modal dialog (a menu's exec() blocks like a dialog's)
    and closes one that outstays its time."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.current: tuple[int, float] | None = None  # the widget's address, first seen
        self.stuck: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def poll(self) -> None:
        widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if widget is None:
            self.current = None
            return
        # the C++ object's address: a dialog made in C++ (QMessageBox.warning) may get a
        # new Python wrapper, and so a new id(), on every call
        address = shiboken6.getCppPointer(widget)[0]
        now = time.monotonic()
        if self.current is None or self.current[0] != address:
            self.current = (address, now)
        if now - self.current[1] < self.seconds:
            return
        self.stuck.append(describe(widget))
        self.current = None
        close(widget)

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def modal_seconds() -> float:
    value = os.environ.get(MODAL_SECONDS_ENV, "")
    try:
        return float(value) if value else DEFAULT_SECONDS
    except ValueError:
        return DEFAULT_SECONDS


@pytest.fixture(autouse=True)
def unanswered_dialogs_fail(qapp: QApplication) -> Iterator[ModalWatchdog]:
    """Every GUI test runs under the watchdog; a dialog it had to close fails the test."""
    watchdog = ModalWatchdog(modal_seconds())
    watchdog.start()
    yield watchdog
    watchdog.stop()
    for timer in WAITING:
        timer.stop()
    WAITING.clear()
    if watchdog.stuck:
        pytest.fail(
            f"a modal dialog stayed open more than {watchdog.seconds:g} s and was closed: "
            + "; ".join(watchdog.stuck),
            pytrace=False,
        )
