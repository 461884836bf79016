"""Exports replace their target only when complete, and never replace a project.

The disk filling up half-way through an export must leave the previous good file exactly
as it was, with no half-written or temporary file beside it; permissions of a replaced file
stay as the researcher set them; and no export lands on the open project, its companion
files, its backups or any other project."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from duocoder.app.project import CodingSpec, Project
from duocoder.domain.errors import DiskFullError, DuoCoderError, ValidationError
from duocoder.nlp.records import FrequencyRow
from tests.helpers import source

OLD = b"the previous good export"
TEXT = "I: Hoe leerden jullie elkaar kennen?\nR: Via de coordinator. Het klikte meteen.\n"

Export = Callable[[Project, Path], object]


@pytest.fixture
def coded(project: Project) -> Project:
    project.add_document("Anna", source(TEXT), "participant", "Samen vzw", "Duo 1")
    start = TEXT.index("Via")
    project.add_codings(
        [CodingSpec("Anna", start, start + 20, "Verbinding/Klik", "Lies")], create_codes=True
    )
    return project


EXPORTS: dict[str, tuple[str, Export]] = {
    "table.xlsx": ("t.xlsx", lambda p, out: p.export_table(p.code_matrix("role"), out)),
    "table.csv": ("t.csv", lambda p, out: p.export_table(p.code_matrix("role"), out)),
    "words.xlsx": (
        "w.xlsx",
        lambda p, out: p.export_word_frequencies([FrequencyRow("", "klik", 1, 1)], out),
    ),
    "words.csv": (
        "w.csv",
        lambda p, out: p.export_word_frequencies([FrequencyRow("", "klik", 1, 1)], out),
    ),
    "quotes.docx": ("q.docx", lambda p, out: p.export_quotes(out)),
    "codebook.docx": ("c.docx", lambda p, out: p.export_codebook(out)),
    "codebook.qdc": ("c.qdc", lambda p, out: p.export_codebook(out)),
}


@pytest.fixture
def disk_full(monkeypatch: pytest.MonkeyPatch) -> Callable[[int], None]:
    """Make the disk fill up part-way through writing a file: CSV and .qdc bytes, and the
    zip containers of .xlsx and .docx, get some bytes on disk and then ENOSPC."""

    def fill(code: int) -> None:
        def write_bytes(self: Path, data: bytes) -> int:
            with self.open("wb") as fh:
                fh.write(data[: len(data) // 2])
            raise OSError(code, os.strerror(code))

        real_writestr = zipfile.ZipFile.writestr
        calls = {"n": 0}

        def writestr(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
            calls["n"] += 1
            if calls["n"] > 2:
                raise OSError(code, os.strerror(code))
            real_writestr(self, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "write_bytes", write_bytes)
        monkeypatch.setattr(zipfile.ZipFile, "writestr", writestr)

    return fill


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_a_full_disk_leaves_the_previous_file_unchanged(
    coded: Project, tmp_path: Path, disk_full: Callable[[int], None], kind: str
) -> None:
    name, export = EXPORTS[kind]
    out = tmp_path / "out" / name
    out.parent.mkdir()
    out.write_bytes(OLD)
    disk_full(errno.ENOSPC)
    with pytest.raises(DiskFullError) as caught:
        export(coded, out)
    assert str(caught.value) == (
        f"The disk is full: '{name}' was not written, and the previous file is unchanged."
    )
    assert out.read_bytes() == OLD
    assert os.listdir(out.parent) == [name]  # no temporary file left behind


@pytest.mark.parametrize("kind", ["table.xlsx", "words.csv", "codebook.qdc"])
def test_a_full_quota_on_a_new_file_leaves_nothing(
    coded: Project, tmp_path: Path, disk_full: Callable[[int], None], kind: str
) -> None:
    name, export = EXPORTS[kind]
    folder = tmp_path / "out"
    folder.mkdir()
    disk_full(errno.EDQUOT)
    with pytest.raises(DiskFullError, match=rf"^The disk is full: '{name}' was not written\.$"):
        export(coded, folder / name)
    assert os.listdir(folder) == []


def test_every_export_keeps_the_permissions_of_the_file_it_replaces(
    coded: Project, tmp_path: Path
) -> None:
    for name, export in EXPORTS.values():
        out = tmp_path / name
        out.write_bytes(OLD)
        out.chmod(0o640)  # shared with the research group, not with everyone
        export(coded, out)
        assert out.read_bytes() != OLD
        assert stat.S_IMODE(out.stat().st_mode) == 0o640, name


def test_every_new_export_gets_the_usual_permissions(coded: Project, tmp_path: Path) -> None:
    old_mask = os.umask(0o022)
    try:
        for name, export in EXPORTS.values():
            export(coded, tmp_path / name)
            # readable by colleagues, as any file the researcher saves (not mkstemp's 0600)
            assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644, name
    finally:
        os.umask(old_mask)


def test_a_read_only_export_is_not_replaced(coded: Project, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    out.write_bytes(OLD)
    out.chmod(0o444)
    with pytest.raises(
        DuoCoderError, match=r"^Could not write 't\.xlsx': the file is read-only\.$"
    ):
        EXPORTS["table.xlsx"][1](coded, out)
    assert out.read_bytes() == OLD


def test_a_folder_that_cannot_be_written_to_is_one_sentence(
    coded: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    real_open = os.open

    def refuse(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT and Path(os.fsdecode(path)).parent == folder:  # type: ignore[arg-type]
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(DuoCoderError) as caught:
        EXPORTS["quotes.docx"][1](coded, folder / "q.docx")
    assert (
        str(caught.value)
        == f"Could not write 'q.docx': the folder '{folder}' cannot be written to."
    )
    assert os.listdir(folder) == []


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_an_export_never_replaces_the_open_project(coded: Project, kind: str) -> None:
    _, export = EXPORTS[kind]
    target = coded.path.with_suffix(Path(EXPORTS[kind][0]).suffix)
    os.link(coded.path, target)  # the project under the export's own file type
    before = coded.path.read_bytes()
    with pytest.raises(ValidationError, match="project"):
        export(coded, target)
    assert coded.path.read_bytes() == before
    assert coded.codes()[0].path == "Verbinding"  # still a working project


@pytest.mark.parametrize(
    "companion", ["test.duocoder", "test.duocoder-wal", "test.duocoder-shm", "test.v1.bak.duocoder"]
)
def test_the_project_its_companions_and_backups_are_refused(coded: Project, companion: str) -> None:
    target = coded.path.parent / companion
    with pytest.raises(ValidationError, match=rf"^'{companion}' is the project's own file"):
        coded.export_table(coded.code_matrix("role"), target)


def test_another_project_is_never_overwritten(coded: Project, tmp_path: Path) -> None:
    Project.create(tmp_path / "collega.duocoder").close()
    other = tmp_path / "collega.xlsx"  # a project under another name
    shutil.copyfile(tmp_path / "collega.duocoder", other)
    before = other.read_bytes()
    with pytest.raises(ValidationError, match=r"^'collega\.xlsx' is a database"):
        coded.export_table(coded.code_matrix("role"), other)
    assert other.read_bytes() == before
    with Project.open(other) as p:
        assert p.codes() == []
