"""How long the texts a person types into a project may be.

Every name, label and note in a project is something a researcher writes or reads on
screen, so each has a ceiling far above what a person writes and far below what hurts a
machine: one 40 MB code name once made every later command use 340 MB, because code
names are read with every code list. The core checks these limits where a value enters
the project (the `Project` facade and the importers), so the window, the command line and
every file format meet the same rule.

Limits, in characters (Unicode code points, as Python counts them):

- names of codes, cases, duos, coders and speakers, and attribute keys: 200
  (the database columns are `String(200)` or `String(400)`; SQLite does not enforce them);
- document names, which come from file names and may carry a folder-like prefix: 400;
- attribute values (`leeftijd: 67`, `gemeente: Gent`): 400;
- a code path as typed or as one flattened name in an exchange file (`A::B::C`): 2,000,
  enough for ten levels of long names;
- one keyword of a code: 200, and at most 1,000 keywords per code;
- code descriptions (definitions): 100,000, about forty pages of text;
- memos: 1,000,000, because a memo is a running journal (the project memo above all, and
  merging codes joins their memos), still only a few megabytes.

A codebook file may hold at most 50,000 codes, nested at most 100 levels deep: the largest
real codebooks have a few thousand, and an import holds the project's write lock.
"""

from __future__ import annotations

from duocoder.domain.errors import ValidationError

NAME = 200
"""Code, case, duo, coder and speaker names, and attribute keys."""

DOCUMENT_NAME = 400
ATTRIBUTE_VALUE = 400
CODE_PATH = 2_000
KEYWORD = 200
KEYWORDS = 1_000
"""How many keywords one code may have."""

TEXT = 100_000
"""Code descriptions, and one cell of a code list."""

MEMO = 1_000_000

CODEBOOK_CODES = 50_000
CODE_DEPTH = 100


def too_long(what: str, length: int, limit: int) -> str:
    """The sentence for a value over its limit, e.g. "A code name can be at most 200
    characters; this one has 40,000,000." `what` starts with a capital and an article."""
    return f"{what} can be at most {limit:,} characters; this one has {length:,}."


def check_length(what: str, value: str, limit: int) -> str:
    """Return `value`, or refuse it when it is longer than `limit` characters."""
    if len(value) > limit:
        raise ValidationError(too_long(what, len(value), limit))
    return value


PROXIMITY_DISTANCE = 100
"""Characters apart within which two segments co-occur in the proximity mode, unless the
researcher says otherwise: the window's starting value and `cooccurrence --mode proximity`'s
default, so both count the same pairs."""
