"""The heart of the Project facade: the file, its settings, transactions and undo.

Every change runs through `_run`: one short transaction whose inverse SQLite records (see
`duocoder.storage.undo`), pushed on the history and announced to listeners as `Changes`."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from duocoder.app.history import Entry, History
from duocoder.domain.errors import ValidationError
from duocoder.domain.turns import DEFAULT_INTERVIEWER_LABELS
from duocoder.storage import undo
from duocoder.storage.database import (
    close_engine,
    create_project_file,
    open_project_file,
    session_factory,
    transaction,
)
from duocoder.storage.models import Meta
from duocoder.storage.undo import Changes, Script

T = TypeVar("T")
Listener = Callable[[Changes], None]
LANGUAGES = ("nl", "en")


class ProjectBase:
    """Open with `Project.open(path)` or `Project.create(path)`; close with `close()`."""

    def __init__(self, path: Path, engine) -> None:  # type: ignore[no-untyped-def]
        self.path = path
        self._engine = engine
        self._sessions = session_factory(engine)
        self.history = History()
        self._listeners: list[Listener] = []
        self._meta_cache: dict[str, str] | None = None

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | Path, language: str = "nl", name: str | None = None):  # type: ignore[no-untyped-def]
        path = Path(path)
        if language not in LANGUAGES:
            raise ValidationError(f"The language must be one of {', '.join(LANGUAGES)}.")
        engine = create_project_file(path)
        project = cls(path, engine)
        with transaction(project._sessions) as s:
            s.add_all(
                [
                    Meta(key="name", value=name or path.stem),
                    Meta(key="language", value=language),
                    Meta(key="interviewer_labels", value=json.dumps(DEFAULT_INTERVIEWER_LABELS)),
                ]
            )
            s.flush()
            undo.clear(s.connection())
        return project

    @classmethod
    def open(cls, path: str | Path):  # type: ignore[no-untyped-def]
        path = Path(path)
        return cls(path, open_project_file(path))

    def close(self) -> None:
        if self._engine is not None:
            close_engine(self._engine)
            self._engine = None

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------
    def _read(self) -> Session:
        """A session for reading; use as a context manager."""
        return self._sessions()

    def _run(self, label: str, fn: Callable[[Session], T], *, record: bool = True) -> T:
        with transaction(self._sessions) as s:
            undo.clear(s.connection())
            result = fn(s)
            s.flush()
            script = undo.take_script(s.connection())
        self._meta_cache = None
        if record and script.statements:
            self.history.push(Entry(label, script))
        self._notify(script.changes())
        return result

    def _record(self, label: str, scripts: list[Script]) -> None:
        """Push several transactions (e.g. one per imported file) as one undo step."""
        merged = undo.merge_scripts(scripts)
        if merged.statements:
            self.history.push(Entry(label, merged))

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _notify(self, changes: Changes) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    # -- undo / redo -----------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self.history.undo_label is not None

    @property
    def can_redo(self) -> bool:
        return self.history.redo_label is not None

    def undo(self) -> Changes | None:
        entry = self.history.pop_undo()
        if entry is None:
            return None
        inverse = self._replay(entry.script)
        self.history.push_redo(Entry(entry.label, inverse))
        return inverse.changes()

    def redo(self) -> Changes | None:
        entry = self.history.pop_redo()
        if entry is None:
            return None
        inverse = self._replay(entry.script)
        self.history.push_undo_keep_redo(Entry(entry.label, inverse))
        return inverse.changes()

    def _replay(self, script: Script) -> Script:
        with transaction(self._sessions) as s:
            inverse = undo.run_backwards(s.connection(), script)
        self._meta_cache = None
        self._notify(inverse.changes())
        return inverse

    # -- settings --------------------------------------------------------------------------
    def _meta(self) -> dict[str, str]:
        if self._meta_cache is None:
            with self._read() as s:
                self._meta_cache = {m.key: m.value for m in s.scalars(select(Meta))}
        return self._meta_cache

    def _set_meta(self, label: str, key: str, value: str) -> None:
        def change(s: Session) -> None:
            row = s.get(Meta, key)
            if row is None:
                s.add(Meta(key=key, value=value))
            else:
                row.value = value

        self._run(label, change)

    @property
    def name(self) -> str:
        return self._meta().get("name", self.path.stem)

    def rename_project(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise ValidationError("A project needs a name.")
        self._set_meta("Rename project", "name", name)

    @property
    def language(self) -> str:
        return self._meta().get("language", "nl")

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValidationError(f"The language must be one of {', '.join(LANGUAGES)}.")
        self._set_meta("Change project language", "language", language)

    @property
    def interviewer_labels(self) -> tuple[str, ...]:
        raw = self._meta().get("interviewer_labels")
        return tuple(json.loads(raw)) if raw else DEFAULT_INTERVIEWER_LABELS

    def set_interviewer_labels(self, labels: list[str] | tuple[str, ...]) -> None:
        """Which speaker labels are the interviewer's; the change applies to every document."""
        cleaned = [s.strip() for s in labels if s.strip()]
        self._set_meta("Change interviewer labels", "interviewer_labels", json.dumps(cleaned))
