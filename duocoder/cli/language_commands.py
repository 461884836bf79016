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
from typing import TYPE_CHECKING, Any

from duocoder.cli.messages import n, noun, t
from duocoder.cli.privacy_commands import add_allow_unreviewed
from duocoder.cli.progress import terminal_progress
from duocoder.domain.errors import ValidationError

if TYPE_CHECKING:
    from duocoder.app.project import Project

ROLES = "coordinator, participant, volunteer, other (or coördinator, deelnemer, vrijwilliger)"
COMMANDS = ("search", "suggest", "words")
PROJECT = "the project file (.duocoder) or a team project's postgresql://user@host/db address"
JSON = "print the result as JSON for scripts (keys in English, stable across versions)"
CODE = "a code path, e.g. Verbinding/Vertrouwensrelatie; repeatable"
DESCENDANTS = "with --code: also every code below each one"


CODERS = "only the segments of this coder (repeatable; default: every coder's)"


def add_language_parsers(sub: Any) -> None:
    """Add the subcommands to `duocoder`'s subparsers; each sets `args.run` to its function."""
    s = sub.add_parser("search", help="search the documents as keyword in context")
    s.add_argument("project", help=PROJECT)
    s.add_argument("query", help="what to look for (see the modes below)")
    mode = s.add_mutually_exclusive_group()
    for flag, what in (
        ("exact", "the text as typed, anywhere (the default)"),
        ("word", "whole words only"),
        ("lemma", "every form of the word: vertrouwen finds vertrouw, vertrouwde, vertrouwd"),
        ("regex", "a Python regular expression"),
    ):
        mode.add_argument(f"--{flag}", dest="mode", action="store_const", const=flag, help=what)
    s.set_defaults(mode="exact", run=cmd_search)
    s.add_argument("-i", "--ignore-case", action="store_true", help="ignore upper and lower case")
    s.add_argument("--role", action="append", help=f"{ROLES}; repeatable")
    s.add_argument("--case", action="append", help="the organisation (repeatable)")
    s.add_argument("--doc", action="append", help="document name or id (repeatable)")
    s.add_argument(
        "--code", action="append", metavar="PATH", help=f"only hits inside its segments: {CODE}"
    )
    s.add_argument("--descendants", action="store_true", help=DESCENDANTS)
    s.add_argument(
        "--outside-code", action="store_true", help="with --code: only hits outside all of them"
    )
    s.add_argument(
        "--speaker", action="append", help="only turns of this speaker label; repeatable"
    )
    s.add_argument("--coder", action="append", metavar="NAME", help=f"with --code: {CODERS}")
    s.add_argument("--include-interviewer", action="store_true", help="also interviewer turns")
    s.add_argument(
        "-o",
        "--output",
        metavar="OUT.xlsx|OUT.csv",
        help="write the hits (keyword in context) to a file; replaced only with --force",
    )
    s.add_argument("--force", action="store_true", help="replace the -o file if it exists")
    add_allow_unreviewed(s)
    s.add_argument("--json", action="store_true", help=JSON)

    g = sub.add_parser("suggest", help="suggest sentences to code from the codes' keywords")
    g.add_argument("project", help=PROJECT)
    g.add_argument(
        "--code",
        action="append",
        metavar="PATH",
        help=f"only these codes (default: every code with keywords): {CODE}",
    )
    g.add_argument("--descendants", action="store_true", help=DESCENDANTS)
    g.add_argument("--include-interviewer", action="store_true", help="also interviewer turns")
    g.add_argument(
        "--coder",
        action="append",
        metavar="NAME",
        help="leave out only sentences these coders coded (repeatable; default: any coder)",
    )
    g.add_argument("--json", action="store_true", help=JSON)
    g.set_defaults(run=cmd_suggest)

    w = sub.add_parser("words", help="word frequencies by lemma, without stop words")
    w.add_argument("project", help=PROJECT)
    w.add_argument("--by", choices=["role", "case", "code"], help="count per group")
    w.add_argument("--top", type=int, default=20, metavar="N", help="rows per group (20)")
    w.add_argument(
        "--code",
        action="append",
        metavar="PATH",
        help=f"count only words inside these codes' segments, per code: {CODE}",
    )
    w.add_argument("--descendants", action="store_true", help=DESCENDANTS)
    w.add_argument("--include-interviewer", action="store_true", help="also interviewer turns")
    w.add_argument("--coder", action="append", metavar="NAME", help=f"per code: {CODERS}")
    w.add_argument(
        "--include-function-words",
        action="store_true",
        help="also function words (de, het, is, maar, ’s, eh), left out by default",
    )
    w.add_argument(
        "--include-names",
        action="store_true",
        help="also names (speaker labels, words of document and case names, capitalised "
        "words never written in lower case), left out by default",
    )
    w.add_argument(
        "-o",
        "--output",
        metavar="OUT.xlsx|OUT.csv",
        help="write all rows to a file; an existing file is replaced only with --force",
    )
    w.add_argument("--out", dest="out_deprecated", help=argparse.SUPPRESS)  # the old name
    w.add_argument("--force", action="store_true", help="replace the -o file if it exists")
    add_allow_unreviewed(w)
    w.add_argument("--json", action="store_true", help=JSON)
    w.set_defaults(run=cmd_words)


def _open(path: str) -> Project:
    from duocoder.cli.commands import _open

    return _open(path)


def _indexed(project: Project) -> None:
    """Index what is missing or stale, telling stderr (stdout stays the command's answer)."""
    pending = len(project.index_status().pending)
    if not pending:
        return
    print(t("indexing", documents=n(pending, "document")), file=sys.stderr, flush=True)
    with terminal_progress() as progress:
        report = project.index_documents(progress=progress)
    print(
        t(
            "indexed",
            words=n(report.words, "word"),
            seconds=f"{report.seconds:.1f}",
            pipeline=report.pipeline,
        ),
        file=sys.stderr,
    )


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_search(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import code_filter
    from duocoder.cli.outputs import output_path

    out = output_path(args.output, args.force, (".xlsx", ".csv"))  # before indexing
    with _open(args.project) as project:
        chosen = code_filter(project, args)
        codes: list[str | None] = list(chosen) if chosen is not None else [None]
        _indexed(project)
        found = [
            project.search(
                args.query,
                args.mode,
                ignore_case=args.ignore_case,
                roles=args.role,
                cases=args.case,
                documents=args.doc,
                code=code,
                inside_code=not args.outside_code,
                speakers=args.speaker,
                include_interviewer=args.include_interviewer,
                coders=args.coder if code is not None else None,
            )
            for code in codes
        ]
        # inside any of the codes, or (with --outside-code) outside all of them; in text order
        keys = [{(h.doc_id, h.start, h.end) for h in part} for part in found]
        wanted = set.intersection(*keys) if args.outside_code else set.union(*keys)
        order = {h.doc_id: i for i, h in enumerate(h for part in found for h in part)}
        hits = sorted(
            {(h.doc_id, h.start, h.end): h for part in found for h in part}.values(),
            key=lambda h: (order[h.doc_id], h.start, h.end),
        )
        hits = [h for h in hits if (h.doc_id, h.start, h.end) in wanted]
        if out is not None:  # past the privacy guard, or nothing is written
            path = project.export_hits(hits, out, allow_unreviewed=args.allow_unreviewed)
            print(t("wrote_rows", rows=n(len(hits), "row"), path=path))
            return 0
    if args.json:
        _print_json([h.as_json() for h in hits])
        return 0
    for h in hits:
        print(f"{h.doc[:30]:<30} {h.start:>7}  {h.left:>60} [{h.match}] {h.right}")
    docs = len({h.doc_id for h in hits})
    print(t("hits", hits=n(len(hits), "hit"), documents=n(docs, "document")))
    return 0


def cmd_suggest(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import code_filter

    with _open(args.project) as project:
        codes = code_filter(project, args)
        _indexed(project)
        found = project.suggestions(
            None, include_interviewer=args.include_interviewer, coders=args.coder
        )
        if codes is not None:
            chosen = set(codes)
            found = [x for x in found if x.code in chosen]
    if args.json:
        _print_json([x.as_json() for x in found])
        return 0
    if not found:
        print(t("no_suggestions"))
    code = None
    for x in found:
        if x.code != code:
            code = x.code
            print(f"{code}")
        text = x.text.replace("\n", " ")
        print(f"  {x.doc} {x.start}-{x.end} [{', '.join(x.keywords)}]: {text}")
    return 0


def cmd_words(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import code_filter
    from duocoder.cli.outputs import output_path

    if args.out_deprecated is not None:
        if args.output is not None:
            raise ValidationError(t("output_twice"))
        args.output = args.out_deprecated
    output_path(args.output, args.force)  # before indexing, which can take a while
    if args.code and args.by not in (None, "code"):
        raise ValidationError(t("words_code_by"))
    with _open(args.project) as project:
        codes = code_filter(project, args)
        by = "code" if codes is not None else args.by
        _indexed(project)
        rows = project.word_frequencies(
            by,
            top=None if args.output else args.top,
            include_interviewer=args.include_interviewer,
            include_function_words=args.include_function_words,
            include_names=args.include_names,
            coders=args.coder if by == "code" else None,
        )
        if codes is not None:
            chosen = set(codes)
            rows = [r for r in rows if r.group in chosen]
        if args.output:
            path = project.export_word_frequencies(
                rows, args.output, allow_unreviewed=args.allow_unreviewed
            )
            print(t("wrote_rows", rows=n(len(rows), "row"), path=path))
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
        if by and r.group != group:
            group = r.group
            print(group or t("no_group", by=by))
        print(f"  {r.lemma:<30} {r.count:>7} {r.documents:>5} {noun(r.documents, 'document')}")
    return 0
