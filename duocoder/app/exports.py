"""Where an export of a project may not go: onto the project itself.

`duocoder matrix p.xlsx --by role -o p.xlsx` once replaced the project with its own table.
A project is one SQLite file with companions that are part of it while it is open (the
write-ahead log `-wal`, its index `-shm`, a rollback `-journal`) and the copies kept before
a format upgrade (`NAME.v<N>.bak.SUFFIX`); an export onto any of them destroys work. Any
other SQLite database is refused by the writer itself (`duocoder.io.atomic`)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from duocoder.domain.errors import ValidationError
from duocoder.io.atomic import check_export_target, write_atomically

__all__ = ["check_output", "write_atomically"]

_COMPANIONS = ("-wal", "-shm", "-journal")


def check_output(project: Path, target: str | Path) -> None:
    """Refuse `target` if it is (or belongs to) the open `project` file, or is any other
    file an export must not replace; checked before the work of an export starts."""
    target = Path(target)
    if _is_part_of(project, target):
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
