"""Auto-coding suggestions from keywords: lemmatised matching, accepting as auto-codings,
remembering rejections, and removing a code's auto-codings in one step."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import ValidationError
from duocoder.nlp.keywords import split_keywords

KEYWORDS = Path(__file__).resolve().parents[2] / "codebooks" / "duowerkingen-keywords.csv"
CODEBOOK = KEYWORDS.with_name("duowerkingen.qdc")


@pytest.fixture
def coded(duo: Project) -> Project:
    duo.add_code("Verbinding")
    duo.add_code("Vertrouwensrelatie", "Verbinding")
    duo.set_keywords("Verbinding/Vertrouwensrelatie", ["vertrouwen"])
    duo.add_code("Activiteiten", "Verbinding")
    duo.set_keywords("Verbinding/Activiteiten", ["koffie drinken", "wandelen"])
    return duo


def _texts(found) -> list[str]:  # type: ignore[no-untyped-def]
    return [x.text for x in found]


def test_keywords_are_lemmatised_and_match_sentences(coded: Project) -> None:
    found = coded.suggestions("Verbinding/Vertrouwensrelatie")
    assert _texts(found) == [
        "Ik vertrouw haar.",
        "Hij vertrouwde niemand, maar zij wel.",
        "We hebben elkaar vertrouwd.",
        "Het vertrouwen groeide elke week.",
        "Mijn maatje vertrouwt mij.",
        "De vertrouwde gezichten doen deugd.",
        "Vertrouwen is alles voor mij.",
    ]
    assert {x.keywords for x in found} == {("vertrouwen",)}
    assert found[0].code == "Verbinding/Vertrouwensrelatie" and found[0].doc == "Anna"
    # the interviewer's question (`Vertrouwt u haar?`) is left out unless asked for
    with_interviewer = coded.suggestions("Verbinding/Vertrouwensrelatie", include_interviewer=True)
    assert "Vertrouwt u haar?" in _texts(with_interviewer)


def test_a_phrase_keyword_matches_its_words_in_sequence(coded: Project) -> None:
    found = coded.suggestions("Verbinding/Activiteiten")
    assert _texts(found) == []  # `drinken koffie` is not `koffie drinken`
    coded.set_keywords("Verbinding/Activiteiten", ["drinken koffie", "markt"])
    found = coded.suggestions("Verbinding/Activiteiten")
    assert _texts(found) == ["We drinken koffie op de markt, 2 keer per maand."]
    assert found[0].keywords == ("drinken koffie", "markt")
    # punctuation between the words does not break a phrase; other words do
    coded.set_keywords("Verbinding/Activiteiten", ["niemand maar", "maar zij niet"])
    found = coded.suggestions("Verbinding/Activiteiten")
    assert [(x.text, x.keywords) for x in found] == [
        ("Hij vertrouwde niemand, maar zij wel.", ("niemand maar",))
    ]


def test_without_a_code_every_code_with_keywords_suggests(coded: Project) -> None:
    coded.set_keywords("Verbinding/Activiteiten", ["koffie"])
    codes = {x.code for x in coded.suggestions()}
    assert codes == {"Verbinding/Vertrouwensrelatie", "Verbinding/Activiteiten"}
    with pytest.raises(ValidationError, match="has no keywords"):
        coded.suggestions("Verbinding")


def test_accepted_suggestions_become_auto_codings_and_are_not_suggested_again(
    coded: Project,
) -> None:
    code = "Verbinding/Vertrouwensrelatie"
    found = coded.suggestions(code)
    ids = coded.accept_suggestions(found[:2], coder="Lies")
    assert len(ids) == 2 and coded.history.undo_label == "Accept 2 suggestions"
    segments = coded.segments([code])
    assert [(s.text, s.auto, s.coder) for s in segments] == [
        ("Ik vertrouw haar.", True, "Lies"),
        ("Hij vertrouwde niemand, maar zij wel.", True, "Lies"),
    ]
    assert _texts(coded.suggestions(code)) == _texts(found[2:])
    # a hand-made coding that overlaps a sentence also stops its suggestion
    anna = coded.document("Anna").id
    start = coded.text(anna).index("elkaar")
    coded.add_coding(anna, code, start, start + 6)
    assert "We hebben elkaar vertrouwd." not in _texts(coded.suggestions(code))


def test_rejected_suggestions_are_remembered_and_undoable(coded: Project) -> None:
    code = "Verbinding/Vertrouwensrelatie"
    found = coded.suggestions(code)
    coded.reject_suggestions(found[:3])
    assert coded.history.undo_label == "Reject 3 suggestions"
    assert _texts(coded.suggestions(code)) == _texts(found[3:])
    coded.undo()
    assert _texts(coded.suggestions(code)) == _texts(found)


def test_removing_the_auto_codings_of_a_code_is_one_step(coded: Project) -> None:
    code = "Verbinding/Vertrouwensrelatie"
    coded.accept_suggestions(coded.suggestions(code))
    anna = coded.document("Anna").id
    coded.add_coding(anna, code, 0, 3)  # by hand: stays
    assert len(coded.segments([code])) == 8
    assert coded.remove_auto_codings(code) == 7
    assert coded.history.undo_label == f"Remove the auto-codings of {code}"
    assert [(s.start, s.auto) for s in coded.segments([code])] == [(0, False)]
    coded.undo()
    assert len(coded.segments([code])) == 8


def test_the_shipped_keywords_cover_the_shipped_codebook(lp: Project) -> None:
    lp.import_codebook_file(CODEBOOK)
    with KEYWORDS.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["path"] for r in rows] == [c.path for c in lp.codes()]
    assert all(len(r["keywords"].split(";")) >= 2 for r in rows)
    # the codebook carries the file's keywords, so applying the file changes nothing
    assert [list(c.keywords) for c in lp.codes()] == [split_keywords(r["keywords"]) for r in rows]
    report = lp.apply_keywords_file(KEYWORDS)
    assert report.unknown == () and len(report.updated) == len(rows)
    assert lp.history.undo_label == "Import codebook duowerkingen.qdc"
    trust = lp.code("Verbinding/Vertrouwensrelatie")
    assert "vertrouwen" in trust.keywords and "rekenen op" in trust.keywords


def test_a_keywords_file_names_codes_the_project_lacks(lp: Project, tmp_path: Path) -> None:
    lp.add_code("Vertrouwen")
    path = tmp_path / "kw.csv"
    path.write_text("path,keywords\nvertrouwen,vertrouwen; veilig\nOnbekend,x\n", encoding="utf-8")
    report = lp.apply_keywords_file(path)
    assert report.updated == ("Vertrouwen",) and report.unknown == ("Onbekend",)
    assert lp.code("Vertrouwen").keywords == ("vertrouwen", "veilig")
    path.write_text("code;words\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="needs the columns path,keywords"):
        lp.apply_keywords_file(path)
