"""Keeping the shown transcript in step with the core after a change, cheaply.

Reading every coding of a long interview again costs more than the 50 ms a researcher
tolerates after applying a code (the core cuts each passage's text out of the document).
So after a change that leaves the codebook's names and colours alone, only the codings of
the codes involved are read again: the codes of the changed codings the view already shows,
plus the codes whose counts moved (a new coding, a coding recoded to another code). The
document's coding count from the core is the check: if it disagrees, everything is read."""

from __future__ import annotations

from duocoder.app.changes import Changes
from duocoder.domain.errors import DuoCoderError
from duocoder.domain.records import CodeInfo, Segment
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.transcript.view import TranscriptView

MAX_INCREMENTAL = 200  # more changed codings than this (a merge, an auto-coding): read all


class TranscriptSync:
    def __init__(self, view: TranscriptView) -> None:
        self.view = view
        self._codes: dict[int, tuple[str, str, int]] = {}  # id -> path, colour, own count

    def remember(self, codes: list[CodeInfo]) -> dict[int, str]:
        """Note the codebook the shown highlights were made with; returns its colours."""
        self._codes = {c.id: (c.path, c.color, c.own_count) for c in codes}
        return {c.id: c.color for c in codes}

    def refresh(self, controller: ProjectController, changes: Changes) -> None:
        """Bring the view's codings up to date after `changes` (codings or codes touched)."""
        doc_id = self.view.doc_id
        if doc_id is None:
            return
        project = controller.project
        before = self._codes
        codes = controller.codes()
        colors = self.remember(codes)
        segments = self._changed_segments(controller, changes, before, codes, doc_id)
        if segments is None:
            segments = project.segments(documents=[doc_id])
        self.view.set_codings(segments, colors, incremental=True)

    def _changed_segments(
        self,
        controller: ProjectController,
        changes: Changes,
        before: dict[int, tuple[str, str, int]],
        codes: list[CodeInfo],
        doc_id: int,
    ) -> list[Segment] | None:
        """The document's codings, re-reading only the affected codes; None when that
        cannot be trusted and everything must be read."""
        if changes.everything:
            return None
        changed = changes.codings
        now = {c.id: (c.path, c.color, c.own_count) for c in codes}
        if len(changed) > MAX_INCREMENTAL or any(
            cid not in now or now[cid][:2] != old[:2] for cid, old in before.items()
        ):
            return None  # a code renamed, recoloured, moved, merged or deleted
        shown = {s.id: s for s in self.view.all_segments}  # hidden coders' codings too
        affected = {shown[i].code_id for i in changed if i in shown}
        affected |= {cid for cid, new in now.items() if cid not in before or before[cid] != new}
        kept = [s for s in self.view.all_segments if s.code_id not in affected]
        try:
            fresh = (
                controller.project.segments(sorted(affected), documents=[doc_id])
                if affected
                else []
            )
        except DuoCoderError:
            return None
        info = next((d for d in controller.documents() if d.id == doc_id), None)
        if info is None or info.codings != len(kept) + len(fresh):
            return None
        return kept + fresh
