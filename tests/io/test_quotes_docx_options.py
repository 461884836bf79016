"""The quote list as a report quotes: (…) where a quote is cut mid-sentence, the role on
its own line or inline, the filters on the cover, definitions in one language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import docx
import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import ValidationError
from duocoder.io.quotes_docx import QUOTE_STYLE, ROLE_STYLE
from tests.helpers import REPO, run_cli, source

ANNA = (
    "I: Hoe is het begonnen?\n"
    "R: Ik vertrouw haar volledig, want ze belt altijd terug. Dat is “heel” belangrijk.\n"
    "I: En verder?\n"
    "R: We gaan\u00a0naar de markt\n"
)
ROLE_QUOTE = "‘Dat is “heel” belangrijk’\u00a0(deelnemer)"


@pytest.fixture
def anna(tmp_path: Path) -> Iterator[Project]:
    with Project.create(tmp_path / "anna.duocoder") as p:
        doc = p.add_document("Anna", source(ANNA), "participant", "Samen vzw", "Duo 1")
        for code, words in (
            ("Verbinding/Vertrouwen", "ze belt altijd"),  # cut at both ends
            ("Verbinding/Klik", "Ik vertrouw haar volledig,"),  # a whole start, cut end
            ("Verbinding/Waarde", "Dat is “heel” belangrijk"),  # only the full stop left out
            ("Obstakels/Tijd", "En verder?\nR: We gaan\u00a0naar de markt"),  # from the question
        ):
            start = ANNA.index(words)
            p.add_coding(doc.id, code, start, start + len(words), create_code=True)
        yield p


def _quotes(path: Path) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def test_cut_ends_are_judged_from_the_text_around_the_quote() -> None:
    from duocoder.analysis.quotes import quote_ends

    assert quote_ends("R: Ik ga, ", "want ze belt", " altijd.") == (True, True)
    assert quote_ends("Klaar. ", "Ik ga.", " Jij ook?") == (False, False)
    assert quote_ends("R: ", "Ik ga", "\nI: Ja?") == (False, False)  # the turn ends there
    assert quote_ends("", "Ik ga", "") == (False, False)  # the document's edges
    assert quote_ends("Ze zei: “", "kom maar", "”, en") == (False, True)
    assert quote_ends("zo\u00a0", "gaat het", "\u00a0nu.") == (True, True)  # no-break spaces
    assert quote_ends("Klaar! ", "Ik ga", ".\n") == (False, False)  # only the stop left out


def test_a_quote_cut_mid_sentence_is_marked_at_that_end(anna: Project, tmp_path: Path) -> None:
    out = tmp_path / "citaten.docx"
    result = anna.export_quotes(out)
    quotes = [text for style, text in _quotes(out) if style == QUOTE_STYLE]
    assert "‘(…) ze belt altijd (…)’" in quotes
    assert "‘Ik vertrouw haar volledig, (…)’" in quotes
    assert "‘Dat is “heel” belangrijk’" in quotes
    # the question is left out, so the quote starts at the respondent's turn: not cut
    assert "‘We gaan\u00a0naar de markt’" in quotes
    data = result.as_json()["sections"]
    flags = {q["text"]: (q["open_start"], q["open_end"]) for s in data for q in s["quotes"]}
    assert flags["ze belt altijd"] == (True, True)


def test_the_role_goes_on_its_own_line_or_inline(anna: Project, tmp_path: Path) -> None:
    line = tmp_path / "regel.docx"
    anna.export_quotes(line, codes=["Verbinding/Waarde"])
    body = _quotes(line)
    i = body.index((QUOTE_STYLE, "‘Dat is “heel” belangrijk’"))
    assert body[i + 1] == (ROLE_STYLE, "(deelnemer)")
    inline = tmp_path / "inline.docx"
    anna.export_quotes(inline, codes=["Verbinding/Waarde"], attribution="inline")
    body = _quotes(inline)
    assert (QUOTE_STYLE, ROLE_QUOTE) in body
    assert not any(style == ROLE_STYLE for style, _ in body)
    role_run = next(p for p in docx.Document(str(inline)).paragraphs if p.text == ROLE_QUOTE)
    assert role_run.runs[-1].italic is False  # the role stands upright after the words
    with pytest.raises(ValidationError):
        anna.export_quotes(tmp_path / "x.docx", attribution="margin")


def test_the_cli_takes_attribution(
    anna: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "cli.docx"
    anna.close()
    code, _, err = run_cli(
        capsys,
        "quotes",
        str(anna.path),
        "-o",
        str(out),
        "--code",
        "Verbinding/Waarde",
        "--attribution",
        "inline",
    )
    assert code == 0, err
    assert (QUOTE_STYLE, ROLE_QUOTE) in _quotes(out)


def test_the_cover_states_every_filter_used(anna: Project, tmp_path: Path) -> None:
    out = tmp_path / "gefilterd.docx"
    anna.export_quotes(
        out, codes=["Verbinding"], roles=["participant"], cases=["Samen vzw"], coders=None
    )
    body = [text for _, text in _quotes(out)]
    assert "Filters: code = Verbinding (met subcodes); rol = deelnemer; case = Samen vzw" in body
    assert "Filters: geen" not in body


def test_definitions_are_printed_in_the_project_language_only(tmp_path: Path) -> None:
    shipped = REPO / "codebooks" / "duowerkingen.qdc"
    for language, kept, dropped in (
        ("nl", "De relatie tussen", "EN:"),
        ("en", "The relationship", "De relatie tussen"),
    ):
        path = tmp_path / f"{language}.duocoder"
        with Project.create(path, language=language) as p:
            p.import_codebook_file(shipped)
            doc = p.add_document("Anna", source(ANNA), "participant")
            p.add_coding(doc.id, "Verbinding", 25, 45)
            quotes = tmp_path / f"quotes-{language}.docx"
            p.export_quotes(quotes, with_definitions=True)
            book = tmp_path / f"codeboek-{language}.docx"
            p.export_codebook(book)
        for out in (quotes, book):
            text = "\n".join(t for _, t in _quotes(out))
            assert kept in text, out.name
            assert dropped not in text, out.name


def test_a_description_keeps_the_asked_language_or_its_own() -> None:
    from duocoder.io.codebook_docx import description_in

    both = "De band.\n\nMeer uitleg.\n\nEN: The bond.\n\nMore."
    assert description_in(both, "nl") == "De band.\n\nMeer uitleg."
    assert description_in(both, "en") == "The bond.\n\nMore."
    assert description_in(both, "fr") == "De band.\n\nMeer uitleg."
    assert description_in("Ook voor: EN: niet.", "en") == "Ook voor: EN: niet."  # not a tag
    assert description_in("", "nl") == ""
