"""`duocoder install-desktop`: after it, a Linux desktop lists DuoCoder and knows its files."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from duocoder.app.desktop_entry import desktop_entry
from tests.helpers import coded_project, run_cli

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")


def test_install_desktop_writes_the_entry_icons_and_file_type(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    code, out, _ = run_cli(capsys, "install-desktop")
    assert code == 0 and "applications menu" in out and str(home) in out
    entry = (home / "applications" / "duocoder.desktop").read_text(encoding="utf-8")
    assert "MimeType=application/x-duocoder;" in entry
    assert "Icon=duocoder" in entry
    (exec_line,) = [line for line in entry.splitlines() if line.startswith("Exec=")]
    assert exec_line.endswith(" %f")  # the project file is the one argument
    assert (home / "icons/hicolor/48x48/apps/duocoder.png").stat().st_size > 500
    assert (home / "icons/hicolor/scalable/mimetypes/application-x-duocoder.svg").exists()
    assert (home / "mime/packages/duocoder.xml").exists()


def test_the_exec_line_quotes_a_path_with_spaces() -> None:
    entry = desktop_entry("/home/An Peeters/DuoCoder/duocoder")
    assert 'Exec="/home/An Peeters/DuoCoder/duocoder" %f' in entry.splitlines()


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info")
def test_the_desktop_recognises_a_project_by_name_and_by_content(
    tmp_path: Path, capsys, monkeypatch
) -> None:
    """Qt reads the same MIME database as the file managers: a project is recognised by its
    suffix, and a plain (unencrypted) project renamed without it by its SQLite header."""
    home = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    assert run_cli(capsys, "install-desktop")[0] == 0
    project = coded_project(tmp_path / "Interviews.duocoder")
    renamed = tmp_path / "Interviews-kopie"
    shutil.copy(project, renamed)
    other = tmp_path / "other.sqlite"
    import sqlite3

    sqlite3.connect(other).execute("create table t (x)").connection.close()
    probe = (
        "import sys; from PySide6.QtCore import QMimeDatabase as D; db = D();"
        "print(*(db.mimeTypeForFile(p).name() for p in sys.argv[1:]))"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    done = subprocess.run(
        [sys.executable, "-c", probe, str(project), str(renamed), str(other)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    by_name, by_content, plain = done.stdout.split()
    assert by_name == by_content == "application/x-duocoder"
    assert plain != "application/x-duocoder"
