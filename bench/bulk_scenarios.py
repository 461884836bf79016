"""Bulk work at team-project scale, on a project file and on a PostgreSQL server.

Bulk coding (`code --from`, which is `apply_codings`), merging a coder's copy and copying a
project are reported in codings per second (budget ≥ 50,000/s on both engines); the
co-occurrence of 60 codes over 1,000,000 codings on 2,000 documents (budget ≤ 2 s on a
file, ≤ 3 s on a server on loopback) beside the in-memory sweep of the same segments; and
opening a 2,000-document team project with what the window reads first (≤ 1 s).

The server is a throwaway cluster (`tests/postgres.py`, run from the repository root as
`python -m bench`); when none can start, the server figures are left out with one line
saying why. Projects are built once per run and size (not timed)."""

from __future__ import annotations

import atexit
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bench.timing import Result, best_of, once

if TYPE_CHECKING:
    from duocoder.app.project import CodingSpec, Project
    from tests.postgres import Server

CODES = tuple(f"Thema {i // 10 + 1}/Code {i:02d}" for i in range(60))
CODERS = ("Lies", "Jonas")
# (documents, codings per document) of the bulk scenarios and of the large project
BULK_SIZES = {"small": (20, 250), "full": (100, 900)}
LARGE_SIZES = {"small": (200, 50), "full": (2_000, 500)}
PARAGRAPHS, WORDS = 40, 50

_FOLDER = tempfile.TemporaryDirectory(prefix="duocoder-bulk-")
atexit.register(_FOLDER.cleanup)
_names = iter(range(1_000_000))


def _path(stem: str) -> Path:
    return Path(_FOLDER.name) / f"{stem}{next(_names)}.duocoder"


# -- the server --------------------------------------------------------------------------------


@cache
def _server() -> Server | None:
    """A throwaway PostgreSQL server for this run, or None (said once) if none can start."""
    try:
        from tests.postgres import PostgresUnavailableError, Server
    except ImportError as exc:  # not run from the repository root
        print(f"bench: PostgreSQL figures skipped: {exc}", file=sys.stderr, flush=True)
        return None
    try:
        server = Server.start()
    except PostgresUnavailableError as exc:
        print(f"bench: PostgreSQL figures skipped: {exc}", file=sys.stderr, flush=True)
        return None
    atexit.register(server.stop)
    return server


def _address() -> str | None:
    """An empty database's postgresql:// address, or None without a server."""
    server = _server()
    if server is None:
        return None
    return server.new_database().replace("postgresql+psycopg://", "postgresql://")


# -- projects ------------------------------------------------------------------------------------


def _text(seed: int) -> str:
    rng = random.Random(seed)
    return "\n".join(
        " ".join(f"woord{rng.randrange(1_000)}" for _ in range(WORDS)) for _ in range(PARAGRAPHS)
    )


def _documents(project: Project, count: int) -> list[int]:
    """`count` documents of 40 paragraphs, and the 60 codes; returns the document ids."""
    from duocoder.domain.sources import SourceText

    for path in CODES:
        project.ensure_code_path(path)
    codes = project.codes()
    for parent in {c.parent_id for c in codes} - {None}:
        project.set_codable(parent, False)  # the themes only group: 60 codable codes
    ids = []
    for i in range(count):
        text = f"Gesprek {i:04d}\n{_text(i % 50)}"  # a text of its own, built quickly
        spans, pos = [], 0
        for paragraph in text.split("\n"):
            spans.append((pos, pos + len(paragraph)))
            pos += len(paragraph) + 1
        source = SourceText(text, tuple(spans), None, "txt")
        ids.append(project.add_document(f"Interview {i:04d}", source, "participant").id)
    project.history.clear()
    return ids


def _specs(doc_ids: list[int], per_document: int, seed: int = 1) -> list[CodingSpec]:
    """`per_document` distinct codings on each document, 60 codes, two coders."""
    from duocoder.app.project import CodingSpec

    rng = random.Random(seed)
    length = len(_text(0))
    specs = []
    for doc in doc_ids:
        seen: set[tuple[int, int, int]] = set()
        while len(seen) < per_document:
            start = rng.randrange(length - 400)
            key = (start, start + rng.randrange(20, 400), rng.randrange(60))
            if key not in seen:
                seen.add(key)
                specs.append(CodingSpec(doc, key[0], key[1], CODES[key[2]], CODERS[len(specs) % 2]))
    return specs


def _create(address: str | None, documents: int) -> tuple[Project, list[int], str]:
    """A new project with documents and codes, on the server (`address`) or in a file."""
    from duocoder.app.project import Project

    where = address or str(_path("bulk"))
    project = Project.create(where)
    project.coder = "Lies"
    return project, _documents(project, documents), where


def _rate(codings: int, seconds: float) -> int:
    return round(codings / seconds) if seconds else 0


# -- bulk coding ----------------------------------------------------------------------------------


def _raw_sqlite_insert(rows: list[tuple[Any, ...]]) -> float:
    """The floor: sqlite3 inserting the same rows into a bare table of the same columns."""
    path = _path("raw")
    con = sqlite3.connect(path)
    try:
        con.execute(
            'CREATE TABLE codings (id INTEGER PRIMARY KEY, document_id, code_id, start, "end", '
            "coder_id, memo, created_at, auto)"
        )
        start = time.perf_counter()
        con.executemany(
            'INSERT INTO codings (document_id, code_id, start, "end", coder_id, memo, '
            "created_at, auto) VALUES (?, ?, ?, ?, ?, NULL, '2026-01-01 00:00:00.000000', 0)",
            rows,
        )
        con.commit()
        return time.perf_counter() - start
    finally:
        con.close()


def _code_from(address: str | None, documents: int, per_document: int) -> tuple[float, int]:
    """Seconds for one `apply_codings` of documents × per_document specs (what `code
    --from` runs), checked to have added them all; undone again to check the step."""
    project, doc_ids, _where = _create(address, documents)
    try:
        specs = _specs(doc_ids, per_document)
        seconds = once(lambda: project.apply_codings(specs))
        assert project.coding_count() == len(specs)
        project.undo()
        assert project.coding_count() == 0
    finally:
        project.close()
    return seconds, len(specs)


def bulk_coding(size: str) -> Result:
    """Bulk coding (`code --from` = `apply_codings`) of 90,000 codings on 100 documents
    (small: 5,000): codings per second on a project file and on a server (budget ≥ 50,000
    codings/s on both)."""
    documents, per_document = BULK_SIZES[size]
    seconds, total = _code_from(None, documents, per_document)
    rows = [(s.doc, 1, s.start, s.end, 1) for s in _specs(list(range(documents)), per_document)]
    baseline = min(_raw_sqlite_insert(rows) for _ in range(3))
    params: dict[str, Any] = {
        "codings": total,
        "documents": documents,
        "sqlite_codings_per_second": _rate(total, seconds),
    }
    address = _address()
    if address is not None:
        server_seconds, _ = _code_from(address, documents, per_document)
        params["server_seconds"] = round(server_seconds, 4)
        params["server_codings_per_second"] = _rate(total, server_seconds)
    return Result(
        seconds, "sqlite3 executemany of the same rows into a bare table", baseline, params
    )


# -- merging and copying ---------------------------------------------------------------------


@cache
def _coded_file(size: str) -> tuple[Path, int]:
    """A project file with the bulk size's documents and codings (built once per size)."""
    documents, per_document = BULK_SIZES[size]
    project, doc_ids, where = _create(None, documents)
    try:
        specs = _specs(doc_ids, per_document)
        project.apply_codings(specs)
        project.history.clear()
    finally:
        project.close()
    return Path(where), len(specs)


def _merge_into(address: str | None, source: Path, documents: int) -> float:
    """Seconds to merge the coder's copy `source` into a project with the same documents
    and no codings (every coding is new to it)."""
    project, _ids, _where = _create(address, documents)
    try:
        seconds = once(lambda: project.merge_projects([source]))
        report = project.coding_count()
        assert report > 0
    finally:
        project.close()
    return seconds


def merge_codings(size: str) -> Result:
    """Merging a coder's copy with 90,000 new codings (small: 5,000) into a project file and
    into a team project: codings per second (budget ≥ 50,000/s on both)."""
    documents, _per = BULK_SIZES[size]
    source, total = _coded_file(size)
    seconds = _merge_into(None, source, documents)
    baseline = best_of(lambda: shutil.copyfile(source, _path("copy")), 3)
    params: dict[str, Any] = {"codings": total, "sqlite_codings_per_second": _rate(total, seconds)}
    address = _address()
    if address is not None:
        server_seconds = _merge_into(address, source, documents)
        params["server_seconds"] = round(server_seconds, 4)
        params["server_codings_per_second"] = _rate(total, server_seconds)
    return Result(seconds, "copying the coder's project file", baseline, params)


def copy_codings(size: str) -> Result:
    """`copy` of a project with 90,000 codings (small: 5,000) from a file to a server and
    back to a new file: codings per second each way (budget ≥ 50,000/s)."""
    from duocoder.app.copying import copy_project

    source, total = _coded_file(size)
    baseline = best_of(lambda: shutil.copyfile(source, _path("copy")), 3)
    address = _address()
    if address is None:
        seconds = once(lambda: copy_project(source, _path("copied")))
        return Result(
            seconds,
            "copying the project file",
            baseline,
            {"codings": total, "file_to_file_codings_per_second": _rate(total, seconds)},
        )
    up = once(lambda: copy_project(source, address))
    down = once(lambda: copy_project(address, _path("down")))
    return Result(
        up,
        "copying the project file",
        baseline,
        {
            "codings": total,
            "file_to_server_codings_per_second": _rate(total, up),
            "server_to_file_seconds": round(down, 4),
            "server_to_file_codings_per_second": _rate(total, down),
        },
    )


# -- a large project: co-occurrence and opening ----------------------------------------------


@cache
def _large(size: str) -> tuple[Path, str | None, int]:
    """The large project as a file, and copied to the server (None without one)."""
    documents, per_document = LARGE_SIZES[size]
    project, doc_ids, where = _create(None, documents)
    try:
        specs = _specs(doc_ids, per_document, seed=2)
        project.apply_codings(specs)
        project.history.clear()
    finally:
        project.close()
    address = _address()
    if address is not None:
        from duocoder.app.copying import copy_project

        copy_project(where, address)
    return Path(where), address, len(specs)


def _sweep(path: Path) -> Callable[[], object]:
    """The in-memory sweep (`count_cooccurrence`) over the project's segments, read once."""
    from duocoder.analysis.cooccurrence import count_cooccurrence

    con = sqlite3.connect(path)
    try:
        segments = con.execute(
            'SELECT id, document_id, code_id, start, "end", coder_id FROM codings '
            "ORDER BY document_id, start"
        ).fetchall()
        codes = [r[0] for r in con.execute("SELECT id FROM codes WHERE codable ORDER BY id")]
    finally:
        con.close()
    return lambda: count_cooccurrence(segments, codes)


def cooccurrence_1m(size: str) -> Result:
    """Co-occurrence of 60 codes over 1,000,000 codings on 2,000 documents (small: 10,000
    on 200), through the facade on a project file (budget ≤ 2 s) and a team project on
    loopback (≤ 3 s), beside the in-memory sweep of the same segments."""
    from duocoder.app.project import Project

    path, address, total = _large(size)
    baseline = best_of(_sweep(path), 3)
    with Project.open(path) as project:
        assert len(project.cooccurrence().codes) == 60
        seconds = best_of(project.cooccurrence, 3)
    params: dict[str, Any] = {"codings": total, "documents": LARGE_SIZES[size][0], "codes": 60}
    if address is not None:
        with Project.open(address) as project:
            params["server_seconds"] = round(best_of(project.cooccurrence, 3), 4)
    return Result(seconds, "in-memory sweep of the same segments", baseline, params)


def _first_view(where: str | Path) -> None:
    """`Project.open` and what the window reads first: documents, codes, coders, memos."""
    from duocoder.app.project import Project

    with Project.open(where) as project:
        project.documents()
        project.codes()
        project.coders()
        project.memos()


def open_team_project(size: str) -> Result:
    """Opening a 2,000-document team project (small: 200) with 1,000,000 codings (small:
    10,000) and reading what the window shows first (budget ≤ 1 s), beside the same on
    the project file."""
    path, address, total = _large(size)
    baseline = best_of(lambda: _first_view(path), 3)
    params = {"documents": LARGE_SIZES[size][0], "codings": total}
    if address is None:
        return Result(baseline, "the same project as a file (no server)", baseline, params)
    seconds = best_of(lambda: _first_view(address), 3)
    return Result(seconds, "the same project as a file", baseline, params)


BULK_SCENARIOS: dict[str, Callable[[str], Result]] = {
    "bulk_coding": bulk_coding,
    "merge_codings": merge_codings,
    "copy_codings": copy_codings,
    "cooccurrence_1m": cooccurrence_1m,
    "open_team_project": open_team_project,
}
