"""Benchmarks of codebook import: a large codebook as .qdc, .csv and .xlsx, into an empty
project and merged into a project that already holds it.

A big team codebook, or one exported from a tool that flattens every sub-code, can hold
thousands of codes, and the import holds the project's write lock for its whole duration, so
it must stay roughly linear. The baseline is the least any import has to do: read the same
file with our reader, then insert the same rows with a raw `sqlite3` `executemany` into the
`codes` table of an empty project (no undo triggers, no merge rules).

`python -m bench.codebook_scenarios CODES [CODES ...]` prints the figures of every case for
the given sizes, to look for growth that is worse than linear."""

from __future__ import annotations

import csv
import io
import sqlite3
import sys
import tempfile
import uuid
from pathlib import Path
from typing import Any

from bench.timing import Result, once

SIZES = {"small": 1_000, "full": 10_000}
FORMATS = (".qdc", ".csv", ".xlsx")
SHAPES = ("flat", "nested")
FANOUT = 20
"""Children per code in the nested shape: 20 top-level codes, 400 below them, and so on."""


def generate_codes(count: int, shape: str) -> list[tuple[str, int | None, str, str, str]]:
    """`count` codes as (name, parent index, guid, colour, description), parents first.

    Deterministic (GUIDs derive from the index), so every run and every format carries the
    same codebook and a second import matches the first code for code."""
    codes = []
    for i in range(count):
        parent = None if shape == "flat" or i < FANOUT else i // FANOUT - 1
        guid = str(uuid.UUID(int=i + 1))
        colour = f"#{(i * 2654435761) % 0xFFFFFF:06X}"
        codes.append((f"Code {i:05d}", parent, guid, colour, f"Definitie van code {i}."))
    return codes


def _paths(codes: list[tuple[str, int | None, str, str, str]]) -> list[str]:
    paths: list[str] = []
    for name, parent, *_ in codes:
        paths.append(name if parent is None else f"{paths[parent]}/{name}")
    return paths


def write_codebook(codes: list[tuple[str, int | None, str, str, str]], path: Path) -> None:
    """Write the codes in the format that `path`'s suffix names."""
    suffix = path.suffix.lower()
    if suffix == ".qdc":
        from duocoder.domain.codebook import CodebookEntry
        from duocoder.io.qdc import write_qdc

        entries: list[CodebookEntry] = []
        made: list[CodebookEntry] = []
        for name, parent, guid, colour, description in codes:
            entry = CodebookEntry(name, guid, colour, description)
            (entries if parent is None else made[parent].children).append(entry)
            made.append(entry)
        path.write_bytes(write_qdc(entries))
        return
    rows = [
        (p, description, colour)
        for p, (_, _, _, colour, description) in zip(_paths(codes), codes, strict=True)
    ]
    if suffix == ".csv":
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=";")
        writer.writerow(("pad", "beschrijving", "kleur"))
        writer.writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8")
        return
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    sheet.append(("path", "description", "colour"))
    for row in rows:
        sheet.append(row)
    workbook.save(path)


def _raw_insert(project_path: Path, codes: list[tuple[str, int | None, str, str, str]]) -> None:
    """The same rows straight into the `codes` table: the floor of what storing costs."""
    positions: dict[int | None, int] = {}
    rows = []
    for i, (name, parent, guid, colour, description) in enumerate(codes):
        parent_id = None if parent is None else parent + 1
        position = positions.get(parent_id, 0)
        positions[parent_id] = position + 1
        rows.append((i + 1, parent_id, name, guid, colour.lower(), description, 1, position, ""))
    con = sqlite3.connect(project_path)
    try:
        with con:
            con.executemany(
                "INSERT INTO codes (id, parent_id, name, guid, color, description, codable,"
                " position, keywords) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
    finally:
        con.close()


def measure(count: int, suffix: str, shape: str, folder: Path) -> dict[str, float]:
    """Seconds to parse, to import into an empty project, to merge again, and the raw floor."""
    from duocoder.app.codebook import read_codebook
    from duocoder.app.project import Project

    codes = generate_codes(count, shape)
    path = folder / f"codes-{shape}-{count}{suffix}"
    write_codebook(codes, path)
    data = path.read_bytes()
    parse = once(lambda: read_codebook(path.name, data))
    project_path = folder / f"p-{shape}-{count}{suffix}.duocoder"
    raw_path = folder / f"raw-{shape}-{count}{suffix}.duocoder"
    Project.create(raw_path).close()
    raw = once(lambda: _raw_insert(raw_path, codes))
    with Project.create(project_path) as project:
        empty = once(lambda: project.import_codebook_file(path))
        assert len(project.codes()) == count
        report: list[Any] = []
        merge = once(lambda: report.append(project.import_codebook_file(path)))
        assert (len(report[0].merged), report[0].added) == (count, [])
        assert len(project.codes()) == count
    return {"parse": parse, "raw_insert": raw, "empty": empty, "merge": merge}


def _scenario(suffix: str):  # type: ignore[no-untyped-def]
    def scenario(size: str) -> Result:
        count = SIZES[size]
        with tempfile.TemporaryDirectory() as tmp:
            figures = {shape: measure(count, suffix, shape, Path(tmp)) for shape in SHAPES}
        nested = figures["nested"]
        return Result(
            nested["empty"],
            f"our {suffix} reader plus a raw sqlite3 executemany of the same rows",
            nested["parse"] + nested["raw_insert"],
            {
                "codes": count,
                "shape": f"nested, {FANOUT} children per code",
                "merge_again_seconds": round(nested["merge"], 4),
                "flat_seconds": round(figures["flat"]["empty"], 4),
                "flat_merge_again_seconds": round(figures["flat"]["merge"], 4),
                "parse_seconds": round(nested["parse"], 4),
                "includes": "reading, merge rules, undo recording, one transaction",
            },
        )

    scenario.__name__ = f"import_codebook_{suffix[1:]}"
    scenario.__doc__ = (
        f"Import a codebook as {suffix} (small: 1,000 codes, full: 10,000), into an empty "
        "project and merged again (budget: ≤ 5 s each)."
    )
    return scenario


CODEBOOK_SCENARIOS = {f"import_codebook_{suffix[1:]}": _scenario(suffix) for suffix in FORMATS}


def main(argv: list[str]) -> None:
    counts = [int(a) for a in argv] or [500, 1_000, 2_000]
    with tempfile.TemporaryDirectory() as tmp:
        for count in counts:
            for suffix in FORMATS:
                for shape in SHAPES:
                    figures = measure(count, suffix, shape, Path(tmp))
                    shown = " ".join(f"{k}={v:.2f}s" for k, v in figures.items())
                    print(f"{count:>6} {suffix:<5} {shape:<6} {shown}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
