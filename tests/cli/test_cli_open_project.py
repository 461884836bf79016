"""`duocoder PROJECT`: a project file or a team project's address as the only argument opens
the window on it, as `duocoder gui PROJECT` does (what a file manager or a desktop shortcut
runs); a file named like a command is reached with a path (`./import`)."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from duocoder.cli import commands
from duocoder.cli.main import main


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """The projects the window was asked to open (instead of opening it)."""
    asked: list[str | None] = []

    def fake_gui(args: argparse.Namespace) -> int:
        asked.append(args.project)
        return 0

    monkeypatch.setattr(commands, "cmd_gui", fake_gui)
    return asked


def test_a_project_file_alone_opens_the_window_on_it(opened, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Studie 2026.duocoder"
    assert main([str(path)]) == 0
    assert main(["gui", str(path)]) == 0
    assert opened == [str(path), str(path)]


def test_a_team_projects_address_alone_opens_the_window_on_it(opened) -> None:  # type: ignore[no-untyped-def]
    assert main(["postgresql://anna@server.example:5432/duo"]) == 0
    assert opened == ["postgresql://anna@server.example:5432/duo"]


def test_no_argument_opens_the_window_without_a_project(opened) -> None:  # type: ignore[no-untyped-def]
    assert main([]) == 0
    assert opened == [None]


def test_a_file_named_like_a_command_is_opened_by_its_path(  # type: ignore[no-untyped-def]
    opened, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("import", "codes", "demo", "gui"):
        (tmp_path / name).write_bytes(b"")
        assert main([f"./{name}"]) == 0
    assert main(["import.duocoder"]) == 0  # a command's name inside a file name is no command
    assert opened == ["./import", "./codes", "./demo", "./gui", "import.duocoder"]
    with pytest.raises(SystemExit) as ended:  # the bare word stays the command
        main(["import"])
    assert ended.value.code == 2
    assert "duocoder import" in capsys.readouterr().err
    assert len(opened) == 5
