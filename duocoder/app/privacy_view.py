"""What the privacy review in the window reads besides the candidates: which entity an
accepted group belongs to. The review's *Set pseudonym…* acts on a selected group, while
`set_pseudonym` takes an entity; candidates carry their entity's pseudonym only, and a
category pseudonym ("[plaats]") is shared by many entities, so the pseudonym cannot name
the entity."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from sqlalchemy import select

from duocoder.app.privacy import parse_group
from duocoder.storage.models import PseudoDecision

if TYPE_CHECKING:
    from duocoder.app.project import Project


def group_entities(project: Project, groups: Iterable[str]) -> dict[str, int]:
    """The entity id of each accepted group among `groups` (open and rejected groups, and
    groups already replaced in the text, have none)."""
    wanted = {parse_group(g): g for g in dict.fromkeys(groups)}
    if not wanted:
        return {}
    out: dict[str, int] = {}
    with project._read() as s:
        rows = s.execute(
            select(
                PseudoDecision.kind,
                PseudoDecision.scope,
                PseudoDecision.text,
                PseudoDecision.entity_id,
            ).where(PseudoDecision.status == "accepted", PseudoDecision.entity_id.is_not(None))
        )
        for kind, scope, text, entity in rows:
            group = wanted.get((kind, scope, text))  # type: ignore[arg-type]
            if group is not None and entity is not None:
                out[group] = entity
    return out
