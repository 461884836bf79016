"""The sweep that turns overlapping codings into highlight pieces and bracket columns."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from duocoder.gui.transcript.highlight import columns, sweep

spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 20)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=25,
)


@given(spans)
def test_every_character_shows_exactly_the_codings_covering_it(items) -> None:  # type: ignore[no-untyped-def]
    pieces = sweep(items)
    for piece in pieces:
        for pos in (piece.start, piece.end - 1):
            expected = {k for k, (a, b) in enumerate(items) if a <= pos < b}
            assert set(piece.keys) == expected
    covered = {p for piece in pieces for p in range(piece.start, piece.end)}
    assert covered == {p for a, b in items for p in range(a, b)}


@given(spans)
def test_overlapping_codings_never_share_a_bracket_column(items) -> None:  # type: ignore[no-untyped-def]
    cols, used = columns(items)
    for i, (a, b) in enumerate(items):
        for j, (c, d) in enumerate(items):
            if i < j and a < d and c < b:
                assert cols[i] != cols[j]
    assert all(0 <= c < max(used, 1) for c in cols)
