"""Codings: a coded passage always gives back exactly the characters that were selected."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duocoder.app.project import CodingSpec, Project
from duocoder.domain.errors import DuplicateCodingError, NotFoundError, ValidationError
from duocoder.domain.text import codepoint_index, utf16_index
from tests.helpers import source

TEXT = (
    "I: Hoe was de eerste ontmoeting?\n"
    "R: Spannend 😊 maar de klik was er meteen, in het café.\n"
    "I: En nu?\n"
    "R: We zijn een gezin 👩‍👩‍👧 geworden, zegt ze, echt\u00a0waar. “Georganiseerde vriendschap.”\n"
)


def _doc(project: Project, text: str = TEXT) -> int:
    return project.add_document(
        "Anna", source(text), "participant", "Duo Denderland vzw", "Duo 1"
    ).id


@pytest.mark.parametrize(
    "selected",
    [
        "Spannend 😊",
        "😊",
        "😊 maar",
        "👩‍👩‍👧",
        "gezin 👩‍👩‍👧 geworden",
        "café",
        "echt\u00a0waar",
        "“Georganiseerde vriendschap.”",
    ],
)
def test_coding_saved_and_reopened_returns_exactly_the_selection(
    tmp_path: Path, selected: str
) -> None:
    path = tmp_path / "p.duocoder"
    with Project.create(path) as p:
        doc = _doc(p)
        start = p.text(doc).index(selected)
        p.add_coding(
            doc, "Verbinding/Klik", start, start + len(selected), coder="Lies", create_code=True
        )
    with Project.open(path) as p:
        [seg] = p.segments()
        assert seg.text == selected
        assert p.text(doc)[seg.start : seg.end] == selected


def test_decomposed_accents_are_stored_composed(project: Project) -> None:
    doc = project.add_document("x", source("R: cafe\u0301 en coo\u0308rdinator"), "coordinator").id
    text = project.text(doc)
    assert text == "R: café en coördinator"
    start = text.index("coördinator")
    project.add_coding(doc, "Context", start, start + 11, create_code=True)
    assert project.segments()[0].text == "coördinator"


def test_utf16_conversion_matches_the_refi_qda_test_vector() -> None:
    phrase = "Stressful 😊 but I like my café job."
    text = "x" * 39 + phrase
    assert len(phrase) == 35
    assert utf16_index(text, 39 + 35) - utf16_index(text, 39) == 36
    assert len(phrase.encode("utf-8")) == 39
    for i in range(len(text) + 1):
        assert codepoint_index(text, utf16_index(text, i)) == i


@pytest.mark.parametrize("span", [(-1, 3), (3, 3), (5, 2), (0, len(TEXT) + 1)])
def test_invalid_spans_are_refused_and_leave_nothing(
    project: Project, span: tuple[int, int]
) -> None:
    doc = _doc(project)
    with pytest.raises(ValidationError, match="within the text"):
        project.add_coding(doc, "A", *span, create_code=True)
    assert project.segments() == []


def test_bulk_codings_are_all_or_nothing(project: Project) -> None:
    doc = _doc(project)
    code = project.add_code("A").id
    with pytest.raises(ValidationError):
        project.add_codings([CodingSpec(doc, 0, 5, code), CodingSpec(doc, 10, 9999, code)])
    assert project.segments() == []


def test_unknown_document_and_code_are_named(project: Project) -> None:
    doc = _doc(project)
    with pytest.raises(NotFoundError, match="Bart"):
        project.add_coding("Bart", "A", 0, 3, create_code=True)
    with pytest.raises(NotFoundError, match="Nergens"):
        project.add_coding(doc, "Nergens", 0, 3)


def test_retrieval_filters(project: Project) -> None:
    a = project.add_document("Anna", source("R: een twee drie"), "participant", "Org A", "Duo 1").id
    b = project.add_document("Bert", source("R: vier vijf zes"), "volunteer", "Org A", "Duo 1").id
    c = project.add_document("Cora", source("R: zeven acht"), "coordinator", "Org B").id
    parent = project.add_code("Verbinding").id
    child = project.add_code("Vertrouwen", parent).id
    project.add_coding(a, child, 3, 6, coder="Lies")
    project.add_coding(b, parent, 3, 7, coder="Tom")
    project.add_coding(c, child, 3, 8, coder="Lies")
    assert [s.text for s in project.segments([parent])] == ["vier"]
    assert [s.text for s in project.segments([parent], descendants=True)] == [
        "een",
        "vier",
        "zeven",
    ]
    assert [s.doc for s in project.segments(roles=["vrijwilliger"])] == ["Bert"]
    assert [s.doc for s in project.segments(cases=["Org B"])] == ["Cora"]
    assert [s.doc for s in project.segments(duos=["Duo 1"])] == ["Anna", "Bert"]
    assert [s.doc for s in project.segments(coders=["Tom"])] == ["Bert"]
    assert [s.code for s in project.segments(documents=["Cora"])] == ["Verbinding/Vertrouwen"]


def test_memo_recode_and_remove(project: Project) -> None:
    doc = _doc(project)
    cid = project.add_coding(doc, "A", 0, 5, create_code=True)
    project.set_coding_memo(cid, "  klopt met het verhaal van de vrijwilliger  ")
    assert project.segments()[0].memo == "klopt met het verhaal van de vrijwilliger"
    project.add_code("B")
    project.recode(cid, "B")
    assert project.segments()[0].code == "B"
    project.remove_coding(cid)
    assert project.segments() == []
    with pytest.raises(NotFoundError):
        project.remove_coding(cid)


def test_project_document_and_code_memos(project: Project) -> None:
    doc = _doc(project)
    code = project.add_code("A").id
    project.set_memo("project", None, "Onderzoeksvraag", coder="Lies")
    project.set_memo("document", doc, "Interview op locatie")
    project.set_memo("code", code, "Breed toepassen")
    assert project.memo("project", None) == "Onderzoeksvraag"
    assert {m.target for m in project.memos()} == {"project", "document", "code"}
    project.set_memo("document", doc, "")
    assert project.memo("document", doc) is None


# -- invariants under random coding and uncoding --------------------------------------------

ops = st.lists(
    st.tuples(
        st.booleans(), st.integers(0, len(TEXT)), st.integers(0, len(TEXT)), st.integers(0, 2)
    ),
    min_size=1,
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=ops)
def test_random_codings_keep_invariants(
    tmp_path_factory: pytest.TempPathFactory, ops: list
) -> None:
    path = tmp_path_factory.mktemp("h") / "p.duocoder"
    with Project.create(path) as p:
        doc = _doc(p)
        codes = [p.add_code(n).id for n in ("A", "B", "C")]
        model: dict[int, tuple[int, int, int]] = {}
        for add, a, b, k in ops:
            if add:
                if (codes[k], a, b) in model.values():  # the same coding twice: refused
                    with pytest.raises(DuplicateCodingError):
                        p.add_coding(doc, codes[k], a, b)
                elif 0 <= a < b <= len(TEXT):
                    model[p.add_coding(doc, codes[k], a, b)] = (codes[k], a, b)
                else:
                    with pytest.raises(ValidationError):
                        p.add_coding(doc, codes[k], a, b)
            elif model:
                victim = sorted(model)[a % len(model)]
                p.remove_coding(victim)
                del model[victim]
        segs = p.segments()
        assert {s.id: (s.code_id, s.start, s.end) for s in segs} == model
        assert all(s.text == TEXT[s.start : s.end] for s in segs)
        assert sorted((s.start, s.end) for s in segs) == [(s.start, s.end) for s in segs]
        counts = {c.id: c.own_count for c in p.codes()}
        assert counts == {c: sum(1 for v in model.values() if v[0] == c) for c in codes}
        # undoing everything returns to no codings at all
        while p.can_undo:
            p.undo()
        assert p.segments() == []
