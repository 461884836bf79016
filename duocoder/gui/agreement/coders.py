"""The coders to compare: a tick box per coder of the project, in the coder's colour.

Agreement needs two coders at least; all coders are ticked when the list is first filled,
except a consensus coder (which is made *from* the others, so comparing with it would
flatter the figures). Each coder keeps one colour, used again in the review's columns."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QWidget

from duocoder.domain.records import CoderInfo
from duocoder.gui.common import theme
from duocoder.gui.common.flow_layout import FlowLayout

# used when the project gives a coder no colour of its own: distinct in light and dark
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b")
CONSENSUS = "Consensus"


def coder_colors(coders: Iterable[CoderInfo]) -> dict[str, str]:
    """Each coder's colour: the project's (`CoderInfo.color`, where a project keeps one), or
    one of `PALETTE` by the coder's place in the project's list, so it stays put."""
    out: dict[str, str] = {}
    for i, coder in enumerate(coders):
        own = getattr(coder, "color", None)
        out[coder.name] = own if isinstance(own, str) and own else PALETTE[i % len(PALETTE)]
    return out


class CoderList(QWidget):
    """Tick boxes side by side, wrapping in a narrow pane. `chosen()` is the ticked names in
    the project's order."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Coders to compare"))
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        self.colors: dict[str, str] = {}
        self._filled = False

    def set_coders(self, coders: list[CoderInfo]) -> None:
        """The project's coders, keeping the ticks of those still there (the first time: all
        but a consensus coder)."""
        ticked = set(self.chosen())
        first = not self._filled
        self.colors = coder_colors(coders)
        for box in self.boxes:
            self.flow.removeWidget(box)
            box.hide()  # at once: deleteLater waits for the event loop
            box.deleteLater()
        self.boxes = []
        for coder in coders:
            box = QCheckBox(coder.name, self)
            box.setIcon(theme.swatch_icon(self.colors[coder.name]))
            on = coder.name.casefold() != CONSENSUS.casefold() if first else coder.name in ticked
            box.setChecked(on)
            box.toggled.connect(lambda _on: self.changed.emit())
            self.flow.addWidget(box)
            self.boxes.append(box)
        self._filled = bool(coders)
        if set(self.chosen()) != ticked:
            self.changed.emit()

    def chosen(self) -> list[str]:
        return [box.text() for box in self.boxes if box.isChecked()]

    def set_chosen(self, names: Iterable[str]) -> None:
        wanted = set(names)
        for box in self.boxes:
            blocked = box.blockSignals(True)
            box.setChecked(box.text() in wanted)
            box.blockSignals(blocked)
        self.changed.emit()
