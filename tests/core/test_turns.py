"""Speaker turns recognised from the labels transcribers use."""

from __future__ import annotations

from duocoder.domain.turns import DEFAULT_INTERVIEWER_LABELS, recognise_turns


def words(text: str) -> list[tuple[str, bool, str | None, str]]:
    return [
        (t.speaker, t.interviewer, t.timestamp, text[t.start : t.end])
        for t in recognise_turns(text, DEFAULT_INTERVIEWER_LABELS)
    ]


def test_interviewer_and_respondent_labels_with_timestamps() -> None:
    text = (
        "Interview met de coördinator\n[00:01:02] I: Hoe begon het?\n"
        "R: Met een oproep: we zochten vrijwilligers.\nDat was in 2019.\n"
        "00:03:10 Interviewer: En daarna?"
    )
    assert words(text) == [
        ("I", True, "00:01:02", "Hoe begon het?"),
        ("R", False, None, "Met een oproep: we zochten vrijwilligers.\nDat was in 2019."),
        ("Interviewer", True, "00:03:10", "En daarna?"),
    ]


def test_role_words_and_names_but_not_a_colon_inside_an_answer() -> None:
    text = (
        "Vrijwilliger: Ik ga elke week langs.\nConclusie: het werkt.\n"
        "Coördinator: Dat klopt.\nJan Peeters: Goeiedag.\nJan Peeters: Tot ziens."
    )
    speakers = [w[0] for w in words(text)]
    assert speakers == ["Vrijwilliger", "Coördinator", "Jan Peeters", "Jan Peeters"]
    assert words(text)[0][3] == "Ik ga elke week langs.\nConclusie: het werkt."


def test_configurable_interviewer_labels() -> None:
    text = "Lies: Hoe gaat het?\nAnna: Goed.\nLies: Fijn.\nAnna: Ja."
    turns = recognise_turns(text, ["Lies"])
    assert [(t.speaker, t.interviewer) for t in turns] == [
        ("Lies", True),
        ("Anna", False),
        ("Lies", True),
        ("Anna", False),
    ]


def test_tab_separated_label_from_a_table_row() -> None:
    text = "I\tHoe gaat het?\nR\tGoed."
    assert [w[3] for w in words(text)] == ["Hoe gaat het?", "Goed."]


def test_text_without_labels_has_no_turns() -> None:
    assert words("Gewoon een verslag.\nZonder sprekers.") == []


def test_project_lists_its_speakers_with_the_interviewers_last(project) -> None:  # type: ignore[no-untyped-def]
    from tests.helpers import source

    project.add_document("a", source("I: Vraag?\nR: Antwoord.\nI: Nog?\nR: Ja."), "participant")
    project.add_document("b", source("Lies: Dag\nJan: Hallo\nLies: Ok\nJan: Ja"), "volunteer")
    project.set_interviewer_labels(["I", "Lies"])
    assert project.speakers() == {"Jan": False, "R": False, "I": True, "Lies": True}
