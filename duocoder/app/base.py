"""The heart of the Project facade: the file, its settings, transactions and undo.

Every change runs through `_run`: one short transaction whose row images the database
records (see `duocoder.storage.recorder`), kept as a step of the history in the project in
the same transaction (`duocoder.storage.history`), and announced to listeners as `Changes`.
Undo and redo replay a step's rows backwards or forwards, row by row, and refuse only when a
row they would restore was changed since by someone else."""

from __future__ import annotations

import gc
import json
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Self, TypeVar

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from duocoder.app.changes import Changes
from duocoder.app.history import History
from duocoder.app.retry import retried
from duocoder.domain import limits
from duocoder.domain.errors import ProjectUpgradedError, ValidationError
from duocoder.domain.limits import check_length
from duocoder.domain.turns import DEFAULT_INTERVIEWER_LABELS
from duocoder.storage import guids, roles, watch
from duocoder.storage import history as steps
from duocoder.storage.database import (
    close_engine,
    create_project_file,
    discard,
    is_encrypted,
    is_read_only,
    new_project_name,
    open_project_file,
    publish,
    recorder_for,
    session_factory,
    transaction,
)
from duocoder.storage.encryption import new_file_key
from duocoder.storage.models import UNDOABLE_TABLES, Meta, table_of
from duocoder.storage.recorder import Recorded, RowChange, invert, replay
from duocoder.storage.server import (
    create_server_project,
    drop_server_project,
    is_server_address,
    open_server_project,
    parse_address,
)
from duocoder.storage.server import display as server_display

T = TypeVar("T")
Listener = Callable[[Changes], None]
LANGUAGES = ("nl", "en")
TABLES = {table.name: table for table in map(table_of, UNDOABLE_TABLES)}


@contextmanager
def _bulk() -> Iterator[None]:
    """No cyclic garbage collection while a step is made or replayed: a bulk step of 100,000
    codings holds a million short-lived rows, images and dicts (none of them in a cycle),
    and the collector would walk them again and again, nearly doubling the step's time. It
    runs as usual once the step is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class ProjectBase:
    """Open with `Project.open(path)` or `Project.create(path)`; close with `close()`."""

    language_model: str | None = None
    """A spaCy pipeline (package name or folder) instead of the automatic choice of
    `duocoder.nlp.pipeline`: a setting of the machine, so not kept in the project file."""

    def __init__(self, path: Path | None, engine: Engine, address: str | None = None) -> None:
        # the project file; None for a team project on a server, which has `address` only
        self.path = path
        self.address = address if address is not None else str(path)
        """Where the project is, as people read it: the file's path, or the server's URL
        (user@host:port/database, never a password)."""
        # an encrypted project's passphrase, kept while open (the engine holds the derived
        # key anyway) so that merging a coder's copy with the same one need not ask again
        self._passphrase: str | None = None
        self._engine: Engine | None = engine  # None once closed
        self._sessions = session_factory(engine)
        self._recorder = recorder_for(engine)
        self.coder: str | None = None  # whose undo stack this session's changes go on
        self.coder_color: str | None = None  # the colour `coder` chose (#rrggbb), if any
        self.history = History(self)
        self._listeners: list[Listener] = []
        self._meta_cache: dict[str, str] | None = None
        self._collecting: _Collecting | None = None
        self._label: str | None = None  # a face's own words for the next steps (`labelled`)
        # set while a pseudonymisation records its step: its row images hold the originals
        self._seal: steps.Seal | None = None
        # an unlocked pseudonymisation key: lets undo and redo read sealed steps
        self._unseal: steps.Seal | None = None
        # a team project: this session's place ('owner', 'coder', 'reader' or 'none'),
        # asked of the server once (`Team.place`)
        self._place: str | None = None
        # a team project upgraded on the server by a newer DuoCoder while open here: read
        # only from then on (`read_only`); the sentence that said so, for a face to repeat
        self.upgraded: str | None = None
        # live updates (`poll_changes`): the signal that someone else committed, how far the
        # history was read, and the (step, seq) this session made itself, not to be re-read
        self._signal: watch.Signal | None = None
        self._seen_seq = 0
        self._watch_lost = False
        self._own_steps: set[tuple[int, int]] = set()
        self._own_lock = threading.Lock()  # an import worker records steps meanwhile

    # -- lifecycle -------------------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | Path,
        language: str = "nl",
        name: str | None = None,
        setup: Callable[[Self], object] | None = None,
        passphrase: str | None = None,
    ) -> Self:
        """Create a project at `path` (which must end in .duocoder), filled by `setup` if
        given (a codebook, say). It is built under a hidden name beside `path` and moved
        into place only when complete, so a crash or a full disk never leaves half a
        project (or an empty one) behind. `setup` receives, and the caller gets back, an
        instance of the class this is called on (a `Project` from `Project.create`). With a
        `passphrase` the file is encrypted from its first byte on (see
        `duocoder.storage.encryption`)."""
        if language not in LANGUAGES:
            raise ValidationError(f"The language must be one of {', '.join(LANGUAGES)}.")
        if is_server_address(path):
            return cls._create_on_server(str(path), language, name, setup)
        path = Path(path)
        building = new_project_name(path)
        try:
            key = None if passphrase is None else new_file_key(passphrase)
            project = cls(building, create_project_file(building, key))
            try:
                project._first_settings(name or path.stem, language)
                if setup is not None:
                    setup(project)
            finally:
                project.close()
            publish(building, path)
        except BaseException:
            discard(building)
            raise
        return cls.open(path, passphrase)

    @classmethod
    def _create_on_server(
        cls,
        address: str,
        language: str,
        name: str | None,
        setup: Callable[[Self], object] | None,
    ) -> Self:
        """Create a team project in the empty database at `address`. A database cannot be
        built aside and moved into place like a file, so a failed setup empties it again."""
        engine = create_server_project(address)
        url = parse_address(address)
        project = cls(None, engine, server_display(url))
        try:
            project._first_settings(name or url.database or "team project", language)
            if setup is not None:
                setup(project)
        except BaseException:
            drop_server_project(engine)
            project.close()
            raise
        return project

    def _first_settings(self, name: str, language: str) -> None:
        """A new project's name, language and interviewer labels; not an undo step."""
        with transaction(self._sessions) as s:
            s.add_all(
                [
                    Meta(key="name", value=name),
                    Meta(key="language", value=language),
                    Meta(key="interviewer_labels", value=json.dumps(DEFAULT_INTERVIEWER_LABELS)),
                ]
            )
            s.flush()
            self._recorder.clear(s.connection())

    @property
    def on_server(self) -> bool:
        """A team project in a PostgreSQL database rather than a project file."""
        return self.path is None

    @classmethod
    def open(
        cls, path: str | Path, passphrase: str | None = None, *, password: str | None = None
    ) -> Self:
        """Open the project at `path` (a project file, or a team project's
        postgresql:// address); an encrypted file needs its `passphrase`
        (PassphraseNeededError without it, WrongPassphraseError with a wrong one). A team
        project's server takes its `password` from the PostgreSQL password or service file,
        or from `password` when the researcher typed it (PasswordNeededError when neither
        gives one, WrongPasswordError when it is refused); it is kept nowhere else."""
        if is_server_address(path):
            address = str(path)
            engine = open_server_project(address, password)
            return cls(None, engine, server_display(parse_address(address)))
        path = Path(path)
        project = cls(path, open_project_file(path, passphrase))
        if project.encrypted:
            project._passphrase = passphrase
        return project

    @property
    def encrypted(self) -> bool:
        """The project file is encrypted with a passphrase."""
        return self._engine is not None and is_encrypted(self._engine)

    @property
    def read_only(self) -> bool:
        """Opened from a file or folder DuoCoder may not write to, or a team project in which
        this session's role is only a reader: it can be read, not changed."""
        if self._engine is None:
            return False
        if self.on_server:
            return self.upgraded is not None or self._session_place() not in ("owner", "coder")
        return is_read_only(self._engine)

    def _session_place(self) -> str:
        """This session's place in a team project, asked of the server once."""
        if self._place is None:
            with self._read() as s:
                self._place = roles.place_of(s.connection()) or "none"
        return self._place

    def close(self) -> None:
        self._stop_watching()
        if self._engine is not None:
            close_engine(self._engine)
            self._engine = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ----------------------------------------------------------------------
    def _read(self) -> Session:
        """A session for reading; use as a context manager."""
        return self._sessions()

    def _run(self, label: str, fn: Callable[[Session], T]) -> T:
        """Make a change in one transaction, recorded as an undo step (or as a part of the
        step `_one_step` collects). `fn` computes it from the database afresh each time, so
        a change the team server undid for another coder's is made again (`retried`)."""
        collecting = self._collecting
        started = collecting.step if collecting is not None else None
        made: list[watch.Step] = []

        def forget() -> None:  # what a failed attempt noted outside the database
            if collecting is not None:
                collecting.step = started
            with self._own_lock:
                self._own_steps.difference_update(made)
            made.clear()

        try:
            result, rows = retried(lambda: self._transact(label, fn, made), forget)
        except ProjectUpgradedError as exc:
            self.upgraded = str(exc)
            raise
        except BaseException:
            forget()
            raise
        self._meta_cache = None
        self._notify(Changes.of_recorded(rows))
        return result

    def _transact(
        self, label: str, fn: Callable[[Session], T], made: list[watch.Step]
    ) -> tuple[T, Recorded]:
        with _bulk(), transaction(self._sessions) as s:
            conn = s.connection()
            self._recorder.clear(conn)
            result = fn(s)
            guids.assign(s)  # flushes; the new rows' GUIDs belong to this step
            rows = self._recorder.take_step(conn, TABLES)
            if rows:
                collecting = self._collecting
                seal = self._seal
                if collecting is None:
                    step = steps.new_step(conn, self.coder, self._label or label, rows, seal)
                    done = (step, steps.seq_of(conn, step))
                elif collecting.step is None:
                    collecting.step = steps.new_step(
                        conn, self.coder, self._label or collecting.text(), rows, seal
                    )
                    done = (collecting.step, steps.seq_of(conn, collecting.step))
                else:
                    steps.add_part(conn, collecting.step, rows, seal)
                    done = (collecting.step, steps.touch(conn, collecting.step))
                with self._own_lock:
                    self._own_steps.add(done)
                made.append(done)
                watch.announce(conn, done)
        return result, rows

    @contextmanager
    def _one_step(self, label: str | Callable[[], str]) -> Iterator[None]:
        """Several transactions (e.g. one per imported file, so a failing file leaves no
        trace) recorded as one undo step; what was done stays recorded even if the block
        is interrupted. A label computed at the end (\"Import 12 documents\") replaces the
        provisional one."""
        collecting = _Collecting(label)
        self._collecting = collecting
        try:
            yield
        finally:
            self._collecting = None
            if collecting.step is not None and callable(label) and self._label is None:
                with transaction(self._sessions) as s:
                    steps.relabel(s.connection(), collecting.step, label())

    @contextmanager
    def labelled(self, label: str) -> Iterator[None]:
        """Name the steps made inside the block `label`: the window records its menu's words,
        in the interface's language, where the core would use its own English ones."""
        previous, self._label = self._label, label
        try:
            yield
        finally:
            self._label = previous

    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def remove_listener(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _notify(self, changes: Changes) -> None:
        if changes:
            for listener in list(self._listeners):
                listener(changes)

    # -- live updates ----------------------------------------------------------------------
    def poll_changes(self) -> Changes:
        """What others changed since the last call (another coder on the team server, a
        second window or a command on the same file), announced to the listeners as if it
        had been done here. Cheap when nothing changed (one engine signal, no data read):
        a window calls it a few times a second. The first call only starts watching."""
        if self._engine is None:
            return Changes()
        try:
            if self._signal is None:
                self._signal = watch.signal_for(self._engine)
                with self._read() as s:
                    self._seen_seq = steps.latest_seq(s.connection())
                if not self._watch_lost:
                    return Changes()
                # what happened while the server was away is unknown: read everything again
                self._watch_lost = False
                self._meta_cache = None
                self._notify(Changes.reload())
                return Changes.reload()
            news = self._signal.poll()
            if news is None:
                return Changes()
            changes = self._changes_in(news)
        except (SQLAlchemyError, OSError):
            # the server or file went away for a moment: watch afresh on the next call
            self._stop_watching()
            self._watch_lost = True
            return Changes()
        if changes:
            self._meta_cache = None
            self._place = None
            self._notify(changes)
        return changes

    def _changes_in(self, news: list[watch.Step]) -> Changes:
        """What the steps named (or, on a file, those after the last one read) changed."""
        changes = Changes()
        with self._read() as s:
            conn = s.connection()
            for step_id, seq in news or steps.since(conn, self._seen_seq):
                self._seen_seq = max(self._seen_seq, seq)
                with self._own_lock:
                    own = (step_id, seq) in self._own_steps
                    self._own_steps.discard((step_id, seq))
                if own:
                    continue
                try:
                    changes = changes | Changes.of_rows(
                        steps.rows(conn, step_id, TABLES, self._unseal)
                    )
                except steps.SealedStepError:
                    changes = Changes.reload()  # someone pseudonymised: read everything again
        if not news:  # a file: steps up to `_seen_seq` were all read
            with self._own_lock:
                self._own_steps = {o for o in self._own_steps if o[1] > self._seen_seq}
        return changes

    def _stop_watching(self) -> None:
        if self._signal is not None:
            with suppress(SQLAlchemyError, OSError):
                self._signal.close()
            self._signal = None

    # -- undo / redo -----------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return self.history.undo_label is not None

    @property
    def can_redo(self) -> bool:
        return self.history.redo_label is not None

    def undo(self, *, any_coder: bool = False) -> Changes | None:
        """Undo this session's coder's last step (with `any_coder`, the project's last step,
        whoever made it). Refused in one sentence if a row it would restore was changed
        since by someone else; nothing is changed then."""
        return self._step(undoing=True, any_coder=any_coder)

    def redo(self, *, any_coder: bool = False) -> Changes | None:
        return self._step(undoing=False, any_coder=any_coder)

    def _step(self, *, undoing: bool, any_coder: bool) -> Changes | None:
        made: list[watch.Step] = []

        def forget() -> None:
            with self._own_lock:
                self._own_steps.difference_update(made)
            made.clear()

        try:
            rows = retried(lambda: self._replay(undoing, any_coder, made), forget)
        except ProjectUpgradedError as exc:
            self.upgraded = str(exc)
            raise
        except BaseException:
            forget()
            raise
        if rows is None:
            return None
        self._meta_cache = None
        changes = Changes.of_rows(rows)
        self._notify(changes)
        return changes

    def _replay(
        self, undoing: bool, any_coder: bool, made: list[watch.Step]
    ) -> tuple[RowChange, ...] | None:
        """Undo or redo the coder's last step in one transaction; None when there is none."""
        with _bulk(), transaction(self._sessions) as s:
            conn = s.connection()
            find = steps.last_done if undoing else steps.last_undone
            step = find(conn, self.coder, any_coder)
            if step is None:
                return None
            rows = steps.rows(conn, step.id, TABLES, self._unseal)
            self._recorder.defer_constraints(conn)
            replayed = invert(rows) if undoing else rows
            replay(conn, replayed, TABLES, self._recorder, _describe)
            guids.restore_missing(conn, replayed)  # rows from steps recorded before format 5
            steps.mark(conn, step.id, "undone" if undoing else "done")
            done = (step.id, steps.seq_of(conn, step.id))
            with self._own_lock:
                self._own_steps.add(done)
            made.append(done)
            watch.announce(conn, done)
        return rows

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
        fallback = self.path.stem if self.path is not None else self.address
        return self._meta().get("name", fallback)

    def rename_project(self, name: str) -> None:
        name = name.strip()
        if not name:
            raise ValidationError("A project needs a name.")
        check_length("A project name", name, limits.NAME)
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
        for label in cleaned:
            check_length("A speaker label", label, limits.NAME)
        self._set_meta("Change interviewer labels", "interviewer_labels", json.dumps(cleaned))


class _Collecting:
    """The step that several transactions of one `_one_step` block add to."""

    def __init__(self, label: str | Callable[[], str]) -> None:
        self.label = label
        self.step: int | None = None

    def text(self) -> str:
        return self.label() if callable(self.label) else self.label


_NOUNS = {
    "documents": "the document '{name}'",
    "codes": "the code '{name}'",
    "codings": "a coding",
    "memos": "a memo",
    "coders": "the coder '{name}'",
    "meta": "a project setting",
    "turns": "a speaker turn",
    "paragraphs": "a paragraph",
    "document_attributes": "an attribute of a document",
    "nlp_rejections": "a rejected suggestion",
}


def _describe(change: RowChange) -> str:
    """A row as the researcher knows it, for a refused undo's message."""
    image = change.after if change.after is not None else change.before
    noun = _NOUNS.get(change.table, "a row of " + change.table)
    name = str((image or {}).get("name", ""))
    return noun.format(name=name[:60])
