"""`duocoder pseudo …`: the privacy review and pseudonymisation from the command line, and
how every export that the guard stops is reported.

A script can do without the window what the researcher does in the review pane: list the
identifiers found (`detect`), decide on them group by group (`accept`, `reject`, `reopen`,
`correct`), keep the project's own list of names (`names`), choose how pseudonyms look
(`style`, `pseudonym`), replace the accepted ones with a separate key file (`apply`) and
bring an original back from it (`restore`). A GROUP is what `detect` prints after
"group:" (`person|Vzw De Brug|sofie`); a plain text (`Sofie`) stands for every group with
that text, so a script need not copy the keys.

The key file's passphrase is asked at the terminal (twice when the key file is new) or read
from DUOCODER_KEY_PASSPHRASE, else DUOCODER_PASSPHRASE: never an argument, which would
land in the shell history and the process list. The second variable lets a script work on
an encrypted project whose key has another passphrase.

An export stopped by the guard exits with status UNREVIEWED (4), distinct from an error (1)
and a crash (3), so a script can tell "review first" from "something broke"."""

from __future__ import annotations

import argparse
import os
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from duocoder.cli.messages import n, t
from duocoder.domain.privacy import KINDS, STYLES

if TYPE_CHECKING:
    from duocoder.app.project import Project
    from duocoder.domain.privacy import Candidate, UnreviewedIdentifiersError

PROJECT = "the project file (.duocoder) or a team project's postgresql://user@host/db address"
JSON = "print the result as JSON for scripts (keys in English, stable across versions)"
CODER = "whose undo history the change goes on"
GROUP = (
    "a candidate group as 'pseudo detect' prints it after 'group:' (quote it: "
    "'person|Vzw De Brug|sofie'), or a text such as Sofie for every group with that text"
)
KEY = "the key file (.age) that holds the originals, encrypted with its own passphrase"
KEY_ENVIRONMENT = "DUOCODER_KEY_PASSPHRASE"
"""Scripts set this (or DUOCODER_PASSPHRASE) to the key file's passphrase."""
UNREVIEWED = 4
"""The exit status of an export the guard stopped: 1 is an error and 3 a crash."""
SHOWN = 20  # lines of an unreviewed-identifiers list before "… and N more"


def add_allow_unreviewed(parser: argparse.ArgumentParser) -> None:
    """The option every command that exports document text has."""
    parser.add_argument(
        "--allow-unreviewed",
        metavar="REASON",
        help="export even though the text still holds identifiers not reviewed (without it "
        "the export stops and lists them); the reason is recorded in the project with who, "
        "when and what",
    )


def add_privacy_parsers(sub: Any) -> None:
    """Add `pseudo` and its actions to `duocoder`'s subparsers; each sets `args.run`."""
    p = sub.add_parser(
        "pseudo",
        help="find names and other identifiers, review them, pseudonymise with a key file",
        description="The privacy review without the window: 'detect' lists what identifies "
        "people, 'accept'/'reject' decide, 'apply' replaces the accepted ones by pseudonyms "
        "(the originals go to a separate encrypted key file), 'restore' brings them back.",
    )
    ps = p.add_subparsers(dest="pseudo_command", metavar="ACTION", required=True)

    d = ps.add_parser("detect", help="list the identifiers found, grouped by entity")
    d.add_argument("project", help=PROJECT)
    d.add_argument("--all", action="store_true", help="also the rejected candidates")
    d.add_argument("--document", action="append", metavar="DOC", help="only this document (name "
                   "or id); repeatable")  # fmt: skip
    d.add_argument("--kind", action="append", choices=KINDS, help="only this kind; repeatable")
    d.add_argument("--json", action="store_true", help=JSON)
    d.set_defaults(run=cmd_detect)

    for verb, what in (
        ("accept", "accept groups as identifying: each gets a pseudonym (one undo step)"),
        ("reject", "reject groups: not identifying, left in the text and not offered again"),
        ("reopen", "forget the decision on groups: they are open for review again"),
    ):
        a = ps.add_parser(verb, help=what)
        a.add_argument("project", help=PROJECT)
        a.add_argument("groups", nargs="+", metavar="GROUP", help=GROUP)
        if verb == "accept":
            a.add_argument(
                "--together",
                action="store_true",
                help="the groups are one person or place: one pseudonym for all of them",
            )
            a.add_argument("--pseudonym", metavar="TEXT", help="this pseudonym, not a chosen one")
        a.add_argument("--coder", help=CODER)
        a.add_argument("--json", action="store_true", help=JSON)
        a.set_defaults(run=cmd_decide)

    c = ps.add_parser("correct", help="a candidate's text is not quite the name: give the name")
    c.add_argument("project", help=PROJECT)
    c.add_argument("group", metavar="GROUP", help=GROUP)
    c.add_argument("text", help="the right text, found everywhere from now on (accepted)")
    c.add_argument("--kind", choices=KINDS, help="its kind, if not the candidate's")
    c.add_argument("--coder", help=CODER)
    c.add_argument("--json", action="store_true", help=JSON)
    c.set_defaults(run=cmd_correct)

    m = ps.add_parser("names", help="show or change the project's own list of names to find")
    m.add_argument("project", help=PROJECT)
    m.add_argument("--add", action="append", default=[], metavar="NAME", help="add a name "
                   "(always found, whole words, any case); repeatable")  # fmt: skip
    m.add_argument("--remove", action="append", default=[], metavar="NAME", help="remove a "
                   "name; repeatable")  # fmt: skip
    m.add_argument("--coder", help=CODER)
    m.add_argument("--json", action="store_true", help=JSON)
    m.set_defaults(run=cmd_names)

    s = ps.add_parser("style", help="how pseudonyms of one kind look: alias, role or category")
    s.add_argument("project", help=PROJECT)
    s.add_argument("kind", choices=KINDS, help="the kind of identifier")
    s.add_argument(
        "style",
        choices=STYLES,
        help="alias: a realistic name (Lotte); role: [deelnemer D3]; category: [stad]",
    )
    s.add_argument("--coder", help=CODER)
    s.set_defaults(run=cmd_style)

    e = ps.add_parser("entities", help="the accepted entities with their pseudonyms")
    e.add_argument("project", help=PROJECT)
    e.add_argument("--json", action="store_true", help=JSON)
    e.set_defaults(run=cmd_entities)

    r = ps.add_parser("pseudonym", help="give an entity another pseudonym (before it is applied)")
    r.add_argument("project", help=PROJECT)
    r.add_argument("entity", type=int, metavar="ENTITY_ID", help="its id, from 'pseudo entities'")
    r.add_argument("text", help="the new pseudonym")
    r.add_argument("--coder", help=CODER)
    r.set_defaults(run=cmd_pseudonym)

    ap = ps.add_parser("apply", help="replace the accepted identifiers by their pseudonyms")
    ap.add_argument("project", help=PROJECT)
    ap.add_argument("--key", required=True, metavar="KEYFILE", help=KEY + "; made if missing")
    ap.add_argument(
        "--accept-all",
        action="store_true",
        help="first accept every candidate not rejected (without review: use with care)",
    )
    ap.add_argument("--document", action="append", metavar="DOC", help="only this document "
                    "(name or id); repeatable")  # fmt: skip
    ap.add_argument("--coder", help=CODER)
    ap.add_argument("--json", action="store_true", help=JSON)
    ap.set_defaults(run=cmd_apply)

    rs = ps.add_parser("restore", help="bring a document's original text back from the key")
    rs.add_argument("project", help=PROJECT)
    rs.add_argument("doc", nargs="?", metavar="DOC", help="document name or id")
    rs.add_argument("--all", action="store_true", help="every document and memo the key holds")
    rs.add_argument("--key", required=True, metavar="KEYFILE", help=KEY)
    rs.add_argument("--coder", help=CODER)
    rs.add_argument("--json", action="store_true", help=JSON)
    rs.set_defaults(run=cmd_restore)

    h = ps.add_parser("history", help="when a document was pseudonymised or restored, by whom")
    h.add_argument("project", help=PROJECT)
    h.add_argument("doc", metavar="DOC", help="document name or id")
    h.add_argument("--json", action="store_true", help=JSON)
    h.set_defaults(run=cmd_history)

    o = ps.add_parser("overrides", help="the exports made with identifiers not reviewed, and why")
    o.add_argument("project", help=PROJECT)
    o.add_argument("--json", action="store_true", help=JSON)
    o.set_defaults(run=cmd_overrides)


# -- reporting what the guard found ---------------------------------------------------------


def report_unreviewed(exc: UnreviewedIdentifiersError) -> int:
    """An export stopped by the guard: its sentence, what it found (each document, text and
    kind once, at most SHOWN lines) and the three ways on, on stderr; exit UNREVIEWED."""
    seen: Counter[tuple[str, str, str, str]] = Counter(
        (f.document, f.text, f.kind, f.status) for f in exc.findings
    )
    names = sorted({f.text for f in exc.findings}, key=str.casefold)
    listing = ", ".join(names[:8]) + (" …" if len(names) > 8 else "")
    sentence = "unreviewed_one" if exc.passages == 1 else "unreviewed"
    lines = [t(sentence, passages=n(exc.passages, "passage"), names=listing)]
    for (document, text, kind, status), times in list(seen.items())[:SHOWN]:
        where = document or t("pseudo_name_list")
        state = t("pseudo_not_replaced") if status == "accepted" else ""
        count = f" ×{times}" if times > 1 else ""
        lines.append(f"  {where}: {text} ({t('kind_' + kind)}{state}){count}")
    if len(seen) > SHOWN:
        lines.append("  " + t("and_more", more=len(seen) - SHOWN))
    lines.append(t("unreviewed_how"))
    print("duocoder: " + "\n".join(lines), file=sys.stderr)
    return UNREVIEWED


# -- the review -----------------------------------------------------------------------------


def _open(path: str, coder: str | None = None) -> Project:
    from duocoder.cli.commands import _open

    project = _open(path)
    project.coder = coder or None
    return project


def candidate_json(c: Candidate) -> dict[str, Any]:
    return {
        "text": c.text,
        "type": c.kind,
        "document": c.document,
        "document_id": c.document_id,
        "start": c.start,
        "end": c.end,
        "context": c.context,
        "group": c.group,
        "status": c.status,
        "pseudonym": c.pseudonym,
        "source": c.source,
    }


def cmd_detect(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _print_json
    from duocoder.cli.progress import terminal_progress

    with _open(args.project) as project, terminal_progress(not args.json) as progress:
        found = project.identifier_candidates(
            args.document or None, include_rejected=args.all, progress=progress
        )
    if args.kind:
        found = [c for c in found if c.kind in args.kind]
    if args.json:
        _print_json([candidate_json(c) for c in found])
        return 0
    if not found:
        print(t("pseudo_none_found"))
        return 0
    groups: dict[str, list[Candidate]] = {}
    for c in found:
        groups.setdefault(c.group, []).append(c)
    for group, members in groups.items():
        first = members[0]
        documents = n(len({c.document_id for c in members}), "document")
        arrow = f" → {first.pseudonym}" if first.pseudonym else ""
        print(
            f"[{t('status_' + first.status)}] {t('kind_' + first.kind)}: {first.text}{arrow}"
            f"  ({n(len(members), 'occurrence')}, {documents})"
        )
        print(f"    {t('pseudo_group')}: {group}")
        for c in members:
            print(f"    {c.document} {c.start}-{c.end}: {c.context}")
    status = Counter(c.status for c in groups_first(groups))
    print(
        "\n"
        + t(
            "pseudo_found",
            occurrences=n(len(found), "occurrence"),
            groups=n(len(groups), "group"),
            open=status["open"],
            accepted=status["accepted"],
            rejected=status["rejected"],
        )
    )
    return 0


def groups_first(groups: dict[str, list[Candidate]]) -> list[Candidate]:
    """The first candidate of each group: a group's status is every member's."""
    return [members[0] for members in groups.values()]


def resolve_groups(project: Project, given: list[str], include_rejected: bool) -> list[str]:
    """The group keys `given` names: a key as it is, a plain text every group with that
    text (any kind, any organisation); a text no candidate has is refused in one sentence."""
    from duocoder.app.privacy import normalise

    texts = [g for g in given if "|" not in g]
    found: list[Candidate] = project.identifier_candidates(include_rejected=True) if texts else []
    out: list[str] = []
    for g in given:
        if "|" in g:
            out.append(g)
            continue
        wanted = normalise(g)
        matches = [
            c.group
            for c in found
            if c.group.rsplit("|", 1)[-1] == wanted and (include_rejected or c.status != "rejected")
        ]
        if not matches:
            from duocoder.domain.errors import ValidationError

            raise ValidationError(t("pseudo_no_group", text=g))
        out.extend(matches)
    return list(dict.fromkeys(out))


def cmd_decide(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _print_json

    verb = args.pseudo_command
    with _open(args.project, args.coder) as project:
        groups = resolve_groups(project, args.groups, include_rejected=verb != "accept")
        entities: list[dict[str, Any]] = []
        if verb == "accept":
            ids = project.accept_candidates(
                groups, pseudonym=args.pseudonym, together=args.together
            )
            pseudonym_of = {e.id: e.pseudonym for e in project.entities()}
            entities = [{"id": i, "pseudonym": pseudonym_of.get(i)} for i in ids]
        elif verb == "reject":
            project.reject_candidates(groups)
        else:
            project.reopen_candidates(groups)
    if args.json:
        _print_json({"groups": groups, "entities": entities})
        return 0
    print(t(f"pseudo_{verb}ed", groups=n(len(groups), "group")))
    for i, group in enumerate(groups):
        arrow = f" → {entities[i]['pseudonym']}" if entities else ""
        print(f"  {group}{arrow}")
    return 0


def cmd_correct(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _print_json

    with _open(args.project, args.coder) as project:
        groups = resolve_groups(project, [args.group], include_rejected=False)
        if len(groups) > 1:
            from duocoder.domain.errors import ValidationError

            raise ValidationError(t("pseudo_several", text=args.group, groups=", ".join(groups)))
        [group] = groups
        new = project.edit_candidate(group, args.text, args.kind)
        pseudonym = next(
            (c.pseudonym for c in project.identifier_candidates() if c.group == new), None
        )
    if args.json:
        _print_json({"group": new, "replaces": group, "pseudonym": pseudonym})
        return 0
    print(t("pseudo_corrected", old=group, new=new))
    return 0


def cmd_names(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _print_json

    with _open(args.project, args.coder) as project:
        names = project.privacy_names()
        if args.add or args.remove:
            gone = {r.casefold() for r in args.remove}
            missing = [r for r in args.remove if r.casefold() not in {x.casefold() for x in names}]
            if missing:
                from duocoder.domain.errors import ValidationError

                raise ValidationError(t("pseudo_name_missing", name=missing[0]))
            project.set_privacy_names([x for x in names if x.casefold() not in gone] + args.add)
            names = project.privacy_names()
    if args.json:
        _print_json(names)
    elif names:
        print(t("pseudo_names", names=n(len(names), "name"), listing=", ".join(names)))
    else:
        print(t("pseudo_no_names"))
    return 0


def cmd_style(args: argparse.Namespace) -> int:
    with _open(args.project, args.coder) as project:
        project.set_pseudonym_style(args.kind, args.style)
    print(t("pseudo_style", kind=t("kind_" + args.kind), style=t("style_" + args.style)))
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _print_json, _table

    with _open(args.project) as project:
        entities = project.entities()
    if args.json:
        _print_json(
            [
                {
                    "id": e.id,
                    "type": e.kind,
                    "style": e.style,
                    "pseudonym": e.pseudonym,
                    "replacements": e.replacements,
                }
                for e in entities
            ]
        )
    elif not entities:
        print(t("pseudo_no_entities"))
    else:
        _table(
            [
                [
                    str(e.id),
                    t("kind_" + e.kind),
                    t("style_name_" + e.style),
                    e.pseudonym,
                    str(e.replacements),
                ]
                for e in entities
            ],
            [t(h) for h in ("h_id", "h_kind", "h_style", "h_pseudonym", "h_in_text")],
        )
    return 0


def cmd_pseudonym(args: argparse.Namespace) -> int:
    with _open(args.project, args.coder) as project:
        project.set_pseudonym(args.entity, args.text)
    print(t("pseudo_pseudonym", entity=args.entity, pseudonym=" ".join(args.text.split())))
    return 0


# -- the key file ---------------------------------------------------------------------------


def key_passphrase(key: Path) -> str:
    """The key file's passphrase: DUOCODER_KEY_PASSPHRASE, DUOCODER_PASSPHRASE, or typed
    (twice for a new key file: a mistyped one would lock the originals away for good)."""
    from duocoder.cli import passphrase as asking
    from duocoder.cli.passphrase import ENVIRONMENT, PassphraseError, passphrase

    variable = KEY_ENVIRONMENT if KEY_ENVIRONMENT in os.environ else ENVIRONMENT
    if variable not in os.environ and not asking._at_terminal():  # name the key's variable
        raise PassphraseError(t("key_passphrase_no_terminal", keyfile=key.name))
    new = not key.exists()
    prompt = t("key_passphrase_new" if new else "key_passphrase", name=key.name)
    return passphrase(prompt, confirm=new, variable=variable)


def cmd_apply(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _print_json
    from duocoder.cli.progress import terminal_progress

    key = Path(args.key)
    with _open(args.project, args.coder) as project:
        secret = key_passphrase(key)
        with terminal_progress(not args.json) as progress:
            report = project.pseudonymise(
                key,
                secret,
                accept_all=args.accept_all,
                documents=args.document or None,
                progress=progress,
            )
    if args.json:
        _print_json(
            {
                "documents": report.documents,
                "replacements": report.replacements,
                "entities": report.entities,
                "per_document": report.per_document,
                "compacted": report.compacted,
                "backups": list(report.backups),
                "recordings": report.recordings,
            }
        )
        return 0
    if not report.documents:
        print(t("pseudo_nothing"))
        _say_if_not_compacted(report.compacted, args.project)
        return 0
    print(
        t(
            "pseudo_applied",
            documents=n(report.documents, "document"),
            replacements=n(report.replacements, "replacement"),
            entities=n(report.entities, "entity"),
            keyfile=key,
        )
    )
    for name, count in report.per_document.items():
        print(f"  {name}: {n(count, 'replacement')}")
    if report.recordings:
        print(t("pseudo_recordings", recordings=n(report.recordings, "recording")))
    _say_if_not_compacted(report.compacted, args.project)
    if report.backups:
        print(t("pseudo_backups", paths=", ".join(report.backups)))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _print_json
    from duocoder.domain.errors import ValidationError

    if (args.doc is None) == (not args.all):
        raise ValidationError(t("pseudo_restore_which"))
    key = Path(args.key)
    with _open(args.project, args.coder) as project:
        if not key.exists():  # before a passphrase that could only be refused after
            raise ValidationError(t("pseudo_no_key", keyfile=key))
        secret = key_passphrase(key)
        if args.all:
            undone = project.restore_all(key, secret)
            name = None
        else:
            name = project.document(args.doc).name
            undone = project.restore_original(args.doc, key, secret)
    if args.json:
        _print_json({"document": name, "replacements": undone})
    elif name is None:
        print(t("pseudo_restored_all", replacements=n(undone, "replacement")))
    else:
        print(t("pseudo_restored", name=name, replacements=n(undone, "replacement")))
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _print_json, _table

    with _open(args.project) as project:
        events = project.document_history(args.doc)
        name = project.document(args.doc).name
    if args.json:
        _print_json(
            [
                {
                    "event": e.event,
                    "at": e.at.isoformat(timespec="seconds"),
                    "coder": e.coder,
                    "replacements": e.replacements,
                }
                for e in events
            ]
        )
    elif not events:
        print(t("pseudo_no_history", name=name))
    else:
        _table(
            [
                [
                    e.at.strftime("%Y-%m-%d %H:%M"),
                    t("event_" + e.event),
                    e.coder or "—",
                    str(e.replacements),
                ]
                for e in events
            ],
            [t(h) for h in ("h_when", "h_event", "h_coder", "h_replacements")],
        )
    return 0


def cmd_overrides(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _print_json, _table

    with _open(args.project) as project:
        rows = project.export_overrides()
    if args.json:
        _print_json(
            [
                {"at": at, "coder": coder, "export": export, "reason": reason, "findings": count}
                for at, coder, export, reason, count in rows
            ]
        )
    elif not rows:
        print(t("pseudo_no_overrides"))
    else:
        _table(
            [
                [at, coder or "—", export, str(count), reason]
                for at, coder, export, reason, count in rows
            ],
            [t(h) for h in ("h_when", "h_coder", "h_export", "h_findings", "h_reason")],
        )
    return 0


def _say_if_not_compacted(compacted: bool, project: str) -> None:
    if not compacted:
        from duocoder.storage.server import is_server_address

        on_server = is_server_address(project)
        print(t("pseudo_not_vacuumed" if on_server else "pseudo_not_compacted", path=project))
