"""The CLI commands. Each takes the parsed arguments and returns an exit status; errors
are raised as DuoCoderError and worded by `main`. The JSON shapes are a public contract:
keys may be added, never renamed or removed."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from duocoder.app.documents import KEEP
from duocoder.app.paths import codebook_path
from duocoder.app.project import CodingSpec, Project
from duocoder.app.team_projects import is_team_address, open_team_project
from duocoder.cli import messages
from duocoder.cli.messages import n, t
from duocoder.cli.passphrase import passphrase
from duocoder.cli.progress import terminal_progress
from duocoder.domain.errors import (
    DuoCoderError,
    DuplicateCodingError,
    PassphraseNeededError,
    UnknownCodeError,
    ValidationError,
    WrongPassphraseError,
)
from duocoder.domain.records import Segment


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _open(path: str, remark: bool = True) -> Project:
    """The project at `path`, with the CLI speaking its language; a project that still
    holds repeated codings from an earlier version gets a remark on stderr."""
    project = open_project(path)
    messages.set_language(project.language)
    if remark:
        try:
            count = sum(len(d.extra) for d in project.duplicate_codings())
        except Exception:
            project.close()
            raise
        if count:
            print(t("duplicates_remark", path=path, count=n(count, "duplicate")), file=sys.stderr)
    return project


def open_project(path: str | Path) -> Project:
    """The project at `path`; an encrypted one is opened with the passphrase from
    DUOCODER_PASSPHRASE or typed at the terminal (a wrong one: its one sentence). A team
    project takes its password where the window does (`open_team_project`): the password
    or service file, else the one the window remembered in the system's keyring."""
    if is_team_address(str(path)):
        return open_team_project(str(path))
    try:
        return Project.open(path)
    except WrongPassphraseError:
        raise
    except PassphraseNeededError:
        secret = passphrase(t("passphrase_prompt", name=Path(path).name))
        return Project.open(path, secret)


def code_filter(project: Project, args: argparse.Namespace) -> list[str] | None:
    """The code paths a command's `--code PATH` (repeatable) and `--descendants` choose:
    the codes named, and with --descendants every code below them; None for no --code."""
    if not getattr(args, "code", None):
        return None
    return project.code_selection(args.code, descendants=getattr(args, "descendants", False))


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
        print("\n" + t("gui_missing"))
        return 0
    from duocoder.gui.app import run_gui

    return run_gui(args.project)


def cmd_new(args: argparse.Namespace) -> int:
    from duocoder.app.new_project import create_project
    from duocoder.storage.server import is_server_address

    messages.set_language(args.language)
    codebook = codebook_path(args.codebook) if args.codebook else None
    secret = None
    if args.encrypt and is_server_address(args.project):
        raise ValidationError(t("server_not_encrypted"))
    if args.encrypt:
        secret = passphrase(t("passphrase_new", name=Path(args.project).name), confirm=True)
    made = create_project(
        args.project,
        language=args.language,
        name=args.name,
        codebook=codebook,
        passphrase=secret,
    )
    made.project.close()
    if made.codebook is not None:
        codes = n(len(made.codebook.added), "code")
        print(
            t(
                "created_with_codebook",
                path=args.project,
                codebook=codebook.name if codebook else "",
                codes=codes,
            )
        )
    else:
        print(t("created", path=args.project))
    if secret is not None:
        print(t("created_encrypted", path=args.project))
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    from duocoder.app.copying import copy_project
    from duocoder.app.encryption import is_encrypted_file
    from duocoder.storage.server import is_server_address

    secret = None
    source = Path(args.source)
    if not is_server_address(args.source) and source.is_file() and is_encrypted_file(source):
        secret = passphrase(t("passphrase_prompt", name=source.name))
    with terminal_progress(not args.json) as progress:
        report = copy_project(args.source, args.target, passphrase=secret, progress=progress)
    if args.json:
        _print_json(report.as_dict())
        return 0
    print(
        t(
            "copied",
            source=report.source,
            target=report.target,
            documents=n(report.rows.get("documents", 0), "document"),
            codings=n(report.rows.get("codings", 0), "coding"),
            rows=report.total,
        )
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    if args.name and len(args.files) != 1:
        raise ValidationError(t("name_one_file"))
    names = {str(Path(args.files[0])): args.name} if args.name else None
    with _open(args.project) as project, terminal_progress(not args.json) as progress:
        report = project.import_files(
            args.files,
            args.role,
            args.case,
            args.duo,
            names=names,
            progress=progress,
            questions=args.questions,
        )
    if args.json:
        _print_json(
            {
                "imported": [{"id": d.id, "name": d.name} for d in report.imported],
                "failed": [{"file": f.file, "error": f.error} for f in report.failed],
                "duplicates": [{"file": f.file, "error": f.error} for f in report.duplicates],
                "notes": [{"file": note.file, "note": note.note} for note in report.notes],
            }
        )
    else:
        for d in report.imported:
            print(
                t(
                    "imported",
                    name=d.name,
                    paragraphs=n(d.paragraphs, "paragraph"),
                    turns=n(d.turns, "turn"),
                )
            )
        if len(report.imported) > 1:
            print(t("imported_total", documents=n(len(report.imported), "document")))
        for note in report.notes:
            print(t("note", file=note.file, note=note.note), file=sys.stderr)
        for f in report.duplicates:
            print(t("skipped_file", error=f.error), file=sys.stderr)
        for f in report.failed:
            print(t("failed_file", error=f.error), file=sys.stderr)
    return 1 if report.failed else 0


def cmd_docs(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        docs = project.documents()
        language = project.language
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
        print(t("no_documents"))
    else:
        _table(
            [
                [
                    str(d.id),
                    d.name,
                    d.role.label(language),
                    d.case or "",
                    d.duo or "",
                    str(d.chars),
                    str(d.turns),
                    str(d.codings),
                ]
                for d in docs
            ],
            [t(h) for h in ("h_id", "h_name", "h_role", "h_case", "h_duo", "h_chars", "h_turns")]
            + [t("h_codings")],
        )
    return 0


def cmd_text(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        sys.stdout.write(project.text(args.doc))
        sys.stdout.write("\n")
    return 0


def cmd_turns(args: argparse.Namespace) -> int:
    from duocoder.cli.media_commands import exact_seconds

    with _open(args.project) as project:
        turns = project.turns(args.doc)
        text = project.text(args.doc)
        seconds = exact_seconds(project.timed_turns(args.doc)) if args.json else []
    if args.json:
        _print_json(
            [
                {
                    "start": turn.start,
                    "end": turn.end,
                    "speaker": turn.speaker,
                    "interviewer": turn.interviewer,
                    "timestamp": turn.timestamp,
                    "seconds": start,
                    "end_seconds": end,
                }
                for turn, (start, end) in zip(turns, seconds, strict=True)
            ]
        )
    else:
        interviewer = f" ({t('interviewer')})"
        for turn in turns:
            words = text[turn.start : turn.end].replace("\n", " ")
            who = f"{turn.speaker}{interviewer if turn.interviewer else ''}"
            ts = f"[{turn.timestamp}] " if turn.timestamp else ""
            more = "…" if len(words) > 70 else ""
            print(f"{turn.start:>7}-{turn.end:<7} {ts}{who}: {words[:70]}{more}")
    return 0


def cmd_uncode(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        project.coder = args.coder or None
        project.remove_codings(args.codings)
    if args.json:
        _print_json({"removed": args.codings})
    else:
        print(t("removed", codings=n(len(args.codings), "coding")))
    return 0


def cmd_doc(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        project.coder = args.coder or None
        old = project.document(args.doc)
        if args.doc_command == "rename":
            project.rename_document(old.id, args.name)
            print(t("renamed", old=old.name, new=project.document(old.id).name))
        elif args.doc_command == "delete":
            count = project.delete_document(old.id)
            print(t("deleted", name=old.name, codings=n(count, "coding")))
        else:
            attributes: dict[str, str | None] = {}
            for item in args.attr:
                key, sep, value = item.partition("=")
                if not sep or not key.strip():
                    raise ValidationError(t("not_key_value", item=item))
                attributes[key.strip()] = value if value else None
            case = KEEP if args.case is None else (args.case or None)
            duo = KEEP if args.duo is None else (args.duo or None)
            if args.role is None and case is KEEP and duo is KEEP and not attributes:
                raise ValidationError(t("say_what"))
            info = project.set_document_properties(
                old.id, role=args.role, case=case, duo=duo, attributes=attributes or None
            )
            role = info.role.label(project.language)
            where = ", ".join(x for x in (info.case, info.duo) if x)
            print(t("doc_now", name=info.name, role=role, where=f" ({where})" if where else ""))
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    return _step(args, undoing=True)


def cmd_redo(args: argparse.Namespace) -> int:
    return _step(args, undoing=False)


def _step(args: argparse.Namespace, undoing: bool) -> int:
    """Undo or redo on the history kept in the project; prints the step's label. A step
    sealed by a pseudonymisation needs its key file (--key), unlocked for this command only."""
    from duocoder.app.privacy import SealedStepError

    with _open(args.project) as project:
        project.coder = args.coder
        if args.key:
            from duocoder.cli.privacy_commands import key_passphrase

            if not Path(args.key).exists():
                raise ValidationError(t("pseudo_no_key", keyfile=args.key))
            project.unlock_key(args.key, key_passphrase(Path(args.key)))
        if args.coder:
            label = project.history.undo_label if undoing else project.history.redo_label
        else:  # the project's last step, whoever made it
            label = project.history.last_label(undoing)
        action = project.undo if undoing else project.redo
        try:
            changes = action(any_coder=not args.coder)
        except SealedStepError as exc:
            raise ValidationError(t("sealed_step", label=exc.label)) from None
    verb = "undo" if undoing else "redo"
    if changes is None:
        if args.json:
            _print_json({"done": False, "label": None})
        elif args.coder:
            print(t(f"nothing_{verb}_by", coder=args.coder))
        else:
            print(t(f"nothing_{verb}"))
        return 0
    if args.json:
        _print_json({"done": True, "label": label})
    else:
        print(t("undid" if undoing else "redid", label=label))
    return 0


def cmd_code(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        project.coder = args.coder or None
        if args.from_csv:
            return _code_from(project, args)
        missing = [o for o in ("doc", "start", "end", "code") if getattr(args, o) is None]
        if missing:
            raise ValidationError(t("give_options", options="--" + ", --".join(missing)))
        try:
            report = project.apply_codings(
                [CodingSpec(args.doc, args.start, args.end, args.code, args.coder, args.memo)],
                create_codes=args.create,
                label="Code passage",
            )
        except UnknownCodeError as exc:
            raise DuoCoderError(describe_error(exc, create_hint=True)) from None
        [coding_id] = report.ids
    if args.json:
        _print_json({"id": coding_id, "created": report.created})
    else:
        for path in report.created:
            print(t("created_code", path=path))
        print(
            t("coded", start=args.start, end=args.end, doc=args.doc, code=args.code, id=coding_id)
        )
    return 0


def _code_from(project: Project, args: argparse.Namespace) -> int:
    """`code --from FILE.csv`: every row, or nothing (one undo step); a row already coded is
    skipped and said, so running a grown spreadsheet again adds only its new rows."""
    from duocoder.cli.codings_file import read_codings_file, resolve_rows

    rows = read_codings_file(Path(args.from_csv))
    specs = resolve_rows(project, rows, args.coder or None)
    try:
        report = project.apply_codings(specs, create_codes=args.create, skip_duplicates=True)
    except DuoCoderError as exc:
        index = getattr(exc, "spec_index", None)
        error = describe_error(exc, create_hint=True)
        if index is not None:
            error = t("row_error", row=rows[index].row, error=error)
        raise DuoCoderError(t("nothing_applied", error=error)) from None
    skipped = [rows[i].row for i in report.skipped]
    if args.json:
        _print_json({"ids": report.ids, "created": report.created, "skipped_rows": skipped})
        return 0
    for path in report.created:
        print(t("created_code", path=path))
    print(t("applied", codings=n(len(report.ids), "coding")))
    if skipped:
        which = ", ".join(str(r) for r in skipped)
        print(t("skipped_rows", rows=n(len(skipped), "row"), which=which))
    return 0


def describe_error(exc: BaseException, create_hint: bool = False) -> str:
    """An error of the core as the CLI says it: the typed ones in the project's language
    (an unknown code with what was meant, a coding that is already there), others as
    the core worded them. `create_hint`: say that --create makes a missing code (only
    `code` has it)."""
    if isinstance(exc, UnknownCodeError):
        text = t("unknown_code", path=exc.path)
        if exc.suggestions:
            text += t("did_you_mean", paths=t("or").join(f"'{p}'" for p in exc.suggestions))
        return text + (t("add_create") if create_hint else "")
    if isinstance(exc, WrongPassphraseError):
        return t("passphrase_wrong", name=Path(exc.path).name)
    if isinstance(exc, DuplicateCodingError):
        values = {"start": exc.start, "end": exc.end, "doc": exc.document, "code": exc.code}
        if exc.coder:
            return t("duplicate", coder=exc.coder, **values)
        return t("duplicate_no_coder", **values)
    return str(exc)


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
    from duocoder.cli.outputs import output_path

    out = output_path(args.output, args.force, (".xlsx", ".csv"))
    with _open(args.project) as project:
        segs = project.segments(
            args.code,
            descendants=args.descendants,
            roles=args.role,
            cases=args.case,
            duos=args.duo,
            coders=args.coder,
        )
        language = project.language
        if out is not None:  # past the privacy guard, or nothing is written
            path = project.export_segments(segs, out, allow_unreviewed=args.allow_unreviewed)
            print(t("wrote_rows", rows=n(len(segs), "row"), path=path))
            return 0
    if args.json:
        _print_json([segment_json(s) for s in segs])
        return 0
    if not segs:
        print(t("no_segments"))
    for s in segs:
        print(
            f"{s.doc} ({s.role.label(language)}) {s.start}-{s.end} [{s.code}]"
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
                    "keywords": list(c.keywords),
                    "count": c.own_count,
                    "count_with_descendants": c.total_count,
                }
                for c in codes
            ]
        )
        return 0
    if not codes:
        print(t("no_codes"))
    depth = {c.id: 0 for c in codes}
    category = "  " + t("category")
    for c in codes:
        if c.parent_id is not None:
            depth[c.id] = depth[c.parent_id] + 1
        own = f"{c.own_count}" + (f" / {c.total_count}" if c.total_count != c.own_count else "")
        print(f"{'  ' * depth[c.id]}{c.name}  ({own}){'' if c.codable else category}")
    return 0


def cmd_codebook(args: argparse.Namespace) -> int:
    with _open(args.project) as project:
        if args.codebook_command == "export":
            from duocoder.cli.outputs import output_path

            if args.out is not None and args.output is not None:
                raise ValidationError(t("output_twice"))
            out = output_path(args.output or args.out, args.force)
            if out is None:
                raise ValidationError(t("output_missing"))
            project.export_codebook(out)
            print(t("wrote", path=out))
            return 0
        report = project.import_codebook_file(codebook_path(args.file))
    if args.json:
        _print_json(report.as_json())
        return 0
    print(
        t(
            "codebook_imported",
            added=n(len(report.added), "code"),
            merged=len(report.merged),
            renamed=len(report.renamed),
            updated=len(report.updated),
        )
    )
    for old, new in report.renamed:
        print(t("codebook_renamed", old=old, new=new))
    for note in report.notes:
        print(t("codebook_note", note=note))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Report (and with --fix remove, in one undo step) what older versions could leave in
    a project: the same coding stored more than once."""
    with _open(args.project, remark=False) as project:
        project.coder = args.coder or None
        found = project.duplicate_codings()
        count = sum(len(d.extra) for d in found)
        removed = project.remove_duplicate_codings() if args.fix and count else 0
    if args.json:
        _print_json(
            {
                "duplicates": [
                    {
                        "doc": d.document,
                        "code": d.code,
                        "start": d.start,
                        "end": d.end,
                        "coder": d.coder,
                        "kept": d.kept,
                        "extra": list(d.extra),
                    }
                    for d in found
                ],
                "removed": removed,
            }
        )
        return 0 if not count or removed else 1
    if not count:
        print(t("check_clean", path=args.project))
        return 0
    print(t("check_duplicates", path=args.project, count=n(count, "duplicate")))
    for d in found:
        by = f" ({d.coder})" if d.coder else ""
        print(
            t(
                "check_duplicate_line",
                doc=d.document,
                start=d.start,
                end=d.end,
                code=d.code,
                by=by,
                times=len(d.extra) + 1,
            )
        )
    if removed:
        print(t("check_fixed", count=n(removed, "duplicate")))
        return 0
    print(t("check_fix_hint", path=args.project))
    return 1


def print_summary(project: Project) -> None:
    docs = project.documents()
    codes = project.codes()
    language = project.language
    print(t("summary_project", name=project.name, path=project.address))
    print(t("summary_language", language=language))
    print(t("summary_documents", count=len(docs)))
    for d in docs:
        print(
            t(
                "summary_document",
                name=d.name,
                role=d.role.label(language),
                case=d.case or "—",
                duo=", " + d.duo if d.duo else "",
                turns=n(d.turns, "turn"),
                codings=n(d.codings, "coding"),
            )
        )
    top = [c for c in codes if c.parent_id is None]
    print(
        t(
            "summary_codes",
            codes=len(codes),
            themes=n(len(top), "theme"),
            codings=project.coding_count(),
        )
    )
    for c in top:
        print(t("summary_theme", name=c.name, codings=n(c.total_count, "coding")))


def cmd_demo(args: argparse.Namespace) -> int:
    from duocoder.app.demo import build_demo, default_demo_path

    path = Path(args.path) if args.path else default_demo_path()
    if args.rebuild or not path.exists():
        print(t("building_demo", path=path), flush=True)
        build_demo(path, replace=args.rebuild)
    if args.gui:
        return cmd_gui(argparse.Namespace(project=str(path)))
    with _open(str(path)) as project:
        print_summary(project)
    return 0
