"""Coders: who coded what, in which colour, and who last changed a coding.

Each researcher codes under a name (the window keeps it in the user's settings, the command
line takes `--coder`); every coding and memo is written with the session's coder
(`Project.coder`) unless a coder is named. A coder's colour marks their codings beside the
code's colour (a bracket's cap in the margin, a dot in lists), so it comes from a palette of
darker, saturated colours, never the pale highlight colours codes get. A coder who never
chose one gets a colour derived from their name, the same on every machine."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from duocoder.app.queries import codes as code_q
from duocoder.app.queries import codings as coding_q
from duocoder.app.service import Service
from duocoder.domain import limits
from duocoder.domain.errors import ValidationError
from duocoder.domain.limits import check_length
from duocoder.domain.records import CoderInfo
from duocoder.storage.models import Coder, CoderColor, Coding, CodingChange
from duocoder.storage.statements import insert_ignoring_duplicates

# Saturated, darker colours: readable as a thin mark beside a pale code highlight, and
# distinct from `duocoder.app.queries.codes.PALETTE`.
CODER_PALETTE = (
    "#1d4ed8",
    "#b91c1c",
    "#047857",
    "#7c3aed",
    "#c2410c",
    "#0e7490",
    "#be185d",
    "#4d7c0f",
    "#92400e",
    "#334155",
)


def clean_coder_name(name: str) -> str:
    """A coder name as stored: blanks trimmed and collapsed, not empty, not too long."""
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ValidationError("A coder needs a name.")
    return check_length("A coder name", cleaned, limits.NAME)


def default_coder_color(name: str) -> str:
    """The colour of a coder who chose none: derived from the name alone, so every machine
    and every project shows the same coder in the same colour."""
    digest = hashlib.sha1(" ".join(name.split()).casefold().encode("utf-8")).digest()
    return CODER_PALETTE[int.from_bytes(digest[:4], "big") % len(CODER_PALETTE)]


def distinct_colors(coders: list[tuple[str, str | None]]) -> list[str]:
    """The colour each coder is shown in: their chosen one, or else their name's colour
    (`default_coder_color`) moved on along the palette past colours other coders of the
    project already show, while the palette has one left; three coders who chose none
    should never look alike. Depends only on the project's coders, so every machine
    shows a project's coders alike."""
    taken = {color.casefold() for _, color in coders if color}
    shown: list[str] = []
    for name, color in coders:
        if color:
            shown.append(color)
            continue
        first = CODER_PALETTE.index(default_coder_color(name))
        size = len(CODER_PALETTE)
        candidates = [CODER_PALETTE[(first + i) % size] for i in range(size)]
        pick = next((c for c in candidates if c.casefold() not in taken), candidates[0])
        taken.add(pick.casefold())
        shown.append(pick)
    return shown


def note_change(s: Session, coding_id: int, coder: str | None) -> None:
    """Record that a coding changed now, by `coder` (the session's coder), in the same
    transaction as the change itself, so undo takes the record back with it."""
    by = coding_q.coder_id(s, coder)
    row = s.get(CodingChange, coding_id)
    if row is None:
        s.add(CodingChange(coding_id=coding_id, changed_at=coding_q.now(), changed_by=by))
    else:
        row.changed_at, row.changed_by = coding_q.now(), by


def colour_session_coder(s: Session, coder: str | None, color: str | None) -> None:
    """Give the session's coder their chosen colour in this project if they have none yet,
    in the transaction that first writes a coding or memo of theirs (so their first coding is
    drawn in their own colour, and undoing it takes the colour row back with it)."""
    if not coder or not color:
        return
    cid = s.scalar(select(Coder.id).where(Coder.name == " ".join(coder.split())))
    if cid is not None and s.get(CoderColor, cid) is None:
        # the same coder's second window may give it at this moment too: one colour is kept
        s.execute(
            insert_ignoring_duplicates(s, CoderColor).values(
                coder_id=cid, color=code_q.normalise_color(color)
            )
        )


class Coders(Service):
    def coders(self) -> list[CoderInfo]:
        """The project's coders by name, with their colour (chosen or derived) and how many
        codings each made."""
        with self.project._read() as s:
            counts: dict[int | None, int] = {
                cid: n
                for cid, n in s.execute(
                    select(Coding.coder_id, func.count()).group_by(Coding.coder_id)
                )
            }
            rows = s.execute(
                select(Coder, CoderColor.color)
                .outerjoin(CoderColor, CoderColor.coder_id == Coder.id)
                .order_by(Coder.name)
            )
            coders = list(rows)
            colors = distinct_colors([(c.name, color) for c, color in coders])
            return [
                CoderInfo(c.id, c.name, c.guid, shown, counts.get(c.id, 0))
                for (c, _), shown in zip(coders, colors, strict=True)
            ]

    def add_coder(self, name: str) -> CoderInfo:
        """Add a coder (without a chosen colour); an existing coder is returned as it is."""
        cleaned = clean_coder_name(name)
        cid = self.project._run("Add coder", lambda s: coding_q.coder_id(s, cleaned))
        return next(c for c in self.coders() if c.id == cid)

    def set_coder(
        self, name: str, color: str | None = None, *, keep_color: bool = False
    ) -> CoderInfo:
        """Create the coder `name` or give them `color` (#RRGGBB), in one undo step. With
        `keep_color`, a colour the coder already has in this project is left alone (the
        window writes the user's colour into a project they open, without overruling one
        chosen there). Nothing changed, no undo step."""
        cleaned = clean_coder_name(name)
        wanted = None if color is None else code_q.normalise_color(color)

        def change(s: Session) -> int:
            cid = coding_q.coder_id(s, cleaned)
            assert cid is not None
            if wanted is not None:
                row = s.get(CoderColor, cid)
                if row is None:
                    s.add(CoderColor(coder_id=cid, color=wanted))
                elif not keep_color and row.color != wanted:
                    row.color = wanted
            return cid

        cid = self.project._run("Set coder", change)
        return next(c for c in self.coders() if c.id == cid)

    def coding_changes(
        self, coding_ids: list[int] | None = None
    ) -> dict[int, tuple[datetime, str | None]]:
        """When each changed coding was last changed and by whom (None: a coder since
        removed); codings never changed since they were made are absent."""
        with self.project._read() as s:
            q = select(CodingChange.coding_id, CodingChange.changed_at, Coder.name).outerjoin(
                Coder, Coder.id == CodingChange.changed_by
            )
            if coding_ids is not None:
                q = q.where(CodingChange.coding_id.in_(coding_ids))
            return {cid: (at, by) for cid, at, by in s.execute(q)}
