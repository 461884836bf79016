"""The undo/redo suite, run on both recorders: SQLite's temporary triggers on a project file
and PostgreSQL's trigger function on a real server.

Random sequences of the kinds of change the app makes (rows with any Unicode, cascading
deletes, SET NULL, executemany bulk inserts, updates) are recorded step by step, undone to
the start and redone to the end; after every undo and redo the tables must equal, row for
row, what they were at that point. Conflicts (a row changed by someone else since) are
refused and change nothing."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, create_engine, delete, insert, select, update

from duocoder.storage import history as steps
from duocoder.storage.database import create_project_file, recorder_for
from duocoder.storage.models import UNDOABLE_TABLES
from duocoder.storage.recorder import ConflictError, Recorder, invert, loads, replay

TABLES = {m.__table__.name: m.__table__ for m in UNDOABLE_TABLES}  # type: ignore[attr-defined]
T = TABLES
NOW = datetime(2026, 12, 4, 15, 30, 0, 123456)


class Store:
    """One engine with its recorder, and the moves of an app over it."""

    def __init__(self, engine: Engine, recorder: Recorder, nul_ok: bool) -> None:
        self.engine, self.recorder, self.nul_ok = engine, recorder, nul_ok
        self.as_text = False  # keep steps as the log wrote them (`take_step`), as the app does

    def step(self, fn: Callable[[Connection], None], coder: str = "Lies") -> None:
        with self.engine.begin() as conn:
            self.recorder.clear(conn)
            fn(conn)
            if not self.as_text:
                rows = self.recorder.take(conn, TABLES)
                if rows:
                    steps.new_step(conn, coder, "step", rows)
                return
            recorded = self.recorder.take_step(conn, TABLES)
            if recorded:
                decoded = recorded.rows()
                assert loads(recorded.dumps(), TABLES) == decoded
                # what `Changes` reads from the keys and images, as the decoded rows say
                wanted = {"codings": "id", "codes": "id", "memos": "target_id", "meta": "key"}
                assert list(recorded.values(wanted)) == [
                    (r.table, (r.after if r.after is not None else r.before or {})[wanted[r.table]])
                    for r in decoded
                    if r.table in wanted
                ]
                steps.new_step(conn, coder, "step", recorded)

    def undo(self, coder: str = "Lies") -> bool:
        return self._replay(True, coder)

    def redo(self, coder: str = "Lies") -> bool:
        return self._replay(False, coder)

    def _replay(self, undoing: bool, coder: str) -> bool:
        with self.engine.begin() as conn:
            found = (steps.last_done if undoing else steps.last_undone)(conn, coder)
            if found is None:
                return False
            rows = steps.rows(conn, found.id, TABLES)
            self.recorder.defer_constraints(conn)
            replay(conn, invert(rows) if undoing else rows, TABLES, self.recorder)
            steps.mark(conn, found.id, "undone" if undoing else "done")
        return True

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        with self.engine.connect() as conn:
            return {
                name: sorted(
                    (tuple(r) for r in conn.execute(select(t).order_by(*t.primary_key.columns))),
                    key=repr,
                )
                for name, t in TABLES.items()
                if name != "meta"
            }

    def reset(self) -> None:
        with self.engine.begin() as conn:
            steps.clear(conn)
            conn.execute(update(T["codes"]).values(parent_id=None))  # RESTRICT on the tree
            for t in reversed(list(TABLES.values())):
                conn.execute(delete(t))


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    if request.param == "sqlite":
        engine = create_project_file(tmp_path / "p.duocoder")
        yield Store(engine, recorder_for(engine), nul_ok=True)
        engine.dispose()
        return
    from duocoder.storage.postgres import create_schema, record_on

    server = request.getfixturevalue("postgres_server")
    engine = create_engine(server.new_database())
    with engine.begin() as conn:
        create_schema(conn)
    engine.dispose()
    record_on(engine)
    yield Store(engine, recorder_for(engine), nul_ok=False)  # PostgreSQL text has no NUL
    engine.dispose()


# -- the moves ---------------------------------------------------------------------------------

ALPHABET = st.sampled_from(
    [*"aéè ’“”\u00a0\r\n", "😊", "👨\u200d👩\u200d👧", "e\u0301", "\u0000", "'", '"', ";"]
)


def _text(data: st.DataObject, store: Store) -> str:
    text = "".join(data.draw(st.lists(ALPHABET, min_size=1, max_size=20)))
    return text if store.nul_ok else text.replace("\u0000", "0")


def _ids(conn: Connection, table: str) -> list[int]:
    return list(conn.execute(select(T[table].c.id).order_by(T[table].c.id)).scalars())


def move(store: Store, data: st.DataObject) -> Callable[[Connection], None]:
    kind = data.draw(
        st.sampled_from(
            [
                "document",
                "code",
                "codings",
                "rename",
                "delete_document",
                "delete_code",
                "memo",
                "coder",
                "delete_coder",
            ]
        )
    )
    text = _text(data, store)
    pick = data.draw(st.integers(0, 10_000))

    def run(conn: Connection) -> None:
        docs, codes = _ids(conn, "documents"), _ids(conn, "codes")
        if kind == "document" or not docs:
            n = len(docs) + 1
            doc = conn.execute(
                insert(T["documents"]).values(
                    name=f"{text} {n}-{pick}",
                    text=text * 3,
                    length=len(text) * 3,
                    content_hash=f"h{n}-{pick}",
                    source_format="txt",
                    original_name=text,
                    role="participant",
                    case_name=text,
                    duo=None,
                    imported_at=NOW,
                    position=n,
                )
            ).inserted_primary_key[0]
            conn.execute(
                insert(T["paragraphs"]),
                [{"document_id": doc, "position": i, "start": i, "end": i + 1} for i in range(3)],
            )
        elif kind == "code" or not codes:
            parent = codes[pick % len(codes)] if codes and pick % 2 else None
            conn.execute(
                insert(T["codes"]).values(
                    parent_id=parent,
                    name=text,
                    guid=f"g-{pick}-{len(codes)}",
                    color="#aabbcc",
                    description=text,
                    codable=bool(pick % 3),
                    position=len(codes),
                    keywords="",
                )
            )
        elif kind == "codings":  # executemany: SQLAlchemy never learns these ids
            coders = _ids(conn, "coders")
            conn.execute(
                insert(T["codings"]),
                [
                    {
                        "document_id": docs[(pick + i) % len(docs)],
                        "code_id": codes[(pick + i) % len(codes)],
                        "start": i,
                        "end": i + 2,
                        "coder_id": coders[0] if coders else None,
                        "memo": text,
                        "created_at": NOW,
                        "auto": bool(i % 2),
                    }
                    for i in range(1 + pick % 4)
                ],
            )
        elif kind == "rename":
            conn.execute(
                update(T["codes"])
                .where(T["codes"].c.id == codes[pick % len(codes)])
                .values(name=text, codable=not bool(pick % 2))
            )
        elif kind == "delete_document":  # cascades to its paragraphs and codings
            conn.execute(
                delete(T["documents"]).where(T["documents"].c.id == docs[pick % len(docs)])
            )
        elif kind == "delete_code":
            parents = set(conn.execute(select(T["codes"].c.parent_id)).scalars())
            leaves = [c for c in codes if c not in parents]
            conn.execute(delete(T["codes"]).where(T["codes"].c.id == leaves[pick % len(leaves)]))
        elif kind == "merge":  # codings move to another code, then the first code goes
            parents = set(conn.execute(select(T["codes"].c.parent_id)).scalars())
            leaves = [c for c in codes if c not in parents]
            if len(codes) > 1:
                gone = leaves[pick % len(leaves)]
                into = next(c for c in codes if c != gone)
                conn.execute(
                    update(T["codings"]).where(T["codings"].c.code_id == gone).values(code_id=into)
                )
                conn.execute(delete(T["codes"]).where(T["codes"].c.id == gone))
        elif kind == "memo":
            conn.execute(
                insert(T["memos"]).values(
                    target="document",
                    target_id=docs[pick % len(docs)] * 1000 + pick,
                    text=text,
                    coder_id=None,
                    updated_at=NOW,
                )
            )
        elif kind == "coder":
            conn.execute(
                insert(T["coders"]).values(name=f"{text}{pick}", guid=f"c-{pick}-{len(text)}"[:36])
            )
        elif kind == "delete_coder":  # codings keep their place, without a coder (SET NULL)
            coders = _ids(conn, "coders")
            if coders:
                conn.execute(delete(T["coders"]).where(T["coders"].c.id == coders[0]))

    return run


@settings(
    max_examples=int(os.environ.get("DUOCODER_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_sequence_undoes_to_the_start_and_redoes_to_the_end(
    store: Store, data: st.DataObject
) -> None:
    _undoes_and_redoes(store, data)


@settings(
    max_examples=int(os.environ.get("DUOCODER_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_steps_kept_as_the_log_wrote_them_undo_and_redo_exactly(
    store: Store, data: st.DataObject
) -> None:
    """`take_step` keeps the log's own text (no row decoded and encoded again): undoing and
    redoing such steps, which checks each row against its image, must restore every state."""
    store.as_text = True
    _undoes_and_redoes(store, data)


def _undoes_and_redoes(store: Store, data: st.DataObject) -> None:
    store.reset()
    seen = [store.snapshot()]
    for _ in range(data.draw(st.integers(1, 8))):
        try:
            store.step(move(store, data))
        except Exception as exc:  # a move the schema refuses (a duplicate name): no step
            if "UNIQUE" not in str(exc).upper() and "unique" not in str(exc):
                raise
        seen.append(store.snapshot())
    seen = [s for i, s in enumerate(seen) if i == 0 or s != seen[i - 1]]
    for expected in reversed(seen[:-1]):
        assert store.undo()
        assert store.snapshot() == expected
    assert not store.undo()
    for expected in seen[1:]:
        assert store.redo()
        assert store.snapshot() == expected
    assert not store.redo()


def _document_and_code(store: Store) -> tuple[int, int]:
    ids: dict[str, int] = {}

    def setup(conn: Connection) -> None:
        ids["doc"] = conn.execute(
            insert(T["documents"]).values(
                name="Anna",
                text="R: één 😊",
                length=8,
                content_hash="h",
                source_format="txt",
                original_name="Anna.txt",
                role="participant",
                imported_at=NOW,
                position=0,
            )
        ).inserted_primary_key[0]
        ids["code"] = conn.execute(
            insert(T["codes"]).values(
                name="Klik",
                guid="g1",
                color="#aabbcc",
                description="",
                codable=True,
                position=0,
                keywords="",
            )
        ).inserted_primary_key[0]

    store.step(setup)
    return ids["doc"], ids["code"]


def test_an_undo_over_a_row_someone_else_changed_is_refused_and_changes_nothing(
    store: Store,
) -> None:
    _doc, code = _document_and_code(store)
    rename = update(T["codes"]).where(T["codes"].c.id == code)
    store.step(lambda c: c.execute(rename.values(name="Klik!")), coder="Ward")
    before = store.snapshot()
    with pytest.raises(ConflictError, match="changed since by someone else"):
        store.undo("Lies")
    assert store.snapshot() == before
    assert store.undo("Ward") and store.undo("Lies")
    assert store.snapshot()["codes"] == []


def test_an_undo_whose_cascade_would_take_someone_elses_rows_is_refused(store: Store) -> None:
    doc, code = _document_and_code(store)
    coding = insert(T["codings"]).values(
        document_id=doc, code_id=code, start=0, end=2, created_at=NOW, auto=False
    )
    store.step(lambda c: c.execute(coding), coder="Ward")
    before = store.snapshot()
    with pytest.raises(ConflictError, match="depends on it"):
        store.undo("Lies")  # removing the document would remove Ward's coding with it
    assert store.snapshot() == before
