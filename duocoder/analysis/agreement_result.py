"""What an intercoder agreement computation returns: plain values, shared by the
computation (`duocoder.analysis.agreement`), the report writers (`duocoder.io.agreement_*`),
the CLI's JSON and the window's agreement and review views.

A coefficient that cannot be computed (no variation, too few units, Cohen's κ with three
coders) is `None` beside a reason *key* from `REASONS`, never a number that means nothing;
the words for a reason are in the project's language (`duocoder.domain.agreement_words`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from duocoder.domain.agreement_shapes import COEFFICIENT_NAMES, INTERVAL_NAMES, REASON_KEYS
from duocoder.domain.agreement_shapes import MIN_UNITS as MIN_UNITS

UnitKind = Literal["paragraph", "turn", "sentence", "character"]
UNIT_KINDS: tuple[UnitKind, ...] = ("paragraph", "turn", "sentence", "character")

# The unit-based coefficients in the order tables print them (also the JSON keys), those
# with a bootstrap interval (JSON key: NAME + "_ci"), the reasons a coefficient is None and
# the fewest units a figure rests on: kept in the domain layer, where the report writers and
# their words read them too.
COEFFICIENTS = COEFFICIENT_NAMES
WITH_INTERVAL = INTERVAL_NAMES
REASONS = REASON_KEYS


@dataclass(frozen=True)
class CodeAgreement:
    """The unit-based coefficients of one code (or, with `code == ""`, of all codes)."""

    code: str  # the code's path, "" for the overall row
    code_id: int | None
    units: int  # units behind the figure (for the overall row: units × codes)
    coded: dict[str, int]  # coder name → units that coder gave this code
    values: dict[str, float | None]  # COEFFICIENTS → value
    intervals: dict[str, tuple[float, float] | None]  # WITH_INTERVAL → 95 % bootstrap CI
    reasons: dict[str, str] = field(default_factory=dict)  # coefficient → REASONS key

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"code": self.code, "units": self.units}
        for name in COEFFICIENTS:
            out[name] = self.values.get(name)
            if name in WITH_INTERVAL:
                ci = self.intervals.get(name)
                out[name + "_ci"] = list(ci) if ci is not None else None
        out["coded"] = dict(self.coded)
        out["reasons"] = dict(self.reasons)
        return out


@dataclass(frozen=True)
class SegmentAgreement:
    """Segment-overlap agreement of one code (as MAXQDA): a coder's segment agrees when
    another coder's segment of the same code overlaps at least `threshold` of it."""

    code: str
    code_id: int | None
    segments: int
    agreeing: int
    percent: float | None
    reason: str | None = None


@dataclass(frozen=True)
class UnitizedAgreement:
    """Krippendorff's αᵤ family on the character continuum (Krippendorff, Mathet, Bouvry &
    Widlöcher 2016): `u_alpha` over all codes as one variable, `cu_alpha` per code path,
    `Cu_alpha` over all codes."""

    u_alpha: float | None
    cu_alpha: dict[str, float | None]
    Cu_alpha: float | None
    reasons: dict[str, str] = field(default_factory=dict)  # "u_alpha"/"Cu_alpha"/path → key

    def to_json(self) -> dict[str, Any]:
        return {
            "u_alpha": self.u_alpha,
            "cu_alpha": dict(self.cu_alpha),
            "Cu_alpha": self.Cu_alpha,
            "reasons": dict(self.reasons),
        }


@dataclass(frozen=True)
class Disagreement:
    """A unit (or, for `character`, a stretch of text) where the coders differ on one code:
    some gave it the code, others did not."""

    document_id: int
    document: str
    start: int
    end: int
    code: str
    code_id: int
    with_code: tuple[str, ...]
    without_code: tuple[str, ...]


@dataclass(frozen=True)
class AgreementReport:
    coders: tuple[str, ...]
    unit: UnitKind
    include_interviewer: bool
    documents: tuple[str, ...]
    codes: list[CodeAgreement]
    overall: CodeAgreement
    unitized: UnitizedAgreement | None
    segments: list[SegmentAgreement]
    segment_threshold: float  # 0.9 = 90 %
    disagreements: list[Disagreement]
    bootstrap_samples: int
    seed: int
    language: str  # the project's language: "nl" or "en"
    definition: dict[str, str]  # coefficient or term → its definition in `language`

    def to_json(self) -> dict[str, Any]:
        return {
            "coders": list(self.coders),
            "unit": self.unit,
            "include_interviewer": self.include_interviewer,
            "documents": list(self.documents),
            "codes": [c.to_json() for c in self.codes],
            "overall": self.overall.to_json(),
            "unitized": self.unitized.to_json() if self.unitized is not None else None,
            "segments": {
                "threshold": self.segment_threshold,
                "codes": [
                    {
                        "code": s.code,
                        "segments": s.segments,
                        "agreeing": s.agreeing,
                        "percent": s.percent,
                        "reason": s.reason,
                    }
                    for s in self.segments
                ],
            },
            "disagreements": len(self.disagreements),
            "bootstrap": {"samples": self.bootstrap_samples, "seed": self.seed},
            "definition": dict(self.definition),
        }
