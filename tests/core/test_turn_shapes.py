"""Speaker turns in the shapes real transcript exports have, with no configuration: labels
numbered or abbreviated, alone on their own line (Word, Otter.ai), glued to the paragraph
before; where the reading is unsure, a sentence says so."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duocoder.domain.errors import ValidationError
from duocoder.domain.turns import DEFAULT_INTERVIEWER_LABELS, TurnRules, detect


def turns(text: str, rules: TurnRules | None = None) -> list[tuple[str, bool, str]]:
    found = detect(text, DEFAULT_INTERVIEWER_LABELS, rules)
    return [(t.speaker, t.interviewer, text[t.start : t.end]) for t in found.turns]


def test_abbreviated_labels_seen_once_give_two_turns() -> None:
    assert turns("INT: Hoe gaat het?\nVRIJW: Goed.\n") == [
        ("INT", True, "Hoe gaat het?"),
        ("VRIJW", False, "Goed."),
    ]


def test_an_unknown_abbreviation_seen_once_counts_when_the_other_labels_look_the_same() -> None:
    text = "INT: Hoe gaat het?\nCOÖRD: Goed.\nINT: En de buddy?\nMTJ: Ook goed."
    found = detect(text, DEFAULT_INTERVIEWER_LABELS)
    assert [(t.speaker, t.interviewer) for t in found.turns] == [
        ("INT", True),
        ("COÖRD", False),
        ("INT", True),
        ("MTJ", False),
    ]
    assert any("'MTJ'" in doubt and "only one turn" in doubt for doubt in found.doubts)


@pytest.mark.parametrize(
    ("label", "interviewer"),
    [
        ("Interviewer 1", True),
        ("Interviewer1", True),
        ("I1", True),
        ("INT", True),
        ("interviewer", True),
        ("Interviewee2", False),
        ("Respondent", False),
        ("R1", False),
    ],
)
def test_numbered_lowercase_and_abbreviated_labels(label: str, interviewer: bool) -> None:
    text = f"{label}: Eerste zin.\nR: Antwoord.\n{label} : Tweede zin.\nR: Nog een antwoord."
    assert turns(text) == [
        (label, interviewer, "Eerste zin."),
        ("R", False, "Antwoord."),
        (label, interviewer, "Tweede zin."),
        ("R", False, "Nog een antwoord."),
    ]


def test_a_colon_inside_an_answer_is_still_no_speaker() -> None:
    text = "INT: Wat besluit je?\nVRIJW: Veel.\nConclusie: het werkt.\nINT: Dank je."
    assert turns(text) == [
        ("INT", True, "Wat besluit je?"),
        ("VRIJW", False, "Veel.\nConclusie: het werkt."),
        ("INT", True, "Dank je."),
    ]


WORD_EXPORT = (
    "Interviewer\n\nHoe ben je bij de duowerking terechtgekomen?\n\n"
    "Respondent   \n\nVia mijn buurvrouw.\nZij was zelf vrijwilliger.\n\n"
    "Interviewer\n\nEn hoe was de eerste ontmoeting?\n\n"
    "Respondent\n\nSpannend, maar dat was fijn. Interviewer\n\nWat maakte het fijn?\n\n"
    "Respondent\n\nDat ze luisterde."
)


def test_labels_on_their_own_line_and_a_label_glued_to_the_paragraph_before() -> None:
    text = WORD_EXPORT.replace("Respondent   \n", "Respondent\n")  # readers strip line ends
    found = detect(text, DEFAULT_INTERVIEWER_LABELS)
    assert found.shape == "label on its own line"
    assert [(t.speaker, t.interviewer, text[t.start : t.end]) for t in found.turns] == [
        ("Interviewer", True, "Hoe ben je bij de duowerking terechtgekomen?"),
        ("Respondent", False, "Via mijn buurvrouw.\nZij was zelf vrijwilliger."),
        ("Interviewer", True, "En hoe was de eerste ontmoeting?"),
        ("Respondent", False, "Spannend, maar dat was fijn."),
        ("Interviewer", True, "Wat maakte het fijn?"),
        ("Respondent", False, "Dat ze luisterde."),
    ]
    glued = found.turns[4]
    assert text[glued.label_start : glued.start].startswith("Interviewer")
    assert any("glued" in doubt for doubt in found.doubts)


def test_otter_labels_with_times_on_their_own_line() -> None:
    text = (
        "Speaker 1  0:03\nDag Griet, fijn dat je er bent.\n\n"
        "Griet Peeters  1:02:03\nGraag gedaan. Ik ben er al\nvijf jaar bij.\n\n"
        "Speaker 1  1:02:40\nWaarom?"
    )
    found = detect(text, ["Speaker 1"])
    assert found.shape == "label on its own line"
    assert [
        (t.speaker, t.interviewer, t.timestamp, text[t.start : t.end]) for t in found.turns
    ] == [
        ("Speaker 1", True, "0:03", "Dag Griet, fijn dat je er bent."),
        ("Griet Peeters", False, "1:02:03", "Graag gedaan. Ik ben er al\nvijf jaar bij."),
        ("Speaker 1", True, "1:02:40", "Waarom?"),
    ]
    assert [(label.label, label.count) for label in found.labels] == [
        ("Speaker 1", 2),
        ("Griet Peeters", 1),
    ]


def test_answer_words_on_their_own_line_are_no_speakers() -> None:
    text = "Interviewer\nKlopt dat?\nRespondent\nJa\nJa\nDat klopt.\nInterviewer\nGoed."
    assert [t[0] for t in turns(text)] == ["Interviewer", "Respondent", "Interviewer"]


def test_turn_rules_force_ignore_and_name_the_interviewer() -> None:
    text = "Lies: Hoe gaat het?\nAnna: Goed.\nConclusie: prima.\nLies: Fijn."
    rules = TurnRules(
        interviewer_labels=("Lies",), respondent_labels=("Conclusie",), ignored_labels=("Anna",)
    )
    assert turns(text, rules) == [
        ("Lies", True, "Hoe gaat het?\nAnna: Goed."),
        ("Conclusie", False, "prima."),
        ("Lies", True, "Fijn."),
    ]


def test_rules_round_trip_through_json_and_refuse_an_unknown_mark() -> None:
    rules = TurnRules(("Lies", "Int"), ("Coördinator",), ("Conclusie",), "italic")
    assert TurnRules.from_json(rules.to_json()) == rules
    assert TurnRules.from_json(None) == TurnRules() and TurnRules().automatic
    with pytest.raises(ValidationError, match="'cursief' is not a way questions are marked"):
        TurnRules(questions="cursief")


def test_questions_marked_by_formatting() -> None:
    text = "Hoe gaat het?\nGoed.\nHeel goed.\nEn je buddy?\nOok."
    paragraphs = ((0, 13), (14, 19), (20, 30), (31, 43), (44, 48))
    found = detect(
        text,
        DEFAULT_INTERVIEWER_LABELS,
        TurnRules(questions="italic"),
        paragraphs=paragraphs,
        styles=(1, 0, 0, 1, 0),
    )
    assert found.shape == "formatting"
    assert [(t.speaker, t.interviewer, text[t.start : t.end]) for t in found.turns] == [
        ("Interviewer", True, "Hoe gaat het?"),
        ("Respondent", False, "Goed.\nHeel goed."),
        ("Interviewer", True, "En je buddy?"),
        ("Respondent", False, "Ook."),
    ]
    bold = detect(
        text, [], TurnRules(questions="bold"), paragraphs=paragraphs, styles=(1, 0, 0, 1, 0)
    )
    assert bold.turns == () and bold.doubts == (
        "No paragraph is in bold, so no speaker turns were made from the formatting.",
    )


def test_doubts_when_no_labels_are_found_in_what_looks_like_an_interview() -> None:
    text = "Hoe gaat het?\nGoed.\nEn thuis?\nOok goed.\nEn je buddy?\nPrima."
    found = detect(text, DEFAULT_INTERVIEWER_LABELS, styles=(1, 0, 1, 0, 1, 0))
    assert found.turns == () and found.shape == "none"
    assert found.doubts[0].startswith("No speaker labels were found, though 3 paragraphs end")
    assert "3 paragraphs are italic" in found.doubts[1]


def test_doubt_when_one_turn_holds_most_paragraphs() -> None:
    lines = ["I: Vertel eens.", "R: Goed."] + [f"Zin {i} van een lang antwoord." for i in range(12)]
    lines += ["I: Dank je.", "R: Graag."]
    found = detect("\n".join(lines), DEFAULT_INTERVIEWER_LABELS)
    assert any(d.startswith("One turn of 'R' holds 13 of the 16 paragraphs") for d in found.doubts)


_SHAPES = {
    "colon": lambda label, words: f"{label}: {words}",
    "space colon": lambda label, words: f"{label} : {words}",
    "own line": lambda label, words: f"{label}\n{words}",
    "own line, blank lines": lambda label, words: f"{label}\n\n{words}\n",
    "own line with colon": lambda label, words: f"{label}:\n{words}",
    "timestamp first": lambda label, words: f"[00:01:02.500] {label}: {words}",
}
_LABELS = st.sampled_from(["I", "R", "INT", "VRIJW", "Interviewer 1", "Respondent", "I1", "R2"])
_WORDS = st.lists(
    st.sampled_from(["Ja", "dat", "klopt", "café", "coördinator", "’t", "goed", "Echt"]),
    min_size=2,
    max_size=6,
).map(lambda ws: " ".join(ws) + ".")


@settings(max_examples=60, deadline=None)
@given(
    shape=st.sampled_from(sorted(_SHAPES)),
    sequence=st.lists(st.tuples(_LABELS, _WORDS), min_size=2, max_size=8),
)
def test_random_turns_in_each_label_shape_come_back(
    shape: str, sequence: list[tuple[str, str]]
) -> None:
    text = "\n".join(_SHAPES[shape](label, words) for label, words in sequence)
    found = detect(text, DEFAULT_INTERVIEWER_LABELS)
    got = [(t.speaker, text[t.start : t.end]) for t in found.turns]
    assert got == sequence


def test_header_lines_short_capitals_and_numbered_series() -> None:
    text = (
        "Datum: 3 maart\nLocatie: Gent\nINT: Hoe gaat het?\nVRIJW: Goed.\nNB: niet vergeten.\n"
        "INT: En je duo?\nPersoon 1: Eerst dit.\nStap 2: toen dat.\nPersoon 2: Ja."
    )
    found = detect(text, DEFAULT_INTERVIEWER_LABELS)
    assert [(t.speaker, text[t.start : t.end]) for t in found.turns] == [
        ("INT", "Hoe gaat het?"),
        ("VRIJW", "Goed.\nNB: niet vergeten."),
        ("INT", "En je duo?"),
        ("Persoon 1", "Eerst dit.\nStap 2: toen dat."),
        ("Persoon 2", "Ja."),
    ]
    assert found.doubts == (
        "'NB', 'Stap 2' start a line like a speaker label only once and were read as words; "
        "if they are speakers, name them in the turn rules.",
    )


def test_a_colon_label_alone_on_its_line_raises_no_doubt_but_mixed_shapes_do() -> None:
    alone = "Interviewer :\nHoe gaat het met je maatje?\n\nDeelnemer 1 :\nHeel goed, soms.\n"
    found = detect(alone, DEFAULT_INTERVIEWER_LABELS)
    assert [(t.speaker, t.interviewer) for t in found.turns] == [
        ("Interviewer", True),
        ("Deelnemer 1", False),
    ]
    assert found.doubts == ()
    mixed = "I: Hoe?\nR: Goed.\nInterviewer\nEn verder?\nRespondent\nPrima.\nI: Ok.\nR: Ja.\n"
    assert any("two ways" in d for d in detect(mixed, DEFAULT_INTERVIEWER_LABELS).doubts)
