"""Where the CLI gets a passphrase: the DUOCODER_PASSPHRASE variable, or the terminal.

A passphrase is never a command-line argument: arguments end up in the shell's history
and in the process list, where anyone on the machine can read them. Scripts and tests set
DUOCODER_PASSPHRASE instead; a person types it at the terminal without echo."""

from __future__ import annotations

import getpass
import os
import sys

from duocoder.cli.messages import t
from duocoder.domain.errors import DuoCoderError

ENVIRONMENT = "DUOCODER_PASSPHRASE"
"""The variable scripts (and tests) set instead of typing the passphrase."""
NEW_ENVIRONMENT = "DUOCODER_NEW_PASSPHRASE"
"""The new passphrase, for a script that changes one (`duocoder passphrase P`)."""


class PassphraseError(DuoCoderError):
    """No passphrase could be had: no terminal and no variable, two that differ, or an
    empty one. Its text is the one sentence the CLI prints."""


def passphrase(prompt: str, *, confirm: bool = False, variable: str = ENVIRONMENT) -> str:
    """The passphrase from DUOCODER_PASSPHRASE (or `variable`) if it is set, otherwise typed
    at the terminal after `prompt` (twice when `confirm`: a new passphrase mistyped once
    would lock the researcher out of their own project).

    Raises PassphraseError when the variable is empty, when there is no terminal to ask
    at, when the typed one is empty, or when the two typed ones differ."""
    if variable in os.environ:
        value = os.environ[variable]
        if not value:
            raise PassphraseError(t("passphrase_env_empty", variable=variable))
        return value
    if not _at_terminal():
        raise PassphraseError(t("passphrase_no_terminal", variable=variable))
    first = getpass.getpass(prompt)
    if not first:
        raise PassphraseError(t("passphrase_empty"))
    if confirm and getpass.getpass(t("passphrase_again")) != first:
        raise PassphraseError(t("passphrase_differ"))
    return first


def _at_terminal() -> bool:
    """Whether a person can type at this process: getpass would otherwise read a piped
    stdin with its input shown, or wait forever in a script."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except ValueError:  # a closed stdin
        return False
