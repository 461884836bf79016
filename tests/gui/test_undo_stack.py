"""Edit ▸ Undo offers exactly what the core can undo and redo, even when another window or
the command line changes the same project in between."""

from __future__ import annotations

from duocoder.app.project import Project


def _stack(window) -> tuple[list[str], int]:  # type: ignore[no-untyped-def]
    stack = window.controller.undo_stack
    return [stack.text(i) for i in range(stack.count())], stack.index()


def test_another_writer_between_two_changes_does_not_make_the_stack_drift(
    window, project_path
) -> None:  # type: ignore[no-untyped-def]
    c = window.controller
    c.run("Add code Eerste", c.project.add_code, "Eerste")
    with Project.open(project_path) as other:  # the command line, as another coder
        other.coder = "Ward"
        other.add_code("Van Ward")
    c.run("Add code Tweede", c.project.add_code, "Tweede")
    assert _stack(window) == (["Add code Eerste", "Add code Tweede"], 2)
    c.undo_stack.undo()
    assert _stack(window) == (["Add code Eerste", "Add code Tweede"], 1)
    c.undo_stack.undo()
    assert not c.project.can_undo and c.undo_stack.index() == 0
    paths = [x.path for x in c.project.codes()]
    assert "Van Ward" in paths and "Eerste" not in paths and "Tweede" not in paths
    c.undo_stack.redo()
    assert "Eerste" in [x.path for x in c.project.codes()]
    assert c.project.history.redo_label == c.undo_stack.redoText() == "Add code Tweede"


def test_a_step_the_same_coder_made_elsewhere_appears_on_the_stack(window, project_path) -> None:  # type: ignore[no-untyped-def]
    c = window.controller
    c.run("Add code Eerste", c.project.add_code, "Eerste")
    with Project.open(project_path) as terminal:  # the same researcher, in a terminal
        terminal.coder = c.project.coder
        terminal.add_code("Uit de terminal")
    c.sync_undo_stack()  # what the window does when it is activated again
    labels, index = _stack(window)
    assert index == 2 and labels[0] == "Add code Eerste"
    assert c.undo_stack.undoText() == c.project.history.undo_label
    c.undo_stack.undo()
    assert "Uit de terminal" not in [x.path for x in c.project.codes()]


def test_a_refused_undo_leaves_the_stack_as_the_core_has_it(
    window, project_path, qtbot, errors
) -> None:  # type: ignore[no-untyped-def]
    c = window.controller
    code = c.run("Add code Eerste", c.project.add_code, "Eerste")
    with Project.open(project_path) as other:
        other.coder = "Ward"
        other.rename_code(code.id, "Eerste (Ward)")
    c.undo_stack.undo()
    assert errors and "was changed since by someone else" in errors[-1]
    qtbot.waitUntil(lambda: c.undo_stack.index() == 1)
    assert c.undo_stack.undoText() == "Add code Eerste"
    assert "Eerste (Ward)" in [x.path for x in c.project.codes()]
