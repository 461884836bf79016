"""What encryption at rest costs: opening, importing and co-occurrence on an encrypted
project, each beside the same work on the same project stored plain (the baseline, so the
ratio is the cost: 1.10 means 10 % slower).

Opening includes deriving the key from the passphrase (PBKDF2-HMAC-SHA512, 256,000
rounds, about 0.1 s on purpose: it is what makes guessing passphrases slow), so its ratio
is the largest; the other two pay only SQLCipher's page encryption and HMACs."""

from __future__ import annotations

import shutil
import tempfile
from functools import cache
from pathlib import Path

from bench.analysis_scenarios import ANALYSIS_SIZES, build_project
from bench.corpus import generate_corpus, write_docx
from bench.timing import Result, best_of, once

PASSPHRASE = "benchmark passphrase, not secret"
# (documents, words per document) imported in the import scenario
IMPORT_SIZES = {"small": (5, 2_000), "full": (40, 8_000)}
_FOLDERS: list[tempfile.TemporaryDirectory[str]] = []


@cache
def _projects(size: str) -> tuple[Path, Path, int]:
    """The analysis corpus of `size` twice, plain and encrypted (built once per run);
    returns both paths and the number of codings."""
    from duocoder.app.encryption import encrypt_project

    folder = tempfile.TemporaryDirectory(prefix="duocoder-bench-encryption-")
    _FOLDERS.append(folder)
    plain = Path(folder.name) / "plain.duocoder"
    documents, words, codings = ANALYSIS_SIZES[size]
    total = build_project(plain, documents, words, codings)
    encrypted = plain.with_name("encrypted.duocoder")
    shutil.copyfile(plain, encrypted)
    encrypt_project(encrypted, PASSPHRASE)
    return plain, encrypted, total


def _ratio(plain: float, encrypted: float, what: str, params: dict[str, object]) -> Result:
    return Result(encrypted, f"the same {what} on the plain project", plain, params)


def encryption_open(size: str) -> Result:
    """Open an encrypted project and list its documents and codes, beside the plain file
    (full: 500 documents, 100,000 codings; includes the key derivation)."""
    from duocoder.app.project import Project

    plain, encrypted, total = _projects(size)

    def opening(path: Path, passphrase: str | None) -> None:
        with Project.open(path, passphrase) as project:
            project.documents()
            project.codes()

    baseline = best_of(lambda: opening(plain, None), 5)
    seconds = best_of(lambda: opening(encrypted, PASSPHRASE), 5)
    return _ratio(baseline, seconds, "opening", {"codings": total, "size": size})


def encryption_import(size: str) -> Result:
    """Import Word transcripts into an encrypted project, beside a plain one (full: 40 ×
    8,000 words): reading, turn recognition, storing and fsync, each page encrypted."""
    from duocoder.app.project import Project

    documents, words = IMPORT_SIZES[size]
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for doc in generate_corpus(documents, words, seed=17):
            path = Path(tmp) / f"{doc.name}.docx"
            write_docx(doc, path)
            files.append((path, doc.role, doc.case, doc.duo))

        def importing(name: str, passphrase: str | None) -> float:
            with Project.create(Path(tmp) / name, passphrase=passphrase) as project:

                def run() -> None:
                    for path, role, case, duo in files:
                        assert project.import_files([path], role, case, duo).ok

                return once(run)

        baseline = importing("plain.duocoder", None)
        seconds = importing("encrypted.duocoder", PASSPHRASE)
    return _ratio(
        baseline, seconds, "import", {"documents": documents, "words_per_document": words}
    )


def encryption_cooccurrence(size: str) -> Result:
    """Co-occurrence of 60 codes on an encrypted project, beside the plain file (full:
    100,000 codings)."""
    from duocoder.app.project import Project

    plain, encrypted, total = _projects(size)
    with Project.open(plain) as project:
        plain_first = once(project.cooccurrence)  # reads (and decrypts) the pages
        baseline = best_of(project.cooccurrence, 5)  # from SQLite's page cache
    with Project.open(encrypted, PASSPHRASE) as project:
        encrypted_first = once(project.cooccurrence)
        seconds = best_of(project.cooccurrence, 5)
    return _ratio(
        baseline,
        seconds,
        "co-occurrence",
        {
            "codings": total,
            "codes": 60,
            "first_call_seconds": round(encrypted_first, 4),
            "plain_first_call_seconds": round(plain_first, 4),
            "first_call_ratio": round(encrypted_first / plain_first, 3),
        },
    )


ENCRYPTION_SCENARIOS = {
    "encryption_open": encryption_open,
    "encryption_import": encryption_import,
    "encryption_cooccurrence": encryption_cooccurrence,
}
