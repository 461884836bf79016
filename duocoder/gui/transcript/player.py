"""The player under the transcript: play/pause, back 5 s, speed, a position slider with the
turns marked, the time, and a button that sets the turn at the cursor to the moment heard.

It only shows and asks: `listening.Listening` plays, follows and changes data. When nothing
can be played (no recording linked, the recording not found, the media extra missing) the
controls are greyed and one sentence says why and what to do."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.player import SPEEDS
from duocoder.domain.media_time import clock
from duocoder.gui.common import theme


def short_clock(seconds: float) -> str:
    """12.5 → 0:12, 3725 → 1:02:05: what a player shows."""
    whole = int(max(seconds, 0.0))
    h, m, s = whole // 3600, whole // 60 % 60, whole % 60
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class TurnSlider(QSlider):
    """A position slider (milliseconds) with a tick at each turn's start: solid where a
    timestamp or sync mark tells it, faint where it is interpolated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.marks: list[tuple[float, bool]] = []  # seconds, approximate
        self.setMinimumHeight(22)

    def set_marks(self, marks: list[tuple[float, bool]]) -> None:
        self.marks = marks
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.marks or self.maximum() <= 0:
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self
        )
        handle = self.style().subControlRect(
            QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self
        )
        span = QRect(groove.left() + handle.width() // 2, 0, groove.width() - handle.width(), 0)
        painter = QPainter(self)
        solid = theme.palette().color(QPalette.ColorRole.Text)
        faint = QColor(solid)
        faint.setAlphaF(0.35)
        for seconds, approximate in self.marks:
            x = span.left() + round(span.width() * seconds * 1000 / self.maximum())
            painter.setPen(faint if approximate else solid)
            painter.drawLine(x, self.height() - 5, x, self.height() - 1)
        painter.end()


class PlayerBar(QWidget):
    play_clicked = Signal()
    back_clicked = Signal()
    speed_chosen = Signal(float)
    seek_requested = Signal(float)  # seconds
    mark_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("player_bar")
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        self.play_button = QToolButton(self)
        self.play_button.setAutoRaise(True)
        self.play_button.clicked.connect(self.play_clicked)
        self.back_button = QToolButton(self)
        self.back_button.setAutoRaise(True)
        self.back_button.setText(self.tr("−5 s"))
        self.back_button.clicked.connect(self.back_clicked)
        self.speed = QComboBox(self)
        for rate in SPEEDS:
            self.speed.addItem(f"{rate:g}×", rate)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setToolTip(self.tr("Playback speed (the voice keeps its pitch)"))
        self.speed.activated.connect(
            lambda i: self.speed_chosen.emit(float(self.speed.itemData(i)))
        )
        self.slider = TurnSlider(self)
        self.slider.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.slider.sliderReleased.connect(
            lambda: self.seek_requested.emit(self.slider.value() / 1000)
        )
        self.slider.actionTriggered.connect(self._slider_action)
        self.time = QLabel(self)
        self.time.setTextFormat(Qt.TextFormat.PlainText)
        self.mark_button = QToolButton(self)
        self.mark_button.setText(self.tr("Sync turn"))
        self.mark_button.setToolTip(
            self.tr(
                "The turn at the text cursor starts at the moment now playing (a sync mark; "
                "the text does not change)"
            )
        )
        self.mark_button.clicked.connect(self.mark_clicked)
        self.note = QLabel(self)  # why it cannot play, or plays silently: one sentence
        self.note.setWordWrap(True)
        self.note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        for widget in (self.play_button, self.back_button, self.speed):
            row.addWidget(widget)
        row.addWidget(self.slider, 3)
        row.addWidget(self.time)
        row.addWidget(self.mark_button)
        column.addWidget(self.note)
        self.set_playing(False)
        self.set_position(0.0, 0.0, False)

    def _slider_action(self, action: int) -> None:
        """A click on the groove or a key moves the slider: seek there at once."""
        if action != QSlider.SliderAction.SliderMove.value:
            self.seek_requested.emit(self.slider.sliderPosition() / 1000)

    def set_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_button.setIcon(
            self.style().standardIcon(
                QStyle.StandardPixmap.SP_MediaPause
                if playing
                else QStyle.StandardPixmap.SP_MediaPlay
            )
        )
        self.play_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    def set_position(self, seconds: float, duration: float, approximate: bool) -> None:
        if not self.slider.isSliderDown():
            self.slider.setMaximum(max(int(duration * 1000), 0))
            self.slider.setValue(int(seconds * 1000))
        about = "≈ " if approximate else ""
        self.time.setText(f"{about}{short_clock(seconds)} / {short_clock(duration)}")
        self.time.setToolTip(clock(seconds))

    def set_usable(self, usable: bool, note: str = "") -> None:
        """Grey the controls out (`usable` false) and say why in one sentence."""
        for widget in (
            self.play_button,
            self.back_button,
            self.speed,
            self.slider,
            self.mark_button,
        ):
            widget.setEnabled(usable)
        if not usable:  # nothing of another recording may linger
            self.slider.set_marks([])
            self.set_position(0.0, 0.0, False)
            self.set_playing(False)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.time.setVisible(usable)
