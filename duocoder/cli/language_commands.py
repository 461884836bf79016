"""The CLI commands of the language features: `search`, `suggest` and `words`.

Building the parsers imports nothing heavy; the project (and spaCy, only if a pipeline must
be loaded) are imported when a command runs. Each command indexes the documents that lack an
up-to-date index first and says so on stderr, so scripts see the same stdout either way.
Errors are raised as DuoCoderError and worded by `duocoder.cli.main`. The JSON shapes are a
public contract: keys may be added, never renamed or removed."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duocoder.app.project import Project

ROLES = "coordinator, participant, volunteer, other (or coördinator, deelnemer, vrijwilliger)"
COMMANDS = ("search", "suggest", "words")


def add_language_parsers(sub: Any) -> None:
    """Add the subcommands to `duocoder`'s subparsers; each sets `args.run` to its function."""
    s = sub.add_parser("search", help="search the documents as keyword in context")
    s.add_argument("project")
    s.add_argument("query")
    mode = s.add_mutually_exclusive_group()
    for flag, what in (
        ("exact", "the text as typed, anywhere (the default)"),
        ("word", "whole words only"),
        ("lemma", "every form of the word: vertrouwen finds vertrouw, vertrouwde, vertrouwd"),
        ("regex", "a Python regular expression"),
    ):
        mode.add_argument(f"--{flag}", dest="mode", action="store_const", const=flag, help=what)
    s.set_defaults(mode="exact", run=cmd_search)
    s.add_argument("-i", "--ignore-case", action="store_true")
    s.add_argument("--role", action="append", help=ROLES)
    s.add_argument("--case", action="append", help="the organisation (repeatable)")
    s.add_argument("--doc", action="append", help="document name or id (repeatable)")
    s.add_argument("--code", help="only hits inside segments of this code path")
    s.add_argument("--outside-code", action="store_true", help="with --code: only hits outside")
    s.add_argument("--speaker", action="append", help="only turns of this speaker label")
    s.add_argument("--include-interviewer", action="store_true", help="also interviewer turns")
    s.add_argument("--json", action="store_true")

    g = sub.add_parser("suggest", help="suggest sentences to code from the codes' keywords")
    g.add_argument("project")
    g.add_argument("--code", help="only this code path (default: every code with keywords)")
    g.add_argument("--include-interviewer", action="store_true", help="also interviewer turns")
    g.add_argument("--json", action="store_true")
    g.set_defaults(run=cmd_suggest)

    w = sub.add_parser("words", help="word frequencies by lemma, without stop words")
    w.add_argument("project")
    w.add_argument("--by", choices=["role", "case", "code"], help="count per group")
    w.add_argument("--top", type=int, default=20, metavar="N", help="rows per group (20)")
    w.add_argument("--include-interviewer", action="store_true", help="also interviewer turns")
    w.add_argument(
        "-o",
        "--out",
        metavar="OUT.xlsx|OUT.csv",
        help="write all rows to a file; an existing file is replaced only with --force",
    )
    w.add_argument("--force", action="store_true", help="replace the -o file if it exists")
    w.add_argument("--json", action="store_true")
    w.set_defaults(run=cmd_words)


def _open(path: str) -> Project:
    from duocoder.app.project import Project

    return Project.open(path)


def _indexed(project: Project) -> None:
    """Index what is missing or stale, telling stderr (stdout stays the command's answer)."""
    pending = len(project.index_status().pending)
    if not pending:
        return
    what = "1 document" if pending == 1 else f"{pending} documents"
    print(f"Indexing {what} first (once; later searches reuse it) …", file=sys.stderr, flush=True)
    progress: Callable[[int, int, str], None] | None = None
    if sys.stderr.isatty():

        def progress(done: int, total: int, name: str) -> None:
            print(f"\r[{done}/{total}] {name[:60]:<60}", end="", file=sys.stderr, flush=True)

    report = project.index_documents(progress=progress)
    if progress is not None:
        print(file=sys.stderr)
    print(
        f"Indexed {report.words:,} words in {report.seconds:.1f} s ({report.pipeline}).",
        file=sys.stderr,
    )


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_search(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        _indexed(project)
        hits = project.search(
            args.query,
            args.mode,
            ignore_case=args.ignore_case,
            roles=args.role,
            cases=args.case,
            documents=args.doc,
            code=args.code,
            inside_code=not args.outside_code,
            speakers=args.speaker,
            include_interviewer=args.include_interviewer,
        )
    if args.json:
        _print_json([h.as_json() for h in hits])
        return 0
    for h in hits:
        print(f"{h.doc[:30]:<30} {h.start:>7}  {h.left:>60} [{h.match}] {h.right}")
    docs = len({h.doc_id for h in hits})
    print(f"{len(hits)} hit{'s' * (len(hits) != 1)} in {docs} document{'s' * (docs != 1)}.")
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        _indexed(project)
        found = project.suggestions(args.code, include_interviewer=args.include_interviewer)
    if args.json:
        _print_json([x.as_json() for x in found])
        return 0
    if not found:
        print("No suggestions: give codes keywords, or every match is coded or rejected.")
    code = None
    for x in found:
        if x.code != code:
            code = x.code
            print(f"{code}")
        text = x.text.replace("\n", " ")
        print(f"  {x.doc} {x.start}-{x.end} [{', '.join(x.keywords)}]: {text}")
    return 0


def cmd_words(args: argparse.Namespace) -> int:
    from duocoder.cli.outputs import output_path

    output_path(args.out, args.force)  # before indexing, which can take a while
    with _open(args.project) as project:
        _indexed(project)
        rows = project.word_frequencies(
            args.by,
            top=None if args.out else args.top,
            include_interviewer=args.include_interviewer,
        )
        if args.out:
            path = project.export_word_frequencies(rows, args.out)
            print(f"Wrote {len(rows)} rows to {path}.")
            return 0
    if args.json:
        _print_json(
            [
                {"group": r.group, "lemma": r.lemma, "count": r.count, "documents": r.documents}
                for r in rows
            ]
        )
        return 0
    group = None
    for r in rows:
        if args.by and r.group != group:
            group = r.group
            print(f"{group or '(no ' + args.by + ')'}")
        print(f"  {r.lemma:<30} {r.count:>7} {r.documents:>5} docs")
    return 0
