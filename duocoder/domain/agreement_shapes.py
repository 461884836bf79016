"""The shape of an intercoder agreement report as the words and the report writers read it.

The report's result types live in `duocoder.analysis.agreement_result`; the writers in
`duocoder.io` and the words in `duocoder.domain.agreement_words` may not import the
analysis layer, so they read a report through these protocols, which those frozen
dataclasses satisfy (mypy checks it where the app hands a report to a writer)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence, Sized
from typing import Protocol

# The names of the unit-based coefficients in report order (also the JSON keys), those with
# a bootstrap interval, and why a coefficient may be None (`agreement_result` takes them from
# here as COEFFICIENTS, WITH_INTERVAL and REASONS).
COEFFICIENT_NAMES = (
    "percent",
    "cohen_kappa",
    "fleiss_kappa",
    "brennan_prediger",
    "gwet_ac1",
    "alpha",
)
INTERVAL_NAMES = ("cohen_kappa", "fleiss_kappa", "brennan_prediger", "gwet_ac1", "alpha")
REASON_KEYS = ("too_few_units", "no_variation", "two_coders_only", "no_segments")
MIN_UNITS = 10  # fewer units behind a figure: "too_few_units"


class RowLike(Protocol):
    """One code's (or, with `code == ""`, all codes') unit-based figures."""

    @property
    def code(self) -> str: ...
    @property
    def units(self) -> int: ...
    @property
    def coded(self) -> Mapping[str, int]: ...
    @property
    def values(self) -> Mapping[str, float | None]: ...
    @property
    def intervals(self) -> Mapping[str, tuple[float, float] | None]: ...
    @property
    def reasons(self) -> Mapping[str, str]: ...


class SegmentsLike(Protocol):
    """One code's segment-overlap figures."""

    @property
    def code(self) -> str: ...
    @property
    def segments(self) -> int: ...
    @property
    def agreeing(self) -> int: ...
    @property
    def percent(self) -> float | None: ...
    @property
    def reason(self) -> str | None: ...


class UnitizedLike(Protocol):
    """The character-continuum αs."""

    @property
    def u_alpha(self) -> float | None: ...
    @property
    def cu_alpha(self) -> Mapping[str, float | None]: ...
    @property
    def Cu_alpha(self) -> float | None: ...
    @property
    def reasons(self) -> Mapping[str, str]: ...


class ReportLike(Protocol):
    """What a report writer reads of an agreement report."""

    @property
    def coders(self) -> Sequence[str]: ...
    @property
    def unit(self) -> str: ...
    @property
    def include_interviewer(self) -> bool: ...
    @property
    def documents(self) -> Sequence[str]: ...
    @property
    def codes(self) -> Sequence[RowLike]: ...
    @property
    def overall(self) -> RowLike: ...
    @property
    def unitized(self) -> UnitizedLike | None: ...
    @property
    def segments(self) -> Sequence[SegmentsLike]: ...
    @property
    def segment_threshold(self) -> float: ...
    @property
    def disagreements(self) -> Sized: ...
    @property
    def bootstrap_samples(self) -> int: ...
    @property
    def seed(self) -> int: ...
    @property
    def language(self) -> str: ...
    @property
    def definition(self) -> Mapping[str, str]: ...
