"""Every earlier format on both engines: a project file of each format opens on a laptop and,
copied up, as a team project with the same documents, codings and undo; and a team project
of an earlier format climbs the server's own upgrade path when its owner opens it, all at
once or not at all, with its members' places carried to what the upgrade added."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from duocoder.app.copying import copy_project
from duocoder.app.project import Project
from duocoder.domain.errors import ProjectFileError, ReadOnlyProjectError
from duocoder.storage import roles, server, server_migrations
from duocoder.storage.fileformat import SCHEMA_VERSION
from tests.helpers import run_cli, source
from tests.old_formats import OLD_FORMATS, old_project
from tests.team import Team


def _contents(p: Project) -> tuple[object, ...]:
    return (
        [(d.name, d.role.value, d.case, d.duo) for d in p.documents()],
        sorted(c.path for c in p.codes()),
        sorted((s.doc, s.code, s.text, s.coder, s.start, s.end) for s in p.segments()),
    )


@pytest.mark.parametrize("version", OLD_FORMATS)
def test_a_file_of_every_earlier_format_opens_on_both_engines(
    tmp_path: Path, postgres_server: Any, version: int
) -> None:
    old = old_project(version, tmp_path / f"v{version}.duocoder")
    original = old.read_bytes()
    address = str(postgres_server.new_database())
    copy_project(old, address)
    assert old.read_bytes() == original  # upgraded in a private copy on the way up
    laptop = tmp_path / "laptop.duocoder"
    laptop.write_bytes(original)
    with Project.open(laptop) as on_file, Project.open(address) as on_server:
        on_file.coder = on_server.coder = "Lies"
        assert _contents(on_server) == _contents(on_file)
        [seg] = on_server.segments()
        assert "😊" in seg.text  # the same code points on both engines
        assert on_server.can_undo == on_file.can_undo == (version >= 4)
        if version >= 4:  # the history recorded by the old format undoes on the server
            on_server.undo()
            assert on_server.segments() == []
        on_server.coder = "Bram"
        doc = on_server.documents()[0].id
        made = on_server.add_coding(doc, "Verbinding/Nieuw", 0, 2, create_code=True)
        assert made in {s.id for s in on_server.segments()}


def test_the_cli_copies_an_old_file_up(
    tmp_path: Path, postgres_server: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    old = old_project(1, tmp_path / "v1.duocoder")
    address = str(postgres_server.new_database()).replace("postgresql+psycopg:", "postgresql:")
    assert run_cli(capsys, "copy", str(old), address)[0] == 0
    code, out, _err = run_cli(capsys, "segments", address, "--json")
    assert code == 0 and "Goed 😊 café" in out


# -- the server's own path --------------------------------------------------------------------

NEW_FORMAT = SCHEMA_VERSION + 1


def _add_coding_marks(conn: Any) -> None:
    """A stand-in next format: a table coders write, with an id sequence."""
    conn.exec_driver_sql(
        "CREATE TABLE coding_marks (id serial PRIMARY KEY, coding_id integer NOT NULL "
        "REFERENCES codings (id) ON DELETE CASCADE, mark text NOT NULL)"
    )
    roles.extend_places(conn, "coding_marks")


@pytest.fixture
def team(postgres_server: Any) -> Iterator[Team]:
    team = Team(postgres_server)
    with Project.create(team.url("anna"), name="Duowerkingen") as p:
        doc = p.add_document("Anja", source("I: Hoe gaat het?\nR: Goed 😊 café."), "participant")
        p.coder = "Anna"
        p.add_coding(doc.id, "Verbinding", 20, 27, create_code=True)
        p.grant("bram", "coder")
        p.grant("chris", "reader")
        p.grant("dirk", "owner")
    yield team


@pytest.fixture
def next_format(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    """This DuoCoder, as a later version with one more format would be."""
    monkeypatch.setattr(server, "SCHEMA_VERSION", NEW_FORMAT)
    monkeypatch.setitem(server_migrations.SERVER_MIGRATIONS, SCHEMA_VERSION, _add_coding_marks)
    monkeypatch.setattr(roles, "CODER_TABLES", roles.CODER_TABLES | {"coding_marks"})


def _format(team: Team) -> int:
    with team._admin(team.database) as c:
        row = c.execute("SELECT max(version) FROM duocoder_format").fetchone()
        assert row is not None
        return int(row[0])


def _has_marks(team: Team) -> bool:
    with team._admin(team.database) as c:
        return c.execute("SELECT to_regclass('coding_marks')").fetchone() != (None,)


def _as(team: Team, role: str, sql: str) -> None:
    with psycopg.connect(team.url(role), autocommit=True) as c:
        c.execute(sql)  # type: ignore[arg-type]


@pytest.mark.usefixtures("next_format")
def test_only_the_creator_upgrades_and_every_member_keeps_their_place(team: Team) -> None:
    for role in ("bram", "chris", "dirk"):  # a coder, a reader, an owner by grant
        with pytest.raises(ProjectFileError) as refused:
            Project.open(team.url(role))
        assert str(refused.value) == (
            f"The team project {team.url(role)} has format {SCHEMA_VERSION} and must be "
            f"upgraded to format {NEW_FORMAT} before this version can open it: ask the owner "
            "who created it (anna) to open it once with this version."
        )
    assert _format(team) == SCHEMA_VERSION and not _has_marks(team)

    with Project.open(team.url("anna")) as p:
        assert [s.text for s in p.segments()] == ["Goed 😊 "]
    assert _format(team) == NEW_FORMAT and _has_marks(team)
    mark = "INSERT INTO coding_marks (coding_id, mark) SELECT min(id), 'stil' FROM codings"
    _as(team, "bram", mark)  # a coder writes what the new format added
    _as(team, "dirk", mark)
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _as(team, "chris", mark)  # a reader still only reads
    _as(team, "chris", "SELECT count(*) FROM coding_marks")
    with Project.open(team.url("bram")) as p:  # the upgraded project opens for everyone
        p.coder = "Bram"
        p.add_coding(p.documents()[0].id, "Verbinding", 20, 24)
        p.undo()  # recorded by the triggers the upgrade renewed
        assert [s.coder for s in p.segments()] == ["Anna"]


def test_a_failed_upgrade_leaves_the_project_as_it_was(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    def half_done(conn: Any) -> None:
        _add_coding_marks(conn)
        raise RuntimeError("the disk of the server filled up")

    monkeypatch.setattr(server, "SCHEMA_VERSION", NEW_FORMAT)
    monkeypatch.setitem(server_migrations.SERVER_MIGRATIONS, SCHEMA_VERSION, half_done)
    with pytest.raises(ProjectFileError) as failed:
        Project.open(team.url("anna"))
    assert str(failed.value) == (
        f"The team project {team.url('anna')} could not be upgraded to format {NEW_FORMAT} "
        "(the disk of the server filled up); it was left unchanged."
    )
    assert _format(team) == SCHEMA_VERSION and not _has_marks(team)
    monkeypatch.setattr(server, "SCHEMA_VERSION", SCHEMA_VERSION)
    with Project.open(team.url("anna")) as p:  # this version still opens it as before
        assert [s.text for s in p.segments()] == ["Goed 😊 "]


def test_a_format_without_a_server_path_is_refused_in_one_sentence(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server, "SCHEMA_VERSION", NEW_FORMAT)
    with pytest.raises(ProjectFileError, match="cannot upgrade on the server: copy it to a file"):
        Project.open(team.url("anna"))
    assert _format(team) == SCHEMA_VERSION


def test_an_older_duocoder_left_open_reads_on_but_changes_nothing_after_an_upgrade(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bram's DuoCoder stays open while Anna opens the project with a newer one, which
    upgrades it: Bram's next change would write to a schema his version does not know."""
    with Project.open(team.url("bram")) as old:
        old.coder = "Bram"
        doc = old.documents()[0].id
        old.add_coding(doc, "Verbinding", 20, 24)  # before the upgrade, as usual
        with monkeypatch.context() as newer:
            newer.setattr(server, "SCHEMA_VERSION", NEW_FORMAT)
            newer.setitem(server_migrations.SERVER_MIGRATIONS, SCHEMA_VERSION, _add_coding_marks)
            newer.setattr(roles, "CODER_TABLES", roles.CODER_TABLES | {"coding_marks"})
            Project.open(team.url("anna")).close()
        assert _format(team) == NEW_FORMAT
        with pytest.raises(ReadOnlyProjectError) as refused:
            old.add_coding(doc, "Verbinding", 25, 30)
        assert str(refused.value) == (
            f"The team project {team.url('bram')} was upgraded to a newer DuoCoder (format "
            f"{NEW_FORMAT}) by anna; update DuoCoder to go on changing it (you can still "
            "read it)."
        )
        assert old.read_only  # the window stops offering changes
        with pytest.raises(ReadOnlyProjectError):
            old.undo()
        assert sorted(s.coder for s in old.segments()) == ["Anna", "Bram"]  # still reads


def test_a_format_7_team_project_climbs_to_linked_recordings(team: Team, tmp_path: Path) -> None:
    """The real step 7 → 8: the recording tables appear, coders may link, readers read."""
    with team._admin(team.database) as c:
        c.execute("DROP TABLE sync_marks")
        c.execute("DROP TABLE recordings")
        c.execute("UPDATE duocoder_format SET version = 7")
    with Project.open(team.url("anna")) as p:
        assert p.recordings() == []
    assert _format(team) == SCHEMA_VERSION == 8
    wav = tmp_path / "anja.wav"
    wav.write_bytes(b"RIFF" + bytes(4000))
    with Project.open(team.url("bram")) as p:
        p.coder = "Bram"
        doc = p.documents()[0].id
        p.link_recording(doc, wav)
        p.set_sync_mark(doc, p.turns(doc)[0].start, 1.5)
        p.undo()  # recorded by the triggers the climb renewed
        assert p.sync_marks(doc) == {}
    with Project.open(team.url("chris")) as p:
        # the server keeps the file name; this computer keeps where it lies
        assert [(r.stored, r.path) for r in p.recordings()] == [("anja.wav", wav)]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):
        _as(team, "chris", "DELETE FROM recordings")
