"""Benchmark: importing the largest transcript DuoCoder accepts, for peak memory and time.

The document is a Word file at every limit of `duocoder.io.document_limits` at once: 100,000
paragraphs of 49 characters (4,999,999 characters with the line breaks), each paragraph a
speaker turn, each word in its own formatted run as Word writes heavily edited text, and
padding markup (proofing marks) that brings word/document.xml to 96 MB of its 100 MB
limit. `--size small` builds the same shape at a twentieth of the size, so CI stays quick.

Each figure comes from a fresh child process (`python -m bench.import_limit import|open
FILE`) that reports its own peak resident memory (VmHWM, or `ru_maxrss` where there is no
/proc), so the parent, which generated the file, does not count. The baseline is
python-docx opening the same file, the way the Word reader used to start.
"""

from __future__ import annotations

import io
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

from bench.timing import Result

PARAGRAPHS = {"small": 5_000, "full": 100_000}
CHARS_PER_PARAGRAPH = 49
BUDGET_MB = 1_000

_VOCABULARY = (
    "de het een en ik je we zij dat niet maar ook wel nog dan als bij voor naar over samen "
    "buddy duo coördinator vrijwilliger deelnemer gesprek week koffie wandelen vertrouwen "
    "afspraak eenzaam gezellig moeilijk café reünie geëngageerd zo’n “echt”"
)
_WORDS = _VOCABULARY.split()


def _paragraph_text(rng: random.Random, index: int) -> str:
    """A turn of exactly CHARS_PER_PARAGRAPH characters, starting with its speaker."""
    text = "I: " if index % 2 == 0 else "R: "
    while len(text) < CHARS_PER_PARAGRAPH:
        text += rng.choice(_WORDS) + " "
    text = text[:CHARS_PER_PARAGRAPH].rstrip()
    return text + "." * (CHARS_PER_PARAGRAPH - len(text))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_limit_docx(path: Path, paragraphs: int) -> dict[str, int]:
    """Write the document described in the module docstring; returns its dimensions."""
    import docx

    from duocoder.io.document_limits import MAX_PARAGRAPHS, MAX_XML_BYTES

    template = io.BytesIO()
    docx.Document().save(template)
    with zipfile.ZipFile(template) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    xml = members["word/document.xml"].decode("utf-8")
    head = xml[: xml.index("<w:body>") + len("<w:body>")]
    tail = xml[xml.index("<w:sectPr", len(head)) :]
    per_paragraph = int(0.98 * MAX_XML_BYTES * paragraphs / MAX_PARAGRAPHS) // paragraphs
    rng = random.Random(17)
    parts = [head]
    chars = 0
    for index in range(paragraphs):
        text = _paragraph_text(rng, index)
        chars += len(text) + (1 if index else 0)
        runs = "".join(
            f'<w:r><w:rPr><w:lang w:val="nl-BE"/></w:rPr><w:t xml:space="preserve">'
            f"{_escape(word)}</w:t></w:r>"
            for word in text.replace(" ", " \0").split("\0")
        )
        paragraph = f'<w:p w:rsidR="00{rng.randrange(16**6):06X}">{runs}</w:p>'
        padding = per_paragraph - len(paragraph.encode("utf-8"))
        if padding > 40:  # proofing marks: skipped by the reader, as Word's are
            mark = f'<w:proofErr w:type="gramStart" w:id="{rng.randrange(10**9):09d}"/>'
            fill = mark * (padding // len(mark))
            paragraph = paragraph[:-6] + fill + "</w:p>"
        parts.append(paragraph)
    parts.append(tail)
    members["word/document.xml"] = "".join(parts).encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return {
        "paragraphs": paragraphs,
        "chars": chars,
        "document_xml_bytes": len(members["word/document.xml"]),
        "file_bytes": path.stat().st_size,
    }


def _child(mode: str, path: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.import_limit", mode, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[1],
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def import_at_limit(size: str) -> Result:
    """Import a .docx at the document limits (full: 5,000,000 characters, 100,000
    paragraphs, a 96 MB word/document.xml) in a fresh process (budget: ≤ 1 GB peak
    resident memory); baseline: python-docx opening the same file."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "limit.docx"
        shape = write_limit_docx(path, PARAGRAPHS[size])
        ours = _child("import", path)
        baseline = _child("open", path)
    assert ours["chars"] == shape["chars"], (ours, shape)
    return Result(
        ours["seconds"],
        "python-docx opening the same file",
        baseline["seconds"],
        {
            **shape,
            "rss_mb": ours["rss_mb"],
            "baseline_rss_mb": baseline["rss_mb"],
            "budget_mb": BUDGET_MB,
            "includes": "reading, turn recognition, storing, fsync",
        },
    )


def _peak_mb() -> float:
    """This process's peak resident memory. Linux keeps in `ru_maxrss` the resident size
    the process had when it was forked, which is the parent's (the parent that generated a
    100 MB XML string), so the kernel's high-water mark of this program (VmHWM) is read
    where it exists."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _import(path: str) -> dict[str, Any]:
    from duocoder.app.project import Project

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        with Project.create(Path(tmp) / "limit.duocoder") as project:
            report = project.import_files([path], "participant")
            assert report.ok and report.imported, report.failed
            chars = len(project.text(report.imported[0].id))
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "rss_mb": _peak_mb(), "chars": chars}


def _open(path: str) -> dict[str, Any]:
    import docx

    start = time.perf_counter()
    docx.Document(path)
    return {"seconds": time.perf_counter() - start, "rss_mb": _peak_mb()}


if __name__ == "__main__":  # the child processes of import_at_limit
    if len(sys.argv) == 3 and sys.argv[1] in ("import", "open"):
        measure = _import if sys.argv[1] == "import" else _open
        print(json.dumps(measure(sys.argv[2])), flush=True)
        os._exit(0)
    sys.exit("usage: python -m bench.import_limit import|open FILE")
