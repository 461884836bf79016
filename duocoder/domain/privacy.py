"""What identifies a person in a transcript, and how it is replaced: the shared vocabulary of
detection (`duocoder.nlp.identifiers`), the review, pseudonymisation (`duocoder.app.privacy`)
and the export guard.

The people interviewed are vulnerable and recognisable, so the project keeps only what the
researcher decided (which texts are names, which pseudonym each entity gets); the original
strings of what was replaced live only in the separate, encrypted key file."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from duocoder.domain.errors import ValidationError

SEALED_PREFIX = b"age-encryption.org/v1\n"
"""How an age-encrypted file or blob begins: the key file, and the project's undo steps
sealed with the key (`duocoder.storage.history.seal_all`)."""

Kind = Literal[
    "person",  # first names, surnames, initials, nicknames
    "organisation",  # organisations, named buildings (a school, a day centre)
    "place",  # towns, villages, districts
    "address",  # street with or without a house number
    "postcode",
    "date",  # dates of birth and other identifying dates
    "age",  # an age with its context ("72 jaar")
    "phone",
    "email",
    "url",
    "national_id",  # Belgian rijksregisternummer, Dutch BSN
]
KINDS: tuple[Kind, ...] = (
    "person",
    "organisation",
    "place",
    "address",
    "postcode",
    "date",
    "age",
    "phone",
    "email",
    "url",
    "national_id",
)

Source = Literal[
    "library",  # the de-identification library's rules and lookup lists
    "rule",  # DuoCoder's own patterns (Belgian numbers, postcodes, …)
    "speaker",  # a speaker label of the project's turns
    "document",  # a name in a document's name or header lines
    "case",  # an organisation (case) or duo name of the project
    "names",  # the project's own list of names the researcher added
    "entity",  # an entity the researcher accepted earlier
]

Style = Literal["alias", "role", "category"]
"""How an entity's pseudonym looks: a realistic alias ("Lotte"), a role label
("[deelnemer D3]") or a category ("[stad]")."""
STYLES: tuple[Style, ...] = ("alias", "role", "category")

Status = Literal["open", "accepted", "rejected"]


@dataclass(frozen=True, slots=True)
class Found:
    """One stretch of a text that detection takes for an identifier; `start`/`end` are code
    points into the text searched, end exclusive. Spans from one search never overlap."""

    start: int
    end: int
    kind: Kind
    source: Source


@dataclass(frozen=True, slots=True)
class KnownNames:
    """What the project itself knows identifies someone: detection finds every occurrence
    of these (whole words, case-insensitive), whatever the library's lists say."""

    persons: tuple[str, ...] = ()  # speaker labels, names from document names, the name list
    organisations: tuple[str, ...] = ()  # case names
    places: tuple[str, ...] = ()
    not_names: tuple[str, ...] = ()  # interviewer labels and role words, never candidates


@dataclass(frozen=True, slots=True)
class Candidate:
    """A found identifier in a document, with what the researcher decided about it.

    `group` names the entity the candidate belongs to (the same person across documents):
    candidates with equal `group` get one pseudonym. `text` is the document's own text
    at `start`..`end`."""

    document_id: int
    document: str
    start: int
    end: int
    text: str
    kind: Kind
    source: Source
    group: str
    context: str
    status: Status = "open"
    pseudonym: str | None = None  # the entity's pseudonym, once chosen


@dataclass(frozen=True, slots=True)
class Entity:
    """An accepted entity: one pseudonym everywhere in the project. The project keeps the
    entity → pseudonym table; the entity's original spellings are in the key file only."""

    id: int
    kind: Kind
    style: Style
    pseudonym: str
    replacements: int = 0


@dataclass(frozen=True, slots=True)
class PseudonymisationReport:
    documents: int
    replacements: int
    entities: int
    per_document: dict[str, int] = field(default_factory=dict)
    compacted: bool = True  # the file was rewritten without the freed pages of the originals
    backups: tuple[str, ...] = ()  # upgrade backups beside the project: they hold originals
    recordings: int = 0  # linked recordings whose stored path had a name replaced


@dataclass(frozen=True, slots=True)
class GuardFinding:
    """An identifier that an export would carry: not reviewed yet, or accepted but not yet
    replaced."""

    document: str
    text: str
    kind: Kind
    status: Status
    context: str


class UnreviewedIdentifiersError(ValidationError):
    """An export would carry identifying text; raised before anything is written."""

    def __init__(self, findings: list[GuardFinding], passages: int) -> None:
        self.findings = findings
        self.passages = passages
        names = ", ".join(sorted({f.text for f in findings})[:8])
        super().__init__(
            f"{passages} passage{'s' if passages != 1 else ''} still contain names not "
            f"reviewed: {names}."
        )


@dataclass(frozen=True, slots=True)
class DocumentEventInfo:
    """One entry of a document's history: its text was pseudonymised or restored."""

    event: Literal["pseudonymised", "restored"]
    at: datetime
    coder: str | None
    replacements: int
