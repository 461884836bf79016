"""Stakeholder roles of a duowerking interview, with the words researchers use for them."""

from __future__ import annotations

from enum import StrEnum

from duocoder.domain.errors import ValidationError


class Role(StrEnum):
    """Whose voice a transcript carries; stored by value, so values never change."""

    COORDINATOR = "coordinator"
    PARTICIPANT = "participant"
    VOLUNTEER = "volunteer"
    OTHER = "other"

    def label(self, language: str = "nl") -> str:
        """The role as a report writes it: `coördinator` in Dutch, `coordinator` in English."""
        return ROLE_LABELS[language if language in ROLE_LABELS else "en"][self]

    @classmethod
    def parse(cls, value: str) -> Role:
        """Accept the English value or the Dutch word, in any case, with or without diaeresis."""
        key = value.strip().casefold()
        for role in cls:
            if key in {role.value, *(a.casefold() for a in _ALIASES[role])}:
                return role
        choices = ", ".join(r.value for r in cls)
        raise ValidationError(f"'{value}' is not a role; choose one of {choices}.")


ROLE_ORDER: tuple[Role, ...] = (Role.COORDINATOR, Role.PARTICIPANT, Role.VOLUNTEER, Role.OTHER)

ROLE_LABELS: dict[str, dict[Role, str]] = {
    "nl": {
        Role.COORDINATOR: "coördinator",
        Role.PARTICIPANT: "deelnemer",
        Role.VOLUNTEER: "vrijwilliger",
        Role.OTHER: "andere",
    },
    "en": {
        Role.COORDINATOR: "coordinator",
        Role.PARTICIPANT: "participant",
        Role.VOLUNTEER: "volunteer",
        Role.OTHER: "other",
    },
}

_ALIASES: dict[Role, tuple[str, ...]] = {
    Role.COORDINATOR: ("coördinator", "coordinator", "coordinatoor", "coord"),
    Role.PARTICIPANT: ("deelnemer", "participant", "cliënt", "client"),
    Role.VOLUNTEER: ("vrijwilliger", "volunteer", "buddy", "maatje"),
    Role.OTHER: ("andere", "ander", "anders"),
}
