"""Importing a .qdpx into a new or an existing project: positions mapped through CR LF, BOM
and NFC; matching documents, codes and codings as the merge of coders' projects does; one
undo step."""

from __future__ import annotations

import io
import uuid
import zipfile
from pathlib import Path

from qdpx_factory import NVIVO_WINDOWS, QUALCODER, RAW_TEXT, Source, build, expected_words

from duocoder.app.project import Project
from duocoder.domain.text import canonical
from duocoder.io.qdpx_positions import CanonicalText, RawSelection, Unit, decide_unit
from duocoder.storage.guids import coding_guids, document_guids
from tests.helpers import source


def _write(tmp_path: Path, data: bytes, name: str = "in.qdpx") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# -- positions -------------------------------------------------------------------------------
def test_crlf_emoji_and_combining_marks_map_onto_the_canonical_text() -> None:
    raw = "A\r\nStressful 😊 but cafe\u0301!\r\nB 👩\u200d👧 e\u0301chte\r\nC"
    text = CanonicalText(raw)
    assert text.text == canonical(raw)
    for words in ("Stressful 😊 but cafe\u0301!", "👩\u200d👧 e\u0301chte", "C"):
        start = raw.index(words)
        end = start + len(words)
        for unit, count in (
            (Unit.CODE_POINTS, lambda k: k),
            (Unit.UTF16, lambda k: len(raw[:k].encode("utf-16-le")) // 2),
            (Unit.UTF8, lambda k: len(raw[:k].encode("utf-8"))),
        ):
            span = text.canonical_span(count(start), count(end), unit)
            assert span is not None
            assert text.text[span[0] : span[1]] == canonical(words), (unit, words)


def test_a_boundary_inside_a_surrogate_pair_rules_out_utf16() -> None:
    raw = "Ik 😊 ben blij met mijn buddy."
    text = CanonicalText(raw)
    # "blij" in code points: as UTF-16 units its end would fall elsewhere
    start = raw.index("blij")
    decision = decide_unit(text, [RawSelection(start, start + 4, "blij")])
    assert decision.unit is Unit.CODE_POINTS
    assert text.text[slice(*decision.spans[0])] == "blij"  # type: ignore[misc]


def test_the_documented_test_vector() -> None:
    """NOTES.md: a span of 35 code points is 36 UTF-16 units and 39 UTF-8 bytes."""
    words = "Stressful 😊 but I like my café job."
    raw = "x" * 39 + words + " Verder."
    text = CanonicalText(raw)
    assert len(words) == 35
    for unit, end in ((Unit.CODE_POINTS, 74), (Unit.UTF16, 75), (Unit.UTF8, 78)):
        decision = decide_unit(text, [RawSelection(39, end, words)])
        assert decision.unit is unit
        assert text.text[slice(*decision.spans[0])] == words  # type: ignore[misc]


# -- into a project ----------------------------------------------------------------------------
def test_import_creates_documents_codes_codings_coders_and_memos(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.duocoder", language="en") as project:
        report = project.import_qdpx(_write(tmp_path, build(QUALCODER)))
        assert [d.name for d in project.documents()] == ["Interview Anna"]
        assert project.text("Interview Anna") == canonical(RAW_TEXT)
        got = sorted((s.text, s.code, s.coder) for s in project.segments())
        assert got == sorted((w, f"Thema/{c}", "Sofie") for w, c in expected_words())
    assert report.codings == 5 and report.skipped == 0


def test_a_second_import_duplicates_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path, build(NVIVO_WINDOWS))
    with Project.create(tmp_path / "p.duocoder") as project:
        project.import_qdpx(path)
        before = (len(project.documents()), len(project.codes()), project.coding_count())
        again = project.import_qdpx(path)
        assert (len(project.documents()), len(project.codes()), project.coding_count()) == before
    assert again.matched == ["Interview Anna"] and again.added == []
    assert again.codings == 0 and again.skipped == 10  # 10 in the file, 9 distinct
    assert len(again.codes.merged) == 4 and again.codes.added == []


def test_a_document_already_in_the_project_gets_the_codings(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.duocoder") as project:
        project.add_document("Anna (eigen import)", source(RAW_TEXT), "participant")
        report = project.import_qdpx(_write(tmp_path, build(QUALCODER)))
        assert [d.name for d in project.documents()] == ["Anna (eigen import)"]
        assert project.coding_count() == 5
    assert report.matched == ["Anna (eigen import)"]


def test_a_different_text_under_the_same_name_is_reported_not_merged(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.duocoder") as project:
        project.add_document("Interview Anna", source("I: Iets heel anders."), "participant")
        report = project.import_qdpx(_write(tmp_path, build(QUALCODER)))
        names = sorted(d.name for d in project.documents())
        assert len(names) == 2 and "Interview Anna" in names
        assert project.text("Interview Anna") == "I: Iets heel anders."
    [(was, became)] = report.renamed
    assert was == "Interview Anna" and became != was
    assert f"imported as '{became}'" in report.summary()


def test_codes_match_by_guid_then_by_path(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.duocoder") as project:
        project.ensure_code_path("Thema/Stress")
        report = project.import_qdpx(_write(tmp_path, build(QUALCODER)))
        assert [c.path for c in project.codes()].count("Thema/Stress") == 1
    assert "Thema/Stress" in report.codes.merged


def test_the_import_is_one_undo_step(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.duocoder") as project:
        project.add_document("Eigen", source("I: Hallo daar."), "participant")
        project.import_qdpx(_write(tmp_path, build(NVIVO_WINDOWS)))
        assert project.undo() is not None
        assert [d.name for d in project.documents()] == ["Eigen"]
        assert project.codes() == [] and project.coding_count() == 0


def test_guids_of_sources_and_codings_are_kept(tmp_path: Path) -> None:
    doc_guid = str(uuid.uuid4())
    data = build(QUALCODER, [Source("Interview Anna", RAW_TEXT, guid=doc_guid)])
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        qde = archive.read("project.qde").decode()
    coding_guids_in_file = {part.split('"')[0] for part in qde.split('<Coding guid="')[1:]}
    with Project.create(tmp_path / "p.duocoder") as project:
        project.import_qdpx(_write(tmp_path, data))
        with project._read() as s:
            assert list(document_guids(s).values()) == [doc_guid]
            assert set(coding_guids(s).values()) == coding_guids_in_file


def test_roles_come_from_a_role_variable(tmp_path: Path) -> None:
    data = build(QUALCODER, [Source("Interview Anna", RAW_TEXT, role="vrijwilliger")])
    with Project.create(tmp_path / "p.duocoder") as project:
        report = project.import_qdpx(_write(tmp_path, data))
        assert project.document("Interview Anna").role.value == "volunteer"
    assert not any("had no role" in n for n in report.notes)


def test_notes_become_memos(tmp_path: Path) -> None:
    code, note, doc = (str(uuid.uuid4()) for _ in range(3))
    qde = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="M" origin="QualCoder">
<CodeBook><Codes><Code guid="{code}" name="Steun" isCodable="true">
<NoteRef targetGUID="{note}"/></Code></Codes></CodeBook>
<Sources><TextSource guid="{doc}" name="Kort" plainTextPath="internal://{doc}.txt">
<NoteRef targetGUID="{note}"/></TextSource></Sources>
<Notes><Note guid="{note}" name="n"><PlainTextContent>Zo’n “goede” steun.</PlainTextContent>
</Note></Notes></Project>"""
    data = _zip({"project.qde": qde.encode(), f"sources/{doc}.txt": b"Tekst."})
    with Project.create(tmp_path / "p.duocoder") as project:
        project.import_qdpx(_write(tmp_path, data))
        memos = {(m.target, m.text) for m in project.memos()}
    assert ("code", "Zo’n “goede” steun.") in memos
    assert ("document", "Zo’n “goede” steun.") in memos


def test_trailing_blanks_stay_so_selections_do_not_move(tmp_path: Path) -> None:
    text = "I: Hoe gaat het?   \r\n\r\nR: Goed,\u00a0echt goed.  \r\n"
    data = build(
        QUALCODER,
        [Source("Kort", text, selections=[("echt goed", "Stress")])],
    )
    with Project.create(tmp_path / "p.duocoder") as project:
        project.import_qdpx(_write(tmp_path, data))
        assert project.text("Kort") == canonical(text)
        assert [s.text for s in project.segments()] == ["echt goed"]
        spans = project.paragraphs("Kort")
        assert [project.text("Kort")[p.start : p.end] for p in spans] == [
            "I: Hoe gaat het?",
            "R: Goed,\u00a0echt goed.",
        ]


def test_unit_counts_agree_with_the_encodings() -> None:
    """Every position in UTF-16 units or UTF-8 bytes maps to the code point the encodings
    say, and a position inside a character maps to none."""
    import random

    rng = random.Random(7)
    alphabet = ["a", "é", "😊", "\u0301", "\r\n", "\n", "€", "한", "👩\u200d👧", "x"]
    sizes = {
        Unit.UTF16: lambda s: len(s.encode("utf-16-le")) // 2,
        Unit.UTF8: lambda s: len(s.encode("utf-8")),
    }
    for _ in range(200):
        raw = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        text = CanonicalText(raw)
        for unit, size in sizes.items():
            valid = {size(raw[:i]): i for i in range(len(raw) + 1)}
            for position in range(size(raw) + 2):
                assert text.raw_index(position, unit) == valid.get(position), (raw, unit)


def test_a_word_text_without_plain_text_is_read(tmp_path: Path) -> None:
    from docx_factory import make_docx

    words = ["I: Hoe was het?", "R: Zo’n fijne buddy, écht."]
    docx = make_docx(tmp_path, words).read_bytes()
    doc = str(uuid.uuid4())
    qde = f"""<Project xmlns="urn:QDA-XML:project:1.0" name="W" origin="MAXQDA 2022">
<Sources><TextSource guid="{doc}" name="Woord" richTextPath="internal://{doc}.docx"/>
</Sources></Project>"""
    data = _zip({"project.qde": qde.encode(), f"sources/{doc}.docx": docx})
    with Project.create(tmp_path / "p.duocoder") as project:
        report = project.import_qdpx(_write(tmp_path, data))
        assert project.text("Woord") == "\n".join(words)
    assert any("had only a Word text" in n for n in report.notes)


def test_a_tool_that_counts_a_crlf_once_is_recognised() -> None:
    raw = "I: Eerste vraag?\r\nR: Eerste antwoord.\r\nI: Tweede vraag?\r\nR: Tweede antwoord."
    text = CanonicalText(raw)
    selections = []
    for words in ("Eerste antwoord", "Tweede vraag", "Tweede antwoord"):
        start = text.text.index(words)  # counted in the text with LF line breaks
        selections.append(RawSelection(start, start + len(words), words))
    decision = decide_unit(text, selections)
    assert decision.unit is Unit.LINES_AS_ONE
    assert [text.text[a:b] for a, b in decision.spans] == [s.name for s in selections]  # type: ignore[misc]


def test_a_zipped_folder_is_read_too(tmp_path: Path) -> None:
    """A researcher who zips the exported folder puts everything one level down."""
    with zipfile.ZipFile(io.BytesIO(build(QUALCODER))) as archive:
        members = {f"Duowerking/{n}": archive.read(n) for n in archive.namelist()}
    with Project.create(tmp_path / "p.duocoder") as project:
        project.import_qdpx(_write(tmp_path, _zip(members)))
        assert sorted(s.text for s in project.segments()) == sorted(w for w, _ in expected_words())
