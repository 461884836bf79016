"""The agreement result's types, for the window: the GUI reaches the core only through the
app layer, so it names `AgreementReport` and its parts from here, not from
`duocoder.analysis`."""

from __future__ import annotations

from duocoder.analysis.agreement_result import (
    COEFFICIENTS,
    REASONS,
    UNIT_KINDS,
    WITH_INTERVAL,
    AgreementReport,
    CodeAgreement,
    Disagreement,
    SegmentAgreement,
    UnitizedAgreement,
    UnitKind,
)
from duocoder.domain.agreement_words import definition_texts

__all__ = [
    "COEFFICIENTS",
    "REASONS",
    "UNIT_KINDS",
    "WITH_INTERVAL",
    "AgreementReport",
    "CodeAgreement",
    "Disagreement",
    "SegmentAgreement",
    "UnitKind",
    "UnitizedAgreement",
    "definitions",
]


def definitions(language: str) -> dict[str, str]:
    """Every coefficient and term of an agreement report → its definition in `language`
    ("nl" or "en"): the window shows them in the interface's language, where the report
    carries them in the project's."""
    return definition_texts(language)
