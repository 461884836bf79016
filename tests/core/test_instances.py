"""Which project names are the same project, for one window per project: a resolved path,
without case where the system ignores it, and a socket name per user."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from duocoder.app.instances import NAME_PREFIX, instance_name, project_key


def test_one_file_named_in_different_ways_is_one_project(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "study" / "duo.duocoder"
    target.parent.mkdir()
    target.write_bytes(b"")
    monkeypatch.chdir(tmp_path)
    names = [str(target), "study/duo.duocoder", "./study/../study/duo.duocoder"]
    if hasattr(os, "symlink"):
        try:
            (tmp_path / "link").symlink_to(tmp_path / "study", target_is_directory=True)
            names.append(str(tmp_path / "link" / "duo.duocoder"))
        except OSError:  # Windows without the right to make links
            pass
    assert len({project_key(n) for n in names}) == 1
    assert len({instance_name(n) for n in names}) == 1
    assert project_key(tmp_path / "study" / "other.duocoder") != project_key(target)


def test_case_counts_on_linux_but_not_on_windows_or_macos(tmp_path: Path) -> None:
    upper = str(tmp_path / "Duo.duocoder")
    lower = str(tmp_path / "duo.duocoder")
    assert project_key(upper, "linux") != project_key(lower, "linux")
    assert project_key(upper, "win32") == project_key(lower, "win32")
    assert project_key(upper, "darwin") == project_key(lower, "darwin")
    assert instance_name(upper, "anna", "darwin") == instance_name(lower, "anna", "darwin")


def test_a_team_projects_host_ignores_case_but_its_database_does_not() -> None:
    assert project_key("postgresql://anna@Server.Example:5432/duo") == project_key(
        "POSTGRESQL://anna@server.example:5432/duo"
    )
    assert project_key("postgresql://anna@server/Duo") != project_key(
        "postgresql://anna@server/duo"
    )
    assert project_key("postgresql://anna@server/duo") != project_key(
        "postgresql://bram@server/duo"
    )


@pytest.mark.parametrize("project", ["/data/duo.duocoder", "postgresql://anna@server/duo"])
def test_each_user_has_a_name_of_their_own_that_does_not_show_the_path(project: str) -> None:
    anna, bram = instance_name(project, "anna"), instance_name(project, "bram")
    assert anna != bram
    assert anna == instance_name(project, "anna")  # every process of one user agrees
    assert anna.startswith(NAME_PREFIX)
    assert "duo" not in anna.removeprefix(NAME_PREFIX)  # a hash, not the file name
