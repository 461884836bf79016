"""Making DuoCoder a program of the Linux desktop: its menu entry, its icon, and the
`*.duocoder` file type that opens in it on a double click.

Installed into the researcher's own data folder ($XDG_DATA_HOME, ~/.local/share), as the
freedesktop.org specifications describe, so no administrator is needed. The Windows and
macOS bundles carry the same association in their own metadata (packaging/duocoder.spec)."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from duocoder.app.paths import resources_dir

MIME_TYPE = "application/x-duocoder"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
RESERVED = " \t\n\"'\\><~|&;$*?#()`"
"""Characters that make the Desktop Entry specification ask for a quoted argument."""


@dataclass
class DesktopInstall:
    """What was written, and which of the desktop's caches were refreshed."""

    written: list[Path] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share when it is unset or not absolute (as the
    specification says to treat it)."""
    chosen = os.environ.get("XDG_DATA_HOME", "")
    return Path(chosen) if os.path.isabs(chosen) else Path.home() / ".local" / "share"


def launch_command() -> str:
    """How the desktop should start this DuoCoder: the bundle's own program, or the
    `duocoder` command next to this Python (a pipx or venv install), by its full path,
    since a desktop session's PATH often lacks ~/.local/bin."""
    if getattr(sys, "frozen", False):
        return sys.executable
    beside = Path(sys.executable).with_name("duocoder")
    found = beside if beside.is_file() else shutil.which("duocoder")
    return str(found) if found else "duocoder"


def _exec_line(command: str) -> str:
    """The Exec value: the command, quoted as the Desktop Entry specification wants when it
    holds a space or another reserved character, then the one project file the desktop
    passes (%f). Quoting escapes `"`, backquote, `$` and backslash; the value being a string
    of the file, its backslashes are doubled once more; a literal % is written %%."""
    command = command.replace("%", "%%")
    if any(c in command for c in RESERVED):
        command = '"' + re.sub(r'(["`$\\\\])', r"\\\1", command) + '"'
        command = command.replace("\\", "\\\\")
    return f"{command} %f"


def desktop_entry(command: str) -> str:
    """The shipped .desktop file with its Exec line pointing at `command`."""
    template = (resources_dir() / "desktop" / "duocoder.desktop").read_text(encoding="utf-8")
    lines = [
        f"Exec={_exec_line(command)}" if line.startswith("Exec=") else line
        for line in template.splitlines()
    ]
    return "\n".join(lines) + "\n"


def _write(path: Path, data: bytes, report: DesktopInstall) -> None:
    """Write beside and rename, so a desktop reading its folders never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    report.written.append(path)


def install_desktop_entry(home: Path | None = None, command: str | None = None) -> DesktopInstall:
    """Install the menu entry, the icons (for the program and for its project files) and the
    file type under `home` (default: `data_home()`), then ask the desktop to reread them."""
    home = home or data_home()
    shipped = resources_dir()
    report = DesktopInstall()
    entry = desktop_entry(command or launch_command())
    _write(home / "applications" / "duocoder.desktop", entry.encode("utf-8"), report)
    mime = (shipped / "desktop" / "duocoder-mime.xml").read_bytes()
    _write(home / "mime" / "packages" / "duocoder.xml", mime, report)
    icons = home / "icons" / "hicolor"
    svg = (shipped / "icons" / "duocoder.svg").read_bytes()
    for kind, name in (("apps", "duocoder"), ("mimetypes", MIME_TYPE.replace("/", "-"))):
        _write(icons / "scalable" / kind / f"{name}.svg", svg, report)
        for size in ICON_SIZES:
            png = (shipped / "icons" / f"duocoder-{size}.png").read_bytes()
            _write(icons / f"{size}x{size}" / kind / f"{name}.png", png, report)
    refreshers = [
        ("update-mime-database", str(home / "mime")),
        ("update-desktop-database", str(home / "applications")),
        ("gtk-update-icon-cache", "--ignore-theme-index", "--quiet", str(icons)),
    ]
    for program, *args in refreshers:
        if shutil.which(program) is None:
            continue  # the desktop rereads the folders itself, only later
        done = subprocess.run([program, *args], capture_output=True, check=False, timeout=60)
        if done.returncode == 0:
            report.refreshed.append(shlex.join([program, *args]))
    return report
