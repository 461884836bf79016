"""`Changes.of_rows`: every table the recorder reports reaches the field of its entity.

`of_rows` names each field of `Changes` explicitly (so a type checker sees every value's
type); these tests catch a kind added to its table mapping but not to that list."""

from __future__ import annotations

from dataclasses import fields

import pytest

from duocoder.app.changes import _ENTITY, Changes
from duocoder.storage.recorder import RowChange


@pytest.mark.parametrize("table", sorted(_ENTITY))
def test_a_recorded_row_reaches_its_entity(table: str) -> None:
    kind, column = _ENTITY[table]
    value: object = "name" if kind == "settings" else 7
    inserted = RowChange(table, (value,), None, {column: value})
    deleted = RowChange(table, (value,), {column: value}, None)
    for row in (inserted, deleted):
        changes = Changes.of_rows([row])
        assert getattr(changes, kind) == {value}
        assert {f.name for f in fields(changes) if getattr(changes, f.name)} == {kind}


def test_no_rows_change_nothing() -> None:
    changes = Changes.of_rows([])
    assert not changes
    assert changes == Changes()
