#!/usr/bin/env python3
"""Set up DuoCoder and run it or its tests, with nothing but Python 3.11+ installed.

    python3 tasks.py demo    set up (first time only) and open the demo project
    python3 tasks.py test    set up (first time only) and run the whole test suite
    python3 tasks.py icons   render the application icon's PNG, .ico and .icns files

The environment lives in `.venv/` beside this file. It is reinstalled only when
`pyproject.toml` changed since the last set-up, so a second run starts at once."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv"
STAMP = VENV / ".duocoder-setup"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*cmd: object, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=HERE, env=env)


def ensure_environment(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be started by an older Python
        sys.exit(f"DuoCoder needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    wanted = hashlib.sha256((HERE / "pyproject.toml").read_bytes()).hexdigest() + ":" + extras
    if not venv_python().exists():
        print("Creating the environment in .venv (first run only)…", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    have = STAMP.read_text().strip() if STAMP.exists() else ""
    installed = set(have.split(":", 1)[1].split(",")) if ":" in have else set()
    if have.split(":", 1)[0] != wanted.split(":", 1)[0] or not set(extras.split(",")) <= installed:
        print("Installing DuoCoder and what it needs (first run only)…", flush=True)
        py = venv_python()
        if run(py, "-m", "pip", "install", "--quiet", "--upgrade", "pip") != 0:
            sys.exit("Could not update pip in .venv.")
        target = f".[{extras}]" if extras else "."
        if run(py, "-m", "pip", "install", "--quiet", "-e", target) != 0:
            sys.exit("Installing DuoCoder's dependencies failed; see the messages above.")
        all_extras = sorted((installed | set(extras.split(","))) - {""})
        STAMP.write_text(wanted.split(":", 1)[0] + ":" + ",".join(all_extras))
    return venv_python()


def demo(args: list[str]) -> int:
    py = ensure_environment("")
    return run(py, "-m", "duocoder", "demo", "--gui", *args)


def test(args: list[str]) -> int:
    py = ensure_environment("test")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    steps = [
        ("ruff check", [py, "-m", "ruff", "check", "."]),
        ("ruff format --check", [py, "-m", "ruff", "format", "--check", "."]),
        (
            "import contracts",
            [
                py,
                "-c",
                "import sys; sys.argv = ['lint-imports', '--no-cache']; "
                "from importlinter.cli import lint_imports_command; "
                "sys.exit(lint_imports_command())",
            ],
        ),
        ("mypy", [py, "-m", "mypy", "duocoder"]),
        ("pytest", [py, "-m", "pytest", *args]),
    ]
    if not [a for a in args if not a.startswith("-")]:  # the whole suite, not chosen tests:
        # its core half once more, every project a team project on a PostgreSQL server
        core = ["tests/core", "tests/analysis", "tests/storage"]
        steps.append(
            (
                "pytest --server (storage, app, analysis and undo on PostgreSQL)",
                [py, "-m", "pytest", "--server", *args, *core],
            )
        )
    failed = []
    for name, cmd in steps:
        print(f"== {name}", flush=True)
        if run(*cmd, env=env) != 0:
            failed.append(name)
    if failed:
        print(f"FAILED: {', '.join(failed)}", flush=True)
        return 1
    return 0


def icons(args: list[str]) -> int:
    py = ensure_environment("bundle")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return run(py, HERE / "resources" / "icons" / "_make_app_icons.py", *args, env=env)


def main() -> int:
    commands = {"demo": demo, "test": test, "icons": icons}
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
