"""The combo boxes every filter row shares: roles with their badge, value lists that keep
the researcher's choice when they are refilled after a change, and the coders' dropdown.

The coders' dropdown (`CoderBox`, shown after a "Coders:" label as "all ▾" or "Lies, Tom ▾")
lets a researcher tick one or more coders: every view whose figures come from codings
offers it, so a count, a list or a quote file can be made of one coder's codings, of the
agreed "Consensus" coder's, or of everyone's, and the view says which."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QComboBox, QMenu, QPushButton, QWidget

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


class _TickMenu(QMenu):
    """A menu that stays open while boxes are ticked, so several coders take one visit."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isEnabled() and action.isCheckable():
            action.trigger()
            return
        super().mouseReleaseEvent(event)


class CoderBox(QPushButton):
    """A dropdown of the project's coders with a tick box each; none ticked means all.
    `chosen()` is what the core's `coders=` filters take (None for all)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # a button with a menu looks like the combo boxes beside it: text left, arrow right
        self.setStyleSheet("QPushButton { text-align: left; padding: 3px 6px; }")
        self.setMinimumWidth(12 * self.fontMetrics().averageCharWidth())
        self.setAccessibleName(self.tr("Coders"))
        self._menu = _TickMenu(self)
        self.setMenu(self._menu)
        self._all = QAction(self.tr("All coders"), self)
        self._all.setCheckable(True)
        self._all.triggered.connect(lambda: self.set_chosen(None))
        self._names: list[str] = []
        self._ticked: list[str] = []
        self._actions: dict[str, QAction] = {}
        self._rebuild()

    def follow(self, names: Callable[[], Iterable[str]]) -> None:
        """Refill from `names` each time the menu opens: for a panel that does not hear of
        the project's changes, so a coder added since is there to tick."""
        self._menu.aboutToShow.connect(lambda: self.set_coders(names()))

    # -- reading ----------------------------------------------------------------------------
    def chosen(self) -> list[str] | None:
        """The ticked coders in the project's order, or None when none is (all coders)."""
        return list(self._ticked) or None

    def describe(self) -> str:
        """The choice in words, for a view's summary: "all coders" or the names."""
        return ", ".join(self._ticked) if self._ticked else self.tr("all coders")

    # -- changing ---------------------------------------------------------------------------
    def set_coders(self, names: Iterable[str]) -> bool:
        """The project's coders, keeping the ticks of those still there; True when a ticked
        coder is gone (renamed or deleted), so the caller may have to recount."""
        self._names = list(names)
        kept = [n for n in self._ticked if n in self._names]
        gone = len(kept) != len(self._ticked)
        self._ticked = kept
        self._rebuild()
        return gone

    def set_chosen(self, names: Iterable[str] | None) -> None:
        """Tick exactly `names` (None or empty: all coders); announces a change."""
        wanted = set(names or ())
        ticked = [n for n in self._names if n in wanted]
        changed = ticked != self._ticked
        self._ticked = ticked
        self._sync()  # also puts back a tick the menu toggled by itself
        if changed:
            self.changed.emit()

    def _toggle(self, name: str, on: bool) -> None:
        others = [n for n in self._ticked if n != name]
        self.set_chosen([*others, name] if on else others)

    def _rebuild(self) -> None:
        """One tick box per coder (only when the coders change: a menu must not delete the
        action whose signal is being handled)."""
        self._menu.clear()
        self._menu.addAction(self._all)
        self._menu.addSeparator()
        self._actions = {}
        for name in self._names:
            action = self._menu.addAction(name)
            action.setCheckable(True)
            action.toggled.connect(lambda on, n=name: self._toggle(n, on))
            self._actions[name] = action
        self._sync()

    def _sync(self) -> None:
        """The ticks and the button's text as the choice is."""
        for action, on in (
            (self._all, not self._ticked),
            *((a, n in self._ticked) for n, a in self._actions.items()),
        ):
            blocked = action.blockSignals(True)
            action.setChecked(on)
            action.blockSignals(blocked)
        text = ", ".join(self._ticked) if self._ticked else self.tr("all")
        metrics = self.fontMetrics()
        width = 16 * metrics.averageCharWidth()
        self.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
        self.setToolTip(self.tr("Count the codings of: %1").replace("%1", self.describe()))
