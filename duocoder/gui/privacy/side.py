"""The review's two other pages: the pseudonyms (a style per kind of identifier and the
entity → pseudonym table) and the project's own list of names to find.

Both only show what the core holds and ask it to change; the view refreshes them with the
candidates, so a changed style shows its new pseudonyms at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duocoder.domain.privacy import KINDS, STYLES, Entity, Kind, Style
from duocoder.gui.privacy.words import kind_label, style_label


class PseudonymsPage(QWidget):
    """A style combo per kind, and the table of entities with their pseudonyms."""

    style_chosen = Signal(str, str)  # kind, style
    rename_requested = Signal(int)  # an entity's id (double-click on its row)

    def __init__(self, parent: QWidget | None = None, language: str = "nl") -> None:
        super().__init__(parent)
        self.language = language
        intro = QLabel(
            self.tr(
                "How each kind of identifier is replaced. A changed style gives new "
                "pseudonyms to the names not replaced yet."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.styles: dict[Kind, QComboBox] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setContentsMargins(0, 0, 0, 0)
        for kind in KINDS:
            box = QComboBox(self)
            box.setObjectName(f"privacy_style_{kind}")
            for style in STYLES:
                box.addItem(style_label(style, kind, language), style)
            box.activated.connect(
                lambda _i, k=kind, b=box: self.style_chosen.emit(k, b.currentData())
            )
            self.styles[kind] = box
            form.addRow(kind_label(kind) + ":", box)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("privacy_entities")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Pseudonym"), self.tr("Kind"), self.tr("Style"), self.tr("In the text")]
        )
        self.table.setToolTip(self.tr("Double-click a pseudonym to change it"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._rename)
        # one above the other: the pane beside the transcript is narrow
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)

    def set_language(self, language: str) -> None:
        """The project's language: the examples of the category style are in it."""
        self.language = language
        for kind, box in self.styles.items():
            for i in range(box.count()):
                box.setItemText(i, style_label(box.itemData(i), kind, language))

    def show_styles(self, styles: dict[Kind, Style]) -> None:
        for kind, box in self.styles.items():
            box.blockSignals(True)
            box.setCurrentIndex(max(0, box.findData(styles.get(kind, "category"))))
            box.blockSignals(False)

    def show_entities(self, entities: list[Entity]) -> None:
        self.table.setRowCount(len(entities))
        for row, e in enumerate(entities):
            style = style_label(e.style, e.kind, self.language)
            cells = (e.pseudonym, kind_label(e.kind), style, str(e.replacements))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, e.id)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def pseudonyms(self) -> list[str]:
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]  # type: ignore[union-attr]

    def _rename(self, index: object) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            self.rename_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))


class NamesPage(QWidget):
    """The project's own names, found in every document whatever the detector says (a
    nickname, a street name the lists do not know)."""

    names_changed = Signal(list)  # the whole new list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        intro = QLabel(
            self.tr(
                "Names the detection should always find, in every document (a nickname, an "
                "uncommon surname, a street). One per line."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("privacy_names")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("privacy_name_edit")
        self.edit.setPlaceholderText(self.tr("A name to add"))
        self.add = QPushButton(self.tr("A&dd"), self)
        self.remove = QPushButton(self.tr("Re&move"), self)
        self.add.clicked.connect(self._add)
        self.edit.returnPressed.connect(self._add)
        self.remove.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add)
        row.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)

    def show_names(self, names: list[str]) -> None:
        self.list.clear()
        self.list.addItems(names)

    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _add(self) -> None:
        name = " ".join(self.edit.text().split())
        if not name:
            return
        self.edit.clear()
        if name.casefold() not in {n.casefold() for n in self.names()}:
            self.names_changed.emit([*self.names(), name])

    def _remove(self) -> None:
        gone = {item.text() for item in self.list.selectedItems()}
        if gone:
            self.names_changed.emit([n for n in self.names() if n not in gone])
