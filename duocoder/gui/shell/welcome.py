"""What the window shows without a project: start a new one, open one (a file or a team
project on a server), or try the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duocoder.gui.common import icons


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    team_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to DuoCoder"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        title.setFont(font)
        intro = QLabel(
            self.tr(
                "Code interview transcripts of duowerkingen: import the interviews of "
                "coordinators, participants and volunteers, and code them with your codebook."
            ),
            self,
        )
        intro.setWordWrap(True)
        buttons = []
        for text, icon, signal in (
            (self.tr("&New project…"), "new", self.new_requested),
            (self.tr("&Open project…"), "open", self.open_requested),
            (self.tr("Open &team project…"), "open", self.team_requested),
            (self.tr("Open the &demo project"), "code", self.demo_requested),
        ):
            b = QPushButton(icons.icon(icon), text, self)
            b.setIconSize(QSize(20, 20))
            b.setMinimumHeight(36)
            b.clicked.connect(signal)
            buttons.append(b)
        self.recent = QListWidget(self)
        self.recent.setMaximumHeight(180)
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(256)))
        self.recent_label = QLabel(self.tr("&Recent projects:"), self)
        self.recent_label.setBuddy(self.recent)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(8)
        for b in buttons:
            column.addWidget(b)
        column.addSpacing(8)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent)
        box = QWidget(self)
        box.setLayout(column)
        # between a readable and a comfortable line length; centred by stretches, not by
        # an alignment flag (which gives the box its one-line width and clips the wrapped
        # introduction)
        chars = self.fontMetrics().averageCharWidth()
        box.setMinimumWidth(min(44 * chars, 400))
        box.setMaximumWidth(max(72 * chars, 520))
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box, 10)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def set_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for p in paths:
            item = QListWidgetItem(icons.icon("open"), f"{Path(p).stem}  —  {p}")
            item.setData(256, p)
            item.setToolTip(p)  # a long path is cut at its end in the list
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.recent_label.setVisible(bool(paths))
