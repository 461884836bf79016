"""The undo history kept in the project: steps of row images, per coder.

A step is written in the same transaction as the change it records, so the two can never
disagree after a crash. Each coder has a stack of their own: undo takes the coder's last
done step (or the project's last, when no coder is named), redo the step they undid last,
and a new step of a coder discards that coder's undone steps. Nothing here knows an engine:
plain SQLAlchemy Core over the history tables."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, Table, delete, func, insert, select, update

from duocoder.domain.errors import ValidationError
from duocoder.domain.privacy import SEALED_PREFIX
from duocoder.storage import recorder
from duocoder.storage.models import HistoryPart, HistoryStep, table_of
from duocoder.storage.recorder import Recorded, RowChange
from duocoder.storage.statements import take_turns

KEEP_STEPS = 200  # done steps kept per coder; their older ones can no longer be undone
Seal = Callable[[bytes], bytes]  # encrypts a part's row images (see `seal_all`)

_steps = table_of(HistoryStep)
_parts = table_of(HistoryPart)


@dataclass(frozen=True, slots=True)
class StepInfo:
    id: int
    coder: str | None
    label: str
    state: str


def _of(coder: str | None, any_coder: bool) -> ColumnElement[bool]:
    if any_coder:
        return _steps.c.id.is_not(None)
    return _steps.c.coder.is_(None) if coder is None else _steps.c.coder == coder


_SEQ_LOCK = 0x44554F43_53455100  # "DUOCSEQ": the advisory lock that hands out step numbers


def _next_seq(conn: Connection) -> int:
    """The number after the highest so far. On a server, transactions run side by side and
    two that read the highest at once would take the same number, so they take turns: the
    lock is held until the transaction commits, and the next one reads the committed
    number. (No sequence or unique constraint: the format stays the same as a file's.)"""
    take_turns(conn, _SEQ_LOCK)
    return int(conn.execute(select(func.coalesce(func.max(_steps.c.seq), 0))).scalar_one()) + 1


class SealedStepError(ValidationError):
    """A step's row images are sealed with a pseudonymisation key that is not unlocked."""

    def __init__(self, label: str) -> None:
        self.label = label
        super().__init__(
            f"Undoing or redoing '{label}' needs the pseudonymisation key: unlock the key "
            "file first."
        )


def new_step(
    conn: Connection,
    coder: str | None,
    label: str,
    rows: Sequence[RowChange] | Recorded,
    seal: Seal | None = None,
) -> int:
    """Record a new done step for `coder`; their undone steps can no longer be redone.
    With `seal`, the row images are stored encrypted (a pseudonymisation's originals)."""
    conn.execute(delete(_steps).where(_of(coder, False), _steps.c.state == "undone"))
    key = conn.execute(
        insert(_steps).values(
            coder=coder, label=label, state="done", seq=_next_seq(conn), created_at=datetime.now()
        )
    ).inserted_primary_key
    assert key is not None  # a single-row INSERT without RETURNING always reports it
    step_id = key[0]
    add_part(conn, int(step_id), rows, seal)
    _prune(conn, coder)
    return int(step_id)


def add_part(
    conn: Connection,
    step_id: int,
    rows: Sequence[RowChange] | Recorded,
    seal: Seal | None = None,
) -> None:
    """Add one transaction's rows to a step (a batch import: one part per file): the rows
    as the recorder took them (`Recorded`, kept as the log wrote them), or decoded."""
    part = conn.execute(
        select(func.coalesce(func.max(_parts.c.part), 0)).where(_parts.c.step_id == step_id)
    ).scalar_one()
    data = rows.dumps() if isinstance(rows, Recorded) else recorder.dumps(rows)
    if seal is not None:
        data = seal(data)
    conn.execute(insert(_parts).values(step_id=step_id, part=part + 1, data=data))


def seal_all(conn: Connection, seal: Seal, relabel_text: Callable[[str], str]) -> int:
    """Seal every step recorded so far, of every coder: their row images hold the texts a
    pseudonymisation is about to replace, which the project must no longer hold in the
    clear. Labels ("Import Interview Sofie") are rewritten by `relabel_text`, not sealed:
    the Edit menu must still name each step. Returns how many parts were sealed."""
    sealed = 0
    for step_id, part, data in conn.execute(
        select(_parts.c.step_id, _parts.c.part, _parts.c.data)
    ).all():
        if not bytes(data).startswith(SEALED_PREFIX):
            conn.execute(
                update(_parts)
                .where(_parts.c.step_id == step_id, _parts.c.part == part)
                .values(data=seal(bytes(data)))
            )
            sealed += 1
    for step_id, label in conn.execute(select(_steps.c.id, _steps.c.label)).all():
        new = relabel_text(label)
        if new != label:
            conn.execute(update(_steps).where(_steps.c.id == step_id).values(label=new))
    return sealed


def relabel(conn: Connection, step_id: int, label: str) -> None:
    conn.execute(update(_steps).where(_steps.c.id == step_id).values(label=label))


class StepGoneError(ValidationError):
    """The step an undo or redo found was dropped from the history just then, by a change
    of the same coder (in another window) pruning their oldest steps (`KEEP_STEPS`)."""

    def __init__(self, label: str | None = None) -> None:
        self.label = label
        what = f"'{label}'" if label else "This step"
        super().__init__(
            f"{what} can no longer be undone or redone: it has just dropped out of the "
            f"project's history, which keeps each coder's last {KEEP_STEPS} steps."
        )


def rows(
    conn: Connection,
    step_id: int,
    tables: Mapping[str, Table],
    unseal: Seal | None = None,
    label: str | None = None,
) -> tuple[RowChange, ...]:
    """A step's row images, for an undo or redo in this transaction; a sealed step needs
    `unseal` (`SealedStepError` without it). The step is locked first: on a server another
    coder's new step may prune it meanwhile (`_prune`), and an undo that read no rows would
    otherwise replay nothing and still say it was done. `StepGoneError` if it went."""
    if (
        conn.execute(select(_steps.c.id).where(_steps.c.id == step_id).with_for_update()).first()
        is None
    ):
        raise StepGoneError(label)
    out: list[RowChange] = []
    for (data,) in conn.execute(
        select(_parts.c.data).where(_parts.c.step_id == step_id).order_by(_parts.c.part)
    ):
        data = bytes(data)
        if data.startswith(SEALED_PREFIX):
            if unseal is None:
                label = conn.execute(
                    select(_steps.c.label).where(_steps.c.id == step_id)
                ).scalar_one()
                raise SealedStepError(label)
            data = unseal(data)
        out.extend(recorder.loads(data, tables))
    return tuple(out)


def last_done(conn: Connection, coder: str | None, any_coder: bool = False) -> StepInfo | None:
    return _first(conn, "done", coder, any_coder)


def last_undone(conn: Connection, coder: str | None, any_coder: bool = False) -> StepInfo | None:
    return _first(conn, "undone", coder, any_coder)


def _first(conn: Connection, state: str, coder: str | None, any_coder: bool) -> StepInfo | None:
    row = conn.execute(
        select(_steps.c.id, _steps.c.coder, _steps.c.label, _steps.c.state)
        .where(_steps.c.state == state, _of(coder, any_coder))
        .order_by(_steps.c.seq.desc())
        .limit(1)
    ).first()
    return StepInfo(int(row[0]), row[1], row[2], row[3]) if row is not None else None


def mark(conn: Connection, step_id: int, state: str) -> None:
    """A step was undone or redone: it moves to the top of the other stack."""
    conn.execute(
        update(_steps).where(_steps.c.id == step_id).values(state=state, seq=_next_seq(conn))
    )


def seq_of(conn: Connection, step_id: int) -> int:
    """Where the step stands in the order of what was done and undone (see `since`)."""
    return int(conn.execute(select(_steps.c.seq).where(_steps.c.id == step_id)).scalar_one())


def touch(conn: Connection, step_id: int) -> int:
    """A step grew (another part of a batch): it counts as done again now, so that other
    sessions looking for what changed (`since`) see the new part too. Returns its seq."""
    seq = _next_seq(conn)
    conn.execute(update(_steps).where(_steps.c.id == step_id).values(seq=seq))
    return seq


def latest_seq(conn: Connection) -> int:
    return int(conn.execute(select(func.coalesce(func.max(_steps.c.seq), 0))).scalar_one())


def since(conn: Connection, seq: int) -> list[tuple[int, int]]:
    """The (id, seq) of every step done, undone or redone after `seq`, oldest first: what
    other sessions changed since a window last looked."""
    return [
        (int(i), int(s))
        for i, s in conn.execute(
            select(_steps.c.id, _steps.c.seq).where(_steps.c.seq > seq).order_by(_steps.c.seq)
        )
    ]


def clear(conn: Connection) -> None:
    conn.execute(delete(_steps))


def _prune(conn: Connection, coder: str | None) -> None:
    """Drop the coder's done steps beyond their last `KEEP_STEPS`. Counted per coder, so
    that on a team project a busy colleague's steps never push another coder's recent work
    out of reach of their Undo (the steps without a coder count as one more coder)."""
    cutoff = conn.execute(
        select(_steps.c.seq)
        .where(_steps.c.state == "done", _of(coder, False))
        .order_by(_steps.c.seq.desc())
        .offset(KEEP_STEPS)
        .limit(1)
    ).scalar()
    if cutoff is not None:
        conn.execute(
            delete(_steps).where(
                _steps.c.state == "done", _of(coder, False), _steps.c.seq <= cutoff
            )
        )


def labels(conn: Connection, coder: str | None) -> tuple[list[str], list[str]]:
    """The coder's stack as a window shows it: the labels of the done steps, oldest first,
    and of the undone ones in the order redo takes them."""
    done: list[str] = []
    undone: list[str] = []
    for label, state in conn.execute(
        select(_steps.c.label, _steps.c.state).where(_of(coder, False)).order_by(_steps.c.seq)
    ):
        (done if state == "done" else undone).append(label)
    undone.reverse()
    return done, undone
