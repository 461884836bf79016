"""How well Dutch lemmatizers do on DuoCoder's gold list: `python -m bench.lemmatizers`.

The gold list (tests/nlp/data/lemmas_nl.tsv) holds word forms of interview language with
their lemmas and a category (participle, diminutive, function word, verb form, plural,
other). Each candidate lemmatises every form on its own, as the index does per distinct form
(no part-of-speech tags: the fallback pipeline has no tagger). Printed is a markdown table of
accuracy, overall and per category; `--misses NAME` lists what one candidate gets wrong.
The rule layer was tuned on that list; `--gold tests/nlp/data/lemmas_nl_heldout.tsv` scores a
second, smaller list written afterwards and never tuned on, for a figure without that bias.

The candidates:
- `spacy-lookup`: spaCy's Dutch lookup table (spacy-lookups-data) alone;
- `spacy-filled`: that table with its gaps filled from spaCy's rule tables, as the project
  lemmatised until the Dutch rule layer came (function words kept as they are);
- `simplemma`: simplemma's Dutch dictionary;
- `rules+spacy-filled`, `rules+simplemma`: the rule layer of `duocoder.nlp.lemmas`
  (clitics, function words, diminutives, participles) over each."""

from __future__ import annotations

import argparse
import csv
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GOLD = Path(__file__).resolve().parent.parent / "tests" / "nlp" / "data" / "lemmas_nl.tsv"
CATEGORIES = ("participle", "diminutive", "function", "verb", "plural", "other")


@dataclass(frozen=True)
class Entry:
    form: str
    lemmas: frozenset[str]
    category: str


def read_gold(path: Path = GOLD) -> list[Entry]:
    """The gold entries; `#` lines are the list's notes, a lemma `a|b` accepts either."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if not line.startswith("#")]
    return [
        Entry(row["form"], frozenset(row["lemma"].split("|")), row["category"])
        for row in csv.DictReader(lines, delimiter="\t")
    ]


def _spacy_filled() -> tuple[Callable[[str], str], Callable[[str], str]]:
    """(lookup table alone, table with gaps filled) as the fallback pipeline had them."""
    from spacy.lang.nl.stop_words import STOP_WORDS

    from duocoder.nlp.lemmas import lemma_filler

    filler = lemma_filler("nl")
    table = filler._lookup

    def lookup(form: str) -> str:
        return str(table.get(form, form))

    def filled(form: str) -> str:
        raw = str(table.get(form, ""))
        if (raw and raw != form) or form in STOP_WORDS:
            return raw or form
        return filler(form) or form

    return lookup, filled


def candidates() -> dict[str, Callable[[str], str]]:
    import simplemma
    from spacy.lang.nl.stop_words import STOP_WORDS

    from duocoder.nlp.lemmas import DutchLemmatizer, dutch_lemmatizer, lemma_filler

    lookup, filled = _spacy_filled()
    filler = lemma_filler("nl")
    stop = frozenset(STOP_WORDS)
    return {
        "spacy-lookup": lookup,
        "spacy-filled": filled,
        "simplemma": lambda form: str(simplemma.lemmatize(form, lang="nl")),
        "rules+spacy-filled": DutchLemmatizer(
            filled, filler.verbs, filler.nouns, filler.knows, stop
        ),
        "rules+simplemma": dutch_lemmatizer(stop),
    }


def score(
    lemmatize: Callable[[str], str], gold: list[Entry]
) -> tuple[dict[str, tuple[int, int]], list[tuple[Entry, str]]]:
    """(right, total) per category and "all", and the misses with what was given."""
    counts: dict[str, list[int]] = {c: [0, 0] for c in (*CATEGORIES, "all")}
    misses = []
    for entry in gold:
        given = lemmatize(entry.form)
        right = given in entry.lemmas
        for key in (entry.category, "all"):
            counts[key][0] += right
            counts[key][1] += 1
        if not right:
            misses.append((entry, given))
    return {k: (v[0], v[1]) for k, v in counts.items()}, misses


def table(results: dict[str, dict[str, tuple[int, int]]], seconds: dict[str, float]) -> str:
    """A markdown table: one row per lemmatizer, accuracy in % per category."""
    first = next(iter(results.values()))
    columns = [c for c in (*CATEGORIES, "all") if first.get(c, (0, 0))[1]]
    head = ["lemmatizer", *(f"{c} (n={first[c][1]})" for c in columns), "µs/form"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, counts in results.items():
        cells = [f"{100 * r / n:.1f}" for r, n in (counts[c] for c in columns)]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {seconds[name]:.0f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.lemmatizers", description=__doc__)
    parser.add_argument("--gold", type=Path, default=GOLD, help="a TSV of form, lemma, category")
    parser.add_argument("--misses", metavar="NAME", help="list the misses of one lemmatizer")
    args = parser.parse_args(argv)
    gold = read_gold(args.gold)
    results, seconds = {}, {}
    for name, lemmatize in candidates().items():
        lemmatize("warm")  # load its tables before timing
        began = time.perf_counter()
        results[name], misses = score(lemmatize, gold)
        seconds[name] = (time.perf_counter() - began) / len(gold) * 1e6
        if name == args.misses:
            for entry, given in misses:
                want = "|".join(sorted(entry.lemmas))
                print(f"{entry.category:<11} {entry.form:<18} {given:<18} want {want}")
    print(f"{len(gold)} Dutch word forms from {args.gold.name}\n")
    print(table(results, seconds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
