"""`duocoder import-project PROJECT IN.qdpx`: a REFI-QDA project from NVivo, ATLAS.ti,
MAXQDA, QualCoder or DuoCoder into a new or an existing project.

A PROJECT that does not exist yet is created as `duocoder new` creates one: built under a
hidden name and moved into place only when the import succeeded, so a refused file leaves
no project behind. Into an existing project, the import is one undo step."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_import_project_parser(sub: Any) -> None:
    ip = sub.add_parser(
        "import-project",
        help="import a REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA or QualCoder",
    )
    ip.add_argument(
        "project", help="the project file (.duocoder); created if it does not exist yet"
    )
    ip.add_argument("file", metavar="IN.qdpx", help="the REFI-QDA project to import")
    ip.add_argument("--coder", help="whose undo history the import goes on")
    ip.add_argument(
        "--language",
        choices=["nl", "en"],
        default="nl",
        help="the interviews' language, when the project is created (nl)",
    )
    ip.add_argument(
        "--json",
        action="store_true",
        help="print the result as JSON for scripts (keys in English, stable across versions)",
    )
    ip.set_defaults(run=cmd_import_project)


def cmd_import_project(args: argparse.Namespace) -> int:
    from duocoder.app.project import Project
    from duocoder.app.project_import import QdpxImportReport
    from duocoder.cli import messages
    from duocoder.cli.commands import _open, _print_json

    reports: list[QdpxImportReport] = []
    progress = None
    if not args.json and sys.stderr.isatty():

        def progress(done: int, total: int, name: str) -> None:
            print(f"\r[{done}/{total}] {name[:60]:<60}", end="", file=sys.stderr, flush=True)

    def run(project: Project) -> None:
        project.coder = args.coder
        reports.append(project.import_qdpx(args.file, progress=progress))

    target = Path(args.project)
    created = not target.exists()
    if created:
        messages.set_language(args.language)
        with Project.create(target, language=args.language, setup=run):
            pass
    else:
        with _open(args.project) as project:
            run(project)
    if progress is not None:
        print(file=sys.stderr)
    report = reports[0]
    if args.json:
        _print_json({"created": created, **report.as_json()})
        return 0
    if created:
        print(messages.t("created", path=args.project))
    print(report.summary())
    return 0
