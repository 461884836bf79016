"""The import dialog lists one row per file with its own role, case and duo, guessed from
the file name and the first lines, checked before Import is enabled, and says which
document a re-imported file already is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from duocoder.gui.panes.import_table import CASE, DUO, NAME, NOTE, ROLE
from tests.gui.conftest import CARLA


def _open(window, qtbot, files: list[Path]):  # type: ignore[no-untyped-def]
    dialog = window.import_files([str(f) for f in files])
    qtbot.waitUntil(lambda: not dialog.guessing(), timeout=10_000)
    return dialog


def _row(dialog, name: str) -> int:  # type: ignore[no-untyped-def]
    return [Path(p).name for p in dialog.table.paths()].index(name)


def test_three_files_get_their_own_role_case_and_duo(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    marie = tmp_path / "deelnemer_marie.txt"
    marie.write_text("I: Hoe gaat het?\nR: Goed, dank u.\n", encoding="utf-8")
    sofie = tmp_path / "vrijwilliger-duo3.txt"
    sofie.write_text("I: Waarom doet u dit?\nR: Ik wou iets betekenen.\n", encoding="utf-8")
    griet = tmp_path / "interview 7.txt"
    griet.write_text(
        "Interview met Griet, coördinator van Buddywerking Noord\n\n"
        "I: Wat doet de organisatie?\nR: Wij koppelen mensen.\n",
        encoding="utf-8",
    )
    dialog = _open(window, qtbot, [marie, sofie, griet])
    table = dialog.table
    values = {Path(v.path).name: (v.role, v.case, v.duo) for v in table.values()}
    assert {k: (r.value if r else None, c, d) for k, (r, c, d) in values.items()} == {
        "deelnemer_marie.txt": ("participant", None, None),
        "vrijwilliger-duo3.txt": ("volunteer", None, "Duo 3"),
        "interview 7.txt": ("coordinator", "Buddywerking Noord", None),
    }
    r = _row(dialog, "vrijwilliger-duo3.txt")
    assert table.is_guessed(r, ROLE) and table.is_guessed(r, DUO)
    assert table.combo(r, ROLE).font().italic()
    assert "guessed from the file name" in table.combo(r, ROLE).toolTip()
    g = _row(dialog, "interview 7.txt")
    assert "first lines" in table.combo(g, CASE).toolTip()
    assert dialog.start.isEnabled()

    # the researcher confirms: Marie is in duo 3 too, and Griet's document gets her name
    m = _row(dialog, "deelnemer_marie.txt")
    table.combo(m, DUO).setCurrentText("Duo 3")
    assert not table.is_guessed(m, DUO)
    table.item(g, NAME).setText("Griet")
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    project = window.controller.project
    got = {
        d.name: (d.role.value, d.case, d.duo)
        for d in project.documents()
        if d.name not in ("Anja", "Ben")
    }
    assert got == {
        "deelnemer_marie": ("participant", None, "Duo 3"),
        "vrijwilliger-duo3": ("volunteer", None, "Duo 3"),
        "Griet": ("coordinator", "Buddywerking Noord", None),
    }
    assert "3 documents imported" in dialog.summary.toPlainText()
    window.actions_.undo.trigger()  # one step for the batch
    assert sorted(d.name for d in project.documents()) == ["Anja", "Ben"]
    dialog.close()


def test_import_waits_for_a_role_and_a_duo_only_fits_participants(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path
) -> None:
    notes = tmp_path / "notities.txt"
    notes.write_text("I: Vraag?\nR: Antwoord.\n", encoding="utf-8")
    coord = tmp_path / "coordinator duo 3.txt"
    coord.write_text("I: Vraag twee?\nR: Antwoord twee.\n", encoding="utf-8")
    dialog = _open(window, qtbot, [notes, coord])
    table = dialog.table
    n, c = _row(dialog, "notities.txt"), _row(dialog, "coordinator duo 3.txt")
    assert table.values()[n].role is None  # no guess from "notities"
    assert table.values()[c].duo is None  # a coordinator's file names no duo of hers
    assert not dialog.start.isEnabled()
    assert "Choose a role for notities.txt" in dialog.problems.text()

    table.selectRow(n)
    assert dialog.apply.text().replace("&", "") == "Apply to selected rows"
    dialog.role.setCurrentIndex(dialog.role.findData("coordinator"))
    dialog.duo.setCurrentText("Duo 1")
    dialog.apply.click()
    assert table.values()[n].role.value == "coordinator"
    assert table.values()[c].duo is None  # only the selected row changed
    assert not dialog.start.isEnabled()
    assert "Only a participant or a volunteer belongs to a duo" in dialog.problems.text()
    table.combo(n, ROLE).setCurrentIndex(table.combo(n, ROLE).findData("participant"))
    assert dialog.start.isEnabled() and dialog.problems.isHidden()
    dialog.close()


def test_a_file_already_in_the_project_says_which_document_it_is(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path
) -> None:
    first = tmp_path / "Carla.txt"
    first.write_text(CARLA, encoding="utf-8")
    window.controller.project.import_files([first], "participant")
    again = tmp_path / "deelnemer Carla.txt"
    again.write_text(CARLA, encoding="utf-8")
    missing = tmp_path / "weg.txt"
    dialog = _open(window, qtbot, [again, missing])
    note = dialog.table.item(0, NOTE).text()
    assert note == "already in the project as Carla"  # told before importing
    assert dialog.table.item(1, NOTE).text() == "Could not read 'weg.txt': the file does not exist."
    assert not dialog.start.isEnabled()  # "weg" names no role
    dialog.role.setCurrentIndex(dialog.role.findData("participant"))
    dialog.apply.click()  # no row selected: both rows
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    summary = dialog.summary.toPlainText()
    assert "deelnemer Carla.txt: already in the project as ‘Carla’" in summary
    assert "Could not read 'deelnemer Carla.txt'" not in summary
    dialog.close()


def test_the_dialog_fits_a_small_laptop_screen(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = []
    for i in range(30):
        files.append(tmp_path / f"vrijwilliger {i} Buddywerking Noord.txt")
        files[-1].write_text(f"I: Vraag {i}?\nR: Antwoord {i}.\n", encoding="utf-8")
    dialog = _open(window, qtbot, files)
    dialog.show()
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 60  # a taskbar and a title
    assert dialog.minimumSizeHint().height() <= 700
    assert dialog.table.horizontalHeader().length() <= dialog.width()
    assert not dialog.table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    dialog.close()


def test_a_word_file_header_and_italic_questions(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import docx

    document = docx.Document()
    document.add_paragraph("Interview with Anja, volunteer at Buddy Project North")
    for question, answer in (
        ("How did you meet?", "Through the coordinator, two years ago."),
        ("What do you do together?", "We cook and we walk in the park."),
        ("And what is hard?", "The bus is expensive."),
    ):
        document.add_paragraph().add_run(question).italic = True
        document.add_paragraph(answer)
    path = tmp_path / "Interview 12.docx"
    document.save(str(path))
    dialog = _open(window, qtbot, [path])
    [row] = dialog.table.values()
    assert (row.role.value, row.case, row.duo) == ("volunteer", "Buddy Project North", None)
    assert "first lines" in dialog.table.combo(0, ROLE).toolTip()
    dialog.questions.setCurrentIndex(dialog.questions.findData("italic"))
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    project = window.controller.project
    turns = project.turns("Interview 12")
    asked = [project.text("Interview 12")[t.start : t.end] for t in turns if t.interviewer]
    assert asked == ["How did you meet?", "What do you do together?", "And what is hard?"]
    dialog.close()
