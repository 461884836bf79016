"""The unit-based agreement coefficients, computed from coder-pattern counts, agree with
independent implementations on random binary unit × coder data: Krippendorff's α with the
`krippendorff` package, Cohen's κ with scikit-learn, Fleiss' κ and Brennan–Prediger's
free-marginal κ with statsmodels, Gwet's AC1 and the percent agreement with brute forces
written here from their definitions. Small worked examples are checked against values
computed by hand, and the bootstrap is reproducible with its seed."""

from __future__ import annotations

import math
from itertools import combinations
from typing import Any

import krippendorff
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.inter_rater import fleiss_kappa

from duocoder.analysis.agreement import agreement_rows, coefficients, disagreements
from duocoder.analysis.agreement_result import MIN_UNITS
from duocoder.analysis.agreement_units import Patterns


def pattern_counts(matrix: np.ndarray) -> np.ndarray:
    """Units × coders (0/1) → how many units show each pattern (bit i: coder i)."""
    m = matrix.shape[1]
    patterns = (matrix * (1 << np.arange(m))).sum(axis=1)
    return np.bincount(patterns, minlength=1 << m)


def gwet_ac1(matrix: np.ndarray) -> float:
    """Gwet (2008), multiple raters, q categories, every unit rated by all r raters:
    pa = (1/n) Σᵢ Σₖ rᵢₖ(rᵢₖ − 1) / (r(r − 1)); πₖ = (1/n) Σᵢ rᵢₖ / r;
    pe = 1/(q − 1) Σₖ πₖ(1 − πₖ); AC1 = (pa − pe) / (1 − pe)."""
    n, r = matrix.shape
    q = 2
    pa = 0.0
    pi = [0.0, 0.0]
    for row in matrix.tolist():
        for k in (0, 1):
            r_ik = sum(1 for v in row if v == k)
            pa += r_ik * (r_ik - 1) / (r * (r - 1)) / n
            pi[k] += r_ik / r / n
    pe = sum(p * (1 - p) for p in pi) / (q - 1)
    return (pa - pe) / (1 - pe)


def pairwise_percent(matrix: np.ndarray) -> float:
    """The mean over units of the share of coder pairs that agree on the unit."""
    shares = []
    for row in matrix.tolist():
        pairs = list(combinations(row, 2))
        shares.append(sum(a == b for a, b in pairs) / len(pairs))
    return sum(shares) / len(shares)


matrices = st.integers(2, 4).flatmap(
    lambda m: st.integers(MIN_UNITS, 60).flatmap(
        lambda n: st.lists(
            st.lists(st.integers(0, 1), min_size=m, max_size=m), min_size=n, max_size=n
        )
    )
)


@settings(max_examples=300, deadline=None)
@given(matrices)
def test_coefficients_match_independent_implementations(rows: list[list[int]]) -> None:
    matrix = np.asarray(rows)
    m = matrix.shape[1]
    got = coefficients(pattern_counts(matrix), m)
    table = np.stack([m - matrix.sum(axis=1), matrix.sum(axis=1)], axis=1)
    varies = 0 < matrix.sum() < matrix.size

    assert got["percent"] == pytest.approx(pairwise_percent(matrix))
    assert got["gwet_ac1"] == pytest.approx(gwet_ac1(matrix))
    assert got["brennan_prediger"] == pytest.approx(fleiss_kappa(table, method="randolph"))
    if varies:
        expected = krippendorff.alpha(reliability_data=matrix.T, level_of_measurement="nominal")
        assert got["alpha"] == pytest.approx(expected)
        assert got["fleiss_kappa"] == pytest.approx(fleiss_kappa(table))
    else:
        assert math.isnan(got["alpha"]) and math.isnan(got["fleiss_kappa"])
    if m == 2:
        a, b = matrix[:, 0], matrix[:, 1]
        constant_alike = len(set(a.tolist())) == 1 and set(a.tolist()) == set(b.tolist())
        if constant_alike:
            assert math.isnan(got["cohen_kappa"])
        else:
            assert got["cohen_kappa"] == pytest.approx(cohen_kappa_score(a, b))
    else:
        assert math.isnan(got["cohen_kappa"])


def rows_for(matrix: np.ndarray, docs: list[int] | None = None, **kw: Any) -> Any:
    """agreement_rows for one code whose units (rows of `matrix`) lie in documents `docs`."""
    m = matrix.shape[1]
    docs = docs if docs is not None else [0] * len(matrix)
    n_docs = max(docs) + 1
    counts = np.zeros((n_docs, 1, 1 << m), dtype=np.int64)
    for d, row in zip(docs, matrix.tolist(), strict=True):
        counts[d, 0, sum(v << i for i, v in enumerate(row))] += 1
    coders = ["Lies", "Jonas", "Mira", "Ahmed"][:m]
    return agreement_rows(Patterns(counts, []), coders, [(7, "Steun")], **kw)


def worked_matrix() -> np.ndarray:
    """Ten units: both coders 3, neither 5, only Lies 1, only Jonas 1."""
    return np.asarray([[1, 1]] * 3 + [[0, 0]] * 5 + [[1, 0], [0, 1]])


def test_worked_example_two_coders() -> None:
    # pₒ = 0.8; each coder says "has" for 4 of 10, so pₑ = 0.4² + 0.6² = 0.52
    (row,), overall = rows_for(worked_matrix(), samples=0)
    v = row.values
    assert v["percent"] == pytest.approx(0.8)
    assert v["cohen_kappa"] == pytest.approx(0.28 / 0.48)
    assert v["fleiss_kappa"] == pytest.approx(0.28 / 0.48)
    assert v["brennan_prediger"] == pytest.approx(0.6)
    assert v["gwet_ac1"] == pytest.approx((0.8 - 0.48) / 0.52)  # pₑ = 2·0.4·0.6
    # 20 values, 8 "has"; 2 units with one disagreeing pair each: 1 − 19·2/(12·8)
    assert v["alpha"] == pytest.approx(1 - 19 * 2 / 96)
    assert row.units == 10 and row.coded == {"Lies": 4, "Jonas": 4}
    assert row.reasons == {}
    assert overall.values == v  # one code: the pooled row is that code's


def test_worked_example_three_coders() -> None:
    # ten units; three where one of three coders differs: each such unit 1 of 3 pairs agrees
    matrix = np.asarray([[1, 1, 1]] * 4 + [[0, 0, 0]] * 3 + [[1, 1, 0], [1, 0, 0], [0, 0, 1]])
    (row,), _ = rows_for(matrix, samples=0)
    assert row.values["percent"] == pytest.approx((7 + 3 / 3) / 10)
    assert row.values["cohen_kappa"] is None
    assert row.reasons["cohen_kappa"] == "two_coders_only"
    assert row.values["brennan_prediger"] == pytest.approx(2 * 0.8 - 1)


def test_no_variation_is_none_with_its_reason() -> None:
    matrix = np.zeros((12, 2), dtype=np.int64)  # nobody ever gave the code
    (row,), _ = rows_for(matrix, samples=50)
    for name in ("cohen_kappa", "fleiss_kappa", "alpha"):
        assert row.values[name] is None
        assert row.reasons[name] == "no_variation"
        assert row.intervals[name] is None
    assert row.values["percent"] == 1.0
    assert row.values["gwet_ac1"] == 1.0


def test_too_few_units_is_none_with_its_reason() -> None:
    matrix = worked_matrix()[: MIN_UNITS - 1]
    (row,), _ = rows_for(matrix, samples=50)
    assert row.units == MIN_UNITS - 1
    assert all(v is None for v in row.values.values())
    assert all(i is None for i in row.intervals.values())
    assert row.reasons["alpha"] == "too_few_units"
    assert row.reasons["percent"] == "too_few_units"


def random_study(seed: int) -> tuple[np.ndarray, list[int]]:
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, 2, size=200)
    matrix = np.stack([np.where(rng.random(200) < 0.85, truth, 1 - truth) for _ in range(2)], 1)
    return matrix, rng.integers(0, 20, size=200).tolist()


def test_bootstrap_is_reproducible_with_its_seed_and_brackets_the_estimate() -> None:
    matrix, docs = random_study(5)
    (a,), overall_a = rows_for(matrix, docs, samples=400, seed=1)
    (b,), _ = rows_for(matrix, docs, samples=400, seed=1)
    (c,), _ = rows_for(matrix, docs, samples=400, seed=2)
    assert a.intervals == b.intervals
    assert a.intervals["alpha"] != c.intervals["alpha"]
    lo, hi = a.intervals["alpha"] or (0.0, 0.0)
    assert lo < (a.values["alpha"] or 0.0) < hi
    assert 0.02 < hi - lo < 0.4  # 20 documents of 10 units: an interval of some width
    assert overall_a.intervals == a.intervals


def test_bootstrap_resamples_documents_not_units() -> None:
    """Units of one document move together: with every unit of a document alike, a resample
    by unit would give a narrower interval than one by document."""
    matrix, _ = random_study(6)
    order = np.argsort(matrix[:, 0] * 2 + matrix[:, 1], kind="stable")
    clustered = matrix[order]
    docs = [i // 20 for i in range(200)]  # ten documents, each nearly one pattern
    (by_doc,), _ = rows_for(clustered, docs, samples=400)
    (by_unit,), _ = rows_for(clustered, list(range(200)), samples=400)
    width = lambda r: r.intervals["alpha"][1] - r.intervals["alpha"][0]  # noqa: E731
    assert width(by_doc) > 2 * width(by_unit)


def test_overall_pools_every_unit_and_code_decision() -> None:
    matrix, _ = random_study(7)
    counts = np.zeros((1, 2, 4), dtype=np.int64)
    for i, row in enumerate(matrix.tolist()):
        counts[0, i % 2, row[0] + 2 * row[1]] += 1
    rows, overall = agreement_rows(
        Patterns(counts, []), ["Lies", "Jonas"], [(1, "A"), (2, "B")], samples=0
    )
    expected = krippendorff.alpha(reliability_data=matrix.T, level_of_measurement="nominal")
    assert overall.units == 200 == rows[0].units + rows[1].units
    assert overall.values["alpha"] == pytest.approx(expected)
    assert overall.coded == {"Lies": int(matrix[:, 0].sum()), "Jonas": int(matrix[:, 1].sum())}


def test_disagreements_name_who_gave_the_code() -> None:
    patterns = Patterns(np.zeros((1, 1, 8), dtype=np.int64), [(0, 10, 20, 0, 0b101)])
    (found,) = disagreements(patterns, [(4, "Interview Els")], ["A", "B", "C"], [(9, "Steun")])
    assert (found.document_id, found.document, found.start, found.end) == (
        4,
        "Interview Els",
        10,
        20,
    )
    assert (found.code, found.code_id) == ("Steun", 9)
    assert found.with_code == ("A", "C") and found.without_code == ("B",)
