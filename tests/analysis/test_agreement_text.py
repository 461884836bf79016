"""The words of the agreement report: every coefficient and term defined in Dutch and
English with its source, reasons and labels in both languages, numbers as each language
writes them."""

from __future__ import annotations

import pytest

from duocoder.analysis.agreement_result import COEFFICIENTS, REASONS, UNIT_KINDS
from duocoder.domain.agreement_words import (
    TERMS,
    coefficient_label,
    format_interval,
    format_percent,
    format_value,
    reason_text,
    unit_label,
)
from duocoder.domain.agreement_words import definition_texts as definitions

KEYS = (
    *COEFFICIENTS,
    "u_alpha",
    "cu_alpha",
    "Cu_alpha",
    "segment_overlap",
    "unit_paragraph",
    "unit_turn",
    "unit_sentence",
    "unit_character",
    "bootstrap",
    "touching",
    "overall",
)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_both_languages_define_every_coefficient_and_term(language: str) -> None:
    texts = definitions(language)
    assert set(texts) == set(KEYS) == set(COEFFICIENTS) | set(TERMS)
    assert list(texts)[: len(COEFFICIENTS)] == list(COEFFICIENTS)  # coefficients first
    for key, text in texts.items():
        assert text.strip() and text.rstrip().endswith("."), key
        assert len(text) < 420, key  # one or two sentences, not a paragraph


def test_the_two_languages_differ_and_name_the_same_sources() -> None:
    nl, en = definitions("nl"), definitions("en")
    sources = {
        "cohen_kappa": "Cohen 1960",
        "fleiss_kappa": "Fleiss 1971",
        "brennan_prediger": "Brennan & Prediger 1981",
        "gwet_ac1": "Gwet 2008",
        "alpha": "Krippendorff 2004/2011",
        "u_alpha": "Krippendorff, Mathet, Bouvry & Widlöcher 2016",
    }
    for key, source in sources.items():
        assert source in nl[key] and source in en[key], key
    for key in KEYS:
        assert nl[key] != en[key], key
    assert "toeval" in nl["cohen_kappa"] and "chance" in en["cohen_kappa"]
    assert "0,800" in nl["alpha"] and "0.800" in en["alpha"]  # Krippendorff's thresholds
    assert "alinea" in nl["unit_paragraph"] and "paragraph" in en["unit_paragraph"]


def test_an_unknown_language_reads_english() -> None:
    assert definitions("fr") == definitions("en")
    assert reason_text("no_variation", "de") == reason_text("no_variation", "en")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_reason_has_words(language: str) -> None:
    for key in REASONS:
        text = reason_text(key, language)
        assert text and text != key
    assert reason_text("too_few_units", "en") == "too few units (n < 10)"
    assert reason_text("too_few_units", "nl") == "te weinig eenheden (n < 10)"


def test_labels_as_a_method_section_writes_them() -> None:
    assert coefficient_label("cohen_kappa", "en") == "Cohen's κ"
    assert coefficient_label("cohen_kappa", "nl") == "Cohens κ"
    assert coefficient_label("alpha", "en") == "Krippendorff's α"
    assert coefficient_label("alpha", "nl") == "Krippendorffs α"
    assert coefficient_label("brennan_prediger", "en") == "Brennan–Prediger κ"
    assert coefficient_label("gwet_ac1", "en") == "Gwet's AC1"
    assert coefficient_label("percent", "en") == "% agreement"
    assert coefficient_label("percent", "nl") == "% overeenstemming"
    nl = [unit_label(kind, "nl") for kind in UNIT_KINDS]
    assert nl == ["alinea", "sprekersbeurt", "zin", "teken"]
    assert unit_label("paragraph", "nl", plural=True) == "alinea's"
    assert unit_label("turn", "en", plural=True) == "speaker turns"


def test_numbers_with_a_decimal_comma_in_dutch() -> None:
    assert format_value(0.78, (0.712, 0.8449), "nl") == "0,78 [0,71–0,84]"
    assert format_value(0.78, (0.712, 0.8449), "en") == "0.78 [0.71–0.84]"
    assert format_value(-0.123, None, "en") == "−0.12"  # a typeset minus
    assert format_value(-0.001, None, "en") == "0.00"  # no "−0.00"
    assert format_value(None, None, "nl") == "–"
    assert format_interval((0.5, 1.0), "nl", 3) == "0,500–1,000"
    assert format_interval((-0.05, 0.45), "nl") == "−0,05 – 0,45"  # not a second minus
    assert format_value(0.2, (-0.05, 0.45), "en") == "0.20 [−0.05 – 0.45]"
    assert format_percent(0.875, "nl") == "87,5\u00a0%"
    assert format_percent(1.0, "en") == "100.0%"
    assert format_percent(None, "en") == "–"


def test_the_domain_words_name_the_same_coefficients_as_the_results() -> None:
    """The writers in `duocoder.io` read names from the domain layer, the computation from
    `agreement_result`: a coefficient added to one and not the other would silently go
    missing from the report files."""
    from duocoder.analysis.agreement_result import MIN_UNITS, WITH_INTERVAL
    from duocoder.domain import agreement_shapes

    assert agreement_shapes.COEFFICIENT_NAMES == COEFFICIENTS
    assert agreement_shapes.INTERVAL_NAMES == WITH_INTERVAL
    assert agreement_shapes.REASON_KEYS == REASONS
    assert agreement_shapes.MIN_UNITS == MIN_UNITS
