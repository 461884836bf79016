"""Places in a team project, enforced by the server: a reader can retrieve and export but
change nothing through any command (nor with psql behind DuoCoder's back), a coder can code,
write memos and undo but not edit the codebook, an owner can give and take places."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import ReadOnlyProjectError, ValidationError
from tests.helpers import run_cli, source
from tests.team import Team

TEXT = (
    "I: Hoe leerde u uw vrijwilliger kennen?\n"
    "R: Via de coördinator. Het klikte meteen… “Echt waar”, zei ze.\n"
    "I: En nu?\n"
    "R: We drinken elke week koffie.\n"
)


@pytest.fixture
def team(postgres_server: Any) -> Iterator[Team]:
    team = Team(postgres_server)
    with Project.create(team.url("anna"), name="Duowerkingen") as p:
        doc = p.add_document("Anja", source(TEXT), "participant", "Org A", "Duo 1")
        p.coder = "Anna"
        p.add_coding(doc.id, "Verbinding/Klik", 3, 30, create_code=True)
        p.coder = "Bram"
        p.add_coding(doc.id, "Verbinding/Klik", 3, 30)
        p.grant("bram", "coder")
        p.grant("chris", "reader")
    yield team


def test_members_and_their_places(team: Team) -> None:
    with Project.open(team.url("anna")) as p:
        assert p.place() == "owner" and not p.read_only
        places = {(m.role, m.place, m.creator) for m in p.members()}
        assert places == {
            ("anna", "owner", True),
            ("bram", "coder", False),
            ("chris", "reader", False),
        }
        p.grant("dirk", "owner")
        p.grant("chris", "coder")  # replaces the reader's place
        assert {m.role: m.place for m in p.members()}["chris"] == "coder"
        p.grant("chris", "reader")
        with pytest.raises(ValidationError, match="no role 'nobody'"):
            p.grant("nobody", "reader")
        with pytest.raises(ValidationError, match="created this project"):
            p.revoke("anna")
    with Project.open(team.url("dirk")) as p:
        assert p.place() == "owner"
        # PostgreSQL lets a grant be taken back by whoever gave it (or the tables' owner)
        with pytest.raises(ValidationError, match="another owner gave it"):
            p.revoke("bram")
    with Project.open(team.url("anna")) as p:
        p.revoke("bram")
        assert "bram" not in {m.role for m in p.members()}
    with Project.open(team.url("dirk")) as p:  # an owner gives and takes places of their own
        p.grant("bram", "coder")
        assert {m.role: m.place for m in p.members()}["bram"] == "coder"
        p.revoke("bram")
    with pytest.raises(ReadOnlyProjectError, match="no place in the team project"):
        Project.open(team.url("bram")).segments()


def test_a_reader_reads_but_the_server_refuses_every_change(team: Team) -> None:
    with Project.open(team.url("chris")) as p:
        assert p.place() == "reader" and p.read_only
        assert [s.code for s in p.segments()] == ["Verbinding/Klik"] * 2
        doc = p.documents()[0].id
        with pytest.raises(ReadOnlyProjectError, match="does not allow changing codings"):
            p.add_coding(doc, "Verbinding/Klik", 40, 50)
        with pytest.raises(ReadOnlyProjectError, match="does not allow changing the codebook"):
            p.add_code("Obstakels")
    # not only DuoCoder: the server itself refuses the reader's SQL
    with (
        psycopg.connect(team.url("chris")) as c,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        c.execute("DELETE FROM codings")


def test_a_coder_codes_writes_memos_and_undoes_but_not_the_codebook(team: Team) -> None:
    with Project.open(team.url("bram")) as p:
        assert p.place() == "coder" and not p.read_only
        p.coder = "Bram"
        doc = p.documents()[0].id
        coding = p.add_coding(doc, "Verbinding/Klik", 40, 60)
        p.set_coding_memo(coding, "‘meteen’ — klik")
        p.set_memo("document", doc, "Eerste ontmoeting via de coördinator.")
        p.undo()  # the document memo
        assert p.memo("document", doc) is None
        with pytest.raises(ReadOnlyProjectError, match="does not allow changing the codebook"):
            p.add_code("Obstakels")
        with pytest.raises(ReadOnlyProjectError, match="does not allow changing documents"):
            p.rename_document(doc, "Anja (deelnemer)")
        assert {s.coder for s in p.segments()} == {"Anna", "Bram"}


WRITES: list[tuple[str, ...]] = [
    ("code", "{p}", "--doc", "Anja", "--start", "40", "--end", "60", "--code", "Verbinding/Klik"),
    ("code", "{p}", "--from", "{csv}"),
    ("import", "{p}", "{txt}", "--role", "volunteer"),
    ("codebook", "import", "{p}", "{csv_codes}"),
    ("uncode", "{p}", "1"),
    ("doc", "rename", "{p}", "Anja", "Anja 2"),
    ("doc", "set", "{p}", "Anja", "--case", "Org B"),
    ("doc", "delete", "{p}", "Anja"),
    ("undo", "{p}", "--coder", "Anna"),
    ("consensus", "{p}", "--coder", "Anna", "--coder", "Bram", "--name", "Samen"),
    ("pseudo", "apply", "{p}", "--key", "{key}"),
]


def test_a_reader_cannot_write_through_any_command(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DUOCODER_KEY_PASSPHRASE", "een lange wachtzin voor de sleutel")
    files = {
        "p": team.url("chris"),
        "csv": tmp_path / "codings.csv",
        "txt": tmp_path / "Jan.txt",
        "csv_codes": tmp_path / "codes.csv",
        "key": tmp_path / "sleutel.age",
    }
    (tmp_path / "codings.csv").write_text("doc,start,end,code\nAnja,40,60,Verbinding/Klik\n")
    (tmp_path / "Jan.txt").write_text("I: Dag Jan.\nR: Dag.\n")
    (tmp_path / "codes.csv").write_text("code\nObstakels\n")
    before = team.tables()
    for command in WRITES:
        args = [a.format(**files) for a in command]
        code, out, err = run_cli(capsys, *args)
        assert code != 0, args
        assert "does not allow" in err or "only read" in err or "no place" in err, (args, err)
        assert "Traceback" not in err
    assert team.tables() == before
    # reading and exporting stay open to a reader
    code, out, _ = run_cli(capsys, "segments", team.url("chris"), "--json")
    assert code == 0 and "Verbinding/Klik" in out


def test_places_by_command(team: Team, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run_cli(capsys, "grant", team.url("anna"), "dirk", "--as", "coder")
    assert code == 0 and "dirk" in out
    code, out, _ = run_cli(capsys, "members", team.url("anna"), "--json")
    assert code == 0 and '"place": "coder"' in out and '"role": "dirk"' in out
    code, _, err = run_cli(capsys, "grant", team.url("chris"), "dirk", "--as", "owner")
    assert code != 0 and "Traceback" not in err  # a reader gives no places
    code, out, _ = run_cli(capsys, "revoke", team.url("anna"), "dirk")
    assert code == 0
    code, _, err = run_cli(capsys, "grant", "/tmp/x.duocoder", "dirk", "--as", "coder")
    assert code != 0
