"""`duocoder encrypt P`, `duocoder decrypt P` and `duocoder passphrase P`: how a project
file is stored, encrypted with a passphrase or not.

Passphrases come from the terminal (a new one typed twice) or, for scripts, from
DUOCODER_PASSPHRASE (and DUOCODER_NEW_PASSPHRASE for the new one when changing it); never
from an argument. Each command rewrites the closed project file all or nothing (see
`duocoder.app.encryption`); a window or command that still has it open makes it refuse."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

JSON = "print the result as JSON for scripts (keys in English, stable across versions)"


def add_encryption_parsers(sub: Any) -> None:
    """Add `encrypt`, `decrypt` and `passphrase` to `duocoder`'s subparsers."""
    e = sub.add_parser(
        "encrypt",
        help="encrypt a project with a passphrase (asked twice)",
        description="Encrypt the project file with a passphrase (asked twice at the terminal, "
        "or DUOCODER_PASSPHRASE). The unencrypted bytes are overwritten; backups that "
        "earlier upgrades left beside it are named, so you can delete them.",
    )
    d = sub.add_parser(
        "decrypt",
        help="store an encrypted project unencrypted again",
        description="Store the encrypted project file unencrypted again (its passphrase is "
        "asked at the terminal, or DUOCODER_PASSPHRASE).",
    )
    c = sub.add_parser(
        "passphrase",
        help="change the passphrase of an encrypted project",
        description="Encrypt the project with a new passphrase: the current one is asked "
        "(or DUOCODER_PASSPHRASE), then the new one twice (or DUOCODER_NEW_PASSPHRASE).",
    )
    for parser, run in ((e, cmd_encrypt), (d, cmd_decrypt), (c, cmd_passphrase)):
        parser.add_argument("project", help="the project file (.duocoder); close it first")
        parser.add_argument("--json", action="store_true", help=JSON)
        parser.set_defaults(run=run)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from duocoder.app.encryption import encrypt_project, is_encrypted_file
    from duocoder.cli.messages import t
    from duocoder.cli.passphrase import passphrase
    from duocoder.domain.errors import ProjectFileError

    path = Path(args.project)
    if is_encrypted_file(path):  # before asking for a passphrase that would not be used
        raise ProjectFileError(t("already_encrypted", path=args.project))
    secret = passphrase(t("passphrase_new", name=path.name), confirm=True)
    report = encrypt_project(path, secret)
    if args.json:
        return _json(path, True, report.plain_backups)
    print(t("encrypted_done", path=args.project))
    if report.plain_backups:
        print(t("plain_backups", paths=", ".join(str(p) for p in report.plain_backups)))
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    from duocoder.app.encryption import decrypt_project, is_encrypted_file
    from duocoder.cli.messages import t
    from duocoder.cli.passphrase import passphrase
    from duocoder.domain.errors import ProjectFileError

    path = Path(args.project)
    if path.is_file() and not is_encrypted_file(path):
        raise ProjectFileError(t("not_encrypted", path=args.project))
    report = decrypt_project(path, passphrase(t("passphrase_prompt", name=path.name)))
    if args.json:
        return _json(path, False, report.plain_backups)
    print(t("decrypted_done", path=args.project))
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    from duocoder.app.encryption import change_passphrase, is_encrypted_file
    from duocoder.cli.messages import t
    from duocoder.cli.passphrase import NEW_ENVIRONMENT, passphrase
    from duocoder.domain.errors import ProjectFileError

    path = Path(args.project)
    if path.is_file() and not is_encrypted_file(path):
        raise ProjectFileError(t("not_encrypted", path=args.project))
    old = passphrase(t("passphrase_current", name=path.name))
    new = passphrase(t("passphrase_new", name=path.name), confirm=True, variable=NEW_ENVIRONMENT)
    report = change_passphrase(path, old, new)
    if args.json:
        return _json(path, True, report.plain_backups)
    print(t("passphrase_changed", path=args.project))
    return 0


def _json(path: Path, encrypted: bool, backups: tuple[Path, ...]) -> int:
    from duocoder.cli.commands import _print_json

    _print_json(
        {"project": str(path), "encrypted": encrypted, "plain_backups": [str(b) for b in backups]}
    )
    return 0
