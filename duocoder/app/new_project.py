"""A new project, with the codebook it starts from: the one step behind `duocoder new
--codebook` and the window's New project dialog, so both make the same project.

The codebook is read inside `Project.create`'s setup, so a codebook file that cannot be
read leaves no project behind: the researcher fixes the file and tries again with the
same name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from duocoder.app.codebook import CodebookImportReport
from duocoder.app.paths import codebooks_dir
from duocoder.app.project import Project

SHIPPED_CODEBOOKS = {"nl": "duowerkingen.qdc", "en": "duowerkingen-en.qdc"}
"""The research codebook as shipped, per language of its code names."""

PROJECT_SUFFIX = ".duocoder"


def shipped_codebook(language: str) -> Path:
    """The shipped duowerkingen codebook with its codes in `language` ('nl' or 'en')."""
    return codebooks_dir() / SHIPPED_CODEBOOKS[language]


def project_file(folder: str | Path, name: str) -> Path:
    """Where a project called `name` is kept in `folder`: its name as the file name, with
    the characters no system allows in one replaced (a name may contain a slash or a
    colon; a file name may not)."""
    safe = "".join("-" if c in '<>:"/\\|?*' or ord(c) < 32 else c for c in name).strip(" .")
    return Path(folder) / f"{safe or 'project'}{PROJECT_SUFFIX}"


@dataclass
class NewProject:
    project: Project
    codebook: CodebookImportReport | None
    """What the codebook added, or None for a project started without one."""


def create_project(
    path: str | Path,
    *,
    language: str = "nl",
    name: str | None = None,
    codebook: str | Path | None = None,
    passphrase: str | None = None,
) -> NewProject:
    """Create the project at `path` (a .duocoder file that must not exist yet, or an empty
    database's address), named `name`, in `language`, starting from the codebook file
    `codebook` (.qdc, .xlsx or .csv) if given; the open project is returned with what the
    codebook added."""
    reports: list[CodebookImportReport] = []

    def add_codebook(project: Project) -> None:
        if codebook is not None:
            reports.append(project.import_codebook_file(codebook))

    project = Project.create(
        path,
        language=language,
        name=name,
        setup=add_codebook if codebook is not None else None,
        passphrase=passphrase,
    )
    return NewProject(project, reports[0] if reports else None)
