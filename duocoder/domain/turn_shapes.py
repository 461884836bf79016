"""The shapes in which transcripts mark who speaks, each read into speaker turns.

- "label: text": `I: …`, `Interviewer 1 : …`, `INT: …`, `[00:01:02] R: …`, `I<TAB>…`.
- "label on its own line": Word and Otter.ai exports put the label (`Interviewer`,
  `Speaker 1  0:03`, `Griet Peeters  1:02:03`) in a paragraph of its own, the words in the
  next ones. A missed line break can glue the label to the end of the previous paragraph
  (`… dat was fijn. Interviewer`); it is split off when the same label stands alone
  elsewhere in the file.
- "formatting": no labels; the interviewer's questions are italic, bold or list items.

A candidate label is accepted when it is a role word (`I`, `Respondent`, `Vrijwilliger`),
a label the rules name, or starts at least two lines; a label seen once is accepted when
another accepted label of the file has the same shape (`VRIJW` beside `INT`), never when it
reads like a word (`Conclusie: …` inside an answer stays part of the answer)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from duocoder.domain.turn_labels import (
    ANSWER_WORDS,
    is_known,
    label_base,
    label_kind,
    looks_like_label,
)

_TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s+)"
_WORD = r"[^\W\d_][\w.'’\-]*"
_LABEL = rf"{_WORD}(?:[ \u00a0]{_WORD}){{0,2}}(?:[ \u00a0]?\d{{1,2}})?"
_COLON_LINE = re.compile(
    rf"[ \t]*(?P<ts>{_TIMESTAMP})?(?P<label>{_LABEL})[ \t\u00a0]*(?::|\t)[ \t\u00a0]*"
)
_OWN_LINE = re.compile(
    rf"[ \t]*(?P<ts>{_TIMESTAMP})?(?P<label>{_LABEL})[ \t\u00a0]*:?"
    r"(?:[ \t\u00a0]+(?P<ts2>[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?))?[ \t\u00a0]*"
)
_GLUED = re.compile(rf"(?<=[.?!…\"”’)])[ \u00a0]+(?P<label>{_LABEL})[ \t\u00a0]*:?[ \t\u00a0]*$")
_SENTENCE_END = re.compile(r"[.?!…]$")

COLON = "label: text"
OWN_LINE = "label on its own line"
FORMATTING = "formatting"
NONE = "none"


@dataclass(frozen=True, slots=True)
class Start:
    """Where a turn starts: its label's place, where its words begin, and where the
    previous turn's words end (a line start, or the start of a glued label)."""

    line: int
    label_start: int
    words_start: int
    cut: int
    label: str
    timestamp: str | None


@dataclass(frozen=True, slots=True)
class RawTurn:
    start: int
    end: int
    speaker: str
    label_start: int | None
    timestamp: str | None


@dataclass(slots=True)
class Reading:
    """One shape's reading of a text: the turns, and what a doubt may mention."""

    shape: str
    turns: list[RawTurn]
    once_by_shape: list[str] = field(default_factory=list)
    refused_once: list[str] = field(default_factory=list)
    glued: int = 0

    @property
    def lines(self) -> int:
        return len(self.turns)


def lines_of(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def clean_timestamp(raw: str | None) -> str | None:
    if not raw:
        return None
    return raw.strip().strip("[]()").replace(",", ".")


class Labels:
    """Which candidate labels count as speakers, by the rules above."""

    def __init__(self, forced: Iterable[str], ignored: Iterable[str]) -> None:
        self.forced = {s.casefold() for s in forced}
        self.ignored = {s.casefold() for s in ignored}

    def plausible(self, label: str) -> bool:
        folded = label.casefold()
        if folded in self.ignored:
            return False
        return folded in self.forced or looks_like_label(label)

    def accept(
        self, labels: Sequence[str], strong: set[str] | None = None
    ) -> tuple[set[str], list[str], list[str]]:
        """The accepted labels (casefolded), those accepted once by shape, those refused
        once; `strong` are labels accepted whatever their count (an Otter timestamp)."""
        counts = Counter(label.casefold() for label in labels)
        spelled = {label.casefold(): label for label in labels}
        accepted = {
            folded
            for folded, n in counts.items()
            if n >= 2 or folded in self.forced or is_known(folded) or folded in (strong or ())
        }
        # a numbered series (`Persoon 1`, `Persoon 2`) is one kind of speaker
        numbered = [f for f in counts if label_kind(spelled[f]) == "numbered"]
        series = Counter(label_base(spelled[f]) for f in numbered)
        accepted |= {f for f in numbered if series[label_base(spelled[f])] >= 2}
        shapes = {_shape(spelled[f]) for f in accepted} - {None}
        once_by_shape, refused = [], []
        for folded in counts:
            if folded in accepted:
                continue
            if folded not in NOT_LABELS and _shape(spelled[folded]) in shapes:
                accepted.add(folded)
                once_by_shape.append(spelled[folded])
            else:
                refused.append(spelled[folded])
        return accepted, once_by_shape, refused


def _shape(label: str) -> str | None:
    """What a label seen once must share with an accepted one to count: its kind, and for a
    numbered label with a long word its word too (`Persoon 2` beside `Persoon 1`, but not
    `Stap 2` beside `Interviewer 1`). Names have no shape: `Conclusie` is a word."""
    kind = label_kind(label)
    if kind == "name":
        return None
    base = label_base(label)
    if kind == "numbered" and len(base) > 3:
        return f"numbered {base}"
    return kind


NOT_LABELS: frozenset[str] = ANSWER_WORDS | {"nb", "ps", "pps", "tv", "cv", "pc", "gsm", "ocmw"}
"""Short capitals that start a line of an answer (`NB: …`, `OK: …`), never a speaker."""


def colon_starts(text: str, lines: list[tuple[int, int]], labels: Labels) -> Reading:
    found: list[Start] = []
    for i, (a, b) in enumerate(lines):
        m = _COLON_LINE.match(text, a, b)
        if m is None or not labels.plausible(m.group("label")):
            continue
        label = m.group("label")
        ts = clean_timestamp(m.group("ts"))
        found.append(Start(i, m.start("label"), m.end(), a, label, ts))
    accepted, once, refused = labels.accept([s.label for s in found])
    starts = [s for s in found if s.label.casefold() in accepted]
    return Reading(COLON, build(text, lines, starts), once, _inside(refused, found, starts))


def _inside(refused: list[str], found: list[Start], starts: list[Start]) -> list[str]:
    """The refused labels that stand inside the turns, not in a header above them
    (`Datum: …`, `Locatie: …`): those are the ones a researcher may want to check."""
    if not starts:
        return []
    first = starts[0].line
    inside = {s.label.casefold() for s in found if s.line > first}
    return [label for label in refused if label.casefold() in inside]


def own_line_starts(text: str, lines: list[tuple[int, int]], labels: Labels) -> Reading:
    """Labels standing alone on a line, followed by a line of words."""
    found: list[Start] = []
    strong: set[str] = set()
    nonblank = [i for i, (a, b) in enumerate(lines) if text[a:b].strip()]
    following = dict(zip(nonblank, [*nonblank[1:], None], strict=True))
    for i, (a, b) in enumerate(lines):
        m = _OWN_LINE.fullmatch(text, a, b)
        if m is None:
            continue
        label = m.group("label")
        if not labels.plausible(label) or label.casefold() in ANSWER_WORDS:
            continue
        if label[-1] in ".'’-" or following.get(i) is None:
            continue
        ts = clean_timestamp(m.group("ts") or m.group("ts2"))
        if m.group("ts2"):
            strong.add(label.casefold())
        found.append(Start(i, m.start("label"), b, a, label, ts))
    accepted, once, refused = labels.accept([s.label for s in found], strong)
    starts = [s for s in found if s.label.casefold() in accepted]
    # a label standing alone must be followed by words, not by another label
    at = {s.line for s in starts}
    starts = [s for s in starts if following.get(s.line) not in at]
    glued = _glued_starts(text, lines, {s.label.casefold() for s in starts}, at, following)
    reading = Reading(OWN_LINE, build(text, lines, sorted([*starts, *glued], key=_line)))
    reading.once_by_shape, reading.glued = once, len(glued)
    reading.refused_once = _inside(refused, found, starts)
    return reading


def _line(start: Start) -> int:
    return start.line


def _glued_starts(
    text: str,
    lines: list[tuple[int, int]],
    accepted: set[str],
    label_lines: set[int],
    following: dict[int, int | None],
) -> list[Start]:
    """Labels glued to the end of a paragraph by a missed line break: only labels that
    stand alone elsewhere in the file, followed by a line of words."""
    if not accepted:
        return []
    out: list[Start] = []
    for i, (a, b) in enumerate(lines):
        if i in label_lines or following.get(i) is None or following.get(i) in label_lines:
            continue
        m = _GLUED.search(text, a, b)
        if m is None or m.group("label").casefold() not in accepted:
            continue
        out.append(Start(i, m.start("label"), b, m.start("label"), m.group("label"), None))
    return out


def build(text: str, lines: list[tuple[int, int]], starts: list[Start]) -> list[RawTurn]:
    """Turns from their starts: each turn runs to the next start; lines without a label
    continue it (long answers span paragraphs). Spans cover the words, not the label and
    not white space around them."""
    turns: list[RawTurn] = []
    by_line = {s.line: s for s in starts}
    current: Start | None = None
    current_end = 0

    def close() -> None:
        if current is None:
            return
        end = current_end
        start = min(current.words_start, end)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        turns.append(RawTurn(start, end, current.label, current.label_start, current.timestamp))

    for i, (a, b) in enumerate(lines):
        found = by_line.get(i)
        if found is not None:
            if current is not None and found.cut > a:
                current_end = found.cut  # the words before a glued label
            close()
            current, current_end = found, max(found.words_start, found.cut)
            if found.words_start < b:
                current_end = b
        elif current is not None and b > a:
            current_end = b
    close()
    return turns


def formatting_turns(
    paragraphs: Sequence[tuple[int, int]], styles: Sequence[int], mark: int
) -> list[RawTurn]:
    """Marked paragraphs are the interviewer's, the unmarked ones between them the
    respondent's; consecutive paragraphs of one side form one turn."""
    turns: list[RawTurn] = []
    side: bool | None = None
    for (a, b), style in zip(paragraphs, styles, strict=False):
        marked = bool(style & mark)
        if side is marked and turns:
            last = turns[-1]
            turns[-1] = RawTurn(last.start, b, last.speaker, None, None)
        else:
            turns.append(RawTurn(a, b, "Interviewer" if marked else "Respondent", None, None))
        side = marked
    return turns


def questions_in(text: str, lines: list[tuple[int, int]]) -> int:
    """How many lines end in a question mark: a file of questions is likely an interview."""
    return sum(1 for a, b in lines if b > a and text[a:b].rstrip().endswith("?"))


def sentence_like(label: str) -> bool:
    return bool(_SENTENCE_END.search(label))
