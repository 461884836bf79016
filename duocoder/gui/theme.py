"""Colours, badges and words that several views share, derived from the system palette so
light and dark themes both stay readable."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from duocoder.domain.roles import Role

ROLE_COLORS: dict[Role, str] = {
    Role.COORDINATOR: "#7b61c9",
    Role.PARTICIPANT: "#e07b39",
    Role.VOLUNTEER: "#2a9d8f",
    Role.OTHER: "#8d99ae",
}


def ui_language() -> str:
    """'nl' when the Dutch translation is installed, else 'en' (see `duocoder.gui.i18n`)."""
    app = QCoreApplication.instance()
    lang = app.property("duocoder_language") if app is not None else None
    return lang if lang in ("nl", "en") else "en"


def role_label(role: Role) -> str:
    """The researchers' own word: coördinator, deelnemer, vrijwilliger in a Dutch window."""
    return role.label(ui_language())


def palette() -> QPalette:
    return QApplication.palette()


def is_dark() -> bool:
    p = palette()
    return p.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def blend(under: QColor, over: QColor, alpha: float) -> QColor:
    """`over` painted with opacity `alpha` on `under`."""
    return QColor.fromRgbF(
        under.redF() * (1 - alpha) + over.redF() * alpha,
        under.greenF() * (1 - alpha) + over.greenF() * alpha,
        under.blueF() * (1 - alpha) + over.blueF() * alpha,
    )


def highlight_alpha() -> float:
    """Code colours are light pastels: strong on white, subdued under light text."""
    return 0.38 if is_dark() else 0.6


def quiet_text() -> QColor:
    """For interviewer turns: clearly secondary, still readable in both themes."""
    p = palette()
    return blend(p.color(QPalette.ColorRole.Text), p.color(QPalette.ColorRole.Base), 0.42)


def _dot(color: str, size: int, ring: bool) -> QIcon:
    icon = QIcon()
    for scale in (1, 2):
        px = QPixmap(size * scale, size * scale)
        px.setDevicePixelRatio(scale)
        px.fill(Qt.GlobalColor.transparent)
        p = QPainter(px)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = QColor(color)
        p.setBrush(c)
        p.setPen(c.darker(140) if ring else Qt.PenStyle.NoPen)
        if ring:
            p.drawRoundedRect(QRectF(2.5, 2.5, size - 5, size - 5), 3, 3)
        else:
            p.drawEllipse(QRectF(3, 3, size - 6, size - 6))
        p.end()
        icon.addPixmap(px)
    return icon


@cache
def role_icon(role: Role) -> QIcon:
    return _dot(ROLE_COLORS[role], 16, ring=False)


@cache
def swatch_icon(color: str) -> QIcon:
    """A code's colour as a small rounded square, with a darker ring for pale colours."""
    return _dot(color, 16, ring=True)
