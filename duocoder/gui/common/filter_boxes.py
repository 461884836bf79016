"""The combo boxes every filter row shares: roles with their badge, and value lists that
keep the researcher's choice when they are refilled after a change."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox, QWidget

from duocoder.domain.roles import ROLE_ORDER
from duocoder.gui.common import theme


def add_role_items(box: QComboBox, everything: str | None = None) -> QComboBox:
    """The roles with their badge and the researchers' word, after an optional "all" item."""
    if everything is not None:
        box.addItem(everything, None)
    for role in ROLE_ORDER:
        box.addItem(theme.role_icon(role), theme.role_label(role), role.value)
    return box


def role_box(parent: QWidget, everything: str) -> QComboBox:
    return add_role_items(QComboBox(parent), everything)


def fill_box(box: QComboBox, values: Iterable[str], everything: str) -> bool:
    """Refill a filter box with `everything` first, keeping the current choice, without
    announcing the refill as a change of filter. True when the chosen value is gone (renamed
    or deleted), so the box fell back to `everything` and the caller may have to recount."""
    current = box.currentData()
    blocked = box.blockSignals(True)
    box.clear()
    box.addItem(everything, None)
    for v in values:
        box.addItem(v, v)
    found = box.findData(current) if current is not None else 0
    box.setCurrentIndex(max(0, found))
    box.blockSignals(blocked)
    return current is not None and found < 0
