"""DuoCoder → .qdpx → DuoCoder: the same documents, texts, codes (tree, colours, GUIDs,
keywords), codings (positions, coders, memos, GUIDs), memos, roles, organisations and duos;
also for random Unicode texts with emoji, ZWJ sequences, combining marks and CR LF."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duocoder.app.project import Project
from duocoder.io import qdpx_reader, qdpx_writer
from tests.helpers import source

ANJA = (
    "I: Hoe gaat het met jullie duo?\nR: Stressful 😊 but I like my café job.\nI: Zo’n\u00a0“klik”?"
)
BEN = "I: En jij?\r\nR: Ze belt élke week 👩\u200d👩\u200d👧, e\u0301cht waar.\r\n"


def _build(path: Path) -> Project:
    project = Project.create(path, language="en")
    anja = project.add_document("Anja", source(ANJA), "participant", "Buddywerking Noord", "Duo 1")
    ben = project.add_document("Ben", source(BEN), "volunteer", "Buddywerking Noord", "Duo 1")
    project.set_document_properties("Ben", attributes={"leeftijd": "67"})
    project.add_code("Verbinding", color="#8ecae6")
    project.add_code("Vertrouwen", "Verbinding")
    project.set_keywords("Verbinding/Vertrouwen", ["vertrouw", "rekenen op"])
    project.add_code("Context", color="#ffb703", codable=False)
    project.add_code("Mobiliteit", "Context")
    for doc, words, code, coder, memo in (
        (anja.id, "Stressful 😊 but", "Verbinding/Vertrouwen", "Sofie", "mooi citaat"),
        (anja.id, "“klik”", "Verbinding", "Jan", None),
        (ben.id, "élke week 👩\u200d👩\u200d👧", "Context/Mobiliteit", "Sofie", "‘vaak’"),
        (ben.id, "écht", "Verbinding/Vertrouwen", None, None),
    ):
        text = project.text(doc)
        start = text.index(words)
        project.add_coding(doc, code, start, start + len(words), coder=coder, memo=memo)
    project.set_memo("project", None, "Projectmemo: zo’n “duo”.")
    project.set_memo("document", anja.id, "Anja was nerveus.")
    return project


def _state(project: Project) -> dict[str, object]:
    codes = [
        (c.path, c.guid, c.color, c.codable, tuple(sorted(c.keywords))) for c in project.codes()
    ]
    docs = [
        (d.name, d.role, d.case, d.duo, project.text(d.id), project.document_guid(d.id))
        for d in project.documents()
    ]
    guid_of = project.coding_guids()
    codings = sorted(
        (s.doc, s.start, s.end, s.text, s.code, s.coder, s.memo, guid_of[s.id])
        for s in project.segments()
    )
    memos = sorted(
        (m.target, m.text) for m in project.memos() if m.target in ("project", "document")
    )
    return {"codes": codes, "docs": docs, "codings": codings, "memos": memos}


def test_a_project_comes_back_the_same(tmp_path: Path) -> None:
    with _build(tmp_path / "a.duocoder") as original:
        original.export_qdpx(tmp_path / "a.qdpx")
        before = _state(original)
        attributes = original.document("Ben").attributes
    with Project.create(tmp_path / "b.duocoder", language="en") as copy:
        report = copy.import_qdpx(tmp_path / "a.qdpx")
        assert _state(copy) == before
        assert copy.document("Ben").attributes == attributes
        assert not any("had no role" in n for n in report.notes)
        assert all("read the same" in s or "code points" in s for _, s in report.units)
        assert copy.turns("Anja") and len(copy.turns("Anja")) == 3
        # turns are named after their speaker, not their words: no evidence against the unit
        assert all("2 of 2 match the words" in s for d, s in report.units if d == "Anja"), (
            report.units
        )


def test_importing_the_export_into_its_own_project_changes_nothing(tmp_path: Path) -> None:
    with _build(tmp_path / "a.duocoder") as project:
        project.export_qdpx(tmp_path / "a.qdpx")
        before = _state(project)
        report = project.import_qdpx(tmp_path / "a.qdpx")
        assert _state(project) == before
    assert report.added == [] and report.codings == 0 and report.skipped == 4


def test_the_reader_knows_the_speaker_turn_codes_the_writer_writes() -> None:
    assert {
        qdpx_writer.TURN_GROUP_GUID,
        qdpx_writer.INTERVIEWER_TURNS_GUID,
        qdpx_writer.RESPONDENT_TURNS_GUID,
    } == qdpx_reader.TURN_GUIDS


PIECES = st.sampled_from(
    [
        "a",
        "é",
        "e\u0301",
        "😊",
        "👩\u200d👩\u200d👧",
        "👍🏽",
        "\r\n",
        "\n",
        " ",
        "\u00a0",
        "’",
        "ĳ",
        "한",
        "\u1100\u1161",
        "I: ",
        "woord",
    ]
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pieces=st.lists(PIECES, min_size=3, max_size=60),
    spans=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=1, max_size=8),
)
def test_random_unicode_round_trips(pieces: list[str], spans: list[tuple[float, float]]) -> None:
    raw = "R: " + "".join(pieces) + " einde"
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        with Project.create(tmp / "a.duocoder", language="en") as original:
            doc = original.add_document("Doc", source(raw), "participant")
            length = len(original.text(doc.id))
            wanted = set()
            for a, b in spans:
                start, end = sorted((int(a * length), int(b * length)))
                if start < end:
                    wanted.add((start, end))
            for start, end in sorted(wanted):
                original.add_coding(doc.id, "Code", start, end, coder="Sofie", create_code=True)
            original.export_qdpx(tmp / "a.qdpx")
            before = _state(original)
        with Project.create(tmp / "b.duocoder", language="en") as copy:
            copy.import_qdpx(tmp / "a.qdpx")
            assert _state(copy) == before
