"""Properties of one document: role, case (organisation), duo and free attributes, and the
doubts about its speaker turns with a button to the turn rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duocoder.domain.errors import DuoCoderError
from duocoder.domain.records import DocumentInfo
from duocoder.domain.roles import ROLE_ORDER, Role
from duocoder.gui.common.filter_boxes import add_role_items

if TYPE_CHECKING:
    from duocoder.gui.common.controller import ProjectController


def role_combo(parent: QWidget, current: Role | None = None) -> QComboBox:
    """Roles with their badge and the researchers' word (coördinator, deelnemer, …)."""
    combo = add_role_items(QComboBox(parent))
    if current is not None:
        combo.setCurrentIndex(ROLE_ORDER.index(current))
    return combo


def editable_combo(parent: QWidget, values: list[str], current: str | None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.addItem("")
    combo.addItems(values)
    combo.setCurrentText(current or "")
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    return combo


class DocumentPropertiesDialog(QDialog):
    def __init__(
        self,
        info: DocumentInfo,
        cases: list[str],
        duos: list[str],
        parent: QWidget | None = None,
        controller: ProjectController | None = None,
    ) -> None:
        super().__init__(parent)
        self.info, self.controller = info, controller
        self.setWindowTitle(self.tr("Properties of %1").replace("%1", info.name))
        self._original = dict(info.attributes)
        self.role = role_combo(self, info.role)
        self.case = editable_combo(self, cases, info.case)
        self.duo = editable_combo(self, duos, info.duo)
        self.attributes = QTableWidget(0, 2, self)
        self.attributes.setHorizontalHeaderLabels([self.tr("Attribute"), self.tr("Value")])
        self.attributes.horizontalHeader().setStretchLastSection(True)
        for key, value in sorted(info.attributes.items()):
            self._add_row(key, value)
        add = QPushButton(self.tr("&Add attribute"), self)
        add.clicked.connect(lambda: self._add_row("", ""))
        remove = QPushButton(self.tr("&Remove attribute"), self)
        remove.clicked.connect(lambda: self.attributes.removeRow(self.attributes.currentRow()))
        form = QFormLayout()
        form.addRow(self.tr("&Role:"), self.role)
        form.addRow(self.tr("&Case (organisation):"), self.case)
        form.addRow(self.tr("D&uo:"), self.duo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.doubts = QLabel(self)
        self.doubts.setWordWrap(True)
        self.turn_rules = QPushButton(self.tr("&Turn rules…"), self)
        self.turn_rules.clicked.connect(self.open_turn_rules)
        turns = QHBoxLayout()
        turns.addWidget(self.doubts, 1)
        turns.addWidget(self.turn_rules)
        layout.addLayout(turns)
        self.show_doubts()
        layout.addWidget(self.attributes)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.resize(460, 380)

    def show_doubts(self) -> None:
        """What the core is unsure of in this document's turns, when anything."""
        doubts: tuple[str, ...] = ()
        if self.controller is not None:
            try:
                doubts = self.controller.project.detect_turns(self.info.id).doubts
            except DuoCoderError as exc:
                doubts = (str(exc),)
        if doubts:
            self.doubts.setText(
                self.tr("The speaker turns may be wrong:") + "".join(f"\n• {d}" for d in doubts)
            )
        else:
            self.doubts.setText(self.tr("The speaker turns were found without doubts."))
        self.doubts.setProperty("doubts", len(doubts))
        self.turn_rules.setVisible(self.controller is not None)
        self.doubts.setVisible(self.controller is not None)

    def open_turn_rules(self) -> None:
        from duocoder.gui.panes.turn_rules_dialog import TurnRulesDialog

        if self.controller is None:
            return
        self.rules_dialog = TurnRulesDialog(self.controller, self.info.id, parent=self)
        self.rules_dialog.finished.connect(lambda _r: self.show_doubts())
        self.rules_dialog.open()

    def _add_row(self, key: str, value: str) -> None:
        r = self.attributes.rowCount()
        self.attributes.insertRow(r)
        self.attributes.setItem(r, 0, QTableWidgetItem(key))
        self.attributes.setItem(r, 1, QTableWidgetItem(value))

    def values(self) -> tuple[Role, str | None, str | None, dict[str, str | None]]:
        """Role, case, duo, and the attribute changes (None removes an attribute)."""
        attrs: dict[str, str | None] = {}
        for r in range(self.attributes.rowCount()):
            key_item, value_item = self.attributes.item(r, 0), self.attributes.item(r, 1)
            key = key_item.text().strip() if key_item else ""
            if key:
                attrs[key] = value_item.text() if value_item else ""
        changes: dict[str, str | None] = {k: None for k in self._original if k not in attrs}
        changes.update(attrs)
        return (
            Role(self.role.currentData()),
            self.case.currentText().strip() or None,
            self.duo.currentText().strip() or None,
            changes,
        )
