"""Pseudonymising a team project leaves no original name in the server's tables: PostgreSQL
keeps an updated row's old version (and its bytes) in the table's pages until VACUUM FULL
writes the table anew, so the tables' raw pages are searched, not only their rows. Only the
tables' owner can do that; anyone else is told who can finish it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import psycopg
import pytest

from duocoder.app.project import Project
from duocoder.storage import compaction
from tests.helpers import run_cli, source
from tests.recordings import write_wav
from tests.team import Team

NAMES = ("Sofie", "Marleen")
TEXT = (
    "I: Hoe gaat het met Sofie?\nAnja: Sofie lacht weer. Marleen belt soms om te horen hoe "
    "het gaat.\nI: En met jou?\nAnja: Goed, dank je."
)


@pytest.fixture(autouse=True)
def blank_language_model(monkeypatch: pytest.MonkeyPatch) -> None:
    from duocoder.nlp.pipeline import ENV_MODEL

    monkeypatch.setenv(ENV_MODEL, "blank")


def _study(address: str, folder: Path) -> None:
    """With a recording whose file name names both, as recorders' files often do."""
    recording = write_wav(folder / "Sofie en Marleen 2026-03-02.wav", 0.2)
    with Project.create(address) as p:
        p.coder = "Lies"
        p.set_privacy_names(NAMES)
        doc = p.add_document("Interview vrijwilliger", source(TEXT), "volunteer", "Org", "Duo 3")
        p.link_recording(doc.id, recording)
        start = TEXT.index("Sofie lacht")
        p.add_coding(doc.id, "Verbinding", start, start + 16, create_code=True)
        p.set_coding_memo(p.segments()[0].id, "Marleen ziet Sofie graag")
        groups = {c.group for c in p.identifier_candidates()}
        names = {g for g in groups if g.split("|")[-1] in {n.casefold() for n in NAMES}}
        p.accept_candidates(sorted(names))
        if groups - names:
            p.reject_candidates(sorted(groups - names))


def _pages(team: Team) -> bytes:
    """Every raw page of every table of the project, with their TOAST tables and indexes:
    what someone with the server's files could read, dead row versions included."""
    with team._admin(team.database) as c:
        c.execute("CREATE EXTENSION IF NOT EXISTS pageinspect")
        relations = [
            r[0]
            for r in c.execute(
                "SELECT c.oid::regclass::text FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname IN ('public', 'pg_toast') AND c.relkind IN ('r', 't', 'i') "
                "AND c.relam IN (0, 2, (SELECT oid FROM pg_am WHERE amname = 'heap'), "
                "(SELECT oid FROM pg_am WHERE amname = 'btree'))"
            ).fetchall()
        ]
        data = bytearray()
        for relation in relations:
            size = c.execute("SELECT pg_relation_size(%s::regclass)", (relation,)).fetchone()
            assert size is not None
            for block in range(int(size[0]) // 8192):
                page = c.execute("SELECT get_raw_page(%s, %s)", (relation, block)).fetchone()
                assert page is not None
                data += bytes(page[0])
        return bytes(data)


def _names_in(data: bytes) -> set[str]:
    return {n for n in NAMES if n.encode() in data}


def test_the_creator_leaves_no_original_in_the_servers_pages(
    postgres_server: Any, tmp_path: Path
) -> None:
    team = Team(postgres_server)
    _study(team.url("anna"), tmp_path)
    assert _names_in(_pages(team)) == set(NAMES)
    with Project.open(team.url("anna")) as p:
        report = p.pseudonymise(tmp_path / "studie.key.age", "geheim wachtwoord")
        assert report.documents == 1 and report.compacted
        assert "Sofie" not in p.text(p.documents()[0].id)
        info = p.recording(p.documents()[0].id)
        assert info is not None and not _names_in(info.stored.encode())
    assert _names_in(_pages(team)) == set()


def test_without_vacuum_full_the_old_versions_would_stay(
    postgres_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the test above guards against, shown: the rows are replaced, the pages are not."""
    monkeypatch.setattr(compaction, "_vacuum_full", lambda engine: True)
    team = Team(postgres_server)
    _study(team.url("anna"), tmp_path)
    with Project.open(team.url("anna")) as p:
        p.pseudonymise(tmp_path / "studie.key.age", "geheim wachtwoord")
    assert _names_in(_pages(team))


def test_an_owner_by_grant_is_told_who_finishes_and_the_creator_does(
    postgres_server: Any,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    team = Team(postgres_server)
    _study(team.url("anna"), tmp_path)
    with Project.open(team.url("anna")) as p:
        p.grant("dirk", "owner")
    key = tmp_path / "studie.key.age"
    monkeypatch.setenv("DUOCODER_KEY_PASSPHRASE", "geheim wachtwoord")
    code, out, _err = run_cli(capsys, "pseudo", "apply", team.url("dirk"), "--key", str(key))
    assert code == 0, out
    assert (
        f"The server still keeps the replaced rows' old versions of {team.url('dirk')} in its "
        "tables: the team project's creator removes them by running this again (nothing "
        "more is replaced), or the server's administrator with VACUUM FULL."
    ) in out
    assert _names_in(_pages(team))
    with Project.open(team.url("anna")) as p:
        report = p.pseudonymise(key, "geheim wachtwoord")  # nothing more to replace
        assert report.documents == 0 and report.compacted
    assert _names_in(_pages(team)) == set()
    with psycopg.connect(team.url("anna")) as c:  # the project itself is intact
        row = c.execute("SELECT count(*) FROM codings").fetchone()
        assert row == (1,)
