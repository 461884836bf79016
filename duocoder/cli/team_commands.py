"""`duocoder grant URL ROLE --as PLACE`, `duocoder revoke URL ROLE` and `duocoder members URL`:
who may read, code or own a team project. The places are privileges the server enforces
(`duocoder.storage.roles`); the PostgreSQL roles themselves are the server administrator's."""

from __future__ import annotations

import argparse
import json
from typing import Any

JSON = "print the result as JSON for scripts (keys in English, stable across versions)"
URL = "the team project's postgresql://user@host:port/db address"
PLACES = ("reader", "coder", "owner")


def add_team_parsers(sub: Any) -> None:
    g = sub.add_parser(
        "grant",
        help="give a PostgreSQL role its place in a team project: reader, coder or owner",
        description="Give an existing PostgreSQL role a place in the team project, replacing "
        "the one it had. A reader retrieves, analyses and exports; a coder also codes, writes "
        "memos and undoes their own steps; an owner may change everything and give places. "
        "The server enforces them, whatever program connects.",
    )
    g.add_argument("project", help=URL)
    g.add_argument("role", help="an existing PostgreSQL role (login name)")
    g.add_argument("--as", dest="place", required=True, choices=PLACES, help="the place")
    g.add_argument("--json", action="store_true", help=JSON)
    g.set_defaults(run=cmd_grant)

    r = sub.add_parser("revoke", help="take a PostgreSQL role's place in a team project away")
    r.add_argument("project", help=URL)
    r.add_argument("role", help="a PostgreSQL role with a place in the project")
    r.add_argument("--json", action="store_true", help=JSON)
    r.set_defaults(run=cmd_revoke)

    m = sub.add_parser("members", help="list the roles with a place in a team project")
    m.add_argument("project", help=URL)
    m.add_argument("--json", action="store_true", help=JSON)
    m.set_defaults(run=cmd_members)


def cmd_grant(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _open
    from duocoder.cli.messages import t

    with _open(args.project, remark=False) as project:
        project.grant(args.role, args.place)
        if args.json:
            print(json.dumps({"role": args.role, "place": args.place}, ensure_ascii=False))
        else:
            print(t("granted", role=args.role, place=t("place_" + args.place)))
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _open
    from duocoder.cli.messages import t

    with _open(args.project, remark=False) as project:
        project.revoke(args.role)
        if args.json:
            print(json.dumps({"role": args.role, "place": None}, ensure_ascii=False))
        else:
            print(t("revoked", role=args.role))
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    from duocoder.cli.commands import _open
    from duocoder.cli.messages import t

    with _open(args.project, remark=False) as project:
        found = project.members()
    if args.json:
        rows = [{"role": m.role, "place": m.place, "creator": m.creator} for m in found]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for m in found:
        suffix = " " + t("creator") if m.creator else ""
        print(f"{m.role}\t{t('place_' + m.place)}{suffix}")
    return 0
