"""Correct…: the found text is not quite the name ("Griet Vermeulen van" for "Griet
Vermeulen", or a place taken for a person). The researcher types the right text and kind;
the core rejects the found text and accepts the corrected one, which detection then finds
everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from duocoder.domain.privacy import KINDS, Kind
from duocoder.gui.privacy.words import kind_label


class CorrectDialog(QDialog):
    def __init__(self, text: str, kind: Kind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_correct_dialog")
        self.setWindowTitle(self.tr("Correct a name"))
        self.text = QLineEdit(text, self)
        self.text.setObjectName("privacy_correct_text")
        self.kind = QComboBox(self)
        self.kind.setObjectName("privacy_correct_kind")
        for k in KINDS:
            self.kind.addItem(kind_label(k), k)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        form = QFormLayout()
        form.addRow(self.tr("&Text:"), self.text)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(
            lambda t: self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
                bool(t.strip())
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def answer(self) -> tuple[str, Kind]:
        return self.text.text().strip(), self.kind.currentData()


def ask_correction(parent: QWidget, text: str, kind: Kind) -> tuple[str, Kind] | None:
    dialog = CorrectDialog(text, kind, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()
