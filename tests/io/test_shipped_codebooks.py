"""The shipped codebooks of the duowerkingen research: valid, complete, bilingual, in step."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path
from typing import Any

import docx
import pytest

from duocoder.domain.codebook import CodebookEntry, iter_paths, walk
from duocoder.io.codebook_docx import doc_entries, write_codebook_docx
from duocoder.io.qdc import read_qdc

ROOT = Path(__file__).parents[2]
CODEBOOKS = ROOT / "codebooks"
REFI = ROOT.parent / "shared" / "refi-qda"

# The research's code tree, exactly (names as agreed with the research team).
EXPECTED_NL: list[tuple[str, list[Any]]] = [
    ("Verbinding", [
        ("Vertrouwensrelatie", []),
        ("Gelijkwaardigheid en wederkerigheid", []),
        ("Gezamenlijke activiteiten", []),
        ("Klik en matching zoals beleefd", []),
        ("Nabijheid, afstand en grenzen", []),
        ("Betekenis en benoeming van de relatie", []),
        ("Contactfrequentie en duur", []),
    ]),
    ("Obstakels", [
        ("Interne obstakels", [
            ("Verwachtingen", []), ("Motivatie", []), ("Gezondheid", []),
            ("Levenssituatie", []),
        ]),
        ("Externe obstakels", [
            ("Tijd", []), ("Mobiliteit", []), ("Geld", []), ("Taal", []), ("Diensten", []),
        ]),
        ("Afhankelijkheid en paternalisme", []),
        ("Uiteenlopende verwachtingen", []),
        ("Emotionele belasting van de vrijwilliger", []),
        ("Uitval en beëindiging", []),
    ]),
    ("Uitkomsten", [
        ("Voor de deelnemer", [
            ("Psychologisch", []), ("Sociaal-communicatief", []),
            ("Persoonlijke ontwikkeling", []), ("Horizonverbreding", []),
        ]),
        ("Voor de vrijwilliger", [
            ("Leren en vaardigheden", []), ("Sociaal netwerk", []),
            ("Inzicht in kwetsbaarheid en samenleving", []), ("Zingeving", []),
        ]),
        ("Voor de organisatie", []),
        ("Voor de samenleving", []),
    ]),
    ("Professionele ondersteuning", [
        ("Werving en screening", []),
        ("Matching door de organisatie", []),
        ("Vorming en training", []),
        ("Opvolging, supervisie en intervisie", []),
        ("Samenwerking met het professionele netwerk", []),
        ("Kwaliteitsbewaking en evaluatie", []),
    ]),
    ("Context", [
        ("Kwetsbaarheid", []),
        ("Actief burgerschap", []),
        ("Motivatie om deel te nemen", []),
    ]),
]  # fmt: skip


def _shape(entries: list[CodebookEntry]) -> list[tuple[str, list[Any]]]:
    return [(e.name, _shape(e.children)) for e in entries]


def _skeleton(entries: list[CodebookEntry]) -> list[list[Any]]:
    return [_skeleton(e.children) for e in entries]


@pytest.fixture(scope="module")
def dutch() -> list[CodebookEntry]:
    read = read_qdc("duowerkingen.qdc", (CODEBOOKS / "duowerkingen.qdc").read_bytes())
    assert read.notes == []
    return read.entries


@pytest.fixture(scope="module")
def english() -> list[CodebookEntry]:
    read = read_qdc("duowerkingen-en.qdc", (CODEBOOKS / "duowerkingen-en.qdc").read_bytes())
    assert read.notes == []
    return read.entries


@pytest.mark.parametrize("name", ["duowerkingen.qdc", "duowerkingen-en.qdc"])
def test_shipped_codebooks_are_schema_valid(name: str) -> None:
    xsd = REFI / "Codebook.xsd"
    if not xsd.is_file():
        pytest.skip(f"the REFI-QDA schema is not available at {xsd}")
    xmlschema = pytest.importorskip("xmlschema")
    xmlschema.XMLSchema(str(xsd)).validate(str(CODEBOOKS / name))


def test_dutch_tree_is_exactly_the_research_tree(dutch: list[CodebookEntry]) -> None:
    assert _shape(dutch) == EXPECTED_NL


def test_english_tree_has_the_same_shape_and_guids(
    dutch: list[CodebookEntry], english: list[CodebookEntry]
) -> None:
    assert [e.name for e in english] == [
        "Connection", "Obstacles", "Outcomes", "Professional support", "Context",
    ]  # fmt: skip
    assert _skeleton(english) == _skeleton(dutch)
    pairs = list(zip(walk(dutch), walk(english), strict=True))
    for (_, nl), (_, en) in pairs:
        assert nl.guid == en.guid
        assert nl.color == en.color
        assert nl.codable == en.codable
    assert english[2].children[0].children[3].name == "Broadening horizons"


def test_guids_are_unique_and_canonical(dutch: list[CodebookEntry]) -> None:
    guids = [entry.guid for _, entry in iter_paths(dutch)]
    assert len(guids) == 48
    assert len(set(guids)) == len(guids)
    assert all(g is not None and g == g.lower() and len(g) == 36 for g in guids)


def test_every_code_is_defined_in_both_languages_with_when_and_when_not(
    dutch: list[CodebookEntry], english: list[CodebookEntry]
) -> None:
    for (names, nl), (_, en) in zip(walk(dutch), walk(english), strict=True):
        nl_text, _, en_part = nl.description.partition("\n\nEN: ")
        en_text, _, nl_part = en.description.partition("\n\nNL: ")
        assert nl_text and en_part, names
        assert (nl_text, en_part) == (nl_part, en_text), names  # same texts in both files
        assert "Niet " in nl_text and "→" in nl_text, names
        assert "Not " in en_text and "→" in en_text, names


def _luminance(colour: str) -> float:
    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def test_colours_are_distinct_shades_readable_behind_black_text(
    dutch: list[CodebookEntry],
) -> None:
    colours = [entry.color for _, entry in iter_paths(dutch)]
    assert all(c is not None for c in colours)
    assert len(set(colours)) == len(colours)
    for names, entry in walk(dutch):
        assert entry.color is not None
        contrast = (_luminance(entry.color) + 0.05) / 0.05
        assert contrast >= 4.5, names  # WCAG AA for black text on the highlight
        if not entry.children:
            assert contrast >= 10, names  # leaves are light
    for theme in dutch:
        for _, entry in walk(theme.children):
            assert entry.color is not None and theme.color is not None
            assert _luminance(entry.color) > _luminance(theme.color)  # shades of the theme


def test_every_code_is_codable(dutch: list[CodebookEntry]) -> None:
    assert all(entry.codable for _, entry in walk(dutch))


def test_shipped_files_match_the_build_script() -> None:
    spec = importlib.util.spec_from_file_location("_build", CODEBOOKS / "_build_codebooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["_build"] = module  # dataclasses look their module up while being created
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules["_build"]
    for name, data in module.build().items():
        assert (CODEBOOKS / name).read_bytes() == data, (
            f"run codebooks/_build_codebooks.py ({name})"
        )


def test_shipped_codebook_exports_to_word(dutch: list[CodebookEntry]) -> None:
    buffer = io.BytesIO()
    write_codebook_docx(doc_entries(dutch), buffer, "Codeboek duowerkingen", "nl")
    buffer.seek(0)
    texts = [p.text for p in docx.Document(buffer).paragraphs]
    assert any(t.endswith("2.1.3 Gezondheid") for t in texts)
    assert any(t.endswith("5.3 Motivatie om deel te nemen") for t in texts)
