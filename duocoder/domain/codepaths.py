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


def fold(name: str) -> str:
    """A name as a researcher would compare it: case, accents and blanks ignored
    (`Coördinatie ` and `coordinatie` fold alike)."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def close_paths(wanted: str, paths: list[str], limit: int = 5) -> list[str]:
    """The existing `paths` a researcher most likely meant by `wanted`, best first: compared
    whole and by their last name, without regard to case or accents. A path whose last name
    starts with the wanted one (`Vertrouwen` → `Vertrouwensrelatie`) comes first."""
    import difflib

    want = [fold(n) for n in split_path(wanted)]
    if not want:
        return []
    want_path, want_leaf = SEPARATOR.join(want), want[-1]
    scored: list[tuple[float, int, str]] = []
    for index, path in enumerate(paths):
        have = [fold(n) for n in split_path(path)]
        if not have:
            continue
        leaf = have[-1]
        score = max(
            difflib.SequenceMatcher(None, want_path, SEPARATOR.join(have)).ratio(),
            difflib.SequenceMatcher(None, want_leaf, leaf).ratio(),
        )
        if leaf == want_leaf:
            score = max(score, 0.95)
        elif len(want_leaf) >= 3 and (leaf.startswith(want_leaf) or want_leaf.startswith(leaf)):
            score = max(score, 0.9)
        if score >= 0.6:
            scored.append((-score, index, path))
    scored.sort()
    if not scored:
        return []
    best = -scored[0][0]  # far weaker guesses beside a good one only distract
    return [path for score, _, path in scored[:limit] if -score >= best - 0.15]
