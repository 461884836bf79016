#!/usr/bin/env python3
"""Set up DuoCoder and run it or its tests, with nothing but Python 3.11+ installed.

    python3 tasks.py demo        set up (first time only) and open the demo project
    python3 tasks.py test        set up (first time only) and run the whole test suite
    python3 tasks.py screenshot  photograph the window on the demo project for the README
                                 (docs/screenshot.png; needs the screenshot tool, see below)
    python3 tasks.py icons       render the application icon's PNG, .ico and .icns files
    python3 tasks.py bundle [--check]
                                 build the desktop bundle for this system in dist/DuoCoder
                                 (--check, Linux: start it under Xvfb on the demo project,
                                 time it to a visible window and take a screenshot)

The environment lives in `.venv/` beside this file. It is reinstalled only when
`pyproject.toml` changed since the last set-up, so a second run starts at once."""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV = HERE / ".venv"
STAMP = VENV / ".duocoder-setup"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def run(*cmd: object, env: dict[str, str] | None = None) -> int:
    return subprocess.call([str(c) for c in cmd], cwd=HERE, env=env)


def _folder_mb(folder: Path) -> float:
    """Bytes on disk of everything under `folder`, in MB (10^6, as the README counts)."""
    total = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            with contextlib.suppress(OSError):  # a file gone while counting
                total += os.lstat(os.path.join(root, name)).st_size
    return total / 1e6


def ensure_environment(extras: str) -> Path:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may be started by an older Python
        sys.exit(f"DuoCoder needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    wanted = hashlib.sha256((HERE / "pyproject.toml").read_bytes()).hexdigest() + ":" + extras
    began = time.monotonic()
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
        # the figures the README quotes for a set-up: CI prints them on every fresh clone
        print(
            f"Set up in {time.monotonic() - began:.0f} s; .venv takes "
            f"{_folder_mb(VENV):.0f} MB (extras: {extras or 'none'}).",
            flush=True,
        )
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


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def bundle(args: list[str]) -> int:
    """Build the one-folder bundle with PyInstaller (packaging/duocoder.spec); with --check,
    also run it. Uses the Python running this script when it has PyInstaller (a CI runner
    that installed `.[bundle]`), else .venv with the `bundle` extra."""
    check = "--check" in args
    out = Path(args[args.index("--dist") + 1]) if "--dist" in args else HERE / "dist"
    work = Path(tempfile.mkdtemp(prefix="duocoder-pyinstaller-"))
    have = importlib.util.find_spec("PyInstaller") is not None
    py = Path(sys.executable) if have else ensure_environment("bundle")
    folder = out / "DuoCoder"
    if "--no-build" not in args:  # (--check --no-build: check the bundle built last)
        started = time.monotonic()
        spec = HERE / "packaging" / "duocoder.spec"
        cmd = [py, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
        code = run(*cmd, "--distpath", out, "--workpath", work, spec)
        shutil.rmtree(work, ignore_errors=True)
        if code != 0:
            return code
        if os.environ.get("DUOCODER_BUNDLE_TRIM", "1") != "0":
            strip_debug_info(folder)
        took = time.monotonic() - started
        print(f"Built {folder} in {took:.0f} s: {folder_size(folder) / 1e6:.0f} MB.", flush=True)
    if not check:
        return 0
    return check_bundle(folder, out / "bundle-check.png")


def strip_debug_info(folder: Path) -> None:
    """Remove debug symbols from the Linux libraries built with them (spaCy's, blis's: a
    third of their size). Only those: the others were prepared by auditwheel, and rewriting
    them breaks some (numpy's OpenBLAS)."""
    if not sys.platform.startswith("linux") or not shutil.which("strip"):
        return
    before = folder_size(folder)
    for lib in folder.rglob("*.so*"):
        if lib.is_symlink() or not lib.is_file():
            continue
        sections = subprocess.run(["readelf", "-S", "-W", lib], capture_output=True, text=True)
        if ".debug_info" in sections.stdout:
            subprocess.run(["strip", "--strip-debug", lib], check=True)
    saved = (before - folder_size(folder)) / 1e6
    print(f"Debug symbols stripped: {saved:.0f} MB.", flush=True)


def evict_from_page_cache(folder: Path) -> None:
    """Ask the kernel to forget the bundle's files it holds in memory (only these: the
    system's own libraries stay cached, as they would be on a laptop in use), so the next
    start reads them from disk."""
    for f in folder.rglob("*"):
        if f.is_file() and not f.is_symlink():
            fd = os.open(f, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """A virtual X screen on the first free display number from 90, once it accepts
    connections."""
    for number in range(90, 190):
        if Path(f"/tmp/.X{number}-lock").exists() or Path(f"/tmp/.X11-unix/X{number}").exists():
            continue
        screen = ["-screen", "0", "1366x768x24", "-nolisten", "tcp"]
        xvfb = subprocess.Popen(["Xvfb", f":{number}", *screen], stderr=subprocess.DEVNULL)
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return xvfb, f":{number}"
            if xvfb.poll() is not None:
                break
            time.sleep(0.1)
        xvfb.terminate()
    raise SystemExit("Could not start Xvfb.")


def check_bundle(folder: Path, screenshot: Path) -> int:
    """Build the demo project with the bundle's command line, then open it in the bundle's
    window on a virtual X screen with a Dutch interface: how long until the window shows,
    and a screenshot of it."""
    if not sys.platform.startswith("linux"):
        print("The bundle check runs on Linux (Xvfb); elsewhere start the bundle by hand.")
        return 0
    missing = [t for t in ("Xvfb", "xdotool", "import") if shutil.which(t) is None]
    if missing:
        print(
            f"The bundle check needs {', '.join(missing)} (apt-get install xvfb xdotool "
            "imagemagick)."
        )
        return 1
    home = Path(tempfile.mkdtemp(prefix="duocoder-bundle-check-"))
    config = home / "config" / "DuoCoder"
    config.mkdir(parents=True)
    (config / "DuoCoder.conf").write_text(
        "[General]\ncoder=Anna\ncoder_color=#1d4ed8\nlanguage=nl\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "QT_QPA_PLATFORM")}
    env |= {
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "HOME": str(home),
    }
    project = home / "Duo Denderland (demo).duocoder"
    started = time.monotonic()
    done = subprocess.run(
        [folder / "DuoCoder", "demo", "--path", project],
        env=env,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0 or not project.exists():
        print("The bundle could not build the demo project:\n" + done.stdout + done.stderr)
        return 1
    print(f"Demo project built by the bundle in {time.monotonic() - started:.1f} s.")
    xvfb, display = start_xvfb()
    env["DISPLAY"] = display
    app = None
    try:
        evict_from_page_cache(folder)  # a cold start, as after a reboot, not a warm one
        started = time.monotonic()
        app = subprocess.Popen(
            [folder / "DuoCoder", project],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        shown = None
        while time.monotonic() - started < 120 and app.poll() is None:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "DuoCoder"],
                env=env,
                capture_output=True,
                text=True,
            )
            if found.stdout.strip():
                shown = time.monotonic() - started
                break
            time.sleep(0.05)
        if shown is None:
            err = app.stderr.read().decode() if app.poll() is not None and app.stderr else ""
            print("The bundle's window did not appear within 2 minutes. " + err)
            return 1
        print(f"Window visible {shown:.1f} s after a cold start of the bundle.")
        time.sleep(3)  # let it finish painting the transcript
        subprocess.run(["import", "-window", "root", screenshot], env=env, check=True)
        print(f"Screenshot: {screenshot}")
        title = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--name", "DuoCoder", "getwindowname"],
            env=env,
            capture_output=True,
            text=True,
        )
        print(f"Window title: {title.stdout.strip().splitlines()[0]}")
        return 0
    finally:
        if app is not None:
            app.terminate()
            app.wait(timeout=10)
        xvfb.terminate()
        xvfb.wait(timeout=10)
        shutil.rmtree(home, ignore_errors=True)


SCREENSHOT = HERE / "docs" / "screenshot.png"
"""In docs/, not resources/: only the README shows it, and resources/ ships with the app."""
SCREENSHOT_SIZE = "1366x768"  # the most common laptop screen
MAX_SCREENSHOT_BYTES = 300_000
SCREENSHOT_TOOL = "DUOCODER_SCREENSHOT_TOOL"

# Run by the screenshot tool: the window on the demo project as a researcher finds it
# after a few clicks, with a participant's interview (its coloured margin), the code tree
# with its counts and one code's retrieved segments.
SHOWCASE = """
import sys
from duocoder.gui.app import make_app
from duocoder.gui.common import theme
from duocoder.gui.common.i18n import install_translation
from duocoder.gui.shell.main_window import MainWindow

app = make_app()
install_translation(app, "en")
theme.apply_theme(app, "light")
window = MainWindow()
window.show()
if not window.open_project(sys.argv[1]):
    sys.exit("The demo project did not open.")
project = window.controller.project
anja = next(d for d in project.documents() if d.role == "participant")
window.documents.show_document(anja.id)
window.codes.model.set_checked({project.code("Verbinding/Vertrouwensrelatie").id})
sys.exit(app.exec())
"""

# Run by the environment's Python: a palette of 256 colours when the PNG is large (the
# window has few colours, so it looks the same at a fraction of the size). Pillow is not
# one of DuoCoder's dependencies; without it the picture is kept as the tool took it.
SHRINK = """
import shutil
import sys
from pathlib import Path

source, target, limit = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
try:
    from PIL import Image
except ImportError:
    shutil.copyfile(source, target)
    print(f"{target}: saved as taken, {target.stat().st_size // 1024} KB (Pillow is not "
          "installed here, so it could not be made smaller)")
    sys.exit(0)
image = Image.open(source).convert("RGB")
image.save(target, optimize=True)
if target.stat().st_size > limit:
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        target, optimize=True
    )
print(f"{target}: {image.width}x{image.height}, {target.stat().st_size // 1024} KB")
"""


def duocoder_python() -> Path:
    """This Python when it already runs DuoCoder (a developer's environment), else the
    one in .venv, set up if needed."""
    probe = "import PySide6, sqlalchemy"
    if subprocess.call([sys.executable, "-c", probe], stderr=subprocess.DEVNULL) == 0:
        return Path(sys.executable)
    return ensure_environment("")


def screenshot(args: list[str]) -> int:
    tool = Path(os.environ.get(SCREENSHOT_TOOL) or HERE.parent / "shared" / "tools" / "screenshot")
    if not tool.is_file():
        print(
            f"The screenshot tool is not there ({tool}); set {SCREENSHOT_TOOL} to its path. "
            f"{SCREENSHOT.relative_to(HERE)} was left as it is.",
            file=sys.stderr,
        )
        return 1
    py = duocoder_python()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = folder / "config" / "DuoCoder" / "DuoCoder.conf"
        settings.parent.mkdir(parents=True)
        # a coder known (no first-start question), English, segments of every document
        settings.write_text(
            "[General]\ncoder=Anna\ncoder_color=#1d4ed8\nlanguage=en\n"
            "[segments]\nall_documents=true\n"
        )
        demo = folder / "demo.duocoder"
        env = {
            **os.environ,
            "PYTHONPATH": str(HERE),
            "XDG_CONFIG_HOME": str(folder / "config"),
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
        }
        env.pop("QT_QPA_PLATFORM", None)  # the tool's X server, not offscreen
        built = subprocess.call(
            [py, "-m", "duocoder", "demo", "--path", demo],
            cwd=HERE,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        if built != 0:
            print("The demo project could not be built; see the messages above.", file=sys.stderr)
            return 1
        raw = folder / "window.png"
        shot = [tool, raw, "--size", SCREENSHOT_SIZE, "--wait", "12", "--", py, "-c", SHOWCASE]
        if run(*shot, demo, env=env) != 0 or not raw.exists():
            print("The screenshot tool did not make a picture; see above.", file=sys.stderr)
            return 1
        SCREENSHOT.parent.mkdir(exist_ok=True)
        return run(py, "-c", SHRINK, raw, SCREENSHOT, MAX_SCREENSHOT_BYTES, env=env)


def main() -> int:
    commands = {
        "demo": demo,
        "test": test,
        "screenshot": screenshot,
        "icons": icons,
        "bundle": bundle,
    }
    if len(sys.argv) < 2 or sys.argv[1] not in commands:
        print(__doc__)
        return 2
    return commands[sys.argv[1]](sys.argv[2:])


if __name__ == "__main__":
    sys.exit(main())
