"""Hand-made agreement reports for the report writers' tests: the shape the computation
(`duocoder.analysis.agreement`) returns, with values chosen so every case shows (an
interval, a missing figure and its reason, a formula-like code path)."""

from __future__ import annotations

import random

from duocoder.analysis.agreement_result import (
    COEFFICIENTS,
    WITH_INTERVAL,
    AgreementReport,
    CodeAgreement,
    Disagreement,
    SegmentAgreement,
    UnitizedAgreement,
    UnitKind,
)
from duocoder.domain.agreement_words import definition_texts as definitions

PATHS = (
    "Verbinding/Vertrouwensrelatie",
    "Verbinding/Gelijkwaardigheid en wederkerigheid",
    "Verbinding/Gezamenlijke activiteiten",
    "Verbinding/Klik en matching zoals beleefd",
    "Verbinding/Nabijheid, afstand en grenzen",
    "Verbinding/Contactfrequentie en duur",
    "Obstakels/Interne obstakels/Verwachtingen",
    "Obstakels/Interne obstakels/Motivatie",
    "Obstakels/Interne obstakels/Gezondheid",
    "Obstakels/Externe obstakels/Tijd",
    "Obstakels/Externe obstakels/Mobiliteit",
    "Obstakels/Externe obstakels/Taal",
    "Obstakels/Afhankelijkheid en paternalisme",
    "Obstakels/Emotionele belasting van de vrijwilliger",
    "Obstakels/Uitval en beëindiging",
    "Uitkomsten/Voor de deelnemer/Psychologisch",
    "Uitkomsten/Voor de deelnemer/Sociaal-communicatief",
    "Uitkomsten/Voor de vrijwilliger/Leren en vaardigheden",
    "Professionele ondersteuning/Matching door de organisatie",
    "Professionele ondersteuning/Opvolging, supervisie en intervisie",
    "Context/Kwetsbaarheid",
    "Context/Actief burgerschap",
    "Uitkomsten/Voor de organisatie",
    "Uitkomsten/Voor de samenleving",
    "Professionele ondersteuning/Vorming en training",
    "Context/Motivatie om deel te nemen",
)
CODERS = ("Lies", "Mohamed", "Sofie")


def code_row(
    path: str,
    coders: tuple[str, ...],
    units: int,
    values: dict[str, float | None],
    *,
    reasons: dict[str, str] | None = None,
    width: float = 0.07,
) -> CodeAgreement:
    """A row with `values` (missing coefficients None) and an interval ± `width` around each
    value that has one."""
    full = {name: values.get(name) for name in COEFFICIENTS}
    intervals: dict[str, tuple[float, float] | None] = {}
    for name in WITH_INTERVAL:
        v = full[name]
        intervals[name] = None if v is None else (max(v - width, -1.0), min(v + width, 1.0))
    coded = {c: max(units // (3 + i), 0) for i, c in enumerate(coders)}
    return CodeAgreement(path, None, units, coded, full, intervals, dict(reasons or {}))


def sample_report(
    language: str = "nl",
    *,
    coders: tuple[str, ...] = CODERS,
    codes: int = 20,
    unit: UnitKind = "paragraph",
    include_interviewer: bool = False,
    documents: int = 12,
    seed: int = 7,
    first_path: str | None = None,
) -> AgreementReport:
    """A realistic report: `codes` codes of the duowerkingen codebook, one with too few
    units, one without variation; `first_path` replaces the first code's path."""
    rng = random.Random(seed)
    two = len(coders) == 2
    rows = []
    paths = list(PATHS[:codes])
    if first_path is not None:
        paths[0] = first_path
    for i, path in enumerate(paths):
        if i == 3:
            units = 6
            reasons = {name: "too_few_units" for name in COEFFICIENTS}
            rows.append(code_row(path, coders, units, {}, reasons=reasons))
            continue
        units = rng.randint(180, 420)
        if i == 5:  # nobody ever gave this code: κ and α divide by zero
            values = {"percent": 1.0, "brennan_prediger": 1.0, "gwet_ac1": 1.0}
            reasons = {"cohen_kappa": "no_variation", "fleiss_kappa": "no_variation"}
            reasons["alpha"] = "no_variation"
            if not two:
                reasons["cohen_kappa"] = "two_coders_only"
            rows.append(code_row(path, coders, units, values, reasons=reasons))
            continue
        alpha = round(rng.uniform(0.52, 0.93), 4)
        values = {
            "percent": round(rng.uniform(0.86, 0.99), 4),
            "cohen_kappa": alpha + 0.004 if two else None,
            "fleiss_kappa": alpha - 0.002,
            "brennan_prediger": min(alpha + 0.1, 0.99),
            "gwet_ac1": min(alpha + 0.12, 0.99),
            "alpha": alpha,
        }
        reasons = {} if two else {"cohen_kappa": "two_coders_only"}
        rows.append(code_row(path, coders, units, values, reasons=reasons))
    total = sum(r.units for r in rows)
    overall_values = {
        "percent": 0.9312,
        "cohen_kappa": 0.7846 if two else None,
        "fleiss_kappa": 0.7801,
        "brennan_prediger": 0.8624,
        "gwet_ac1": 0.8911,
        "alpha": 0.7812,
    }
    overall = code_row(
        "",
        coders,
        total,
        overall_values,
        reasons={} if two else {"cohen_kappa": "two_coders_only"},
        width=0.035,
    )
    segments = [
        SegmentAgreement(p, None, 40 + i, 30 + i // 2, (30 + i // 2) / (40 + i))
        for i, p in enumerate(paths)
    ]
    segments[5] = SegmentAgreement(paths[5], None, 0, 0, None, "no_segments")
    cu = {p: round(rng.uniform(0.45, 0.9), 3) for p in paths}
    cu[paths[5]] = None
    unitized = UnitizedAgreement(0.7123, cu, 0.6954, {paths[5]: "no_segments"})
    docs = tuple(f"Interview {k:02d}" for k in range(1, documents + 1))
    disagreements = [
        Disagreement(1, docs[0], 0, 120, paths[0], 1, (coders[0],), coders[1:]),
        Disagreement(1, docs[0], 300, 420, paths[1], 2, coders[1:], (coders[0],)),
    ]
    return AgreementReport(
        coders=coders,
        unit=unit,
        include_interviewer=include_interviewer,
        documents=docs,
        codes=rows,
        overall=overall,
        unitized=unitized,
        segments=segments,
        segment_threshold=0.9,
        disagreements=disagreements,
        bootstrap_samples=1000,
        seed=1,
        language=language,
        definition=definitions(language),
    )
