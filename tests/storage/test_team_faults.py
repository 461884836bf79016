"""Team projects when things break: the server killed in the middle of the work and started
again, a client killed in the middle of a transaction, a commit whose answer is lost.

Each test starts a server of its own (`durable`, so a crash loses no acknowledged commit):
killing the suite's shared one (the server mode's, tests/server_mode.py) would fail every
other test. The promise checked: a researcher is told in one sentence that the connection
was lost, the next operation reconnects by itself, and nothing they were told was saved is
lost; a change cut off halfway leaves nothing behind, not even an undo step."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from duocoder.app.codings import CodingSpec
from duocoder.app.project import Project
from duocoder.domain.errors import ConnectionLostError, DuoCoderError
from tests.helpers import source
from tests.postgres import PostgresUnavailableError, Server

REPO = Path(__file__).resolve().parents[2]
TEXT = "I: Vertel eens over de eerste ontmoeting.\nR: " + "We praten elke week samen. " * 80


@pytest.fixture
def own_server() -> Iterator[Server]:
    """A server only this test uses, so that it may kill it."""
    try:
        server = Server.start(durable=True)
    except PostgresUnavailableError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must test PostgreSQL too, but no server could be started: {exc}")
        pytest.skip(f"no PostgreSQL server could be started: {exc}")
    try:
        yield server
    finally:
        server.stop()


def _project(server: Server, coders: list[str]) -> tuple[str, int, int]:
    """A team project with one document, one code and the coders; its address, the
    document's id and its length."""
    url = server.new_database()
    with Project.create(url) as p:
        doc = p.add_document("Anja", source(TEXT), "participant", "Org A")
        p.add_code("Verbinding")
        for name in coders:
            p.add_coder(name)
        return url, doc.id, len(p.text(doc.id))


def _codings(url: str) -> list[tuple[int, int, int, int, str]]:
    """(id, code, start, end, coder) of every coding, read past DuoCoder."""
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        return conn.execute(
            'SELECT c.id, c.code_id, c.start, c."end", k.name FROM codings c '
            "JOIN coders k ON k.id = c.coder_id"
        ).fetchall()


@dataclass
class _Coder:
    """One coder's thread and what it was told."""

    name: str
    saved: set[int] = field(default_factory=set)  # codings it was told were made
    undone: set[int] = field(default_factory=set)  # ... and told were undone
    uncertain: set[int] = field(default_factory=set)  # an undo of these: done or not?
    unknown: set[tuple[int, int]] = field(default_factory=set)  # spans: coded or not?
    lost: list[str] = field(default_factory=list)  # the sentences it was shown
    other: list[str] = field(default_factory=list)  # anything else that went wrong
    after_restart: int = 0  # changes made once the server was back


def _work(
    url: str, doc: int, length: int, coder: _Coder, stop: threading.Event, back: threading.Event
) -> None:
    rng = random.Random(coder.name)
    stack: list[int] = []
    with Project.open(url) as p:
        p.coder = coder.name
        while not stop.is_set():
            undo = bool(stack) and rng.random() < 0.25
            start = rng.randrange(0, length - 60)
            end = start + rng.randint(5, 60)
            try:
                if undo:
                    if p.undo() is not None:
                        coder.undone.add(stack.pop())
                else:
                    cid = p.add_coding(doc, "Verbinding", start, end)
                    coder.saved.add(cid)
                    stack.append(cid)
                if back.is_set():
                    coder.after_restart += 1
            except ConnectionLostError as exc:
                coder.lost.append(str(exc))
                if exc.saved is None and undo:  # our stack is a guess from here on
                    coder.uncertain.update(stack)
                    stack.clear()
                elif exc.saved is None:
                    coder.unknown.add((start, end))
                time.sleep(0.05)
            except Exception as exc:  # the test lists whatever else happens
                coder.other.append(f"{type(exc).__name__}: {exc}")


def test_the_server_killed_and_restarted_under_several_coders_loses_nothing_saved(
    own_server: Server,
) -> None:
    names = ["Lies", "Bram", "Anna", "Joris"]
    url, doc, length = _project(own_server, names)
    coders = [_Coder(name) for name in names]
    stop, back = threading.Event(), threading.Event()
    threads = [
        threading.Thread(target=_work, args=(url, doc, length, c, stop, back)) for c in coders
    ]
    for t in threads:
        t.start()
    time.sleep(1.5)
    own_server.kill()
    time.sleep(1.0)
    own_server.restart()
    back.set()
    time.sleep(2.0)
    stop.set()
    for t in threads:
        t.join(timeout=30)

    rows = _codings(url)
    present = Counter(r[0] for r in rows)
    keys = Counter((r[1], r[2], r[3], r[4]) for r in rows)
    for c in coders:
        assert not c.other, c.other
        assert c.lost, f"{c.name} never noticed the server went away"
        for sentence in c.lost:
            assert "\n" not in sentence and sentence.endswith("."), sentence
            assert sentence.startswith(("The connection to the team project", "The team project"))
            assert "password" not in sentence.lower()
        assert c.after_restart > 0, f"{c.name} did not reconnect"
        kept = c.saved - c.undone - c.uncertain
        missing = [cid for cid in kept if present[cid] != 1]
        assert not missing, f"{c.name} was told these were saved: {missing}"
        assert not (c.undone & set(present)), f"{c.name}'s undone codings are back"
        # a coding of theirs they were not told about: only where the outcome was unknown
        stray = [r for r in rows if r[4] == c.name and r[0] not in c.saved]
        assert all((r[2], r[3]) in c.unknown for r in stray), (c.name, stray)
    assert all(n == 1 for n in keys.values()), "a coding is there twice"


_CHILD = """
import sys, time
from duocoder.app import base
from duocoder.app.codings import CodingSpec
from duocoder.app.project import Project

url, doc, length = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
new_step = base.steps.new_step

def new_step_then_hang(*args, **kwargs):
    step = new_step(*args, **kwargs)  # the codings and their undo step are written...
    print("inside", flush=True)  # ...but not committed: the parent kills us now
    time.sleep(120)
    return step

base.steps.new_step = new_step_then_hang
with Project.open(url) as p:
    p.coder = "Lies"
    specs = [CodingSpec(doc, i, i + 10, "Verbinding") for i in range(0, length - 10, 2)]
    p.add_codings(specs)
"""


def test_a_client_killed_in_the_middle_of_a_transaction_leaves_no_half_change(
    own_server: Server,
) -> None:
    url, doc, length = _project(own_server, ["Lies"])
    with Project.open(url) as p:
        p.coder = "Lies"
        p.add_coding(doc, "Verbinding", 0, 5)
        before = (p.coding_count(), p.history.stack())
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, url, str(doc), str(length)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "inside"
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    deadline = time.monotonic() + 10  # the server notices the closed socket at once
    with psycopg.connect(dsn, autocommit=True) as conn:
        while time.monotonic() < deadline:
            busy = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'DuoCoder' "
                "AND state LIKE 'idle in transaction%'"
            ).fetchone()
            if busy is not None and busy[0] == 0:
                break
            time.sleep(0.1)
    with Project.open(url) as p:
        p.coder = "Lies"
        assert (p.coding_count(), p.history.stack()) == before
        assert p.undo() is not None and p.coding_count() == 0  # the step before is intact


def _lose_commit_answer(monkeypatch: pytest.MonkeyPatch, committed: bool) -> None:
    """The next COMMIT breaks the connection: after the server committed (`committed`),
    its answer lost on the way, or before the COMMIT reached it."""
    real = psycopg.Connection.commit
    armed = [True]

    def commit(self: psycopg.Connection) -> None:  # type: ignore[type-arg]
        if armed[0]:
            armed[0] = False
            if committed:
                real(self)
            self.close()
            raise psycopg.OperationalError("server closed the connection unexpectedly")
        real(self)

    monkeypatch.setattr(psycopg.Connection, "commit", commit)


def test_a_commit_whose_answer_was_lost_is_settled_by_asking_the_server(
    own_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, doc, _ = _project(own_server, ["Lies"])
    with Project.open(url) as p:
        p.coder = "Lies"
        _lose_commit_answer(monkeypatch, committed=True)
        cid = p.add_coding(doc, "Verbinding", 0, 5)  # saved: so it is not an error
        assert [r[0] for r in _codings(url)] == [cid]
        assert p.history.undo_label == "Code passage"

        _lose_commit_answer(monkeypatch, committed=False)
        with pytest.raises(ConnectionLostError, match="was lost; your last change was not saved"):
            p.add_coding(doc, "Verbinding", 10, 20)
        assert [r[0] for r in _codings(url)] == [cid]
        p.add_codings([CodingSpec(doc, 10, 20, "Verbinding")])  # reconnected by itself
        assert len(_codings(url)) == 2


@pytest.mark.parametrize("step", ["coding", "memo", "document memo"])
def test_an_undo_never_takes_away_a_change_another_coder_made_meanwhile(
    own_server: Server, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    """Lies undoes her last step (her coding, or her memo on it) while Bram writes a memo
    on the coding, between her undo's check that the row is unchanged and its write. Either
    her undo is refused, or his memo waits for it and is written after it, or is refused: he
    is never told his memo was saved while her undo quietly put the old row back."""
    from duocoder.storage import recorder

    url, doc, _ = _project(own_server, ["Lies", "Bram"])
    with Project.open(url) as lies, Project.open(url) as bram:
        lies.coder, bram.coder = "Lies", "Bram"
        cid = lies.add_coding(doc, "Verbinding", 0, 5)
        if step == "memo":
            lies.set_coding_memo(cid, "Eerste indruk")
        if step == "document memo":  # her step changes his memo: one row, updated
            bram.set_memo("document", doc, "Begin")
            lies.set_memo("document", doc, "Eerste indruk")
        table = "memos" if step == "document memo" else "codings"
        checked, proceed = threading.Event(), threading.Event()
        check = recorder._check

        def check_then_wait(*args, **kwargs):  # type: ignore[no-untyped-def]
            check(*args, **kwargs)
            if threading.current_thread().name == "lies" and args[1].name == table:
                checked.set()
                proceed.wait(5)

        monkeypatch.setattr(recorder, "_check", check_then_wait)
        told: dict[str, object] = {}

        def attempt(who: str, action: object) -> None:
            try:
                told[who] = action()  # type: ignore[operator]
            except Exception as exc:  # refused, in one way or another
                told[who] = exc

        def write(p: Project, text: str) -> None:
            if step == "document memo":
                p.set_memo("document", doc, text)
            else:
                p.set_coding_memo(cid, text)

        undo = threading.Thread(name="lies", target=attempt, args=("lies", lies.undo))
        memo = threading.Thread(
            name="bram",
            target=attempt,
            args=("bram", lambda: write(bram, "Mooi citaat")),
        )
        undo.start()
        assert checked.wait(10)
        memo.start()
        memo.join(1.0)  # committed at once, or waiting for Lies's undo to finish
        proceed.set()
        undo.join(10)
        memo.join(10)
    undone = not isinstance(told["lies"], Exception)
    memo_saved = not isinstance(told["bram"], Exception)
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(dsn) as conn:
        memos = conn.execute("SELECT memo FROM codings UNION ALL SELECT text FROM memos").fetchall()
    if memo_saved:  # after her undo (his write waited for it), or refusing her undo
        assert ("Mooi citaat",) in memos, f"his memo was lost: {told}; memos: {memos}"
    assert undone or memo_saved, told
    for refused in (x for x in told.values() if isinstance(x, Exception)):
        assert isinstance(refused, DuoCoderError), refused  # one sentence, no traceback


def test_an_undo_whose_step_was_just_pruned_by_another_coder_is_refused(
    own_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another coder's new step drops the oldest ones (KEEP_STEPS) between Lies's undo
    finding her last step and reading it: her undo must say so, not report a step undone
    that it never replayed."""
    from duocoder.app import base
    from duocoder.storage.history import StepGoneError

    url, doc, _ = _project(own_server, ["Lies"])
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    with Project.open(url) as lies:
        lies.coder = "Lies"
        lies.add_coding(doc, "Verbinding", 0, 5)
        read = base.steps.rows

        def pruned_first(conn, step_id, *args, **kwargs):  # type: ignore[no-untyped-def]
            with psycopg.connect(dsn, autocommit=True) as other:  # the other coder's prune
                other.execute("DELETE FROM history_steps WHERE id = %s", (step_id,))
            return read(conn, step_id, *args, **kwargs)

        monkeypatch.setattr(base.steps, "rows", pruned_first)
        with pytest.raises(StepGoneError, match="just dropped out of the project's history"):
            lies.undo()
        assert lies.coding_count() == 1
