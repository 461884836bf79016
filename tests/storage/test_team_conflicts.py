"""Coders meeting on the same rows of a team project at the same moment, on a real
PostgreSQL server: a deadlock the server breaks is made again by itself (or, when it keeps
failing, refused in one plain sentence with nothing changed)."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest
from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from duocoder.app import codings, retry
from duocoder.app.project import Project
from duocoder.domain.errors import SimultaneousChangeError
from duocoder.storage import history
from duocoder.storage.models import Code, HistoryStep


@pytest.fixture
def address(postgres_server: Any) -> str:
    return str(postgres_server.new_database())


@pytest.fixture
def two_codes(address: str) -> Iterator[tuple[int, int]]:
    with Project.create(address, name="Duowerkingen") as p:
        yield p.add_code("Verbinding").id, p.add_code("Vertrouwen").id


def _deadlock(address: str, first: int, second: int, tries: list[int]) -> BaseException | None:
    """Anna's change updates code `first`, then `second`; meanwhile another session (psql,
    say) has locked `second` and then asks for `first`: a real deadlock, which the server
    breaks by rolling back Anna's transaction (hers waits longer, so her server process
    finds the deadlock first). Returns what Anna's change raised, if anything."""
    other = psycopg.connect(address.replace("postgresql+psycopg", "postgresql"))
    other.execute("UPDATE codes SET description = 'Bram' WHERE id = %s", (second,))
    holds_first = threading.Event()
    failure: list[BaseException] = []

    def change(s: Session) -> None:
        tries.append(1)
        s.get_one(Code, first).description = "Anna"
        s.flush()
        holds_first.set()
        s.get_one(Code, second).keywords = "anna"
        s.flush()  # waits for the other session's lock

    def anna() -> None:
        with Project.open(address) as p:
            p.coder = "Anna"
            try:
                p._run("Describe two codes", change)
            except BaseException as exc:  # handed to the test's thread
                failure.append(exc)

    worker = threading.Thread(target=anna)
    worker.start()
    assert holds_first.wait(10)
    time.sleep(0.3)  # Anna's session is now waiting for `second`
    other.execute("UPDATE codes SET keywords = 'bram' WHERE id = %s", (first,))
    other.commit()
    other.close()
    worker.join(30)
    assert not worker.is_alive()
    return failure[0] if failure else None


def test_a_deadlock_between_two_coders_is_made_again_by_itself(
    address: str, two_codes: tuple[int, int]
) -> None:
    first, second = two_codes
    tries: list[int] = []
    assert _deadlock(address, first, second, tries) is None
    assert len(tries) == 2  # rolled back once by the server, then made again
    with Project.open(address) as p:
        # both coders' changes are there: Anna's after Bram's
        assert p.code(first).description == "Anna" and p.code(first).keywords == ("bram",)
        assert p.code(second).description == "Bram" and p.code(second).keywords == ("anna",)
        p.coder = "Anna"
        assert p.history.undo_label == "Describe two codes"
        p.undo()  # her step was recorded once: one undo takes all of it back
        assert p.history.undo_label is None
        assert p.code(first).description == "" and p.code(second).keywords == ()


def test_a_conflict_that_persists_is_one_sentence_and_changes_nothing(
    address: str, two_codes: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(retry, "TRIES", 1)
    first, second = two_codes
    failure = _deadlock(address, first, second, [])
    assert isinstance(failure, SimultaneousChangeError)
    assert str(failure) == (
        f"Another coder changed the same things in the team project "
        f"{address.replace('+psycopg', '')} at the same moment; your change was not "
        "saved: try again."
    )
    assert "deadlock" not in str(failure).lower() and "\n" not in str(failure)
    with Project.open(address) as p:
        assert p.code(first).description == "" and p.code(second).keywords == ()
        p.coder = "Anna"
        assert p.history.undo_label is None


def test_two_coders_taking_the_next_step_number_at_once_get_two_numbers(
    address: str, two_codes: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each step takes the next number of the order undo and live updates read the history
    in. Here both coders' transactions are held right after taking theirs, before either
    commits: with the number read as the highest so far plus one, both would get the same;
    the server must hand them out one after the other."""
    taken = threading.Barrier(2)
    numbers: list[int] = []
    original = history._next_seq

    def next_seq_held(conn: Connection) -> int:
        number = original(conn)
        numbers.append(number)
        with contextlib.suppress(threading.BrokenBarrierError):
            taken.wait(timeout=1.5)  # the other coder's transaction takes one meanwhile
        return number

    monkeypatch.setattr(history, "_next_seq", next_seq_held)
    failures: list[BaseException] = []

    anna, bram = Project.open(address), Project.open(address)
    anna.coder, bram.coder = "Anna", "Bram"

    def describe(p: Project, code: int) -> None:
        try:
            p.describe_code(code, f"{p.coder}'s description")
        except BaseException as exc:  # handed to the test's thread
            failures.append(exc)

    workers = [
        threading.Thread(target=describe, args=(anna, two_codes[0])),
        threading.Thread(target=describe, args=(bram, two_codes[1])),
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(30)
    anna.close()
    bram.close()
    assert not failures
    assert len(numbers) == 2 and numbers[0] != numbers[1]
    with Project.open(address) as p:
        for coder in ("Anna", "Bram"):
            p.coder = coder
            assert p.history.undo_label == "Change code description"
        with p._read() as s:
            seqs = list(s.scalars(select(HistoryStep.seq)))
        assert len(seqs) == len(set(seqs))


def _at_once(
    address: str, monkeypatch: pytest.MonkeyPatch, coders: tuple[str, str], write: Any
) -> list[BaseException]:
    """Two sessions run `write(project)` at the same moment: each transaction is held, after
    writing its rows and before committing, until the other has written too (or a second
    and a half went by, when the other waits for this one's rows). Returns what failed."""
    written = threading.Barrier(2)

    def held(s: Session, coder: str | None, color: str | None) -> None:
        with contextlib.suppress(threading.BrokenBarrierError):
            written.wait(timeout=1.5)

    monkeypatch.setattr(codings, "colour_session_coder", held)
    sessions = [Project.open(address), Project.open(address)]
    failures: list[BaseException] = []

    def run(p: Project) -> None:
        try:
            write(p)
        except BaseException as exc:  # handed to the test's thread
            failures.append(exc)

    for p, coder in zip(sessions, coders, strict=True):
        p.coder = coder
    workers = [threading.Thread(target=run, args=(p,)) for p in sessions]
    for w in workers:
        w.start()
    for w in workers:
        w.join(30)
    for p in sessions:
        p.close()
    return failures


def test_two_coders_writing_the_first_memo_of_a_code_at_once(
    address: str, two_codes: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    code = two_codes[0]
    failures = _at_once(
        address,
        monkeypatch,
        ("Anna", "Bram"),
        lambda p: p.set_memo("code", code, f"{p.coder}: klik bij de eerste ontmoeting"),
    )
    assert not failures
    with Project.open(address) as p:
        memos = [(m.target_id, m.coder) for m in p.memos()]
        assert len(memos) == 1 and memos[0][0] == code  # one memo: the later write wins
        assert p.memo("code", code) == f"{memos[0][1]}: klik bij de eerste ontmoeting"


def test_two_coders_writing_the_first_project_memo_at_once(
    address: str, two_codes: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    failures = _at_once(
        address, monkeypatch, ("Anna", "Bram"), lambda p: p.set_memo("project", None, p.coder)
    )
    assert not failures
    with Project.open(address) as p:
        assert [m.target for m in p.memos()] == ["project"]


def test_one_new_coder_name_used_in_two_windows_at_once(
    address: str, two_codes: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chris, new to the project, writes a memo on each of two codes from two computers."""
    targets = iter(two_codes)
    failures = _at_once(
        address,
        monkeypatch,
        ("Chris", "Chris"),
        lambda p: p.set_memo("code", next(targets), "Chris' memo"),
    )
    assert not failures
    with Project.open(address) as p:
        assert [c.name for c in p.coders()] == ["Chris"]
        assert [m.coder for m in p.memos()] == ["Chris", "Chris"]
