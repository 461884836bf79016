"""Merging coders' copies of a project: three coders code copies of the demo project and
one merges them. Nothing is duplicated (documents, codes, codings), codings keep their
coder, memos are combined, a document whose text differs is reported and left out, a
second merge adds nothing, undo takes the whole merge back, and a copy that is not a
sound DuoCoder project is refused before anything changes."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from duocoder.app.project import CodingSpec, Project
from duocoder.domain.errors import ProjectFileError, ValidationError
from duocoder.storage.database import APPLICATION_ID
from duocoder.storage.models import UNDOABLE_TABLES, table_of
from tests.helpers import source
from tests.merge_copies import (
    CHANGED_DOC,
    CODING_MEMO,
    HUMOR,
    HUMOR_DOC,
    KLIK,
    MEMOS,
    SHARED,
    make_coder_copies,
)

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def copies(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_coder_copies(tmp_path_factory.mktemp("copies"))


@pytest.fixture
def target(copies: dict[str, Path], tmp_path: Path) -> Path:
    """A fresh copy of the demo project the coders started from."""
    path = tmp_path / "team.duocoder"
    shutil.copyfile(copies["base"], path)
    return path


def _sources(copies: dict[str, Path]) -> list[Path]:
    return [copies["Anna"], copies["Bram"], copies["Chris"]]


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table a merge may change, in a fixed order."""
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            t.name: sorted(con.execute(f'SELECT * FROM "{t.name}"').fetchall(), key=repr)
            for t in map(table_of, UNDOABLE_TABLES)
        }
    finally:
        con.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_three_copies_merge_into_one_project_without_duplicates(
    copies: dict[str, Path], target: Path
) -> None:
    with Project.open(copies["base"]) as b:
        demo = b.coding_count()
        griet = b.document(CHANGED_DOC).codings
        documents = sorted((d.name, d.chars) for d in b.documents())
    with Project.open(target) as p:
        report = p.merge_projects(_sources(copies))
        assert report.sources == ("anna.duocoder", "bram.duocoder", "chris.duocoder")
        # documents: matched by their text, none added twice
        assert sorted((d.name, d.chars) for d in p.documents()) == documents
        assert report.documents_added == ()
        assert set(report.documents_matched) == {name for name, _ in documents}
        # one Humor code though two coders made it with their own GUIDs
        assert [c.path for c in p.codes() if c.name == "Humor"] == [HUMOR]
        assert report.codes_added == (HUMOR,)
        assert HUMOR not in report.codes_matched and KLIK in report.codes_matched
        # codings keep their coders; the demo coder's, the same in every copy, are there
        assert set(report.coders_added) == {"Anna", "Bram", "Chris"}
        assert (report.codings_added, report.codings_already_there) == (6, 3 * demo - griet)
        assert p.coding_count() == demo + 6
        by_coder = {
            c: sorted((s.doc, s.code) for s in p.segments(coders=[c]))
            for c in ("Anna", "Bram", "Chris")
        }
        assert by_coder["Anna"] == sorted([(SHARED[0], KLIK), (HUMOR_DOC, HUMOR)])
        assert by_coder["Bram"] == sorted(
            [(SHARED[0], KLIK), (SHARED[0], KLIK), (HUMOR_DOC, HUMOR)]
        )
        assert by_coder["Chris"] == [(SHARED[0], KLIK)]
        shared = [s for s in p.segments(coders=["Anna", "Bram", "Chris"]) if s.code == KLIK]
        spans = {(s.start, s.end) for s in shared if s.coder == "Anna"}
        assert sorted(s.coder for s in shared if (s.start, s.end) in spans) == [
            "Anna",
            "Bram",
            "Chris",
        ]
        [humor] = [s for s in p.segments(coders=["Anna"]) if s.code == HUMOR]
        assert humor.memo == CODING_MEMO
        # both project memos, each under its coder's name
        memo = p.memo("project", None) or ""
        assert "— Anna —\n" + MEMOS["Anna"] in memo and "— Bram —\n" + MEMOS["Bram"] in memo
        assert memo.count(MEMOS["Anna"]) == 1
        assert report.memos_combined == ("project memo",)
        # Chris's changed text is reported, not merged, and neither is its coding
        [conflict] = report.documents_conflicting
        assert (conflict.source, conflict.document) == ("chris.duocoder", CHANGED_DOC)
        assert any(CHANGED_DOC in sentence for sentence in report.conflicts)
        assert p.document(CHANGED_DOC).codings == griet
        assert "En dat wou ik nog zeggen" not in p.text(CHANGED_DOC)


def test_merged_codings_keep_their_guids_and_the_sources_stay_untouched(
    copies: dict[str, Path], target: Path
) -> None:
    before = {path: _digest(path) for path in _sources(copies)}
    with Project.open(copies["Bram"]) as bram:
        guids = bram.coding_guids()
        wanted = {guids[s.id] for s in bram.segments(coders=["Bram"])}
    with Project.open(target) as p:
        p.merge_projects(_sources(copies))
        assert wanted <= set(p.coding_guids().values())
    assert {path: _digest(path) for path in _sources(copies)} == before
    for path in _sources(copies):
        assert not path.with_name(path.name + "-wal").exists()


def test_a_second_merge_of_the_same_copies_adds_nothing(
    copies: dict[str, Path], target: Path
) -> None:
    with Project.open(target) as p:
        first = p.merge_projects(_sources(copies))
        rows = _rows(target)
        again = p.merge_projects(_sources(copies))
        assert again.nothing_added
        assert again.codings_added == 0
        assert again.codings_already_there == first.codings_added + first.codings_already_there
        assert again.memos_combined == () and again.coders_added == ()
        assert _rows(target) == rows


def test_merging_into_a_coders_own_copy_combines_her_memo_with_the_others(
    copies: dict[str, Path], tmp_path: Path
) -> None:
    anna = tmp_path / "anna.duocoder"
    shutil.copyfile(copies["Anna"], anna)
    with Project.open(anna) as p:
        report = p.merge_projects([copies["Bram"], copies["Chris"]])
        assert report.codes_added == ()
        assert [c.path for c in p.codes() if c.name == "Humor"] == [HUMOR]
        memo = p.memo("project", None) or ""
        assert memo.startswith("— Anna —\n" + MEMOS["Anna"])
        assert memo.endswith("— Bram —\n" + MEMOS["Bram"])


def test_undo_takes_the_whole_merge_back(copies: dict[str, Path], target: Path) -> None:
    rows = _rows(target)
    with Project.open(target) as p:
        p.merge_projects(_sources(copies))
        assert _rows(target) != rows
        assert p.history.undo_label == "Merge 3 projects"
        p.undo(any_coder=True)
        assert _rows(target) == rows
        assert not p.can_undo


def test_a_tampered_source_is_refused_and_nothing_is_merged(
    copies: dict[str, Path], target: Path, tmp_path: Path
) -> None:
    tampered = tmp_path / "dirk.duocoder"
    shutil.copyfile(copies["Bram"], tampered)
    con = sqlite3.connect(tampered)
    con.execute("CREATE TRIGGER sneaky AFTER INSERT ON codings BEGIN SELECT 1; END")
    con.commit()
    con.close()
    rows = _rows(target)
    with Project.open(target) as p:
        with pytest.raises(ProjectFileError, match=r"'dirk\.duocoder'"):
            p.merge_projects([copies["Anna"], tampered])
        assert not p.can_undo
    assert _rows(target) == rows


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"just some text, no project at all", "not a DuoCoder project"),
        (b"SQLite format 3\x00" + bytes(84), "another program"),
    ],
)
def test_a_file_that_is_no_project_is_refused_in_one_sentence(
    target: Path, tmp_path: Path, content: bytes, words: str
) -> None:
    other = tmp_path / "notes.duocoder"
    other.write_bytes(content)
    with Project.open(target) as p, pytest.raises(ProjectFileError) as caught:
        p.merge_projects([other])
    assert "'notes.duocoder'" in str(caught.value) and words in str(caught.value)


def test_a_newer_format_is_refused(copies: dict[str, Path], target: Path, tmp_path: Path) -> None:
    newer = tmp_path / "future.duocoder"
    shutil.copyfile(copies["Anna"], newer)
    con = sqlite3.connect(newer)
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    with Project.open(target) as p, pytest.raises(ProjectFileError, match="newer version"):
        p.merge_projects([newer])


def test_the_project_itself_is_refused(target: Path) -> None:
    with Project.open(target) as p, pytest.raises(ValidationError, match="the project itself"):
        p.merge_projects([target])


def test_an_older_format_copy_is_merged_without_upgrading_it(target: Path, tmp_path: Path) -> None:
    old = tmp_path / "old.duocoder"
    con = sqlite3.connect(old)
    con.executescript((DATA / "project-v1.sql").read_text(encoding="utf-8"))
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    before = _digest(old)
    with Project.open(target) as p:
        report = p.merge_projects([old])
        assert report.documents_added
        names = {d.name for d in p.documents()}
        assert set(report.documents_added) <= names
    assert _digest(old) == before
    assert sorted(f.name for f in tmp_path.iterdir()) == ["old.duocoder", "team.duocoder"]


TEXT = "I: Hoe was het?\nR: " + "We lachen veel samen en gaan graag wandelen. " * 3


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    codings=st.lists(
        st.tuples(
            st.integers(0, len(TEXT) - 2),
            st.integers(1, 30),
            st.sampled_from(["A", "B/C", "B/D"]),
            st.sampled_from(["Lies", "Tom", None]),
            st.one_of(st.none(), st.text(min_size=1, max_size=12)),
        ),
        max_size=12,
    ),
    memo=st.one_of(st.none(), st.text(min_size=1, max_size=20)),
)
def test_merging_a_project_into_a_copy_of_itself_adds_nothing(
    codings: list[tuple[int, int, str, str | None, str | None]], memo: str | None
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        original = Path(folder) / "own.duocoder"
        with Project.create(original) as p:
            doc = p.add_document("Lies", source(TEXT), "participant").id
            specs = {
                (start, min(start + length, len(TEXT)), code, coder): CodingSpec(
                    doc, start, min(start + length, len(TEXT)), code, coder, note
                )
                for start, length, code, coder, note in codings
            }
            p.add_codings(list(specs.values()), create_codes=True)
            if memo and memo.strip():
                p.set_memo("document", doc, memo, coder="Lies")
        copy = Path(folder) / "copy.duocoder"
        shutil.copyfile(original, copy)
        rows = _rows(copy)
        with Project.open(copy) as p:
            report = p.merge_projects([original])
            assert report.nothing_added, report
            assert report.codings_already_there == len(specs)
            assert report.conflicts == ()
        assert _rows(copy) == rows


def test_a_coders_colour_and_a_codings_change_record_come_along(
    copies: dict[str, Path], target: Path, tmp_path: Path
) -> None:
    dirk = tmp_path / "dirk.duocoder"
    shutil.copyfile(copies["base"], dirk)
    with Project.open(dirk) as d:
        d.coder = "Dirk"
        d.set_coder("Dirk", "#123456")
        doc = d.document(HUMOR_DOC).id
        coding = d.add_coding(doc, KLIK, 5, 25, coder="Dirk")
        d.set_coding_memo(coding, "eerst Klik, nu met memo")
        [(changed_at, changed_by)] = d.coding_changes([coding]).values()
    with Project.open(target) as p:
        p.merge_projects([dirk])
        assert {c.name: c.color for c in p.coders()}["Dirk"].lower() == "#123456"
        [merged] = [s for s in p.segments(coders=["Dirk"])]
        assert merged.memo == "eerst Klik, nu met memo"
        assert p.coding_changes([merged.id]) == {merged.id: (changed_at, changed_by)}


def test_a_document_tagged_otherwise_in_a_copy_keeps_the_projects_tags_and_says_so(
    copies: dict[str, Path], target: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "retagged.duocoder"
    shutil.copyfile(copies["base"], copy)
    with Project.open(copy) as project:
        doc = project.document("Anja (deelnemer)")
        project.set_document_properties(doc.id, role="volunteer", duo="Duo 7")
    with Project.open(target) as project:
        report = project.merge_projects([copy])
        anja = project.document("Anja (deelnemer)")
    assert anja.role == "participant" and anja.duo != "Duo 7"
    said = [c for c in report.conflicts if "'Anja (deelnemer)'" in c]
    assert len(said) == 2, report.conflicts
    assert any("role 'volunteer' in retagged.duocoder" in c for c in said)
    assert any("duo 'Duo 7'" in c and "the project's was kept" in c for c in said)
