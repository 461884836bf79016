"""Help ▸ About: what DuoCoder is, its licence, and the versions a bug report needs, with a
button that copies them."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.about import component_versions
from duocoder.gui.common import icons


def versions() -> dict[str, str]:
    """DuoCoder's component versions with Qt's and PySide6's after the project format."""
    core = component_versions()
    ordered = dict(list(core.items())[:2])
    ordered |= {"Qt": qVersion(), "PySide6": PySide6.__version__}
    return ordered | dict(list(core.items())[2:])


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About DuoCoder"))
        self.versions = versions()
        mark = QLabel()
        mark.setPixmap(icons.app_icon().pixmap(64, 64))
        mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        intro = QLabel(
            self.tr(
                "<h3>DuoCoder %1</h3><p>Qualitative coding of interview transcripts for "
                "research on duowerkingen (buddy programmes).</p>"
                "<p>Licensed under the GPL, version 3 or later.</p>"
            ).replace("%1", self.versions["DuoCoder"])
        )
        intro.setWordWrap(True)
        table = QFormLayout()
        names = {"Project format": self.tr("Project format")}
        self.values: dict[str, QLabel] = {}
        for name, value in self.versions.items():
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = label
            table.addRow(names.get(name, name) + ":", label)
        text = QVBoxLayout()
        text.addWidget(intro)
        text.addLayout(table)
        top = QHBoxLayout()
        top.addWidget(mark)
        top.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy versions"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setToolTip(self.tr("For a question or a bug report"))
        self.copy_button.clicked.connect(self.copy_versions)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)  # the description on three lines, not six

    def copy_versions(self) -> None:
        lines = [f"{name}: {value}" for name, value in self.versions.items()]
        QGuiApplication.clipboard().setText("\n".join(lines))
