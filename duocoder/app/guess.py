"""Before an import: what each chosen file probably is (role, case, duo) and whether its
text is already in the project, so the import dialog can prefill its table.

Reading is the slow part (a .docx is a zip of XML), so the GUI calls `guess_files` from a
worker thread; it takes the core's usual progress and cancel callables. A file that cannot
be read is guessed from its name alone: the import itself will say what is wrong with it."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from duocoder.domain.errors import DuoCoderError, SourceError
from duocoder.domain.guessing import TagGuess, guess_tags
from duocoder.domain.text import text_hash

HEAD_CHARS = 2048
"""How much of a transcript's text is searched for a header line."""


@dataclass(frozen=True, slots=True)
class FileGuess:
    path: str
    guess: TagGuess
    existing: str | None = None  # a document already holding the same text
    problem: str | None = None  # why the file cannot be read, as the import will say


def read_head(path: str | Path) -> tuple[str, str | None, str | None]:
    """The start of a transcript's canonical text, the hash of all of it, and None; or
    ("", None, the reason) when the file cannot be read (missing, too large, not a
    transcript)."""
    from duocoder.io.readers import check_file_size, read_source

    path = Path(path)
    try:
        if not path.exists():
            raise SourceError(path.name, "the file does not exist")
        if not path.is_file():
            raise SourceError(path.name, "it is not a regular file")
        check_file_size(path.name, path.stat().st_size)
        source = read_source(path.name, path.read_bytes())
    except DuoCoderError as exc:
        return "", None, str(exc)
    except OSError as exc:
        return "", None, str(SourceError(path.name, f"it cannot be opened ({exc.strerror})"))
    except Exception:  # a reader's bug: the import reports it; a guess just goes without
        return "", None, None
    return source.text[:HEAD_CHARS], text_hash(source.text), None


def guess_files(
    files: Iterable[str | Path],
    known_cases: Iterable[str] = (),
    known_duos: Iterable[str] = (),
    find_by_hash: Callable[[str], str | None] | None = None,
    *,
    progress: Callable[[int, int, str], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> list[FileGuess]:
    """A guess per file, in order; stops early (with the guesses so far) when cancelled.
    `find_by_hash` is `Project.find_by_hash`, to name the document a file duplicates."""
    paths = [str(f) for f in files]
    cases, duos = list(known_cases), list(known_duos)
    out: list[FileGuess] = []
    for index, path in enumerate(paths):
        if cancelled is not None and cancelled():
            break
        if progress is not None:
            progress(index, len(paths), Path(path).name)
        head, digest, problem = read_head(path)
        existing = find_by_hash(digest) if digest and find_by_hash is not None else None
        guess = guess_tags(Path(path).name, head, cases, duos)
        out.append(FileGuess(path, guess, existing, problem))
    return out
