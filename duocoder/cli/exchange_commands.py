"""`duocoder export PROJECT OUT.qdpx`: the whole project as a REFI-QDA project, for NVivo,
ATLAS.ti, MAXQDA, QualCoder or an archive.

What the file holds is described in `duocoder.io.qdpx_writer`. An existing OUT is replaced
only with --force, and never when it is the project itself (or any SQLite database). The
export only reads the project, so it is no undo step. Progress goes to stderr on a
terminal; stdout is one sentence, or with --json an object whose keys stay stable."""

from __future__ import annotations

import argparse
from typing import Any

from duocoder.domain.errors import ValidationError

_WORDS = {
    "en": {
        "wrote": "Wrote {path}: {documents}, {codings}, {turns} and {codes}.",
        "suffix": "A REFI-QDA project is written to a .qdpx file; '{name}' has another extension.",
    },
    "nl": {
        "wrote": "{path} geschreven: {documents}, {codings}, {turns} en {codes}.",
        "suffix": "Een REFI-QDA-project wordt als .qdpx-bestand geschreven; "
        "'{name}' heeft een andere extensie.",
    },
}


def add_export_parser(sub: Any) -> None:
    """Add `export` to `duocoder`'s subparsers; it sets `args.run` to `cmd_export`."""
    ex = sub.add_parser(
        "export",
        help="write the whole project as REFI-QDA (.qdpx) for NVivo, ATLAS.ti, MAXQDA",
        description="Write every document, the codebook, every coding with its coder and "
        "memo, the memos, speaker turns, roles, organisations and duos as one REFI-QDA "
        "project file (.qdpx).",
    )
    ex.add_argument("project", help="the project file (.duocoder)")
    ex.add_argument("out", metavar="OUT.qdpx", help="the file to write")
    ex.add_argument("--force", action="store_true", help="replace OUT if it already exists")
    from duocoder.cli.privacy_commands import add_allow_unreviewed

    add_allow_unreviewed(ex)
    ex.add_argument(
        "--json",
        action="store_true",
        help="print the result as JSON for scripts (keys in English, stable across versions)",
    )
    ex.set_defaults(run=cmd_export)


def cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from duocoder.cli import messages
    from duocoder.cli.commands import _open, _print_json
    from duocoder.cli.messages import n
    from duocoder.cli.outputs import output_path
    from duocoder.cli.progress import terminal_progress

    with _open(args.project, remark=False) as project:
        words = _WORDS.get(messages.language(), _WORDS["en"])
        if Path(args.out).suffix.lower() != ".qdpx":
            raise ValidationError(words["suffix"].format(name=Path(args.out).name))
        out = output_path(args.out, args.force)
        assert out is not None
        with terminal_progress(not args.json) as progress:
            report = project.export_qdpx(
                out, progress=progress, allow_unreviewed=args.allow_unreviewed
            )
    if args.json:
        _print_json(report.as_json())
        return 0
    print(
        words["wrote"].format(
            path=out,
            documents=n(report.documents, "document"),
            codings=n(report.codings, "coding"),
            turns=n(report.turns, "turn"),
            codes=n(report.codes, "code"),
        )
    )
    return 0


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
    """`duocoder import-project PROJECT IN.qdpx`: a REFI-QDA project from NVivo, ATLAS.ti,
    MAXQDA, QualCoder or DuoCoder into a new or an existing project. A PROJECT that does
    not exist yet is created as `duocoder new` creates one: built under a hidden name and
    moved into place only when the import succeeded, so a refused file leaves no project
    behind. Into an existing project, the import is one undo step."""
    from pathlib import Path

    from duocoder.app.project import Project
    from duocoder.app.project_import import QdpxImportReport
    from duocoder.cli import messages
    from duocoder.cli.commands import _open, _print_json
    from duocoder.cli.progress import terminal_progress

    reports: list[QdpxImportReport] = []
    target = Path(args.project)
    created = not target.exists()
    with terminal_progress(not args.json) as progress:

        def run(project: Project) -> None:
            project.coder = args.coder
            reports.append(project.import_qdpx(args.file, progress=progress))

        if created:
            messages.set_language(args.language)
            with Project.create(target, language=args.language, setup=run):
                pass
        else:
            with _open(args.project) as project:
                run(project)
    report = reports[0]
    if args.json:
        _print_json({"created": created, **report.as_json()})
        return 0
    if created:
        print(messages.t("created", path=args.project))
    words = _IMPORT_WORDS.get(messages.language(), _IMPORT_WORDS["en"])
    print(
        words["imported"].format(
            added=len(report.added),
            matched=len(report.matched),
            codes=len(report.codes.added),
            merged=len(report.codes.merged),
            codings=report.codings,
            skipped=report.skipped,
        )
    )
    for was, now in report.renamed:
        print(words["renamed"].format(was=was, now=now))
    for document, decision in report.units:
        print(f"{document}: {decision}.")
    for note in [*report.codes.notes, *report.notes]:
        print(words["note"].format(note=note))
    if report.cancelled:
        print(words["cancelled"])
    return 0


_IMPORT_WORDS = {
    "en": {
        "imported": "Imported {added} document(s) ({matched} already in the project), "
        "{codes} new code(s) ({merged} merged with existing codes), {codings} coding(s) "
        "({skipped} already there).",
        "renamed": "'{was}' differs from the project's document of that name; imported as '{now}'.",
        "note": "Note: {note}",
        "cancelled": "The import was cancelled; what is listed above was imported.",
    },
    "nl": {
        "imported": "{added} document(en) geïmporteerd ({matched} al in het project), "
        "{codes} nieuwe code(s) ({merged} samengevoegd met bestaande codes), "
        "{codings} codering(en) ({skipped} waren er al).",
        "renamed": "'{was}' verschilt van het document met die naam in het project; "
        "geïmporteerd als '{now}'.",
        "note": "Opmerking: {note}",
        "cancelled": "De import is afgebroken; wat hierboven staat, is geïmporteerd.",
    },
}
