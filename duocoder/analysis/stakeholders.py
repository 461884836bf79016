"""Stakeholder comparison: one code's segments in three columns — coördinator, deelnemer,
vrijwilliger — so the researcher reads the same theme through each perspective.

Restricted to one duo, the coordinator column holds the coordinator(s) of the duo's case:
coordinators belong to no duo, and a duo's story is triangulated against the organisation
that matched it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from duocoder.analysis.data import DocLike, TurnTuple
from duocoder.analysis.definition import Definition
from duocoder.analysis.quotes import quote_text, respondent_pieces
from duocoder.domain.errors import NotFoundError
from duocoder.domain.records import Segment
from duocoder.domain.roles import Role

STAKEHOLDER_ROLES = (Role.COORDINATOR, Role.PARTICIPANT, Role.VOLUNTEER)


@dataclass(frozen=True, slots=True)
class StakeholderComparison:
    """`columns` hold the segments per role (for jumping to the transcript); `texts` the
    same segments as quotes: the respondent's words, interviewer words left out as […]."""

    definition: Definition
    code: str
    codes: tuple[str, ...]
    roles: tuple[Role, ...]
    columns: tuple[tuple[Segment, ...], ...]
    texts: tuple[tuple[str, ...], ...]

    def __getitem__(self, role: Role | str) -> tuple[Segment, ...]:
        return self.columns[self.roles.index(Role(role))]

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "codes": list(self.codes),
            "columns": {
                role.value: [
                    {
                        "doc": s.doc,
                        "case": s.case,
                        "duo": s.duo,
                        "code": s.code,
                        "start": s.start,
                        "end": s.end,
                        "text": text,
                    }
                    for s, text in zip(column, texts, strict=True)
                ]
                for role, column, texts in zip(self.roles, self.columns, self.texts, strict=True)
            },
            "definition": self.definition.as_json(),
        }


def stakeholder_documents(
    docs: Sequence[DocLike], case: str | None = None, duo: str | None = None
) -> list[DocLike]:
    """The documents of the three perspectives for a case, a duo (plus its case's
    coordinators), or the whole project; a named duo or case must exist."""
    docs = [d for d in docs if d.role in STAKEHOLDER_ROLES]
    if case is not None and not any(d.case == case for d in docs):
        raise NotFoundError(f"There is no case '{case}' in this project.")
    if case is not None:
        docs = [d for d in docs if d.case == case]
    if duo is None:
        return docs
    members = [d for d in docs if d.duo == duo]
    if not members:
        raise NotFoundError(f"There is no duo '{duo}' in this project.")
    cases = {d.case for d in members}
    coordinators = [d for d in docs if d.role == Role.COORDINATOR and d.case in cases]
    keep = {d.id for d in members} | {d.id for d in coordinators}
    return [d for d in docs if d.id in keep]


def stakeholder_comparison(
    segments: Sequence[Segment],
    code: str,
    codes: Sequence[str],
    definition: Definition,
    turns: Mapping[int, Sequence[TurnTuple]],
) -> StakeholderComparison:
    """Group already selected segments (in document order) by role; `turns` (sorted per
    document) let each text keep only the respondent's words."""
    columns: dict[Role, list[Segment]] = {r: [] for r in STAKEHOLDER_ROLES}
    for s in segments:
        if s.role in columns:
            columns[s.role].append(s)

    def text(s: Segment) -> str:
        pieces = respondent_pieces(s.text, s.start, turns.get(s.doc_id, ()))
        return quote_text(pieces) if pieces else s.text  # interviewer-only, when asked for

    return StakeholderComparison(
        definition,
        code,
        tuple(codes),
        STAKEHOLDER_ROLES,
        tuple(tuple(columns[r]) for r in STAKEHOLDER_ROLES),
        tuple(tuple(text(s) for s in columns[r]) for r in STAKEHOLDER_ROLES),
    )
