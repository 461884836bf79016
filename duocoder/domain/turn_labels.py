"""Speaker labels: the words transcribers use for who speaks, and which of them is the
interviewer.

Transcribers number speakers (`Interviewer 1`, `I1`, `Interviewee2`) and abbreviate them
(`INT`, `VRIJW`, `COÖRD`). A label's *base* is the label without its number and without the
case, so `Interviewer 1`, `interviewer1` and `INTERVIEWER` are the same role word, and
`I1` is `I`. Whether a turn is the interviewer's is decided on that base, so a project whose
interviewer labels are `I` and `Interviewer` also counts `I2` and `Interviewer 1`, but
never `Interviewee2`."""

from __future__ import annotations

import re
from collections.abc import Iterable

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

_RESPONDENT_WORDS = (
    "R",
    "Resp",
    "Respondent",
    "A",
    "Antwoord",
    "P",
    "D",
    "V",
    "C",
    "B",
    "Deelnemer",
    "Deeln",
    "Participant",
    "Interviewee",
    "Geïnterviewde",
    "Vrijwilliger",
    "Vrijw",
    "Volunteer",
    "Buddy",
    "Maatje",
    "Coördinator",
    "Coordinator",
    "Coörd",
    "Coord",
    "Begeleider",
    "Cliënt",
    "Client",
    "Spreker",
    "Speaker",
)

KNOWN_LABELS: frozenset[str] = frozenset(
    s.casefold() for s in (*DEFAULT_INTERVIEWER_LABELS, *_RESPONDENT_WORDS, "Interv", "Onderz")
)
"""Role words: a line starting with one of these (numbered or not) is a speaker's line
even if it occurs only once."""

ANSWER_WORDS: frozenset[str] = frozenset(
    s.casefold()
    for s in (
        "Ja",
        "Nee",
        "Neen",
        "Oké",
        "Oke",
        "Ok",
        "Okay",
        "Yes",
        "No",
        "Mm",
        "Mmm",
        "Hm",
        "Hmm",
        "Euh",
        "Eh",
        "Uhm",
        "Ah",
        "Juist",
        "Klopt",
        "Precies",
        "Inderdaad",
        "Zeker",
        "Goed",
        "Right",
        "Sure",
        "Dank",
        "Bedankt",
    )
)
"""Words an answer may consist of on a line of its own: never read as a speaker label."""

_NUMBER = re.compile(r"[ \u00a0]*\d{1,3}$")


def label_base(label: str) -> str:
    """The role word of a label: no number at its end, no case, no dots, single spaces."""
    flat = " ".join(label.replace("\u00a0", " ").split()).rstrip(".").casefold()
    return _NUMBER.sub("", flat) or flat


def is_known(label: str) -> bool:
    return label_base(label) in KNOWN_LABELS


def is_interviewer(label: str, interviewer_labels: Iterable[str]) -> bool:
    """Whether a speaker label names the interviewer: equal to one of `interviewer_labels`
    up to case, or its base (`I1`, `Interviewer 2`) equal to one's base."""
    base = label_base(label)
    folded = label.casefold()
    return any(folded == s.casefold() or base == label_base(s) for s in interviewer_labels)


class InterviewerTest:
    """`is_interviewer` for many turns of few labels: each label is worked out once."""

    def __init__(self, interviewer_labels: Iterable[str]) -> None:
        self.labels = tuple(interviewer_labels)
        self._seen: dict[str, bool] = {}

    def __call__(self, label: str) -> bool:
        found = self._seen.get(label)
        if found is None:
            found = self._seen[label] = is_interviewer(label, self.labels)
        return found


def label_kind(label: str) -> str:
    """The shape of a label: "numbered" (`I1`, `Interviewer 2`), "caps" (`INT`, `VRIJW`),
    "letter" (`I`, `R`) or "name" (`Jan Peeters`, `Conclusie`). A label seen once counts
    when other accepted labels of the file have the same shape, except for "name": an
    answer that starts with `Conclusie:` must stay part of the answer."""
    flat = label.replace("\u00a0", " ").strip().rstrip(".")
    if flat and flat[-1].isdigit():
        return "numbered"
    letters = [c for c in flat if c.isalpha()]
    if len(letters) == 1 and " " not in flat:
        return "letter"
    if len(letters) >= 2 and " " not in flat and all(c.isupper() for c in letters):
        return "caps"
    return "name"


def looks_like_label(label: str) -> bool:
    """A role word in any case, or words that each start with a capital or a digit."""
    if is_known(label):
        return True
    words = label.replace("\u00a0", " ").split(" ")
    return len(label) <= 40 and all(w and (w[0].isupper() or w[0].isdigit()) for w in words)
