"""`duocoder agreement PROJECT --coder A --coder B [--coder C…]`: intercoder agreement per
code and overall (percent, Cohen's, Fleiss' and Brennan–Prediger κ, Gwet's AC1,
Krippendorff's α with bootstrap intervals), the unitized αs and segment overlap.

The text output is a table in the project's language (the words and number formats of
`duocoder.domain.agreement_words`, the same the report files use), followed by the notes
that say why a figure is missing. `--json` prints `AgreementReport.to_json()`, whose keys
scripts depend on. `-o` writes the report as .xlsx, .csv or .docx through the project
(replacing a file only with --force). The refusals a researcher can run into (one coder,
a coder not in the project) are checked here first, so they are worded in the project's
language."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import Any

from duocoder.analysis.agreement_result import COEFFICIENTS, UNIT_KINDS, AgreementReport

REPORT_SUFFIXES = (".xlsx", ".csv", ".docx")


def add_agreement_parser(sub: Any) -> None:
    """Add `agreement` to `duocoder`'s subparsers; it sets `args.run` to `cmd_agreement`."""
    a = sub.add_parser(
        "agreement",
        help="intercoder agreement between two or more coders, per code and overall",
        description="Compare how two or more coders coded the same documents: per code and "
        "over all codes, percent agreement, Cohen's κ (two coders), Fleiss' κ, "
        "Brennan–Prediger κ, Gwet's AC1 and Krippendorff's α, with 95 % bootstrap "
        "intervals (documents resampled); also the unitized αs and segment overlap. A unit "
        "has a code for a coder when a coding of that coder with that code touches it. "
        "Compared are the documents in which one of the coders coded anything.",
    )
    a.add_argument("project", help="the project file (.duocoder)")
    a.add_argument(
        "--coder",
        action="append",
        required=True,
        metavar="NAME",
        help="a coder to compare; give two or more",
    )
    a.add_argument(
        "--unit",
        choices=UNIT_KINDS,
        default="paragraph",
        help="what a unit is: paragraph (default), speaker turn, sentence or character",
    )
    a.add_argument(
        "--code",
        action="append",
        metavar="PATH",
        help="only these codes (a code path, e.g. Verbinding/Vertrouwensrelatie; "
        "repeatable); default: every code one of the coders used",
    )
    a.add_argument(
        "--include-interviewer",
        action="store_true",
        help="count units in the interviewer's turns too (left out by default)",
    )
    a.add_argument(
        "--samples",
        type=int,
        default=1000,
        metavar="N",
        help="bootstrap samples for the 95 %% intervals (1000; 0 for no intervals)",
    )
    a.add_argument("--seed", type=int, default=1, help="the bootstrap's seed (1)")
    a.add_argument(
        "--threshold",
        type=float,
        default=90.0,
        metavar="PERCENT",
        help="segment overlap: how much of a segment the other coder's must cover (90)",
    )
    a.add_argument(
        "--json",
        action="store_true",
        help="print the result as JSON for scripts (keys in English, stable across versions)",
    )
    a.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write the report to OUT.xlsx, OUT.csv or OUT.docx; an existing file is "
        "replaced only with --force",
    )
    a.add_argument("--force", action="store_true", help="replace the -o file if it exists")
    a.set_defaults(run=cmd_agreement)


def cmd_agreement(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _open, _print_json
    from duocoder.cli.errors import fail
    from duocoder.cli.messages import t
    from duocoder.cli.outputs import output_path
    from duocoder.cli.progress import terminal_progress

    with _open(args.project) as project:
        wanted = list(dict.fromkeys(" ".join(c.split()) for c in args.coder if c.strip()))
        if len(wanted) < 2:
            return fail(t("agreement_two"))
        known = [c.name for c in project.coders()]
        for coder in wanted:
            if coder not in known:
                listing = ", ".join(known) or "-"
                return fail(
                    t("agreement_unknown_coder", name=coder, path=args.project, listing=listing)
                )
        if not 0 < args.threshold <= 100:
            return fail(t("agreement_threshold"))
        if args.samples < 0:
            return fail(t("agreement_samples"))
        out = None
        if args.output is not None:
            from pathlib import Path

            if Path(args.output).suffix.lower() not in REPORT_SUFFIXES:
                return fail(t("agreement_suffix", name=Path(args.output).name))
            out = output_path(args.output, args.force)
        with terminal_progress(not args.json) as progress:
            report = project.agreement(
                wanted,
                unit=args.unit,
                codes=args.code,
                include_interviewer=args.include_interviewer,
                samples=args.samples,
                seed=args.seed,
                segment_threshold=args.threshold / 100,
                progress=progress,
            )
        if out is not None:
            project.write_agreement(report, out)
    if args.json:
        _print_json(report.to_json())
    else:
        print_report(report)
    if out is not None:
        print(t("wrote", path=out), file=sys.stderr if args.json else sys.stdout)
    return 0


def print_report(report: AgreementReport) -> None:
    """The report as text: what was compared, the table per code with the overall row, the
    unitized and segment figures, and why a figure is missing."""
    from duocoder.cli.commands import _table
    from duocoder.cli.messages import t
    from duocoder.domain import agreement_words as words

    lang = _language()  # the project's, unless DUOCODER_CLI_LANGUAGE chooses another
    print(words.word("title", lang))
    for line in words.selection_lines(replace(report, language=lang)):
        print(f"  {line}")
    print()
    if not report.codes:
        print(t("agreement_no_codes"))
        return
    headers = [words.word("code", lang), words.word("units", lang)]
    headers += [words.coefficient_label(name, lang) for name in COEFFICIENTS]
    rows = []
    for row in [*report.codes, report.overall]:
        cells = [row.code or words.word("overall", lang), _count(row.units, lang)]
        for name in COEFFICIENTS:
            value = row.values.get(name)
            if name == "percent":
                cells.append(words.format_percent(value, lang))
            else:
                cells.append(words.format_value(value, row.intervals.get(name), lang))
        rows.append(cells)
    _table(rows, headers)
    unitized = report.unitized
    if unitized is not None:
        print()
        figures = [
            f"{words.coefficient_label('u_alpha', lang)} = "
            f"{words.format_value(unitized.u_alpha, None, lang)}",
            f"{words.coefficient_label('Cu_alpha', lang)} = "
            f"{words.format_value(unitized.Cu_alpha, None, lang)}",
        ]
        print(t("agreement_unitized", figures="; ".join(figures)))
        label = words.coefficient_label("cu_alpha", lang)
        for path, value in unitized.cu_alpha.items():
            print(f"  {label} {path}: {words.format_value(value, None, lang)}")
    if report.segments:
        print()
        threshold = words.format_percent(report.segment_threshold, lang, 0)
        print(t("agreement_segments", threshold=threshold))
        for s in report.segments:
            share = words.format_percent(s.percent, lang)
            print(f"  {s.code}: {s.agreeing}/{s.segments} ({share})")
    notes = _notes(report, lang)
    if notes:
        print()
        for note in notes:
            print(note)


def _notes(report: AgreementReport, lang: str) -> list[str]:
    """Why figures are missing: one line per row and reason naming the coefficients; a
    reason that holds for a coefficient on every row (Cohen's κ with three coders) once."""
    from duocoder.cli.messages import t
    from duocoder.domain import agreement_words as words

    rows = [*report.codes, report.overall]
    everywhere = [
        (name, reason)
        for name, reason in report.overall.reasons.items()
        if all(r.reasons.get(name) == reason for r in rows)
    ]
    out = []
    for reason in dict.fromkeys(reason for _, reason in everywhere):
        labels = [
            words.coefficient_label(name, lang)
            for name in COEFFICIENTS
            if (name, reason) in everywhere
        ]
        text = words.reason_text(reason, lang)
        out.append(t("agreement_missing_all", labels=", ".join(labels), reason=text))
    for row in rows:
        by_reason: dict[str, list[str]] = {}
        for name, reason in row.reasons.items():
            if (name, reason) not in everywhere:
                by_reason.setdefault(reason, []).append(words.coefficient_label(name, lang))
        for reason, labels in by_reason.items():
            out.append(
                t(
                    "agreement_missing",
                    code=row.code or words.word("overall", lang),
                    labels=", ".join(labels),
                    reason=words.reason_text(reason, lang),
                )
            )
    return out


def _language() -> str:
    from duocoder.cli import messages

    return messages.language()


def _count(value: int, lang: str) -> str:
    return f"{value:,}".replace(",", "." if lang == "nl" else ",")
