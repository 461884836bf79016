"""The bundled demo project: three fictional interviews of one duowerking, coded with the
research codebook, so a researcher can try every feature before importing their own data."""

from __future__ import annotations

import csv
import json
import os
from pathlib import Path

from duocoder.app.paths import codebooks_dir, resources_dir, user_data_dir
from duocoder.app.project import CodingSpec, Project
from duocoder.domain.errors import DuoCoderError

DEMO_CODER = "Demo"


def default_demo_path() -> Path:
    return user_data_dir() / "demo" / "Duo Denderland (demo).duocoder"


def build_demo(path: Path, *, replace: bool = False) -> Path:
    """Build the demo project at `path`; it is written beside and moved into place only when
    complete, so an interrupted build never leaves a half-made project behind."""
    demo = resources_dir() / "demo"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.building{path.suffix}")
    for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        leftover.unlink(missing_ok=True)
    with Project.create(tmp, language="nl", name="Duo Denderland (demo)") as project:
        project.import_codebook_file(codebooks_dir() / "duowerkingen.qdc")
        manifest = json.loads((demo / "manifest.json").read_text(encoding="utf-8"))
        names: dict[str, int] = {}
        for entry in manifest:
            report = project.import_files(
                [demo / entry["file"]],
                entry["role"],
                entry.get("case"),
                entry.get("duo"),
                names={str(demo / entry["file"]): entry["name"]},
            )
            if not report.ok:
                raise DuoCoderError(report.failed[0].error)
            names[entry["file"]] = report.imported[0].id
        specs = []
        with (demo / "codings.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                doc_id = names[row["file"]]
                text = project.text(doc_id)
                start = text.find(row["quote"])
                if start < 0:
                    raise DuoCoderError(
                        f"Demo quote not found in {row['file']}: {row['quote'][:40]}"
                    )
                specs.append(
                    CodingSpec(doc_id, start, start + len(row["quote"]), row["code"], DEMO_CODER)
                )
        project.add_codings(specs, create_codes=False)
        project.index_documents()  # so searching and suggestions work at once
        project.history.clear()
    if path.exists() and not replace:
        tmp.unlink()
        raise DuoCoderError(f"'{path.name}' already exists.")
    # a stale write-ahead log beside the old file would be applied to the new one
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)
    os.replace(tmp, path)
    return path
