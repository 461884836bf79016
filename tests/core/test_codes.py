"""The code tree: every operation keeps each coding accounted for and can be undone."""

from __future__ import annotations

import pytest

from duocoder.app.project import Project
from duocoder.domain.errors import ValidationError
from tests.helpers import source


@pytest.fixture
def tree(project: Project) -> Project:
    doc = project.add_document("Anna", source("R: " + "woord " * 40), "participant").id
    for path in (
        "Verbinding/Vertrouwensrelatie",
        "Verbinding/Klik",
        "Obstakels/Tijd",
        "Obstakels/Geld",
        "Obstakels/Tijd/Werk",
    ):
        project.ensure_code_path(path)
    for i, path in enumerate(
        [
            "Verbinding/Vertrouwensrelatie",
            "Verbinding/Klik",
            "Obstakels/Tijd",
            "Obstakels/Tijd/Werk",
            "Obstakels/Geld",
            "Verbinding/Klik",
        ]
    ):
        project.add_coding(doc, path, 3 + i * 6, 8 + i * 6, coder="Lies")
    project.history.clear()
    return project


def paths(p: Project) -> list[str]:
    return [c.path for c in p.codes()]


def test_counts_own_and_with_descendants(tree: Project) -> None:
    counts = {c.path: (c.own_count, c.total_count) for c in tree.codes()}
    assert counts["Verbinding"] == (0, 3)
    assert counts["Verbinding/Klik"] == (2, 2)
    assert counts["Obstakels/Tijd"] == (1, 2)


def test_rename_unique_among_siblings_any_unicode(tree: Project) -> None:
    tree.rename_code("Verbinding/Klik", "Klik 🤝 “match”")
    assert "Verbinding/Klik 🤝 “match”" in paths(tree)
    with pytest.raises(ValidationError, match="already a code"):
        tree.rename_code("Verbinding/Klik 🤝 “match”", "vertrouwensrelatie")
    tree.add_code("Klik", "Obstakels")  # the same name under another parent is fine


def test_move_refuses_cycles_and_keeps_codings(tree: Project) -> None:
    with pytest.raises(ValidationError, match="own subtree"):
        tree.move_code("Obstakels", "Obstakels/Tijd/Werk")
    tree.move_code("Obstakels/Tijd", "Verbinding", position=0)
    assert paths(tree)[:4] == [
        "Verbinding",
        "Verbinding/Tijd",
        "Verbinding/Tijd/Werk",
        "Verbinding/Vertrouwensrelatie",
    ]
    assert tree.code("Verbinding").total_count == 5


def test_reorder_siblings(tree: Project) -> None:
    tree.reorder_code("Verbinding/Klik", 0)
    assert paths(tree)[:3] == ["Verbinding", "Verbinding/Klik", "Verbinding/Vertrouwensrelatie"]


def test_merge_moves_codings_collapses_duplicates_and_keeps_memos(tree: Project) -> None:
    doc = tree.documents()[0].id
    tijd = tree.segments(["Obstakels/Tijd"])[0]
    # an exact duplicate of the Tijd coding, on Geld
    tree.add_coding(doc, "Obstakels/Geld", tijd.start, tijd.end, coder="Lies")
    tree.set_memo("code", tree.code("Obstakels/Tijd").id, "Tijdgebrek van de vrijwilliger")
    before = tree.coding_count()
    tree.merge_codes("Obstakels/Tijd", "Obstakels/Geld")
    assert "Obstakels/Tijd" not in paths(tree)
    assert "Obstakels/Geld/Werk" in paths(tree)
    geld = tree.code("Obstakels/Geld")
    assert geld.own_count == 2  # its own + Tijd's, the duplicate collapsed
    assert tree.coding_count() == before - 1
    assert tree.memo("code", geld.id) == "Tijdgebrek van de vrijwilliger"
    tree.undo()
    assert tree.coding_count() == before
    assert tree.code("Obstakels/Tijd").own_count == 1


def test_delete_with_codings_counts_every_coding(tree: Project) -> None:
    total = tree.coding_count()
    removed = tree.delete_code("Obstakels")
    assert removed == 3
    assert tree.coding_count() == total - 3
    assert paths(tree) == ["Verbinding", "Verbinding/Vertrouwensrelatie", "Verbinding/Klik"]
    tree.undo()
    assert tree.coding_count() == total
    assert "Obstakels/Tijd/Werk" in paths(tree)


def test_delete_keeping_children_moves_them_up(tree: Project) -> None:
    total = tree.coding_count()
    removed = tree.delete_code("Obstakels/Tijd", keep_children=True)
    assert removed == 1
    assert "Obstakels/Werk" in paths(tree)
    assert tree.coding_count() == total - 1


def test_recolour_describe_codable_keywords(tree: Project) -> None:
    tree.recolor_code("Verbinding", "#ABC")
    tree.describe_code("Verbinding", " Wanneer toepassen … ")
    tree.set_codable("Verbinding", False)
    tree.set_keywords("Verbinding", ["vertrouwen", "klik", "vertrouwen"])
    code = tree.code("Verbinding")
    assert (code.color, code.description, code.codable, code.keywords) == (
        "#aabbcc",
        "Wanneer toepassen …",
        False,
        ("vertrouwen", "klik"),
    )
    with pytest.raises(ValidationError, match="not a colour"):
        tree.recolor_code("Verbinding", "blauwig")


def test_every_operation_undoes_and_redoes(tree: Project) -> None:
    def state() -> tuple:
        return (
            [(c.path, c.color, c.description, c.codable, c.own_count) for c in tree.codes()],
            [(s.code, s.start) for s in tree.segments()],
        )

    snapshots = [state()]
    tree.rename_code("Verbinding/Klik", "Match")
    tree.recolor_code("Obstakels", "#123456")
    tree.move_code("Obstakels/Geld", None)
    tree.merge_codes("Verbinding/Match", "Verbinding/Vertrouwensrelatie")
    tree.delete_code("Obstakels")
    tree.add_code("Nieuw", description="x")
    snapshots_after = state()
    for _ in range(6):
        tree.undo()
    assert state() == snapshots[0]
    for _ in range(6):
        tree.redo()
    assert state() == snapshots_after


def test_a_category_that_is_not_codable_refuses_codings(tree: Project) -> None:
    tree.set_codable("Obstakels", False)
    doc = tree.documents()[0].id
    with pytest.raises(ValidationError, match="not codable"):
        tree.add_coding(doc, "Obstakels", 0, 2)
    tree.add_coding(doc, "Obstakels/Geld", 0, 2)  # its sub-codes still are
