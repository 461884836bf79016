"""Speaker turns of a transcript: which shape marks the speakers, the turns it gives, and
the researcher's per-document rules for when the automatic reading is wrong.

`detect` reads every shape of `duocoder.domain.turn_shapes` and keeps the one that explains
the most of the text; it says where it is unsure (`TurnDetection.doubts`), in sentences a
researcher can act on, because a missed label silently moves an answer into the
interviewer's turn and out of every analysis."""

from __future__ import annotations

import json
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from duocoder.domain.errors import ValidationError
from duocoder.domain.records import Turn
from duocoder.domain.sources import QUESTION_MARKS
from duocoder.domain.turn_labels import (
    DEFAULT_INTERVIEWER_LABELS,
    KNOWN_LABELS,
    InterviewerTest,
    is_interviewer,
)
from duocoder.domain.turn_shapes import (
    COLON,
    FORMATTING,
    NONE,
    OWN_LINE,
    Labels,
    RawTurn,
    Reading,
    colon_starts,
    formatting_turns,
    lines_of,
    own_line_starts,
    questions_in,
)

__all__ = [
    "DEFAULT_INTERVIEWER_LABELS",
    "KNOWN_LABELS",
    "LabelInfo",
    "TurnDetection",
    "TurnRules",
    "detect",
    "interviewer_flags",
    "is_interviewer",
    "recognise_turns",
]

SUBTITLES = "subtitle voices"
SHAPES = (COLON, OWN_LINE, SUBTITLES, FORMATTING, NONE)


def _labels(value: object, what: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise ValidationError(f"The {what} must be a list of labels.")
    cleaned = tuple(" ".join(str(v).split()) for v in value)
    return tuple(dict.fromkeys(v for v in cleaned if v))


@dataclass(frozen=True, slots=True)
class TurnRules:
    """How to find one document's turns when the automatic reading is not right.

    `interviewer_labels`: the labels of the interviewer in this document (None: the
    project's); `respondent_labels`: labels that count as speakers even where they occur
    once; `ignored_labels`: words that look like labels but are not speakers; `questions`:
    "italic", "bold" or "list" when no labels exist and the interviewer's questions are
    marked by formatting instead."""

    interviewer_labels: tuple[str, ...] | None = None
    respondent_labels: tuple[str, ...] = ()
    ignored_labels: tuple[str, ...] = ()
    questions: str | None = None

    def __post_init__(self) -> None:
        if self.questions is not None and self.questions not in QUESTION_MARKS:
            marks = ", ".join(QUESTION_MARKS)
            raise ValidationError(
                f"'{self.questions}' is not a way questions are marked; choose {marks}."
            )
        if self.interviewer_labels is not None:
            object.__setattr__(
                self, "interviewer_labels", _labels(self.interviewer_labels, "interviewer labels")
            )
        object.__setattr__(
            self, "respondent_labels", _labels(self.respondent_labels, "speaker labels")
        )
        object.__setattr__(self, "ignored_labels", _labels(self.ignored_labels, "ignored labels"))

    @property
    def automatic(self) -> bool:
        return self == TurnRules()

    def to_json(self) -> str:
        return json.dumps(
            {
                "interviewer_labels": None
                if self.interviewer_labels is None
                else list(self.interviewer_labels),
                "respondent_labels": list(self.respondent_labels),
                "ignored_labels": list(self.ignored_labels),
                "questions": self.questions,
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, raw: str | None) -> TurnRules:
        """Rules as stored; None or an empty text are the automatic rules."""
        if not raw:
            return cls()
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise ValidationError("The stored turn rules are not valid JSON.") from exc
        if not isinstance(data, dict):
            raise ValidationError("The stored turn rules are not an object.")
        interviewer = data.get("interviewer_labels")
        questions = data.get("questions")
        return cls(
            interviewer_labels=None if interviewer is None else _labels(interviewer, "labels"),
            respondent_labels=_labels(data.get("respondent_labels") or [], "labels"),
            ignored_labels=_labels(data.get("ignored_labels") or [], "labels"),
            questions=None if questions is None else str(questions),
        )


@dataclass(frozen=True, slots=True)
class LabelInfo:
    """A speaker label of a document: how many turns it starts, and whether it is the
    interviewer's."""

    label: str
    count: int
    interviewer: bool


@dataclass(frozen=True, slots=True)
class TurnDetection:
    """The turns found in a document, the labels behind them, the shape that marked them
    (one of `SHAPES`: "label: text", "label on its own line", "subtitle voices",
    "formatting", "none") and sentences saying where the reading is unsure."""

    turns: tuple[Turn, ...]
    labels: tuple[LabelInfo, ...]
    shape: str
    doubts: tuple[str, ...] = ()


def _flagged(raw: Sequence[RawTurn], interviewer_labels: Sequence[str]) -> tuple[Turn, ...]:
    test = InterviewerTest(interviewer_labels)
    return tuple(
        Turn(t.start, t.end, t.speaker, test(t.speaker), t.timestamp, t.label_start) for t in raw
    )


def label_infos(turns: Sequence[Turn]) -> tuple[LabelInfo, ...]:
    counts = Counter(t.speaker for t in turns)
    flags = {t.speaker: t.interviewer for t in turns}
    return tuple(
        LabelInfo(label, n, flags[label])
        for label, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
    )


def _quoted(labels: Sequence[str], limit: int = 4) -> str:
    shown = ", ".join(f"'{s}'" for s in labels[:limit])
    return shown + (f" and {len(labels) - limit} more" if len(labels) > limit else "")


def detect(
    text: str,
    interviewer_labels: Sequence[str],
    rules: TurnRules | None = None,
    *,
    paragraphs: Sequence[tuple[int, int]] | None = None,
    styles: Sequence[int] | None = None,
) -> TurnDetection:
    """The speaker turns of a canonical text under `rules`; each turn's span covers its
    words, not its label. `paragraphs` and `styles` (one `STYLE_*` set per paragraph) are
    needed only for questions marked by formatting."""
    rules = rules or TurnRules()
    labels_of_interviewer = (
        tuple(interviewer_labels) if rules.interviewer_labels is None else rules.interviewer_labels
    )
    lines = lines_of(text)
    if rules.questions is not None and styles is not None and paragraphs is not None:
        return _by_formatting(labels_of_interviewer, rules.questions, paragraphs, styles)
    labels = Labels([*labels_of_interviewer, *rules.respondent_labels], rules.ignored_labels)
    colon = colon_starts(text, lines, labels)
    own = own_line_starts(text, lines, labels)
    chosen, other = (own, colon) if own.lines > colon.lines else (colon, own)
    if not chosen.turns:
        chosen = Reading(NONE, [])
    turns = _flagged(chosen.turns, labels_of_interviewer)
    doubts = _doubts(text, lines, chosen, other, turns, paragraphs, styles)
    if rules.questions is not None:  # the file keeps no formatting: labels were used
        doubts.insert(
            0,
            f"The questions were to be found as paragraphs {_MARKED[rules.questions]}, but "
            "this file keeps no formatting (only Word and OpenDocument files do), so speaker "
            "labels were looked for instead.",
        )
    return TurnDetection(turns, label_infos(turns), chosen.shape, tuple(doubts))


_MARKED = {"italic": "in italics", "bold": "in bold", "list": "list items"}


def _by_formatting(
    interviewer_labels: Sequence[str],
    questions: str,
    paragraphs: Sequence[tuple[int, int]],
    styles: Sequence[int],
) -> TurnDetection:
    what = _MARKED[questions]
    mark = QUESTION_MARKS[questions]
    marked = sum(1 for s in styles if s & mark)
    if marked == 0:
        doubt = f"No paragraph is {what}, so no speaker turns were made from the formatting."
        return TurnDetection((), (), FORMATTING, (doubt,))
    raw = formatting_turns(paragraphs, styles, mark)
    turns = _flagged(raw, [*interviewer_labels, "Interviewer"])
    doubts: list[str] = []
    if marked == len(styles):
        doubts.append(f"Every paragraph is {what}, so every turn is the interviewer's.")
    return TurnDetection(turns, label_infos(turns), FORMATTING, tuple(doubts))


_FEW_TURNS = 3
_MANY_PARAGRAPHS = 10
_ONE_TURN_SHARE = 0.6


def _doubts(
    text: str,
    lines: list[tuple[int, int]],
    chosen: Reading,
    other: Reading,
    turns: Sequence[Turn],
    paragraphs: Sequence[tuple[int, int]] | None,
    styles: Sequence[int] | None,
) -> list[str]:
    doubts: list[str] = []
    filled = [(a, b) for a, b in lines if text[a:b].strip()]
    if chosen.once_by_shape:
        doubts.append(
            f"{_quoted(chosen.once_by_shape)} "
            + (
                "starts only one turn; taken as a speaker"
                if len(chosen.once_by_shape) == 1
                else "start only one turn each; taken as speakers"
            )
            + " because the other labels look the same."
        )
    if chosen.refused_once and turns:
        one = len(chosen.refused_once) == 1
        doubts.append(
            f"{_quoted(chosen.refused_once)} start{'s' if one else ''} a line like a speaker "
            f"label only once and {'was' if one else 'were'} read as words; if "
            f"{'it is a speaker' if one else 'they are speakers'}, name "
            f"{'it' if one else 'them'} in the turn rules."
        )
    if chosen.glued:
        doubts.append(
            f"{chosen.glued} speaker label{'s were' if chosen.glued != 1 else ' was'} glued "
            "to the end of the paragraph before (a missed line break) and split off."
        )
    if turns and other.lines >= 2 and other.lines * 4 >= chosen.lines and _disagree(chosen, other):
        doubts.append(
            f"The speakers are marked in two ways: {chosen.lines} turns as "
            f'"{chosen.shape}" and {other.lines} as "{other.shape}"; the first was used.'
        )
    if not turns:
        asked = questions_in(text, lines)
        if asked >= 3:
            doubts.append(
                f"No speaker labels were found, though {asked} paragraphs end in a question "
                "mark; if this is an interview, name its labels in the turn rules."
            )
        if styles:
            for word, bit in (("italic", 1), ("bold", 2), ("list items", 4)):
                n = sum(1 for s in styles if s & bit)
                if 0 < n < len(styles) and n * 10 >= len(styles):
                    doubts.append(
                        f"No speaker labels were found, but {n} paragraphs are {word}; if "
                        "those are the interviewer's questions, choose so in the turn rules."
                    )
                    break
        return doubts
    if len(turns) < _FEW_TURNS and len(filled) >= _MANY_PARAGRAPHS:
        doubts.append(
            f"Only {len(turns)} speaker turn{'s' if len(turns) != 1 else ''} "
            f"{'were' if len(turns) != 1 else 'was'} found in {len(filled)} paragraphs; "
            "check the speaker labels."
        )
    elif len(filled) >= _MANY_PARAGRAPHS:
        starts = [t.start for t in turns]
        held: Counter[int] = Counter()
        for a, _b in filled:  # the turn each paragraph starts in, found by bisection
            i = bisect_right(starts, a) - 1
            if i >= 0 and a < turns[i].end:
                held[i] += 1
        biggest, count = held.most_common(1)[0] if held else (0, 0)
        count += 1  # the paragraph of its label
        if count > _ONE_TURN_SHARE * len(filled):
            doubts.append(
                f"One turn of '{turns[biggest].speaker}' holds {count} of the {len(filled)} "
                "paragraphs; a speaker label may have been missed."
            )
    return doubts


def recognise_turns(text: str, interviewer_labels: Sequence[str]) -> list[Turn]:
    """Speaker turns of a canonical text with the automatic rules; each turn's span covers
    its words, not its label."""
    return list(detect(text, interviewer_labels).turns)


def interviewer_flags(speakers: list[str], interviewer_labels: Sequence[str]) -> list[bool]:
    test = InterviewerTest(interviewer_labels)
    return [test(s) for s in speakers]


def _disagree(chosen: Reading, other: Reading) -> bool:
    """Whether the other shape would start turns elsewhere: `Interviewer :` alone on its
    line reads the same as a label with its words on the next line, which is no doubt."""
    starts = {(t.label_start, t.speaker) for t in chosen.turns}
    return any((t.label_start, t.speaker) not in starts for t in other.turns)
