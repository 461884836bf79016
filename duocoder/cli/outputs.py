"""Output files of the CLI: an existing file is replaced only when the command says --force.

A script that writes `-o results.xlsx` twice, or a typo that names yesterday's table (or the
project itself), must not silently destroy a file; the researcher adds `--force` when
replacing is what they mean. The app layer refuses the project file even then."""

from __future__ import annotations

import os
from pathlib import Path

from duocoder.domain.errors import ValidationError


def output_path(
    out: str | None, force: bool, suffixes: tuple[str, ...] | None = None
) -> Path | None:
    """`out` as a path, refused if its suffix is not one of `suffixes` or if it exists
    and `force` is not given; None when no output was asked for."""
    if out is None:
        return None
    path = Path(out)
    if suffixes is not None and path.suffix.lower() not in suffixes:
        raise ValidationError(f"The output file must end in {' or '.join(suffixes)}.")
    if os.path.lexists(path) and not force:
        raise ValidationError(f"'{path.name}' already exists; add --force to replace it.")
    return path
