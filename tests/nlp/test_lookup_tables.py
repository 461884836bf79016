"""The lookup lemmas read in slices (so that indexing in the background never holds the
window's thread up for the whole parse) are exactly the table spaCy reads itself."""

from __future__ import annotations

import json

import pytest
from spacy.util import load_language_data, registry

from duocoder.nlp import lookup_tables
from duocoder.nlp.lookup_tables import lemma_lookups, read_object


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_sliced_table_is_spacys_own(language: str) -> None:
    own = load_language_data(registry.lookups.get(language)["lemma_lookup"])
    table = lemma_lookups(language).get_table("lemma_lookup")
    assert len(table) == len(own)
    assert all(table.get(form) == lemma for form, lemma in own.items())


def test_cuts_inside_strings_and_odd_spacing_still_read_right(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lookup_tables, "SLICES", 50)  # a cut every few characters
    tricky = {
        ",": '","',
        'a","b': "\\",
        "zo'n": "zo'n",
        "ﬁets 😊": "fiets",
        **{f"w{n}": f"l{n}" for n in range(40)},
    }
    for text in (
        json.dumps(tricky),
        json.dumps(tricky, indent=1),
        json.dumps(tricky, separators=(",", ":")),
    ):
        assert read_object(text) == tricky
    assert read_object("{}") == {} and read_object(' { "a" : "b" } ') == {"a": "b"}
