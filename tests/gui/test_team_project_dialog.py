"""File ▸ Open team project… on a real throwaway PostgreSQL server: opened by filling the
fields (a server that trusts this computer asks nothing); a server that wants a password
gets it asked, masked, with one sentence after a wrong one; a remembered one reopens the
project from File ▸ Open recent without a question; without a keyring the dialog says so and
asks each time; unreachable servers and foreign databases in one sentence; and the password
in no settings file, log or message."""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlalchemy.engine import make_url

from duocoder.app import credentials
from duocoder.app.errorlog import LOG_NAME, log_dir
from duocoder.app.project import Project
from duocoder.app.team_projects import build_address
from duocoder.gui.app import first_project
from duocoder.gui.shell.team_project_dialog import TeamProjectDialog
from tests.keyrings import MemoryKeyring

PASSWORD = "Fietsen-naar-Gent&7"  # the test role's, on a throwaway server
ROLE = "bram_pw"
WRONG = "Fietsen-naar-Gent&8"

Step = Callable[[TeamProjectDialog], None]


@pytest.fixture
def database(postgres_server) -> str:  # type: ignore[no-untyped-def]
    """A team project on the shared test server (which trusts this computer)."""
    address = str(postgres_server.new_database())
    with Project.create(address, language="nl", name="Duo team") as p:
        p.add_code("Verbinding")
    return address


@pytest.fixture
def password_address(database: str, postgres_server) -> str:  # type: ignore[no-untyped-def]
    """The same project, as `ROLE`, whom the server asks for `PASSWORD`."""
    postgres_server.password_role(ROLE, PASSWORD)
    url = make_url(database)
    return build_address(url.host or "", url.port or 5432, url.database or "", ROLE)


@pytest.fixture
def empty_window(app, qtbot):  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    yield w
    w.set_project(None)


def answer_dialogs(*steps: Step) -> list[TeamProjectDialog]:
    """Answer the team project dialogs the window shows, one step each, as a researcher
    would; returns the dialogs seen."""
    seen: list[TeamProjectDialog] = []
    pending = list(steps)
    timer = QTimer()

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, TeamProjectDialog) and widget.isVisible() and widget not in seen:
                seen.append(widget)
                pending.pop(0)(widget)
                if not pending:
                    timer.stop()
                return

    timer.timeout.connect(poll)
    timer.start(10)
    answer_dialogs.timers.append(timer)  # type: ignore[attr-defined]  # kept alive
    return seen


answer_dialogs.timers = []  # type: ignore[attr-defined]


def fill(dialog: TeamProjectDialog, address: str, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Type the parts of `address` into the fields, as a researcher would."""
    url = make_url(address)
    for field, text in (
        (dialog.host, url.host or ""),
        (dialog.database, url.database or ""),
        (dialog.user, url.username or ""),
    ):
        field.clear()
        qtbot.keyClicks(field, text)
    dialog.port.setValue(url.port or 5432)


def connect(dialog: TeamProjectDialog) -> None:
    dialog.connect_button.click()


def message(dialog: TeamProjectDialog) -> str:
    return dialog.message.text() if dialog.message.isVisible() else ""


def password_shown(dialog: TeamProjectDialog) -> bool:
    return dialog.form.isRowVisible(dialog.password)


def type_password(text: str, *, remember: bool = False) -> Step:
    def step(dialog: TeamProjectDialog) -> None:
        assert password_shown(dialog)
        assert dialog.password.echoMode() == QLineEdit.EchoMode.Password  # never on screen
        dialog.password.setText(text)
        dialog.remember.setChecked(remember)
        connect(dialog)

    return step


def everything_kept(tmp_path: Path) -> str:
    """Every settings file and error log a test could have written, as one text."""
    QSettings().sync()
    files = [Path(QSettings().fileName())]
    files += [p for p in tmp_path.rglob("*") if p.is_file()]
    files.append(log_dir() / LOG_NAME)
    return "\n".join(p.read_text(errors="replace") for p in files if p.is_file())


def test_opening_a_team_project_by_filling_the_fields(
    empty_window, database: str, qtbot, errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    def fill_and_connect(dialog: TeamProjectDialog) -> None:
        assert not password_shown(dialog)  # nobody is asked before the server wants it
        assert dialog.host.placeholderText() == "localhost" and dialog.port.value() == 5432
        fill(dialog, database, qtbot)
        connect(dialog)

    seen = answer_dialogs(fill_and_connect)
    empty_window.actions_.open_team.trigger()
    assert len(seen) == 1 and errors == []
    project = empty_window.controller.project
    address = project.address
    assert project.on_server and address.startswith("postgresql://postgres@127.0.0.1:")
    assert [c.path for c in project.codes()] == ["Verbinding"]
    assert empty_window.windowTitle() == f"Duo team — {address} — DuoCoder"
    assert empty_window.recent_projects()[0] == address
    empty_window.set_project(None)
    assert first_project(None) == address  # `duocoder gui` alone reopens it
    empty_window.fill_recent_menu()
    entry = empty_window.recent_menu.actions()[0]
    assert entry.text() == "&1 " + address.split("://", 1)[1]
    entry.trigger()  # File ▸ Open recent: the server trusts us, so nothing is asked
    assert empty_window.controller.project.address == address
    assert errors == []


def test_the_command_line_address_opens_like_a_file(
    empty_window, database: str, errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """`duocoder gui postgresql://…` hands its address to `open_project`."""
    address = database.replace("postgresql+psycopg://", "postgresql://")
    assert first_project(address) == address
    assert empty_window.open_project(address)
    assert empty_window.controller.project.name == "Duo team"
    assert errors == []


def test_problems_are_one_sentence_in_the_dialog(
    app, qtbot, postgres_server, database: str
) -> None:  # type: ignore[no-untyped-def]
    dialog = TeamProjectDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.database.clear()
    connect(dialog)
    assert message(dialog) == "Type the name of the database."
    assert dialog.project is None and dialog.isVisible()

    with socket.socket() as s:  # a port where no server listens
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    fill(dialog, database.replace(f":{postgres_server.port}/", f":{closed}/"), qtbot)
    connect(dialog)
    text = message(dialog)
    assert text.startswith("The team project postgresql://postgres@127.0.0.1:")
    assert "cannot be reached" in text and "Traceback" not in text and "\n" not in text
    assert dialog.message.styleSheet()  # in the colour of a failure

    empty = make_url(postgres_server.new_database())
    fill(dialog, empty.render_as_string(), qtbot)
    connect(dialog)
    assert "holds no DuoCoder project" in message(dialog)
    assert dialog.project is None and dialog.isVisible()


def test_the_password_is_asked_checked_remembered_and_kept_nowhere_else(
    empty_window,
    password_address: str,
    memory_keyring: MemoryKeyring,
    qtbot,
    errors: list[str],
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.DEBUG)
    said: list[str] = []

    def fill_and_connect(dialog: TeamProjectDialog) -> None:
        fill(dialog, password_address, qtbot)
        connect(dialog)  # the server wants a password: the dialog asks for it
        said.append(message(dialog))
        assert dialog.remember.isVisible() and not dialog.no_keyring.isVisible()
        dialog.password.setText(WRONG)
        connect(dialog)
        said.append(message(dialog))
        assert dialog.password.text() == "" and dialog.isVisible()
        dialog.password.setText(PASSWORD)
        dialog.remember.setChecked(True)
        connect(dialog)

    answer_dialogs(fill_and_connect)
    empty_window.actions_.open_team.trigger()
    assert said == [
        f"The server asks for the password of {ROLE}.",
        "The server did not accept this password; type it again.",
    ]
    assert errors == []
    assert empty_window.controller.project.address == password_address
    assert memory_keyring.kept == {(credentials.SERVICE, password_address): PASSWORD}

    # reopened from File ▸ Open recent: the keyring's password, no dialog
    empty_window.set_project(None)
    seen = answer_dialogs(lambda dialog: dialog.reject())
    empty_window.fill_recent_menu()
    empty_window.recent_menu.actions()[0].trigger()
    qtbot.wait(50)
    assert seen == [] and errors == []
    assert empty_window.controller.project.name == "Duo team"
    answer_dialogs.timers[-1].stop()  # type: ignore[attr-defined]

    assert PASSWORD not in everything_kept(tmp_path)
    assert WRONG not in everything_kept(tmp_path)
    assert PASSWORD not in caplog.text and WRONG not in caplog.text
    assert PASSWORD not in empty_window.windowTitle()


def test_without_a_keyring_the_dialog_says_so_and_asks_each_time(
    empty_window, password_address: str, errors: list[str], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    keyring.set_keyring(fail.Keyring())  # as on a Linux machine without a desktop session
    notes: list[bool] = []

    def answer(dialog: TeamProjectDialog) -> None:
        notes.append(dialog.no_keyring.isVisible() and not dialog.remember.isVisible())
        assert dialog.no_keyring.text().startswith("This computer has no keyring")
        type_password(PASSWORD, remember=True)(dialog)

    seen = answer_dialogs(answer, answer)
    assert empty_window.open_project(password_address)  # as from the recent projects
    assert empty_window.controller.project.address == password_address
    empty_window.set_project(None)
    assert empty_window.open_project(password_address)  # asked again: nothing remembered
    assert len(seen) == 2 and notes == [True, True] and errors == []
    assert f"The server asks for the password of {ROLE}." == seen[0].message.text()
    assert PASSWORD not in everything_kept(tmp_path)


def test_cancelling_the_password_opens_nothing(
    empty_window, password_address: str, errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    answer_dialogs(lambda dialog: dialog.reject())
    assert not empty_window.open_project(password_address)
    assert empty_window.controller is None and errors == []
