"""Team projects on a real PostgreSQL server: created, opened, coded and undone like a
project file; copied up from a laptop file and back down with identical tables; addresses
with a password, unreachable servers and foreign databases refused in one sentence."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, select

from duocoder.app.copying import copy_project
from duocoder.app.project import Project
from duocoder.domain.errors import ProjectFileError, ValidationError
from duocoder.storage.database import open_project_copy
from duocoder.storage.models import Base
from duocoder.storage.server import open_server_project
from tests.helpers import run_cli, source

ANJA = (
    "Interview met de deelnemer\n"
    "I: Hoe leerde u uw vrijwilliger kennen?\n"
    "R: Via de coördinator. Het klikte meteen… “Echt waar”, zei ze.\n"
    "I: En nu?\n"
    "R: We drinken elke week koffie.\n"
)


@pytest.fixture
def server_address(postgres_server) -> str:  # type: ignore[no-untyped-def]
    return str(postgres_server.new_database())


def _study(project: Project) -> None:
    """A small but complete study: two documents, nested codes, overlapping codings by two
    coders, a memo, an undo step and the language settings."""
    anja = project.add_document("Anja", source(ANJA), "participant", "Org A", "Duo 1")
    project.add_document(
        "Griet", source("I: Wat doet u?\nR: Ik koppel duo's."), "coordinator", "Org A"
    )
    text = project.text(anja.id)
    start = text.index("Het klikte")
    project.coder = "Lies"
    project.add_coding(anja.id, "Verbinding", 0, 9, create_code=True)  # makes the codes
    project.add_coding(anja.id, "Verbinding/Klik", start, start + 18, create_code=True)
    project.coder = "Bram"
    project.add_coding(anja.id, "Verbinding", start - 5, start + 30)
    project.coder = "Anna"
    project.set_memo("document", anja.id, "Klik bij de eerste ontmoeting — ‘meteen’.")


def _codes(project: Project, doc: str = "Anja") -> list[str]:
    return [seg.code for seg in project.segments(documents=[doc])]


def _tables(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every table of the models, row for row, in primary-key order."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            order = list(table.primary_key.columns) or list(table.columns)
            rows = conn.execute(select(table).order_by(*order)).all()
            out[table.name] = [tuple(_plain(v) for v in row) for row in rows]
    return out


def _plain(value: object) -> object:
    # SQLite keeps microseconds as written and no time zone: compare what people see
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, memoryview):
        return bytes(value)
    return value


def test_a_team_project_is_created_coded_reopened_and_undone(server_address: str) -> None:
    with Project.create(server_address, language="nl", name="Duowerkingen") as p:
        assert p.on_server and p.path is None
        assert "password" not in p.address and p.address.startswith("postgresql://")
        _study(p)
        assert sorted(_codes(p)) == ["Verbinding", "Verbinding", "Verbinding/Klik"]
    with Project.open(server_address) as p:
        assert p.name == "Duowerkingen" and p.language == "nl"
        anja = p.document("Anja")
        text = p.text(anja.id)
        assert "“Echt waar”" in text and "coördinator" in text  # code points intact
        klik = next(seg for seg in p.segments(documents=["Anja"]) if seg.code.endswith("Klik"))
        assert klik.text == text[klik.start : klik.end] == "Het klikte meteen…"[:18]
        # undo is per coder: Lies's undo takes her coding, not Bram's later one
        p.coder = "Lies"
        p.undo()
        assert _codes(p) == ["Verbinding", "Verbinding"]
        p.redo()
        assert len(_codes(p)) == 3


def test_copy_up_and_back_down_gives_identical_tables(tmp_path: Path, server_address: str) -> None:
    laptop = tmp_path / "laptop.duocoder"
    with Project.create(laptop, language="nl") as p:
        _study(p)
    up = copy_project(laptop, server_address)
    assert up.rows["codings"] == 3 and up.rows["documents"] == 2
    back = tmp_path / "snapshot.duocoder"
    copy_project(server_address, back)
    first, server, second = (
        open_project_copy(laptop),
        open_server_project(server_address),
        open_project_copy(back),
    )
    try:
        original = _tables(first)
        assert _tables(server) == original
        assert _tables(second) == original
    finally:
        for engine in (first, server, second):
            engine.dispose()
    # the copy keeps working: a new coding on the server gets a fresh id, and the
    # laptop's undo history came along
    with Project.open(server_address) as p:
        p.coder = "Bram"
        made = p.add_coding("Anja", "Verbinding", 10, 19)
        assert made > max(seg.id for seg in p.segments(documents=["Anja"]) if seg.id != made)
        p.undo()  # the new coding
        p.undo()  # Bram's coding made on the laptop
        assert sorted(_codes(p)) == ["Verbinding", "Verbinding/Klik"]


def test_copy_refuses_a_database_that_is_not_empty(tmp_path: Path, server_address: str) -> None:
    laptop = tmp_path / "laptop.duocoder"
    with Project.create(laptop) as p:
        _study(p)
    copy_project(laptop, server_address)
    with pytest.raises(ProjectFileError, match="not empty"):
        copy_project(laptop, server_address)
    with pytest.raises(ValidationError, match="differ"):
        copy_project(laptop, str(laptop))


def test_addresses_are_checked_in_one_sentence(postgres_server) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ProjectFileError, match="must not contain its password") as caught:
        Project.open("postgresql://lies:geheim@127.0.0.1/study")
    assert "geheim" not in str(caught.value)
    # an empty database holds no project
    with pytest.raises(ProjectFileError, match="holds no DuoCoder project"):
        Project.open(postgres_server.new_database())
    # nobody listens on this port
    with pytest.raises(ProjectFileError, match="cannot be reached"):
        Project.open("postgresql://postgres@127.0.0.1:1/study")


def test_another_programs_database_is_never_taken_over(postgres_server) -> None:  # type: ignore[no-untyped-def]
    address = postgres_server.new_database()
    engine = create_engine(address)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE payroll (id integer)")
    engine.dispose()
    with pytest.raises(ProjectFileError, match="not empty"):
        Project.create(address)


def test_the_cli_creates_copies_and_lists_a_team_project(
    tmp_path: Path, postgres_server, capsys
) -> None:  # type: ignore[no-untyped-def]
    server_address = postgres_server.new_database()
    laptop = tmp_path / "laptop.duocoder"
    with Project.create(laptop) as p:
        _study(p)
    code, out, err = run_cli(capsys, "copy", str(laptop), server_address, "--json")
    assert code == 0, err
    import json

    report = json.loads(out)
    assert report["rows"]["documents"] == 2 and report["target"].startswith("postgresql://")
    code, out, err = run_cli(capsys, "docs", server_address, "--json")
    assert code == 0, err
    assert sorted(d["name"] for d in json.loads(out)) == ["Anja", "Griet"]
    code, _out, err = run_cli(capsys, "new", server_address)
    assert code != 0 and "not empty" in err
    fresh = postgres_server.new_database()
    code, out, err = run_cli(capsys, "new", fresh, "--language", "en", "--name", "Study")
    assert code == 0, err
    with Project.open(fresh) as p:
        assert p.name == "Study" and p.language == "en" and p.documents() == []


_ROW_LEVEL_RECORDING = """
CREATE OR REPLACE FUNCTION duocoder_rowlog() RETURNS trigger AS $$
BEGIN
  IF to_regclass('pg_temp.duocoder_rowlog') IS NOT NULL THEN
    INSERT INTO pg_temp.duocoder_rowlog(tbl, before, after) VALUES (
      TG_TABLE_NAME,
      CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END,
      CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END);
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$ LANGUAGE plpgsql
"""
"""The recording of the first team projects: one row-level trigger function."""


def _triggers(address: str) -> set[tuple[str, str]]:
    """(trigger, 'ROW' or 'STATEMENT') of every recording trigger on the codings table."""
    import psycopg

    url = address.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as conn:
        rows = conn.execute(
            "SELECT trigger_name, action_orientation FROM information_schema.triggers "
            "WHERE event_object_table = 'codings'"
        ).fetchall()
    return {(str(name), str(kind)) for name, kind in rows}


def test_a_project_made_with_row_level_recording_is_upgraded_on_opening(
    server_address: str,
) -> None:
    import psycopg

    with Project.create(server_address) as project:
        _study(project)
    # put back the triggers an earlier version made: one row-level function for all events
    url = server_address.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url) as conn:
        conn.execute("DROP FUNCTION duocoder_rowlog_set() CASCADE")
        conn.execute(_ROW_LEVEL_RECORDING)  # type: ignore[arg-type]
        conn.execute(
            "CREATE TRIGGER rowlog_codings_ins AFTER INSERT OR UPDATE ON codings "
            "FOR EACH ROW EXECUTE FUNCTION duocoder_rowlog()"
        )
    assert ("rowlog_codings_ins", "ROW") in _triggers(server_address)
    with Project.open(server_address) as project:
        assert {kind for _name, kind in _triggers(server_address)} == {"STATEMENT"}
        project.coder = "Lies"
        before = _codes(project)
        anja = project.documents()[0].id
        project.add_coding(anja, "Verbinding/Klik", 0, 9)
        project.undo()  # recorded by the new triggers and undone exactly
        assert _codes(project) == before
    with Project.open(server_address) as project:  # a second opening changes nothing more
        assert len(_triggers(server_address)) == 3
