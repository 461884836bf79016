"""Unit-based intercoder agreement from coder-pattern counts, with bootstrap intervals.

Every coefficient here is for complete binary data — each unit gets, from each of the m
coders, "has the code" or "has not" — and is therefore a function of how many units show
each of the 2^m patterns (see `duocoder.analysis.agreement_units`). With n_p units showing
pattern p, k(p) coders saying "has", N units and π = Σ n_p·k(p) / (N·m) the share of "has":

- percent agreement: the mean over units of the share of coder *pairs* that agree on the
  unit, P̄ = Σ n_p·[k(k−1) + (m−k)(m−k−1)] / [m(m−1)] / N. For two coders that is the
  share of units both coded alike; for more it is the mean pairwise agreement (Fleiss' P̄);
- Cohen's κ (two coders only): (pₒ − pₑ)/(1 − pₑ), pₑ from each coder's own share of "has";
- Fleiss' κ: (P̄ − pₑ)/(1 − pₑ), pₑ = π² + (1−π)²;
- Brennan–Prediger κ (free marginals, as MAXQDA, q = 2 categories): (P̄ − ½)/(1 − ½);
- Gwet's AC1: (P̄ − pₑ)/(1 − pₑ), pₑ = 2π(1−π) (Gwet 2008, q = 2);
- Krippendorff's α, nominal: 1 − (n−1)·Dₒ/(n₀·n₁), n = N·m pairable values, n₁ of them
  "has", Dₒ = Σ n_p·k(m−k)/(m−1) the off-diagonal of the coincidence matrix.

A figure from fewer than MIN_UNITS units is None ("too_few_units"); Cohen's κ, Fleiss' κ and
α are None ("no_variation") when the expected disagreement is zero (every coder always or
never gave the code), where they would divide by zero. The overall row pools every (unit,
code) decision of the chosen codes.

The bootstrap resamples documents with replacement (`samples` times, numpy's PCG64 seeded
with `seed`), sums the drawn documents' pattern counts (one matrix product for all samples)
and takes the 2.5th and 97.5th percentiles of each coefficient over the samples where it is
defined: units within a document are not independent, documents are."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from duocoder.analysis.agreement_result import (
    COEFFICIENTS,
    MIN_UNITS,
    WITH_INTERVAL,
    CodeAgreement,
    Disagreement,
)
from duocoder.analysis.agreement_units import Patterns

_EPS = 1e-12


def _popcounts(coders: int) -> np.ndarray:
    return np.asarray([bin(p).count("1") for p in range(1 << coders)], dtype=np.float64)


def coefficients(counts: np.ndarray, coders: int) -> dict[str, np.ndarray]:
    """Every coefficient for pattern counts `counts[..., p]` (any leading axes), as float
    arrays with NaN where a coefficient is undefined (no units, or zero expected
    disagreement). Cohen's κ is NaN unless there are exactly two coders."""
    m = coders
    c = np.asarray(counts, dtype=np.float64)
    k = _popcounts(m)
    n_units = c.sum(axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        agree = (k * (k - 1) + (m - k) * (m - k - 1)) / (m * (m - 1))
        p_bar = (c @ agree) / n_units
        pi = (c @ k) / (n_units * m)
        pe_f = pi**2 + (1 - pi) ** 2
        fleiss = np.where(pe_f < 1 - _EPS, (p_bar - pe_f) / (1 - pe_f), np.nan)
        bp = 2 * p_bar - 1
        pe_g = 2 * pi * (1 - pi)
        ac1 = (p_bar - pe_g) / (1 - pe_g)
        n = n_units * m
        n1 = c @ k
        n0 = n - n1
        d_o = c @ (k * (m - k) / (m - 1))
        alpha = np.where(n0 * n1 > 0, 1 - (n - 1) * d_o / (n0 * n1), np.nan)
        if m == 2:
            p_a = (c[..., 1] + c[..., 3]) / n_units
            p_b = (c[..., 2] + c[..., 3]) / n_units
            p_o = (c[..., 0] + c[..., 3]) / n_units
            pe_c = p_a * p_b + (1 - p_a) * (1 - p_b)
            cohen = np.where(pe_c < 1 - _EPS, (p_o - pe_c) / (1 - pe_c), np.nan)
        else:
            cohen = np.full(np.shape(p_bar), np.nan)
    return {
        "percent": p_bar,
        "cohen_kappa": cohen,
        "fleiss_kappa": fleiss,
        "brennan_prediger": bp,
        "gwet_ac1": ac1,
        "alpha": alpha,
    }


def _value(x: np.ndarray | float) -> float | None:
    v = float(x)
    return None if np.isnan(v) else v


def bootstrap_weights(documents: int, samples: int, seed: int) -> np.ndarray:
    """How often each document is drawn in each bootstrap sample: (samples, documents)."""
    rng = np.random.default_rng(seed)
    drawn = rng.integers(0, documents, size=(samples, documents))
    flat = (drawn + np.arange(samples)[:, None] * documents).ravel()
    return np.bincount(flat, minlength=samples * documents).reshape(samples, documents)


def _interval(values: np.ndarray) -> tuple[float, float] | None:
    defined = values[~np.isnan(values)]
    if len(defined) == 0:
        return None
    lo, hi = np.percentile(defined, [2.5, 97.5])
    return (float(lo), float(hi))


def agreement_rows(
    patterns: Patterns,
    coders: Sequence[str],
    codes: Sequence[tuple[int, str]],
    *,
    samples: int = 1000,
    seed: int = 1,
) -> tuple[list[CodeAgreement], CodeAgreement]:
    """One row per code (`codes`: (id, path) in the order of `patterns`' code axis) and the
    overall row over all of them, each with its bootstrap intervals."""
    m = len(coders)
    counts = patterns.counts  # (documents, codes, patterns)
    n_docs, n_codes, n_pat = counts.shape
    per_code = counts.sum(axis=0)  # (codes, patterns)
    pooled = per_code.sum(axis=0)  # (patterns,)
    point_codes = coefficients(per_code, m)
    point_all = coefficients(pooled, m)
    boot_codes: dict[str, np.ndarray] | None = None
    boot_all: dict[str, np.ndarray] | None = None
    if samples > 0 and n_docs > 0:
        weights = bootstrap_weights(n_docs, samples, seed).astype(np.float64)
        drawn = (weights @ counts.reshape(n_docs, -1).astype(np.float64)).reshape(
            samples, n_codes, n_pat
        )
        boot_codes = coefficients(drawn, m)
        boot_all = coefficients(drawn.sum(axis=1), m)
    bits = [[(p >> i) & 1 for p in range(n_pat)] for i in range(m)]

    def row(
        code: str,
        code_id: int | None,
        vector: np.ndarray,
        point: dict[str, np.ndarray],
        boot: dict[str, np.ndarray] | None,
    ) -> CodeAgreement:
        units = int(vector.sum())
        coded = {name: int(np.dot(vector, bits[i])) for i, name in enumerate(coders)}
        values: dict[str, float | None] = {}
        intervals: dict[str, tuple[float, float] | None] = {}
        reasons: dict[str, str] = {}
        for name in COEFFICIENTS:
            if name == "cohen_kappa" and m != 2:
                values[name], reasons[name] = None, "two_coders_only"
            elif units < MIN_UNITS:
                values[name], reasons[name] = None, "too_few_units"
            else:
                values[name] = _value(point[name])
                if values[name] is None:
                    reasons[name] = "no_variation"
            if name in WITH_INTERVAL:
                ok = values[name] is not None and boot is not None
                intervals[name] = _interval(boot[name]) if ok and boot is not None else None
        return CodeAgreement(code, code_id, units, coded, values, intervals, reasons)

    rows = []
    for c, (code_id, path) in enumerate(codes):
        boot = None if boot_codes is None else {k: v[:, c] for k, v in boot_codes.items()}
        point = {k: v[c] for k, v in point_codes.items()}
        rows.append(row(path, code_id, per_code[c], point, boot))
    overall = row("", None, pooled, point_all, boot_all)
    return rows, overall


def disagreements(
    patterns: Patterns,
    documents: Sequence[tuple[int, str]],
    coders: Sequence[str],
    codes: Sequence[tuple[int, str]],
) -> list[Disagreement]:
    """The units (or stretches) where the coders differ on a code, in document order, then
    by position and code. `documents` and `codes`: (id, name or path) along the patterns'
    axes."""
    out = []
    for d, start, end, c, p in sorted(patterns.mixed):
        doc_id, doc_name = documents[d]
        code_id, path = codes[c]
        with_code = tuple(name for i, name in enumerate(coders) if p >> i & 1)
        without = tuple(name for i, name in enumerate(coders) if not p >> i & 1)
        out.append(Disagreement(doc_id, doc_name, start, end, path, code_id, with_code, without))
    return out
