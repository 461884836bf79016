"""What the window shows without a project: try the demo, start a new project, open one (a
file or a team project on a server), or pick up a recent one.

Two quiet columns in the middle of the window, at a width one reads comfortably: what to
start with on the left, the recent projects (name, and its folder in small print) on the
right; a project that is no longer where it was is marked, and any can be taken off the
list."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.team_projects import is_team_address
from duocoder.gui.common import icons

PATH_ROLE = int(Qt.ItemDataRole.UserRole)


def small_print(label: QLabel) -> QLabel:
    """Small print in a quiet colour, between the text's and the background's (readable,
    unlike the disabled grey, in light and dark palettes alike)."""
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setProperty("small_print", True)
    quiet_colour(label)
    return label


def quiet_colour(label: QLabel) -> None:
    """Give small print the quiet colour of the application's palette now (again after
    View ▸ Theme)."""
    palette = QApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    back = palette.color(QPalette.ColorRole.Window)
    quiet = QColor(
        (text.red() * 3 + back.red() * 2) // 5,
        (text.green() * 3 + back.green() * 2) // 5,
        (text.blue() * 3 + back.blue() * 2) // 5,
    )
    sheet = f"color: {quiet.name()}"  # a palette would lose to the list's style sheet
    if label.styleSheet() != sheet:
        label.setStyleSheet(sheet)


class RecentRow(QWidget):
    """One recent project: its name, its folder (or server) in small print, and a button
    that takes it off the list."""

    def __init__(self, path: str, found: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        if is_team_address(path):
            where, _, database = path.split("://", 1)[-1].rpartition("/")
            name, place = database, self.tr("Team project on %1").replace("%1", where)
        else:
            name, place = Path(path).stem, str(Path(path).parent)
        self.name = QLabel(name, self)
        bold = self.name.font()
        bold.setWeight(QFont.Weight.DemiBold)
        self.name.setFont(bold)
        self.place = small_print(QLabel(place, self))
        self.place.setToolTip(path)
        if not found:
            self.name.setEnabled(False)
            self.place.setText(self.tr("Not found: %1").replace("%1", place))
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(self.tr("Remove from the list (the project itself stays)"))
        self.remove.setAccessibleName(self.tr("Remove %1 from the list").replace("%1", name))
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.name)
        text.addWidget(self.place)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 5, 4, 5)
        row.addLayout(text, 1)
        row.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignVCenter)
        self.place.setMinimumWidth(1)  # a long folder is cut, the row keeps its width
        self.place.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)


class WelcomePage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    team_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)
    forget_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        logo = QLabel(self)
        logo.setPixmap(icons.app_icon().pixmap(QSize(48, 48)))
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
        heading = QHBoxLayout()
        heading.setSpacing(14)
        heading.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(title)
        words.addWidget(intro)
        heading.addLayout(words, 1)

        self.buttons: dict[str, QCommandLinkButton] = {}
        start = QVBoxLayout()
        start.setSpacing(2)
        start.addWidget(self._heading(self.tr("Start")))
        for key, text, description, icon, signal in (
            (
                "demo",
                self.tr("Open the &demo project"),
                self.tr("Three interviews of one duowerking, already coded"),
                "code",
                self.demo_requested,
            ),
            (
                "new",
                self.tr("&New project…"),
                self.tr("Name, language and the codebook to start from"),
                "new",
                self.new_requested,
            ),
            (
                "open",
                self.tr("&Open…"),
                self.tr("A project file (.duocoder) on this computer"),
                "open",
                self.open_requested,
            ),
            (
                "team",
                self.tr("Open &team project…"),
                self.tr("A project the team shares on a PostgreSQL server"),
                "open",
                self.team_requested,
            ),
        ):
            b = QCommandLinkButton(text, description, self)
            b.setIcon(icons.icon(icon))
            b.setIconSize(QSize(20, 20))
            b.clicked.connect(signal)
            start.addWidget(b)
            self.buttons[key] = b
        start.addStretch(1)

        self.recent = QListWidget(self)
        self._last_open = ("", 0.0)
        self.recent.setFrameShape(QFrame.Shape.NoFrame)
        # rows on the page itself, not in a white box: a list as tall as its projects
        self.recent.viewport().setAutoFillBackground(False)
        self.recent.setStyleSheet("QListWidget { background: transparent; }")
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.itemActivated.connect(self._open_item)
        self.recent.itemClicked.connect(self._open_item)
        self.recent_label = self._heading(self.tr("&Recent projects"))
        self.recent_label.setBuddy(self.recent)
        self.no_recent = small_print(
            QLabel(self.tr("The projects you open will be listed here."), self)
        )
        self.no_recent.setWordWrap(True)
        recent = QVBoxLayout()
        recent.setSpacing(6)
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent)
        recent.addWidget(self.no_recent)
        recent.addStretch(1)

        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(start, 1)
        columns.addLayout(recent, 1)
        column = QVBoxLayout()
        column.setSpacing(24)
        column.addLayout(heading)
        column.addLayout(columns)
        box = QWidget(self)
        box.setLayout(column)
        # between a readable and a comfortable line length; centred by stretches, not by
        # an alignment flag (which gives the box its one-line width and clips the wrapped
        # introduction)
        chars = self.fontMetrics().averageCharWidth()
        box.setMinimumWidth(min(70 * chars, 560))
        box.setMaximumWidth(max(120 * chars, 840))
        box.setMaximumHeight(max(40 * self.fontMetrics().height(), 460))
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box, 10)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(middle, 10)
        outer.addStretch(3)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # light, dark or the system's
            for label in self.findChildren(QLabel):
                if label.property("small_print"):
                    quiet_colour(label)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
        return label

    def set_recent(self, paths: list[str]) -> None:
        """List the recent projects, the newest first; a file no longer found is marked
        (it may be on a USB stick that is not plugged in) but not opened."""
        self.recent.clear()
        for p in paths:
            found = is_team_address(p) or Path(p).exists()
            item = QListWidgetItem(self.recent)
            item.setData(PATH_ROLE, p)
            if not found:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            row = RecentRow(p, found, self.recent)
            row.remove.clicked.connect(lambda _=False, path=p: self.forget_requested.emit(path))
            item.setSizeHint(row.sizeHint())
            self.recent.setItemWidget(item, row)
        rows = sum(self.recent.sizeHintForRow(i) for i in range(self.recent.count()))
        self.recent.setFixedHeight(rows + 2 * self.recent.frameWidth() + 2)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)

    def rows(self) -> list[RecentRow]:
        rows = [self.recent.itemWidget(self.recent.item(i)) for i in range(self.recent.count())]
        return [r for r in rows if isinstance(r, RecentRow)]

    def _open_item(self, item: QListWidgetItem) -> None:
        """One click opens (as on a web page); a double click or Enter, which some styles
        report as well, does not open it a second time."""
        path = str(item.data(PATH_ROLE))
        now = time.monotonic()
        if self._last_open[0] == path and now - self._last_open[1] < 1.0:
            return
        self._last_open = (path, now)
        if is_team_address(path) or Path(path).exists():
            self.recent_requested.emit(path)
