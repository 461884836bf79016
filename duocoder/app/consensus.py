"""Consensus between coders: an agreed coder built from what everyone coded alike, and the
review's "accept this version" for one passage at a time.

A team that double-codes interviews settles its differences into one coder of its own (by
default "Consensus"), so the analyses can count the agreed codings next to, or instead of,
each coder's own. `build_consensus` gives that coder every coding on which all the chosen
coders agree exactly (same document, span and code); `accept_version` then settles one
unit of disagreement by taking one coder's version of it (or none). Both only add and remove
ordinary codings of the consensus coder, each call one undo step, so nothing here needs a
table of its own and every copy gets its own coding GUID like any coding."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from duocoder.app.queries import codings as coding_q
from duocoder.app.queries import documents as document_q
from duocoder.app.service import Service
from duocoder.domain import limits
from duocoder.domain.errors import NotFoundError, ValidationError
from duocoder.storage.models import Coder, Coding, Document

CONSENSUS = "Consensus"

Key = tuple[int, int, int, int]  # document, start, end, code


@dataclass(frozen=True, slots=True)
class ConsensusReport:
    """What `build_consensus` did: the agreed codings it copied to the consensus coder
    `name`, and those the consensus coder already had."""

    name: str
    coders: tuple[str, ...]
    codings_copied: int
    already_there: int

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "coders": list(self.coders),
            "codings_copied": self.codings_copied,
            "already_there": self.already_there,
        }


@dataclass(frozen=True, slots=True)
class AcceptItem:
    """One unit of the review to settle: a span of a document, one code, and whose version
    to accept (`source`; None for "this code does not belong here")."""

    document_id: int
    start: int
    end: int
    code: int | str
    source: str | None


@dataclass(frozen=True, slots=True)
class AcceptReport:
    """What `accept_version(s)` did to the consensus coder `consensus`: how many of its
    codings it removed and how many it copied from the accepted versions, over `units`."""

    consensus: str
    units: int
    removed: int
    copied: int


class Consensus(Service):
    def build_consensus(
        self,
        coders: Sequence[str],
        *,
        name: str = CONSENSUS,
        codes: Iterable[int | str] | None = None,
        documents: Iterable[int | str] | None = None,
    ) -> ConsensusReport:
        """Give the coder `name` (made if missing) a copy of every coding on which all of
        `coders` agree exactly: the same document, start, end and code. Codings it already
        has are counted, not repeated. `codes` and `documents` narrow what is compared.
        A copy keeps the coders' memos (each different memo once). One undo step."""
        chosen = _distinct(coders)
        name = " ".join(name.split())
        if len(chosen) < 2:
            raise ValidationError("A consensus needs at least two different coders.")
        if not name:
            raise ValidationError("The consensus coder needs a name.")
        if name.casefold() in {c.casefold() for c in chosen}:
            raise ValidationError(
                f"The consensus coder '{name}' cannot be one of the coders compared."
            )
        code_refs = None if codes is None else list(codes)
        doc_refs = None if documents is None else list(documents)

        def change(s: Session) -> ConsensusReport:
            ids = [_existing_coder(s, c) for c in chosen]
            code_ids = (
                None if code_refs is None else {coding_q.code_for(s, c, False) for c in code_refs}
            )
            doc_ids = None if doc_refs is None else {document_q.resolve(s, d) for d in doc_refs}
            per_coder = [_codings_of(s, cid, code_ids, doc_ids) for cid in ids]
            agreed = set(per_coder[0]).intersection(*per_coder[1:])
            target = coding_q.coder_id(s, name)
            assert target is not None
            have = set(_codings_of(s, target, code_ids, doc_ids))
            copied = 0
            for key in sorted(agreed - have):
                versions = [rows[key] for rows in per_coder]
                _copy(s, key, target, versions)
                copied += 1
            return ConsensusReport(name, tuple(chosen), copied, len(agreed & have))

        return self.project._run(f"Build consensus '{name}'", change)

    def accept_version(
        self,
        document_id: int,
        start: int,
        end: int,
        code: int | str,
        source: str | None,
        *,
        consensus: str = CONSENSUS,
    ) -> AcceptReport:
        """Settle one unit: the consensus coder's codings with `code` that overlap
        `start..end` are removed, and `source`'s codings with `code` that overlap it are
        copied to the consensus coder whole (span and memo as they are). `source` None means
        "no such code here": only the removal. The consensus coder is made if missing.
        One undo step."""
        return self.accept_versions(
            [AcceptItem(document_id, start, end, code, source)], consensus=consensus
        )

    def accept_versions(
        self,
        items: Sequence[AcceptItem | tuple[int, int, int, int | str, str | None]],
        *,
        consensus: str = CONSENSUS,
    ) -> AcceptReport:
        """`accept_version` for several units at once (a selection in the review), in the
        order given, as one undo step; all of them or, if one is refused, none."""
        units = [i if isinstance(i, AcceptItem) else AcceptItem(*i) for i in items]
        consensus = " ".join(consensus.split())
        if not consensus:
            raise ValidationError("The consensus coder needs a name.")
        for unit in units:
            if unit.source is not None and unit.source.casefold() == consensus.casefold():
                raise ValidationError(
                    f"'{consensus}' is the consensus coder; accept another coder's version."
                )

        def change(s: Session) -> AcceptReport:
            target = coding_q.coder_id(s, consensus)
            assert target is not None
            removed = copied = 0
            for unit in units:
                if s.get(Document, unit.document_id) is None:
                    raise NotFoundError(f"There is no document with id {unit.document_id}.")
                coding_q.check_span(s, unit.document_id, unit.start, unit.end)
                code_id = coding_q.code_for(s, unit.code, False)
                mine = _touching(s, unit, code_id, target)
                if mine:
                    s.execute(delete(Coding).where(Coding.id.in_([c.id for c in mine])))
                    removed += len(mine)
                if unit.source is None:
                    continue
                theirs = _touching(s, unit, code_id, _existing_coder(s, unit.source))
                done: set[tuple[int, int]] = set()
                for row in theirs:
                    if (row.start, row.end) in done:
                        continue  # a repeated coding of an older version is copied once
                    done.add((row.start, row.end))
                    key = (row.document_id, row.start, row.end, row.code_id)
                    _copy(s, key, target, [row])
                    copied += 1
            return AcceptReport(consensus, len(units), removed, copied)

        label = "Accept version" if len(units) == 1 else f"Accept {len(units)} versions"
        return self.project._run(label, change)


# -- helpers ---------------------------------------------------------------------------------


def _distinct(names: Iterable[str]) -> list[str]:
    """The coder names given, tidied and each once, in the order given."""
    seen: dict[str, str] = {}
    for raw in names:
        name = " ".join(raw.split())
        if name:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())


def _existing_coder(s: Session, name: str) -> int:
    cid = s.scalar(select(Coder.id).where(Coder.name == " ".join(name.split())))
    if cid is None:
        known = ", ".join(s.scalars(select(Coder.name).order_by(Coder.name))) or "none"
        raise NotFoundError(f"There is no coder '{name}' in this project (coders: {known}).")
    return cid


def _codings_of(
    s: Session, coder: int, code_ids: set[int] | None, doc_ids: set[int] | None
) -> dict[Key, Coding]:
    """A coder's codings by (document, start, end, code), the oldest of any repeats."""
    q = select(Coding).where(Coding.coder_id == coder).order_by(Coding.id.desc())
    if code_ids is not None:
        q = q.where(Coding.code_id.in_(code_ids))
    if doc_ids is not None:
        q = q.where(Coding.document_id.in_(doc_ids))
    return {(c.document_id, c.start, c.end, c.code_id): c for c in s.scalars(q)}


def _touching(s: Session, unit: AcceptItem, code_id: int, coder: int) -> list[Coding]:
    """A coder's codings with `code_id` that share at least one character with the unit."""
    q = select(Coding).where(
        Coding.document_id == unit.document_id,
        Coding.code_id == code_id,
        Coding.coder_id == coder,
        Coding.start < unit.end,
        Coding.end > unit.start,
    )
    return list(s.scalars(q.order_by(Coding.start, Coding.end, Coding.id)))


def _copy(s: Session, key: Key, coder: int, versions: Sequence[Coding]) -> None:
    """A new coding of `coder` at `key`, with the versions' memos (each different one
    once) and marked automatic only if every version was."""
    memos: list[str] = []
    for row in versions:
        if row.memo and row.memo not in memos:
            memos.append(row.memo)
    memo = "\n\n".join(memos)
    if len(memo) > limits.MEMO:  # joined notes too long for one memo: the first coder's
        memo = memos[0]
    doc, start, end, code = key
    s.add(
        Coding(
            document_id=doc,
            code_id=code,
            start=start,
            end=end,
            coder_id=coder,
            memo=memo or None,
            created_at=coding_q.now(),
            auto=all(row.auto for row in versions),
        )
    )
    s.flush()
