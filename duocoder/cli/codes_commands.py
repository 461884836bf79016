"""`duocoder codes set-keywords`: change a code's auto-coding keywords from a script.

`duocoder codes PROJECT [--json]` lists the code tree and must keep working as it always
has, and argparse cannot give one command both a positional PROJECT and subcommands. So
`main` hands the arguments to `route` first, which turns `codes set-keywords …` into the
hidden command `codes-set-keywords …`; its usage and errors still read `duocoder codes
set-keywords`. A project file called `set-keywords` is listed with `./set-keywords`.

Each change is one undoable step of the core (`Project.set_keywords`), on the history of
`--coder` if given. Errors are raised as DuoCoderError and worded by `duocoder.cli.main`;
the JSON shape is a public contract (keys may be added, never renamed or removed)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from duocoder.app.project import Project
    from duocoder.domain.records import CodeInfo

SET_KEYWORDS = "codes-set-keywords"
"""The hidden command name that `route` gives `codes set-keywords`."""


_FLAGS = {"--add", "--remove", "--clear", "--json", "-h", "--help"}


def route(argv: Sequence[str]) -> list[str]:
    """`codes set-keywords …` → `codes-set-keywords …`; any other arguments unchanged.

    The options go first and the rest after `--`, so that options may stand anywhere
    (`CODE --add a b` as well as `CODE a b --add`; argparse alone would refuse the first)
    and a keyword may start with a dash."""
    args = list(argv)
    if args[:2] != ["codes", "set-keywords"]:
        return args
    options: list[str] = []
    rest: list[str] = []
    tokens = iter(args[2:])
    for token in tokens:
        if token == "--":
            rest.extend(tokens)
        elif token in _FLAGS or token.startswith("--coder="):
            options.append(token)
        elif token == "--coder":
            options += [token, next(tokens, "")]
        else:
            rest.append(token)
    return [SET_KEYWORDS, *options, "--", *rest]


def add_codes_parsers(sub: Any) -> None:
    """Add `codes set-keywords` to `duocoder`'s subparsers (without a line in the command
    list: it shows in `duocoder codes --help`); it sets `args.run`."""
    k = sub.add_parser(
        SET_KEYWORDS,
        prog="duocoder codes set-keywords",
        description=(
            "Set, add or remove the keywords of one code. Suggestions (duocoder suggest) "
            "offer the sentences whose words match a code's keywords in any form."
        ),
        epilog=(
            "Examples: duocoder codes set-keywords P.duocoder Verbinding/Vertrouwensrelatie "
            "vertrouwen 'rekenen op'   |   … --add veilig   |   … --remove geheim"
        ),
    )
    k.add_argument("project", help="the project file (.duocoder)")
    k.add_argument("code", metavar="CODE_PATH", help="e.g. Verbinding/Vertrouwensrelatie")
    k.add_argument(
        "keywords",
        nargs="*",
        metavar="KEYWORD",
        help="one keyword or phrase per argument (';' or ',' also separates keywords)",
    )
    how = k.add_mutually_exclusive_group()
    how.add_argument("--add", action="store_true", help="add these to the code's keywords")
    how.add_argument("--remove", action="store_true", help="remove these from the code's keywords")
    how.add_argument("--clear", action="store_true", help="remove all the code's keywords")
    k.add_argument("--coder", help="whose undo history the change goes on")
    k.add_argument("--json", action="store_true", help="print the result as JSON for scripts")
    k.set_defaults(run=cmd_set_keywords, command=SET_KEYWORDS)
    codes = sub.choices.get("codes")
    if codes is not None:
        codes.epilog = (
            "To change a code's keywords: duocoder codes set-keywords PROJECT CODE_PATH "
            "KEYWORD… [--add|--remove|--clear] (see 'duocoder codes set-keywords --help')."
        )


def cmd_set_keywords(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import open_project
    from duocoder.cli.messages import n, t
    from duocoder.domain.codebook import clean_keywords
    from duocoder.domain.errors import ValidationError

    wanted = clean_keywords(args.keywords)
    if not wanted and not args.clear:
        raise ValidationError(t("keywords_missing"))
    if wanted and args.clear:
        raise ValidationError(t("keywords_clear_alone"))
    with open_project(args.project) as project:
        project.coder = args.coder or None
        info = _code(project, args.code)
        before = list(info.keywords)
        if args.add:
            keywords = [*before, *wanted]
        elif args.remove:
            gone = {k.casefold() for k in wanted}
            unknown = [k for k in wanted if k.casefold() not in {b.casefold() for b in before}]
            if unknown:
                missing = t("or").join(f"'{k}'" for k in unknown)
                listing = _listing(before)
                raise ValidationError(
                    t("keywords_not_there", path=info.path, missing=missing, listing=listing)
                )
            keywords = [k for k in before if k.casefold() not in gone]
        else:
            keywords = wanted
        after = project.set_keywords(info.id, keywords)
    if not after.codable and after.keywords:
        print(t("keywords_category", path=after.path), file=sys.stderr)
    if args.json:
        json.dump(
            {
                "id": after.id,
                "path": after.path,
                "keywords": list(after.keywords),
                "before": before,
                "changed": list(after.keywords) != before,
            },
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        sys.stdout.write("\n")
    elif list(after.keywords) == before:
        print(t("keywords_same", path=after.path, listing=_listing(before)))
    elif not after.keywords:
        print(t("keywords_none", path=after.path))
    else:
        count = n(len(after.keywords), "keyword")
        print(t("keywords_now", path=after.path, keywords=count, listing=_listing(after.keywords)))
    return 0


def _code(project: Project, path: str) -> CodeInfo:
    """The code at `path`; NotFoundError naming the paths the researcher may have meant
    (`close_paths`: case and accents do not matter, a longer name that starts alike first)."""
    from duocoder.cli.messages import t
    from duocoder.domain.codepaths import close_paths
    from duocoder.domain.errors import NotFoundError

    try:
        return project.code(path)
    except NotFoundError:
        close = close_paths(path, [c.path for c in project.codes()])
        text = t("unknown_code", path=path)
        if close:
            text += t("did_you_mean", paths=t("or").join(f"'{p}'" for p in close))
        raise NotFoundError(text) from None


def _listing(keywords: Sequence[str]) -> str:
    from duocoder.cli.messages import t

    return ", ".join(keywords) if keywords else t("keywords_listing_none")
