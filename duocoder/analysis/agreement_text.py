"""The words of an intercoder agreement report, in the project's language (Dutch or English).

Every figure in a report comes with its definition — what is compared, how chance is
handled, the source to cite, how to read it — and every missing figure with its reason.
The words themselves are kept in `duocoder.domain.agreement_words`, where the report
writers in `duocoder.io` can read them too; this module is where the computation, the CLI
and the window take them from, so all of them say the same thing.

Sources: Cohen (1960), Fleiss (1971), Brennan & Prediger (1981), Gwet (2008),
Krippendorff (2004/2011), Krippendorff, Mathet, Bouvry & Widlöcher (2016)."""

from __future__ import annotations

from duocoder.analysis.agreement_result import COEFFICIENTS
from duocoder.domain.agreement_words import (
    LANGUAGES,
    TERMS,
    coefficient_label,
    definition_texts,
    format_interval,
    format_number,
    format_percent,
    format_value,
    reason_text,
    report_definitions,
    selection_lines,
    unit_label,
    word,
)

__all__ = [
    "LANGUAGES",
    "TERMS",
    "coefficient_label",
    "definitions",
    "format_interval",
    "format_number",
    "format_percent",
    "format_value",
    "reason_text",
    "report_definitions",
    "selection_lines",
    "unit_label",
    "word",
]


def definitions(language: str) -> dict[str, str]:
    """Every coefficient (`COEFFICIENTS`) and term (`TERMS`) → its definition in
    `language` (Dutch for "nl", English otherwise), coefficients first, in the order a
    report lists them."""
    texts = definition_texts(language)
    return {key: texts[key] for key in (*COEFFICIENTS, *TERMS)}
