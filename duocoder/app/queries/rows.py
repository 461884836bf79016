"""Reading rows fast: the driver's own tuples, skipping SQLAlchemy's per-row processing,
for the analyses and the agreement, which read tens of thousands of codings at a time."""

from __future__ import annotations

from typing import TypeVarTuple, cast

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from duocoder.storage.models import Paragraph

Ts = TypeVarTuple("Ts")


def paragraphs(s: Session, ids: list[int]) -> dict[int, list[tuple[int, int]]]:
    q = select(Paragraph.document_id, Paragraph.start, Paragraph.end)
    out: dict[int, list[tuple[int, int]]] = {}
    for doc, a, b in plain_rows(s, q.where(Paragraph.document_id.in_(ids))):
        out.setdefault(doc, []).append((a, b))
    for spans in out.values():
        spans.sort()
    return out


def plain_rows(s: Session, q: Select[*Ts]) -> list[tuple[*Ts]]:
    """The rows of a select of integer and text columns as the driver's own tuples: SQLite
    returns those as Python values already, and skipping SQLAlchemy's per-row processing
    halves the cost of loading 100,000 codings. (A boolean column comes back as 0 or 1.)"""
    result = s.connection().execute(q)
    try:
        cursor = result.cursor
        assert cursor is not None  # a SELECT's result always has its cursor
        # the DB-API types its rows as Any; sqlite3 returns a list of plain tuples
        return cast("list[tuple[*Ts]]", cursor.fetchall())
    finally:
        result.close()
