"""The analyses through the Project facade, end to end on real project files."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from duocoder.analysis.data import AnalysisCancelledError
from duocoder.app.project import CodingSpec, Project
from duocoder.domain.errors import DuoCoderError, NotFoundError, ValidationError
from duocoder.domain.roles import Role
from tests.analysis import oracle
from tests.helpers import source

PATHS = ["Verbinding/Klik", "Verbinding/Vertrouwen", "Obstakels/Tijd"]


@st.composite
def transcript(draw: Any) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 5))):
        who = draw(st.sampled_from(["I", "R"]))
        words = draw(st.lists(st.sampled_from(["ja", "markt", "café", "klik", "😊"]), min_size=1))
        lines.append(f"{who}: {' '.join(words)}")
    return "\n".join(lines) + "\n"


@st.composite
def project_specs(draw: Any) -> dict[str, Any]:
    docs = []
    for i in range(draw(st.integers(1, 4))):
        text = draw(transcript())
        role = draw(st.sampled_from(list(Role)))
        docs.append((f"doc {i}", text, role, draw(st.sampled_from(["A", "B"])), "Duo 1"))
    codings = []
    for _ in range(draw(st.integers(0, 14))):
        d = draw(st.integers(0, len(docs) - 1))
        length = len(docs[d][1])
        start = draw(st.integers(0, length - 1))
        end = draw(st.integers(start + 1, length))
        coding = (
            d,
            start,
            end,
            draw(st.sampled_from(PATHS)),
            draw(st.sampled_from(["Lies", "Jonas"])),
        )
        if coding not in codings:  # the same coding twice is refused
            codings.append(coding)
    return {"docs": docs, "codings": codings}


def _build(path: Path, spec: dict[str, Any]) -> Project:
    project = Project.create(path)
    for path_ in PATHS:
        project.ensure_code_path(path_)
    for theme in ("Verbinding", "Obstakels"):
        project.set_codable(theme, False)
    for coder in ("Lies", "Jonas"):
        project.add_coder(coder)
    ids = [
        project.add_document(
            name,
            source(text),
            role,
            case,
            duo if role in (Role.PARTICIPANT, Role.VOLUNTEER) else None,
            allow_duplicate=True,
        ).id
        for name, text, role, case, duo in spec["docs"]
    ]
    project.add_codings(
        [CodingSpec(ids[d], a, b, code, coder) for d, a, b, code, coder in spec["codings"]]
    )
    return project


@settings(max_examples=25, deadline=None)
@given(
    spec=project_specs(),
    mode=st.sampled_from(["overlap", "paragraph", "turn", "proximity"]),
    distance=st.integers(0, 8),
    role=st.one_of(st.none(), st.sampled_from(list(Role))),
    coder=st.one_of(st.none(), st.just("Lies")),
    include_interviewer=st.booleans(),
)
def test_facade_cooccurrence_and_matrix_match_the_oracle(
    spec: dict[str, Any],
    mode: str,
    distance: int,
    role: Role | None,
    coder: str | None,
    include_interviewer: bool,
) -> None:
    with tempfile.TemporaryDirectory() as tmp, _build(Path(tmp) / "p.duocoder", spec) as p:
        filters: dict[str, Any] = {"include_interviewer": include_interviewer}
        if role is not None:
            filters["roles"] = [role.value]
        if coder is not None:
            filters["coders"] = [coder]
        result = p.cooccurrence(mode=mode, distance=distance, **filters)
        # the oracle, from the public read API only
        docs = {d.id: d for d in p.documents()}
        turns = {d: p.turns(d) for d in docs}
        sel = {
            "roles": None if role is None else {role},
            "coders": None if coder is None else {coder},
            "include_interviewer": include_interviewer,
        }
        segments = [
            s for s in p.segments() if oracle.keeps(s, docs[s.doc_id], sel, turns[s.doc_id])
        ]
        units: dict[int, list[tuple[int, int]]] = {}
        if mode == "paragraph":
            units = {d: [(x.start, x.end) for x in p.paragraphs(d)] for d in docs}
        elif mode == "turn":
            units = {d: [(t.start, t.end) for t in turns[d]] for d in docs}
        codes = [p.code(x).id for x in PATHS]
        d = distance if mode == "proximity" else 0
        n, pairs, documents, c = oracle.cooccurrence(segments, codes, mode, d, units)
        assert list(result.paths) == PATHS
        assert list(result.segments) == n
        assert [list(r) for r in result.counts] == pairs
        assert [list(r) for r in result.documents] == documents
        assert [list(r) for r in result.c] == c

        # the pairs behind every cell: as many as it counts, the oracle's, with their words
        by_id = {s.id: s for s in p.segments()}
        doc_order = [doc.id for doc in p.documents()]
        for i, a in enumerate(codes):
            for j, b in enumerate(codes):
                listed = p.cooccurring_pairs(a, b, mode=mode, distance=distance, **filters)
                assert len(listed) == result.counts[i][j]
                ids = sorted((x.a.id, x.b.id) for x in listed)
                assert ids == sorted(oracle.pairs(segments, a, b, mode, d, units))
                assert all(x.a == by_id[x.a.id] and x.b == by_id[x.b.id] for x in listed)
                places = [doc_order.index(x.doc_id) for x in listed]
                assert places == sorted(places)

        m = p.code_matrix("role", **filters)
        for r, code in enumerate(codes):
            for col, key in enumerate(m.keys):
                hits = [s for s in segments if s.code_id == code and docs[s.doc_id].role == key]
                assert m.segments[r][col] == len(hits)
                assert m.documents[r][col] == len({s.doc_id for s in hits})


TEXT = (
    "I: Hoe leerden jullie elkaar kennen?\n"
    "R: Via de coördinator. Het klikte meteen.\n"
    "I: En nu?\n"
    "R: We gaan elke week naar de markt.\n"
)


@pytest.fixture
def study(project: Project) -> Project:
    """One case with a coordinator and a duo, one other case with a coordinator."""
    docs = {
        "Carla": ("coordinator", "Samen vzw", None),
        "Anna": ("participant", "Samen vzw", "Duo 1"),
        "Bert": ("volunteer", "Samen vzw", "Duo 1"),
        "Dirk": ("coordinator", "Ander vzw", None),
    }
    for name, (role, case, duo) in docs.items():
        project.add_document(name, source(TEXT), role, case, duo, allow_duplicate=True)
    t = TEXT
    via, markt = t.index("Via"), t.index("markt")
    specs = [
        CodingSpec("Anna", via, t.index("meteen.") + 7, "Verbinding/Klik", "Lies", "Mooi."),
        CodingSpec("Anna", via, len(t) - 1, "Verbinding/Vertrouwen", "Lies"),  # spans I:
        CodingSpec("Bert", markt, markt + 5, "Verbinding/Vertrouwen", "Jonas"),
        CodingSpec("Carla", via, via + 3, "Verbinding/Klik", "Lies"),
        CodingSpec("Dirk", via, via + 3, "Verbinding/Klik", "Lies"),
        CodingSpec("Anna", 0, 10, "Obstakels/Tijd", "Lies"),  # interviewer only
    ]
    project.add_codings(specs, create_codes=True)
    return project


def test_interviewer_only_segments_are_left_out_unless_asked(study: Project) -> None:
    assert study.cooccurrence().segments[-1] == 0
    assert study.cooccurrence(include_interviewer=True).segments[-1] == 1
    m = study.code_matrix("document", codes=["Obstakels/Tijd"], include_interviewer=True)
    assert m.segments == ((0, 1, 0, 0),)


def test_the_pairs_behind_a_cell_are_listed_with_their_words(study: Project) -> None:
    [pair] = study.cooccurring_pairs("Verbinding/Klik", "Verbinding/Vertrouwen")
    assert (pair.document, pair.role, pair.doc_id) == (
        "Anna",
        Role.PARTICIPANT,
        study.document("Anna").id,
    )
    assert pair.a.text == "Via de coördinator. Het klikte meteen."
    assert pair.b.text == TEXT[TEXT.index("Via") : len(TEXT) - 1]
    assert pair.span == (pair.b.start, pair.b.end)
    assert pair.as_json() == {
        "document": "Anna",
        "role": "participant",
        "a": {
            "code": "Verbinding/Klik",
            "start": pair.a.start,
            "end": pair.a.end,
            "text": pair.a.text,
        },
        "b": {
            "code": "Verbinding/Vertrouwen",
            "start": pair.b.start,
            "end": pair.b.end,
            "text": pair.b.text,
        },
    }
    # the same filters as the matrix: the volunteer's account has no such pair
    assert (
        study.cooccurring_pairs("Verbinding/Klik", "Verbinding/Vertrouwen", roles="volunteer") == []
    )
    # the diagonal lists a code's segments once each, in document order
    diagonal = study.cooccurring_pairs("Verbinding/Klik", "Verbinding/Klik", mode="turn")
    assert [(x.document, x.a == x.b) for x in diagonal] == [
        ("Carla", True),
        ("Anna", True),
        ("Dirk", True),
    ]
    # a segment lying only in the interviewer's turn is listed only when asked
    assert study.cooccurring_pairs("Obstakels/Tijd", "Obstakels/Tijd") == []
    [question] = study.cooccurring_pairs(
        "Obstakels/Tijd", "Obstakels/Tijd", include_interviewer=True
    )
    assert question.a.text == TEXT[:10]
    with pytest.raises(ValidationError):
        study.cooccurring_pairs("Verbinding/Klik", "Obstakels/Tijd", mode="proximity")
    with pytest.raises(NotFoundError):
        study.cooccurring_pairs("Verbinding/Klik", "Bestaat/Niet")


def test_by_role_is_one_call_with_a_matrix_per_role(study: Project) -> None:
    result = study.cooccurrence(by_role=True)
    assert result.roles == (Role.COORDINATOR, Role.PARTICIPANT, Role.VOLUNTEER)
    alone = study.cooccurrence(roles="participant")
    assert result[Role.PARTICIPANT].counts == alone.counts
    assert result["participant"].pairs("Verbinding/Klik", "Verbinding/Vertrouwen") == 1
    assert result[Role.COORDINATOR].definition.documents == ("Carla", "Dirk")
    assert set(result.as_json()) == {"coordinator", "participant", "volunteer"}


def test_definition_states_mode_filters_and_selection(study: Project) -> None:
    result = study.cooccurrence(mode="proximity", distance=12, cases="Samen vzw", coders=["Lies"])
    d = result.definition
    assert (d.mode, d.distance, d.cases, d.coder_filter) == (
        "proximity",
        12,
        ("Samen vzw",),
        ("Lies",),
    )
    assert d.documents == ("Carla", "Anna", "Bert")
    assert d.coders == ("Lies",)
    nl, en = "\n".join(d.describe("nl")), "\n".join(d.describe("en"))
    assert "hoogstens 12 tekens" in nl and "n12" in nl and "case = Samen vzw" in nl
    assert "at most 12 characters" in en and "coder = Lies" in en
    assert d.as_json()["filters"]["cases"] == ["Samen vzw"]


def test_matrix_by_case_with_descendants_and_percentages(study: Project) -> None:
    m = study.code_matrix("case", descendants=True, percent=True)
    assert m.columns == ("Samen vzw", "Ander vzw")
    row = m.paths.index("Verbinding")
    assert m.segments[row] == (4, 1)
    assert m.documents[row] == (3, 1)
    assert m.documents_percent()[row] == (100.0, 100.0)
    assert m.as_json()["documents_percent"][row] == [100.0, 100.0]


def test_duo_comparison_and_matrix(study: Project) -> None:
    comparison = study.duo_comparison()
    [duo] = comparison.duos
    assert (duo.duo, duo.participant_docs, duo.volunteer_docs) == ("Duo 1", ("Anna",), ("Bert",))
    klik, vertrouwen = (
        comparison.paths.index("Verbinding/Klik"),
        comparison.paths.index("Verbinding/Vertrouwen"),
    )
    assert (duo.participant[klik], duo.volunteer[klik]) == (1, 0)
    m = study.duo_matrix()
    assert m.counts[klik][vertrouwen] == 1 and m.counts[vertrouwen][klik] == 0
    assert m.duos_with(klik, vertrouwen) == ("Duo 1",)


def test_stakeholder_comparison_for_a_duo_includes_its_coordinator(study: Project) -> None:
    result = study.stakeholder_comparison("Verbinding", descendants=True, duo="Duo 1")
    assert [[s.doc for s in column] for column in result.columns] == [
        ["Carla"],
        ["Anna", "Anna"],
        ["Bert"],
    ]
    assert result.definition.duos == ("Duo 1",)
    # the participant's segment that runs over the interviewer's question is quoted without it
    assert result.texts[1][1] == (
        "Via de coördinator. Het klikte meteen. […] We gaan elke week naar de markt."
    )
    whole = study.stakeholder_comparison("Verbinding/Klik")
    assert [s.doc for s in whole[Role.COORDINATOR]] == ["Carla", "Dirk"]
    with pytest.raises(NotFoundError):
        study.stakeholder_comparison("Verbinding", duo="Duo 9")


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda p: p.cooccurrence(mode="sentence"), ValidationError),
        (lambda p: p.cooccurrence(mode="proximity"), ValidationError),
        (lambda p: p.cooccurrence(mode="proximity", distance=-1), ValidationError),
        (lambda p: p.cooccurrence(cases=["Nergens vzw"]), NotFoundError),
        (lambda p: p.cooccurrence(coders=["Niemand"]), NotFoundError),
        (lambda p: p.cooccurrence(codes=["Bestaat/Niet"]), NotFoundError),
        (lambda p: p.code_matrix("sentence"), ValidationError),
        (lambda p: p.code_matrix("role", roles=["baas"]), ValidationError),
    ],
)
def test_wrong_requests_are_plain_errors(study: Project, call: Any, error: type) -> None:
    with pytest.raises(error) as info:
        call(study)
    assert isinstance(info.value, DuoCoderError) and str(info.value).endswith(".")


def test_progress_and_cancel(study: Project, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    study.cooccurrence(progress=lambda i, n, _: seen.append((i, n)))
    assert seen
    with pytest.raises(AnalysisCancelledError):
        study.cooccurrence(cancelled=lambda: True)
    out = tmp_path / "q.docx"
    with pytest.raises(AnalysisCancelledError):
        study.export_quotes(out, cancelled=lambda: True)
    assert not out.exists()


def test_quotes_export_end_to_end(study: Project, tmp_path: Path) -> None:
    out = tmp_path / "citaten.docx"
    result = study.export_quotes(
        out, codes=["Verbinding", "Obstakels/Tijd"], with_source=True, with_memo=True
    )
    assert result.count == 5
    paragraphs = docx.Document(str(out)).paragraphs
    texts = [p.text for p in paragraphs]
    quote = next(t for t in texts if t.startswith("‘Via de coördinator. Het klikte meteen. […]"))
    assert "En nu?" not in quote and "I:" not in quote and "R:" not in quote
    roles = [p.text for p in paragraphs if p.style.name == "Quote Role"]
    assert roles[:2] == ["(coördinator)", "(coördinator)"]
    assert "(vrijwilliger)" in roles
    assert "Memo: Mooi." in texts
    assert any(t.startswith("Bron: Anna · alinea 2") and "Samen vzw · Duo 1" in t for t in texts)
    # a chosen code without quotes (its only segment is the interviewer's) says so
    tijd = next(
        i for i, p in enumerate(paragraphs) if p.text == "Tijd" and "Heading" in p.style.name
    )
    assert texts[tijd + 1] == "Geen citaten in deze selectie."


def test_every_result_exports_to_xlsx_and_csv(study: Project, tmp_path: Path) -> None:
    import openpyxl

    results = {
        "cooc": study.cooccurrence(mode="paragraph"),
        "roles": study.cooccurrence(by_role=True),
        "matrix": study.code_matrix("document", descendants=True, percent=True),
        "duos": study.duo_comparison(),
        "duo_matrix": study.duo_matrix(),
        "stakeholders": study.stakeholder_comparison("Verbinding", descendants=True),
    }
    for name, result in results.items():
        book = openpyxl.load_workbook(study.export_table(result, tmp_path / f"{name}.xlsx"))
        assert book.sheetnames[-1] == "Definitie"
        lines = [c.value for c in book["Definitie"]["A"]]
        assert lines[1:] == result.definition.describe("nl")
        text = study.export_table(result, tmp_path / f"{name}.csv").read_text("utf-8-sig")
        assert text.split("\n", 1)[0].isascii()  # one header row of column names
        beside = (tmp_path / f"{name}.definition.txt").read_text("utf-8")
        assert beside.startswith("Definitie")
    matrix = openpyxl.load_workbook(tmp_path / "matrix.xlsx")
    assert matrix.sheetnames == [
        "Fragmenten",
        "Documenten",
        "Fragmenten %",
        "Documenten %",
        "Definitie",
    ]
    assert matrix["Fragmenten"]["B1"].value == "Carla"
    perspectives = openpyxl.load_workbook(tmp_path / "stakeholders.xlsx")["Perspectieven"]
    assert [perspectives["B1"].value, perspectives["B2"].value] == ["Verbinding", "coördinator"]
    assert perspectives["C3"].value == "Via de coördinator. Het klikte meteen."
