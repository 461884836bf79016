"""File ▸ Open team project…: the small dialog that opens a project in a database on the
team's PostgreSQL server, from the server's name, port, database and user name.

It connects as `duocoder.app.team_projects.open_team_project` does (the PostgreSQL password
or service file first, then the system keyring) and asks for a password only when the server
wants one that neither gave: masked, with "Remember in the system keyring" where this
computer has a keyring, and one sentence saying so where it has none. A wrong password is
said in one sentence and asked again; an unreachable server or a database without a project
is said in one sentence too, and the fields stay as typed so a slip is corrected at once.

The password goes only to the server and, when asked, to the keyring: never into the
settings (which remember the last address), a log or a message."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from duocoder.app import credentials
from duocoder.app.project import Project
from duocoder.app.team_projects import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    address_parts,
    build_address,
    default_user,
    open_team_project,
)
from duocoder.domain.errors import DuoCoderError, PasswordNeededError, WrongPasswordError

LAST_ADDRESS = "team_project/last_address"
"""The settings key of the address last opened here (it holds no password)."""

ERROR_STYLE = "color: #c62828;"  # a sentence about a failure must stand out, in any theme


class TeamProjectDialog(QDialog):
    """Opens a team project; `project` holds it once the dialog was accepted.

    With `address` (reopening from the recent projects or the command line) the fields are
    filled from it; `ask_password` shows the password field at once, for a server that
    already said it wants one."""

    def __init__(
        self,
        parent: QWidget | None = None,
        address: str | None = None,
        *,
        ask_password: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_project_dialog")
        self.setWindowTitle(self.tr("Open team project"))
        self.project: Project | None = None
        intro = QLabel(
            self.tr(
                "A team project is a database on your team's PostgreSQL server. Whoever "
                "manages the server can tell you these details."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.host = self._line("team_host", DEFAULT_HOST)
        self.port = QSpinBox(self)
        self.port.setObjectName("team_port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        # five digits, not the width of a server's name
        self.port.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.database = self._line("team_database")
        self.user = self._line("team_user")
        self.password = self._line("team_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("&Remember in the system keyring"), self)
        self.remember.setObjectName("team_remember")
        self.no_keyring = QLabel(
            self.tr(
                "This computer has no keyring DuoCoder can use, so the password cannot be "
                "remembered: you type it each time."
            ),
            self,
        )
        self.no_keyring.setObjectName("team_no_keyring")
        self.no_keyring.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("&Server:"), self.host)
        self.form.addRow(self.tr("P&ort:"), self.port)
        self.form.addRow(self.tr("&Database:"), self.database)
        self.form.addRow(self.tr("&User name:"), self.user)
        self.form.addRow(self.tr("&Password:"), self.password)
        self.form.addRow("", self.remember)
        self.form.addRow("", self.no_keyring)
        self.message = QLabel(self)
        self.message.setObjectName("team_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button: QPushButton = self.buttons.addButton(
            self.tr("&Connect"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.connect_button.setObjectName("team_connect")
        self.connect_button.setDefault(True)
        self.buttons.accepted.connect(self.connect_to_server)
        self.buttons.rejected.connect(self.reject)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self._fill(address if address is not None else _last_address())
        # reopening an address exactly as remembered (a service file's, say) until edited
        self._given = address
        for field in (self.host, self.database, self.user):
            field.textEdited.connect(self._edited)
        self.port.valueChanged.connect(self._edited)
        self._asking = False
        self._show_password(ask_password)
        if ask_password:
            self.say(self._asked())
        (self.password if ask_password else self.database).setFocus()

    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        field.setMinimumWidth(260)
        return field

    def _fill(self, address: str | None) -> None:
        """The fields of `address`; the defaults (this computer's user name) without one."""
        self.user.setText(default_user())
        if not address:
            return
        try:
            parts = address_parts(address)
        except DuoCoderError:
            return  # a remembered address this version no longer reads: start afresh
        self.host.setText(parts.host)
        self.port.setValue(parts.port)
        self.database.setText(parts.database)
        self.user.setText(parts.user)

    def _edited(self, *_args: object) -> None:
        self._given = None

    def _show_password(self, shown: bool) -> None:
        """The password row, with the keyring's checkbox or the sentence that there is none."""
        self._asking = shown
        keyring = shown and credentials.can_remember()
        self.form.setRowVisible(self.password, shown)
        self.form.setRowVisible(self.remember, keyring)
        self.form.setRowVisible(self.no_keyring, shown and not keyring)
        self._fit_height()

    def _asked(self) -> str:
        user = self.user.text().strip() or default_user()
        return self.tr("The server asks for the password of %1.").replace("%1", user)

    def say(self, text: str, *, error: bool = False) -> None:
        """One sentence under the fields: a failure in red, a question in the normal colour."""
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to the wrapped sentence's height: a dialog's minimum size ignores it, and
        the fields would be squeezed instead."""
        self._layout.activate()
        needed = self._layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def address(self) -> str:
        """The address the fields name (or the one given, while nothing was edited)."""
        if self._given is not None:
            return self._given
        return build_address(
            self.host.text(), self.port.value(), self.database.text(), self.user.text()
        )

    def connect_to_server(self) -> None:
        """Connect: the password file or keyring first, the typed password once asked."""
        if self._given is None and not self.database.text().strip():
            self.say(self.tr("Type the name of the database."), error=True)
            self.database.setFocus()
            return
        password = self.password.text() if self._asking else None
        if self._asking and not password:
            self.say(self.tr("Type the password."), error=True)
            self.password.setFocus()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            project = open_team_project(
                self.address(), password, remember=self.remember.isChecked()
            )
        except WrongPasswordError:
            self.say(self.tr("The server did not accept this password; type it again."), error=True)
            self.password.clear()
            self.password.setFocus()
            return
        except PasswordNeededError:
            self._show_password(True)
            self.say(self._asked())
            self.password.setFocus()
            return
        except DuoCoderError as exc:
            self.say(str(exc), error=True)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password.clear()
        self.project = project
        QSettings().setValue(LAST_ADDRESS, project.address)
        self.accept()


def _last_address() -> str | None:
    value = QSettings().value(LAST_ADDRESS, "")
    return str(value) if value else None


def ask_team_project(parent: QWidget, address: str | None = None) -> Project | None:
    """The team project opened in the dialog (at `address`, asking its password, when
    given); None when the researcher cancels."""
    dialog = TeamProjectDialog(parent, address, ask_password=address is not None)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.project if accepted else None
