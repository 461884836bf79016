"""Offsets carried through a pseudonymisation's edits: whatever the names and spans, a span
keeps its words, a boundary inside a replaced name snaps to the pseudonym's boundary, and
restoring (the inverse edits) gives every span back exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from duocoder.domain.text_edits import Edit, OffsetMap, apply_edits

WORDS = st.text(alphabet="abcdéë’ \u00a0", min_size=1, max_size=8)


@st.composite
def edited_text(draw: st.DrawFn) -> tuple[str, list[Edit]]:
    text = draw(st.text(alphabet="abc dëé’“”\u00a0\n😊", min_size=1, max_size=60))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=8)))
    edits: list[Edit] = []
    for a, b in zip(cuts[::2], cuts[1::2], strict=False):
        if a < b and draw(st.booleans()):
            edits.append(Edit(a, b, draw(WORDS)))
    return text, edits


@given(edited_text(), st.data())
def test_a_span_keeps_its_words_and_snaps_to_replacements(
    case: tuple[str, list[Edit]], data: st.DataObject
) -> None:
    text, edits = case
    new = apply_edits(text, edits)
    offsets = OffsetMap(edits)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    a, b = offsets.span(start, end)
    assert 0 <= a < b <= len(new)
    # widening the span over every edit it touches, the new span is the old one edited
    for e in edits:
        if e.start < end and start < e.end:
            start, end = min(start, e.start), max(end, e.end)
    inside = [Edit(e.start - start, e.end - start, e.text) for e in edits if start <= e.start]
    inside = [e for e in inside if e.end <= end - start]
    assert new[a:b] == apply_edits(text[start:end], inside)


@given(edited_text())
def test_the_inverse_edits_restore_every_offset(case: tuple[str, list[Edit]]) -> None:
    text, edits = case
    new = apply_edits(text, edits)
    forward = OffsetMap(edits)
    back_edits = [
        Edit(forward.start(e.start), forward.end(e.end), text[e.start : e.end]) for e in edits
    ]
    assert apply_edits(new, back_edits) == text
    back = OffsetMap(back_edits)
    for e in edits:  # a span that was exactly a name comes back as exactly that name
        assert back.span(*forward.span(e.start, e.end)) == (e.start, e.end)


def test_a_coding_inside_a_name_covers_the_whole_pseudonym() -> None:
    text = "Maar Sofie, mijn vrijwilliger."
    offsets = OffsetMap([Edit(5, 10, "Lotte Janssens")])
    new = apply_edits(text, [Edit(5, 10, "Lotte Janssens")])
    assert new[slice(*offsets.span(6, 8))] == "Lotte Janssens"
    assert new[slice(*offsets.span(0, 7))] == "Maar Lotte Janssens"
    assert new[slice(*offsets.span(10, 29))] == ", mijn vrijwilliger"
