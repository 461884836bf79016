"""Build the demo Word transcripts from the plain-text sources in `transcripts/`.

The .txt files are the single source of truth: they diff well in review and the check script
and `codings.csv` are verified against them. The .docx files exist because researchers import
Word documents, so the demo has to exercise that path. Run this script after editing a .txt:

    .venv/bin/python resources/demo/_make_demo_docx.py
"""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document
from docx.shared import Pt

DEMO_DIR = Path(__file__).resolve().parent
TRANSCRIPT_DIR = DEMO_DIR / "transcripts"
MANIFEST = DEMO_DIR / "manifest.json"


def read_paragraphs(txt_path: Path) -> list[str]:
    """One paragraph per line; blank lines are dropped so a stray newline cannot add a turn."""
    lines = txt_path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()]


def write_docx(paragraphs: list[str], docx_path: Path) -> None:
    """Write one Word paragraph per line in a plain Calibri 11, as a typist would deliver it."""
    document = Document()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for text in paragraphs:
        document.add_paragraph(text)
    # Neutral metadata: the demo must not carry the name of whoever happened to rebuild it.
    document.core_properties.author = "DuoCoder demo"
    document.core_properties.title = paragraphs[0] if paragraphs else ""
    document.save(str(docx_path))


def main() -> None:
    """Regenerate every .docx named in the manifest from its same-named .txt source."""
    entries = json.loads(MANIFEST.read_text(encoding="utf-8"))
    for entry in entries:
        docx_path = DEMO_DIR / entry["file"]
        txt_path = TRANSCRIPT_DIR / (docx_path.stem + ".txt")
        paragraphs = read_paragraphs(txt_path)
        write_docx(paragraphs, docx_path)
        words = sum(len(p.split()) for p in paragraphs)
        print(f"{docx_path.name}: {len(paragraphs)} paragraphs, {words} words")


if __name__ == "__main__":
    main()
