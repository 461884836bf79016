"""The project's undo history: a plain stack of recorded inverse scripts.

The GUI mirrors it on a QUndoStack; the CLI and the tests use it directly. Because every
data change goes through `Project._run`, the stack order is the order of the changes."""

from __future__ import annotations

from dataclasses import dataclass

from duocoder.storage.undo import Script


@dataclass(slots=True)
class Entry:
    label: str
    script: Script  # running it backwards undoes (or, after an undo, redoes) the change
    revision: int = 0  # the project's revision right after the change


class History:
    def __init__(self, limit: int = 500) -> None:
        self._undo: list[Entry] = []
        self._redo: list[Entry] = []
        self._limit = limit

    def push(self, entry: Entry) -> None:
        self._undo.append(entry)
        del self._undo[: -self._limit]
        self._redo.clear()

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def peek_undo(self) -> Entry | None:
        return self._undo[-1] if self._undo else None

    def peek_redo(self) -> Entry | None:
        return self._redo[-1] if self._redo else None

    def pop_undo(self) -> Entry | None:
        return self._undo.pop() if self._undo else None

    def pop_redo(self) -> Entry | None:
        return self._redo.pop() if self._redo else None

    def push_redo(self, entry: Entry) -> None:
        self._redo.append(entry)

    def push_undo_keep_redo(self, entry: Entry) -> None:
        self._undo.append(entry)

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()
