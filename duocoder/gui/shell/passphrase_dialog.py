"""The small dialogs that ask for a project's passphrase: to open an encrypted project
(asked again, with the sentence, after a wrong one) and to choose a new one (typed twice,
since a mistyped new passphrase would lock the researcher out of their own interviews).

The passphrase is typed with the characters hidden and is handed to the caller only; it is
never stored in the settings, a log or a message."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PassphraseDialog(QDialog):
    """One passphrase, or with `confirm` a new one typed twice."""

    def __init__(
        self,
        file_name: str,
        *,
        confirm: bool = False,
        error: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passphrase_dialog")
        if confirm:
            self.setWindowTitle(self.tr("Encrypt project"))
            text = self.tr(
                "Choose a passphrase for %1. Without it nobody can open the project, you "
                "neither: keep it somewhere safe."
            )
        else:
            self.setWindowTitle(self.tr("Encrypted project"))
            text = self.tr("%1 is encrypted. Type its passphrase to open it.")
        intro = QLabel(text.replace("%1", file_name), self)
        intro.setWordWrap(True)
        self.error = QLabel(error or "", self)
        self.error.setObjectName("passphrase_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")  # the sentence must stand out, in any theme
        self.error.setVisible(bool(error))
        self.first = self._field()
        self.second = self._field() if confirm else None
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.first)
        if self.second is not None:
            form.addRow(self.tr("&Again:"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._check()
        self.first.setFocus()

    def _field(self) -> QLineEdit:
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.textChanged.connect(self._check)
        return field

    def _check(self) -> None:
        """OK only with a passphrase, and with both the same when a new one is chosen."""
        typed = self.first.text()
        differ = (
            self.second is not None and bool(self.second.text()) and self.second.text() != typed
        )
        ready = bool(typed) and (self.second is None or self.second.text() == typed)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(ready)
        if differ:
            self.error.setText(self.tr("The passphrases differ."))
            self.error.setVisible(True)
        elif self.second is not None:
            self.error.setVisible(False)

    def passphrase(self) -> str:
        return self.first.text()


def ask_passphrase(parent: QWidget, file_name: str, error: str | None = None) -> str | None:
    """The passphrase typed to open `file_name` (showing `error`, a wrong one's sentence,
    when asked again); None when cancelled."""
    dialog = PassphraseDialog(file_name, error=error, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()


def ask_new_passphrase(parent: QWidget, file_name: str) -> str | None:
    """A new passphrase for `file_name`, typed twice alike; None when cancelled."""
    dialog = PassphraseDialog(file_name, confirm=True, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase()
