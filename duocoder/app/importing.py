"""Importing many transcripts at once: each file succeeds or fails on its own.

Files are read outside any transaction, then each is stored in a transaction of its own, so a
failing file leaves no trace and never takes the others down. The whole batch is one undo
step. Progress and cancellation are plain callables, so the GUI can run this off its thread.

A file's failure is one sentence in the report, also when a bug in a reader caused it: the
traceback goes to the error log (`duocoder.app.errorlog`), never to the terminal. A problem
of the project itself (a full disk, a read-only or busy project file) is not the
transcript's fault and would fail every following file the same way, so it stops the batch
and reaches the caller as the typed error it is.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import sqlalchemy.exc

from duocoder.app import errorlog
from duocoder.app.service import Service
from duocoder.domain.errors import (
    DuoCoderError,
    DuplicateSourceError,
    ProjectFileError,
    SourceError,
)
from duocoder.domain.records import DocumentInfo
from duocoder.domain.roles import Role
from duocoder.domain.sources import FileTags
from duocoder.domain.turns import TurnRules

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class ImportFailure:
    file: str
    error: str


@dataclass(frozen=True, slots=True)
class ImportNote:
    """Something a reader repaired or kept as written in a file that was imported; `note`
    is a sentence that names the place, so the researcher can check it."""

    file: str
    note: str


@dataclass(slots=True)
class ImportReport:
    imported: list[DocumentInfo] = field(default_factory=list)
    failed: list[ImportFailure] = field(default_factory=list)
    duplicates: list[ImportFailure] = field(default_factory=list)
    notes: list[ImportNote] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed


_NOT_REGULAR = (
    (stat.S_ISDIR, "it is a folder, not a file"),
    (stat.S_ISFIFO, "it is a named pipe, not a file"),
    (stat.S_ISSOCK, "it is a socket, not a file"),
    (stat.S_ISCHR, "it is a device, not a file"),
    (stat.S_ISBLK, "it is a device, not a file"),
)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
"""Non-blocking, so that a file swapped for a named pipe after the check cannot hang the
import in `open` either; it makes no difference for a regular file."""


def _check_regular(name: str, mode: int) -> None:
    """Only regular files are read: a named pipe or a device never ends, a folder is no text."""
    if stat.S_ISREG(mode):
        return
    for test, problem in _NOT_REGULAR:
        if test(mode):
            raise SourceError(name, problem)
    raise SourceError(name, "it is not a regular file")


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, after refusing what is not a regular file or is larger than a
    transcript of this kind can be, before reading any of it."""
    from duocoder.io.readers import check_file_size, max_file_bytes

    name = path.name
    try:
        status = path.stat()
    except FileNotFoundError:
        raise SourceError(name, "the file does not exist") from None
    except OSError as exc:
        raise SourceError(name, f"it cannot be opened ({exc.strerror})") from None
    _check_regular(name, status.st_mode)
    check_file_size(name, status.st_size)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        raise SourceError(name, f"it cannot be opened ({exc.strerror})") from None
    with open(fd, "rb") as fh:
        try:
            _check_regular(name, os.fstat(fh.fileno()).st_mode)  # not swapped since the check
            data = fh.read(status.st_size + 1)
            if len(data) > status.st_size:  # it grew since: read on, up to the limit
                data += fh.read(max_file_bytes(name) + 1 - len(data))
        except OSError as exc:
            raise SourceError(name, f"it cannot be read ({exc.strerror})") from None
    check_file_size(name, len(data))
    return data


def _project_problem(exc: Exception) -> bool:
    """SQLite's operational errors (disk full, read-only database, locked, I/O error) are
    about the project file or the disk, never about the transcript being stored."""
    return isinstance(exc, sqlite3.OperationalError | sqlalchemy.exc.OperationalError)


def _unexpected(name: str, exc: Exception) -> str:
    """The one sentence for a bug met while importing a file; the traceback is logged."""
    log = errorlog.write_error_log(exc, f"importing {name!r}")
    where = f"; the details are in {log}" if log is not None else ""
    return str(SourceError(name, f"an unexpected error occurred ({type(exc).__name__}){where}"))


class Importing(Service):
    def import_files(
        self,
        files: Iterable[str | Path],
        role: Role | str,
        case: str | None = None,
        duo: str | None = None,
        *,
        attributes: dict[str, str] | None = None,
        names: dict[str, str] | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        report: ImportReport | None = None,
        questions: str | None = None,
        tags: Mapping[str, FileTags] | None = None,
    ) -> ImportReport:
        """Import transcripts with one role, case and duo; `tags` maps a file path
        (`str(path)`) to the role, case and duo of that file instead. A document is named
        after its file's stem unless `names` maps the file path to another name. Speaker
        turns are found automatically, or, with `questions` ("italic", "bold", "list"), from
        the formatting that marks the interviewer's questions; where the detection is unsure,
        the report's notes say so. A caller that must show what got in before a project
        error stopped the batch passes its own `report`, which is filled as the files go."""
        from duocoder.io.readers import read_source

        role = Role.parse(role) if isinstance(role, str) else role
        rules = TurnRules(questions=questions)
        paths = [Path(f) for f in files]
        report = report if report is not None else ImportReport()
        total = len(paths)

        def label() -> str:  # counted at the end: only what got in
            n = len(report.imported)
            return f"Import {n} document{'s' if n != 1 else ''}"

        with self.project._one_step(label):
            for index, path in enumerate(paths):
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    break
                if progress is not None:
                    progress(index, total, path.name)
                tagged = (tags or {}).get(str(path))
                try:
                    source = read_source(path.name, _read_bytes(path))
                    detection = self.project.source_turns(source, rules)
                    info = self.project.add_document(
                        (names or {}).get(str(path), path.stem),
                        source,
                        role if tagged is None else tagged.role,
                        case if tagged is None else tagged.case,
                        duo if tagged is None else tagged.duo,
                        original_name=path.name,
                        attributes=attributes,
                        detection=detection,
                        rules=rules if detection.shape == "formatting" else None,
                    )
                except DuplicateSourceError as exc:
                    report.duplicates.append(ImportFailure(path.name, str(exc)))
                    continue
                except ProjectFileError:
                    raise
                except DuoCoderError as exc:
                    report.failed.append(ImportFailure(path.name, str(exc)))
                    continue
                except Exception as exc:  # a bug met in one file must not stop the others
                    if _project_problem(exc):
                        raise
                    report.failed.append(ImportFailure(path.name, _unexpected(path.name, exc)))
                    continue
                report.imported.append(info)
                report.notes += [ImportNote(path.name, note) for note in source.notes]
                report.notes += [ImportNote(path.name, doubt) for doubt in detection.doubts]
        if progress is not None:
            progress(total if not report.cancelled else index, total, "")
        return report
