"""The words `duocoder.domain.guessing` reads in file names and header lines: role words
in Dutch and English (folded: lower case, no diacritics), words that make a name an
organisation's, filler of file names, and the keys of metadata lines."""

from __future__ import annotations

from typing import Literal

from duocoder.domain.roles import Role

Field = Literal["role", "case", "duo"]

ROLE_WORDS: dict[str, Role] = {
    **dict.fromkeys(
        (
            "coordinator",
            "coordinatoren",
            "coordinators",
            "coordinatrice",
            "coord",
            "coordinatorin",
        ),
        Role.COORDINATOR,
    ),
    **dict.fromkeys(
        (
            "deelnemer",
            "deelnemers",
            "deelneemster",
            "deeln",
            "participant",
            "participants",
            "participante",
            "client",
            "clienten",
            "clients",
            "mentee",
        ),
        Role.PARTICIPANT,
    ),
    **dict.fromkeys(
        (
            "vrijwilliger",
            "vrijwilligers",
            "vrijwilligster",
            "vrijw",
            "volunteer",
            "volunteers",
            "maatje",
            "buddy",
            "mentor",
        ),
        Role.VOLUNTEER,
    ),
}
"""Folded words (and unambiguous abbreviations) that name a role; never a single letter:
`P03` is a respondent number as often as a participant."""

ORG_WORDS = (
    "werking",
    "buddy",
    "project",
    "organisatie",
    "organization",
    "organisation",
    "netwerk",
    "network",
    "centrum",
    "center",
    "centre",
    "stichting",
    "vereniging",
    "foundation",
    "association",
    "dienst",
    "programma",
    "programme",
    "program",
    "vzw",
    "ocmw",
)
"""Parts of words that make a name an organisation's rather than a person's."""

LEGAL_SUFFIXES = frozenset({"vzw", "asbl", "bv", "nv", "cv", "ltd", "inc"})

FILLER = frozenset(
    {
        "interview",
        "interviews",
        "transcript",
        "transcriptie",
        "uitgeschreven",
        "gesprek",
        "met",
        "with",
        "van",
        "of",
        "at",
        "bij",
        "de",
        "het",
        "the",
        "en",
        "and",
        "def",
        "definitief",
        "final",
        "versie",
        "version",
        "kopie",
        "copy",
        "nl",
    }
)

META_KEYS: dict[str, Field] = {
    **dict.fromkeys(("rol", "role", "functie", "function"), "role"),
    **dict.fromkeys(
        ("organisatie", "organisation", "organization", "case", "casus", "werking"), "case"
    ),
    **dict.fromkeys(("duo", "koppel", "pair"), "duo"),
}
OTHER_META_KEYS = frozenset(
    {
        "datum",
        "date",
        "plaats",
        "locatie",
        "location",
        "place",
        "duur",
        "duration",
        "tijd",
        "time",
        "opname",
        "recording",
        "bestand",
        "file",
        "transcriptie",
        "getranscribeerd door",
        "transcribed by",
    }
)
"""Keys of header lines that are skipped: neither read nor taken as the first turn."""
