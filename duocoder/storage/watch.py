"""Noticing that someone else changed the project: another coder on the team server, or a
second window or a command on the same project file.

Each engine has its own cheap signal, asked a few times a second without reading any data:

- SQLite: `PRAGMA data_version` on a connection of our own changes whenever another
  connection (another window, a command, another process) commits to the file.
- PostgreSQL: every DuoCoder session notifies `duocoder_changes` inside each transaction
  that records a step, naming the step (delivered only if it commits); the watcher LISTENs
  on a connection of its own.

What changed is read from the undo history, which every change made through DuoCoder
writes in its own transaction, on both engines. On a file, writers take turns, so the steps
numbered after the last one read (`history.since`) are exactly the new ones; on a server,
transactions commit in any order, so the notifications name the steps themselves."""

from __future__ import annotations

from typing import Any, Protocol

from sqlalchemy import Connection, Engine, text

CHANNEL = "duocoder_changes"


Step = tuple[int, int]  # a history step's id and seq


class Signal(Protocol):
    def poll(self) -> list[Step] | None:
        """None when nothing changed since the last call; else the steps done or undone
        meanwhile, or an empty list for "read the history from where you were"."""

    def close(self) -> None: ...


def announce(conn: Connection, step: Step) -> None:
    """Tell the project's other sessions, at commit, which step this transaction did."""
    if conn.dialect.name == "postgresql":
        conn.execute(
            text("SELECT pg_notify(:channel, :step)"),
            {"channel": CHANNEL, "step": f"{step[0]}:{step[1]}"},
        )


def signal_for(engine: Engine) -> Signal:
    if engine.dialect.name == "postgresql":
        return _Notifications(engine)
    return _DataVersion(engine)


class _DataVersion:
    """SQLite's count of commits made by other connections to the file."""

    def __init__(self, engine: Engine) -> None:
        self._conn = engine.connect()
        self._version = self._read()

    def _read(self) -> int:
        version = self._conn.exec_driver_sql("PRAGMA data_version").scalar()
        self._conn.rollback()  # hold no read transaction between polls
        return int(version or 0)

    def poll(self) -> list[Step] | None:
        version = self._read()
        changed, self._version = version != self._version, version
        return [] if changed else None

    def close(self) -> None:
        self._conn.close()


class _Notifications:
    """A connection of its own that LISTENs; taken out of the pool (it stays in autocommit
    and must not be handed to a transaction afterwards)."""

    def __init__(self, engine: Engine) -> None:
        raw = engine.raw_connection()
        conn: Any = raw.driver_connection
        raw.detach()
        self._raw = raw
        conn.rollback()
        conn.autocommit = True
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn

    def poll(self) -> list[Step] | None:
        found: list[Step] = []
        for note in self._conn.notifies(timeout=0):
            step, _, seq = note.payload.partition(":")
            if step.isdigit() and seq.isdigit():
                found.append((int(step), int(seq)))
        return found or None

    def close(self) -> None:
        self._raw.close()
