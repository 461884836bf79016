"""`duocoder media link|unlink|relink|list|at|sync`: a document's recording from the command
line, and where its turns lie in it.

`media at PROJECT DOC SECONDS --json` prints the turn spoken at that moment as
`{"start", "end", "speaker", "timestamp", "approximate"}` (`timestamp` is the turn's start
in the recording, `HH:MM:SS` with `.mmm` when not whole; `null` JSON when no turn has
started yet). Nothing here plays sound: the player is the window's."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duocoder.app.media import RecordingInfo
    from duocoder.domain.media_time import TimedTurn

JSON = "print the result as JSON for scripts (keys in English, stable across versions)"
PROJECT = "the project file (.duocoder) or a team project's postgresql://user@host/db address"
SECONDS = "a moment in the recording: seconds (12.5) or a time (00:00:12.500, 01:02)"


def add_media_parsers(sub: Any) -> None:
    m = sub.add_parser(
        "media",
        help="link a document to its recording; which turn is spoken when",
        description="The project keeps where a recording is and its fingerprint, never the "
        "recording itself.",
    )
    ms = m.add_subparsers(dest="media_command", metavar="ACTION", required=True)
    link = ms.add_parser("link", help="link a recording (audio or video file) to a document")
    link.add_argument("project", help=PROJECT)
    link.add_argument("doc", help="document name or id")
    link.add_argument("file", help="the recording")
    unlink = ms.add_parser("unlink", help="forget a document's recording (the file stays)")
    unlink.add_argument("project", help=PROJECT)
    unlink.add_argument("doc", help="document name or id")
    relink = ms.add_parser(
        "relink", help="find moved recordings again by their fingerprint in a folder"
    )
    relink.add_argument("project", help=PROJECT)
    relink.add_argument("folder", help="the folder to search (with its subfolders)")
    listing = ms.add_parser("list", help="the linked recordings and whether each is found")
    listing.add_argument("project", help=PROJECT)
    at = ms.add_parser("at", help="the turn spoken at a moment of the recording")
    at.add_argument("project", help=PROJECT)
    at.add_argument("doc", help="document name or id")
    at.add_argument("seconds", help=SECONDS)
    sync = ms.add_parser(
        "sync",
        help="set when a turn starts in the recording (a sync mark; the text does not change)",
    )
    sync.add_argument("project", help=PROJECT)
    sync.add_argument("doc", help="document name or id")
    sync.add_argument("position", type=int, help="the turn's start (see 'turns --json')")
    sync.add_argument("seconds", nargs="?", help=SECONDS)
    sync.add_argument("--remove", action="store_true", help="remove the turn's sync mark")
    for p in (link, unlink, relink, listing, at, sync):
        p.add_argument("--json", action="store_true", help=JSON)
        if p in (link, unlink, relink, sync):
            p.add_argument("--coder", help="whose undo history the change goes on")
        p.set_defaults(run=cmd_media)


def parse_seconds(raw: str) -> float:
    from duocoder.domain.errors import ValidationError
    from duocoder.domain.media_time import stamp_seconds

    try:
        value = float(raw)
    except ValueError:
        found = stamp_seconds(raw)
        if found is None:
            raise ValidationError(f"'{raw}' is not a moment in a recording.") from None
        return found
    if not 0 <= value < float("inf"):
        raise ValidationError(f"'{raw}' is not a moment in a recording.")
    return value


def exact_seconds(timed: Sequence[TimedTurn]) -> list[tuple[float | None, float | None]]:
    """Each turn's (seconds, end_seconds) as `turns --json` gives them: only what a
    timestamp or a sync mark tells, never an interpolation."""
    out = []
    for i, t in enumerate(timed):
        seconds = None if t.approximate else t.seconds
        following = timed[i + 1] if i + 1 < len(timed) else None
        exact_end = following is not None and not following.approximate
        end = t.end_seconds if seconds is not None and exact_end else None
        out.append((seconds, end))
    return out


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _recording_json(info: RecordingInfo) -> dict[str, Any]:
    return {
        "document_id": info.document_id,
        "path": str(info.path),
        "stored": info.stored,
        "size": info.size,
        "status": info.status,
    }


def cmd_media(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _open
    from duocoder.cli.messages import n, t
    from duocoder.domain.errors import ValidationError
    from duocoder.domain.media_time import clock

    action = args.media_command
    with _open(args.project, remark=False) as project:
        project.coder = getattr(args, "coder", None) or None
        if action == "link":
            info = project.link_recording(args.doc, args.file)
            if args.json:
                _print_json(_recording_json(info))
            else:
                print(t("media_linked", file=info.path, doc=args.doc, stored=info.stored))
        elif action == "unlink":
            project.unlink_recording(args.doc)
            if args.json:
                _print_json({"unlinked": args.doc})
            else:
                print(t("media_unlinked", doc=args.doc))
        elif action == "relink":
            found = project.relink_recordings(args.folder)
            missing = [r for r in project.recordings() if r.status != "found"]
            if args.json:
                _print_json(
                    {
                        "relinked": [_recording_json(r) for r in found],
                        "missing": [_recording_json(r) for r in missing],
                    }
                )
            else:
                names = {d.id: d.name for d in project.documents()}
                for r in found:
                    print(t("media_relinked_one", doc=names[r.document_id], file=r.path))
                print(
                    t(
                        "media_relinked",
                        found=n(len(found), "recording"),
                        missing=n(len(missing), "recording"),
                    )
                )
        elif action == "list":
            recordings = project.recordings()
            if args.json:
                _print_json([_recording_json(r) for r in recordings])
            else:
                names = {d.id: d.name for d in project.documents()}
                for r in recordings:
                    status = t("media_status_" + r.status)
                    print(f"{names[r.document_id]}: {r.path} ({status})")
        elif action == "at":
            turn = project.turn_at(args.doc, parse_seconds(args.seconds))
            if turn is None:
                if args.json:
                    _print_json(None)
                else:
                    print(t("media_no_turn_yet"))
                return 0
            stamp = clock(turn.seconds or 0.0)
            if args.json:
                _print_json(
                    {
                        "start": turn.turn.start,
                        "end": turn.turn.end,
                        "speaker": turn.turn.speaker,
                        "timestamp": stamp,
                        "approximate": turn.approximate,
                    }
                )
            else:
                text = project.text(args.doc)[turn.turn.start : turn.turn.end]
                about = t("media_about") if turn.approximate else ""
                words = text.replace("\n", " ")
                more = "…" if len(words) > 70 else ""
                print(f"[{about}{stamp}] {turn.turn.speaker}: {words[:70]}{more}")
        elif action == "sync":
            if args.remove:
                project.remove_sync_mark(args.doc, args.position)
            elif args.seconds is None:
                raise ValidationError("Give the turn's moment in the recording, or --remove.")
            else:
                project.set_sync_mark(args.doc, args.position, parse_seconds(args.seconds))
            if args.json:
                marks = project.sync_marks(args.doc)
                _print_json({str(k): v for k, v in sorted(marks.items())})
            else:
                print(t("media_synced", step=project.history.last_label(True)))
    return 0
