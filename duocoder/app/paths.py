"""Where DuoCoder finds its bundled files and keeps the researcher's own."""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return _ROOT / "resources"


def codebooks_dir() -> Path:
    return _ROOT / "codebooks"


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as _user_data_dir

    return Path(_user_data_dir("DuoCoder", appauthor=False))
