"""Projects encrypted at rest: what a thief with the laptop (and `sqlite3`) cannot read, what
the researcher with the passphrase still can, and that nothing plain is left behind."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from duocoder.app.demo import build_demo
from duocoder.app.encryption import (
    change_passphrase,
    decrypt_project,
    encrypt_project,
    is_encrypted_file,
)
from duocoder.app.project import Project
from duocoder.domain.errors import (
    PassphraseNeededError,
    ProjectBusyError,
    ProjectFileError,
    ValidationError,
    WrongPassphraseError,
)
from duocoder.io.atomic import check_export_target
from duocoder.storage.database import APPLICATION_ID
from duocoder.storage.fileformat import SCHEMA_VERSION
from duocoder.storage.migrations import backup_path
from tests.helpers import REPO, source

SECRET = "Zwanenburg-vertrouwelijk-4711"  # a string no SQLite page holds by chance
PASSPHRASE = "lange wandeling langs de Dender"
SQLITE_MAGIC = b"SQLite format 3\x00"

# these tests choose between plain and encrypted files themselves
pytestmark = pytest.mark.skipif(
    os.environ.get("DUOCODER_TEST_ENCRYPTED") == "1", reason="chooses its own files"
)
DATA = REPO / "tests" / "core" / "data"


def _encrypted_project(path: Path, passphrase: str = PASSPHRASE) -> Path:
    """An encrypted project with one interview that names SECRET, coded once."""
    with Project.create(path, language="nl", passphrase=passphrase) as p:
        text = f"I: Waar woont u?\nR: In {SECRET}."
        doc = p.add_document("Anna", source(text), "participant")
        start = text.index(SECRET)
        p.add_coding(doc.id, "Context", start, start + len(SECRET), create_code=True)
    return path


def _bytes_beside(path: Path) -> dict[str, bytes]:
    """Every file in the project's folder (the project, its side files, anything left)."""
    return {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}


def _dump(path: Path, passphrase: str | None = None) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, read with SQLite (or SQLCipher for an encrypted file)."""
    if passphrase is None:
        con = sqlite3.connect(path)
    else:
        from sqlcipher3 import dbapi2

        con = dbapi2.connect(str(path))
        con.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            ).fetchall()
        ]
        dump = {n: sorted(con.execute(f'SELECT * FROM "{n}"').fetchall(), key=repr) for n in names}
        dump["#user_version"] = con.execute("PRAGMA user_version").fetchall()
        dump["#application_id"] = con.execute("PRAGMA application_id").fetchall()
        return dump
    finally:
        con.close()


def test_an_encrypted_project_is_unreadable_without_its_passphrase(tmp_path: Path) -> None:
    path = _encrypted_project(tmp_path / "study.duocoder")
    data = path.read_bytes()
    assert not data.startswith(SQLITE_MAGIC)
    assert is_encrypted_file(path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall()
    if shutil.which("sqlite3"):
        run = subprocess.run(
            ["sqlite3", str(path), "SELECT text FROM documents"],
            capture_output=True,
            text=True,
        )
        assert run.returncode != 0
        assert SECRET not in run.stdout
    # neither the project nor anything beside it (-wal, -journal, a build) holds the text
    files = _bytes_beside(path)
    assert list(files) == ["study.duocoder"]
    assert all(SECRET.encode() not in content for content in files.values())
    assert all(SECRET.encode("utf-16-le") not in content for content in files.values())


def test_the_text_is_not_in_the_write_ahead_log_while_the_project_is_open(
    tmp_path: Path,
) -> None:
    path = _encrypted_project(tmp_path / "study.duocoder")
    with Project.open(path, PASSPHRASE) as p:
        p.add_document("Bram", source(f"I: En u?\nR: Ook {SECRET} en verder."), "volunteer")
        wal = path.with_name(path.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0  # the change really is in the log
        assert all(SECRET.encode() not in content for content in _bytes_beside(path).values())
    assert [p.name for p in tmp_path.iterdir()] == ["study.duocoder"]


def test_the_passphrase_opens_it_and_everything_reads_the_same(tmp_path: Path) -> None:
    path = _encrypted_project(tmp_path / "study.duocoder")
    with Project.open(path, PASSPHRASE) as p:
        assert p.encrypted
        assert [d.name for d in p.documents()] == ["Anna"]
        (segment,) = p.segments(["Context"])
        assert segment.text == SECRET
    # a standard SQLCipher 4 file: SQLCipher's own key derivation opens it
    assert _dump(path, PASSPHRASE)["#application_id"] == [(APPLICATION_ID,)]


def test_no_or_a_wrong_passphrase_is_one_sentence_naming_the_file(tmp_path: Path) -> None:
    path = _encrypted_project(tmp_path / "study.duocoder")
    with pytest.raises(PassphraseNeededError) as needed:
        Project.open(path)
    assert not isinstance(needed.value, WrongPassphraseError)
    assert (
        str(needed.value) == "'study.duocoder' is encrypted: its passphrase is needed to open it."
    )
    with pytest.raises(WrongPassphraseError) as wrong:
        Project.open(path, PASSPHRASE + "!")
    assert str(wrong.value) == "The passphrase for 'study.duocoder' is not right."
    assert wrong.value.path == str(path)


def test_a_wrong_passphrase_prints_nothing_of_sqlciphers_internals(tmp_path: Path) -> None:
    path = _encrypted_project(tmp_path / "study.duocoder")
    script = (
        "import sys\nfrom duocoder.app.project import Project\n"
        "try:\n    Project.open(sys.argv[1], 'wrong')\nexcept Exception as e:\n    print(e)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert run.stdout.strip() == "The passphrase for 'study.duocoder' is not right."
    assert run.stderr == ""


def test_a_plain_project_ignores_a_passphrase_and_says_it_is_not_encrypted(
    tmp_path: Path,
) -> None:
    path = tmp_path / "plain.duocoder"
    Project.create(path).close()
    with Project.open(path, "whatever") as p:
        assert not p.encrypted
    assert path.read_bytes().startswith(SQLITE_MAGIC)
    with pytest.raises(ProjectFileError, match=r"'plain\.duocoder' is not encrypted"):
        decrypt_project(path, "whatever")


def test_encrypting_and_decrypting_keep_every_table_identical(
    tmp_path: Path, demo_files: dict[str, Path]
) -> None:
    path = tmp_path / "demo.duocoder"
    shutil.copyfile(demo_files["plain"], path)
    before = _dump(path)
    assert len(before["codings"]) > 10  # the demo really has data
    report = encrypt_project(path, PASSPHRASE)
    assert report.plain_backups == ()
    assert not path.read_bytes().startswith(SQLITE_MAGIC)
    assert _dump(path, PASSPHRASE) == before
    decrypt_project(path, PASSPHRASE)
    assert path.read_bytes().startswith(SQLITE_MAGIC)
    assert _dump(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.duocoder"]


def test_encrypting_leaves_no_plain_copy_and_names_the_plain_backups(tmp_path: Path) -> None:
    path = tmp_path / "study.duocoder"
    with Project.create(path) as p:
        p.add_document("Anna", source(f"I: Waar?\nR: {SECRET}."), "participant")
    old = backup_path(path, 5)
    shutil.copyfile(path, old)  # what an upgrade from format 5 left beside it
    report = encrypt_project(path, PASSPHRASE)
    assert report.plain_backups == (old,)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([path.name, old.name])
    assert SECRET.encode() not in path.read_bytes()
    assert SECRET.encode() in old.read_bytes()  # listed for the researcher, never removed
    with pytest.raises(ProjectFileError, match=r"'study\.duocoder' is already encrypted"):
        encrypt_project(path, PASSPHRASE)


def test_the_old_plain_bytes_are_overwritten_not_just_unlinked(tmp_path: Path) -> None:
    """Another name for the old file (a hard link a backup tool made) sees zeros afterwards:
    the encryption overwrote the plain bytes in place instead of only dropping the name."""
    path = tmp_path / "study.duocoder"
    with Project.create(path) as p:
        p.add_document("Anna", source(f"I: Waar?\nR: {SECRET}."), "participant")
    other_name = tmp_path / "elsewhere.bin"
    os.link(path, other_name)
    encrypt_project(path, PASSPHRASE)
    left = other_name.read_bytes()
    assert left and left == bytes(len(left))


def test_changing_the_passphrase(tmp_path: Path) -> None:
    path = _encrypted_project(tmp_path / "study.duocoder")
    before = _dump(path, PASSPHRASE)
    change_passphrase(path, PASSPHRASE, "een ander wachtwoord")
    with pytest.raises(WrongPassphraseError):
        Project.open(path, PASSPHRASE)
    assert _dump(path, "een ander wachtwoord") == before
    with pytest.raises(WrongPassphraseError):
        change_passphrase(path, PASSPHRASE, "derde")


def test_a_project_open_elsewhere_is_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "study.duocoder"
    with Project.create(path) as p:
        p.add_document("Anna", source("I: Hoe?\nR: Goed."), "participant")
        before = path.read_bytes()
        with pytest.raises(ProjectBusyError, match="open in another window or command"):
            encrypt_project(path, PASSPHRASE)
        assert [d.name for d in p.documents()] == ["Anna"]  # the open project still works
    assert path.read_bytes()[:100] == before[:100]
    assert not is_encrypted_file(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["study.duocoder"]


def test_an_encrypted_older_format_file_is_upgraded_and_its_backup_stays_encrypted(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.duocoder"
    con = sqlite3.connect(path)
    con.executescript((DATA / "project-v1.sql").read_text(encoding="utf-8"))
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    plain = _dump(path)
    encrypt_project(path, PASSPHRASE)
    with Project.open(path, PASSPHRASE) as p:
        assert p.encrypted
        assert p.documents()  # the frozen file's interviews survived the upgrade
    assert _dump(path, PASSPHRASE)["#user_version"] == [(SCHEMA_VERSION,)]
    backup = backup_path(path, 1)
    assert not backup.read_bytes().startswith(SQLITE_MAGIC)
    assert _dump(backup, PASSPHRASE) == plain  # the backup is the format-1 file, encrypted


def test_merging_encrypted_copies(tmp_path: Path) -> None:
    """A copy with the project's own passphrase merges without asking; one with another
    passphrase is asked for (and refused, naming it, when nobody answers)."""
    target = tmp_path / "team.duocoder"
    Project.create(target, passphrase=PASSPHRASE).close()
    same = _encrypted_project(tmp_path / "lies.duocoder")
    other = _encrypted_project(tmp_path / "bram.duocoder", passphrase="bram's eigen")
    asked: list[str] = []

    def ask(path: Path) -> str | None:
        asked.append(path.name)
        return "bram's eigen"

    with Project.open(target, PASSPHRASE) as p:
        assert not p.source_needs_passphrase(same)
        assert p.source_needs_passphrase(other)
        with pytest.raises(PassphraseNeededError, match=r"'bram\.duocoder' is encrypted"):
            p.merge_projects([other])
        report = p.merge_projects([same, other], passphrase=ask)
        assert asked == ["bram.duocoder"]
        assert report.codings_added + report.codings_already_there == 2
        assert [d.name for d in p.documents()] == ["Anna"]


def test_a_plain_project_merges_an_encrypted_copy_with_its_passphrase(tmp_path: Path) -> None:
    target = tmp_path / "team.duocoder"
    Project.create(target).close()
    copy = _encrypted_project(tmp_path / "lies.duocoder")
    with Project.open(target) as p:
        with pytest.raises(WrongPassphraseError, match=r"'lies\.duocoder' is not right"):
            p.merge_projects([copy], passphrase=lambda _path: "fout")
        p.merge_projects([copy], passphrase=lambda _path: PASSPHRASE)
        (segment,) = p.segments(["Context"])
        assert segment.text == SECRET
    assert SECRET.encode() in target.read_bytes()  # merged into a plain project: plain


def test_undo_works_on_an_encrypted_project_across_openings(tmp_path: Path) -> None:
    path = _encrypted_project(tmp_path / "study.duocoder")
    with Project.open(path, PASSPHRASE) as p:
        p.coder = None
        assert p.undo() is not None  # the coding
    with Project.open(path, PASSPHRASE) as p:
        assert p.segments() == []
        p.redo()
        assert [s.text for s in p.segments(["Context"])] == [SECRET]


def test_opening_costs_one_key_derivation(tmp_path: Path) -> None:
    """The key is derived once per opening and handed to every connection, not derived by
    SQLCipher on each (about 0.1 s apiece): an opening stays well under a second."""
    path = _encrypted_project(tmp_path / "study.duocoder")
    start = time.perf_counter()
    with Project.open(path, PASSPHRASE) as p:
        for _ in range(5):
            p.documents()
    assert time.perf_counter() - start < 1.0


# -- the core's work, the same on an encrypted project -----------------------------------------
# A representative set (import, codings with undo and redo, analyses, merge) runs on the demo
# project stored plain and encrypted, and must give the same answers; `pytest --encrypted`
# runs the whole suite on encrypted projects.


@pytest.fixture(scope="module")
def demo_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo project, built once, plain and (a copy) encrypted."""
    folder = tmp_path_factory.mktemp("demo")
    plain = build_demo(folder / "plain.duocoder")
    encrypted = folder / "encrypted.duocoder"
    shutil.copyfile(plain, encrypted)
    encrypt_project(encrypted, PASSPHRASE)
    return {"plain": plain, "encrypted": encrypted}


@pytest.fixture(params=["plain", "encrypted"])
def demo(request: pytest.FixtureRequest, demo_files: dict[str, Path], tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fresh copy of the demo project, opened: plain, then encrypted."""
    path = tmp_path / "demo.duocoder"
    shutil.copyfile(demo_files[request.param], path)
    with Project.open(path, PASSPHRASE if request.param == "encrypted" else None) as p:
        assert p.encrypted == (request.param == "encrypted")
        yield p


def _analyses(p: Project) -> tuple[object, ...]:
    return (
        p.cooccurrence(),
        p.cooccurrence(mode="paragraph", by_role=True),
        p.code_matrix("role"),
        p.code_matrix("case", descendants=True, percent=True),
        [(s.doc, s.code, s.start, s.end, s.coder) for s in p.segments()],
    )


def test_analyses_give_the_same_answers(demo: Project, demo_files: dict[str, Path]) -> None:
    with Project.open(demo_files["plain"]) as plain:
        expected = _analyses(plain)
    # each result carries the second it was made in: the two runs may straddle one
    assert _without_times(_analyses(demo)) == _without_times(expected)


def _without_times(results: tuple[object, ...]) -> str:
    return re.sub(r"created=datetime\.datetime\([^)]*\)", "created=…", repr(results))


def test_importing_into_it(demo: Project, tmp_path: Path) -> None:
    from tests.io.docx_factory import make_docx

    word = make_docx(
        tmp_path,
        ["I: Hoe kwam u bij de duowerking?", f"R: Via de huisarts in {SECRET}."],
        name="karim.docx",
    )
    text = tmp_path / "els.txt"
    text.write_text("I: En u?\nR: Via een vriendin.\n", encoding="utf-8")
    report = demo.import_files([word, text], "participant", "Denderland", "Duo 9")
    assert report.ok, report.failed
    karim = next(d for d in demo.documents() if d.name == "karim")
    assert SECRET in demo.text(karim.id)
    assert [t.interviewer for t in demo.turns(karim.id)] == [True, False]
    if demo.encrypted:
        assert SECRET.encode() not in demo.path.read_bytes()


def test_codings_with_undo_and_redo(demo: Project) -> None:
    before = len(demo.segments())
    doc = demo.documents()[0]
    demo.coder = "Lies"
    demo.add_coding(doc.id, "Verbinding", 0, 5)
    demo.add_coding(doc.id, "Verbinding", 6, 12)
    assert len(demo.segments()) == before + 2
    demo.undo()
    demo.undo()
    assert len(demo.segments()) == before
    demo.redo()
    assert [(s.start, s.end) for s in demo.segments() if s.coder == "Lies"] == [(0, 5)]


def test_merging_a_copy(demo: Project, tmp_path: Path) -> None:
    copy = tmp_path / "lies.duocoder"
    shutil.copyfile(demo.path, copy)  # the same file: the same passphrase, if any
    with Project.open(copy, PASSPHRASE if demo.encrypted else None) as theirs:
        theirs.coder = "Lies"
        theirs.add_coding(theirs.documents()[-1].id, "Verbinding", 0, 4)
    report = demo.merge_projects([copy])
    assert (report.codings_added, len(report.coders_added)) == (1, 1)


def test_no_export_overwrites_an_encrypted_project(tmp_path: Path) -> None:
    """Exports refuse to replace a SQLite file; an encrypted project has no SQLite header,
    so it is recognised as what it is instead (a mistyped -o must not destroy it)."""
    path = _encrypted_project(tmp_path / "study.duocoder")
    backup = backup_path(path, 6)
    shutil.copyfile(path, backup)
    for target in (path, backup):
        with pytest.raises(ValidationError, match="is a database"):
            check_export_target(target)
