"""The CLI's speaker-turn options: `import --questions` and `turns --redetect`/`--doubts`.

They extend the `import` and `turns` commands that `duocoder.cli.main` builds, so the
commands keep one name each; without the new options both run as before and print what they
printed before (the JSON of `turns --json` keeps its shape: a list of turns). Building the
options imports nothing heavy; the project is opened when a command runs."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duocoder.domain.turns import TurnDetection, TurnRules

QUESTIONS = ("italic", "bold", "list")


def add_turn_options(sub: Any) -> None:
    """Add the options to the `import` and `turns` parsers of `duocoder`'s subparsers."""
    choices = sub.choices
    i = choices["import"]
    i.add_argument(
        "--questions",
        choices=QUESTIONS,
        help="the transcripts have no speaker labels: the interviewer's questions are the "
        "paragraphs in italics, in bold or the list items (Word and OpenDocument files); the "
        "paragraphs between them become the respondent's turns",
    )
    t = choices["turns"]
    t.add_argument(
        "--redetect",
        action="store_true",
        help="find the document's speaker turns again (with the rules given by the options "
        "below, or automatically without them) and keep those rules for the document; one "
        "undoable step, codings do not move",
    )
    t.add_argument(
        "--interviewer",
        action="append",
        metavar="LABEL",
        help="with --redetect: a label of the interviewer in this document, instead of the "
        "project's interviewer labels (repeatable)",
    )
    t.add_argument(
        "--speaker",
        action="append",
        metavar="LABEL",
        help="with --redetect: a label that is a speaker even where it occurs only once "
        "(repeatable)",
    )
    t.add_argument(
        "--ignore",
        action="append",
        metavar="LABEL",
        help="with --redetect: a word that looks like a speaker label but is not one, e.g. "
        "Conclusie (repeatable)",
    )
    t.add_argument(
        "--questions",
        choices=QUESTIONS,
        help="with --redetect: no labels; the interviewer's questions are the paragraphs in "
        "italics, in bold or the list items",
    )
    t.add_argument("--coder", help="with --redetect: whose undo history the change goes on")
    t.add_argument(
        "--doubts",
        action="store_true",
        help="print where the turn detection is unsure (one sentence a line) instead of the turns",
    )
    t.set_defaults(run=cmd_turns)


def _rules(args: argparse.Namespace) -> TurnRules:
    from duocoder.domain.turns import TurnRules

    return TurnRules(
        interviewer_labels=tuple(args.interviewer) if args.interviewer else None,
        respondent_labels=tuple(args.speaker or ()),
        ignored_labels=tuple(args.ignore or ()),
        questions=args.questions,
    )


def _turn_json(detection: TurnDetection) -> list[dict[str, Any]]:
    from duocoder.cli.media_commands import exact_seconds
    from duocoder.domain.media_time import timed_turns

    seconds = exact_seconds(timed_turns(detection.turns, {}, 0))
    return [
        {
            "start": turn.start,
            "end": turn.end,
            "speaker": turn.speaker,
            "interviewer": turn.interviewer,
            "timestamp": turn.timestamp,
            "seconds": start,
            "end_seconds": end,
        }
        for turn, (start, end) in zip(detection.turns, seconds, strict=True)
    ]


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_turns(args: argparse.Namespace) -> int:
    from duocoder.cli import commands
    from duocoder.domain.errors import ValidationError

    rules_given = any((args.interviewer, args.speaker, args.ignore, args.questions, args.coder))
    if rules_given and not args.redetect:
        raise ValidationError(
            "--interviewer, --speaker, --ignore, --questions and --coder go with --redetect."
        )
    if not args.redetect and not args.doubts:
        return int(commands.cmd_turns(args) or 0)
    if not args.redetect:
        with commands.open_project(args.project) as project:
            doubts = project.detect_turns(args.doc).doubts
        if args.json:
            _print_json(list(doubts))
        else:
            for doubt in doubts:
                print(doubt)
        return 0
    rules = _rules(args)
    with commands.open_project(args.project) as project:
        project.coder = args.coder
        project.redetect_turns([args.doc], rules)
        label = project.history.last_label(True)
        detection = project.detect_turns(args.doc)
    if args.json:
        _print_json(
            {
                "step": label,
                "shape": detection.shape,
                "turns": _turn_json(detection),
                "doubts": list(detection.doubts),
            }
        )
        return 0
    print(f"{label} (undo with 'duocoder undo'); speakers marked as \"{detection.shape}\".")
    commands.cmd_turns(argparse.Namespace(**{**vars(args), "json": False}))
    for doubt in detection.doubts:
        print(f"Note: {doubt}", file=sys.stderr)
    return 0
