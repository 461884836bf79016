"""Coders: their colours, the session's coder on every coding and memo, and who last changed
a coding when."""

from __future__ import annotations

from pathlib import Path

import pytest

from duocoder.app.coders import CODER_PALETTE, default_coder_color
from duocoder.app.project import CodingSpec, Project
from duocoder.app.queries.codes import PALETTE
from duocoder.domain.errors import ValidationError
from tests.helpers import source

TEXT = "I: Hoe gaat het?\nR: Goed, ik vertrouw Ben volledig. Mijn familie komt vaak.\n"


@pytest.fixture
def project(tmp_path: Path) -> Project:
    p = Project.create(tmp_path / "c.duocoder", language="nl")
    p.add_document("Anja", source(TEXT), "participant")
    p.add_code("Verbinding")
    p.add_code("Vertrouwen", "Verbinding")
    p.history.clear()
    p.coder = "Lies"
    return p


def test_set_coder_creates_then_recolours_each_in_one_undo_step(project: Project) -> None:
    lies = project.set_coder("  Lies  ", "#AA00cc")
    assert (lies.name, lies.color) == ("Lies", "#aa00cc")
    project.set_coder("Lies", "#123456")
    assert [(c.name, c.color) for c in project.coders()] == [("Lies", "#123456")]
    project.undo()
    assert [c.color for c in project.coders()] == ["#aa00cc"]
    project.undo()
    assert project.coders() == []


def test_keep_color_leaves_a_chosen_colour_and_fills_a_missing_one(project: Project) -> None:
    project.set_coder("Lies", "#123456")
    project.set_coder("Lies", "#abcdef", keep_color=True)
    assert project.coders()[0].color == "#123456"
    project.add_coder("Tom")
    project.set_coder("Tom", "#abcdef", keep_color=True)
    assert {c.name: c.color for c in project.coders()}["Tom"] == "#abcdef"


@pytest.mark.parametrize(
    ("name", "color", "message"),
    [
        ("   ", None, "needs a name"),
        ("x" * 201, None, "at most 200 characters; this one has 201"),
        ("Lies", "blauw", "#RRGGBB"),
    ],
)
def test_set_coder_refuses_bad_names_and_colours(
    project: Project, name: str, color: str | None, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        project.set_coder(name, color)
    assert project.coders() == [] and not project.can_undo


def test_a_coder_without_a_colour_gets_a_stable_one_from_their_name(project: Project) -> None:
    project.add_coder("Tom")
    [tom] = project.coders()
    assert tom.color == default_coder_color("Tom") == default_coder_color(" tom ")
    assert tom.color in CODER_PALETTE and not set(CODER_PALETTE) & set(PALETTE)
    names = ["Lies", "Tom", "An", "Jef", "Sara", "Noor", "Ahmed", "Els"]
    assert len({default_coder_color(n) for n in names}) > 3  # spread over the palette


def test_coders_who_chose_no_colour_never_look_alike(project: Project) -> None:
    # names whose own colours collide: the second and third move on along the palette
    by_color: dict[str, list[str]] = {}
    for n in (f"Codeur {i}" for i in range(60)):
        by_color.setdefault(default_coder_color(n), []).append(n)
    same = next(names for names in by_color.values() if len(names) >= 3)[:3]
    for name in same:
        project.add_coder(name)
    project.set_coder("Lies", default_coder_color(same[0]))  # chosen: hers to keep
    shown = {c.name: c.color for c in project.coders()}
    assert len(set(shown.values())) == 4
    assert shown["Lies"] == default_coder_color(same[0])
    assert shown == {c.name: c.color for c in project.coders()}  # stable


def test_coders_count_their_codings(project: Project) -> None:
    project.add_coding("Anja", "Verbinding/Vertrouwen", 20, 24)
    project.add_coding("Anja", "Verbinding/Vertrouwen", 20, 24, coder="Tom")
    project.add_coding("Anja", "Verbinding", 29, 37)
    assert {c.name: c.codings for c in project.coders()} == {"Lies": 2, "Tom": 1}


def test_every_coding_and_memo_carries_the_sessions_coder(project: Project) -> None:
    project.add_coding("Anja", "Verbinding", 20, 24)
    project.add_codings([CodingSpec("Anja", 29, 37, "Verbinding")])
    project.apply_codings([CodingSpec("Anja", 38, 50, "Verbinding")])
    project.add_coding("Anja", "Verbinding", 20, 24, coder="Tom")  # named: that coder
    assert [s.coder for s in project.segments()] == ["Lies", "Tom", "Lies", "Lies"]
    project.set_memo("project", None, "Eerste indruk")
    doc = project.documents()[0]
    project.set_memo("document", doc.id, "Open gesprek")
    assert {m.coder for m in project.memos()} == {"Lies"}


def test_a_change_of_a_coding_records_when_and_by_whom(project: Project) -> None:
    cid = project.add_coding("Anja", "Verbinding", 20, 24)
    [seg] = project.segments()
    assert seg.changed_at is None and seg.changed_by is None
    project.coder = "Tom"
    project.recode(cid, "Verbinding/Vertrouwen")
    [seg] = project.segments()
    assert seg.coder == "Lies" and seg.changed_by == "Tom"
    assert seg.changed_at is not None and seg.changed_at >= seg.created_at
    first = seg.changed_at
    project.coder = "An"
    project.set_coding_span(cid, 20, 28)
    project.set_coding_memo(cid, "twijfel")
    [seg] = project.segments()
    assert seg.changed_by == "An" and seg.changed_at is not None and seg.changed_at >= first
    assert project.coding_changes()[cid][1] == "An"
    project.undo()
    project.undo()
    assert project.segments()[0].changed_by == "Tom"  # undo takes the record back too
    project.coder = "Tom"
    project.undo()
    assert project.segments()[0].changed_at is None and project.coding_changes() == {}


def test_a_change_that_changes_nothing_records_nothing(project: Project) -> None:
    cid = project.add_coding("Anja", "Verbinding", 20, 24)
    project.recode(cid, "Verbinding")
    project.set_coding_span(cid, 20, 24)
    project.set_coding_memo(cid, "  ")
    assert project.coding_changes() == {}


def test_removing_a_coder_free_coding_keeps_the_change_table_consistent(
    project: Project,
) -> None:
    cid = project.add_coding("Anja", "Verbinding", 20, 24)
    project.recode(cid, "Verbinding/Vertrouwen")
    project.remove_coding(cid)
    assert project.coding_changes() == {}
    project.undo()
    assert project.coding_changes()[cid][1] == "Lies"


def test_the_sessions_coder_gets_their_colour_with_their_first_coding(project: Project) -> None:
    project.coder_color = "#0E7490"
    project.add_coding("Anja", "Verbinding", 20, 24, coder="Tom")  # another coder: no colour
    assert {c.name: c.color for c in project.coders()} == {"Tom": default_coder_color("Tom")}
    project.add_coding("Anja", "Verbinding", 29, 37)
    assert {c.name: c.color for c in project.coders()}["Lies"] == "#0e7490"
    project.coder_color = "#123456"  # a colour already in the project is not overruled
    project.add_coding("Anja", "Verbinding", 38, 50)
    assert {c.name: c.color for c in project.coders()}["Lies"] == "#0e7490"
    project.undo()
    project.undo()
    assert {c.name for c in project.coders()} == {"Tom"}  # coder and colour undone together
