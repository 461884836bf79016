"""Importing many transcripts at once: each file succeeds or fails on its own.

Files are read outside any transaction, then each is stored in a transaction of its own, so a
failing file leaves no trace and never takes the others down. The whole batch is one undo
step. Progress and cancellation are plain callables, so the GUI can run this off its thread."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from duocoder.app.documents import DocumentsMixin
from duocoder.domain.errors import DuoCoderError, DuplicateSourceError, SourceError
from duocoder.domain.records import DocumentInfo
from duocoder.domain.roles import Role

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ImportFailure:
    file: str
    error: str


@dataclass(slots=True)
class ImportReport:
    imported: list[DocumentInfo] = field(default_factory=list)
    failed: list[ImportFailure] = field(default_factory=list)
    duplicates: list[ImportFailure] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SourceError(path.name, "the file does not exist") from None
    except OSError as exc:
        raise SourceError(path.name, f"it cannot be opened ({exc.strerror})") from None
    if path.is_dir():
        raise SourceError(path.name, "it is a folder, not a file")
    if size > MAX_FILE_BYTES:
        raise SourceError(path.name, "it is larger than 200 MB, too large for a transcript")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SourceError(path.name, f"it cannot be opened ({exc.strerror})") from None


class ImportMixin(DocumentsMixin):
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
    ) -> ImportReport:
        """Import transcripts with one role, case and duo; a document is named after its
        file's stem unless `names` maps the file path to another name."""
        from duocoder.io.readers import read_source

        role = Role.parse(role) if isinstance(role, str) else role
        paths = [Path(f) for f in files]
        report = ImportReport()
        total = len(paths)

        def label() -> str:  # counted at the end: only what got in
            n = len(report.imported)
            return f"Import {n} document{'s' if n != 1 else ''}"

        with self._one_step(label):
            for index, path in enumerate(paths):
                if cancelled is not None and cancelled():
                    report.cancelled = True
                    break
                if progress is not None:
                    progress(index, total, path.name)
                try:
                    source = read_source(path.name, _read_bytes(path))
                    info = self.add_document(
                        (names or {}).get(str(path), path.stem),
                        source,
                        role,
                        case,
                        duo,
                        original_name=path.name,
                        attributes=attributes,
                    )
                except DuplicateSourceError as exc:
                    report.duplicates.append(ImportFailure(path.name, str(exc)))
                    continue
                except DuoCoderError as exc:
                    report.failed.append(ImportFailure(path.name, str(exc)))
                    continue
                except Exception as exc:  # an unexpected bug must not stop the other files
                    log.exception("importing %s failed", path)
                    report.failed.append(
                        ImportFailure(
                            path.name,
                            f"Could not read '{path.name}': an unexpected error "
                            f"occurred ({type(exc).__name__}).",
                        )
                    )
                    continue
                report.imported.append(info)
        if progress is not None:
            progress(total if not report.cancelled else index, total, "")
        return report
