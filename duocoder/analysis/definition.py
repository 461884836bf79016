"""What an analysis counted, stated with the result.

A number in a report means nothing without its definition: which unit was counted, how two
codes had to meet, which coders, documents and codes were in, whether the interviewer's
turns counted, and when it was made. Every result carries a `Definition`; exports print its
`describe()` lines beside the table, so a figure pasted into a report can be traced back."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from duocoder.analysis.data import Selection, report_roles
from duocoder.domain.roles import Role

MODES = ("overlap", "paragraph", "turn", "proximity")
KINDS = ("cooccurrence", "matrix", "duo_comparison", "duo_matrix", "stakeholders", "quotes")

_TEXT: dict[str, dict[str, str]] = {
    "nl": {
        "cooccurrence": "Analyse: co-occurrentie van codes",
        "matrix": "Analyse: codes × {by}",
        "duo_comparison": "Analyse: codes per duo, deelnemer naast vrijwilliger",
        "duo_matrix": "Analyse: duomatrix (code bij de deelnemer × code bij de vrijwilliger)",
        "stakeholders": "Analyse: één code in de drie perspectieven",
        "quotes": "Citaten per code en rol",
        "by_role": "rol",
        "by_case": "case (organisatie)",
        "by_document": "document",
        "unit": "Eenheid: gecodeerd fragment (één codering van één code).",
        "overlap": "Samen voorkomen: twee fragmenten overlappen (minstens één teken gemeen).",
        "paragraph": "Samen voorkomen: twee fragmenten raken dezelfde alinea (een document "
        "zonder alinea's telt als één alinea).",
        "turn": "Samen voorkomen: twee fragmenten raken dezelfde sprekersbeurt (een document "
        "zonder herkende beurten telt als één beurt).",
        "proximity": "Samen voorkomen: twee fragmenten liggen hoogstens {d} tekens uit elkaar "
        "(overlappende fragmenten inbegrepen).",
        "cooc_counts": "n1, n2: aantal fragmenten van code 1 en van code 2 in de selectie. "
        "Paren (n12): aantal paren van een fragment van code 1 en een fragment van code 2 "
        "die samen voorkomen; twee fragmenten van dezelfde code vormen nooit een paar. "
        "Documenten: aantal documenten met minstens één zo'n paar.",
        "cooc_c": "c-coëfficiënt = n12 / (n1 + n2 − n12), met n12 hoogstens min(n1, n2) "
        "geteld, zodat c tussen 0 en 1 ligt.",
        "cooc_diagonal": "Op de diagonaal (een code met zichzelf): bij Paren n, het aantal "
        "fragmenten van de code; bij Documenten het aantal documenten met de code; "
        "c = 1 (0 voor een code zonder fragmenten).",
        "matrix_counts": "Per cel: aantal fragmenten van de code in de kolom, en aantal "
        "documenten van de kolom met minstens één fragment van de code.",
        "percent": "Percentages: fragmenten als deel van alle geselecteerde fragmenten in de "
        "kolom; documenten als deel van alle geselecteerde documenten in de kolom.",
        "descendants": "Subcodes: meegeteld bij de bovenliggende code.",
        "no_descendants": "Subcodes: niet meegeteld bij de bovenliggende code.",
        "duo_comparison_counts": "Per duo en code: aantal fragmenten in het verhaal van de "
        "deelnemer en in dat van de vrijwilliger (0 = afwezig).",
        "duo_matrix_counts": "Per cel: aantal duo's waarin het verhaal van de deelnemer code X "
        "draagt en dat van de vrijwilliger code Y; alleen duo's met beide verhalen tellen.",
        "stakeholders_counts": "De fragmenten van de code in drie kolommen: coördinator, "
        "deelnemer, vrijwilliger. Bij één duo staat de coördinator van zijn case erbij. Woorden "
        "van de interviewer binnen een fragment zijn weggelaten en vervangen door […] (een "
        "fragment dat alleen in interviewerbeurten ligt, staat er heel als die meetellen).",
        "quotes_counts": "Per code in de volgorde van het codeboek, per rol; woorden van de "
        "interviewer binnen een fragment zijn weggelaten en vervangen door […], "
        "sprekerslabels ook (zonder teken); een fragment zonder woorden van de respondent "
        "valt weg. (…) aan het begin of einde: het citaat begint of eindigt midden in een "
        "zin.",
        "unit_duo": "Eenheid: duo (een code telt in een verhaal mee als het minstens één "
        "fragment van de code heeft).",
        "interviewer_out": "Interviewerbeurten: een fragment dat alleen in beurten van de "
        "interviewer ligt, telt niet mee.",
        "interviewer_in": "Interviewerbeurten: tellen mee.",
        "cells": "Export: tekst uit het project staat als tekst in de cellen, nooit als "
        "formule; in CSV krijgt tekst die begint met =, +, -, @, een tab of een regelterugloop "
        "vooraan een apostrof ('), een getal niet.",
        "coders": "Codeurs",
        "filters": "Filters",
        "roles": "rol",
        "code_filter": "code",
        "with_subcodes": "met subcodes",
        "cases": "case",
        "duos": "duo",
        "coders_filter": "codeur",
        "chosen_documents": "gekozen documenten",
        "none": "geen",
        "all": "alle",
        "nobody": "(zonder codeur)",
        "documents": "Documenten",
        "codes": "Codes",
        "date": "Datum",
        "project": "Project",
    },
    "en": {
        "cooccurrence": "Analysis: code co-occurrence",
        "matrix": "Analysis: codes × {by}",
        "duo_comparison": "Analysis: codes per duo, participant beside volunteer",
        "duo_matrix": "Analysis: duo matrix (code in the participant's account × code in the "
        "volunteer's account)",
        "stakeholders": "Analysis: one code in the three perspectives",
        "quotes": "Quotations per code and role",
        "by_role": "role",
        "by_case": "case (organisation)",
        "by_document": "document",
        "unit": "Unit: coded segment (one coding of one code).",
        "overlap": "Co-occurring: two segments overlap (share at least one character).",
        "paragraph": "Co-occurring: two segments touch the same paragraph (a document without "
        "paragraphs counts as one paragraph).",
        "turn": "Co-occurring: two segments touch the same speaker turn (a document without "
        "recognised turns counts as one turn).",
        "proximity": "Co-occurring: two segments lie at most {d} characters apart "
        "(overlapping segments included).",
        "cooc_counts": "n1, n2: number of segments of code 1 and of code 2 in the selection. "
        "Pairs (n12): number of pairs of a segment of code 1 and a segment of code 2 that "
        "co-occur; two segments of the same code never form a pair. Documents: number of "
        "documents with at least one such pair.",
        "cooc_c": "c-coefficient = n12 / (n1 + n2 − n12), with n12 counted at most "
        "min(n1, n2) so that c lies between 0 and 1.",
        "cooc_diagonal": "On the diagonal (a code with itself): under Pairs n, the number of "
        "segments of the code; under Documents the number of documents with the code; "
        "c = 1 (0 for a code without segments).",
        "matrix_counts": "Per cell: number of segments of the code in the column, and number "
        "of the column's documents with at least one segment of the code.",
        "percent": "Percentages: segments as a share of all selected segments in the column; "
        "documents as a share of all selected documents in the column.",
        "descendants": "Subcodes: counted with their parent code.",
        "no_descendants": "Subcodes: not counted with their parent code.",
        "duo_comparison_counts": "Per duo and code: number of segments in the participant's "
        "account and in the volunteer's account (0 = absent).",
        "duo_matrix_counts": "Per cell: number of duos in which the participant's account "
        "carries code X and the volunteer's carries code Y; only duos with both accounts count.",
        "stakeholders_counts": "The code's segments in three columns: coordinator, "
        "participant, volunteer. For one duo, the coordinator of its case is shown as well. The "
        "interviewer's words inside a segment are left out and replaced by […] (a segment lying "
        "only in interviewer turns is shown whole when those are counted).",
        "quotes_counts": "Per code in codebook order, per role; the interviewer's words inside "
        "a segment are left out and replaced by […], speaker labels too (without a mark); a "
        "segment without the respondent's words is left out. (…) at the start or end: the "
        "quote starts or ends in the middle of a sentence.",
        "unit_duo": "Unit: duo (a code counts in an account when the account has at least "
        "one segment of the code).",
        "interviewer_out": "Interviewer turns: a segment lying only in the interviewer's "
        "turns is not counted.",
        "interviewer_in": "Interviewer turns: counted.",
        "cells": "Export: text from the project is written as text, never as a formula; in "
        "CSV, text beginning with =, +, -, @, a tab or a carriage return gets a leading "
        "apostrophe ('), a number does not.",
        "coders": "Coders",
        "filters": "Filters",
        "roles": "role",
        "code_filter": "code",
        "with_subcodes": "with subcodes",
        "cases": "case",
        "duos": "duo",
        "coders_filter": "coder",
        "chosen_documents": "chosen documents",
        "none": "none",
        "all": "all",
        "nobody": "(no coder)",
        "documents": "Documents",
        "codes": "Codes",
        "date": "Date",
        "project": "Project",
    },
}


@dataclass(frozen=True, slots=True)
class Definition:
    """The full statement of what a result counts.

    `roles`, `cases`, `duos`, `coder_filter`, `chosen_documents` and `code_filter` (code
    paths; with `descendants` the codes below them count too) are the filters as asked
    (None: no filter); `coders`, `documents` and `codes` are what the selection turned out to
    hold (coders seen in the counted segments, document names, code paths in result order)."""

    kind: str
    project: str = ""
    created: datetime = field(default_factory=lambda: datetime.now().replace(microsecond=0))
    mode: str | None = None
    distance: int | None = None
    by: str | None = None
    descendants: bool = False
    percent: bool = False
    include_interviewer: bool = False
    roles: tuple[Role, ...] | None = None
    cases: tuple[str, ...] | None = None
    duos: tuple[str, ...] | None = None
    coder_filter: tuple[str, ...] | None = None
    chosen_documents: tuple[str, ...] | None = None
    code_filter: tuple[str, ...] | None = None
    coders: tuple[str | None, ...] = ()
    documents: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()

    @classmethod
    def of(
        cls,
        kind: str,
        selection: Selection,
        *,
        coders: Iterable[str | None],
        documents: Iterable[str],
        codes: Iterable[str],
        **fields: Any,
    ) -> Definition:
        """The definition of a result over `selection`; the coders seen are sorted by
        name, "no coder" last."""
        sel = selection
        return cls(
            kind=kind,
            include_interviewer=sel.include_interviewer,
            roles=None if sel.roles is None else report_roles((), sel.roles),
            cases=None if sel.cases is None else tuple(sorted(sel.cases)),
            duos=None if sel.duos is None else tuple(sorted(sel.duos)),
            coder_filter=None if sel.coders is None else tuple(sorted(sel.coders)),
            coders=tuple(sorted(coders, key=lambda c: (c is None, c or ""))),
            documents=tuple(documents),
            codes=tuple(codes),
            **fields,
        )

    def describe(self, language: str = "nl") -> list[str]:
        """Readable lines, in Dutch ("nl") or English (anything else)."""
        t = _TEXT.get(language, _TEXT["en"])
        lines = [t[self.kind].format(by=t.get(f"by_{self.by}", self.by or ""))]
        if self.kind == "duo_matrix":
            lines.append(t["unit_duo"])
        elif self.kind != "quotes":
            lines.append(t["unit"])
        if self.kind == "cooccurrence":
            lines.append(t[self.mode or "overlap"].format(d=self.distance or 0))
            lines += [t["cooc_counts"], t["cooc_c"], t["cooc_diagonal"]]
        elif self.kind == "matrix":
            lines.append(t["matrix_counts"])
            if self.percent:
                lines.append(t["percent"])
        else:
            lines.append(t[f"{self.kind}_counts"])
        if self.kind in ("matrix", "duo_comparison", "duo_matrix", "stakeholders", "quotes"):
            lines.append(t["descendants" if self.descendants else "no_descendants"])
        lines.append(t["interviewer_in" if self.include_interviewer else "interviewer_out"])
        codes = None
        if self.code_filter is not None:
            codes = list(self.code_filter)
            if self.descendants and codes:
                codes[-1] += f" ({t['with_subcodes']})"
        filters = [
            f"{t[key]} = {', '.join(values)}"
            for key, values in (
                ("code_filter", codes),
                ("roles", None if self.roles is None else [r.label(language) for r in self.roles]),
                ("cases", self.cases),
                ("duos", self.duos),
                ("coders_filter", self.coder_filter),
                ("chosen_documents", self.chosen_documents),
            )
            if values is not None
        ]
        lines.append(f"{t['filters']}: {'; '.join(filters) if filters else t['none']}")
        coders = [c if c is not None else t["nobody"] for c in self.coders]
        lines.append(f"{t['coders']}: {', '.join(coders) if coders else t['none']}")
        lines.append(f"{t['documents']} ({len(self.documents)}): {', '.join(self.documents)}")
        lines.append(f"{t['codes']} ({len(self.codes)}): {', '.join(self.codes)}")
        if self.kind != "quotes":  # the rule of duocoder.io.cells, for spreadsheets
            lines.append(t["cells"])
        lines.append(f"{t['date']}: {self.created.isoformat(sep=' ', timespec='minutes')}")
        if self.project:
            lines.append(f"{t['project']}: {self.project}")
        return lines

    def as_json(self) -> dict[str, Any]:
        """The definition for scripts; keys may be added, never renamed."""
        return {
            "kind": self.kind,
            "project": self.project,
            "created": self.created.isoformat(timespec="seconds"),
            "unit": "segment",
            "mode": self.mode,
            "distance": self.distance,
            "by": self.by,
            "descendants": self.descendants,
            "percent": self.percent,
            "include_interviewer": self.include_interviewer,
            "filters": {
                "roles": None if self.roles is None else [r.value for r in self.roles],
                "cases": _list(self.cases),
                "duos": _list(self.duos),
                "coders": _list(self.coder_filter),
                "documents": _list(self.chosen_documents),
                "codes": _list(self.code_filter),
            },
            "coders": list(self.coders),
            "documents": list(self.documents),
            "codes": list(self.codes),
            "text": self.describe("en"),
        }


def _list(values: tuple[str, ...] | None) -> list[str] | None:
    return None if values is None else list(values)
