"""What Help ▸ About lists: the versions a bug report needs (DuoCoder's, the project file
format it writes, and the libraries whose behaviour shows in the program)."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version

from duocoder import __version__
from duocoder.storage.fileformat import SCHEMA_VERSION


def _installed(distribution: str) -> str:
    """A library's version from its installed metadata, read without importing it (spaCy
    takes seconds to import; the About box should not)."""
    try:
        return version(distribution)
    except PackageNotFoundError:
        return "?"


def component_versions() -> dict[str, str]:
    """Name → version, DuoCoder first; the window adds Qt's and PySide6's, which only it
    may import."""
    return {
        "DuoCoder": __version__,
        "Project format": str(SCHEMA_VERSION),
        "SQLAlchemy": _installed("SQLAlchemy"),
        "spaCy": _installed("spacy"),
        "Python": platform.python_version(),
    }
