"""The result records of analyses and language searches that the faces show, re-exported so
that the window imports them from the app layer only (never from duocoder.analysis or
duocoder.nlp directly; an import-linter contract checks this)."""

from __future__ import annotations

from duocoder.analysis.cooccurrence import CooccurrenceResult, CooccurringPair, RoleCooccurrence
from duocoder.analysis.data import AnalysisCancelledError
from duocoder.analysis.definition import Definition
from duocoder.analysis.duos import DuoComparison, DuoMatrix, duo_matrix
from duocoder.analysis.matrix import CodeMatrix
from duocoder.analysis.stakeholders import STAKEHOLDER_ROLES, StakeholderComparison
from duocoder.nlp.records import (
    FrequencyRow,
    Hit,
    IndexReport,
    SearchMode,
    SpanPreview,
    Suggestion,
    Unit,
)

__all__ = [
    "STAKEHOLDER_ROLES",
    "AnalysisCancelledError",
    "CodeMatrix",
    "CooccurrenceResult",
    "CooccurringPair",
    "Definition",
    "DuoComparison",
    "DuoMatrix",
    "FrequencyRow",
    "Hit",
    "IndexReport",
    "RoleCooccurrence",
    "SearchMode",
    "SpanPreview",
    "StakeholderComparison",
    "Suggestion",
    "Unit",
    "duo_matrix",
]
