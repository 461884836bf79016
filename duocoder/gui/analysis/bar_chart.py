"""A grouped horizontal bar chart of a code matrix, drawn with QPainter.

One group of bars per code, one bar per column (a role, in the role's colour from
`theme`; a case or a document in a colour of its own), with the value axis below, the codes
on the left and a legend on top. Horizontal bars because code names are long: written
beside the bars they stay readable without rotating. Codes without any segment get no
group, so the chart shows what was said. Saved as PNG or SVG it is drawn on white with
dark text whatever the window's theme, ready for a report."""

from __future__ import annotations

import errno
import math
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from duocoder.app.exports import write_atomically
from duocoder.gui.analysis.heatmap import format_number
from duocoder.gui.common import theme

MARGIN = 12
LABEL_MAX = 260  # the code names' column, elided beyond this


@dataclass(frozen=True, slots=True)
class Bar:
    """One painted bar: which code (row of the chart's data) and column, where, how much."""

    row: int
    column: int
    rect: QRectF
    value: float


@dataclass(frozen=True, slots=True)
class ChartColors:
    background: QColor
    text: QColor
    grid: QColor

    @classmethod
    def screen(cls) -> ChartColors:
        p = theme.palette()
        base, text = p.color(QPalette.ColorRole.Base), p.color(QPalette.ColorRole.Text)
        return cls(base, text, theme.blend(base, text, 0.15))

    @classmethod
    def paper(cls) -> ChartColors:
        return cls(QColor("#ffffff"), QColor("#222222"), QColor("#dddddd"))


def series_colours(count: int) -> list[QColor]:
    """Distinct colours for columns that are not roles (cases, documents): hues spread by
    the golden angle, so neighbours differ and any number of columns gets a colour."""
    return [QColor.fromHsvF((0.58 + i * 0.381966) % 1.0, 0.55, 0.78) for i in range(count)]


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2 or 5 × 10^k) that divides 0..top into at most about `ticks`."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * power:
            return max(factor * power, 1.0) if top >= 1 else factor * power
    return 10 * power


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.tooltips: list[str] = []
        self.series: list[tuple[str, QColor]] = []
        self.values: list[list[float]] = []
        self.value_title = ""
        self.category_title = ""
        self.decimals = 0
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_data(
        self,
        labels: list[str],
        tooltips: list[str],
        series: list[tuple[str, QColor]],
        values: list[list[float]],
        *,
        value_title: str,
        category_title: str,
        decimals: int = 0,
    ) -> None:
        """`values[code][column]`; codes whose values are all 0 are left out."""
        keep = [i for i, line in enumerate(values) if any(v > 0 for v in line)]
        self.labels = [labels[i] for i in keep]
        self.tooltips = [tooltips[i] for i in keep]
        self.values = [values[i] for i in keep]
        self.series, self.decimals = series, decimals
        self.value_title, self.category_title = value_title, category_title
        self._fit_height()
        self.update()

    def _fit_height(self) -> None:
        """As tall as the codes need at this width (the legend may take more lines)."""
        height = self.chart_height(self.fontMetrics(), self.width())
        if height != self.height():
            self.setFixedHeight(height)
        self.bars = self.layout_bars(QRectF(0, 0, self.width(), height), self.fontMetrics())

    # -- geometry ---------------------------------------------------------------------------
    def _bar_height(self, fm: QFontMetrics) -> float:
        return max(7.0, fm.height() * 0.62)

    def _legend(self, fm: QFontMetrics, width: float) -> list[tuple[float, float, str, QColor]]:
        """(x, y, label, colour) of each legend entry, wrapping onto more lines as needed."""
        out = []
        x, y = float(MARGIN), float(MARGIN)
        box = fm.height() - 4
        for label, colour in self.series:
            step = box + 6 + fm.horizontalAdvance(label) + 18
            if x + step > width - MARGIN and x > MARGIN:
                x, y = float(MARGIN), y + fm.height() + 4
            out.append((x, y, label, colour))
            x += step
        return out

    def _legend_height(self, fm: QFontMetrics, width: float) -> float:
        entries = self._legend(fm, width)
        lines = len({y for _x, y, _l, _c in entries}) or 1
        return lines * (fm.height() + 4) + 10

    def _label_width(self, rect: QRectF, fm: QFontMetrics) -> float:
        """The code names' column: as wide as the longest name, at most `LABEL_MAX` and
        40% of the chart, so the bars keep room in a narrow pane."""
        widest = max((fm.horizontalAdvance(t) for t in self.labels), default=0)
        return float(min(LABEL_MAX, widest, rect.width() * 0.4))

    def chart_height(self, fm: QFontMetrics, width: float) -> int:
        group = len(self.series) * self._bar_height(fm) + 10
        axis = 2 * fm.height() + 18
        legend = self._legend_height(fm, width)
        return int(MARGIN * 2 + legend + len(self.values) * group + axis)

    def _plot(self, rect: QRectF, fm: QFontMetrics) -> QRectF:
        left = MARGIN + fm.height() + 8 + self._label_width(rect, fm) + 8
        top = MARGIN + self._legend_height(fm, rect.width())
        bottom = rect.height() - MARGIN - 2 * fm.height() - 18
        right = rect.width() - MARGIN - fm.horizontalAdvance("0000")
        return QRectF(rect.left() + left, rect.top() + top, max(40.0, right - left), bottom - top)

    def _scale(self) -> tuple[float, float]:
        top = max((v for line in self.values for v in line), default=0.0)
        step = nice_step(top)
        return step, max(step, math.ceil(top / step) * step)

    def layout_bars(self, rect: QRectF, fm: QFontMetrics) -> list[Bar]:
        """Where each bar goes in `rect` (the widget, or a saved image)."""
        plot = self._plot(rect, fm)
        _step, top = self._scale()
        height = self._bar_height(fm)
        group = len(self.series) * height + 10
        bars = []
        for r, line in enumerate(self.values):
            y = plot.top() + r * group + 5
            for c, value in enumerate(line):
                if value > 0:
                    width = plot.width() * value / top
                    bars.append(
                        Bar(r, c, QRectF(plot.left(), y + c * height, width, height - 1), value)
                    )
        return bars

    def sizeHint(self) -> QSize:
        return QSize(480, self.chart_height(self.fontMetrics(), max(self.width(), 480)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_height()

    # -- painting ---------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_chart(painter, QRectF(self.rect()), ChartColors.screen(), self.font())
        painter.end()

    def paint_chart(
        self, painter: QPainter, rect: QRectF, colors: ChartColors, font: QFont
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        fm = QFontMetrics(font)
        painter.fillRect(rect, colors.background)
        plot = self._plot(rect, fm)
        step, top = self._scale()
        self._paint_legend(painter, rect, fm, colors)
        painter.setPen(colors.text)
        # value axis: grid lines, tick labels, title
        ticks = round(top / step)
        for k in range(ticks + 1):
            x = plot.left() + plot.width() * k / ticks
            painter.setPen(colors.grid)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(colors.text)
            label = format_number(k * step, 1 if step < 1 else 0)
            w = fm.horizontalAdvance(label)
            painter.drawText(QPointF(x - w / 2, plot.bottom() + fm.ascent() + 4), label)
        title_w = fm.horizontalAdvance(self.value_title)
        painter.drawText(
            QPointF(
                plot.center().x() - title_w / 2, plot.bottom() + fm.height() + fm.ascent() + 10
            ),
            self.value_title,
        )
        # category axis: code names beside their group, title written upwards
        group = len(self.series) * self._bar_height(fm) + 10
        label_room = plot.left() - (rect.left() + MARGIN + fm.height() + 16)
        for r, label in enumerate(self.labels):
            y = plot.top() + r * group + group / 2
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, int(label_room))
            box = QRectF(plot.left() - 8 - label_room, y - fm.height() / 2, label_room, fm.height())
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text
            )
        painter.save()
        painter.translate(rect.left() + MARGIN + fm.ascent(), plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QPointF(-fm.horizontalAdvance(self.category_title) / 2, 0), self.category_title
        )
        painter.restore()
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
        for bar in self.layout_bars(rect, fm):
            painter.fillRect(bar.rect, self.series[bar.column][1])

    def _paint_legend(
        self, painter: QPainter, rect: QRectF, fm: QFontMetrics, colors: ChartColors
    ) -> None:
        box = fm.height() - 4
        painter.setPen(colors.text)
        for x, y, label, colour in self._legend(fm, rect.width()):
            left, top = rect.left() + x, rect.top() + y
            painter.fillRect(QRectF(left, top + 2, box, box), colour)
            painter.drawText(QPointF(left + box + 6, top + fm.ascent()), label)

    # -- hovering and saving ----------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for bar in self.bars:
                if bar.rect.adjusted(0, 0, 4, 0).contains(QPointF(event.pos())):
                    text = f"{self.tooltips[bar.row]}\n{self.series[bar.column][0]}: "
                    QToolTip.showText(
                        event.globalPos(), text + format_number(bar.value, self.decimals), self
                    )
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)

    def save(self, path: str) -> str:
        """Write the chart to `path`, as SVG when it ends in .svg, else as PNG (at twice
        the screen's pixels, sharp in a printed report). Written beside and moved into
        place, like every export, so a full disk never leaves half a picture."""
        width = max(self.width(), 640)
        size = QSize(width, self.chart_height(self.fontMetrics(), width))
        rect = QRectF(QRect(0, 0, size.width(), size.height()))
        svg = Path(path).suffix.lower() == ".svg"

        def write(tmp: Path) -> None:
            if svg:
                generator = QSvgGenerator()
                generator.setFileName(str(tmp))
                generator.setSize(size)
                generator.setViewBox(rect)
                generator.setTitle(self.value_title)
                painter = QPainter(generator)
            else:
                image = QImage(size * 2, QImage.Format.Format_ARGB32)
                image.setDevicePixelRatio(2)
                painter = QPainter(image)
            self.paint_chart(painter, rect, ChartColors.paper(), self.font())
            painter.end()
            # the stub types the format as bytes; at run time PySide6 takes it as a str
            if not svg and not image.save(str(tmp), "PNG"):  # type: ignore[call-overload]
                raise OSError(errno.EIO, f"Could not write {Path(path).name}")

        write_atomically(path, write)
        return path
