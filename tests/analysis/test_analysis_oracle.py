"""The pure analysis functions agree with a brute-force oracle on random small projects:
every co-occurrence mode and filter, the pairs listed behind each co-occurrence cell, the
code matrices (with and without descendants) and the duo matrix."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from duocoder.analysis.codes import subtrees
from duocoder.analysis.cooccurrence import cooccurrence, cooccurring_pairs, count_cooccurrence
from duocoder.analysis.data import CodedRow, Doc, Selection, TurnSpan, select_segments
from duocoder.analysis.definition import Definition
from duocoder.analysis.duos import duo_comparison, duo_matrix
from duocoder.analysis.matrix import code_matrix
from duocoder.domain.records import CodeInfo
from duocoder.domain.roles import Role
from tests.analysis import oracle

CODES = [1, 2, 3, 4]
CODERS = ["Lies", "Jonas", None]
ROLES = [Role.COORDINATOR, Role.PARTICIPANT, Role.VOLUNTEER, Role.OTHER]
LENGTH = 120


@st.composite
def spans(draw: Any, length: int = LENGTH, max_size: int = 6) -> list[tuple[int, int]]:
    """Sorted, disjoint spans (paragraphs, turns) with gaps (labels, blank lines)."""
    cuts = sorted(draw(st.sets(st.integers(0, length), max_size=2 * max_size)))
    return [(a, b) for a, b in zip(cuts[::2], cuts[1::2], strict=False) if a < b]


@st.composite
def projects(draw: Any) -> dict[str, Any]:
    n_docs = draw(st.integers(1, 5))
    docs = [
        Doc(
            i,
            f"doc{i}",
            draw(st.sampled_from(ROLES)),
            draw(st.sampled_from(["A", "B", None])),
            draw(st.sampled_from(["Duo 1", "Duo 2", None])),
        )
        for i in range(1, n_docs + 1)
    ]
    paragraphs = {d.id: draw(spans()) for d in docs}
    turns = {
        d.id: [
            TurnSpan(a, b, draw(st.booleans()), max(0, a - 3)) for a, b in draw(spans(max_size=5))
        ]
        for d in docs
    }
    segments = []
    for i in range(draw(st.integers(0, 25))):
        start = draw(st.integers(0, LENGTH - 1))
        end = draw(st.integers(start + 1, min(LENGTH, start + 40)))
        segments.append(
            CodedRow(
                i,
                draw(st.sampled_from([d.id for d in docs])),
                draw(st.sampled_from(CODES)),
                start,
                end,
                draw(st.sampled_from(CODERS)),
            )
        )
    return {"docs": docs, "paragraphs": paragraphs, "turns": turns, "segments": segments}


def maybe(strategy: Any) -> Any:
    return st.one_of(st.none(), st.frozensets(strategy, min_size=1))


selections = st.builds(
    Selection,
    roles=maybe(st.sampled_from(ROLES)),
    cases=maybe(st.sampled_from(["A", "B"])),
    duos=maybe(st.sampled_from(["Duo 1", "Duo 2"])),
    coders=maybe(st.sampled_from(CODERS)),
    documents=maybe(st.integers(1, 5)),
    codes=maybe(st.sampled_from(CODES)),
    include_interviewer=st.booleans(),
)


def _oracle_selection(p: dict[str, Any], sel: Selection) -> list[CodedRow]:
    docs = {d.id: d for d in p["docs"]}
    filters = {
        "roles": sel.roles,
        "cases": sel.cases,
        "duos": sel.duos,
        "documents": sel.documents,
        "codes": sel.codes,
        "coders": sel.coders,
        "include_interviewer": sel.include_interviewer,
    }
    return [
        s for s in p["segments"] if oracle.keeps(s, docs[s.doc_id], filters, p["turns"][s.doc_id])
    ]


@settings(max_examples=300, deadline=None)
@given(
    p=projects(),
    sel=selections,
    mode=st.sampled_from(["overlap", "paragraph", "turn", "proximity"]),
    distance=st.integers(0, 30),
)
def test_cooccurrence_matches_brute_force(
    p: dict[str, Any], sel: Selection, mode: str, distance: int
) -> None:
    docs = {d.id: d for d in p["docs"]}
    selected = select_segments(p["segments"], docs, sel, p["turns"])
    expected_selection = _oracle_selection(p, sel)
    assert selected == expected_selection

    units: dict[int, list[tuple[int, int]]] = {}
    if mode == "paragraph":
        units = p["paragraphs"]
    elif mode == "turn":
        units = {doc: [(t.start, t.end) for t in ts] for doc, ts in p["turns"].items()}
    codes = sorted(sel.codes) if sel.codes else CODES
    d = distance if mode == "proximity" else 0
    n, pairs, documents, c = oracle.cooccurrence(expected_selection, codes, mode, d, units)

    definition = Definition("cooccurrence", mode=mode, distance=distance)
    result = cooccurrence(selected, codes, [str(x) for x in codes], definition, units=units)
    assert list(result.segments) == n
    assert [list(r) for r in result.counts] == pairs
    assert [list(r) for r in result.documents] == documents
    assert [list(r) for r in result.c] == c
    assert all(0.0 <= v <= 1.0 for row in result.c for v in row)


def _units(p: dict[str, Any], mode: str) -> dict[int, list[tuple[int, int]]]:
    if mode == "paragraph":
        return p["paragraphs"]
    if mode == "turn":
        return {doc: [(t.start, t.end) for t in ts] for doc, ts in p["turns"].items()}
    return {}


@settings(max_examples=300, deadline=None)
@given(
    p=projects(),
    sel=selections,
    mode=st.sampled_from(["overlap", "paragraph", "turn", "proximity"]),
    distance=st.integers(0, 30),
)
def test_the_pairs_listed_behind_a_cell_are_the_pairs_it_counts(
    p: dict[str, Any], sel: Selection, mode: str, distance: int
) -> None:
    """Clicking a cell lists exactly the pairs the brute force finds, as many as the cell
    says, each once, code a's passage first, by document and then by position."""
    docs = {d.id: d for d in p["docs"]}
    selected = select_segments(p["segments"], docs, sel, p["turns"])
    units = _units(p, mode)
    d = distance if mode == "proximity" else 0
    _, counts, _ = count_cooccurrence(selected, CODES, mode=mode, distance=distance, units=units)
    position = {s.id: i for i, s in enumerate(selected)}
    first_of_doc: dict[int, int] = {}
    for s in selected:
        first_of_doc.setdefault(s.doc_id, position[s.id])
    for i, a in enumerate(CODES):
        for j, b in enumerate(CODES):
            listed = cooccurring_pairs(selected, a, b, mode=mode, distance=distance, units=units)
            ids = [(x.id, y.id) for x, y in listed]
            want = oracle.pairs(_oracle_selection(p, sel), a, b, mode, d, units)
            assert sorted(ids) == sorted(want)
            assert len(set(ids)) == len(ids) == counts[i][j]
            assert all(x.code_id == a and y.code_id == b for x, y in listed)
            assert all(x.doc_id == y.doc_id for x, y in listed)
            order = [
                (first_of_doc[x.doc_id], *sorted((position[x.id], position[y.id])))
                for x, y in listed
            ]
            assert order == sorted(order)


def _tree() -> list[CodeInfo]:
    """1 ⊃ {2 ⊃ {3}}, 4: a small tree whose paths give depth."""
    shape = [(1, None, "A"), (2, 1, "A/B"), (3, 2, "A/B/C"), (4, None, "D")]
    return [
        CodeInfo(i, path.rsplit("/", 1)[-1], path, parent, "", "#ffffff", "", True, n)
        for n, (i, parent, path) in enumerate(shape)
    ]


@settings(max_examples=200, deadline=None)
@given(
    p=projects(),
    sel=selections,
    by=st.sampled_from(["role", "case", "document"]),
    descendants=st.booleans(),
)
def test_code_matrix_matches_brute_force(
    p: dict[str, Any], sel: Selection, by: str, descendants: bool
) -> None:
    docs = {d.id: d for d in p["docs"]}
    kept_docs = [d for d in p["docs"] if sel.keeps_document(d)]
    selected = select_segments(p["segments"], docs, sel, p["turns"])
    tree = _tree()
    tree_members = {k: set(v) for k, v in subtrees(tree).items()}
    members = tree_members if descendants else {c: {c} for c in CODES}
    column_of = {
        "role": lambda d: d.role,
        "case": lambda d: d.case,
        "document": lambda d: d.id,
    }[by]
    definition = Definition("matrix", by=by, descendants=descendants, percent=True)
    result = code_matrix(
        selected,
        kept_docs,
        CODES,
        [str(c) for c in CODES],
        definition,
        subtree=subtrees(tree) if descendants else None,
    )
    want_seg, want_doc = oracle.matrix(
        _oracle_selection(p, sel), kept_docs, CODES, members, column_of
    )
    for r, code in enumerate(CODES):
        for col, key in enumerate(result.keys):
            assert result.segments[r][col] == want_seg.get((code, key), 0)
            assert result.documents[r][col] == want_doc.get((code, key), 0)
    for col, key in enumerate(result.keys):
        assert result.document_totals[col] == sum(1 for d in kept_docs if column_of(d) == key)
        column_segments = [s for s in selected if column_of(docs[s.doc_id]) == key]
        assert result.segment_totals[col] == len(column_segments)
    for row, total_row in zip(result.documents_percent(), result.documents, strict=True):
        for col, value in enumerate(row):
            total = result.document_totals[col]
            assert value == (100.0 * total_row[col] / total if total else 0.0)


@settings(max_examples=200, deadline=None)
@given(p=projects(), sel=selections)
def test_duo_matrix_matches_brute_force(p: dict[str, Any], sel: Selection) -> None:
    docs = {d.id: d for d in p["docs"]}
    kept_docs = [d for d in p["docs"] if sel.keeps_document(d)]
    selected = select_segments(p["segments"], docs, sel, p["turns"])
    definition = Definition("duo_comparison")
    comparison = duo_comparison(selected, kept_docs, CODES, [str(c) for c in CODES], definition)
    result = duo_matrix(comparison, definition)
    assert [list(r) for r in result.counts] == oracle.duo_matrix(
        _oracle_selection(p, sel), kept_docs, CODES
    )
    for row in comparison.duos:
        for i, code in enumerate(CODES):
            for side, role, docs_of_side in (
                (row.participant, Role.PARTICIPANT, row.participant_docs),
                (row.volunteer, Role.VOLUNTEER, row.volunteer_docs),
            ):
                want = sum(
                    1
                    for s in selected
                    if s.code_id == code
                    and docs[s.doc_id].role == role
                    and (docs[s.doc_id].case, docs[s.doc_id].duo) == (row.case, row.duo)
                )
                assert side[i] == want
                assert all(name.startswith("doc") for name in docs_of_side)


def test_sweep_counts_many_overlaps_without_pairwise_blowup() -> None:
    """One long segment over many short ones: pairs as many as short segments, c capped."""
    segs = [CodedRow(0, 1, 1, 0, 10_000)] + [
        CodedRow(i, 1, 2, 10 * i, 10 * i + 5) for i in range(1, 500)
    ]
    n, pairs, documents = count_cooccurrence(segs, [1, 2])
    assert n == [1, 499]
    assert pairs[0][1] == 499 and documents[0][1] == 1
    result = cooccurrence(segs, [1, 2], ["a", "b"], Definition("cooccurrence"))
    assert result.c[0][1] == 1 / 499
    assert result.capped(1, 2)
