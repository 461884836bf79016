"""The plain data every analysis works on, and the selection a researcher makes.

The analyses take plain values, never a database: a coded span is a tuple of `CodedRow`'s
shape (`id, doc_id, code_id, start, end, coder`), read by the field positions named here;
a document is anything with `id`, `name`, `role`, `case` and `duo` (`DocumentInfo` fits).
Keeping the selection rules here, in one pure function, means the facade, the tests'
brute-force oracle and every analysis agree on what "the selected segments" are."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, groupby, repeat
from operator import itemgetter, lt, not_, or_
from typing import Final, NamedTuple, Protocol, TypedDict, TypeVar

from duocoder.domain.errors import DuoCoderError, NotFoundError
from duocoder.domain.roles import Role

Progress = Callable[[int, int, str], None]
Cancelled = Callable[[], bool]


class AnalysisCancelledError(DuoCoderError):
    """The researcher stopped a long analysis or export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("The analysis was cancelled.")


class DocLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def name(self) -> str: ...
    @property
    def role(self) -> Role: ...
    @property
    def case(self) -> str | None: ...
    @property
    def duo(self) -> str | None: ...


class CodedRow(NamedTuple):
    """A coding without its text: what counting needs. `coder` is the coder's name or any
    stand-in for it: the app passes the coder's id, because 100,000 small ints cost nothing
    to fetch and 100,000 names do (the app filters coders in SQL).

    The app hands the analyses the driver's own tuples of this shape, not CodedRows: on
    the benchmark's 100,000 codings, a named tuple per coding made the co-occurrence about
    40 % slower and the code matrix nearly twice as slow. Each is built by Python, and,
    unlike a plain tuple of numbers, is never dropped from the garbage collector's watch,
    so full collections start during the count. The analyses therefore read fields by the
    positions below, which serve CodedRows and plain tuples alike; tests build CodedRows."""

    id: int
    doc_id: int
    code_id: int
    start: int
    end: int
    coder: str | int | None = None


CodedTuple = tuple[int, int, int, int, int, object]  # CodedRow's shape; a CodedRow is one
C = TypeVar("C", bound=CodedTuple)

# CodedRow's fields by position, in its order: readers name the field, never a bare index.
# Spelled out as constants, so a type checker knows `row[START]` is an int.
ID: Final = 0
DOC_ID: Final = 1
CODE_ID: Final = 2
START: Final = 3
END: Final = 4
CODER: Final = 5
assert CodedRow._fields == ("id", "doc_id", "code_id", "start", "end", "coder")
doc_of = itemgetter(DOC_ID)  # for `map`, `groupby` and `Counter`, which loop in C
code_and_doc = itemgetter(CODE_ID, DOC_ID)


class Doc(NamedTuple):
    """A document's identity and place in the study."""

    id: int
    name: str
    role: Role
    case: str | None = None
    duo: str | None = None


TurnTuple = tuple[int, int, bool, int | None]


class TurnSpan(NamedTuple):
    """A speaker turn's words (`start..end`) and whether the interviewer speaks them;
    `label_start` is where its speaker label begins, if it has one. Any tuple of this
    shape will do."""

    start: int
    end: int
    interviewer: bool
    label_start: int | None = None


Names = Iterable[str] | str | None
RoleNames = Iterable[Role | str] | Role | str | None


class Filters(TypedDict, total=False):
    """The filters every analysis of the facade takes, as a researcher names them."""

    roles: RoleNames
    cases: Names
    duos: Names
    coders: Names
    documents: Iterable[int | str] | None
    codes: Iterable[int | str] | None
    include_interviewer: bool


@dataclass(frozen=True, slots=True)
class Selection:
    """Which segments an analysis counts. None means "no filter"; every filter given must
    hold. A segment that lies entirely in interviewer turns (it overlaps interviewer turns
    and no respondent turn) is left out unless `include_interviewer` is set: a question
    coded by accident must not count as something the respondent said."""

    roles: frozenset[Role] | None = None
    cases: frozenset[str] | None = None
    duos: frozenset[str] | None = None
    coders: frozenset[str] | None = None
    documents: frozenset[int] | None = None
    codes: frozenset[int] | None = None
    include_interviewer: bool = False

    def check_names(self, docs: Iterable[DocLike], coders: Iterable[str]) -> None:
        """A misspelt case, duo or coder is an error, not an empty table."""
        docs = list(docs)
        for what, wanted, known in (
            ("case", self.cases, {d.case for d in docs}),
            ("duo", self.duos, {d.duo for d in docs}),
            ("coder", self.coders, set(coders)),
        ):
            for name in sorted(wanted or ()):
                if name not in known:
                    raise NotFoundError(f"There is no {what} '{name}' in this project.")

    def keeps_document(self, doc: DocLike) -> bool:
        return (
            (self.roles is None or doc.role in self.roles)
            and (self.cases is None or doc.case in self.cases)
            and (self.duos is None or doc.duo in self.duos)
            and (self.documents is None or doc.id in self.documents)
        )


def name_set(values: Names) -> frozenset[str] | None:
    """A filter of names; one name alone is one name, not its letters."""
    if values is None:
        return None
    return frozenset([values] if isinstance(values, str) else values)


def role_set(values: RoleNames) -> frozenset[Role] | None:
    """A filter of roles, in English or Dutch words (see `Role.parse`)."""
    if values is None:
        return None
    items = [values] if isinstance(values, str | Role) else list(values)
    return frozenset(r if isinstance(r, Role) else Role.parse(r) for r in items)


def selected_documents(docs: Iterable[DocLike], selection: Selection) -> list[DocLike]:
    """The documents the selection keeps, in the order given."""
    return [d for d in docs if selection.keeps_document(d)]


_Index = tuple[list[int], list[float], list[int], list[float]]


def _turn_index(turns: Sequence[TurnTuple]) -> _Index:
    """Ends and starts of a document's respondent and of its interviewer turns (sorted,
    disjoint); each list of starts ends with infinity, so "the first turn ending after x
    starts before y" is one bisection and one comparison, even past the last turn."""
    respondent = [t for t in turns if not t[2] and t[0] < t[1]]
    interviewer = [t for t in turns if t[2] and t[0] < t[1]]
    r_ends, r_starts = [t[1] for t in respondent], [t[0] for t in respondent]
    i_ends, i_starts = [t[1] for t in interviewer], [t[0] for t in interviewer]
    inf = float("inf")
    return r_ends, [*r_starts, inf], i_ends, [*i_starts, inf]


def _touching(
    starts: list[int], ends: list[int], unit_ends: list[int], unit_starts: list[float]
) -> list[bool]:
    """For each span, whether it overlaps one of the units; `map` keeps the loop in C,
    which matters at 100,000 segments."""
    first = map(bisect_right, repeat(unit_ends), starts)
    return list(map(lt, map(unit_starts.__getitem__, first), ends))


def select_segments(
    segments: Iterable[C],
    docs: Mapping[int, DocLike],
    selection: Selection,
    turns: Mapping[int, Sequence[TurnTuple]] | None = None,
) -> list[C]:
    """The segments the selection keeps, in the order given. `turns` (sorted per document)
    is needed only to leave out interviewer-only segments; a document without turns has
    none to leave out. Works per run of segments of one document, as they come from a
    query."""
    kept_docs = {i for i, d in docs.items() if selection.keeps_document(d)}
    coders, codes = selection.coders, selection.codes
    indexes: dict[int, _Index] = {}
    if not selection.include_interviewer and turns:
        indexes = {
            doc: _turn_index(ts)
            for doc, ts in turns.items()
            if doc in kept_docs and any(t[2] for t in ts)
        }
    out: list[C] = []
    for doc, run in groupby(segments, key=doc_of):
        if doc not in kept_docs:
            continue
        group = list(run)
        if codes is not None:
            group = [s for s in group if s[CODE_ID] in codes]
        if coders is not None:
            group = [s for s in group if s[CODER] in coders]
        index = indexes.get(doc)
        if index is None or not group:
            out.extend(group)
            continue
        starts, ends = list(map(itemgetter(START), group)), list(map(itemgetter(END), group))
        respondent = _touching(starts, ends, index[0], index[1])
        if all(respondent):
            out.extend(group)
            continue
        interviewer = _touching(starts, ends, index[2], index[3])
        out.extend(compress(group, map(or_, respondent, map(not_, interviewer))))
    return out


def unit_range(start: int, end: int, starts: list[int], ends: list[int]) -> tuple[int, int]:
    """The indices [first, last + 1) of the sorted, disjoint units (paragraphs, turns; given
    as their `starts` and `ends`) that `start..end` touches; (0, 0) when it touches none."""
    first = bisect_right(ends, start)
    last = bisect_left(starts, end) - 1
    return (first, last + 1) if last >= first else (0, 0)


def report_roles(present: Iterable[Role], wanted: Iterable[Role] | None = None) -> tuple[Role, ...]:
    """The role columns of a report, in the order coördinator, deelnemer, vrijwilliger,
    other: the roles asked for, or else the three main roles always (so tables of different
    selections line up) and "other" only when it occurs."""
    order = (Role.COORDINATOR, Role.PARTICIPANT, Role.VOLUNTEER, Role.OTHER)
    if wanted is not None:
        chosen = set(wanted)
        return tuple(r for r in order if r in chosen)
    return order if Role.OTHER in set(present) else order[:3]


def check_progress(
    index: int, total: int, label: str, progress: Progress | None, cancelled: Cancelled | None
) -> None:
    """Report progress and stop with `AnalysisCancelledError` when asked to."""
    if cancelled is not None and cancelled():
        raise AnalysisCancelledError()
    if progress is not None:
        progress(index, total, label)
