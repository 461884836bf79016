"""Guessing role, case and duo from how researchers name their transcript files and start
their texts: a guess when the evidence agrees, None when it does not or is not there."""

from __future__ import annotations

import pytest

from duocoder.domain.guessing import guess_tags
from duocoder.domain.roles import Role

C, P, V = Role.COORDINATOR, Role.PARTICIPANT, Role.VOLUNTEER
KNOWN = ("Buddywerking Noord", "Samen Sterk", "Duo Antwerpen", "Org A")

# (file name, role, case, duo) with the project's known cases
NAMES = [
    ("deelnemer_marie.docx", P, None, None),
    ("vrijwilliger-duo3.docx", V, None, "Duo 3"),
    ("coordinator Buddywerking Noord.docx", C, "Buddywerking Noord", None),
    ("Coördinator_Buddywerking-Noord.docx", C, "Buddywerking Noord", None),
    ("COORDINATOR_BUDDYWERKING_NOORD.DOCX", C, "Buddywerking Noord", None),
    ("P03_duo2_volunteer.txt", V, None, "Duo 2"),
    ("interview vrijwilliger Sofie (duo 4).docx", V, None, "Duo 4"),
    ("Interview deelnemer Jan - duo 12.docx", P, None, "Duo 12"),
    ("deelnemer duo 03 Samen Sterk.docx", P, "Samen Sterk", "Duo 3"),
    ("vrijwilliger koppel 5.odt", V, None, "Duo 5"),
    ("participant_pair-7.txt", P, None, "Duo 7"),
    ("Deelneemster Fatma.docx", P, None, None),
    ("vrijwilligster Els.docx", V, None, None),
    ("coördinatrice samen-sterk.docx", C, "Samen Sterk", None),
    ("cliënt 4 BuddywerkingNoord.docx", P, "Buddywerking Noord", None),
    ("Transcript coord. Duo Antwerpen.docx", C, "Duo Antwerpen", None),
    ("vrijw_duo6_def.docx", V, None, "Duo 6"),
    ("deeln. 2 - duo-2.docx", P, None, "Duo 2"),
    ("focusgroep vrijwilligers.docx", V, None, None),
    ("Volunteer Tom (Org A).vtt", V, "Org A", None),
    ("maatje_Ahmed_duo_8.srt", V, None, "Duo 8"),
    ("Buddy Project Gent deelnemer.docx", P, "Buddy Project Gent", None),
    ("coordinator Buddy Project Gent.docx", C, "Buddy Project Gent", None),
    ("coordinator Samen Vooruit vzw.txt", C, "Samen Vooruit vzw", None),
    ("coordinator Griet.docx", C, None, None),
    # no guess at all
    ("notities.docx", None, None, None),
    ("Interview 12.docx", None, None, None),
    ("Anja.txt", None, None, None),
    ("Transcript_2023-05-12.docx", None, None, None),
    ("P03.docx", None, None, None),
    ("R2_final_v3.docx", None, None, None),
    ("Vrijwilligerswerk Noord.docx", None, None, None),
    ("coördinatie overleg.docx", None, None, None),
    ("deel 2.docx", None, None, None),
    ("duowerking.docx", None, None, None),
    ("coordinator Buddywerking.docx", C, None, None),
    # conflicting evidence gives no guess
    ("deelnemer en vrijwilliger duo 3.docx", None, None, "Duo 3"),
    ("vrijwilliger duo 3 en duo 4.docx", V, None, None),
    ("coordinator duo 3.docx", C, None, None),
    ("Samen Sterk vs Org A deelnemer.docx", P, None, None),
]


@pytest.mark.parametrize(("name", "role", "case", "duo"), NAMES, ids=[n[0] for n in NAMES])
def test_file_names(name: str, role: Role | None, case: str | None, duo: str | None) -> None:
    guess = guess_tags(name, "", KNOWN)
    assert (guess.role, guess.case, guess.duo) == (role, case, duo)


def test_a_case_from_the_file_name_needs_no_known_cases() -> None:
    guess = guess_tags("Coördinator_Buddywerking-Noord.docx", "")
    assert (guess.role, guess.case) == (C, "Buddywerking Noord")
    assert guess.reason("case").origin == "file name"  # type: ignore[union-attr]
    # a person's name beside the role word is no organisation
    assert guess_tags("deelnemer_marie.docx", "").case is None
    assert guess_tags("vrijwilliger Marie Buddywerking.docx", "").case is None


def test_a_known_case_keeps_the_projects_spelling() -> None:
    guess = guess_tags("deelnemer-BUDDYWERKING-noord.docx", "", ["Buddywerking Noord"])
    assert guess.case == "Buddywerking Noord"
    assert guess_tags("vrijwilliger duo 3.docx", "", known_duos=["duo 3"]).duo == "duo 3"


HEADERS = [
    (
        "Interview met Griet, coördinator van Buddywerking Noord\nI: Dag Griet.",
        C,
        "Buddywerking Noord",
        None,
    ),
    (
        "Interview with Anja, volunteer at Buddy Project North, 3 May 2024\n\nI: Hi",
        V,
        "Buddy Project North",
        None,
    ),
    ("Interview with Anja, volunteer at …\nI: Hi", V, None, None),
    ("Interview met Marie (deelnemer, duo 3)\n\nInterviewer: Hoe gaat het?", P, None, "Duo 3"),
    ("Rol: vrijwilliger\nOrganisatie: Samen Sterk\nDuo: 4\nI: Dag", V, "Samen Sterk", "Duo 4"),
    (
        "Datum: 12 maart 2024\nLocatie: Gent\nFunctie: coördinator\nOrganisatie: Samen Sterk\n\n"
        "I: Dag",
        C,
        "Samen Sterk",
        None,
    ),
    ("Interviewer: Lies\nR: Ik ben vrijwilliger bij Samen Sterk.", None, None, None),
    (
        "Interview met Anja\nI: Hoe gaat het?\nR: Ik ben vrijwilliger bij Samen Sterk.",
        None,
        None,
        None,
    ),
    (
        "Interview met de coördinator van de Buddywerking Noord op 12 maart\nI: Dag",
        C,
        "Buddywerking Noord",
        None,
    ),
    ("Gesprek met een\u00a0vrijwilliger\u00a0van\u00a0“Samen Sterk”\nI: Dag", V, None, None),
    ("Interview met de coördinator en een vrijwilliger\nI: Dag", None, None, None),
    ("Interview met Anja, deelnemer van Duo 3\nI: Dag", P, None, "Duo 3"),
    ("Interview met Sofie, vrijwilliger van Marie Peeters\nI: Dag", V, None, None),
    ("Interview met Sofie, vrijwilliger bij Samen Sterk\nI: Dag", V, "Samen Sterk", None),
    ("Interview with Tom, volunteer for Maria\nI: Hi", V, None, None),
    # no labels: the interview starts at the first question, the answers are no header
    ("Interview with Anja, volunteer\nHow did you meet?\nThrough the coordinator.", V, None, None),
    (
        "Interview met Jan\n12 maart 2024\nDe coördinator belde me.\nIk ben deelnemer.",
        None,
        None,
        None,
    ),
]


@pytest.mark.parametrize(("head", "role", "case", "duo"), HEADERS)
def test_header_lines(head: str, role: Role | None, case: str | None, duo: str | None) -> None:
    guess = guess_tags("Interview 7.docx", head)
    assert (guess.role, guess.case, guess.duo) == (role, case, duo)
    if role is not None:
        assert guess.reason("role").origin == "header"  # type: ignore[union-attr]


def test_header_and_file_name_together() -> None:
    head = "Interview met Griet, coördinator van Buddywerking Noord\nI: Dag Griet."
    agree = guess_tags("coordinator_buddywerking-noord.docx", head)
    assert (agree.role, agree.case) == (C, "Buddywerking Noord")
    disagree = guess_tags("vrijwilliger Griet.docx", head)
    assert disagree.role is None  # the file says volunteer, the header coordinator
    assert not disagree.reason("role").guessed  # type: ignore[union-attr]
    assert "more than one role" in disagree.reason("role").sentence()  # type: ignore[union-attr]
    other_org = guess_tags("coordinator Samen Sterk vzw.docx", head)
    assert other_org.case is None


def test_a_known_case_in_the_header_is_found_without_a_role_word() -> None:
    guess = guess_tags("Interview 3.docx", "Interview met Sofie – Samen Sterk\nI: Dag", KNOWN)
    assert guess.case == "Samen Sterk"
    assert guess.reason("case").sentence() == "case guessed from the header ('Samen Sterk')"  # type: ignore[union-attr]


def test_reasons_name_where_a_guess_came_from() -> None:
    guess = guess_tags("vrijwilliger-duo3.docx", "")
    assert guess.reason("role").sentence() == "role guessed from the file name ('vrijwilliger')"  # type: ignore[union-attr]
    assert guess.reason("duo").sentence() == "duo guessed from the file name ('duo3')"  # type: ignore[union-attr]
    assert guess.reason("case") is None
