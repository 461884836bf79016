"""Document ▸ Turn rules…: the labels found with their counts, a live preview that follows
the boxes, and applying the rules as one step that Edit ▸ Undo takes back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from duocoder.gui.panes.turn_rules_dialog import IGNORE, INTERVIEWER, LABEL, TurnRulesDialog
from tests.helpers import source

NAMES = (
    "Interview met Griet\n"
    "Jan: Wat doet de organisatie?\n"
    "Griet: Wij koppelen mensen.\n"
    "Conclusie: vertrouwen is de basis.\n"
    "Jan: En de vrijwilligers?\n"
    "Griet: Ze komen met de fiets.\n"
    "Conclusie: mobiliteit blijft moeilijk.\n"
)


def _griet(window):  # type: ignore[no-untyped-def]
    project = window.controller.project
    with project.labelled("Add Griet"):
        doc = project.add_document("Griet", source(NAMES), "coordinator", "Org A")
    window.controller.sync_undo_stack()
    return doc.id


def _row(dialog: TurnRulesDialog, label: str) -> int:
    labels = [dialog.labels.item(r, LABEL).text() for r in range(dialog.labels.rowCount())]
    return labels.index(label)


def _preview(dialog: TurnRulesDialog) -> list[tuple[str, str]]:
    return [
        (dialog.preview.item(r, 0).text(), dialog.preview.item(r, 1).text())
        for r in range(dialog.preview.rowCount())
    ]


def test_ticking_a_box_updates_the_preview_and_apply_is_one_undo_step(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = _griet(window)
    project = window.controller.project
    window.show_document(doc)
    dialog = window.actions_.turn_rules.trigger() or window.findChild(TurnRulesDialog)
    assert isinstance(dialog, TurnRulesDialog) and dialog.doc_id == doc
    counts = {
        dialog.labels.item(r, LABEL).text(): dialog.labels.item(r, 1).text()
        for r in range(dialog.labels.rowCount())
    }
    assert counts == {"Jan": "2", "Griet": "2", "Conclusie": "2"}
    assert ("Jan", "no") in _preview(dialog)
    assert "none of them the interviewer's" in dialog.preview_note.text()

    # Jan asks the questions; "Conclusie" is a word in the answer, not a speaker
    dialog.labels.item(_row(dialog, "Jan"), INTERVIEWER).setCheckState(Qt.CheckState.Checked)
    dialog.labels.item(_row(dialog, "Conclusie"), IGNORE).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: ("Jan", "yes") in _preview(dialog), timeout=3000)
    assert _preview(dialog) == [("Jan", "yes"), ("Griet", "no"), ("Jan", "yes"), ("Griet", "no")]
    assert project.turns(doc)[0].interviewer is False  # a preview writes nothing
    assert len(project.turns(doc)) == 6

    dialog.apply.click()
    turns = project.turns(doc)
    assert [(t.speaker, t.interviewer) for t in turns] == [
        ("Jan", True),
        ("Griet", False),
        ("Jan", True),
        ("Griet", False),
    ]
    assert project.text(doc)[turns[1].start : turns[1].end].endswith("de basis.")
    assert "Edit ▸ Undo" in dialog.status.text()
    dialog.close()

    window.actions_.undo.trigger()  # one step takes both boxes back
    assert [(t.speaker, t.interviewer) for t in project.turns(doc)] == [
        ("Jan", False),
        ("Griet", False),
        ("Conclusie", False),
        ("Jan", False),
        ("Griet", False),
        ("Conclusie", False),
    ]
    assert project.turn_rules(doc).automatic


def test_apply_to_all_selected_documents(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = _griet(window)
    project = window.controller.project
    anja = project.document("Anja").id
    dialog = TurnRulesDialog(window.controller, doc, [doc, anja], window)
    assert dialog.scope_selected.isVisibleTo(dialog)
    assert dialog.scope_selected.text().replace("&", "") == "All 2 selected documents"
    dialog.labels.item(_row(dialog, "Jan"), INTERVIEWER).setCheckState(Qt.CheckState.Checked)
    dialog.scope_selected.setChecked(True)
    dialog.apply.click()
    assert project.turn_rules(anja).interviewer_labels == ("Jan",)
    assert not any(t.interviewer for t in project.turns(anja))  # Anja's I is no Jan
    assert "2 documents" in window.actions_.undo.text()
    window.actions_.undo.trigger()
    assert project.turn_rules(anja).automatic
    assert any(t.interviewer for t in project.turns(anja))
    dialog.close()


def test_a_document_without_labels_says_what_to_do(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    with project.labelled("Add"):
        doc = project.add_document(
            "Notities", source("Wat een mooie dag.\nWe gingen wandelen.\n"), "participant"
        )
    dialog = TurnRulesDialog(window.controller, doc.id, (), window)
    assert dialog.labels.rowCount() == 0
    assert "No speaker labels were found" in dialog.no_labels.text()
    assert "No turns under these rules." in dialog.preview_note.text()
    assert not dialog.scope_selected.isVisibleTo(dialog)
    dialog.close()


def test_document_properties_show_the_doubts_and_open_the_turn_rules(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from duocoder.gui.panes.document_dialog import DocumentPropertiesDialog

    project = window.controller.project
    unlabelled = "Hoe gaat het?\nGoed.\nEn thuis?\nOok goed.\nEn het werk?\nDruk.\n"
    with project.labelled("Add"):
        doc = project.add_document("Zonder labels", source(unlabelled), "participant").id
    dialog = DocumentPropertiesDialog(
        project.document(doc), [], [], window, controller=window.controller
    )
    assert dialog.doubts.isVisibleTo(dialog)
    assert "The speaker turns may be wrong:" in dialog.doubts.text()
    assert "3 paragraphs end in a question mark" in dialog.doubts.text()
    dialog.turn_rules.click()
    assert isinstance(dialog.rules_dialog, TurnRulesDialog)
    assert dialog.rules_dialog.doc_id == doc
    dialog.rules_dialog.close()
    dialog.close()

    calm = DocumentPropertiesDialog(
        project.document("Anja"), [], [], window, controller=window.controller
    )
    assert "without doubts" in calm.doubts.text()
    calm.close()


def test_italic_questions_chosen_in_the_editor(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import docx

    document = docx.Document()
    for question, answer in (
        ("Hoe hebben jullie elkaar leren kennen?", "Via de coördinator."),
        ("Wat doen jullie samen?", "We koken en wandelen."),
        ("Wat is moeilijk?", "De bus is duur."),
    ):
        document.add_paragraph().add_run(question).italic = True
        document.add_paragraph(answer)
    path = tmp_path / "Sofie.docx"
    document.save(str(path))
    project = window.controller.project
    [info] = project.import_files([path], "volunteer").imported
    window.controller.sync_undo_stack()
    dialog = TurnRulesDialog(window.controller, info.id, (), window)
    dialog.show()
    assert dialog.width() <= 1366 and dialog.height() <= 700  # fits a 1366×768 screen
    assert "No speaker labels were found" in dialog.no_labels.text()
    assert "italic" in dialog.doubts.text()  # the core's doubt names the way out
    dialog.questions.setCurrentIndex(dialog.questions.findData("italic"))
    qtbot.waitUntil(lambda: dialog.preview.rowCount() == 6, timeout=3000)
    assert [dialog.preview.item(r, 1).text() for r in range(6)] == ["yes", "no"] * 3
    assert dialog.preview.item(0, 2).text() == "Hoe hebben jullie elkaar leren kennen?"
    assert "Speakers are marked by: questions set apart by their formatting" in dialog.shape.text()
    dialog.apply.click()
    assert [t.interviewer for t in project.turns(info.id)] == [True, False] * 3
    assert project.turn_rules(info.id).questions == "italic"
    dialog.close()


def test_a_selected_case_offers_all_its_documents(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    doc = _griet(window)  # in Org A with Anja and Ben
    window.show_document(doc)
    pane = window.documents
    qtbot.waitUntil(lambda: pane.proxy.rowCount() == 1)
    case = pane.proxy.index(0, 0)
    pane.tree.selectionModel().select(
        case,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    window.actions_.turn_rules.trigger()
    dialog = window.findChild(TurnRulesDialog)
    assert dialog.doc_id == doc
    assert dialog.scope_selected.text().replace("&", "") == "All 3 selected documents"
    dialog.close()
