"""`duocoder install-desktop`: the menu entry, icon and project file type on Linux."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from duocoder.cli.messages import t


def add_desktop_parser(sub: Any) -> None:
    d = sub.add_parser(
        "install-desktop",
        help="Linux: add DuoCoder to the applications menu and open .duocoder files with it",
        description="Install DuoCoder's menu entry, icon and the .duocoder file type into "
        "your own data folder ($XDG_DATA_HOME, normally ~/.local/share); no administrator "
        "is needed. Run it again after moving DuoCoder.",
    )
    d.set_defaults(run=cmd_install_desktop)


def cmd_install_desktop(args: argparse.Namespace) -> int:
    from duocoder.app.desktop_entry import data_home, install_desktop_entry

    if not sys.platform.startswith("linux"):
        print(t("desktop_not_linux"))
        return 0
    home = data_home()
    report = install_desktop_entry(home)
    print(t("desktop_installed", files=len(report.written), home=home))
    if not any(r.startswith("update-mime-database") for r in report.refreshed):
        print(t("desktop_later"))
    return 0
