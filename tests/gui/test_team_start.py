"""Starting the window on a team project (the last one opened, or `duocoder gui ADDRESS`):
the window shows at once and stays usable while the server is asked; an unreachable server
is one sentence in the status bar, not a window frozen for the connection's timeout."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from duocoder.app.project import Project
from duocoder.gui.app import start_window
from duocoder.storage import server


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port where something accepts connections but never answers, as a server behind a
    firewall that drops packets, or a hung one: libpq waits there until its timeout."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(8)
        yield int(s.getsockname()[1])


def test_an_unreachable_last_team_project_does_not_hold_up_the_window(
    app, qtbot, silent_server: int, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(server, "CONNECT_TIMEOUT", 3)  # 10 s in use; the test need not wait
    address = f"postgresql://lies@127.0.0.1:{silent_server}/duowerkingen"
    QSettings().setValue("last_project", address)
    started = time.perf_counter()
    window = start_window(None)
    qtbot.addWidget(window)
    assert time.perf_counter() - started < 1.5  # not the connection's timeout
    assert window.isVisible() and window.controller is None
    assert window.statusBar().currentMessage() == (
        f"Connecting to the team project {address.removeprefix('postgresql://')}…"
    )
    ticks: list[float] = []
    qtbot.waitUntil(
        lambda: bool(ticks.append(time.perf_counter())) or len(ticks) > 5, timeout=2000
    )  # the event loop runs while the server is asked
    qtbot.waitUntil(
        lambda: "cannot be reached" in window.statusBar().currentMessage(), timeout=8000
    )
    message = window.statusBar().currentMessage()
    assert message.startswith(f"The team project {address} cannot be reached:")
    assert message.count(". ") == 0 and "\n" not in message  # one sentence
    assert window.controller is None
    assert window.open_project(str(project_path))  # the window is as usable as ever
    assert window.controller is not None and window.controller.project.name == "Duo test"


def test_a_project_opened_while_connecting_is_kept(
    app, qtbot, silent_server: int, project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(server, "CONNECT_TIMEOUT", 2)
    QSettings().setValue("last_project", f"postgresql://lies@127.0.0.1:{silent_server}/duo")
    window = start_window(None)
    qtbot.addWidget(window)
    assert window.open_project(str(project_path))  # the researcher did not wait
    qtbot.waitUntil(
        lambda: "cannot be reached" in window.statusBar().currentMessage(), timeout=8000
    )
    assert window.controller is not None and window.controller.project.name == "Duo test"


def test_a_reachable_last_team_project_opens_after_the_window_shows(
    app, qtbot, postgres_server
) -> None:  # type: ignore[no-untyped-def]
    address = str(postgres_server.new_database()).replace("postgresql+psycopg", "postgresql")
    with Project.create(address, name="Duo team") as p:
        p.add_code("Verbinding")
    QSettings().setValue("last_project", address)
    window = start_window(None)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.controller is not None, timeout=10000)
    assert window.controller is not None
    assert [c.path for c in window.controller.project.codes()] == ["Verbinding"]
    assert window.statusBar().currentMessage() == ""
