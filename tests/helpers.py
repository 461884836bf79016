"""Small helpers the tests share (import as `from tests.helpers import ...`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from duocoder.domain.sources import SourceText
from duocoder.domain.text import canonical

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def source(text: str, fmt: str = "txt") -> SourceText:
    """A SourceText whose paragraphs are its non-blank lines, as a reader would produce."""
    text = canonical(text)
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return SourceText(text, tuple(spans), None, fmt)


def coded_project(path: Path) -> Path:
    """A new project at `path` with one interview, 'Anna', and one coding of 'Verbinding'."""
    from duocoder.app.project import Project

    with Project.create(path) as p:
        doc = p.add_document("Anna", source("I: Hoe gaat het?\nR: Goed, dank je."), "participant")
        p.add_coding(doc.id, "Verbinding", 20, 24, create_code=True)
    return path


def code_anna(path: Path) -> list[str]:
    """The command line that codes Anna's first two characters with 'Verbinding'."""
    return [
        "code",
        str(path),
        "--doc",
        "Anna",
        "--start",
        "0",
        "--end",
        "2",
        "--code",
        "Verbinding",
    ]


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run `duocoder ARGS` in process: (exit status, stdout, stderr)."""
    from duocoder.cli.main import main

    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
