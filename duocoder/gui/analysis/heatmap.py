"""Heat-map tables: a thin model over a matrix of numbers, cell colour scaled by value.

The colour scale is the one the spreadsheet export uses (white to the same soft red), so a
table on screen and the .xlsx a researcher pastes into a report look alike. The scale's
top is the largest value off the diagonal: a code's own count (the diagonal of a
co-occurrence matrix) is far larger than any pair and would otherwise leave every other
cell pale. The text colour of each cell is whichever of the palette's text colours reads
better on that background, so light and dark themes both stay legible.

Column headers of code matrices carry long code names; `RotatedHeader` writes them upwards
so 40 codes fit side by side, and the rows indent sub-codes under their theme."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

from duocoder.domain.codepaths import split_path
from duocoder.domain.records import CodeInfo
from duocoder.gui.common import theme

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's number, for tests and exports
KEY_ROLE = Qt.ItemDataRole.UserRole + 2  # header sections: the code id / role / duo
HEAT = QColor("#f8696b")  # = the export's colour scale (duocoder.io.tables)
INDENT = "\u2003"  # an em space per level of the code tree


@dataclass(frozen=True, slots=True)
class AxisItem:
    """One row or column header: what it shows, its tooltip, and what it stands for."""

    label: str
    tooltip: str = ""
    icon: QIcon | None = None
    key: Any = None


def code_axis(
    paths: Sequence[str], codes: Sequence[CodeInfo], keys: Sequence[Any]
) -> list[AxisItem]:
    """Code headers: the code's own name, indented by depth, in the code's colour; the
    full path in the tooltip (two codes may share a name under different themes)."""
    colour = {c.path: c.color for c in codes}
    out = []
    for path, key in zip(paths, keys, strict=True):
        parts = split_path(path)
        icon = theme.swatch_icon(colour[path]) if path in colour else None
        out.append(AxisItem(INDENT * (len(parts) - 1) + parts[-1], path, icon, key))
    return out


def heat_background(fraction: float) -> QColor:
    """The cell colour for a value at `fraction` (0..1) of the scale's top."""
    base = theme.palette().color(QPalette.ColorRole.Base)
    top = 0.72 if theme.is_dark() else 0.9
    return theme.blend(base, HEAT, 0.1 + (top - 0.1) * max(0.0, min(1.0, fraction)))


def _luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


def readable_on(background: QColor) -> QColor:
    """Black-ish or white-ish text, whichever contrasts more with `background`."""
    p = theme.palette()
    candidates = [p.color(QPalette.ColorRole.Text), p.color(QPalette.ColorRole.HighlightedText)]
    candidates += [QColor("#000000"), QColor("#ffffff")]
    bg = _luminance(background)

    def contrast(c: QColor) -> float:
        a, b = sorted((bg, _luminance(c)))
        return (b + 0.05) / (a + 0.05)

    best = max(candidates, key=contrast)
    return best if contrast(best) >= 4.5 else max(candidates[2:], key=contrast)


def diagonal_background() -> QColor:
    p = theme.palette()
    return theme.blend(p.color(QPalette.ColorRole.Base), p.color(QPalette.ColorRole.Text), 0.08)


class HeatmapModel(QAbstractTableModel):
    """Rows × columns of numbers with their shown texts; `tooltip(row, col)` says what a
    cell counts. With `diagonal`, cell (i, i) is a code's own count: shaded neutral and
    left out of the colour scale."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AxisItem] = []
        self.columns: list[AxisItem] = []
        self.values: list[list[float]] = []
        self.texts: list[list[str]] = []
        self.diagonal = False
        self.tooltip: Callable[[int, int], str] | None = None
        self.top = 0.0

    def set_matrix(
        self,
        rows: list[AxisItem],
        columns: list[AxisItem],
        values: list[list[float]],
        texts: list[list[str]],
        *,
        diagonal: bool = False,
        tooltip: Callable[[int, int], str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.rows, self.columns, self.values, self.texts = rows, columns, values, texts
        self.diagonal, self.tooltip = diagonal, tooltip
        self.top = max(
            (
                v
                for r, line in enumerate(values)
                for c, v in enumerate(line)
                if not (diagonal and r == c)
            ),
            default=0.0,
        )
        self.endResetModel()

    def clear(self) -> None:
        self.set_matrix([], [], [], [])

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        items = self.columns if orientation == Qt.Orientation.Horizontal else self.rows
        if not 0 <= section < len(items):
            return None
        item = items[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.tooltip or item.label
        if role == Qt.ItemDataRole.DecorationRole:
            return item.icon
        if role == KEY_ROLE:
            return item.key
        if role == Qt.ItemDataRole.TextAlignmentRole and orientation == Qt.Orientation.Vertical:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r, c = index.row(), index.column()
        if not (0 <= r < len(self.rows) and 0 <= c < len(self.columns)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[r][c]
        if role == VALUE_ROLE:
            return self.values[r][c]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(r, c) if self.tooltip is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            bg = self._background(r, c)
            if bg is None:
                return None
            return bg if role == Qt.ItemDataRole.BackgroundRole else readable_on(bg)
        if role == Qt.ItemDataRole.FontRole and self.diagonal and r == c:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _background(self, r: int, c: int) -> QColor | None:
        if self.diagonal and r == c:
            return diagonal_background()
        value = self.values[r][c]
        if value <= 0 or self.top <= 0:
            return None
        return heat_background(value / self.top)


class RotatedHeader(QHeaderView):
    """A horizontal header that writes its labels upwards, elided at `MAX_HEIGHT`."""

    MAX_HEIGHT = 130
    PADDING = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def _labels(self) -> list[str]:
        model = self.model()
        if model is None:
            return []
        return [
            str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(self.count())
        ]

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        fm = self.fontMetrics()
        widest = max((fm.horizontalAdvance(t) for t in self._labels()), default=0)
        return QSize(hint.width(), min(self.MAX_HEIGHT, widest + 2 * self.PADDING + 4))

    def sectionSizeFromContents(self, logical: int) -> QSize:
        return QSize(self.fontMetrics().height() + self.PADDING, self.sizeHint().height())

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        option.initFrom(self)
        option.rect = rect
        option.section = logical
        option.orientation = Qt.Orientation.Horizontal
        selection = self.selectionModel()
        if selection is not None and selection.columnIntersectsSelection(logical, self.rootIndex()):
            option.state |= QStyle.StateFlag.State_Sunken
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()
        model = self.model()
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "") if model else ""
        fm = self.fontMetrics()
        room = rect.height() - 2 * self.PADDING
        text = fm.elidedText(text.strip(INDENT), Qt.TextElideMode.ElideRight, room)
        painter.save()
        painter.setPen(self.palette().color(QPalette.ColorRole.ButtonText))
        x = rect.left() + (rect.width() + fm.ascent() - fm.descent()) / 2
        painter.translate(x, rect.bottom() - self.PADDING)
        painter.rotate(-90)
        painter.drawText(0, 0, text)
        painter.restore()


def make_heat_table(model: HeatmapModel, parent: QWidget, *, rotated: bool = True) -> QTableView:
    """A read-only table over `model`: one cell current at a time, code names on the left."""
    table = QTableView(parent)
    if rotated:
        table.setHorizontalHeader(RotatedHeader(table))
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setWordWrap(False)
    table.setCornerButtonEnabled(False)
    table.setTabKeyNavigation(False)  # arrows move between cells, Tab on to the next part
    rows = table.verticalHeader()
    rows.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
    rows.setMaximumWidth(200)
    rows.setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


def fit_columns(table: QTableView, texts: list[list[str]], rotated: bool) -> None:
    """Columns as narrow as their numbers allow (rotated headers), else as wide as their
    header label."""
    fm = table.fontMetrics()
    widest = max((fm.horizontalAdvance(t) for line in texts for t in line), default=0)
    header = table.horizontalHeader()
    if rotated:
        width = max(fm.height() + 10, widest + 14)
        header.setMinimumSectionSize(width)
        header.setDefaultSectionSize(width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.updateGeometry()
    else:  # few columns (roles, duos): they share the width, but never below their label
        header.setMinimumSectionSize(max(widest + 14, 56, header_width(table)))
        # Qt elides a two-line label ("Duo 1" over "deelnemer") as if it were one line:
        # every line fits the width above, so nothing is cut
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    # tall enough for the header and two rows: in a short pane a splitter would otherwise
    # cut upright names off at the top, or leave a table of no row at all
    rows = table.verticalHeader().defaultSectionSize()
    scroll = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    extra = 2 * table.frameWidth() + scroll
    table.setMinimumHeight(header.sizeHint().height() + 2 * rows + extra)


def header_width(table: QTableView) -> int:
    """What the widest horizontal header label needs to be read whole: its longest line
    ("Duo 12" over "vrijwilliger"), its icon and the style's margins."""
    header = table.horizontalHeader()
    model = table.model()
    if model is None:
        return 0
    fm = header.fontMetrics()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, header)
    widest = 0
    for col in range(model.columnCount()):
        label = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        lines = label.split("\n")
        has_icon = model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.DecorationRole)
        extra = icon + margin if has_icon is not None else 0
        widest = max(widest, max(fm.horizontalAdvance(t) for t in lines) + extra)
    sort = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return widest + 4 * margin + sort


def format_number(value: float, decimals: int = 0) -> str:
    """A number as the window's language writes it (0,38 in Dutch, 0.38 in English)."""
    locale = QLocale(
        QLocale.Language.Dutch if theme.ui_language() == "nl" else QLocale.Language.English
    )
    return locale.toString(float(value), "f", decimals) if decimals else locale.toString(int(value))
