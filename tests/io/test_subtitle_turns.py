"""Speakers in subtitles as tools write them: a name on the first cue of a turn only, a full
name then a short one, Zoom's name on every cue, voice tags, none at all (Whisper); times of
several shapes, with their milliseconds."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from duocoder.domain.sources import SourceText
from duocoder.io.readers import read_source


def read(data: str, name: str = "gesprek.vtt") -> SourceText:
    return read_source(name, data.encode("utf-8"))


def turns(source: SourceText) -> list[tuple[str, str, str | None]]:
    assert source.turns is not None
    return [(t.speaker, source.text[t.start : t.end], t.timestamp) for t in source.turns]


PARTIAL = """WEBVTT

00:00:53.800 --> 00:00:55.000
Griet Peeters: Hoe gaat het met je?

00:00:55.000 --> 00:00:58.000
En met je maatje?

01:00.500 --> 01:02.000
Anna: Goed hoor.

01:02.000 --> 01:04.000
We zien elkaar elke week.

01:04.000 --> 01:05.000
Griet: Fijn.

01:05.250 --> 01:06.000
Anna: Ja. Kortom

01:06.000 --> 01:07.000
Kortom: dat werkt.
"""


def test_a_name_on_the_first_cue_of_a_turn_and_a_short_name_later() -> None:
    source = read(PARTIAL)
    assert turns(source) == [
        ("Griet Peeters", "Hoe gaat het met je? En met je maatje?", "00:00:53.800"),
        ("Anna", "Goed hoor. We zien elkaar elke week.", "00:01:00.500"),
        ("Griet Peeters", "Fijn.", "00:01:04.000"),
        ("Anna", "Ja. Kortom Kortom: dat werkt.", "00:01:05.250"),
    ]
    assert source.notes == (
        "'Kortom' starts one cue like a speaker's name but was read as words, since it "
        "occurs only once; if it is a speaker, name it in the turn rules.",
    )


def test_zoom_names_every_cue_and_one_speakers_cues_merge() -> None:
    srt = (
        "1\n00:00:01,000 --> 00:00:02,000\nLies Janssens: Dag Tom.\n\n"
        "2\n00:00:02,000 --> 00:00:03,500\nLies Janssens: Hoe gaat het?\n\n"
        "3\n00:00:03,600 --> 00:00:05,000\nTom: Goed.\n\n"
        "4\n00:00:05,000 --> 00:00:06,000\nLies Janssens: Mooi.\n"
    )
    assert turns(read(srt, "zoom.srt")) == [
        ("Lies Janssens", "Dag Tom. Hoe gaat het?", "00:00:01.000"),
        ("Tom", "Goed.", "00:00:03.600"),
        ("Lies Janssens", "Mooi.", "00:00:05.000"),
    ]


def test_voice_tags_and_overlapping_cues() -> None:
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:06.000\n<v Interviewer>Vertel eens over je buddy.\n\n"
        "00:00:04.000 --> 00:00:05.000\n<v Ahmed>Ja.\n\n"
        "00:00:05.500 --> 00:00:09.000\n<v Interviewer>Hoe lang al?\n"
    )
    assert turns(read(vtt)) == [
        ("Interviewer", "Vertel eens over je buddy.", "00:00:01.000"),
        ("Ahmed", "Ja.", "00:00:04.000"),
        ("Interviewer", "Hoe lang al?", "00:00:05.500"),
    ]


def test_whisper_without_speakers_gets_no_turns(project) -> None:  # type: ignore[no-untyped-def]
    vtt = (
        "WEBVTT\n\n00:00.000 --> 00:02.000\nVraag: hoe gaat het?\n\n"
        "00:02.000 --> 00:04.000\nAntwoord: goed.\n\n"
        "00:04.000 --> 00:06.000\nIk zie mijn maatje elke week.\n\n"
        "00:06.000 --> 00:08.000\nDat doet deugd.\n\n"
        "00:08.000 --> 00:10.000\nEcht waar.\n"
    )
    source = read(vtt, "whisper.vtt")
    assert source.turns == ()
    detection = project.source_turns(source)
    assert detection.turns == () and detection.shape == "none"
    assert detection.doubts[0].startswith("No speaker is named in these subtitles")


def test_subtitle_turns_keep_their_times_when_found_again(project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from duocoder.domain.turns import TurnRules

    vtt = tmp_path / "gesprek.vtt"
    vtt.write_text(PARTIAL, encoding="utf-8")
    whisper = tmp_path / "whisper.srt"
    whisper.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nDus: goed.\n\n"
        "2\n00:00:02,000 --> 00:00:03,000\nDus: ja.\n\n3\n00:00:03,000 --> 00:00:04,000\nEcht.\n"
        "\n4\n00:00:04,000 --> 00:00:05,000\nZeker.\n\n5\n00:00:05,000 --> 00:00:06,000\nOké.\n",
        encoding="utf-8",
    )
    report = project.import_files([vtt, whisper], "deelnemer", questions="italic")
    assert [d.turns for d in report.imported] == [4, 0]
    before = project.turns("gesprek")
    assert [t.timestamp for t in before] == [
        "00:00:53.800",
        "00:01:00.500",
        "00:01:04.000",
        "00:01:05.250",
    ]
    assert project.detect_turns("gesprek").shape == "subtitle voices"
    project.redetect_turns(["gesprek"], TurnRules(interviewer_labels=("Griet Peeters",)))
    after = project.turns("gesprek")
    assert [(t.start, t.end, t.timestamp) for t in after] == [
        (t.start, t.end, t.timestamp) for t in before
    ]
    assert [t.interviewer for t in after] == [True, False, True, False]
    project.redetect_turns(["whisper"], None)
    assert project.turns("whisper") == []
    assert project.detect_turns("whisper").doubts[0].startswith("No speaker is named")


_NAMES = ["Griet Peeters", "Anna", "Jan de Vries", "Interviewer", "Zoë"]


@settings(max_examples=50, deadline=None)
@given(
    every_cue=st.booleans(),
    turns_spoken=st.lists(
        st.tuples(st.sampled_from(_NAMES), st.integers(min_value=1, max_value=3)),
        min_size=2,
        max_size=8,
    ),
)
def test_random_conversations_come_back_turn_by_turn(
    every_cue: bool, turns_spoken: list[tuple[str, int]]
) -> None:
    """Names on every cue (Zoom) or on a turn's first cue only give back the same turns;
    the second shape needs every speaker to speak twice, as in a real interview."""
    if not every_cue:
        turns_spoken = turns_spoken + turns_spoken
    assume(all(a[0] != b[0] for a, b in pairwise(turns_spoken)))  # one speaker, one turn
    blocks, second, expected = [], 0, []
    for n, (name, cues) in enumerate(turns_spoken):
        words = []
        for c in range(cues):
            text = f"Zin {n}.{c} over de buddy."
            prefix = f"{name}: " if every_cue or c == 0 else ""
            blocks.append(
                f"00:{second // 60:02d}:{second % 60:02d}.250 --> 00:59:59.000\n{prefix}{text}"
            )
            words.append(text)
            second += 1
        expected.append((name, " ".join(words)))
    source = read("WEBVTT\n\n" + "\n\n".join(blocks) + "\n")
    assert [(speaker, words) for speaker, words, _time in turns(source)] == expected
