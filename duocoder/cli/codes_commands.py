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
import difflib
import json
import sys
import unicodedata
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
    from duocoder.app.project import Project
    from duocoder.domain.codebook import clean_keywords
    from duocoder.domain.errors import ValidationError

    wanted = clean_keywords(args.keywords)
    if not wanted and not args.clear:
        raise ValidationError(
            "Name the keywords, or use --clear to remove all the keywords of the code."
        )
    if wanted and args.clear:
        raise ValidationError("--clear takes no keywords.")
    with Project.open(args.project) as project:
        project.coder = args.coder or None
        info = _code(project, args.code)
        before = list(info.keywords)
        if args.add:
            keywords = [*before, *wanted]
        elif args.remove:
            gone = {k.casefold() for k in wanted}
            unknown = [k for k in wanted if k.casefold() not in {b.casefold() for b in before}]
            if unknown:
                raise ValidationError(
                    f"'{info.path}' has no keyword {' or '.join(repr(k) for k in unknown)}; "
                    f"its keywords are: {_listing(before)}."
                )
            keywords = [k for k in before if k.casefold() not in gone]
        else:
            keywords = wanted
        after = project.set_keywords(info.id, keywords)
    if not after.codable and after.keywords:
        print(
            f"Note: '{after.path}' is a category that is not codable; suggestions skip it.",
            file=sys.stderr,
        )
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
        print(f"'{after.path}' already has these keywords: {_listing(before)}.")
    elif not after.keywords:
        print(f"'{after.path}' no longer has keywords.")
    else:
        print(f"'{after.path}' now has {_count(after.keywords)}: {_listing(after.keywords)}.")
    return 0


def _code(project: Project, path: str) -> CodeInfo:
    """The code at `path`; NotFoundError naming the paths the researcher may have meant."""
    from duocoder.domain.errors import NotFoundError

    try:
        return project.code(path)
    except NotFoundError as exc:
        if "Did you mean" in str(exc):
            raise
        close = close_paths(path, [c.path for c in project.codes()])
        hint = f" Did you mean {' or '.join(repr(p) for p in close)}?" if close else ""
        raise NotFoundError(f"There is no code '{path}' in this project.{hint}") from None


def close_paths(wanted: str, paths: list[str], limit: int = 5) -> list[str]:
    """The `paths` most like `wanted`, compared whole and by their last name, without
    regard to case and accents (`vertrouwen` finds `Verbinding/Vertrouwensrelatie`)."""

    def fold(text: str) -> str:
        bare = unicodedata.normalize("NFKD", text)
        return "".join(ch for ch in bare if not unicodedata.combining(ch)).casefold().strip()

    want = fold(wanted)
    want_leaf = want.rsplit("/", 1)[-1]
    scored: list[tuple[float, int, str]] = []
    for index, path in enumerate(paths):
        have = fold(path)
        leaf = have.rsplit("/", 1)[-1]
        score = max(
            difflib.SequenceMatcher(None, want, have).ratio(),
            difflib.SequenceMatcher(None, want_leaf, leaf).ratio(),
            0.9 if len(want_leaf) >= 3 and leaf.startswith(want_leaf) else 0.0,
        )
        if score >= 0.6:
            scored.append((-score, index, path))
    return [path for _, _, path in sorted(scored)[:limit]]


def _count(keywords: Sequence[str]) -> str:
    return f"{len(keywords)} keyword{'' if len(keywords) == 1 else 's'}"


def _listing(keywords: Sequence[str]) -> str:
    return ", ".join(keywords) if keywords else "(none)"
