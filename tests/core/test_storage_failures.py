"""When the disk, the file system or another process gets in the way of the project file:
one sentence, nothing half-written, no work lost."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import event

from duocoder.app.project import Project
from duocoder.domain.errors import DiskFullError, ReadOnlyProjectError
from duocoder.storage import database
from tests.helpers import REPO, code_anna, coded_project, run_cli, source

# -- a full disk -----------------------------------------------------------------------------


def _fill_disk(project: Project) -> None:
    """Let the file grow no further, as on a full disk: SQLite then reports SQLITE_FULL."""
    engine = project._engine
    engine.dispose()

    @event.listens_for(engine, "connect")
    def _full(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_is_one_sentence_and_changes_nothing(tmp_path: Path) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    with Project.open(path) as p:
        _fill_disk(p)
        big = "R: " + "woord " * 200_000
        with pytest.raises(DiskFullError) as err:
            p.add_document("Groot", source(big), "volunteer")
        assert str(err.value) == "The disk is full: nothing was changed."
        assert [d.name for d in p.documents()] == ["Anna"]
        assert len(p.segments()) == 1
    with Project.open(path) as p:
        assert [d.name for d in p.documents()] == ["Anna"]


def test_a_full_disk_in_the_command_line_is_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    configure = database._configure

    def full(dbapi_connection: sqlite3.Connection, record: object) -> None:
        configure(dbapi_connection, record)
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(database, "_configure", full)
    memo = "m" * 300_000
    code, _out, err = run_cli(
        capsys,
        *code_anna(path),
        "--memo",
        memo,
    )
    assert code == 1, err
    assert err.strip() == "duocoder: The disk is full: nothing was changed."
    assert "INSERT" not in err and "sqlite" not in err.lower()
    monkeypatch.undo()
    with Project.open(path) as p:
        assert len(p.segments()) == 1


# -- creating a project ------------------------------------------------------------------------


def test_new_refuses_a_name_without_the_project_suffix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run_cli(capsys, "new", str(tmp_path / "p.xlsx"))
    assert code == 1 and "must end in .duocoder" in err
    assert list(tmp_path.iterdir()) == []


def test_a_failed_new_leaves_no_file_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run_cli(
        capsys, "new", str(tmp_path / "p.duocoder"), "--codebook", str(tmp_path / "nope.qdc")
    )
    assert code == 1 and "nope.qdc" in err
    assert list(tmp_path.iterdir()) == []


def test_a_project_is_invisible_until_it_is_complete(tmp_path: Path) -> None:
    path = tmp_path / "p.duocoder"
    seen: list[list[str]] = []

    def setup(project: Project) -> None:
        project.add_code("Verbinding")
        seen.append(sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".")))
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        Project.create(path, setup=setup)
    assert seen == [[]], "nothing may appear under the project's name while it is built"
    assert list(tmp_path.iterdir()) == [], "the half-built file is removed"


def test_new_with_a_codebook_killed_half_way_never_leaves_an_empty_project(
    tmp_path: Path,
) -> None:
    """Kill `new --codebook` the moment its file appears: the project must then already be
    complete, with every code of the codebook (a kill can only ever find it whole)."""
    codebook = REPO / "codebooks" / "duowerkingen.qdc"
    for i in range(3):
        path = tmp_path / f"p{i}.duocoder"
        proc = subprocess.Popen(
            [sys.executable, "-m", "duocoder", "new", str(path), "--codebook", str(codebook)],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while not path.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        proc.kill()
        proc.wait()
        assert path.exists()
        with Project.open(path) as p:
            assert len(p.codes()) == 48


# -- read-only projects ------------------------------------------------------------------------


def _unprivileged() -> list[str]:
    """A command prefix that runs a child without root's power to write anything."""
    if os.name == "nt":
        pytest.skip("file permissions work differently on Windows")
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: cannot drop the right to write anywhere")
    return [
        "setpriv",
        "--bounding-set=-dac_override,-dac_read_search,-fowner,-chown",
        "--inh-caps=-all",
        "--",
    ]


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*_unprivileged(), sys.executable, "-m", "duocoder", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_project_in_a_read_only_folder_can_be_read_but_not_changed(tmp_path: Path) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    path = coded_project(folder / "p.duocoder")
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        docs = _cli("docs", str(path))
        assert docs.returncode == 0, docs.stderr
        assert "Anna" in docs.stdout
        coded = _cli(*code_anna(path))
        assert coded.returncode == 1
        assert coded.stderr.strip() == (
            "duocoder: 'p.duocoder' is read-only: open it from a folder you can write to, "
            "or make a copy."
        )
        assert sorted(p.name for p in folder.iterdir()) == ["p.duocoder"]
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)


def test_a_read_only_project_leaves_nothing_behind_that_blocks_later_writes(
    tmp_path: Path,
) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    path.chmod(0o444)
    assert _cli("docs", str(path)).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.duocoder"]
    path.chmod(0o644)
    coded = _cli(*code_anna(path))
    assert coded.returncode == 0, coded.stderr


def test_stale_read_only_side_files_from_an_older_version_are_cleared(tmp_path: Path) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    for side in ("-wal", "-shm"):
        stale = path.with_name(path.name + side)
        stale.write_bytes(b"" if side == "-wal" else b"\0" * 32768)
        stale.chmod(0o444)
    coded = _cli(*code_anna(path))
    assert coded.returncode == 0, coded.stderr
    with Project.open(path) as p:
        assert len(p.segments()) == 2


def test_read_only_is_visible_to_the_window_and_refuses_in_one_sentence(tmp_path: Path) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    real_access = os.access

    def no_writing(p: object, mode: int, **kw: object) -> bool:
        return False if mode & os.W_OK else real_access(p, mode)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(database.os, "access", no_writing)
        project = Project.open(path)
    try:
        assert project.read_only
        assert [d.name for d in project.documents()] == ["Anna"]
        with pytest.raises(ReadOnlyProjectError, match=r"'p\.duocoder' is read-only"):
            project.add_code("Nieuw")
    finally:
        project.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.duocoder"]


# -- another process holding the project -------------------------------------------------------


def test_closing_does_not_wait_for_another_writer(tmp_path: Path) -> None:
    path = coded_project(tmp_path / "p.duocoder")
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        with Project.open(path) as p:
            assert [d.name for d in p.documents()] == ["Anna"]
        took = time.perf_counter() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert took < 2.0, f"open and close took {took:.1f} s while another writer held the lock"


def test_a_killed_builds_hidden_file_is_cleared_by_the_next_new(tmp_path: Path) -> None:
    abandoned = tmp_path / ".p.x1y2z3.creating.duocoder"
    abandoned.write_bytes(b"half a project")
    abandoned.with_name(abandoned.name + "-wal").write_bytes(b"log")
    recent = tmp_path / ".p.recent.creating.duocoder"  # perhaps another `new` still running
    recent.write_bytes(b"busy")
    hour_ago = time.time() - 2 * 3600
    os.utime(abandoned, (hour_ago, hour_ago))
    Project.create(tmp_path / "p.duocoder").close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".p.recent.creating.duocoder",
        "p.duocoder",
    ]
