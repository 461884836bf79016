"""The desktop bundle (`python3 tasks.py bundle --check`): PyInstaller builds it from
packaging/duocoder.spec, its own program builds the demo project, and its window opens that
project on a virtual X screen with a Dutch interface. About two minutes here, so slow."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import REPO

TOOLS = ("Xvfb", "xdotool", "import", "readelf")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(1200),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check runs on Linux"),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None, reason="needs the bundle extra"
    ),
    pytest.mark.skipif(
        any(shutil.which(t) is None for t in TOOLS), reason="needs " + ", ".join(TOOLS)
    ),
]

MAX_MB = 460
"""The trimmed bundle measured 335 MB on Linux, and 417 MB once it carried the recording
player (PyAV's FFmpeg); more means something unused came back."""


def test_the_bundle_opens_the_demo_project_in_a_dutch_window(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, str(REPO / "tasks.py"), "bundle", "--check", "--dist", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=1100,
    )
    out = done.stdout
    assert done.returncode == 0, out + done.stderr[-3000:]
    size = re.search(r"Built .* in \d+ s: (\d+) MB\.", out)
    assert size and int(size.group(1)) <= MAX_MB, out
    assert "Demo project built by the bundle" in out
    assert re.search(r"Window visible [\d.]+ s after a cold start", out), out
    assert "Window title: Duo Denderland (demo) — DuoCoder" in out
    shot = tmp_path / "bundle-check.png"
    assert shot.stat().st_size > 50_000  # a painted window, not an empty screen
    # what the program reads travelled with it, and only Dutch and English of spaCy's data
    data = tmp_path / "DuoCoder" / "_internal"
    assert (data / "duocoder/data/codebooks/duowerkingen.qdc").exists()
    assert (data / "duocoder/data/resources/i18n/duocoder_nl.qm").exists()
    lookups = {p.name.split("_")[0] for p in (data / "spacy_lookups_data/data").glob("*.gz")}
    assert lookups == {"nl", "en"}
