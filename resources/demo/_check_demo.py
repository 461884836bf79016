"""Verify that `codings.csv` still fits the demo transcripts and the demo codebook.

The demo codings are anchored by quoting text, not by offsets, so an edit to a transcript can
silently orphan a coding or make it ambiguous. This script catches that before the demo ships:

* every `code` is one of the leaf paths of the demo codebook;
* every `quote` occurs exactly once in its transcript (the .txt source, lines joined by `\\n`)
  and lies inside a respondent turn, never in an interviewer question or the title line;
* every file in the CSV is in `manifest.json`, and every .docx (when built) has the same
  paragraphs as its .txt source.

Run: `.venv/bin/python resources/demo/_check_demo.py` (exit status 1 on any problem).
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

DEMO_DIR = Path(__file__).resolve().parent
TRANSCRIPT_DIR = DEMO_DIR / "transcripts"

_CODEBOOK: dict[str, tuple[str, ...]] = {
    "Verbinding": (
        "Vertrouwensrelatie",
        "Gelijkwaardigheid en wederkerigheid",
        "Gezamenlijke activiteiten",
        "Klik en matching zoals beleefd",
        "Nabijheid, afstand en grenzen",
        "Betekenis en benoeming van de relatie",
        "Contactfrequentie en duur",
    ),
    "Obstakels/Interne obstakels": ("Verwachtingen", "Motivatie", "Gezondheid", "Levenssituatie"),
    "Obstakels/Externe obstakels": ("Tijd", "Mobiliteit", "Geld", "Taal", "Diensten"),
    "Obstakels": (
        "Afhankelijkheid en paternalisme",
        "Uiteenlopende verwachtingen",
        "Emotionele belasting van de vrijwilliger",
        "Uitval en beëindiging",
    ),
    "Uitkomsten/Voor de deelnemer": (
        "Psychologisch",
        "Sociaal-communicatief",
        "Persoonlijke ontwikkeling",
        "Horizonverbreding",
    ),
    "Uitkomsten/Voor de vrijwilliger": (
        "Leren en vaardigheden",
        "Sociaal netwerk",
        "Inzicht in kwetsbaarheid en samenleving",
        "Zingeving",
    ),
    "Uitkomsten": ("Voor de organisatie", "Voor de samenleving"),
    "Professionele ondersteuning": (
        "Werving en screening",
        "Matching door de organisatie",
        "Vorming en training",
        "Opvolging, supervisie en intervisie",
        "Samenwerking met het professionele netwerk",
        "Kwaliteitsbewaking en evaluatie",
    ),
    "Context": ("Kwetsbaarheid", "Actief burgerschap", "Motivatie om deel te nemen"),
}

# Leaf paths only: codings in the demo sit on the most specific code, as researchers code.
CODE_PATHS: frozenset[str] = frozenset(
    f"{parent}/{leaf}" for parent, leaves in _CODEBOOK.items() for leaf in leaves
)


def transcript_paragraphs(file_name: str) -> list[str]:
    """The paragraphs of a demo transcript, read from its .txt source (one per line)."""
    txt_path = TRANSCRIPT_DIR / (Path(file_name).stem + ".txt")
    lines = txt_path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()]


def respondent_spans(paragraphs: list[str]) -> list[tuple[int, int]]:
    """Offsets of respondent text: `R:` paragraphs and unlabelled paragraphs that continue one.

    A long answer may run over two paragraphs with only the first labelled, so an unlabelled
    paragraph belongs to whoever spoke last; paragraphs before the first turn are the title.
    """
    spans: list[tuple[int, int]] = []
    speaker: str | None = None
    offset = 0
    for paragraph in paragraphs:
        if paragraph.startswith("R:"):
            speaker = "R"
        elif paragraph.startswith("I:"):
            speaker = "I"
        if speaker == "R":
            spans.append((offset, offset + len(paragraph)))
        offset += len(paragraph) + 1
    return spans


def docx_paragraphs(docx_path: Path) -> list[str]:
    """Non-empty paragraphs of a built .docx, to compare with its source."""
    from docx import Document  # imported lazily: the quote check needs no python-docx

    return [p.text for p in Document(str(docx_path)).paragraphs if p.text.strip()]


def overlapping_pairs(spans: list[tuple[int, int]]) -> int:
    """Count pairs of codings that share text: the demo promises some, for co-occurrence views."""
    ordered = sorted(spans)
    return sum(
        1 for i, (_, end) in enumerate(ordered) for other, _ in ordered[i + 1 :] if other < end
    )


def check() -> list[str]:
    """Return a list of human-readable problems; empty means the demo is consistent."""
    problems: list[str] = []
    manifest = json.loads((DEMO_DIR / "manifest.json").read_text(encoding="utf-8"))
    files = {entry["file"] for entry in manifest}
    texts = {name: transcript_paragraphs(name) for name in files}

    for name, paragraphs in texts.items():
        docx_path = DEMO_DIR / name
        if docx_path.exists() and docx_paragraphs(docx_path) != paragraphs:
            problems.append(f"{name}: .docx differs from its .txt source; rebuild it")

    per_file: Counter[str] = Counter()
    spans: dict[str, list[tuple[int, int]]] = {name: [] for name in files}
    seen: set[tuple[str, str, str]] = set()
    with (DEMO_DIR / "codings.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if reader.fieldnames != ["file", "quote", "code"]:
            problems.append(f"codings.csv: header is {reader.fieldnames}, want file,quote,code")
        for line_no, row in enumerate(reader, start=2):
            name, quote, code = row["file"], row["quote"], row["code"]
            where = f"codings.csv:{line_no}"
            if (name, quote, code) in seen:
                problems.append(f"{where}: duplicate coding")
            seen.add((name, quote, code))
            if code not in CODE_PATHS:
                problems.append(f"{where}: unknown code path {code!r}")
            if name not in texts:
                problems.append(f"{where}: file {name!r} is not in manifest.json")
                continue
            per_file[name] += 1
            text = "\n".join(texts[name])
            count = text.count(quote)
            if quote != quote.strip() or not quote:
                problems.append(f"{where}: quote has surrounding blanks or is empty")
            if count != 1:
                problems.append(f"{where}: quote occurs {count} times in {name}: {quote[:60]!r}")
                continue
            start = text.index(quote)
            end = start + len(quote)
            spans[name].append((start, end))
            if not any(s <= start and end <= e for s, e in respondent_spans(texts[name])):
                problems.append(f"{where}: quote is not inside one respondent turn: {quote[:60]!r}")

    for name in sorted(files):
        overlaps = overlapping_pairs(spans[name])
        print(f"{name}: {per_file[name]} codings, {overlaps} overlapping pairs")
    return problems


def main() -> int:
    """Print the problems and signal them through the exit status, for use in CI."""
    problems = check()
    for problem in problems:
        print(problem, file=sys.stderr)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
