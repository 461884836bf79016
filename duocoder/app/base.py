"""The heart of the Project facade: the file, its settings, transactions and undo.

Every change runs through `_run`: one short transaction whose inverse SQLite records (see
`duocoder.storage.undo`), pushed on the history and announced to listeners as `Changes`."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
    discard,
    is_read_only,
    new_project_name,
    open_project_file,
    publish,
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
        self._last_revision = self._read_revision()
        self._collecting: list[Script] | None = None

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(  # type: ignore[no-untyped-def]
        cls,
        path: str | Path,
        language: str = "nl",
        name: str | None = None,
        setup: Callable[[ProjectBase], object] | None = None,
    ):
        """Create a project at `path` (which must end in .duocoder), filled by `setup` if
        given (a codebook, say). It is built under a hidden name beside `path` and moved
        into place only when complete, so a crash or a full disk never leaves half a
        project (or an empty one) behind."""
        path = Path(path)
        if language not in LANGUAGES:
            raise ValidationError(f"The language must be one of {', '.join(LANGUAGES)}.")
        building = new_project_name(path)
        try:
            project = cls(building, create_project_file(building))
            try:
                with transaction(project._sessions) as s:
                    s.add_all(
                        [
                            Meta(key="name", value=name or path.stem),
                            Meta(key="language", value=language),
                            Meta(
                                key="interviewer_labels",
                                value=json.dumps(DEFAULT_INTERVIEWER_LABELS),
                            ),
                        ]
                    )
                    s.flush()
                    undo.clear(s.connection())
                if setup is not None:
                    setup(project)
            finally:
                project.close()
            publish(building, path)
        except BaseException:
            discard(building)
            raise
        return cls.open(path)

    @classmethod
    def open(cls, path: str | Path):  # type: ignore[no-untyped-def]
        path = Path(path)
        return cls(path, open_project_file(path))

    @property
    def read_only(self) -> bool:
        """Opened from a file or folder DuoCoder may not write to: it can be read, not changed."""
        return self._engine is not None and is_read_only(self._engine)

    def close(self) -> None:
        if self._engine is not None:
            close_engine(self._engine)
            self._engine = None

    def __enter__(self):  # type: ignore[no-untyped-def]
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------
    def _read_revision(self) -> int:
        with self._read() as s:
            return _revision(s)

    def _read(self) -> Session:
        """A session for reading; use as a context manager."""
        return self._sessions()

    def _run(self, label: str, fn: Callable[[Session], T]) -> T:
        with transaction(self._sessions) as s:
            undo.clear(s.connection())
            result = fn(s)
            s.flush()
            script = undo.take_script(s.connection())
            before = _revision(s)
            revision = _bump_revision(s) if script.statements else before
        self._meta_cache = None
        if before != self._last_revision:
            # someone else wrote in between: our older steps could undo over their work
            self.history.clear()
        self._last_revision = revision
        if self._collecting is not None:
            self._collecting.append(script)
        elif script.statements:
            self.history.push(Entry(label, script, revision))
        self._notify(script.changes())
        return result

    @contextmanager
    def _one_step(self, label: str | Callable[[], str]) -> Iterator[None]:
        """Several transactions (e.g. one per imported file, so a failing file leaves no
        trace) recorded as one undo step; what was done stays recorded even if the block
        is interrupted."""
        scripts: list[Script] = []
        self._collecting = scripts
        try:
            yield
        finally:
            self._collecting = None
            merged = undo.merge_scripts(scripts)
            if merged.statements:
                text = label() if callable(label) else label
                self.history.push(Entry(text, merged, self._last_revision))

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
        entry = self.history.peek_undo()
        if entry is None:
            return None
        inverse = self._replay(entry)
        self.history.pop_undo()
        self.history.push_redo(inverse)
        return inverse.script.changes()

    def redo(self) -> Changes | None:
        entry = self.history.peek_redo()
        if entry is None:
            return None
        inverse = self._replay(entry)
        self.history.pop_redo()
        self.history.push_undo_keep_redo(inverse)
        return inverse.script.changes()

    def _replay(self, entry: Entry) -> Entry:
        """Run an entry's script backwards, but only if nobody else (another window, the
        CLI) changed the project since: undoing over their work would destroy it."""
        with transaction(self._sessions) as s:
            if _revision(s) != self._last_revision:
                self.history.clear()
                raise ValidationError(
                    "The project was changed elsewhere (in another window or by a command) "
                    "since then, so undo and redo were cleared to protect that work."
                )
            inverse = undo.run_backwards(s.connection(), entry.script)
            revision = _bump_revision(s)
        self._meta_cache = None
        self._last_revision = revision
        self._notify(inverse.changes())
        return Entry(entry.label, inverse, revision)

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


def _revision(s: Session) -> int:
    row = s.get(Meta, "revision")
    return int(row.value) if row is not None else 0


def _bump_revision(s: Session) -> int:
    """Count every committed change; bookkeeping the undo triggers leave alone."""
    row = s.get(Meta, "revision")
    if row is None:
        s.add(Meta(key="revision", value="1"))
        s.flush()
        return 1
    row.value = str(int(row.value) + 1)
    s.flush()
    return int(row.value)
