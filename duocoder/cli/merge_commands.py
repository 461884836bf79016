"""`duocoder merge TARGET SOURCE…`: merge coders' copies of a project into one project.

Each researcher codes a copy on a laptop; one of them merges the copies into TARGET, which
must exist (a copy of the common start, or one coder's copy). What is matched and what is
reported is `duocoder.app.merging`'s: documents by their text, codes by GUID then path,
codings that are already there counted, memos combined. The whole merge is one undo step
(`duocoder undo TARGET`). A SOURCE that is no sound DuoCoder project is refused in one
sentence naming it, and then nothing is merged. Conflicts (a document whose text differs)
are reported and are no error: the exit status is non-zero only when the merge was refused.
Stdout is a short report in the project's language, or with --json an object whose keys
stay stable."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def add_merge_parser(sub: Any) -> None:
    """Add `merge` to `duocoder`'s subparsers; it sets `args.run` to `cmd_merge`."""
    m = sub.add_parser(
        "merge",
        help="merge coders' copies of a project into one project (one undo step)",
        description="Merge the documents, codes, coders, codings and memos of each SOURCE "
        "into the existing project TARGET. Documents are matched by their text, codes by "
        "GUID then path; a coding already there (same document, passage, code and coder) is "
        "not added again; memos that differ are combined. A document whose text differs "
        "from TARGET's document of the same name is reported and not merged.",
    )
    m.add_argument("project", metavar="TARGET", help="the project to merge into (.duocoder)")
    m.add_argument(
        "sources", nargs="+", metavar="SOURCE", help="a coder's copy of the project (.duocoder)"
    )
    m.add_argument("--coder", help="whose undo history the merge goes on")
    m.add_argument(
        "--json",
        action="store_true",
        help="print the result as JSON for scripts (keys in English, stable across versions)",
    )
    m.set_defaults(run=cmd_merge)


def _ask(source: Path) -> str:
    """The passphrase of an encrypted copy that the project's own passphrase does not open."""
    from duocoder.cli.messages import t
    from duocoder.cli.passphrase import passphrase

    return passphrase(t("passphrase_source", name=source.name))


def cmd_merge(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _open, _print_json
    from duocoder.cli.errors import fail
    from duocoder.cli.messages import n, t
    from duocoder.cli.progress import terminal_progress

    target = Path(args.project)
    if not target.is_file():
        return fail(t("merge_no_target", path=args.project))
    with _open(args.project, remark=False) as project, terminal_progress(not args.json) as step:
        project.coder = args.coder
        report = project.merge_projects(args.sources, progress=step, passphrase=_ask)
    if args.json:
        _print_json(report.as_json())
        return 0
    print(
        t(
            "merged",
            sources=n(len(report.sources), "project"),
            path=args.project,
            added=len(report.documents_added),
            matched=len(report.documents_matched),
            codes=len(report.codes_added),
            codes_matched=len(report.codes_matched),
            coders=len(report.coders_added),
            codings=report.codings_added,
            already=report.codings_already_there,
            memos=len(report.memos_combined),
        )
    )
    if report.nothing_added:
        print(t("merge_nothing", path=args.project))
    documents = {(c.source, c.document) for c in report.documents_conflicting}
    lines = [
        t("merge_document_conflict", document=c.document, source=c.source)
        for c in report.documents_conflicting
    ]
    # the sentences the core words about conflicting documents are replaced by the above
    lines += [
        sentence
        for sentence in report.conflicts
        if not any(f"'{d}' in {s} " in sentence for s, d in documents)
    ]
    if lines:
        print(t("merge_conflicts"))
        for line in lines:
            print(t("merge_conflict", sentence=line))
    return 0
