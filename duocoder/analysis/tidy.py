"""Results as one long ("tidy") table: one row per observation, one column per variable.

This is the `.csv` export, made for R (`read.csv`, `readr::read_csv`), pandas (`read_csv`)
and any script: one header row, then data rows, nothing else; the definition of what was
counted goes to a text file beside it (`duocoder.io.tables.write_long_csv`). The `.xlsx`
export keeps the human layout (matrices, colours) of `duocoder.analysis.layout`.

Column names are English snake_case in every project language, and a role is its stored
value (`coordinator`, `participant`, `volunteer`, `other`; `all` where a table is not split
by role): a script written for one project then runs unchanged on a Dutch and an English
one, and no reader has to guess how to quote `coördinator` or `c-coëfficiënt` in code.
What the columns mean, in the project's language, stands in the definition file
(`columns`).

Tables:

- co-occurrence: `code_a, code_b, role, pairs, documents, c, n_a, n_b`, one row per pair of
  different codes (each pair once, `code_a` before `code_b` in codebook order, zeros
  included, so a pivot gives the whole matrix back). The diagonal is left out: a code with
  itself has no pairs; its segments are `n_a`/`n_b`.
- code matrix: `code, role|case|document, segments, documents` (and `segments_pct,
  documents_pct` when percentages were asked), one row per code and column.
- duo comparison: `case, duo, code, role, segments`, one row per duo, code and account.
- duo matrix: `code_participant, code_volunteer, duos`, one row per cell.
- stakeholders: `code, role, number, document, text`, one row per quote."""

from __future__ import annotations

from collections.abc import Sequence

from duocoder.analysis.cooccurrence import CooccurrenceResult, RoleCooccurrence
from duocoder.analysis.duos import DuoComparison, DuoMatrix
from duocoder.analysis.layout import Result
from duocoder.analysis.matrix import CodeMatrix
from duocoder.analysis.stakeholders import StakeholderComparison
from duocoder.domain.errors import ValidationError
from duocoder.domain.roles import Role

Cell = int | float | str | None
ALL_ROLES = "all"

_MEANING: dict[str, dict[str, str]] = {
    "nl": {
        "code_a": "codepad van code 1",
        "code_b": "codepad van code 2",
        "code": "codepad",
        "role": "rol (coordinator = coördinator, participant = deelnemer, volunteer = "
        "vrijwilliger, other = andere; all = alle rollen samen)",
        "case": "case (organisatie; leeg: geen case)",
        "document": "document",
        "duo": "duo",
        "pairs": "Paren (n12)",
        "documents": "Documenten",
        "c": "c-coëfficiënt",
        "n_a": "n1, fragmenten van code 1",
        "n_b": "n2, fragmenten van code 2",
        "segments": "Fragmenten",
        "segments_pct": "Fragmenten %",
        "documents_pct": "Documenten %",
        "code_participant": "code in het verhaal van de deelnemer",
        "code_volunteer": "code in het verhaal van de vrijwilliger",
        "duos": "aantal duo's",
        "number": "volgnummer van het citaat binnen de rol",
        "text": "het citaat",
        "title": "Kolommen",
        "pairs_only": "Eén rij per paar van twee verschillende codes, elk paar één keer (ook "
        "0); een code met zichzelf (de diagonaal van de tabel in .xlsx) staat er niet in, "
        "haar fragmenten staan in n_a en n_b.",
    },
    "en": {
        "code_a": "code path of code 1",
        "code_b": "code path of code 2",
        "code": "code path",
        "role": "role (coordinator, participant, volunteer, other; all = all roles together)",
        "case": "case (organisation; empty: no case)",
        "document": "document",
        "duo": "duo",
        "pairs": "Pairs (n12)",
        "documents": "Documents",
        "c": "c-coefficient",
        "n_a": "n1, segments of code 1",
        "n_b": "n2, segments of code 2",
        "segments": "Segments",
        "segments_pct": "Segments %",
        "documents_pct": "Documents %",
        "code_participant": "code in the participant's account",
        "code_volunteer": "code in the volunteer's account",
        "duos": "number of duos",
        "number": "number of the quote within the role",
        "text": "the quote",
        "title": "Columns",
        "pairs_only": "One row per pair of two different codes, each pair once (0 too); a "
        "code with itself (the diagonal of the .xlsx table) is not a row, its segments are "
        "n_a and n_b.",
    },
}


def long_table(result: Result) -> tuple[list[str], list[list[Cell]]]:
    """The header and rows of any analysis result as a long table."""
    if isinstance(result, CooccurrenceResult | RoleCooccurrence):
        return _cooccurrence(result)
    if isinstance(result, CodeMatrix):
        return _matrix(result)
    if isinstance(result, DuoComparison):
        header = ["case", "duo", "code", "role", "segments"]
        rows: list[list[Cell]] = []
        for duo in result.duos:
            for i, path in enumerate(result.paths):
                for role, counts in (
                    (Role.PARTICIPANT, duo.participant),
                    (Role.VOLUNTEER, duo.volunteer),
                ):
                    rows.append([duo.case or "", duo.duo, path, role.value, counts[i]])
        return header, rows
    if isinstance(result, DuoMatrix):
        rows = [
            [x, y, result.counts[i][j]]
            for i, x in enumerate(result.paths)
            for j, y in enumerate(result.paths)
        ]
        return ["code_participant", "code_volunteer", "duos"], rows
    if isinstance(result, StakeholderComparison):
        rows = [
            [result.code, role.value, n, segment.doc, text]
            for role, segments, texts in zip(
                result.roles, result.columns, result.texts, strict=True
            )
            for n, (segment, text) in enumerate(zip(segments, texts, strict=True), start=1)
        ]
        return ["code", "role", "number", "document", "text"], rows
    raise ValidationError("Only analysis results can be exported as a table.")


def column_notes(header: Sequence[str], language: str) -> list[str]:
    """One line per column: its name and what it holds, for the definition file."""
    meaning = _MEANING.get(language, _MEANING["en"])
    lines = [f"{meaning['title']}:"] + [f"  {name}: {meaning.get(name, name)}" for name in header]
    if "code_a" in header:
        lines.append(meaning["pairs_only"])
    return lines


def _cooccurrence(
    result: CooccurrenceResult | RoleCooccurrence,
) -> tuple[list[str], list[list[Cell]]]:
    parts: list[tuple[str, CooccurrenceResult]]
    if isinstance(result, RoleCooccurrence):
        parts = [(r.value, res) for r, res in zip(result.roles, result.results, strict=True)]
    else:
        parts = [(ALL_ROLES, result)]
    header = ["code_a", "code_b", "role", "pairs", "documents", "c", "n_a", "n_b"]
    rows: list[list[Cell]] = []
    for role, res in parts:
        k = len(res.paths)
        for i in range(k):
            for j in range(i + 1, k):
                rows.append(
                    [
                        res.paths[i],
                        res.paths[j],
                        role,
                        res.counts[i][j],
                        res.documents[i][j],
                        res.c[i][j],
                        res.segments[i],
                        res.segments[j],
                    ]
                )
    return header, rows


def _matrix(result: CodeMatrix) -> tuple[list[str], list[list[Cell]]]:
    by = result.definition.by or "role"
    percent = result.definition.percent
    header = ["code", by, "segments", "documents"]
    if percent:
        header += ["segments_pct", "documents_pct"]
    seg_pct, doc_pct = result.segments_percent(), result.documents_percent()
    rows: list[list[Cell]] = []
    for r, path in enumerate(result.paths):
        for c, (key, label) in enumerate(zip(result.keys, result.columns, strict=True)):
            column: Cell
            if isinstance(key, Role):
                column = key.value
            elif by == "case":
                column = key if isinstance(key, str) else ""
            else:
                column = label
            row: list[Cell] = [path, column, result.segments[r][c], result.documents[r][c]]
            if percent:
                row += [round(seg_pct[r][c], 2), round(doc_pct[r][c], 2)]
            rows.append(row)
    return header, rows
