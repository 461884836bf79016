"""The agreement table: one row per code, the overall row last and bold, a column per
coefficient, plus the segment and unitized figures of each code.

A coefficient the core could not compute is `None` with a reason; the table shows "—" and
gives the reason as the cell's tooltip (and the view names every reason in a footnote), so
an empty cell is never read as zero and a printed table says why a figure is missing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from duocoder.app.agreement_types import (
    COEFFICIENTS,
    WITH_INTERVAL,
    AgreementReport,
    CodeAgreement,
)
from duocoder.domain.codepaths import split_path
from duocoder.gui.language.common import code_label

DASH = "—"
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the number behind a cell (None for "—")
CODE_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's code id (None: the overall row)
REASON_ROLE = Qt.ItemDataRole.UserRole + 3  # the reason key of a "—"

CODE, UNITS = 0, 1
FIRST_COEFFICIENT = 2  # then one column per name in COEFFICIENTS
SEGMENTS = FIRST_COEFFICIENT + len(COEFFICIENTS)
CU_ALPHA = SEGMENTS + 1
COLUMNS = CU_ALPHA + 1

Index = QModelIndex | QPersistentModelIndex


def coefficient_names() -> dict[str, tuple[str, str]]:
    """(column header, full name) of each coefficient."""
    return {
        "percent": (
            QCoreApplication.translate("AgreementView", "% agree"),
            QCoreApplication.translate(
                "AgreementView", "Percentage of units on which all coders agree"
            ),
        ),
        "cohen_kappa": (
            QCoreApplication.translate("AgreementView", "Cohen κ"),
            QCoreApplication.translate("AgreementView", "Cohen's kappa (two coders)"),
        ),
        "fleiss_kappa": (
            QCoreApplication.translate("AgreementView", "Fleiss κ"),
            QCoreApplication.translate("AgreementView", "Fleiss' kappa"),
        ),
        "brennan_prediger": (
            QCoreApplication.translate("AgreementView", "B–P κ"),
            QCoreApplication.translate("AgreementView", "Brennan–Prediger kappa"),
        ),
        "gwet_ac1": (
            QCoreApplication.translate("AgreementView", "Gwet AC1"),
            QCoreApplication.translate("AgreementView", "Gwet's AC1"),
        ),
        "alpha": (
            QCoreApplication.translate("AgreementView", "Kripp. α"),
            QCoreApplication.translate(
                "AgreementView", "Krippendorff's alpha (nominal), with its 95 % interval"
            ),
        ),
    }


def reason_text(key: str | None) -> str:
    """Why a figure is missing, in the interface's language."""
    reasons = {
        "too_few_units": QCoreApplication.translate(
            "AgreementView", "Too few units to say anything (fewer than 10)."
        ),
        "no_variation": QCoreApplication.translate(
            "AgreementView",
            "Every coder gave every unit the same value, so chance agreement is total and "
            "the coefficient is undefined.",
        ),
        "two_coders_only": QCoreApplication.translate(
            "AgreementView", "Cohen's kappa compares exactly two coders."
        ),
        "no_segments": QCoreApplication.translate(
            "AgreementView", "No coder coded anything with this code."
        ),
    }
    return reasons.get(key or "", QCoreApplication.translate("AgreementView", "Not computed."))


def number(value: float | None) -> str:
    """A coefficient with two decimals, the minus sign a real one; "—" for None."""
    if value is None:
        return DASH
    return f"{value:.2f}".replace("-", "−")


def percent(value: float | None) -> str:
    """A share of 0–1 as a percentage ("85 %"); "—" for None."""
    if value is None:
        return DASH
    return f"{value * 100:.0f} %"


def with_interval(value: float | None, ci: tuple[float, float] | None) -> str:
    """ "0.78 [0.71–0.84]": the value and its 95 % bootstrap interval."""
    if value is None or ci is None:
        return number(value)
    return f"{number(value)} [{number(ci[0])}–{number(ci[1])}]"


class AgreementModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: AgreementReport | None = None
        self.rows: list[CodeAgreement] = []

    def set_report(self, report: AgreementReport | None) -> None:
        self.beginResetModel()
        self.report = report
        self.rows = [*report.codes, report.overall] if report is not None else []
        self.endResetModel()

    # -- Qt -----------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        names = coefficient_names()
        if role == Qt.ItemDataRole.DisplayRole:
            if section == CODE:
                return QCoreApplication.translate("AgreementView", "Code")
            if section == UNITS:
                return QCoreApplication.translate("AgreementView", "Units")
            if section == SEGMENTS:
                return QCoreApplication.translate("AgreementView", "Segments")
            if section == CU_ALPHA:
                return QCoreApplication.translate("AgreementView", "cuα")
            return names[COEFFICIENTS[section - FIRST_COEFFICIENT]][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section == UNITS:
                return QCoreApplication.translate(
                    "AgreementView", "Units compared (for the overall row: units × codes)"
                )
            if section == SEGMENTS:
                return QCoreApplication.translate(
                    "AgreementView",
                    "Segment agreement: a coder's segment agrees when another coder's segment "
                    "of the code covers at least the overlap threshold of it",
                )
            if section == CU_ALPHA:
                return QCoreApplication.translate(
                    "AgreementView", "Krippendorff's cuα of the code on the character continuum"
                )
            if FIRST_COEFFICIENT <= section < SEGMENTS:
                return names[COEFFICIENTS[section - FIRST_COEFFICIENT]][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        row, col = self.rows[index.row()], index.column()
        overall = index.row() == len(self.rows) - 1
        if role == Qt.ItemDataRole.FontRole and overall:
            font = QFont()
            font.setBold(True)
            return font
        if role == CODE_ID_ROLE:
            return None if overall else row.code_id
        if role == Qt.ItemDataRole.TextAlignmentRole and col != CODE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value, reason, text, tip = self._cell(row, col, overall)
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == VALUE_ROLE:
            return value
        if role == REASON_ROLE:
            return reason
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        return None

    def _cell(
        self, row: CodeAgreement, col: int, overall: bool
    ) -> tuple[Any, str | None, str, str | None]:
        """(value, reason key, text, tooltip) of one cell."""
        assert self.report is not None
        if col == CODE:
            name = (
                QCoreApplication.translate("AgreementView", "All codes")
                if overall
                else split_path(row.code)[-1]
            )
            coded = ", ".join(f"{c}: {n}" for c, n in row.coded.items())
            about = "" if overall else code_label(row.code) + "\n"
            about += (
                QCoreApplication.translate("AgreementView", "Units coded, per coder: %1").replace(
                    "%1", coded
                )
                if coded
                else ""
            )
            return row.code, None, name, about.strip() or None
        if col == UNITS:
            return row.units, None, str(row.units), None
        if col == SEGMENTS:
            return self._segments(row, overall)
        if col == CU_ALPHA:
            return self._unitized(row, overall)
        name = COEFFICIENTS[col - FIRST_COEFFICIENT]
        value = row.values.get(name)
        reason = row.reasons.get(name) if value is None else None
        if value is None:
            return None, reason, DASH, reason_text(reason)
        if name == "percent":
            return value, None, percent(value), None
        ci = row.intervals.get(name) if name in WITH_INTERVAL else None
        tip = (
            QCoreApplication.translate("AgreementView", "95 % interval: %1").replace(
                "%1", with_interval(value, ci)
            )
            if ci
            else None
        )
        text = with_interval(value, ci) if name == "alpha" else number(value)
        return value, None, text, tip

    def _segments(
        self, row: CodeAgreement, overall: bool
    ) -> tuple[Any, str | None, str, str | None]:
        assert self.report is not None
        found = [s for s in self.report.segments if s.code == row.code] if not overall else []
        if overall:
            segments = sum(s.segments for s in self.report.segments)
            agreeing = sum(s.agreeing for s in self.report.segments)
            share = agreeing / segments if segments else None
            reason = None if segments else "no_segments"
        elif found:
            segments, agreeing = found[0].segments, found[0].agreeing
            share, reason = found[0].percent, found[0].reason
        else:
            return None, "no_segments", DASH, reason_text("no_segments")
        if share is None:
            return None, reason, DASH, reason_text(reason)
        tip = (
            QCoreApplication.translate("AgreementView", "%1 of %2 segments agree")
            .replace("%1", str(agreeing))
            .replace("%2", str(segments))
        )
        return share, None, f"{percent(share)} ({agreeing}/{segments})", tip

    def _unitized(
        self, row: CodeAgreement, overall: bool
    ) -> tuple[Any, str | None, str, str | None]:
        unitized = self.report.unitized if self.report is not None else None
        if unitized is None:
            return (
                None,
                None,
                DASH,
                QCoreApplication.translate("AgreementView", "Not computed for this unit."),
            )
        key = "Cu_alpha" if overall else row.code
        value = unitized.Cu_alpha if overall else unitized.cu_alpha.get(row.code)
        if value is None:
            reason = unitized.reasons.get(key)
            return None, reason, DASH, reason_text(reason)
        return (
            value,
            None,
            number(value),
            QCoreApplication.translate("AgreementView", "Cuα over all codes") if overall else None,
        )

    def reasons_shown(self) -> list[str]:
        """The distinct reasons behind the dashes, in the order the table shows them."""
        found: list[str] = []
        for r in range(self.rowCount()):
            for c in range(UNITS + 1, COLUMNS):
                key = self.index(r, c).data(REASON_ROLE)
                if key and key not in found:
                    found.append(key)
        return found
