"""One window per project across DuoCoder processes: the window with a project open listens
on a local socket named after it (`duocoder.app.instances.instance_name`); a second process
asked to open the same project knocks there first, and the first window comes forward
instead of a second one opening on the same file.

A local socket, not a lock file: a crashed DuoCoder leaves no lock behind that would keep
the project shut (its stale socket name is removed when nothing answers on it), and the
same connection carries the "come forward" request. Knocking always comes before
listening: on Windows a second server may listen on a pipe name already in use."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from duocoder.app.instances import instance_name

KNOCK = b"come-forward\n"
ANSWER = b"brought-forward\n"
CONNECT_MS = 500
ANSWER_MS = 2000

_listening: dict[str, _Server] = {}
"""The names this process answers on, each with the windows that have that project open
(tests, and a window that opens a project another of its windows has, share one)."""


def held_here(name: str) -> bool:
    """Whether a window of this very process has the project of `name` open (knocking on
    it would wait for an answer this process cannot give while it waits)."""
    return name in _listening


def knock(name: str) -> bool:
    """Ask the DuoCoder window listening on `name` (in another process) to come forward;
    whether one answered that it did. False, at once, when none listens."""
    if held_here(name):
        return False
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return False
    socket.write(KNOCK)
    socket.flush()
    answer = b""
    while ANSWER not in answer and socket.waitForReadyRead(ANSWER_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return ANSWER in answer


def listens(name: str) -> bool:
    """Whether a window of another process answers on `name`, without making it come
    forward (a name left behind by a crash accepts no connection)."""
    return not held_here(name) and _answers(name)


def _answers(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    connected = socket.waitForConnected(CONNECT_MS)
    socket.abort()
    return connected


def bring_forward(project: str) -> bool:
    """Bring the window of another DuoCoder process that has `project` open forward;
    whether there was one."""
    return knock(instance_name(project))


class _Server(QObject):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.beacons: list[Beacon] = []
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connected)

    def listen(self) -> bool:
        """Start answering; a name left behind by a DuoCoder that crashed (nothing answers
        on it) is removed first. False when a live window elsewhere answers on it."""
        if self.server.listen(self.name):
            return True
        if _answers(self.name):  # a live window (asked nothing: it need not come forward)
            return False
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def _connected(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == KNOCK and self.beacons:
            self.beacons[-1].come_forward()
            socket.write(ANSWER)
            socket.flush()


class Beacon:
    """A window's claim on its open project: other processes that knock are shown this
    window. Closed when the window closes the project."""

    def __init__(self, project: str, come_forward: Callable[[], None]) -> None:
        self.name = instance_name(project)
        self.come_forward = come_forward
        self.listening = False

    def listen(self) -> bool:
        """Answer for the project from now on; False (and nothing held) if it cannot."""
        server = _listening.get(self.name)
        if server is None:
            server = _Server(self.name)
            if not server.listen():
                server.deleteLater()
                return False
            _listening[self.name] = server
        server.beacons.append(self)
        self.listening = True
        return True

    def close(self) -> None:
        server = _listening.get(self.name)
        if not self.listening or server is None:
            return
        self.listening = False
        if self in server.beacons:
            server.beacons.remove(self)
        if not server.beacons:
            del _listening[self.name]
            server.server.close()
            server.deleteLater()
