"""The export guard's question: an export would carry names nobody reviewed yet.

The core's export functions refuse with `UnreviewedIdentifiersError` before writing
anything; the export dialogs then call `ask_export_anyway`. The researcher sees what would
leave the project (document, text, kind, context) and chooses: review the names first (the
caller opens the privacy review), export anyway with a reason (the core records who, when,
what and why, for the ethics file), or cancel. Export anyway stays disabled until a reason
is typed: the point is that the override is a decision, not a click."""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duocoder.domain.privacy import UnreviewedIdentifiersError
from duocoder.gui.privacy.rich import HTML_ROLE, HtmlDelegate, context_html
from duocoder.gui.privacy.words import kind_label, status_label

MAX_ROWS = 50  # more rows tell the researcher nothing more; a line says how many are left

GuardAnswer = str | Literal["review"] | None


class GuardDialog(QDialog):
    """The findings, the sentence, a reason field and three buttons; `answer` holds the
    choice once the dialog is closed."""

    def __init__(self, error: UnreviewedIdentifiersError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacy_guard_dialog")
        self.setWindowTitle(self.tr("Names in this export"))
        self.answer: GuardAnswer = None
        findings = error.findings
        names = sorted({f.text for f in findings}, key=str.casefold)
        shown_names = ", ".join(names[:8]) + (", …" if len(names) > 8 else "")
        sentence = self.tr("%n passage(s) still contain names not reviewed:", "", error.passages)
        self.sentence = QLabel(f"{sentence} {shown_names}", self)
        self.sentence.setObjectName("privacy_guard_sentence")
        self.sentence.setWordWrap(True)

        self.table = QTableWidget(min(len(findings), MAX_ROWS), 4, self)
        self.table.setObjectName("privacy_guard_findings")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Document"), self.tr("Text"), self.tr("Kind"), self.tr("Context")]
        )
        self.table.setItemDelegateForColumn(3, HtmlDelegate(self.table))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for row, f in enumerate(findings[:MAX_ROWS]):
            kind = kind_label(f.kind)
            if f.status == "accepted":  # accepted, but the text still holds the original
                kind = f"{kind} ({status_label('accepted')})"
            cells = (f.document, f.text, kind, f.context)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if column == 3:
                    item.setData(HTML_ROLE, context_html(f.context, f.text))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        more = len(findings) - MAX_ROWS
        self.more = QLabel(self.tr("and %n more", "", more) if more > 0 else "", self)
        self.more.setObjectName("privacy_guard_more")
        self.more.setVisible(more > 0)

        self.reason = QLineEdit(self)
        self.reason.setObjectName("privacy_guard_reason")
        self.reason.setPlaceholderText(
            self.tr("Why this export may carry these names (kept with the project)")
        )
        reason_label = QLabel(self.tr("&Reason to export anyway:"), self)
        reason_label.setBuddy(self.reason)

        self.buttons = QDialogButtonBox(self)
        self.review_button = QPushButton(self.tr("&Review names"), self)
        self.review_button.setObjectName("privacy_guard_review")
        self.export_button = QPushButton(self.tr("&Export anyway…"), self)
        self.export_button.setObjectName("privacy_guard_export")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.review_button.setDefault(True)  # the careful choice is the one Enter takes
        self.review_button.clicked.connect(self._review)
        self.export_button.clicked.connect(self._export)
        self.cancel_button.clicked.connect(self.reject)
        self.reason.textChanged.connect(self._check)

        layout = QVBoxLayout(self)
        layout.addWidget(self.sentence)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self._check()
        self.resize(820, 460)

    def _check(self) -> None:
        self.export_button.setEnabled(bool(self.reason.text().strip()))

    def _review(self) -> None:
        self.answer = "review"
        self.accept()

    def _export(self) -> None:
        reason = self.reason.text().strip()
        if not reason:
            return
        self.answer = reason
        self.accept()

    def reject(self) -> None:
        self.answer = None
        super().reject()


def ask_export_anyway(
    parent: QWidget | None, error: UnreviewedIdentifiersError
) -> str | Literal["review"] | None:
    """Ask what to do about an export the guard stopped: "review" (open the privacy
    review), the reason typed to export anyway (pass it as `allow_unreviewed`), or None
    (cancel: nothing is written)."""
    dialog = GuardDialog(error, parent)
    dialog.exec()
    return dialog.answer
