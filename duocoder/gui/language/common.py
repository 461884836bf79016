"""Small widgets the language panels share: a code box you can type into, filter boxes,
and a message line that shows the core's sentences inline instead of in message boxes."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QWidget

from duocoder.domain.codepaths import split_path
from duocoder.domain.records import CodeInfo
from duocoder.gui.common import theme

ERROR_LIGHT, ERROR_DARK = "#b3261e", "#ff8a80"


def code_label(path: str) -> str:
    """A code as the code picker shows it: `Verbinding ▸ Vertrouwen`."""
    return " ▸ ".join(split_path(path))


class CodeChooser(QComboBox):
    """A code box that filters as you type (any part of the path), like "Code with…";
    Enter or a click on the popup chooses. `code_id()` resolves what is typed."""

    def __init__(self, parent: QWidget | None = None, *, everything: str | None = None) -> None:
        super().__init__(parent)
        self.everything = everything  # a first entry meaning "no particular code"
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        edit = self.lineEdit()  # the box is editable, so it has one
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type to filter codes…"))

    def set_codes(self, codes: Iterable[CodeInfo], current: int | None = None) -> None:
        """Fill the box, keeping the chosen code if it is still there."""
        keep = self.code_id() if current is None else current
        blocked = self.blockSignals(True)
        self.clear()
        if self.everything is not None:
            self.addItem(self.everything, None)
        for c in codes:
            self.addItem(theme.swatch_icon(c.color), code_label(c.path), c.id)
        found = self.findData(keep) if keep is not None else -1
        if found < 0 and self.everything is not None:
            found = 0
        self.setCurrentIndex(found)  # -1: an empty box with its "type to filter" hint
        self.blockSignals(blocked)

    def code_id(self) -> int | None:
        """The code whose name is typed (exactly, or as the only code containing it)."""
        text = self.currentText().strip().casefold()
        if not text:
            return None
        labels = [(self.itemText(i).casefold(), self.itemData(i)) for i in range(self.count())]
        exact = [data for label, data in labels if label == text]
        if exact:
            return exact[0]
        partial = [data for label, data in labels if text in label and data is not None]
        return partial[0] if len(partial) == 1 else None

    def unknown(self) -> bool:
        """Whether something is typed that names no code (so nothing should run)."""
        text = self.currentText().strip()
        return bool(text) and text != self.everything and self.code_id() is None

    def choose(self, code_id: int) -> None:
        found = self.findData(code_id)
        if found >= 0:
            self.setCurrentIndex(found)


class MessageLine(QLabel):
    """One line under a panel for counts and the core's error sentences; errors are drawn
    in a red that stays readable on light and dark bases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = False

    def show_text(self, text: str) -> None:
        self.error = False
        self.setPalette(QPalette())
        self.setText(text)

    def show_error(self, text: str) -> None:
        self.error = True
        palette = QPalette(self.palette())
        palette.setColor(
            QPalette.ColorRole.WindowText, QColor(ERROR_DARK if theme.is_dark() else ERROR_LIGHT)
        )
        self.setPalette(palette)
        self.setText(text)
