"""Consensus: the agreed coder gets exactly what every chosen coder coded alike, and the
review's "accept this version" replaces the consensus of one unit with one coder's codings."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duocoder.app.project import CodingSpec, Project
from duocoder.domain.errors import NotFoundError, ValidationError
from tests.helpers import source

TEXT = "R: " + "De eerste ontmoeting was spannend, maar de klik was er meteen. " * 4
A, B = "Verbinding/Klik", "Verbinding/Vertrouwen"


def _setup(p: Project) -> int:
    doc = p.add_document("Anna", source(TEXT), "participant").id
    p.ensure_code_path(A)
    p.ensure_code_path(B)
    return doc


def _keys(p: Project, coder: str) -> list[tuple[int, int, int, str, str | None]]:
    return sorted((s.doc_id, s.start, s.end, s.code, s.memo) for s in p.segments(coders=[coder]))


@pytest.fixture
def doc(project: Project) -> int:
    doc = _setup(project)
    project.add_codings(
        [
            CodingSpec(doc, 3, 20, A, "Lies", "eerste indruk"),
            CodingSpec(doc, 3, 20, A, "Tom"),
            CodingSpec(doc, 30, 50, B, "Lies"),
            CodingSpec(doc, 32, 50, B, "Tom"),  # overlaps, not the same span
            CodingSpec(doc, 60, 70, A, "Lies"),
            CodingSpec(doc, 60, 70, B, "Tom"),  # same span, other code
        ]
    )
    return doc


def test_agreed_codings_are_copied_and_partial_overlaps_are_not(project: Project, doc: int) -> None:
    report = project.build_consensus(["Lies", "Tom"])
    assert (report.name, report.coders) == ("Consensus", ("Lies", "Tom"))
    assert (report.codings_copied, report.already_there) == (1, 0)
    assert _keys(project, "Consensus") == [(doc, 3, 20, A, "eerste indruk")]
    # the coders' own codings are untouched
    assert len(_keys(project, "Lies")) == 3 and len(_keys(project, "Tom")) == 3


def test_consensus_codings_get_their_own_guids(project: Project, doc: int) -> None:
    project.build_consensus(["Lies", "Tom"])
    [seg] = project.segments(coders=["Consensus"])
    guids = project.coding_guids()
    [original] = [s.id for s in project.segments(coders=["Lies"]) if s.start == 3]
    assert guids[seg.id] and guids[seg.id] != guids[original]


def test_building_twice_adds_nothing_and_counts_what_is_there(project: Project, doc: int) -> None:
    project.build_consensus(["Lies", "Tom"])
    again = project.build_consensus(["Lies", "Tom"])
    assert (again.codings_copied, again.already_there) == (0, 1)
    assert len(project.segments(coders=["Consensus"])) == 1


def test_codes_and_documents_narrow_the_consensus(project: Project, doc: int) -> None:
    other = project.add_document("Bert", source(TEXT + "Bert."), "volunteer").id
    project.add_codings([CodingSpec(other, 3, 9, B, c) for c in ("Lies", "Tom")])
    assert project.build_consensus(["Lies", "Tom"], codes=[B]).codings_copied == 1
    assert _keys(project, "Consensus") == [(other, 3, 9, B, None)]
    report = project.build_consensus(["Lies", "Tom"], documents=["Anna"])
    assert (report.codings_copied, report.already_there) == (1, 0)


@pytest.mark.parametrize(
    ("coders", "name", "words"),
    [
        (["Lies"], "Consensus", "at least two"),
        (["Lies", "Lies "], "Consensus", "at least two"),
        (["Lies", "Nobody"], "Consensus", "no coder 'Nobody'"),
        (["Lies", "Tom"], "Tom", "cannot be one of the coders"),
    ],
)
def test_refusals_change_nothing(
    project: Project, doc: int, coders: list[str], name: str, words: str
) -> None:
    before = project.coders()
    with pytest.raises((ValidationError, NotFoundError), match=words):
        project.build_consensus(coders, name=name)
    assert project.coders() == before
    assert project.segments(coders=[name]) == [] or name == "Tom"


def test_build_is_one_undo_step_and_undo_restores_exactly(project: Project, doc: int) -> None:
    before = project.segments()
    coders_before = project.coders()
    project.build_consensus(["Lies", "Tom"])
    assert project.history.undo_label == "Build consensus 'Consensus'"
    project.undo()
    assert project.segments() == before
    assert project.coders() == coders_before


def test_accepting_a_version_replaces_the_consensus_codings_touching_the_unit(
    project: Project, doc: int
) -> None:
    project.add_codings(
        [
            CodingSpec(doc, 28, 40, B, "Consensus"),  # touches the unit 30..50
            CodingSpec(doc, 45, 55, B, "Consensus"),  # touches it too
            CodingSpec(doc, 50, 58, B, "Consensus"),  # only adjacent: kept
            CodingSpec(doc, 30, 50, A, "Consensus"),  # another code: kept
        ]
    )
    report = project.accept_version(doc, 30, 50, B, "Tom")
    assert (report.removed, report.copied, report.units) == (2, 1, 1)
    assert [(s.start, s.end, s.code) for s in project.segments(coders=["Consensus"])] == [
        (30, 50, A),
        (32, 50, B),
        (50, 58, B),
    ]


def test_accepted_version_keeps_whole_spans_and_memos(project: Project, doc: int) -> None:
    # Lies' coding reaches beyond the unit: it is copied whole, with its memo
    project.add_coding(doc, A, 10, 40, coder="Lies", memo="klik")
    project.accept_version(doc, 25, 35, A, "Lies", consensus="Samen")
    assert _keys(project, "Samen") == [(doc, 10, 40, A, "klik")]


def test_accepting_none_only_removes(project: Project, doc: int) -> None:
    project.build_consensus(["Lies", "Tom"])
    report = project.accept_version(doc, 3, 20, A, None)
    assert (report.removed, report.copied) == (1, 0)
    assert project.segments(coders=["Consensus"]) == []
    assert len(project.segments(coders=["Lies"])) == 3


def test_accepting_twice_never_duplicates(project: Project, doc: int) -> None:
    project.build_consensus(["Lies", "Tom"])
    project.accept_version(doc, 3, 20, A, "Lies")
    project.accept_version(doc, 3, 20, A, "Tom")
    project.accept_version(doc, 3, 20, A, "Tom")
    assert [(s.start, s.end) for s in project.segments(coders=["Consensus"])] == [(3, 20)]
    assert project.duplicate_codings() == []


def test_accept_versions_is_one_undo_step_and_undo_restores_exactly(
    project: Project, doc: int
) -> None:
    project.build_consensus(["Lies", "Tom"])
    before = project.segments()
    report = project.accept_versions(
        [(doc, 30, 50, B, "Lies"), (doc, 60, 70, A, None), (doc, 60, 70, B, "Tom")]
    )
    assert (report.units, report.copied) == (3, 2)
    assert project.history.undo_label == "Accept 3 versions"
    after = project.segments()
    assert len(after) == len(before) + 2
    project.undo()
    assert project.segments() == before
    project.redo()
    assert [(s.start, s.end, s.code, s.coder) for s in project.segments()] == [
        (s.start, s.end, s.code, s.coder) for s in after
    ]


def test_accept_creates_the_consensus_coder_and_refuses_odd_requests(
    project: Project, doc: int
) -> None:
    with pytest.raises(NotFoundError, match="no coder 'Nobody'"):
        project.accept_version(doc, 3, 20, A, "Nobody")
    with pytest.raises(ValidationError, match="consensus coder"):
        project.accept_version(doc, 3, 20, A, "Consensus")
    with pytest.raises(ValidationError, match="within the text"):
        project.accept_version(doc, 3, 10_000, A, "Lies")
    assert "Consensus" not in [c.name for c in project.coders()]
    project.accept_version(doc, 3, 20, A, "Lies")
    assert "Consensus" in [c.name for c in project.coders()]


_spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(1, 30), st.sampled_from([A, B])),
    max_size=12,
)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lies=_spans, tom=_spans)
def test_consensus_properties(tmp_path_factory: pytest.TempPathFactory, lies, tom) -> None:  # type: ignore[no-untyped-def]
    """Building twice adds nothing; the consensus of a coder and an exact copy of that coder
    is that coder's codings; the consensus is exactly the intersection."""
    path: Path = tmp_path_factory.mktemp("c") / "p.duocoder"
    with Project.create(path) as p:
        doc = _setup(p)
        for coder in ("Lies", "Tom", "Kopie"):
            p.add_coder(coder)
        for coder, spans in (("Lies", lies), ("Tom", tom)):
            p.apply_codings(
                [CodingSpec(doc, a, a + n, code, coder) for a, n, code in spans],
                skip_duplicates=True,
            )
        p.apply_codings(
            [CodingSpec(doc, a, a + n, code, "Kopie") for a, n, code in lies],
            skip_duplicates=True,
        )

        def spans_of(coder: str) -> set[tuple[int, int, str]]:
            return {(s.start, s.end, s.code) for s in p.segments(coders=[coder])}

        first = p.build_consensus(["Lies", "Tom"])
        assert spans_of("Consensus") == spans_of("Lies") & spans_of("Tom")
        assert first.codings_copied == len(spans_of("Consensus"))
        again = p.build_consensus(["Lies", "Tom"])
        assert (again.codings_copied, again.already_there) == (0, first.codings_copied)
        p.build_consensus(["Lies", "Kopie"], name="Zelf")
        assert spans_of("Zelf") == spans_of("Lies")
        assert p.duplicate_codings() == []
