"""The analysis commands of the CLI: cooccurrence, matrix, quotes.

Like `duocoder.cli.commands`: each takes the parsed arguments and returns an exit status,
errors are DuoCoderError sentences worded by `main`, and the JSON shapes are a public
contract (keys may be added, never renamed or removed). A table goes to a file with
`-o OUT.csv|OUT.xlsx`, to scripts with `--json`, and otherwise to the terminal in short."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, cast

from duocoder.analysis.cooccurrence import (
    CooccurrenceResult,
    CooccurringPair,
    RoleCooccurrence,
)
from duocoder.app.project import Project
from duocoder.cli.commands import _open, _print_json, _table, code_filter
from duocoder.cli.messages import n, t
from duocoder.cli.outputs import output_path
from duocoder.domain.errors import ValidationError
from duocoder.domain.limits import PROXIMITY_DISTANCE
from duocoder.domain.records import Segment

PAIRS_SHOWN = 25
PASSAGE_WIDTH = 60  # characters of a passage in the terminal; --json gives them whole


def _filters(args: argparse.Namespace, project: Project) -> dict[str, Any]:
    """The filters of the command line as the analyses take them; `--code` with
    `--descendants` chooses the codes below each one too (`code_filter`)."""
    return {
        "roles": args.role,
        "cases": args.case,
        "duos": args.duo,
        "coders": args.coder,
        "codes": code_filter(project, args),
        "include_interviewer": getattr(args, "include_interviewer", False),
    }


def _check_out(args: argparse.Namespace, suffixes: tuple[str, ...]) -> Path | None:
    """The -o file, refused before any work if its type is wrong or it exists without
    --force."""
    return output_path(args.output, args.force, suffixes)


def _mode(args: argparse.Namespace) -> str:
    return args.mode or ("proximity" if args.distance is not None else "overlap")


def _distance(args: argparse.Namespace) -> int | None:
    """--distance, or in the proximity mode the window's default distance."""
    if args.distance is None and _mode(args) == "proximity":
        return PROXIMITY_DISTANCE
    return args.distance


def cmd_cooccurrence(args: argparse.Namespace) -> int:
    if args.pairs is not None:
        return _list_pairs(args)
    out = _check_out(args, (".csv", ".xlsx"))
    with _open(args.project) as project:
        # `Project.cooccurrence` is a `forward` of an overloaded method, and a ParamSpec
        # keeps only the first overload (by_role=False, one matrix): with --by-role the
        # result is one matrix per role, which only a cast can tell the type checker
        result = cast(
            "CooccurrenceResult | RoleCooccurrence",
            project.cooccurrence(
                mode=_mode(args),
                distance=_distance(args),
                by_role=args.by_role,
                **_filters(args, project),
            ),
        )
        if out is not None:
            project.export_table(result, out)
        language = project.language
    if args.json:
        _print_json(result.as_json())
    elif out is not None:
        print(t("wrote", path=out))
    else:
        parts = (
            list(zip(result.roles, result.results, strict=True))
            if isinstance(result, RoleCooccurrence)
            else [(None, result)]
        )
        for role, part in parts:
            if role is not None:
                documents = n(len(part.definition.documents), "document")
                print("\n" + t("role_heading", role=role.label(language), documents=documents))
            _print_pairs(part)
    return 0


def _print_pairs(result: Any) -> None:
    k = len(result.codes)
    pairs = [
        (result.counts[i][j], result.documents[i][j], result.c[i][j], i, j)
        for i in range(k)
        for j in range(i + 1, k)
        if result.counts[i][j]
    ]
    if not pairs:
        print(t("no_cooccurrence"))
        return
    pairs.sort(key=lambda p: (-p[0], -p[2], p[3], p[4]))
    rows = [
        [str(n), str(d), f"{c:.3f}", result.paths[i], result.paths[j]]
        for n, d, c, i, j in pairs[:PAIRS_SHOWN]
    ]
    _table(rows, [t("h_pairs"), t("h_documents"), "c", t("h_code_1"), t("h_code_2")])
    if len(pairs) > PAIRS_SHOWN:
        print(t("more_pairs", more=n(len(pairs) - PAIRS_SHOWN, "pair")))


def _list_pairs(args: argparse.Namespace) -> int:
    """`--pairs A B`: the passages behind one cell of the table, to read what was counted."""
    if args.output is not None or args.by_role:
        raise ValidationError(t("pairs_options"))
    code_a, code_b = args.pairs
    with _open(args.project) as project:
        pairs = project.cooccurring_pairs(
            code_a, code_b, mode=_mode(args), distance=_distance(args), **_filters(args, project)
        )
        language = project.language
    if args.json:
        _print_json([pair.as_json() for pair in pairs])
    else:
        _print_pair_list(pairs, code_a, code_b, language)
    return 0


def _passage(segment: Segment) -> str:
    words = " ".join(segment.text.split())
    if len(words) > PASSAGE_WIDTH:
        words = words[: PASSAGE_WIDTH - 1] + "…"
    return f"{segment.start}-{segment.end} {words}"


def _print_pair_list(pairs: list[CooccurringPair], code_a: str, code_b: str, language: str) -> None:
    single = code_a == code_b
    if not pairs:
        if single:
            print(t("no_segments_of", code=code_a))
        else:
            print(t("no_pairs_of", a=code_a, b=code_b))
        return
    rows = [
        [p.document, p.role.label(language), _passage(p.a), *([] if single else [_passage(p.b)])]
        for p in pairs
    ]
    _table(rows, [t("h_document"), t("h_role"), code_a, *([] if single else [code_b])])
    if single:
        print("\n" + t("segments_of", segments=n(len(pairs), "segment"), code=code_a))
    else:
        print("\n" + t("pairs_of", pairs=n(len(pairs), "pair"), a=code_a, b=code_b))


def cmd_matrix(args: argparse.Namespace) -> int:
    out = _check_out(args, (".csv", ".xlsx"))
    with _open(args.project) as project:
        result = project.code_matrix(
            args.by, descendants=args.descendants, percent=args.percent, **_filters(args, project)
        )
        if out is not None:
            project.export_table(result, out)
    if args.json:
        _print_json(result.as_json())
    elif out is not None:
        print(t("wrote", path=out))
    else:
        seg = result.segments_percent() if args.percent else result.segments
        docs = result.documents_percent() if args.percent else result.documents

        def cell(s: float, d: float) -> str:
            return f"{s:.0f}% ({d:.0f}%)" if args.percent else f"{s} ({d})"

        rows = [
            [path, *(cell(s, d) for s, d in zip(seg[r], docs[r], strict=True))]
            for r, path in enumerate(result.paths)
        ]
        _table(rows, [t("h_code"), *result.columns])
        print("\n" + t("cells_shares" if args.percent else "cells_counts"))
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    out = _check_out(args, (".docx",))
    assert out is not None  # argparse requires -o
    with _open(args.project) as project:
        progress = None
        if sys.stderr.isatty():

            def progress(done: int, total: int, _: str) -> None:
                print(
                    "\r" + t("quotes_progress", done=done, total=total),
                    end="",
                    file=sys.stderr,
                    flush=True,
                )

        result = project.export_quotes(
            out,
            with_source=args.with_source,
            with_memo=args.with_memo,
            with_definitions=args.with_definitions,
            attribution=args.attribution,
            progress=progress,
            allow_unreviewed=args.allow_unreviewed,
            **_filters(args, project),
        )
        if progress is not None:
            print(file=sys.stderr)
    if args.json:
        _print_json({"file": str(out), "quotes": result.count, **result.as_json()})
    else:
        codes = sum(1 for s in result.sections if s.quotes)
        print(t("wrote_quotes", path=out, quotes=n(result.count, "quote"), codes=n(codes, "code")))
    return 0
