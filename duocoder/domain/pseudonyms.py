"""Choosing an entity's pseudonym: a realistic alias, a role label or a category.

A realistic alias reads naturally in a quote ("Maar Lotte, mijn vrijwilliger, …"), but must
never be a name that occurs in the project's own text (it would point at a real person) or
another entity's alias. A role label ("[deelnemer D3]") says who the person is in the study;
a category ("[plaats]") only what was removed. Which style an entity type gets is the
researcher's choice (`DEFAULT_STYLES` until they choose)."""

from __future__ import annotations

import re
from collections.abc import Callable

from duocoder.domain.privacy import Kind, Style
from duocoder.domain.roles import Role

DEFAULT_STYLES: dict[Kind, Style] = {
    "person": "alias",
    "organisation": "category",
    "place": "category",
    "address": "category",
    "postcode": "category",
    "date": "category",
    "age": "category",
    "phone": "category",
    "email": "category",
    "url": "category",
    "national_id": "category",
}

CATEGORIES: dict[str, dict[Kind, str]] = {
    "nl": {
        "person": "naam",
        "organisation": "organisatie",
        "place": "plaats",
        "address": "adres",
        "postcode": "postcode",
        "date": "datum",
        "age": "leeftijd",
        "phone": "telefoonnummer",
        "email": "e-mailadres",
        "url": "website",
        "national_id": "rijksregisternummer",
    },
    "en": {
        "person": "name",
        "organisation": "organisation",
        "place": "place",
        "address": "address",
        "postcode": "postcode",
        "date": "date",
        "age": "age",
        "phone": "phone number",
        "email": "e-mail address",
        "url": "website",
        "national_id": "national number",
    },
}

# Aliases common in Flanders, given in order; ones that occur in the project are skipped.
FIRST_NAMES = (
    "Lotte", "Wout", "Fien", "Jasper", "Lien", "Arne", "Ine", "Bram", "Nele", "Stijn",
    "Eline", "Thijs", "Hanne", "Joris", "Leen", "Ruben", "Sarah", "Pieter", "Els", "Koen",
    "Marie", "Dries", "Inge", "Tom", "Katrien", "Bart", "Anouk", "Wim", "Greet", "Jens",
    "Sien", "Lars", "Ilse", "Kobe", "Veerle", "Sander", "Mieke", "Jonas", "An", "Raf",
    "Noor", "Emiel", "Rita", "Luc", "Yasmina", "Karim", "Ayla", "Emre", "Zofia", "Piotr",
)  # fmt: skip
SURNAMES = (
    "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens", "Wouters",
    "De Smet", "Dubois", "Lambert", "Dupont", "Martens", "Aerts", "Hermans", "Michiels",
    "Verbeke", "Cools", "Smets", "Pauwels", "Van Damme", "Hendrickx", "Vermeiren",
    "Stevens", "Coppens", "Verhoeven", "Segers", "Bogaert", "Declercq", "Leemans",
)  # fmt: skip
_INITIAL = re.compile(r"^\w\.?$")


def category(kind: Kind, language: str) -> str:
    words = CATEGORIES.get(language, CATEGORIES["en"])
    return f"[{words[kind]}]"


def duo_label(duo: str | None) -> str | None:
    """ "Duo 3" → "D3"; a duo named otherwise keeps its name."""
    if not duo:
        return None
    digits = re.search(r"\d+", duo)
    return f"D{digits.group()}" if digits else duo


def role_label(
    kind: Kind,
    language: str,
    role: Role | None,
    duo: str | None,
    number: int,
) -> str:
    """ "[deelnemer D3]" for a participant who speaks in duo 3's interview; "[persoon 4]" for
    someone who is only spoken about; a category for what is not a person."""
    if kind != "person":
        return category(kind, language)
    if role is None or role is Role.OTHER:
        return f"[{'persoon' if language == 'nl' else 'person'} {number}]"
    label = role.label(language)
    where = duo_label(duo)
    return f"[{label} {where}]" if where and role is not Role.COORDINATOR else f"[{label}]"


def alias(
    kind: Kind,
    original: str,
    language: str,
    taken: Callable[[str], bool],
) -> str:
    """A realistic alias for a person: a first name for a single name, first name and
    surname for a full name, an initial for an initial; the first one `taken` refuses
    not. Other kinds have no realistic alias: their category is used."""
    if kind != "person":
        return category(kind, language)
    words = original.split()
    if len(words) == 1 and _INITIAL.match(words[0]):
        for first in FIRST_NAMES:
            if not taken(first[0] + "."):
                return first[0] + "."
    full = len(words) > 1
    for n in range(len(FIRST_NAMES) * (len(SURNAMES) if full else 1)):
        first = FIRST_NAMES[n % len(FIRST_NAMES)]
        name = f"{first} {SURNAMES[n // len(FIRST_NAMES) % len(SURNAMES)]}" if full else first
        if not taken(name) and not (full and taken(first)):
            return name
    return category(kind, language)
