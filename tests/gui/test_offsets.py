"""The UTF-16 ↔ code point helper and word snapping, checked against the core's definitions."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from duocoder.domain.text import codepoint_index, utf16_index
from duocoder.gui.transcript.offsets import OffsetMap, snap_to_words

texts = st.text(alphabet=st.sampled_from(list("ab é\n😊👩\u200d🎉x")), max_size=40)


@given(texts, st.data())
def test_offsets_agree_with_the_core(text: str, data: st.DataObject) -> None:
    m = OffsetMap(text)
    cp = data.draw(st.integers(0, len(text)))
    assert m.to_qt(cp) == utf16_index(text, cp)
    assert m.to_core(m.to_qt(cp)) == cp
    units = data.draw(st.integers(0, m.qt_length))
    assert m.to_core(units) == codepoint_index(text, units)


def test_a_position_inside_an_emoji_rounds_to_whole_characters() -> None:
    m = OffsetMap("a😊b")
    assert m.to_core(2) == 1  # inside the surrogate pair: start of the emoji
    assert m.to_core(2, round_up=True) == 2  # as an end: after the emoji
    assert m.to_qt(2) == 3


def test_snapping_widens_to_whole_words_and_trims_spaces() -> None:
    text = "ik vertrouw Ben volledig"
    a = text.index("ertrouw")
    assert snap_to_words(text, a, a + 9) == (3, 15)  # "vertrouw Ben"
    assert snap_to_words(text, 2, 12) == (3, 11)  # " vertrouw " -> "vertrouw"


def test_snapping_keeps_emoji_and_joined_words_intact() -> None:
    text = "familie 👩‍👩‍👧 en mond-tot-mond"
    e = text.index("👩")
    assert snap_to_words(text, e, e + 5) == (e, e + 5)
    m = text.index("tot")
    assert text[slice(*snap_to_words(text, m, m + 2))] == "mond-tot-mond"
