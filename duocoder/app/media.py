"""Recordings linked to documents, and where each turn lies in them.

The project keeps a recording's path and fingerprint, never the recording: recordings of
vulnerable people stay where the research data plan keeps them. A path beside the project
(in its folder or below) is kept relative, so the project and its recordings can move
together; a recording moved on its own is found again by fingerprint in a folder the
researcher names. A team project has no folder and each coder keeps the recordings in a
place of their own: the server keeps the fingerprint and the file name only, and each
computer keeps where it found the recording (`duocoder.app.local_recordings`), so one
coder's link or relink never moves another's. Sync marks set while listening are kept
apart from the text and its turns. Linking, relinking and marking are undoable steps like
every other change (a team project's relinking is this computer's alone, so not undone)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from duocoder.app.local_recordings import LocalRecordings
from duocoder.app.queries import documents as document_q
from duocoder.app.queries.codings import now
from duocoder.app.service import Service
from duocoder.domain.errors import NotFoundError, SourceError, ValidationError
from duocoder.domain.media_time import TimedTurn, clock, timed_turns, turn_at
from duocoder.io.recordings import Fingerprint, find_by_fingerprint, fingerprint
from duocoder.storage.models import Document, Recording, SyncMark

Status = Literal["found", "missing", "changed", "not_here"]
MAX_SECONDS = 7 * 24 * 3600  # no interview is longer than a week: a larger time is a typo


@dataclass(frozen=True, slots=True)
class RecordingInfo:
    """A document's linked recording: where the project expects it (`path`, absolute), as
    stored (`stored`), its fingerprint, and whether it is there (`found`), gone
    (`missing`) or replaced by a different file of the same name (`changed`); on a team
    project, `not_here` when this computer has not been shown the recording yet (`path` is
    then its file name only)."""

    document_id: int
    path: Path
    stored: str
    size: int
    head_hash: str
    status: Status

    @property
    def fingerprint(self) -> Fingerprint:
        return Fingerprint(self.size, self.head_hash)


class Media(Service):
    # -- the link ---------------------------------------------------------------------------
    def link_recording(self, ref: int | str, file: str | Path) -> RecordingInfo:
        """Link the recording `file` to the document (replacing an earlier link); one undo
        step. The file is read only for its fingerprint."""
        path = Path(file).expanduser().absolute()
        if path.suffix.lower() == ".duocoder":
            raise SourceError(str(path), "it is a project, not a recording")
        print_ = fingerprint(path)
        local = self._local()
        stored = path.name if local is not None else self._stored_path(path)

        def change(s: Session) -> int:
            doc_id = document_q.resolve(s, ref)
            row = s.get(Recording, doc_id)
            if row is None:
                row = Recording(document_id=doc_id)
                s.add(row)
            row.path, row.size, row.head_hash = stored, print_.size, print_.head_hash
            row.linked_at = now()
            return doc_id

        if local is not None:  # first, so the views told of the change find it here
            local.remember({print_: path})
        doc_id = self.project._run("Link recording", change)
        info = self.recording(doc_id)
        assert info is not None
        return info

    def unlink_recording(self, ref: int | str) -> None:
        """Forget the document's recording (the file itself is not touched) and its sync
        marks; one undo step."""

        def change(s: Session) -> None:
            doc_id = document_q.resolve(s, ref)
            if s.get(Recording, doc_id) is None:
                raise NotFoundError("This document has no recording linked.")
            s.execute(delete(Recording).where(Recording.document_id == doc_id))

        self.project._run("Unlink recording", change)

    def recording(self, ref: int | str) -> RecordingInfo | None:
        """The document's recording, or None when none is linked."""
        with self.project._read() as s:
            row = s.get(Recording, document_q.resolve(s, ref))
            return None if row is None else self._info(row)

    def recordings(self) -> list[RecordingInfo]:
        """Every linked recording, by document id."""
        with self.project._read() as s:
            rows = s.scalars(select(Recording).order_by(Recording.document_id))
            return [self._info(r) for r in rows]

    def relink_recordings(self, folder: str | Path) -> list[RecordingInfo]:
        """Find the recordings that are not where the project expects them in `folder` (and
        its subfolders) by fingerprint, and link each to where it was found; one undo step
        (on a team project, only this computer's places change, and nothing is undone).
        Returns the recordings found; those still missing stay as they were."""
        root = Path(folder).expanduser().absolute()
        if not root.is_dir():
            raise SourceError(str(root), "it is not a folder")
        lost = [r for r in self.recordings() if r.status != "found"]
        if not lost:
            return []
        found = find_by_fingerprint(root, {r.fingerprint for r in lost})
        moves = {r.document_id: found[r.fingerprint] for r in lost if r.fingerprint in found}
        if not moves:
            return []
        local = self._local()
        if local is not None:  # this computer's places only: the team's project is unchanged
            local.remember(
                {r.fingerprint: found[r.fingerprint] for r in lost if r.fingerprint in found}
            )
            return [r for r in self.recordings() if r.document_id in moves]

        def change(s: Session) -> None:
            for doc_id, path in moves.items():
                row = s.get_one(Recording, doc_id)
                row.path = self._stored_path(path)
                row.linked_at = now()

        label = "Relink recording" if len(moves) == 1 else f"Relink {len(moves)} recordings"
        self.project._run(label, change)
        return [r for r in self.recordings() if r.document_id in moves]

    # -- sync marks and turn times ------------------------------------------------------------
    def set_sync_mark(self, ref: int | str, position: int, seconds: float) -> None:
        """The turn starting at `position` starts `seconds` into the recording (replacing an
        earlier mark of that turn); the text and its turns do not change. One undo step."""
        if not 0 <= seconds <= MAX_SECONDS:
            raise ValidationError(f"{seconds} is not a moment in a recording.")

        def change(s: Session) -> None:
            doc_id = self._turn_start(s, ref, position)
            row = s.get(SyncMark, (doc_id, position))
            if row is None:
                s.add(SyncMark(document_id=doc_id, position=position, millis=round(seconds * 1000)))
            else:
                row.millis = round(seconds * 1000)

        self.project._run(f"Sync turn to {clock(seconds)}", change)

    def remove_sync_mark(self, ref: int | str, position: int) -> None:
        def change(s: Session) -> None:
            doc_id = document_q.resolve(s, ref)
            if s.get(SyncMark, (doc_id, position)) is None:
                raise NotFoundError("This turn has no sync mark.")
            s.execute(
                delete(SyncMark).where(
                    SyncMark.document_id == doc_id, SyncMark.position == position
                )
            )

        self.project._run("Remove sync mark", change)

    def sync_marks(self, ref: int | str) -> dict[int, float]:
        """The document's sync marks: a turn's start → seconds into the recording."""
        with self.project._read() as s:
            doc_id = document_q.resolve(s, ref)
            rows = s.execute(
                select(SyncMark.position, SyncMark.millis).where(SyncMark.document_id == doc_id)
            )
            return {position: millis / 1000 for position, millis in rows}

    def timed_turns(self, ref: int | str, duration: float | None = None) -> list[TimedTurn]:
        """The document's turns with their place in the recording (`duration`, when the
        player knows it, places the turns after the last timestamp or mark)."""
        with self.project._read() as s:
            doc_id = document_q.resolve(s, ref)
            length = s.scalar(select(Document.length).where(Document.id == doc_id)) or 0
        return timed_turns(self.project.turns(doc_id), self.sync_marks(doc_id), length, duration)

    def turn_at(
        self, ref: int | str, seconds: float, duration: float | None = None
    ) -> TimedTurn | None:
        """The turn spoken `seconds` into the recording, or None before the first."""
        return turn_at(self.timed_turns(ref, duration), seconds)

    # -- helpers ------------------------------------------------------------------------------
    def _turn_start(self, s: Session, ref: int | str, position: int) -> int:
        from duocoder.storage.models import Turn as TurnRow

        doc_id = document_q.resolve(s, ref)
        starts = s.scalars(
            select(TurnRow.start).where(TurnRow.document_id == doc_id, TurnRow.start == position)
        ).first()
        if starts is None:
            raise ValidationError(f"No turn of this document starts at character {position}.")
        return doc_id

    def _folder(self) -> Path | None:
        path = self.project.path
        return None if path is None else path.absolute().parent

    def _stored_path(self, path: Path) -> str:
        """Relative with `/` when the recording lies in the project's folder or below it."""
        folder = self._folder()
        if folder is not None:
            try:
                relative = Path(os.path.realpath(path)).relative_to(os.path.realpath(folder))
            except ValueError:
                pass
            else:
                return PurePosixPath(*relative.parts).as_posix()
        return str(path)

    def _local(self) -> LocalRecordings | None:
        if not self.project.on_server:
            return None
        # the project, not the role: two coders' accounts on one laptop share its places
        return LocalRecordings(re.sub(r"//[^@/]*@", "//", self.project.address, count=1))

    def _info(self, row: Recording) -> RecordingInfo:
        stored = Path(row.path)
        folder = self._folder()
        path = stored if stored.is_absolute() or folder is None else folder / stored
        local = self._local()
        if local is not None:
            place = local.place(Fingerprint(row.size, row.head_hash))
            if place is None:
                return RecordingInfo(
                    row.document_id, stored, row.path, row.size, row.head_hash, "not_here"
                )
            path = place
        status: Status
        try:
            size = path.stat().st_size
        except OSError:
            status = "missing"
        else:
            status = "found" if size == row.size else "changed"
        return RecordingInfo(row.document_id, path, row.path, row.size, row.head_hash, status)
