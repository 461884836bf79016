"""Code paths: a code's names from the root joined by `/`, e.g. `Verbinding/Vertrouwensrelatie`.

A `/` inside a name is written `\\/` in a path, so any Unicode name round-trips."""

from __future__ import annotations

SEPARATOR = "/"


def join_path(names: list[str] | tuple[str, ...]) -> str:
    return SEPARATOR.join(n.replace("\\", "\\\\").replace("/", "\\/") for n in names)


def split_path(path: str) -> list[str]:
    """Split a path into names; surrounding blanks of each name are ignored, empty names dropped."""
    names: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in path:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == SEPARATOR:
            names.append("".join(current))
            current = []
        else:
            current.append(ch)
    if escaped:
        current.append("\\")
    names.append("".join(current))
    return [n.strip() for n in names if n.strip()]
