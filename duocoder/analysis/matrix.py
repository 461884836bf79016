"""Code × role, code × case and code × document matrices.

Each cell holds two counts: the number of segments of the code in the column, and the
number of documents in the column that carry the code at least once. With `descendants`, a
code's row also counts the segments of every code below it (a segment of a sub-code is a
segment of its theme), so a theme's row answers "how often does this theme come up".

Percentages are of the column: segments as a share of all selected segments in the column
(each segment once, whatever the aggregation, so aggregated rows may add up to more than
100), documents as a share of all selected documents in the column, including those
without any coding, so "60%" reads as "in 6 of the 10 participant interviews"."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from duocoder.analysis.data import CodedTuple, DocLike, code_and_doc, report_roles
from duocoder.analysis.definition import Definition
from duocoder.domain.errors import ValidationError
from duocoder.domain.roles import Role

BY = ("role", "case", "document")
NO_CASE = {"nl": "(geen case)", "en": "(no case)"}


@dataclass(frozen=True, slots=True)
class CodeMatrix:
    """Rows are codes (`codes` ids, `paths`), columns are roles, cases or documents
    (`keys`: Role values, case names with None for "no case", document ids)."""

    definition: Definition
    codes: tuple[int, ...]
    paths: tuple[str, ...]
    keys: tuple[Hashable, ...]
    columns: tuple[str, ...]
    segments: tuple[tuple[int, ...], ...]
    documents: tuple[tuple[int, ...], ...]
    segment_totals: tuple[int, ...]
    document_totals: tuple[int, ...]

    def segments_percent(self) -> tuple[tuple[float, ...], ...]:
        return _percent(self.segments, self.segment_totals)

    def documents_percent(self) -> tuple[tuple[float, ...], ...]:
        return _percent(self.documents, self.document_totals)

    def as_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "codes": list(self.paths),
            "columns": list(self.columns),
            "keys": [k.value if isinstance(k, Role) else k for k in self.keys],
            "segments": [list(r) for r in self.segments],
            "documents": [list(r) for r in self.documents],
            "column_totals": {
                "segments": list(self.segment_totals),
                "documents": list(self.document_totals),
            },
            "definition": self.definition.as_json(),
        }
        if self.definition.percent:
            out["segments_percent"] = [[round(v, 2) for v in r] for r in self.segments_percent()]
            out["documents_percent"] = [[round(v, 2) for v in r] for r in self.documents_percent()]
        return out


def _percent(
    cells: tuple[tuple[int, ...], ...], totals: tuple[int, ...]
) -> tuple[tuple[float, ...], ...]:
    return tuple(
        tuple(100.0 * v / t if t else 0.0 for v, t in zip(row, totals, strict=True))
        for row in cells
    )


def row_contributions(
    codes: Sequence[int], subtree: Mapping[int, Sequence[int]] | None
) -> dict[int, list[int]]:
    """For each code id, the rows its segments count in: its own row, and with `subtree`
    (code id → ids of the code and all below it) the row of every listed ancestor."""
    out: dict[int, list[int]] = {}
    for r, code in enumerate(codes):
        for member in subtree.get(code, (code,)) if subtree is not None else (code,):
            out.setdefault(member, []).append(r)
    return out


def columns_for(
    by: str, docs: Sequence[DocLike], language: str, roles: Sequence[Role] | None = None
) -> tuple[list[Hashable], list[str], dict[int, int]]:
    """Column keys, labels and the column of each document, for `by`."""
    if by not in BY:
        raise ValidationError(f"A matrix is by {', '.join(BY)}, not '{by}'.")
    keys: list[Hashable]
    if by == "role":
        roles = report_roles((d.role for d in docs), roles)
        keys, labels = list(roles), [r.label(language) for r in roles]
        index = {k: i for i, k in enumerate(keys)}
        return keys, labels, {d.id: index[d.role] for d in docs}
    if by == "case":
        keys = list(dict.fromkeys(d.case for d in docs))
        none = NO_CASE.get(language, NO_CASE["en"])
        labels = [k if isinstance(k, str) else none for k in keys]
        index = {k: i for i, k in enumerate(keys)}
        return keys, labels, {d.id: index[d.case] for d in docs}
    keys = [d.id for d in docs]
    return keys, [d.name for d in docs], {d.id: i for i, d in enumerate(docs)}


def code_matrix(
    segments: Sequence[CodedTuple],
    docs: Sequence[DocLike],
    codes: Sequence[int],
    paths: Sequence[str],
    definition: Definition,
    *,
    subtree: Mapping[int, Sequence[int]] | None = None,
    language: str = "nl",
) -> CodeMatrix:
    """Count selected segments per code and column; `docs` are the selected documents, in
    column order. Pass `subtree` to aggregate descendants (see `row_contributions`)."""
    by = definition.by or "role"
    keys, labels, column = columns_for(by, docs, language, definition.roles)
    width = len(keys)
    contributes = row_contributions(codes, subtree)
    per_code_doc = Counter(map(code_and_doc, segments))  # (code, doc) → segments
    for key in [key for key in per_code_doc if key[1] not in column]:
        del per_code_doc[key]
    seg = [[0] * width for _ in codes]
    docs_in = [[0] * width for _ in codes]
    seg_totals = [0] * width
    counted: set[tuple[int, int]] = set()  # (row, doc): a document counts once per row
    for (code, doc), n in per_code_doc.items():
        col = column[doc]
        seg_totals[col] += n
        for r in contributes.get(code, ()):
            seg[r][col] += n
            if subtree is None or (r, doc) not in counted:
                docs_in[r][col] += 1
                if subtree is not None:
                    counted.add((r, doc))
    doc_totals = [0] * width
    for d in docs:
        doc_totals[column[d.id]] += 1
    return CodeMatrix(
        definition=definition,
        codes=tuple(codes),
        paths=tuple(paths),
        keys=tuple(keys),
        columns=tuple(labels),
        segments=tuple(map(tuple, seg)),
        documents=tuple(map(tuple, docs_in)),
        segment_totals=tuple(seg_totals),
        document_totals=tuple(doc_totals),
    )
