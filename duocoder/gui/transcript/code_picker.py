"""A small type-to-filter list of codes: for "Code with…", "Recode…" and "Merge into…".

Typing narrows the list by any part of the code path; Enter or a double click chooses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from duocoder.domain.codepaths import split_path
from duocoder.domain.records import CodeInfo
from duocoder.gui.common import theme

CODE_ID = Qt.ItemDataRole.UserRole + 1


class CodePicker(QDialog):
    def __init__(
        self,
        codes: list[CodeInfo],
        title: str,
        parent: QWidget | None = None,
        *,
        exclude: set[int] | None = None,
        codable_only: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chosen: int | None = None
        self.model = QStandardItemModel(self)
        for c in codes:
            if (exclude and c.id in exclude) or (codable_only and not c.codable):
                continue
            item = QStandardItem(theme.swatch_icon(c.color), " ▸ ".join(split_path(c.path)))
            item.setData(c.id, CODE_ID)
            item.setEditable(False)
            self.model.appendRow(item)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter codes…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setUniformItemSizes(True)
        self.list.doubleClicked.connect(lambda _i: self._accept())
        hint = QLabel(self.tr("Enter chooses, Esc cancels."), self)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(hint)
        self.resize(420, 380)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (
            obj is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == event.Type.KeyPress
        ):
            if event.key() in (
                Qt.Key.Key_Down,
                Qt.Key.Key_Up,
                Qt.Key.Key_PageDown,
                Qt.Key.Key_PageUp,
            ):
                self.list.keyPressEvent(event)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._accept()
                return True
        return super().eventFilter(obj, event)

    def _accept(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.chosen = int(index.data(CODE_ID))
            self.accept()


def pick_code(
    codes: list[CodeInfo],
    title: str,
    parent: QWidget | None = None,
    *,
    exclude: set[int] | None = None,
    codable_only: bool = True,
) -> int | None:
    dialog = CodePicker(codes, title, parent, exclude=exclude, codable_only=codable_only)
    return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
