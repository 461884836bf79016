"""Which codes an analysis shows, and which codes a code's row sums.

Works on the code tree as the app hands it out (`CodeInfo`: id, parent_id, path, codable,
own_count, in tree order), so the order of rows is always the codebook's order."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol


class CodeInTree(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def parent_id(self) -> int | None: ...


class CodeLike(CodeInTree, Protocol):
    @property
    def path(self) -> str: ...
    @property
    def codable(self) -> bool: ...
    @property
    def own_count(self) -> int: ...


def axis_codes(
    infos: Sequence[CodeLike], chosen: Iterable[int] | None, descendants: bool
) -> tuple[list[int], list[str]]:
    """The codes an analysis shows, in codebook order: those chosen, or else every code
    that can carry codings or does; with `descendants` every code, since a theme's row sums
    its sub-codes even when the theme itself is a category."""
    if chosen is not None:
        wanted = set(chosen)
        shown = [i for i in infos if i.id in wanted]
    else:
        shown = [i for i in infos if descendants or i.codable or i.own_count]
    return [i.id for i in shown], [i.path for i in shown]


def subtrees(infos: Sequence[CodeLike]) -> dict[int, list[int]]:
    """Each code id → its own id and the ids of every code below it."""
    out: dict[int, list[int]] = {i.id: [i.id] for i in infos}
    parent = {i.id: i.parent_id for i in infos}
    for i in infos:
        up = i.parent_id
        while up is not None:
            out[up].append(i.id)
            up = parent[up]
    return out


def with_ancestors(infos: Sequence[CodeInTree], ids: Iterable[int]) -> set[int]:
    """The ids and every code above them: the headings a report needs to place them."""
    parent = {i.id: i.parent_id for i in infos}
    out: set[int] = set()
    for code in ids:
        current: int | None = code
        while current is not None and current not in out:
            out.add(current)
            current = parent.get(current)
    return out
