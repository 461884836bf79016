"""The parts the Project facade is composed of, and how the facade offers their methods.

Each part (documents, codes, codings, codebook, importing, analysis, language) is a small
class over the project's file: it changes data only through the core's `_run` (one
transaction, recorded for undo) and reaches the other parts only through the facade,
`self.project`, never through another part's internals. The facade lists every method it
offers with `forward(Part.method)`, so a feature has one obvious home and the facade stays
one flat API for the GUI, the CLI and the tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

if TYPE_CHECKING:
    from duocoder.app.project import Project

P = ParamSpec("P")
R = TypeVar("R")


class Service:
    """A part of the project; `project` is the facade that owns it."""

    def __init__(self, project: Project) -> None:
        self.project = project


class forward(Generic[P, R]):  # noqa: N801 - used like a decorator-style function
    """`name = forward(Part.name)` on the facade: calling `project.name(...)` calls the
    method on the facade's instance of `Part`, with the same signature for type checkers."""

    def __init__(self, method: Callable[Concatenate[Any, P], R]) -> None:
        self._method = method
        self._part = method.__qualname__.split(".")[0]
        self.__doc__ = method.__doc__

    @overload
    def __get__(self, project: None, owner: type) -> forward[P, R]: ...
    @overload
    def __get__(self, project: Project, owner: type) -> Callable[P, R]: ...
    def __get__(self, project: Project | None, owner: type) -> Any:
        if project is None:
            return self
        part = project._parts[self._part]
        return self._method.__get__(part, type(part))
