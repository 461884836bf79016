"""What a merge of coders' copies reports (`duocoder.app.merging`), and how it combines two
memos into one: plain values and text, shared by the core, the CLI and the window."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class DocumentConflict:
    """A copy's document that was not merged: `document` in `source`, and why."""

    source: str
    document: str
    reason: str


@dataclass(frozen=True, slots=True)
class MergeReport:
    """What a merge did. Names are the project's (document names, code paths, coders);
    `conflicts` are plain sentences, one per thing a researcher should look at."""

    sources: tuple[str, ...]
    documents_added: tuple[str, ...]
    documents_matched: tuple[str, ...]
    documents_conflicting: tuple[DocumentConflict, ...]
    codes_added: tuple[str, ...]
    codes_matched: tuple[str, ...]
    coders_added: tuple[str, ...]
    codings_added: int
    codings_already_there: int
    memos_combined: tuple[str, ...]
    conflicts: tuple[str, ...]

    @property
    def nothing_added(self) -> bool:
        return not (
            self.documents_added
            or self.codes_added
            or self.coders_added
            or self.codings_added
            or self.memos_combined
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "sources": list(self.sources),
            "documents_added": list(self.documents_added),
            "documents_matched": list(self.documents_matched),
            "documents_conflicting": [
                {"source": c.source, "document": c.document, "reason": c.reason}
                for c in self.documents_conflicting
            ],
            "codes_added": list(self.codes_added),
            "codes_matched": list(self.codes_matched),
            "coders_added": list(self.coders_added),
            "codings_added": self.codings_added,
            "codings_already_there": self.codings_already_there,
            "memos_combined": list(self.memos_combined),
            "conflicts": list(self.conflicts),
        }


HEADING = "— {name} —"


def _heading(name: str) -> str:
    return HEADING.format(name=name)


def _is_headed(text: str) -> bool:
    first = text.split("\n", 1)[0]
    return first.startswith("— ") and first.endswith(" —") and len(first) > 4


def combined_memo(own: str | None, own_name: str, theirs: str, their_name: str) -> str | None:
    """One memo holding both texts, each under its writer's name; None when `own` already
    says everything `theirs` says. A text that contains the other (a colleague who added a
    paragraph) replaces it rather than repeating it."""
    mine, other = (own or "").strip(), theirs.strip()
    if not other or other in mine:
        return None
    if not mine:
        return theirs
    if mine in other and not _is_headed(mine):
        return theirs
    head = mine if _is_headed(mine) else f"{_heading(own_name)}\n{mine}"
    return f"{head}\n\n{_heading(their_name)}\n{other}"
