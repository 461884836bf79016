"""Recognising speaker turns in a transcript from the labels that start its lines.

Researchers transcribe as `I: …` / `R: …`, `Interviewer: …`, `Vrijwilliger: …`, a person's
name, sometimes after a timestamp such as `[00:01:02]`. A line without a label continues
the current turn (long answers span paragraphs). To avoid reading `Conclusie: …` inside an
answer as a speaker, a label that is not a known role word must start at least two lines."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from duocoder.domain.records import Turn

DEFAULT_INTERVIEWER_LABELS: tuple[str, ...] = (
    "I",
    "Int",
    "Interviewer",
    "Interviewster",
    "Onderzoeker",
    "Researcher",
    "Q",
    "Vraag",
    "Moderator",
)

KNOWN_LABELS: frozenset[str] = frozenset(
    s.casefold()
    for s in (
        *DEFAULT_INTERVIEWER_LABELS,
        "R",
        "Resp",
        "Respondent",
        "A",
        "Antwoord",
        "P",
        "D",
        "V",
        "C",
        "Deelnemer",
        "Participant",
        "Vrijwilliger",
        "Volunteer",
        "Buddy",
        "Maatje",
        "Coördinator",
        "Coordinator",
        "Begeleider",
        "Cliënt",
        "Client",
        "Spreker",
        "Speaker",
    )
)

_TIMESTAMP = r"(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?\s+)"
_WORD = r"[^\W\d_][\w.'’\-]*"
_LABEL_LINE = re.compile(
    rf"[ \t]*(?P<ts>{_TIMESTAMP})?"
    rf"(?P<label>{_WORD}(?:[ \u00a0]{_WORD}){{0,2}}(?:[ \u00a0]\d{{1,2}})?)"
    r"[ \t]*(?::|\t)[ \t\u00a0]*"
)


@dataclass(frozen=True, slots=True)
class _Candidate:
    line_start: int
    line_end: int
    label_start: int
    words_start: int
    label: str
    timestamp: str | None


def _looks_like_label(label: str) -> bool:
    if label.casefold() in KNOWN_LABELS:
        return True
    words = label.replace("\u00a0", " ").split(" ")
    return all(w[0].isupper() or w[0].isdigit() for w in words) and len(label) <= 40


def _clean_timestamp(raw: str | None) -> str | None:
    if not raw:
        return None
    return raw.strip().strip("[]()").replace(",", ".")


def _lines(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def recognise_turns(text: str, interviewer_labels: tuple[str, ...] | list[str]) -> list[Turn]:
    """Speaker turns of a canonical text; each turn's span covers its words, not its label."""
    interviewer = {s.casefold() for s in interviewer_labels}
    candidates: list[_Candidate | None] = []
    lines = _lines(text)
    for start, end in lines:
        m = _LABEL_LINE.match(text, start, end)
        if m is None or not _looks_like_label(m.group("label")):
            candidates.append(None)
            continue
        candidates.append(
            _Candidate(
                start,
                end,
                m.start("label"),
                m.end(),
                m.group("label"),
                _clean_timestamp(m.group("ts")),
            )
        )
    counts = Counter(c.label.casefold() for c in candidates if c)
    accepted = {
        label
        for label, n in counts.items()
        if label in KNOWN_LABELS or label in interviewer or n >= 2
    }
    turns: list[Turn] = []
    current: _Candidate | None = None
    current_end = 0

    def close() -> None:
        if current is None:
            return
        end = current_end
        start = min(current.words_start, end)
        while end > start and text[end - 1].isspace():
            end -= 1
        turns.append(
            Turn(
                start,
                end,
                current.label,
                current.label.casefold() in interviewer,
                current.timestamp,
                current.label_start,
            )
        )

    for (_start, end), cand in zip(lines, candidates, strict=True):
        if cand is not None and cand.label.casefold() in accepted:
            close()
            current, current_end = cand, end
        elif current is not None and end > _start:
            current_end = end
    close()
    return turns


def interviewer_flags(
    speakers: list[str], interviewer_labels: tuple[str, ...] | list[str]
) -> list[bool]:
    labels = {s.casefold() for s in interviewer_labels}
    return [s.casefold() in labels for s in speakers]
