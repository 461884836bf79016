"""Where an export of a project may not go: onto the project itself.

`duocoder matrix p.xlsx --by role -o p.xlsx` once replaced the project with its own table.
A project is one SQLite file with companions that are part of it while it is open (the
write-ahead log `-wal`, its index `-shm`, a rollback `-journal`) and the copies kept before
a format upgrade (`NAME.v<N>.bak.SUFFIX`); an export onto any of them destroys work. Any
other SQLite database is refused by the writer itself (`duocoder.io.atomic`)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from duocoder.domain.errors import ValidationError
from duocoder.domain.roles import Role
from duocoder.io.atomic import check_export_target, write_atomically

__all__ = ["check_output", "word_table", "write_atomically"]

_COMPANIONS = ("-wal", "-shm", "-journal")


def check_output(project: Path | None, target: str | Path) -> None:
    """Refuse `target` if it is (or belongs to) the open `project` file (None: a team
    project on a server, which has no file), or is any other file an export must not
    replace; checked before the work of an export starts."""
    target = Path(target)
    if project is not None and _is_part_of(project, target):
        raise ValidationError(
            f"'{target.name}' is the project's own file, so an export cannot be written there; "
            "choose another name."
        )
    check_export_target(target)


def _is_part_of(project: Path, target: Path) -> bool:
    project, real = project.resolve(), target.resolve()
    if real == project or (real.exists() and project.exists() and os.path.samefile(real, project)):
        return True
    if real.parent != project.parent:
        return False
    names = {project.name + suffix for suffix in _COMPANIONS}
    if _same_name(real.name, names):
        return True
    backup = re.escape(project.stem) + r"\.v\d+\.bak" + re.escape(project.suffix)
    return re.fullmatch(backup, real.name, flags=re.IGNORECASE) is not None


def _same_name(name: str, names: set[str]) -> bool:
    """Case-blind, as the file systems of Windows and macOS are."""
    return name.casefold() in {n.casefold() for n in names}


WORD_COLUMNS = ("group", "lemma", "count", "documents")
_WORD_LABELS = {
    "nl": ("Woorden", ("Groep", "Lemma", "Aantal", "Documenten")),
    "en": ("Words", ("Group", "Lemma", "Count", "Documents")),
}


def word_table(
    rows: Iterable[Any], path: str | Path, language: str
) -> tuple[Sequence[str], Iterable[Sequence[Any]], dict[str, Any]]:
    """Word frequency rows (`group`, `lemma`, `count`, `documents`) for `write_table`:
    the header, the rows and the workbook's options. A CSV keeps the script names and a
    role's stored value (`participant`), so a script reads any project; a workbook is
    for people, so its sheet, headers and roles are in the project's language
    (`Woorden`, `Groep`, `deelnemer`)."""
    table = ((r.group, r.lemma, r.count, r.documents) for r in rows)
    if Path(path).suffix.lower() == ".csv":
        return WORD_COLUMNS, table, {}
    title, labels = _WORD_LABELS.get(language, _WORD_LABELS["en"])
    roles = {r.value: r.label(language) for r in Role}
    shown = ((roles.get(g, g), *rest) for g, *rest in table)
    return WORD_COLUMNS, shown, {"title": title, "labels": labels}
