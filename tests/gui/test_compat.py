"""Thousands of Qt calls must not abort the interpreter (PySide6 6.12 on Python 3.11)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def test_many_void_qt_calls_do_not_exhaust_none(app) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    for i in range(50_000):  # more than None's usual reference count
        label.setText(str(i))
    assert label.text() == "49999"
