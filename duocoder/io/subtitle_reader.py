"""Subtitle transcripts (.vtt, .srt) from automatic transcription: Teams, Zoom, Whisper.

These tools cut speech into cues of a few seconds; a researcher codes turns, not cues. So
consecutive cues of the same speaker become one turn (one line), and speakers come from
VTT voice tags (Teams) or a leading "Name:" label (Zoom on every cue; other tools only on
the first cue of a turn, the next cues continuing that speaker). A short name that is the
first name of a full one in the same file (`Griet:` after `Griet Peeters:`) is the same
speaker. When no speaker is known at all (Whisper), cues are joined into sentences instead
and no turns are made: inventing them from the words would be guessing. Each turn keeps
the start time of its first cue as written, milliseconds included. The parser is lenient
because real exports are: missing blank lines, CRLF, BOMs, numbering, cue settings, NOTE and
STYLE blocks. A cue whose timing is odd (a
negative time, from a tool that shifted the whole file) keeps its words, and the import notes
name it, because a cue that silently disappears is a gap in the transcript nobody sees.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import dataclass

from duocoder.domain.errors import SourceError
from duocoder.domain.sources import SourceText, SourceTurn
from duocoder.domain.text import canonical
from duocoder.io.text_reader import decode_text
from duocoder.io.xmlstream import counted

_TIME = r"(?:\d+:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_TIMING = re.compile(
    r"^\s*(-)?(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?"  # the start, which is kept
    rf"\s*-->\s*-?{_TIME}(?:\s.*)?$"
)
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")
_SPACES = re.compile(r"[^\S\u00a0\u202f\u2007]+")
"""White space to collapse; non-breaking spaces are the speaker's typography and stay."""
_LABEL = re.compile(r"^([^:]{1,40}):(?:\s+|$)(.*)$", re.DOTALL)
_SENTENCE_PUNCTUATION = re.compile(r"[!?,;\"“”()\[\]]|\.$")
_SENTENCE_END = re.compile(r"[.?!…][\"'”’)\]]*$")
_MAX_LABEL_WORDS = 4


@dataclass(frozen=True, slots=True)
class _Cue:
    """One subtitle cue's words, with the speaker when the cue states it."""

    time: str
    speaker: str | None
    words: str
    voiced: bool


def read_subtitles(name: str, data: bytes) -> SourceText:
    """Read a .vtt or .srt file into one line per turn, with `turns` when speakers are known."""
    fmt = "srt" if name.lower().endswith(".srt") else "vtt"
    decoded = decode_text(name, data)
    negative: list[int] = []
    cues = _parse_cues(decoded.text, negative)
    if not cues:
        raise SourceError(name, "it contains no subtitles")
    notes = decoded.notes + _negative_note(negative)
    cues, refused = _apply_labels(cues)
    notes += _refused_note(refused)
    if any(cue.speaker for cue in cues):
        return _with_turns(_merge_by_speaker(cues), fmt, notes)
    return _without_turns(_merge_sentences(cues), fmt, notes)


def _parse_cues(text: str, negative: list[int]) -> list[_Cue]:
    """Cue blocks are a timing line and the lines up to a blank line or the next timing
    line; anything outside cues (header, identifiers, NOTE, STYLE) is ignored. The line
    numbers of timings that start before zero are added to `negative`."""
    blocks: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        timing = _TIMING.match(line)
        if timing:
            if current and current[-1].strip().isdigit():
                current.pop()  # the number of the next SRT cue, with the blank line missing
            current = []
            if timing.group(1):
                negative.append(number)
            blocks.append((_time(timing), current))
        elif current is not None and line.strip():
            current.append(line)
        else:
            current = None
    cues = [cue for time, lines in blocks for cue in _cues(time, lines)]
    return [cue for cue in cues if cue.words]


def _time(timing: re.Match[str]) -> str:
    """The start as `HH:MM:SS`, with `.mmm` when the file gives milliseconds (`01:00.500`
    and `00:01:00,5` are both `00:01:00.500`); a negative start counts as the beginning."""
    fraction = timing.group(5)
    if timing.group(1):
        return "00:00:00" + (".000" if fraction else "")
    hours, minutes, seconds = int(timing.group(2) or 0), int(timing.group(3)), timing.group(4)
    hours += minutes // 60
    stamp = f"{hours:02d}:{minutes % 60:02d}:{seconds}"
    return stamp + (f".{fraction.ljust(3, '0')}" if fraction else "")


def _negative_note(lines: list[int]) -> tuple[str, ...]:
    if not lines:
        return ()
    shown = ", ".join(str(n) for n in lines[:5]) + (" and more" if len(lines) > 5 else "")
    one = len(lines) == 1
    return (
        f"{counted(len(lines), 'cue starts', 'cues start')} before 00:00:00 "
        f"(line{'' if one else 's'} {shown}); {'it was' if one else 'they were'} kept, "
        f"timed at 00:00:00.",
    )


def _cues(time: str, lines: list[str]) -> list[_Cue]:
    """The cue's words without markup; each voice tag starts a speaker's part of the cue."""
    raw = " ".join(line.strip() for line in lines)
    starts = [match.start() for match in _VOICE.finditer(raw)]
    if not starts:
        return [_Cue(time, None, _clean(raw), voiced=False)]
    ends = [*starts[1:], len(raw)]
    parts = [raw[: starts[0]], *(raw[a:b] for a, b in zip(starts, ends, strict=True))]
    cues: list[_Cue] = []
    for part in parts:
        voice = _VOICE.match(part)
        speaker = _clean(voice.group(1) or "") if voice else ""
        cues.append(_Cue(time, speaker or None, _clean(part), voiced=bool(speaker)))
    return cues


def _clean(raw: str) -> str:
    """Tags (italics, classes, inline timestamps, voices) go; entities become characters."""
    text = html.unescape(_TAG.sub("", raw)).replace("\ufeff", "")
    text = _SPACES.sub(" ", text).strip(" ")
    return canonical(text) if text.strip() else ""


def _label(words: str) -> tuple[str, str] | None:
    """A leading "Name: " that is short and reads like a name, not like a sentence."""
    match = _LABEL.match(words)
    if not match:
        return None
    label = match.group(1).strip()
    if not label or len(label.split()) > _MAX_LABEL_WORDS:
        return None
    if _SENTENCE_PUNCTUATION.search(label) or not label[0].isalnum():
        return None
    return label, match.group(2).strip()


def _apply_labels(cues: list[_Cue]) -> tuple[list[_Cue], list[str]]:
    """Take "Name:" labels as speakers when (nearly) every unvoiced cue carries one (Zoom),
    or else the labels that start two cues or more, when most cues carry a label or at
    least two such speakers take turns (a label on the first cue of each turn only): a stray
    "Kortom: ..." in an unlabelled Whisper file must stay part of the words. Returns the
    cues and the labels seen once that were read as words."""
    plain = [cue for cue in cues if not cue.voiced]
    labels = {id(cue): _label(cue.words) for cue in plain}
    found = [label for label, _words in (f for f in labels.values() if f)]
    if not plain or not found:
        return cues, []
    same = _same_speakers(found)
    counts = Counter(same.get(label, label) for label in found)
    accepted = {label for label, n in counts.items() if n >= 2}
    most = len(found) * 2 >= len(plain)
    if len(found) * 10 >= len(plain) * 9 or (most and len(accepted) < 2):
        accepted = set(counts)  # a label on (nearly) every cue (Zoom), or a short exchange
    elif not most and len(accepted | {cue.speaker for cue in cues if cue.voiced}) < 2:
        return cues, []
    refused = sorted(label for label in counts if label not in accepted)
    result: list[_Cue] = []
    for cue in cues:
        label = labels.get(id(cue))
        speaker = None if label is None else same.get(label[0], label[0])
        if label is not None and speaker in accepted:
            result.append(_Cue(cue.time, speaker, label[1], voiced=False))
        else:
            result.append(cue)
    return result, refused


def _same_speakers(labels: list[str]) -> dict[str, str]:
    """Short names that are the first name of exactly one full name in the file."""
    full = {label for label in labels if len(label.split()) > 1}
    out: dict[str, str] = {}
    for label in set(labels) - full:
        matches = [f for f in full if f.split()[0].casefold() == label.casefold()]
        if len(matches) == 1:
            out[label] = matches[0]
    return out


def _refused_note(refused: list[str]) -> tuple[str, ...]:
    if not refused:
        return ()
    shown = ", ".join(f"'{label}'" for label in refused[:4])
    one = len(refused) == 1
    return (
        f"{shown} start{'s' if one else ''} one cue like a speaker's name but "
        f"{'was' if one else 'were'} read as words, since {'it occurs' if one else 'they occur'} "
        "only once; if it is a speaker, name it in the turn rules.",
    )


def _merge_by_speaker(cues: list[_Cue]) -> list[_Cue]:
    """Consecutive cues of one speaker form a turn; a cue without a speaker continues the
    previous turn, because exporters label only where the speaker changes. Words are
    gathered per turn and joined once: joining cue by cue took quadratic time on a long
    turn."""
    groups: list[tuple[_Cue, list[str]]] = []
    for cue in cues:
        if groups and cue.speaker in (None, groups[-1][0].speaker):
            groups[-1][1].append(cue.words)
        else:
            groups.append((cue, [cue.words]))
    turns = [
        _Cue(first.time, first.speaker, _joined(words), voiced=False) for first, words in groups
    ]
    return [turn for turn in turns if turn.words]


def _joined(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return " ".join(word for word in words if word).strip()


def _merge_sentences(cues: list[_Cue]) -> list[_Cue]:
    """Without speakers, cues are joined until a sentence ends, so a paragraph is a sentence
    or more rather than a fragment cut at an arbitrary second."""
    groups: list[tuple[_Cue, list[str]]] = []
    for cue in cues:
        if groups and not _SENTENCE_END.search(groups[-1][1][-1]):
            groups[-1][1].append(cue.words)
        else:
            groups.append((cue, [cue.words]))
    return [_Cue(first.time, None, " ".join(words), False) for first, words in groups]


def _with_turns(turns: list[_Cue], fmt: str, notes: tuple[str, ...]) -> SourceText:
    lines: list[str] = []
    paragraphs: list[tuple[int, int]] = []
    source_turns: list[SourceTurn] = []
    offset = 0
    for turn in turns:
        speaker = turn.speaker or ""
        prefix = f"{speaker}: " if speaker else ""
        line = prefix + turn.words
        start = offset + len(prefix)
        paragraphs.append((offset, offset + len(line)))
        source_turns.append(SourceTurn(start, start + len(turn.words), speaker, turn.time))
        lines.append(line)
        offset += len(line) + 1
    return SourceText("\n".join(lines), tuple(paragraphs), tuple(source_turns), fmt, notes)


def _without_turns(cues: list[_Cue], fmt: str, notes: tuple[str, ...]) -> SourceText:
    lines = [cue.words for cue in cues]
    paragraphs: list[tuple[int, int]] = []
    offset = 0
    for line in lines:
        paragraphs.append((offset, offset + len(line)))
        offset += len(line) + 1
    return SourceText("\n".join(lines), tuple(paragraphs), (), fmt, notes)
