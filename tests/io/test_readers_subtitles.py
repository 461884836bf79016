"""Subtitle files from Teams, Zoom and Whisper become one line per speaker turn."""

from __future__ import annotations

import codecs

import pytest

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import SourceText, SourceTurn
from duocoder.io.readers import read_source

TEAMS_VTT = """WEBVTT

NOTE
Gegenereerd door Microsoft Teams --> niet bewerkt

STYLE
::cue { color: yellow }

8b1f0a3e-1
00:00:03.540 --> 00:00:05.120 align:start position:10%
<v Jan de Vries>Goedemorgen, fijn dat je er bent.</v>

8b1f0a3e-2
00:00:05.500 --> 00:00:08.000
<v Jan de Vries>Hoe gaat het met
je buddy?</v>

8b1f0a3e-3
00:00:08.200 --> 00:00:12.999
<v.respondent Fatima El Amrani>Goed &amp; <i>heel</i> gezellig.

8b1f0a3e-4
01:02:03.999 --> 01:02:05.000
<v Jan de Vries><c.yellow>Mooi</c> <00:00:09.000>zo.</v>
"""


def read(data: str | bytes, name: str = "gesprek.vtt") -> SourceText:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return read_source(name, raw)


def lines(source: SourceText) -> list[str]:
    texts = [source.text[start:end] for start, end in source.paragraphs]
    assert "\n".join(texts) == source.text
    return texts


def turn_words(source: SourceText) -> list[tuple[str, str, str | None]]:
    assert source.turns is not None
    return [(t.speaker, source.text[t.start : t.end], t.timestamp) for t in source.turns]


def test_teams_voice_tags_give_speakers_and_consecutive_cues_merge() -> None:
    source = read(TEAMS_VTT)
    assert lines(source) == [
        "Jan de Vries: Goedemorgen, fijn dat je er bent. Hoe gaat het met je buddy?",
        "Fatima El Amrani: Goed & heel gezellig.",
        "Jan de Vries: Mooi zo.",
    ]
    assert turn_words(source) == [
        (
            "Jan de Vries",
            "Goedemorgen, fijn dat je er bent. Hoe gaat het met je buddy?",
            "00:00:03.540",
        ),
        ("Fatima El Amrani", "Goed & heel gezellig.", "00:00:08.200"),
        ("Jan de Vries", "Mooi zo.", "01:02:03.999"),
    ]
    assert source.format == "vtt"


def test_turn_spans_cover_only_the_words() -> None:
    source = read(TEAMS_VTT)
    assert source.turns is not None
    first = source.turns[0]
    assert first == SourceTurn(14, 74, "Jan de Vries", "00:00:03.540")
    assert source.paragraphs[0] == (0, 74)


SRT_ZOOM = (
    "1\r\n00:00:01,000 --> 00:00:02,500\r\nInterviewer: Hallo, <b>welkom</b>.\r\n\r\n"
    "2\r\n00:00:02,600 --> 00:00:04,000\r\nInterviewer: Zullen we beginnen?\r\n\r\n"
    "3\r\n00:00:04,100 --> 00:00:06,000\r\nSpreker 2: Ja hoor.\r\n\r\n"
    "4\r\n00:01:07,100 --> 00:01:09,000\r\nInterviewer: Dank je: echt.\r\n"
)


def test_srt_name_labels_give_speakers() -> None:
    source = read(SRT_ZOOM, name="zoom.SRT")
    assert lines(source) == [
        "Interviewer: Hallo, welkom. Zullen we beginnen?",
        "Spreker 2: Ja hoor.",
        "Interviewer: Dank je: echt.",
    ]
    assert turn_words(source) == [
        ("Interviewer", "Hallo, welkom. Zullen we beginnen?", "00:00:01.000"),
        ("Spreker 2", "Ja hoor.", "00:00:04.100"),
        ("Interviewer", "Dank je: echt.", "00:01:07.100"),
    ]
    assert source.format == "srt"


def test_bom_missing_blank_lines_and_dot_separators_are_tolerated() -> None:
    data = codecs.BOM_UTF8 + (
        b"1\n00:00:01.000 --> 00:00:02.000\nAnna: Eerste\n"
        b"2\n00:00:02.000 --> 00:00:03.000\nBen: Tweede\n"
        b"3\n00:00:03,000 --> 00:00:04,000\nAnna: Derde"
    )
    source = read(data, name="zonder-witregels.srt")
    assert lines(source) == ["Anna: Eerste", "Ben: Tweede", "Anna: Derde"]


def test_vtt_without_hours_and_with_crlf() -> None:
    data = "WEBVTT\r\n\r\n00:01.000 --> 00:04.000\r\n<v Kim>Ja.\r\n\r\n"
    source = read(data)
    assert turn_words(source) == [("Kim", "Ja.", "00:00:01.000")]


def test_several_voices_in_one_cue_become_separate_turns() -> None:
    data = "WEBVTT\n\n00:00:10.000 --> 00:00:12.000\n<v Anna>Klopt dat?</v> <v Ben>Ja.</v>\n"
    assert turn_words(read(data)) == [
        ("Anna", "Klopt dat?", "00:00:10.000"),
        ("Ben", "Ja.", "00:00:10.000"),
    ]


def test_whisper_without_speakers_gets_no_invented_turns() -> None:
    data = (
        "WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nIk denk dat het\n\n"
        "00:00:02.000 --> 00:00:04.000\nbelangrijk is. Kortom: ja.\n\n"
        "00:00:04.000 --> 00:00:05.000\nVolgende zin\n"
    )
    source = read(data, name="whisper.vtt")
    assert source.turns == ()
    assert lines(source) == ["Ik denk dat het belangrijk is. Kortom: ja.", "Volgende zin"]


def test_sentences_with_colons_are_not_mistaken_for_speakers() -> None:
    data = (
        "1\n00:00:01,000 --> 00:00:02,000\nDat is het probleem: niemand luistert.\n\n"
        "2\n00:00:03,000 --> 00:00:04,000\nEn verder niets.\n\n"
        "3\n00:00:05,000 --> 00:00:06,000\nDat was het.\n"
    )
    source = read(data, name="zinnen.srt")
    assert source.turns == ()
    assert lines(source)[0] == "Dat is het probleem: niemand luistert."


def test_unlabelled_cue_continues_the_previous_speaker() -> None:
    data = (
        "1\n00:00:01,000 --> 00:00:02,000\nAnna: Ik vertel\n\n"
        "2\n00:00:02,000 --> 00:00:03,000\nnog even door.\n\n"
        "3\n00:00:03,000 --> 00:00:04,000\nBen: Oké.\n"
    )
    assert turn_words(read(data, name="a.srt")) == [
        ("Anna", "Ik vertel nog even door.", "00:00:01.000"),
        ("Ben", "Oké.", "00:00:03.000"),
    ]


def test_entities_accents_and_non_breaking_spaces() -> None:
    data = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Zoë>Caf&eacute; &lt;3&gt; 10&nbsp;% e\u0301\n"
    )
    assert turn_words(read(data)) == [("Zoë", "Café <3> 10\u00a0% é", "00:00:01.000")]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("WEBVTT\n\nNOTE alleen een notitie\n", id="header-and-note"),
        pytest.param("Dit is gewoon tekst\nzonder tijden.\n", id="plain-text"),
        pytest.param("1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n", id="empty-cue"),
    ],
)
def test_file_without_cues_is_refused(data: str) -> None:
    with pytest.raises(SourceError) as caught:
        read(data, name="leeg.vtt")
    assert str(caught.value) == "Could not read 'leeg.vtt': it contains no subtitles."


def test_empty_subtitle_file_is_refused() -> None:
    with pytest.raises(SourceError, match=r"^Could not read 'leeg\.srt': the file is empty\.$"):
        read(b"", name="leeg.srt")


def test_binary_subtitle_file_is_refused() -> None:
    with pytest.raises(SourceError, match="it looks like a binary file, not text"):
        read(b"\x00\x01\x02WEBVTT", name="x.vtt")


def test_a_cue_with_a_negative_start_keeps_its_words_and_is_reported() -> None:
    srt = (
        "1\n-00:00:01,000 --> 00:00:02,000\nJan: Welkom allemaal.\n\n"
        "2\n00:00:02,000 --> 00:00:04,000\nJan: Fijn dat jullie er zijn.\n\n"
        "3\n00:00:04,500 --> 00:00:06,000\nFatima: Dank je.\n"
    )
    source = read(srt, name="gesprek.srt")
    assert lines(source) == ["Jan: Welkom allemaal. Fijn dat jullie er zijn.", "Fatima: Dank je."]
    assert source.turns is not None and source.turns[0].timestamp == "00:00:00.000"
    assert source.notes == (
        "1 cue starts before 00:00:00 (line 2); it was kept, timed at 00:00:00.",
    )


def test_a_stray_byte_in_a_subtitle_file_is_repaired_and_reported() -> None:
    vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHet café is zo".encode() + b"\x92n plek.\n"
    source = read(vtt)
    assert source.text == "Het café is zo’n plek."
    assert source.notes and "on line 4" in source.notes[0]
