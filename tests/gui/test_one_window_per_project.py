"""One window per project: a DuoCoder asked to open a project another DuoCoder window has
open brings that window forward instead of opening it twice; a name left behind by a crash
does not keep the project shut; opening the open project again changes nothing.

Another process's knock is played by a second local socket in this process, driven by the
event loop (the knock of `instance_beacon` waits for its answer, which this process could
not give meanwhile), and once by a real second `python -m duocoder`."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from duocoder.app.instances import instance_name
from duocoder.gui.shell.instance_beacon import ANSWER, KNOCK

ROOT = Path(__file__).resolve().parents[2]


def knock_as_another_process(qtbot, name: str) -> bool:  # type: ignore[no-untyped-def]
    """Knock as another DuoCoder would; whether the answer came."""
    knocker = QLocalSocket()
    heard = bytearray()
    ended: list[bool] = []
    knocker.connected.connect(lambda: knocker.write(KNOCK))
    knocker.readyRead.connect(lambda: heard.extend(bytes(knocker.readAll().data())))
    knocker.errorOccurred.connect(lambda _error: ended.append(True))
    knocker.connectToServer(name)
    try:
        qtbot.waitUntil(lambda: ANSWER in heard or bool(ended), timeout=5000)
    finally:
        knocker.abort()
    return ANSWER in heard


def new_window(qtbot):  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def test_a_knock_on_the_open_project_brings_its_window_forward(window, qtbot, project_path) -> None:  # type: ignore[no-untyped-def]
    window.showMinimized()
    assert window.isMinimized()
    assert knock_as_another_process(qtbot, instance_name(project_path))
    assert not window.isMinimized()


def test_each_open_project_answers_for_itself(window, app, qtbot, project_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    other_path = tmp_path / "other.duocoder"
    shutil.copy(project_path, other_path)
    other = new_window(qtbot)
    assert other.open_project(str(other_path))
    window.showMinimized()
    other.showMinimized()
    assert knock_as_another_process(qtbot, instance_name(other_path))
    assert not other.isMinimized() and window.isMinimized()
    assert knock_as_another_process(qtbot, instance_name(project_path))
    assert not window.isMinimized()
    other.set_project(None)  # closed: nobody answers for it any more
    assert not knock_as_another_process(qtbot, instance_name(other_path))
    assert knock_as_another_process(qtbot, instance_name(project_path))


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe leaves nothing behind")
def test_a_name_left_behind_by_a_crash_does_not_keep_the_project_shut(  # type: ignore[no-untyped-def]
    app, qtbot, project_path
) -> None:
    name = instance_name(project_path)
    stale = Path(QDir.tempPath()) / name
    dead = socket.socket(socket.AF_UNIX)
    dead.bind(str(stale))  # what a DuoCoder that crashed leaves: a socket nobody listens on
    dead.close()
    try:
        w = new_window(qtbot)
        assert w.open_project(str(project_path))
        assert w.controller is not None
        w.showMinimized()
        assert knock_as_another_process(qtbot, name)  # it answers on the name again
        assert not w.isMinimized()
        w.set_project(None)
    finally:
        stale.unlink(missing_ok=True)


def test_opening_the_open_project_again_keeps_it_as_it_is(window, qtbot, project_path) -> None:  # type: ignore[no-untyped-def]
    controller = window.controller
    other_spelling = str(project_path.parent / "." / project_path.name)
    assert window.open_project(other_spelling)
    assert window.controller is controller  # not closed and opened again
    assert "is open in this window" in window.statusBar().currentMessage()


def test_a_second_duocoder_on_the_same_project_brings_the_first_forward_and_ends(  # type: ignore[no-untyped-def]
    window, qtbot, project_path, tmp_path
) -> None:
    window.showMinimized()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # a first start: it must not ask a name
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "LANGUAGE": "en",
    }
    second = subprocess.Popen(
        [sys.executable, "-m", "duocoder", str(project_path)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=60_000)
    finally:
        if second.poll() is None:
            second.kill()
    _out, err = second.communicate()
    assert second.returncode == 0
    assert err.strip() == (
        "duo.duocoder is already open in another DuoCoder window; it has been brought forward."
    )
    assert not window.isMinimized()


def test_a_project_another_duocoder_has_open_is_not_opened_here_too(  # type: ignore[no-untyped-def]
    app, qtbot, project_path, tmp_path
) -> None:
    from PySide6.QtCore import QSettings

    from duocoder.gui.app import first_project
    from duocoder.gui.shell.instance_beacon import listens

    config = tmp_path / "config" / "DuoCoder"
    config.mkdir(parents=True)
    (config / "DuoCoder.conf").write_text("[General]\ncoder=Bram\nlanguage=en\n")
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    holder = subprocess.Popen(
        [sys.executable, "-m", "duocoder", "gui", str(project_path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        qtbot.waitUntil(lambda: listens(instance_name(project_path)), timeout=60_000)
        w = new_window(qtbot)
        assert not w.open_project(str(project_path))  # as from the recent projects
        assert w.controller is None
        assert "brought forward" in w.statusBar().currentMessage()
        # started without a project, a second DuoCoder shows the welcome page rather than
        # the last project, which the first one has open
        QSettings().setValue("last_project", str(project_path))
        assert first_project(None) is None
        assert first_project(str(project_path)) == str(project_path)
    finally:
        holder.kill()
        holder.wait()
        QLocalServer.removeServer(instance_name(project_path))  # what it leaves, killed
