"""The wheel a release builds works on its own: installed outside the checkout it builds the
demo, starts projects from the shipped codebooks and opens a Dutch window.

DuoCoder comes only from the wheel; what it depends on is borrowed from the environment
running the tests (a `.pth` line pointing at its site-packages, so nothing is downloaded).
That directory holds no copy of DuoCoder: an editable install there only leaves a finder
that its own `.pth` file installs, and `.pth` files in a borrowed directory are not run. The
commands run from a temporary folder without PYTHONPATH, so the checkout is not on the path:
a file the wheel forgot is missing here as it would be on a researcher's laptop."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import textwrap
import venv
import zipfile
from pathlib import Path

import pytest

from tests.helpers import REPO

pytestmark = pytest.mark.slow

# What the program reads at run time, by its place inside the wheel.
CARRIED = [
    "duocoder/data/codebooks/duowerkingen.qdc",
    "duocoder/data/codebooks/duowerkingen-en.qdc",
    "duocoder/data/codebooks/duowerkingen-keywords.csv",
    "duocoder/data/resources/demo/manifest.json",
    "duocoder/data/resources/demo/codings.csv",
    "duocoder/data/resources/i18n/duocoder_nl.qm",
    "duocoder/data/resources/icons/duocoder.svg",
    "duocoder/data/resources/icons/duocoder-256.png",
    "duocoder/data/resources/desktop/duocoder.desktop",
    "duocoder/data/resources/desktop/duocoder-mime.xml",
    "duocoder/resources/privacy/places_be.txt",
]


LOCAL = (".git", ".venv", "*.egg-info", "build", "dist", "__pycache__", ".*_cache", ".state")
"""What a working copy holds that a release is not built from."""


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the environment it is installed in)."""
    dist = tmp_path_factory.mktemp("dist")
    # built from a copy: setuptools leaves its egg-info beside the sources it builds
    source = tmp_path_factory.mktemp("source") / "duocoder"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*LOCAL))
    # sdist first, then the wheel from the sdist, as `python -m build` does for a release
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(source)],
        check=True,
        capture_output=True,
        env=_clean_env(),
    )
    (wheel,) = dist.glob("duocoder-*.whl")
    env_dir = tmp_path_factory.mktemp("env") / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    py = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(
        subprocess.run(
            [py, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    pip = [sys.executable, "-m", "pip", "--python", str(py)]
    subprocess.run(
        [*pip, "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
        env=_clean_env(),
    )
    # borrowed only now: pip would take the editable install there for this one
    (site / "borrowed_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # what the wheel says it needs is there (borrowed, not installed by this test)
    subprocess.run([*pip, "check"], check=True, capture_output=True, env=_clean_env())
    return wheel, env_dir


def _clean_env() -> dict[str, str]:
    """The environment without what would put the checkout on the path."""
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}


def _run(env_dir: Path, cwd: Path, *cmd: str, extra: dict[str, str] | None = None) -> str:
    """Run a command of the installed environment from `cwd`, without the checkout."""
    env = _clean_env()
    scripts = env_dir / ("Scripts" if os.name == "nt" else "bin")
    env |= {
        "PATH": str(scripts) + os.pathsep + env.get("PATH", ""),
        "XDG_DATA_HOME": str(cwd / "data"),
        "XDG_CONFIG_HOME": str(cwd / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONDONTWRITEBYTECODE": "1",
        **(extra or {}),
    }
    done = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_the_wheel_carries_what_the_program_reads(installed: tuple[Path, Path]) -> None:
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    assert [name for name in CARRIED if name not in names] == []
    # the translators' sources and the scripts that make the demo stay in the repository
    assert not [n for n in names if n.endswith(".ts") or "/_make_demo" in n]
    sdist = wheel.with_name(wheel.name.split("-py3")[0] + ".tar.gz")
    assert sdist.exists()


def test_installed_duocoder_builds_the_demo_and_uses_shipped_codebooks(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    _, env_dir = installed
    where = _run(env_dir, tmp_path, "python", "-c", "import duocoder; print(duocoder.__file__)")
    assert Path(where).is_relative_to(env_dir), where  # the wheel's copy, not the checkout's
    out = _run(env_dir, tmp_path, "duocoder", "demo", "--path", str(tmp_path / "demo.duocoder"))
    assert "Duo Denderland" in out
    docs = json.loads(_run(env_dir, tmp_path, "duocoder", "docs", "demo.duocoder", "--json"))
    assert len(docs) == 3
    out = _run(env_dir, tmp_path, "duocoder", "new", "nl.duocoder", "--codebook", "duowerkingen")
    assert "48" in out
    codes = json.loads(_run(env_dir, tmp_path, "duocoder", "codes", "nl.duocoder", "--json"))
    assert codes[0]["path"] == "Verbinding"
    _run(env_dir, tmp_path, "duocoder", "new", "en.duocoder", "--codebook", "duowerkingen-en")
    codes = json.loads(_run(env_dir, tmp_path, "duocoder", "codes", "en.duocoder", "--json"))
    assert codes[0]["path"] == "Connection"
    version = _run(env_dir, tmp_path, "duocoder", "--version")
    import duocoder

    assert version.strip() == f"DuoCoder {duocoder.__version__}"


def test_installed_duocoder_opens_a_dutch_window(
    installed: tuple[Path, Path], tmp_path: Path
) -> None:
    """The real start (`run_gui`) with the interface set to Dutch; a timer reads the window
    once it is shown and closes it."""
    _, env_dir = installed
    config = tmp_path / "config" / "DuoCoder"
    config.mkdir(parents=True)
    (config / "DuoCoder.conf").write_text("[General]\ncoder=Anna\nlanguage=nl\n")
    _run(env_dir, tmp_path, "duocoder", "new", "p.duocoder", "--codebook", "duowerkingen")
    probe = textwrap.dedent(
        """
        import json
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from duocoder.gui.app import make_app, run_gui
        from duocoder.gui.shell.main_window import MainWindow

        app = make_app()
        seen = {}

        def look():
            (window,) = [w for w in QApplication.topLevelWidgets()
                         if isinstance(w, MainWindow) and w.isVisible()]
            seen["title"] = window.windowTitle()
            seen["menus"] = [a.text() for a in window.menuBar().actions()]
            seen["icon"] = not app.windowIcon().isNull()
            app.quit()

        QTimer.singleShot(500, look)
        run_gui("p.duocoder")
        print(json.dumps(seen))
        """
    )
    seen = json.loads(_run(env_dir, tmp_path, "python", "-c", probe).strip().splitlines()[-1])
    assert "p" in seen["title"]
    assert "&Bestand" in seen["menus"] and "&File" not in seen["menus"]
    assert seen["icon"]
