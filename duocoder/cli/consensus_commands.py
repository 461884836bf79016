"""`duocoder consensus PROJECT --coder A --coder B`: give an agreed coder ("Consensus" by
default) every coding on which all the named coders agree exactly (same document, span
and code), as one undo step (`duocoder undo PROJECT` takes it back).

What the team then settles passage by passage happens in the window's review; this command
is the scriptable first step, and running it again adds only what is newly agreed. The
refusals a researcher can run into (one coder, a coder not in the project, the consensus
named like a compared coder) are checked here first, so they are worded in the project's
language like the rest of the CLI."""

from __future__ import annotations

import argparse
from typing import Any


def add_consensus_parser(sub: Any) -> None:
    """Add `consensus` to `duocoder`'s subparsers; it sets `args.run` to `cmd_consensus`."""
    c = sub.add_parser(
        "consensus",
        help="copy the codings all named coders agree on to a consensus coder",
        description="Give the consensus coder (--name, 'Consensus' by default) a copy of "
        "every coding on which all the --coder coders agree exactly: the same document, "
        "start, end and code. Codings it already has are not repeated. One undo step.",
    )
    c.add_argument("project", help="the project file (.duocoder)")
    c.add_argument(
        "--coder",
        action="append",
        required=True,
        metavar="NAME",
        help="a coder to compare; give two or more",
    )
    c.add_argument("--name", default="Consensus", help="the consensus coder (Consensus)")
    c.add_argument(
        "--code",
        action="append",
        metavar="PATH",
        help="only these codes: a code path, e.g. Verbinding/Vertrouwensrelatie; repeatable",
    )
    c.add_argument(
        "--descendants", action="store_true", help="with --code: also every code below each one"
    )
    c.add_argument(
        "--json",
        action="store_true",
        help="print the result as JSON for scripts (keys in English, stable across versions)",
    )
    c.set_defaults(run=cmd_consensus)


def cmd_consensus(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _open, _print_json, code_filter
    from duocoder.cli.errors import fail
    from duocoder.cli.messages import n, t

    with _open(args.project) as project:
        wanted = list(dict.fromkeys(" ".join(c.split()) for c in args.coder if c.strip()))
        name = " ".join(args.name.split())
        known = [c.name for c in project.coders()]
        if len({c.casefold() for c in wanted}) < 2:
            return fail(t("consensus_two"))
        for coder in wanted:
            if coder not in known:
                listing = ", ".join(known) or "-"
                return fail(
                    t("consensus_unknown_coder", name=coder, path=args.project, listing=listing)
                )
        if name.casefold() in {c.casefold() for c in wanted}:
            return fail(t("consensus_is_coder", name=name))
        report = project.build_consensus(wanted, name=name, codes=code_filter(project, args))
    if args.json:
        _print_json(report.as_json())
        return 0
    coders = ", ".join(report.coders[:-1]) + t("and") + report.coders[-1]
    print(
        t(
            "consensus_built",
            copied=n(report.codings_copied, "coding"),
            coders=coders,
            name=report.name,
            already=n(report.already_there, "coding"),
        )
    )
    return 0
