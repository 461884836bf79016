"""Colours, badges and words that several views share, derived from the system palette so
light and dark themes both stay readable."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from duocoder.domain.roles import Role

ROLE_COLORS: dict[Role, str] = {
    Role.COORDINATOR: "#7b61c9",
    Role.PARTICIPANT: "#e07b39",
    Role.VOLUNTEER: "#2a9d8f",
    Role.OTHER: "#8d99ae",
}


def ui_language() -> str:
    """'nl' when the Dutch translation is installed, else 'en' (see `duocoder.gui.common.i18n`)."""
    app = QCoreApplication.instance()
    lang = app.property("duocoder_language") if app is not None else None
    return lang if lang in ("nl", "en") else "en"


def role_label(role: Role) -> str:
    """The researchers' own word: coördinator, deelnemer, vrijwilliger in a Dutch window."""
    return role.label(ui_language())


def palette() -> QPalette:
    return QApplication.palette()


def palette_key() -> tuple[int, int]:
    """What the transcript's formats depend on: the base and text colours."""
    p = palette()
    return (p.color(QPalette.ColorRole.Base).rgba(), p.color(QPalette.ColorRole.Text).rgba())


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


def code_tint(color: QColor) -> QColor:
    """The colour a code paints under text. Codebook colours are pastels chosen on white;
    blended into a dark base they turn into the grey of a selection, so in a dark theme
    their saturation is raised first to keep the hue recognisable."""
    if not is_dark():
        return color
    h, s, v = color.hsvHueF(), color.hsvSaturationF(), color.valueF()
    if h < 0:  # a grey stays grey
        return color
    return QColor.fromHsvF(h, min(1.0, s * 1.6 + 0.2), v * 0.92)


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


# -- light, dark or the system's look ---------------------------------------------------------
THEMES = ("system", "light", "dark")
THEME_ENV = "DUOCODER_THEME"  # overrides the View ▸ Theme setting, e.g. for screenshots
_system_look: tuple[str, QPalette] | None = None

_DARK = {
    QPalette.ColorRole.Window: "#2b2d31",
    QPalette.ColorRole.WindowText: "#e3e5e8",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.ToolTipBase: "#34363b",
    QPalette.ColorRole.ToolTipText: "#e3e5e8",
    QPalette.ColorRole.PlaceholderText: "#8b8e94",
    QPalette.ColorRole.Text: "#e3e5e8",
    QPalette.ColorRole.Button: "#33353a",
    QPalette.ColorRole.ButtonText: "#e3e5e8",
    QPalette.ColorRole.BrightText: "#ff7070",
    QPalette.ColorRole.Light: "#45474d",
    QPalette.ColorRole.Midlight: "#3a3c41",
    QPalette.ColorRole.Mid: "#26282c",
    QPalette.ColorRole.Dark: "#18191b",
    QPalette.ColorRole.Shadow: "#0c0c0d",
    QPalette.ColorRole.Highlight: "#3d6eb3",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7cb4ff",
    QPalette.ColorRole.LinkVisited: "#b89cff",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#7d8086",
    QPalette.ColorRole.Text: "#7d8086",
    QPalette.ColorRole.ButtonText: "#7d8086",
    QPalette.ColorRole.HighlightedText: "#b0b3b8",
    QPalette.ColorRole.Highlight: "#34363b",
}


def dark_palette() -> QPalette:
    """A calm dark palette: not pure black, so the pastel code colours keep their hue."""
    p = QPalette()
    for role, color in _DARK.items():
        p.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return p


class _DarkFusion(QProxyStyle):
    """Fusion draws check box frames in the window colour made darker, which on a dark
    base vanishes: the empty boxes of the code tree could not be seen. Redraw the frame."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in (
            QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
        ):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(0.5, 0.5, -1.5, -1.5), 2, 2)
            painter.restore()


def wanted_theme() -> str:
    """'system', 'light' or 'dark': $DUOCODER_THEME if set, else View ▸ Theme."""
    import os

    from PySide6.QtCore import QSettings

    env = os.environ.get(THEME_ENV, "").strip().lower()
    if env in THEMES:
        return env
    value = QSettings().value("theme", "system")
    return str(value) if value in THEMES else "system"


def apply_theme(app: QApplication, name: str | None = None) -> str:
    """Give the application the look `name` (default: `wanted_theme()`); light and dark use
    the Fusion style, which follows a palette everywhere, 'system' restores what Qt chose."""
    global _system_look
    name = name if name in THEMES else wanted_theme()
    if _system_look is None:
        _system_look = (app.style().name(), QPalette(app.palette()))
    if name == "system":
        app.setStyle(_system_look[0])
        app.setPalette(_system_look[1])
    elif name == "dark":
        app.setStyle(_DarkFusion())
        app.setPalette(dark_palette())
    else:
        app.setStyle("Fusion")
        app.setPalette(app.style().standardPalette())
    swatch_icon.cache_clear()
    return name
