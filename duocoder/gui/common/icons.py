"""The icon set: small stroke SVGs in resources/icons, tinted with the palette's text colour
when drawn, so they stay crisp at any DPI and visible in dark themes."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from duocoder.app.paths import resources_dir

NAMES = (
    "new",
    "open",
    "import",
    "undo",
    "redo",
    "find",
    "font-bigger",
    "font-smaller",
    "code-add",
    "code",
    "delete",
    "properties",
    "memo",
    "chart",
)


@cache
def _svg(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


class _TintedSvgEngine(QIconEngine):
    """Renders the SVG at the requested size in the colour of the current palette."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _color(self, mode: QIcon.Mode) -> QColor:
        group = (
            QPalette.ColorGroup.Disabled
            if mode == QIcon.Mode.Disabled
            else QPalette.ColorGroup.Active
        )
        return QApplication.palette().color(group, QPalette.ColorRole.WindowText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        svg = _svg(self._name).replace("currentColor", self._color(mode).name())
        QSvgRenderer(QByteArray(svg.encode())).render(painter, rect.toRectF())

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        px = QPixmap(size)
        px.fill(Qt.GlobalColor.transparent)
        painter = QPainter(px)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return px

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._name)


def icon(name: str) -> QIcon:
    """An icon of the set by name (see NAMES); a fresh QIcon follows palette changes."""
    return QIcon(_TintedSvgEngine(name))


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "duocoder.svg"))
