"""`duocoder`: the scriptable face of DuoCoder.

Kept light on purpose: a small command imports neither Qt nor spaCy, so scripts that call it
in a loop stay fast. Each command lives in `duocoder.cli.commands` and is imported lazily."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from duocoder.cli.desktop_commands import add_desktop_parser
from duocoder.cli.errors import fail, write_crash_log
from duocoder.domain.limits import PROXIMITY_DISTANCE

ROLES = "coordinator, participant, volunteer, other (or coördinator, deelnemer, vrijwilliger)"
PROJECT = "the project file (.duocoder) or a team project's postgresql://user@host/db address"
JSON = "print the result as JSON for scripts (keys in English, stable across versions)"
CODE = "a code path, e.g. Verbinding/Vertrouwensrelatie; repeatable"
DESCENDANTS = "with --code: also every code below each one"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="duocoder",
        description="Code interview transcripts of duowerkingen (buddy programmes).",
        epilog="Run 'duocoder COMMAND --help' for the options of one command. 'duocoder "
        "PROJECT' opens a project in the window, as 'duocoder gui PROJECT' does (a project "
        "file named like a command is given with its folder: ./import).",
    )
    from duocoder import __version__

    p.add_argument("--version", action="version", version=f"DuoCoder {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    g = sub.add_parser("gui", help="open the DuoCoder window (the default command)")
    g.add_argument("project", nargs="?", help=PROJECT + " to open")

    n = sub.add_parser("new", help="create a new project file, or a team project on a server")
    n.add_argument(
        "project",
        help="the new project file (.duocoder), which must not exist yet, or an empty "
        "PostgreSQL database's address, postgresql://user@host:port/db (the password comes "
        "from your PostgreSQL password file ~/.pgpass or a service file, never the address)",
    )
    n.add_argument(
        "--language",
        choices=["nl", "en"],
        default="nl",
        help="the interviews' language, also the language DuoCoder speaks for it (nl)",
    )
    n.add_argument("--name", help="project name (default: the file name)")
    n.add_argument(
        "--codebook",
        help="a codebook to start with: a .qdc file, or a shipped one by its name, "
        "duowerkingen (Dutch) or duowerkingen-en (English)",
    )
    n.add_argument(
        "--encrypt",
        action="store_true",
        help="encrypt the project with a passphrase, asked twice at the terminal (or taken "
        "from DUOCODER_PASSPHRASE); without it the project cannot be opened",
    )

    cp = sub.add_parser(
        "copy",
        help="copy a whole project: a file to a server, a server to a file, or file to file",
        description="Copy everything of a project (documents, turns, codes, codings, memos, "
        "the language index, settings and the undo history) to a new project file or an "
        "empty PostgreSQL database. The source is read as it is and never changed; the "
        "target is complete or not made at all.",
    )
    cp.add_argument("source", help="the project to copy: " + PROJECT)
    cp.add_argument(
        "target", help="a new project file (.duocoder) or an empty database's postgresql:// address"
    )
    cp.add_argument("--json", action="store_true", help=JSON)

    i = sub.add_parser("import", help="import transcripts (.docx, .txt, .odt, .vtt, .srt)")
    i.add_argument("project", help=PROJECT)
    i.add_argument("files", nargs="+", metavar="FILE", help="transcripts to import")
    i.add_argument("--role", required=True, help=ROLES)
    i.add_argument("--case", help="the organisation the interviews belong to")
    i.add_argument("--duo", help="the duo (pair) of a participant and a volunteer")
    i.add_argument("--name", help="document name (only when importing one file)")
    i.add_argument("--json", action="store_true", help=JSON)

    d = sub.add_parser("docs", help="list documents with role, case, duo and size")
    d.add_argument("project", help=PROJECT)
    d.add_argument("--json", action="store_true", help=JSON)

    t = sub.add_parser("text", help="print the text of one document")
    t.add_argument("project", help=PROJECT)
    t.add_argument("doc", help="document name or id")

    tu = sub.add_parser("turns", help="list the speaker turns of one document")
    tu.add_argument("project", help=PROJECT)
    tu.add_argument("doc", help="document name or id")
    tu.add_argument("--json", action="store_true", help=JSON)

    c = sub.add_parser("code", help="code a passage (or many, with --from FILE.csv)")
    c.add_argument("project", help=PROJECT)
    c.add_argument("--doc", help="document name or id")
    c.add_argument("--start", type=int, help="first character (0-based, in code points)")
    c.add_argument("--end", type=int, help="character after the last one")
    c.add_argument(
        "--code",
        metavar="PATH",
        help="the code to apply: a code path, e.g. Verbinding/Vertrouwensrelatie",
    )
    c.add_argument(
        "--create",
        action="store_true",
        help="create code paths that do not exist yet (without it they are refused, "
        "with the paths you most likely meant)",
    )
    c.add_argument("--coder", help="who codes (and whose undo history it goes on)")
    c.add_argument("--memo", help="a memo on the coding")
    c.add_argument(
        "--from",
        dest="from_csv",
        metavar="FILE.csv",
        help="apply every row of a CSV file, or none: doc,start,end,code or doc,quote,code "
        "(the passage's words), optionally coder,memo,occurrence; Dutch headers "
        "document,citaat,code,codeur,memo,voorkomen work too",
    )
    c.add_argument("--json", action="store_true", help=JSON)

    s = sub.add_parser("segments", help="list coded segments with their text")
    s.add_argument("project", help=PROJECT)
    s.add_argument("--code", action="append", metavar="PATH", help=CODE)
    s.add_argument("--descendants", action="store_true", help=DESCENDANTS)
    s.add_argument("--role", action="append", help=f"{ROLES}; repeatable")
    s.add_argument("--case", action="append", metavar="NAME", help="organisation; repeatable")
    s.add_argument("--duo", action="append", metavar="NAME", help="duo; repeatable")
    s.add_argument("--coder", action="append", metavar="NAME", help="coder; repeatable")
    s.add_argument(
        "-o",
        "--output",
        metavar="OUT.xlsx|OUT.csv",
        help="write the segments (text and memo) to a file; replaced only with --force",
    )
    s.add_argument("--force", action="store_true", help="replace the -o file if it exists")
    s.add_argument("--json", action="store_true", help=JSON)

    co = sub.add_parser("codes", help="show the code tree with counts")
    co.add_argument("project", help=PROJECT)
    co.add_argument("--json", action="store_true", help=JSON)

    cb = sub.add_parser("codebook", help="export or import a codebook")
    cbs = cb.add_subparsers(dest="codebook_command", metavar="ACTION", required=True)
    ce = cbs.add_parser("export", help="write the codebook as .qdc (REFI-QDA) or .docx")
    ce.add_argument("project", help=PROJECT)
    ce.add_argument(
        "out",
        nargs="?",
        metavar="OUT.qdc|OUT.docx",
        help="the file to write (or give it with -o); replaced only with --force",
    )
    ce.add_argument(
        "-o", "--output", metavar="OUT.qdc|OUT.docx", help="the file to write, as elsewhere"
    )
    ce.add_argument("--force", action="store_true", help="replace OUT if it already exists")
    ci = cbs.add_parser("import", help="merge a codebook from .qdc, .xlsx or .csv")
    ci.add_argument("project", help=PROJECT)
    ci.add_argument(
        "file",
        metavar="IN.qdc|IN.xlsx|IN.csv",
        help="the codebook to merge (or a shipped one by its name: duowerkingen, duowerkingen-en)",
    )
    ci.add_argument("--json", action="store_true", help=JSON)

    oc = sub.add_parser("cooccurrence", help="how often codes co-occur (a code × code table)")
    oc.add_argument("project", help=PROJECT)
    oc.add_argument(
        "--mode",
        choices=["overlap", "paragraph", "turn", "proximity"],
        help="when two codes co-occur: their segments overlap (the default), share a "
        "paragraph or a speaker turn, or lie within --distance characters",
    )
    oc.add_argument(
        "--distance",
        type=int,
        metavar="N",
        help=f"characters apart, for --mode proximity (default {PROXIMITY_DISTANCE}, "
        "as in the window)",
    )
    oc.add_argument("--by-role", action="store_true", help="one table per role, side by side")
    oc.add_argument(
        "--pairs",
        nargs=2,
        metavar=("A", "B"),
        help="list the co-occurring passages of code paths A and B instead of the table",
    )
    ma = sub.add_parser("matrix", help="segments and documents per code and role, case or doc")
    ma.add_argument("project", help=PROJECT)
    ma.add_argument(
        "--by",
        required=True,
        choices=["role", "case", "document"],
        help="the columns: one per role, case or document",
    )
    ma.add_argument("--percent", action="store_true", help="as shares of the column")
    qu = sub.add_parser("quotes", help="write the quotes of codes to Word, per code and role")
    qu.add_argument("project", help=PROJECT)
    qu.add_argument("--with-source", action="store_true", help="document, paragraphs, case, duo")
    qu.add_argument("--with-memo", action="store_true", help="each quote's memo")
    qu.add_argument("--with-definitions", action="store_true", help="each code's definition")
    qu.add_argument(
        "--attribution",
        choices=["line", "inline"],
        default="line",
        help="the role on its own line under the quote (default) or inline after it",
    )
    from duocoder.cli.privacy_commands import add_allow_unreviewed

    add_allow_unreviewed(s)
    for a in (oc, ma, qu):
        out = "OUT.docx" if a is qu else "OUT.csv|OUT.xlsx"
        a.add_argument(
            "-o",
            "--output",
            metavar=out,
            required=a is qu,
            help="write to this file; an existing file is replaced only with --force",
        )
        a.add_argument("--force", action="store_true", help="replace the -o file if it exists")
        a.add_argument("--json", action="store_true", help=JSON)
        a.add_argument("--role", action="append", help=f"{ROLES}; repeatable")
        for option, what in (("--case", "organisation"), ("--duo", "duo"), ("--coder", "coder")):
            a.add_argument(option, action="append", metavar="NAME", help=f"{what}; repeatable")
        a.add_argument("--code", action="append", metavar="PATH", help=f"only these: {CODE}")
        a.add_argument(
            "--descendants",
            action="store_true",
            help=DESCENDANTS + ("; each row also counts the codes below it" if a is ma else ""),
        )
        if a is qu:
            add_allow_unreviewed(a)
        else:
            a.add_argument(
                "--include-interviewer",
                action="store_true",
                help="count segments lying only in interviewer turns too",
            )

    from duocoder.cli.language_commands import add_language_parsers

    add_language_parsers(sub)
    from duocoder.cli.turn_commands import add_turn_options

    add_turn_options(sub)

    from duocoder.cli.codes_commands import add_codes_parsers

    add_codes_parsers(sub)  # codes set-keywords, reached through codes_commands.route
    from duocoder.cli.exchange_commands import add_import_project_parser

    add_import_project_parser(sub)
    from duocoder.cli.exchange_commands import add_export_parser

    add_export_parser(sub)
    from duocoder.cli.merge_commands import add_merge_parser

    add_merge_parser(sub)
    from duocoder.cli.consensus_commands import add_consensus_parser

    add_consensus_parser(sub)
    from duocoder.cli.agreement_commands import add_agreement_parser

    add_agreement_parser(sub)
    from duocoder.cli.encryption_commands import add_encryption_parsers

    add_encryption_parsers(sub)
    from duocoder.cli.privacy_commands import add_privacy_parsers

    add_privacy_parsers(sub)
    from duocoder.cli.team_commands import add_team_parsers

    add_team_parsers(sub)
    from duocoder.cli.media_commands import add_media_parsers

    add_media_parsers(sub)

    un = sub.add_parser("uncode", help="remove codings by their ids (see 'segments --json')")
    un.add_argument("project", help=PROJECT)
    un.add_argument(
        "codings", nargs="+", type=int, metavar="CODING_ID", help="ids of codings to remove"
    )
    un.add_argument("--coder", help="whose undo history the removal goes on")
    un.add_argument("--json", action="store_true", help=JSON)

    dc = sub.add_parser("doc", help="rename, delete or change a document")
    dcs = dc.add_subparsers(dest="doc_command", metavar="ACTION", required=True)
    dr = dcs.add_parser("rename", help="give a document another name")
    dd = dcs.add_parser("delete", help="delete a document with its codings (undoable)")
    ds = dcs.add_parser("set", help="change a document's role, case, duo or attributes")
    for a in (dr, dd, ds):
        a.add_argument("project", help=PROJECT)
        a.add_argument("doc", help="document name or id")
        a.add_argument("--coder", help="whose undo history the change goes on")
    dr.add_argument("name", help="the new name")
    ds.add_argument("--role", help=ROLES)
    ds.add_argument("--case", help="the organisation; an empty value removes it")
    ds.add_argument("--duo", help="the duo; an empty value removes it")
    ds.add_argument(
        "--attr",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="set an attribute (repeatable); KEY= with nothing after it removes it",
    )

    for verb, what in (("undo", "undo the last step"), ("redo", "redo the last undone step")):
        u = sub.add_parser(
            verb,
            help=f"{what} (kept in the project, so it works across windows and commands)",
        )
        u.add_argument("project", help=PROJECT)
        u.add_argument(
            "--coder",
            help="only this coder's steps; without it, the project's last step, whoever made it",
        )
        u.add_argument(
            "--key",
            metavar="KEYFILE",
            help="the key file of a pseudonymisation (its passphrase is asked): a step that "
            "replaced names, or one made before it, needs it",
        )
        u.add_argument("--json", action="store_true", help=JSON)

    ck = sub.add_parser(
        "check", help="look for repeated codings older versions could store (--fix removes)"
    )
    ck.add_argument("project", help=PROJECT)
    ck.add_argument(
        "--fix",
        action="store_true",
        help="keep one of each repeated coding (memos are kept); one undoable step",
    )
    ck.add_argument("--coder", help="whose undo history the removal goes on")
    ck.add_argument("--json", action="store_true", help=JSON)

    de = sub.add_parser("demo", help="build the demo project (if needed) and show its summary")
    de.add_argument("--path", help="where to put the demo project")
    de.add_argument("--rebuild", action="store_true", help="replace an existing demo project")
    de.add_argument("--gui", action="store_true", help="open it in the window afterwards")
    add_desktop_parser(sub)
    return p


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    """The names of the parser's commands, so `main` can tell a command from a project
    path. argparse has no public way to list them: this looks for its subparsers action,
    which it types with a dict of the command parsers."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    from duocoder.cli.codes_commands import route

    args_list = route(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    known = _command_names(parser)
    if not args_list or (args_list[0] not in known and not args_list[0].startswith("-")):
        args_list = ["gui", *args_list]
    args = parser.parse_args(args_list)
    from duocoder.cli import messages
    from duocoder.domain.errors import DuoCoderError
    from duocoder.domain.privacy import UnreviewedIdentifiersError

    messages.set_language(messages.peek_language(getattr(args, "project", None)))
    try:
        from duocoder.cli import commands

        handler = getattr(args, "run", None) or getattr(commands, f"cmd_{args.command}", None)
        if handler is None:
            from duocoder.cli import analysis_commands

            handler = getattr(analysis_commands, f"cmd_{args.command}")
        return int(handler(args) or 0)
    except UnreviewedIdentifiersError as exc:  # an export the privacy guard stopped
        from duocoder.cli.privacy_commands import report_unreviewed

        return report_unreviewed(exc)
    except DuoCoderError as exc:
        from duocoder.cli.commands import describe_error

        return fail(describe_error(exc))
    except KeyboardInterrupt:
        return fail(messages.t("interrupted"), 130)
    except BrokenPipeError:
        return 0
    except Exception as exc:
        from duocoder.storage.errors import is_storage_error, translate

        if is_storage_error(exc):  # a full disk or a read-only file is not a crash
            return fail(str(translate(exc, Path(getattr(args, "project", None) or "project"))))
        log = write_crash_log(exc)
        where = messages.t("crash_log", log=log) if log else ""
        return fail(messages.t("crash", error=f"{type(exc).__name__}: {exc}", where=where), 3)


if __name__ == "__main__":
    raise SystemExit(main())
