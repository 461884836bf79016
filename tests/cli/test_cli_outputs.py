"""Output files on the command line: an existing file is replaced only with --force, and the
project itself is never replaced, not even with --force."""

from __future__ import annotations

from pathlib import Path

import pytest

from duocoder.app.project import CodingSpec, Project
from duocoder.nlp.pipeline import ENV_MODEL
from tests.helpers import run_cli as run
from tests.helpers import source

TEXT = "I: Hoe leerden jullie elkaar kennen?\nR: Via de coordinator. Het klikte meteen.\n"
OLD = b"yesterday's table"


@pytest.fixture
def proj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(ENV_MODEL, "blank")  # `words` indexes with the fallback pipeline
    path = tmp_path / "p.duocoder"
    with Project.create(path) as p:
        p.add_document("Anna", source(TEXT), "participant", "Samen vzw", "Duo 1")
        start = TEXT.index("Via")
        p.add_codings(
            [CodingSpec("Anna", start, start + 20, "Verbinding/Klik", "Lies")], create_codes=True
        )
    return path


COMMANDS = {
    "cooccurrence": (["cooccurrence", "{p}", "-o", "{out}"], "out.xlsx"),
    "matrix": (["matrix", "{p}", "--by", "role", "-o", "{out}"], "out.csv"),
    "quotes": (["quotes", "{p}", "-o", "{out}"], "out.docx"),
    "words": (["words", "{p}", "--out", "{out}"], "out.xlsx"),
    "codebook export": (["codebook", "export", "{p}", "{out}"], "out.qdc"),
}


def _argv(command: str, project: Path, out: Path) -> list[str]:
    template, _ = COMMANDS[command]
    return [a.format(p=project, out=out) for a in template]


@pytest.mark.parametrize("command", list(COMMANDS))
def test_an_existing_output_is_replaced_only_with_force(
    proj: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    out = tmp_path / COMMANDS[command][1]
    out.write_bytes(OLD)
    code, stdout, err = run(capsys, *_argv(command, proj, out))
    assert code == 1
    assert err == f"duocoder: '{out.name}' already exists; add --force to replace it.\n"
    assert stdout == ""
    assert out.read_bytes() == OLD
    code, stdout, _ = run(capsys, *_argv(command, proj, out), "--force")
    assert code == 0 and "Wrote" in stdout
    assert out.read_bytes() != OLD


@pytest.mark.parametrize("command", list(COMMANDS))
def test_the_help_of_each_output_option_mentions_force(
    capsys: pytest.CaptureFixture[str], command: str
) -> None:
    with pytest.raises(SystemExit):
        run(capsys, *command.split(), "--help")
    text = " ".join(capsys.readouterr().out.split())
    assert "--force" in text and "replaced only with --force" in text


def test_a_table_is_never_written_over_its_own_project(
    tmp_path: Path, proj: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.xlsx"  # a project saved under a spreadsheet's name
    proj.rename(project)
    before = project.read_bytes()
    code, _, err = run(capsys, "matrix", str(project), "--by", "role", "-o", str(project))
    assert (code, err) == (1, "duocoder: 'p.xlsx' already exists; add --force to replace it.\n")
    argv = ["matrix", str(project), "--by", "role", "-o", str(project), "--force"]
    code, _, err = run(capsys, *argv)
    assert code == 1
    assert err.startswith("duocoder: 'p.xlsx' is the project's own file") and err.count("\n") == 1
    assert project.read_bytes() == before
    code, out, _ = run(capsys, "codes", str(project))
    assert code == 0 and "Klik" in out  # still a working project


def test_another_project_is_refused_even_with_force(
    tmp_path: Path, proj: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "collega.qdc"  # someone's project, under a codebook's name
    other.write_bytes(proj.read_bytes())
    code, _, err = run(capsys, "codebook", "export", str(proj), str(other), "--force")
    assert code == 1
    assert err.startswith("duocoder: 'collega.qdc' is a database") and err.count("\n") == 1
    assert other.read_bytes() == proj.read_bytes()
