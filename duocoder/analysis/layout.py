"""Results laid out as sheets, ready for a spreadsheet or CSV writer.

The writer (`duocoder.io.tables`) knows nothing of analyses and these sheets know nothing
of file formats: a sheet is row labels (code paths) and one or more blocks of columns side
by side (one block per role, per duo…), each a matrix of numbers. A block over the same
codes as its rows marks its `diagonal`, which the writer keeps out of the colour scale: a
code's own count would otherwise drown every co-occurrence in the same colour."""

from __future__ import annotations

from dataclasses import dataclass

from duocoder.analysis.cooccurrence import CooccurrenceResult, RoleCooccurrence
from duocoder.analysis.duos import DuoComparison, DuoMatrix
from duocoder.analysis.matrix import CodeMatrix
from duocoder.analysis.stakeholders import StakeholderComparison
from duocoder.domain.errors import ValidationError
from duocoder.domain.roles import Role

Cell = int | float | str | None
Result = (
    CooccurrenceResult
    | RoleCooccurrence
    | CodeMatrix
    | DuoComparison
    | DuoMatrix
    | StakeholderComparison
)

_WORDS = {
    "nl": {
        "pairs": "Paren",
        "documents": "Documenten",
        "c": "c-coëfficiënt",
        "segments": "Fragmenten",
        "segments_pct": "Fragmenten %",
        "documents_pct": "Documenten %",
        "code": "Codepad",
        "duos": "Duo's",
        "duo_matrix": "Duomatrix",
        "matrix_corner": "Deelnemer ↓ · vrijwilliger →",
        "definition": "Definitie",
        "stakeholders": "Perspectieven",
        "number": "Nr.",
    },
    "en": {
        "pairs": "Pairs",
        "documents": "Documents",
        "c": "c-coefficient",
        "segments": "Segments",
        "segments_pct": "Segments %",
        "documents_pct": "Documents %",
        "code": "Code path",
        "duos": "Duos",
        "duo_matrix": "Duo matrix",
        "matrix_corner": "Participant ↓ · volunteer →",
        "definition": "Definition",
        "stakeholders": "Perspectives",
        "number": "No.",
    },
}


@dataclass(frozen=True, slots=True)
class Block:
    """Columns side by side under an optional group label (a role, a duo)."""

    label: str | None
    columns: tuple[str, ...]
    values: tuple[tuple[Cell, ...], ...]
    diagonal: bool = False


@dataclass(frozen=True, slots=True)
class Sheet:
    name: str
    corner: str
    rows: tuple[str, ...]
    blocks: tuple[Block, ...]
    number_format: str = "0"
    scale: bool = True


def words(language: str) -> dict[str, str]:
    return _WORDS.get(language, _WORDS["en"])


def definition_title(language: str) -> str:
    return words(language)["definition"]


def sheets(result: Result, language: str = "nl") -> list[Sheet]:
    """The sheets of any analysis result, in the order a reader wants them."""
    w = words(language)
    if isinstance(result, CooccurrenceResult | RoleCooccurrence):
        return _cooccurrence(result, w, language)
    if isinstance(result, CodeMatrix):
        return _matrix(result, w)
    if isinstance(result, DuoComparison):
        blocks = tuple(
            Block(
                row.label,
                (Role.PARTICIPANT.label(language), Role.VOLUNTEER.label(language)),
                tuple(zip(row.participant, row.volunteer, strict=True)),
            )
            for row in result.duos
        )
        return [Sheet(w["duos"], w["code"], result.paths, blocks)]
    if isinstance(result, DuoMatrix):
        block = Block(None, result.paths, result.counts, diagonal=False)
        return [Sheet(w["duo_matrix"], w["matrix_corner"], result.paths, (block,))]
    if isinstance(result, StakeholderComparison):
        depth = max((len(c) for c in result.texts), default=0)
        values = tuple(
            tuple(col[i] if i < len(col) else None for col in result.texts) for i in range(depth)
        )
        labels = tuple(r.label(language) for r in result.roles)
        block = Block(result.code, labels, values)
        rows = tuple(str(i + 1) for i in range(depth))
        return [Sheet(w["stakeholders"], w["number"], rows, (block,), scale=False)]
    raise ValidationError("Only analysis results can be exported as a table.")


def _cooccurrence(
    result: CooccurrenceResult | RoleCooccurrence, w: dict[str, str], language: str
) -> list[Sheet]:
    parts: list[tuple[str | None, CooccurrenceResult]]
    if isinstance(result, RoleCooccurrence):
        parts = [
            (r.label(language), res) for r, res in zip(result.roles, result.results, strict=True)
        ]
    else:
        parts = [(None, result)]
    paths = parts[0][1].paths
    out = []
    for name, attr, fmt in (
        (w["pairs"], "counts", "0"),
        (w["documents"], "documents", "0"),
        (w["c"], "c", "0.000"),
    ):
        # one sheet per role: three 48-column matrices side by side print at a quarter of
        # their size, one per sheet at two thirds
        for label, res in parts:
            block = Block(None, res.paths, getattr(res, attr), diagonal=True)
            title = name if label is None else f"{name} {label}"
            out.append(Sheet(title, w["code"], paths, (block,), fmt))
    return out


def _matrix(result: CodeMatrix, w: dict[str, str]) -> list[Sheet]:
    out = [
        Sheet(
            w["segments"], w["code"], result.paths, (Block(None, result.columns, result.segments),)
        ),
        Sheet(
            w["documents"],
            w["code"],
            result.paths,
            (Block(None, result.columns, result.documents),),
        ),
    ]
    if result.definition.percent:
        for name, values in (
            (w["segments_pct"], result.segments_percent()),
            (w["documents_pct"], result.documents_percent()),
        ):
            out.append(
                Sheet(name, w["code"], result.paths, (Block(None, result.columns, values),), "0.0")
            )
    return out
