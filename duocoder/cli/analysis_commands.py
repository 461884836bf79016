"""The analysis commands of the CLI: cooccurrence, matrix, quotes.

Like `duocoder.cli.commands`: each takes the parsed arguments and returns an exit status,
errors are DuoCoderError sentences worded by `main`, and the JSON shapes are a public
contract (keys may be added, never renamed or removed). A table goes to a file with
`-o OUT.csv|OUT.xlsx`, to scripts with `--json`, and otherwise to the terminal in short."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from duocoder.app.project import Project
from duocoder.cli.commands import _print_json, _table
from duocoder.cli.outputs import output_path

PAIRS_SHOWN = 25


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "roles": args.role,
        "cases": args.case,
        "duos": args.duo,
        "coders": args.coder,
        "codes": args.code,
        "include_interviewer": getattr(args, "include_interviewer", False),
    }


def _check_out(args: argparse.Namespace, suffixes: tuple[str, ...]) -> Path | None:
    """The -o file, refused before any work if its type is wrong or it exists without
    --force."""
    return output_path(args.output, args.force, suffixes)


def cmd_cooccurrence(args: argparse.Namespace) -> int:
    out = _check_out(args, (".csv", ".xlsx"))
    with Project.open(args.project) as project:
        result = project.cooccurrence(
            mode=args.mode or ("proximity" if args.distance is not None else "overlap"),
            distance=args.distance,
            by_role=args.by_role,
            **_filters(args),
        )
        if out is not None:
            project.export_table(result, out)
    if args.json:
        _print_json(result.as_json())
    elif out is not None:
        print(f"Wrote {out}.")
    else:
        parts = (
            list(zip(result.roles, result.results, strict=True))
            if hasattr(result, "results")
            else [(None, result)]
        )
        for role, part in parts:
            if role is not None:
                print(f"\n== {role.value} ({len(part.definition.documents)} documents)")
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
        print("No two codes co-occur in this selection.")
        return
    pairs.sort(key=lambda p: (-p[0], -p[2], p[3], p[4]))
    rows = [
        [str(n), str(d), f"{c:.3f}", result.paths[i], result.paths[j]]
        for n, d, c, i, j in pairs[:PAIRS_SHOWN]
    ]
    _table(rows, ["pairs", "docs", "c", "code 1", "code 2"])
    if len(pairs) > PAIRS_SHOWN:
        print(f"… and {len(pairs) - PAIRS_SHOWN} more pairs; use -o or --json for all.")


def cmd_matrix(args: argparse.Namespace) -> int:
    out = _check_out(args, (".csv", ".xlsx"))
    with Project.open(args.project) as project:
        result = project.code_matrix(
            args.by, descendants=args.descendants, percent=args.percent, **_filters(args)
        )
        if out is not None:
            project.export_table(result, out)
    if args.json:
        _print_json(result.as_json())
    elif out is not None:
        print(f"Wrote {out}.")
    else:
        seg = result.segments_percent() if args.percent else result.segments
        docs = result.documents_percent() if args.percent else result.documents

        def cell(s: float, d: float) -> str:
            return f"{s:.0f}% ({d:.0f}%)" if args.percent else f"{s} ({d})"

        rows = [
            [path, *(cell(s, d) for s, d in zip(seg[r], docs[r], strict=True))]
            for r, path in enumerate(result.paths)
        ]
        _table(rows, ["code", *result.columns])
        what = "shares of the column" if args.percent else "counts"
        print(f"\nCells: segments (documents), as {what}.")
    return 0


def cmd_quotes(args: argparse.Namespace) -> int:
    out = _check_out(args, (".docx",))
    assert out is not None  # argparse requires -o
    with Project.open(args.project) as project:
        progress = None
        if sys.stderr.isatty():

            def progress(done: int, total: int, _: str) -> None:
                print(f"\r{done}/{total} quotes", end="", file=sys.stderr, flush=True)

        result = project.export_quotes(
            out,
            with_source=args.with_source,
            with_memo=args.with_memo,
            with_definitions=args.with_definitions,
            progress=progress,
            **_filters(args),
        )
        if progress is not None:
            print(file=sys.stderr)
    if args.json:
        _print_json({"file": str(out), "quotes": result.count, **result.as_json()})
    else:
        codes = sum(1 for s in result.sections if s.quotes)
        print(f"Wrote {out}: {result.count} quotes under {codes} codes.")
    return 0
