"""Word and OpenDocument transcripts: labels in paragraphs of their own, and questions
marked by formatting instead of labels, which the readers keep per paragraph."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx_factory import make_odt, odt_content

from duocoder.domain.sources import STYLE_BOLD, STYLE_ITALIC, STYLE_LIST, SourceText
from duocoder.domain.turns import DEFAULT_INTERVIEWER_LABELS, TurnRules, detect
from duocoder.io.readers import read_source


def read(path: Path) -> SourceText:
    return read_source(path.name, path.read_bytes())


def speakers(source: SourceText, rules: TurnRules | None = None) -> list[tuple[str, bool, str]]:
    found = detect(
        source.text,
        DEFAULT_INTERVIEWER_LABELS,
        rules,
        paragraphs=source.paragraphs,
        styles=source.styles,
    )
    return [(t.speaker, t.interviewer, source.text[t.start : t.end]) for t in found.turns]


def test_word_labels_in_their_own_paragraph_with_blank_paragraphs_between(
    tmp_path: Path,
) -> None:
    doc = Document()
    for text in [
        "Interviewer  ",
        "Hoe heb je je maatje leren kennen?",
        "",
        "Deelnemer ",
        "Via de coördinator.",
        "Dat was in 2021, vlak na corona.",
        "",
        "Interviewer",
        "Wat doen jullie samen?",
        "",
        "Deelnemer",
        "Wandelen, koffie drinken. Dat was fijn. Interviewer",
        "En nu nog?",
        "Deelnemer",
        "Elke week.",
    ]:
        doc.add_paragraph(text)
    doc.save(str(tmp_path / "word.docx"))
    assert speakers(read(tmp_path / "word.docx")) == [
        ("Interviewer", True, "Hoe heb je je maatje leren kennen?"),
        ("Deelnemer", False, "Via de coördinator.\nDat was in 2021, vlak na corona."),
        ("Interviewer", True, "Wat doen jullie samen?"),
        ("Deelnemer", False, "Wandelen, koffie drinken. Dat was fijn."),
        ("Interviewer", True, "En nu nog?"),
        ("Deelnemer", False, "Elke week."),
    ]


def _marked(tmp_path: Path, mark: str) -> Path:
    doc = Document()
    for question, answers in [
        ("Hoe gaat het met je buddy?", ["Goed, we zien elkaar wekelijks.", "Soms vaker."]),
        ("Wat vind je daarvan?", ["Het doet me deugd."]),
        ("Nog iets?", ["Nee."]),
    ]:
        if mark == "list":
            doc.add_paragraph(question, style="List Number")
        else:
            p = doc.add_paragraph()
            half = len(question) // 2
            for piece in (question[:half], question[half:]):  # two runs, both marked
                run = p.add_run(piece)
                run.italic = mark == "italic"
                run.bold = mark == "bold"
        for answer in answers:
            p = doc.add_paragraph(answer)
            p.add_run(" echt").italic = True  # one italic word does not make a question
    path = tmp_path / f"{mark}.docx"
    doc.save(str(path))
    return path


@pytest.mark.parametrize(
    ("mark", "bit"), [("italic", STYLE_ITALIC), ("bold", STYLE_BOLD), ("list", STYLE_LIST)]
)
def test_questions_marked_by_formatting_in_word(tmp_path: Path, mark: str, bit: int) -> None:
    source = read(_marked(tmp_path, mark))
    assert source.styles is not None
    assert [bool(style & bit) for style in source.styles] == [
        True,
        False,
        False,
        True,
        False,
        True,
        False,
    ]
    assert speakers(source) == []  # no labels: nothing is guessed without the choice
    assert speakers(source, TurnRules(questions=mark)) == [
        ("Interviewer", True, "Hoe gaat het met je buddy?"),
        ("Respondent", False, "Goed, we zien elkaar wekelijks. echt\nSoms vaker. echt"),
        ("Interviewer", True, "Wat vind je daarvan?"),
        ("Respondent", False, "Het doet me deugd. echt"),
        ("Interviewer", True, "Nog iets?"),
        ("Respondent", False, "Nee. echt"),
    ]


def test_questions_as_list_items_or_italic_in_opendocument(tmp_path: Path) -> None:
    body = (
        "<text:list><text:list-item><text:p>Hoe gaat het?</text:p></text:list-item></text:list>"
        "<text:p>Goed.</text:p>"
        "<text:p text:style-name='P1'>En <text:span text:style-name='T1'>thuis?</text:span>"
        "</text:p><text:p>Ook <text:span text:style-name='T1'>goed</text:span>.</text:p>"
    )
    styles = (
        "<office:automatic-styles>"
        "<style:style style:name='P1' style:family='paragraph'>"
        "<style:text-properties fo:font-style='italic'/></style:style>"
        "<style:style style:name='T1' style:family='text' style:parent-style-name='P1'/>"
        "</office:automatic-styles>"
    )
    namespaces = (
        'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
        'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    )
    xml = odt_content(body).decode()
    xml = xml.replace("<office:document-content ", "<office:document-content " + namespaces)
    xml = xml.replace("<office:body>", styles + "<office:body>")
    path = make_odt(tmp_path, body, content=xml.encode())
    source = read(path)
    assert source.styles == (STYLE_LIST, 0, STYLE_ITALIC, 0)
    assert [s for s, _i, _w in speakers(source, TurnRules(questions="list"))] == [
        "Interviewer",
        "Respondent",
    ]
    assert [w for _s, _i, w in speakers(source, TurnRules(questions="italic"))] == [
        "Hoe gaat het?\nGoed.",
        "En thuis?",
        "Ook goed.",
    ]


def test_a_text_export_with_labels_alone_trailing_spaces_and_otter_times(tmp_path: Path) -> None:
    path = tmp_path / "otter.txt"
    path.write_bytes(
        b"Speaker 1  0:03   \r\nDag Griet, hoe gaat het?\r\n\r\n"
        b"Griet Peeters  1:02:03 \r\nGoed.\r\nHeel goed zelfs.\r\n\r\n"
        b"Speaker 1  1:02:40\r\nFijn.\r\n"
    )
    found = detect(read(path).text, ["Speaker 1"])
    text = read(path).text
    assert [
        (t.speaker, t.interviewer, t.timestamp, text[t.start : t.end]) for t in found.turns
    ] == [
        ("Speaker 1", True, "0:03", "Dag Griet, hoe gaat het?"),
        ("Griet Peeters", False, "1:02:03", "Goed.\nHeel goed zelfs."),
        ("Speaker 1", True, "1:02:40", "Fijn."),
    ]


def test_two_ways_of_marking_speakers_in_one_file_raise_a_doubt() -> None:
    text = (
        "I: Hoe gaat het?\nR: Goed.\nI: En thuis?\nR: Ook.\nI: Fijn.\nR: Ja.\n"
        "Interviewer\nEn je buddy?\nRespondent\nDie is top.\nInterviewer\nMooi."
    )
    found = detect(text, DEFAULT_INTERVIEWER_LABELS)
    assert found.shape == "label: text"
    assert any(d.startswith("The speakers are marked in two ways: 6 turns") for d in found.doubts)
