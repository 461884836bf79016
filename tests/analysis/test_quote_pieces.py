"""A quote never puts the interviewer's words in the respondent's mouth."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from duocoder.analysis.data import TurnSpan
from duocoder.analysis.quotes import (
    OMISSION,
    paragraph_numbers,
    quote_text,
    respondent_pieces,
)

TEXT = (
    "R: Ik vertrouw haar echt.\n"  # 0..25
    "I: Waarom dan?\n"
    "R: Omdat ze altijd\nterugbelt.\n"
)


def _turns(text: str) -> list[TurnSpan]:
    """Turns of a transcript whose lines start with `I: ` or `R: `; an unlabelled line
    continues the turn before it."""
    turns: list[TurnSpan] = []
    pos = 0
    for line in text.split("\n"):
        if line.startswith(("I: ", "R: ")):
            turns.append(TurnSpan(pos + 3, pos + len(line), line[0] == "I", pos))
        elif turns and line:
            t = turns[-1]
            turns[-1] = TurnSpan(t.start, pos + len(line), t.interviewer, t.label_start)
        pos += len(line) + 1
    return turns


def _pieces(text: str, start: int, end: int) -> tuple[str, ...]:
    return respondent_pieces(text[start:end], start, _turns(text))


def test_interviewer_words_inside_a_segment_are_left_out_and_marked() -> None:
    pieces = _pieces(TEXT, 3, len(TEXT) - 1)
    assert pieces == ("Ik vertrouw haar echt.", "Omdat ze altijd terugbelt.")
    assert quote_text(pieces) == f"Ik vertrouw haar echt. {OMISSION} Omdat ze altijd terugbelt."
    assert "Waarom" not in quote_text(pieces)


def test_a_segment_of_interviewer_words_only_is_no_quote() -> None:
    start = TEXT.index("I: ")
    assert _pieces(TEXT, start, start + len("I: Waarom dan?")) == ()


def test_labels_are_dropped_and_leading_interviewer_words_leave_no_mark() -> None:
    start = TEXT.index("I: ")
    assert _pieces(TEXT, start, TEXT.index("altijd")) == ("Omdat ze",)


def test_consecutive_respondent_turns_join_without_omission() -> None:
    text = "R: Eerst dit.\nR: Dan dat.\n"
    assert _pieces(text, 0, len(text)) == ("Eerst dit. Dan dat.",)


def test_a_document_without_turns_keeps_everything() -> None:
    assert respondent_pieces("  Gewoon\ntekst ", 10, []) == ("Gewoon tekst",)


def test_paragraph_numbers_count_from_one() -> None:
    paragraphs = [(0, 10), (11, 20), (21, 30)]
    assert paragraph_numbers(12, 25, paragraphs) == (2, 3)
    assert paragraph_numbers(10, 11, paragraphs) is None
    assert paragraph_numbers(0, 5, []) is None


@st.composite
def transcripts(draw: Any) -> str:
    """Interviewer words are all `q`, respondent words all `r`, so a leak shows."""
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        who = draw(st.sampled_from("IR"))
        words = draw(st.lists(st.integers(1, 5), min_size=1, max_size=4))
        lines.append(f"{who}: " + " ".join(("q" if who == "I" else "r") * n for n in words))
    return "\n".join(lines)


@settings(max_examples=300, deadline=None)
@given(text=transcripts(), data=st.data())
def test_no_interviewer_word_ever_reaches_a_quote(text: str, data: Any) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    pieces = _pieces(text, start, end)
    joined = quote_text(pieces)
    assert "q" not in joined
    assert "I:" not in joined and "R:" not in joined
    # every respondent character of the segment survives, in order
    kept = [ch for ch in text[start:end] if ch == "r"]
    assert joined.replace(OMISSION, "").count("r") == len(kept)
    assert all(p == p.strip() and p for p in pieces)
