"""The CLI commands. Each takes the parsed arguments and returns an exit status; errors
are raised as DuoCoderError and worded by `main`. The JSON shapes are a public contract:
keys may be added, never renamed or removed."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path
from typing import Any

from duocoder.app.documents import KEEP
from duocoder.app.project import CodingSpec, Project
from duocoder.domain.errors import DuoCoderError, ValidationError
from duocoder.domain.records import Segment


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _open(path: str) -> Project:
    return Project.open(path)


def _table(rows: list[list[str]], headers: list[str]) -> None:
    widths = [
        max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)
    ]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


def _gui_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("duocoder.gui.app") is not None


def cmd_gui(args: argparse.Namespace) -> int:
    if not _gui_available():
        if args.project:
            with _open(args.project) as project:
                print_summary(project)
        print(
            "\nThe DuoCoder window is not part of this version yet; "
            "use the commands in 'duocoder --help'."
        )
        return 0
    from duocoder.gui.app import run_gui

    return run_gui(args.project)


def cmd_new(args: argparse.Namespace) -> int:
    reports = []

    def add_codebook(project: Project) -> None:
        reports.append(project.import_codebook_file(args.codebook))

    setup = add_codebook if args.codebook else None
    with Project.create(args.project, language=args.language, name=args.name, setup=setup):
        pass
    if reports:
        print(
            f"Created {args.project} with the codebook {Path(args.codebook).name} "
            f"({len(reports[0].added)} codes)."
        )
    else:
        print(f"Created {args.project}.")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if args.name and len(args.files) != 1:
        raise ValidationError("--name can only be used when importing one file.")
    names = {str(Path(args.files[0])): args.name} if args.name else None
    with _open(args.project) as project:
        progress = None
        if not args.json and sys.stderr.isatty():

            def progress(done: int, total: int, name: str) -> None:
                print(f"\r[{done}/{total}] {name[:60]:<60}", end="", file=sys.stderr, flush=True)

        report = project.import_files(
            args.files, args.role, args.case, args.duo, names=names, progress=progress
        )
        if progress is not None:
            print(file=sys.stderr)
    if args.json:
        _print_json(
            {
                "imported": [{"id": d.id, "name": d.name} for d in report.imported],
                "failed": [{"file": f.file, "error": f.error} for f in report.failed],
                "duplicates": [{"file": f.file, "error": f.error} for f in report.duplicates],
                "notes": [{"file": n.file, "note": n.note} for n in report.notes],
            }
        )
    else:
        for d in report.imported:
            print(f"Imported {d.name} ({d.paragraphs} paragraphs, {d.turns} speaker turns).")
        for n in report.notes:
            print(f"Note on '{n.file}': {n.note}", file=sys.stderr)
        for f in report.duplicates:
            print(f"Skipped: {f.error}", file=sys.stderr)
        for f in report.failed:
            print(f"Failed: {f.error}", file=sys.stderr)
    return 1 if report.failed else 0


def cmd_docs(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        docs = project.documents()
    if args.json:
        _print_json(
            [
                {
                    "id": d.id,
                    "name": d.name,
                    "role": d.role.value,
                    "case": d.case,
                    "duo": d.duo,
                    "chars": d.chars,
                    "paragraphs": d.paragraphs,
                    "turns": d.turns,
                    "codings": d.codings,
                    "format": d.source_format,
                    "attributes": d.attributes,
                }
                for d in docs
            ]
        )
    elif not docs:
        print("No documents yet. Import transcripts with 'duocoder import'.")
    else:
        _table(
            [
                [
                    str(d.id),
                    d.name,
                    d.role.value,
                    d.case or "",
                    d.duo or "",
                    str(d.chars),
                    str(d.turns),
                    str(d.codings),
                ]
                for d in docs
            ],
            ["id", "name", "role", "case", "duo", "chars", "turns", "codings"],
        )
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        sys.stdout.write(project.text(args.doc))
        sys.stdout.write("\n")
    return 0


def cmd_turns(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        turns = project.turns(args.doc)
        text = project.text(args.doc)
    if args.json:
        _print_json(
            [
                {
                    "start": t.start,
                    "end": t.end,
                    "speaker": t.speaker,
                    "interviewer": t.interviewer,
                    "timestamp": t.timestamp,
                }
                for t in turns
            ]
        )
    else:
        for t in turns:
            words = text[t.start : t.end].replace("\n", " ")
            who = f"{t.speaker}{' (interviewer)' if t.interviewer else ''}"
            ts = f"[{t.timestamp}] " if t.timestamp else ""
            print(
                f"{t.start:>7}-{t.end:<7} {ts}{who}: {words[:70]}{'…' if len(words) > 70 else ''}"
            )
    return 0


def _read_codings_csv(path: Path) -> list[CodingSpec]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DuoCoderError(f"Could not read '{path.name}': {exc.strerror}.") from None
    text = raw.decode("utf-8-sig", errors="strict") if raw else ""
    reader = csv.DictReader(text.splitlines())
    needed = {"doc", "start", "end", "code"}
    if not reader.fieldnames or not needed <= {f.strip() for f in reader.fieldnames}:
        raise ValidationError(
            f"'{path.name}' needs the columns doc,start,end,code (and optionally coder,memo)."
        )
    specs = []
    for line, row in enumerate(reader, start=2):
        row = {k.strip(): (v or "").strip() for k, v in row.items() if k}
        try:
            start, end = int(row["start"]), int(row["end"])
        except ValueError:
            raise ValidationError(
                f"'{path.name}' line {line}: start and end must be whole numbers."
            ) from None
        specs.append(
            CodingSpec(
                row["doc"],
                start,
                end,
                row["code"],
                row.get("coder") or None,
                row.get("memo") or None,
            )
        )
    return specs


def cmd_uncode(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        project.coder = args.coder or None
        project.remove_codings(args.codings)
    n = len(args.codings)
    if args.json:
        _print_json({"removed": args.codings})
    else:
        print(f"Removed {n} coding{'' if n == 1 else 's'}.")
    return 0


def cmd_doc(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        project.coder = args.coder or None
        old = project.document(args.doc)
        if args.doc_command == "rename":
            project.rename_document(old.id, args.name)
            print(f"Renamed '{old.name}' to '{project.document(old.id).name}'.")
        elif args.doc_command == "delete":
            n = project.delete_document(old.id)
            print(f"Deleted '{old.name}' and its {n} coding{'' if n == 1 else 's'}.")
        else:
            attributes: dict[str, str | None] = {}
            for item in args.attr:
                key, sep, value = item.partition("=")
                if not sep or not key.strip():
                    raise ValidationError(f"'{item}' is not KEY=VALUE.")
                attributes[key.strip()] = value if value else None
            case = KEEP if args.case is None else (args.case or None)
            duo = KEEP if args.duo is None else (args.duo or None)
            if args.role is None and case is KEEP and duo is KEEP and not attributes:
                raise ValidationError(
                    "Say what to change: --role, --case, --duo or --attr KEY=VALUE."
                )
            info = project.set_document_properties(
                old.id, role=args.role, case=case, duo=duo, attributes=attributes or None
            )
            role = info.role.label(project.language)
            where = ", ".join(x for x in (info.case, info.duo) if x)
            print(f"'{info.name}' is now {role}" + (f" ({where})." if where else "."))
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    return _step(args, undoing=True)


def cmd_redo(args: argparse.Namespace) -> int:
    return _step(args, undoing=False)


def _step(args: argparse.Namespace, undoing: bool) -> int:
    """Undo or redo on the history kept in the project; prints the step's label."""
    with _open(args.project) as project:
        project.coder = args.coder
        if args.coder:
            label = project.history.undo_label if undoing else project.history.redo_label
        else:  # the project's last step, whoever made it
            label = project.history.last_label(undoing)
        action = project.undo if undoing else project.redo
        changes = action(any_coder=not args.coder)
    verb = "Undid" if undoing else "Redid"
    if changes is None:
        who = f" by {args.coder}" if args.coder else ""
        message = f"There is nothing{who} to {'undo' if undoing else 'redo'}."
        if args.json:
            _print_json({"done": False, "label": None})
        else:
            print(message)
        return 0
    if args.json:
        _print_json({"done": True, "label": label})
    else:
        print(f"{verb}: {label}.")
    return 0


def cmd_code(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        project.coder = args.coder or None
        if args.from_csv:
            specs = _read_codings_csv(Path(args.from_csv))
            try:
                ids = project.add_codings(specs, create_codes=True)
            except DuoCoderError as exc:
                raise DuoCoderError(f"No codings were applied: {exc}") from None
            if args.json:
                _print_json({"ids": ids})
            else:
                print(f"Applied {len(ids)} codings.")
            return 0
        missing = [o for o in ("doc", "start", "end", "code") if getattr(args, o) is None]
        if missing:
            raise ValidationError(f"Give --{', --'.join(missing)} (or --from FILE.csv).")
        coding_id = project.add_coding(
            args.doc,
            args.code,
            args.start,
            args.end,
            coder=args.coder,
            memo=args.memo,
            create_code=True,
        )
    if args.json:
        _print_json({"id": coding_id})
    else:
        print(f"Coded {args.start}-{args.end} of {args.doc} with {args.code} (coding {coding_id}).")
    return 0


def segment_json(s: Segment) -> dict[str, Any]:
    return {
        "id": s.id,
        "doc": s.doc,
        "doc_id": s.doc_id,
        "role": s.role.value,
        "case": s.case,
        "duo": s.duo,
        "code": s.code,
        "start": s.start,
        "end": s.end,
        "text": s.text,
        "coder": s.coder,
        "memo": s.memo,
    }


def cmd_segments(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        segs = project.segments(
            args.code,
            descendants=args.descendants,
            roles=args.role,
            cases=args.case,
            duos=args.duo,
            coders=args.coder,
        )
    if args.json:
        _print_json([segment_json(s) for s in segs])
        return 0
    if not segs:
        print("No coded segments match.")
    for s in segs:
        print(
            f"{s.doc} ({s.role.value}) {s.start}-{s.end} [{s.code}]"
            f"{' — ' + s.coder if s.coder else ''}"
        )
        print("    " + s.text.replace("\n", "\n    "))
    return 0


def cmd_codes(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        codes = project.codes()
    if args.json:
        _print_json(
            [
                {
                    "id": c.id,
                    "path": c.path,
                    "name": c.name,
                    "parent_id": c.parent_id,
                    "guid": c.guid,
                    "color": c.color,
                    "codable": c.codable,
                    "description": c.description,
                    "count": c.own_count,
                    "count_with_descendants": c.total_count,
                }
                for c in codes
            ]
        )
        return 0
    if not codes:
        print("No codes yet.")
    depth = {c.id: 0 for c in codes}
    for c in codes:
        if c.parent_id is not None:
            depth[c.id] = depth[c.parent_id] + 1
        own = f"{c.own_count}" + (f" / {c.total_count}" if c.total_count != c.own_count else "")
        print(f"{'  ' * depth[c.id]}{c.name}  ({own}){'' if c.codable else '  [category]'}")
    return 0


def cmd_codebook(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        if args.codebook_command == "export":
            from duocoder.cli.outputs import output_path

            out = output_path(args.out, args.force)
            assert out is not None  # OUT is a required argument
            project.export_codebook(out)
            print(f"Wrote {out}.")
            return 0
        report = project.import_codebook_file(args.file)
    if args.json:
        _print_json(report.as_json())
    else:
        print(report.summary())
    return 0


def print_summary(project: Project) -> None:
    docs = project.documents()
    codes = project.codes()
    print(f"Project: {project.name} ({project.path})")
    print(f"Language: {project.language}")
    print(f"Documents: {len(docs)}")
    for d in docs:
        print(
            f"  - {d.name}: {d.role.label(project.language)}, {d.case or '—'}"
            f"{', ' + d.duo if d.duo else ''}; {d.turns} turns, {d.codings} codings"
        )
    top = [c for c in codes if c.parent_id is None]
    print(f"Codes: {len(codes)} in {len(top)} themes; codings: {project.coding_count()}")
    for c in top:
        print(f"  - {c.name}: {c.total_count} codings")


def cmd_demo(args: argparse.Namespace) -> int:
    from duocoder.app.demo import build_demo, default_demo_path

    path = Path(args.path) if args.path else default_demo_path()
    if args.rebuild or not path.exists():
        print(f"Building the demo project in {path} …", flush=True)
        build_demo(path, replace=args.rebuild)
    if args.gui:
        return cmd_gui(argparse.Namespace(project=str(path)))
    with _open(str(path)) as project:
        print_summary(project)
    return 0
