"""Duo analysis: the participant's and the volunteer's account of one duo, side by side.

A duo is identified by its case and its name together (two organisations may both have a
"Duo 1"). A duo's participant account is every selected participant document of the duo
(usually one interview, sometimes a follow-up too); likewise for the volunteer.

The duo matrix asks the role-aware question a plain co-occurrence cannot: in how many duos
does the participant speak of X while the volunteer speaks of Y? Only complete duos (both
accounts selected) count there, since an absent account says nothing about either code."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from duocoder.analysis.data import CodedTuple, DocLike, code_and_doc
from duocoder.analysis.definition import Definition
from duocoder.analysis.matrix import row_contributions
from duocoder.domain.roles import Role

DuoKey = tuple[str | None, str]


@dataclass(frozen=True, slots=True)
class DuoRow:
    """One duo: its documents per side and the segments per code (aligned with the
    result's codes) in each account; a count of 0 means the code is absent."""

    case: str | None
    duo: str
    label: str
    participant_docs: tuple[str, ...]
    volunteer_docs: tuple[str, ...]
    participant: tuple[int, ...]
    volunteer: tuple[int, ...]

    @property
    def complete(self) -> bool:
        return bool(self.participant_docs and self.volunteer_docs)

    def as_json(self, paths: Sequence[str]) -> dict[str, Any]:
        return {
            "case": self.case,
            "duo": self.duo,
            "participant_documents": list(self.participant_docs),
            "volunteer_documents": list(self.volunteer_docs),
            "codes": {
                path: {"participant": p, "volunteer": v}
                for path, p, v in zip(paths, self.participant, self.volunteer, strict=True)
                if p or v
            },
        }


@dataclass(frozen=True, slots=True)
class DuoComparison:
    definition: Definition
    codes: tuple[int, ...]
    paths: tuple[str, ...]
    duos: tuple[DuoRow, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "codes": list(self.paths),
            "duos": [d.as_json(self.paths) for d in self.duos],
            "definition": self.definition.as_json(),
        }


@dataclass(frozen=True, slots=True)
class DuoMatrix:
    """counts[x][y]: complete duos whose participant account carries code x and whose
    volunteer account carries code y (rows: participant codes, columns: volunteer codes)."""

    definition: Definition
    codes: tuple[int, ...]
    paths: tuple[str, ...]
    duos: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    presence: tuple[tuple[frozenset[int], frozenset[int]], ...]

    def duos_with(self, x: int, y: int) -> tuple[str, ...]:
        """The duos counted in cell (x, y), by row and column index."""
        return tuple(
            label
            for label, (p, v) in zip(self.duos, self.presence, strict=True)
            if x in p and y in v
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "codes": list(self.paths),
            "duos": list(self.duos),
            "counts": [list(r) for r in self.counts],
            "definition": self.definition.as_json(),
        }


def duo_comparison(
    segments: Sequence[CodedTuple],
    docs: Sequence[DocLike],
    codes: Sequence[int],
    paths: Sequence[str],
    definition: Definition,
    *,
    subtree: Mapping[int, Sequence[int]] | None = None,
) -> DuoComparison:
    """Per duo (in document order), the segments per code on either side. `docs` are the
    selected documents; those without a duo, or not a participant or volunteer, are skipped."""
    side: dict[int, tuple[DuoKey, int]] = {}
    members: dict[DuoKey, tuple[list[str], list[str]]] = {}
    for d in docs:
        if d.duo is None or d.role not in (Role.PARTICIPANT, Role.VOLUNTEER):
            continue
        key = (d.case, d.duo)
        which = 0 if d.role == Role.PARTICIPANT else 1
        members.setdefault(key, ([], []))[which].append(d.name)
        side[d.id] = (key, which)
    contributes = row_contributions(codes, subtree)
    counts = {key: ([0] * len(codes), [0] * len(codes)) for key in members}
    for (code, doc), n in Counter(map(code_and_doc, segments)).items():
        where = side.get(doc)
        if where is None:
            continue
        row = counts[where[0]][where[1]]
        for r in contributes.get(code, ()):
            row[r] += n
    names = Counter(duo for _, duo in members)
    rows = tuple(
        DuoRow(
            case=case,
            duo=duo,
            label=duo if names[duo] == 1 or case is None else f"{duo} ({case})",
            participant_docs=tuple(members[(case, duo)][0]),
            volunteer_docs=tuple(members[(case, duo)][1]),
            participant=tuple(counts[(case, duo)][0]),
            volunteer=tuple(counts[(case, duo)][1]),
        )
        for case, duo in members
    )
    return DuoComparison(definition, tuple(codes), tuple(paths), rows)


def duo_matrix(comparison: DuoComparison, definition: Definition) -> DuoMatrix:
    """The participant-code × volunteer-code matrix over the complete duos of a comparison."""
    k = len(comparison.codes)
    counts = [[0] * k for _ in range(k)]
    labels: list[str] = []
    presence: list[tuple[frozenset[int], frozenset[int]]] = []
    for row in comparison.duos:
        if not row.complete:
            continue
        p = frozenset(i for i, n in enumerate(row.participant) if n)
        v = frozenset(i for i, n in enumerate(row.volunteer) if n)
        for x in p:
            line = counts[x]
            for y in v:
                line[y] += 1
        labels.append(row.label)
        presence.append((p, v))
    return DuoMatrix(
        definition,
        comparison.codes,
        comparison.paths,
        tuple(labels),
        tuple(map(tuple, counts)),
        tuple(presence),
    )
