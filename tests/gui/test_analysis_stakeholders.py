"""Analysis ▸ Stakeholder comparison: one code in three columns, interviewer words left out,
a passage opens in the transcript."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.gui.analysis_helpers import open_from_menu, settle
from tests.gui.helpers import select_text


def _column(view, index: int) -> list[str]:  # type: ignore[no-untyped-def]
    passages = view.lists[index]
    return [passages.item(i).text() for i in range(passages.count())]


def test_one_code_in_the_three_perspectives(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = analysis_window
    project = window.controller.project
    window.codes.select_code(project.code("Verbinding/Vertrouwen").id)
    view = open_from_menu(window, qtbot, "stakeholders")
    assert view.code.currentText() == "Verbinding ▸ Vertrouwen"  # the code of the tree
    assert _column(view, 0) == ["Vertrouwen is de basis van elk duo\n— Griet"]
    assert _column(view, 1) == [
        "ik vertrouw Ben volledig\n— Anja",
        "Ik vertrouw mijn maatje\n— Carla",
    ]
    assert _column(view, 2) == ["Mijn vader was eenzaam\n— Ben"]
    assert [h.text().split("</b> ")[1] for h in view.headings] == [
        "(1 passage)",
        "(2 passages)",
        "(1 passage)",
    ]
    core = project.stakeholder_comparison("Verbinding/Vertrouwen", descendants=True)
    assert [len(c) for c in core.columns] == [1, 2, 1]
    assert "one code in the three perspectives" in view.definition.toPlainText()


def test_interviewer_words_are_left_out_and_a_click_opens_the_passage(
    analysis_window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = analysis_window
    project = window.controller.project
    # a coding across the interviewer's question "En uw familie?"
    select_text(window.transcript, "Het café is dicht")
    cursor = window.transcript.textCursor()
    end = window.transcript.document().toPlainText().index("komt vaak langs")
    from tests.gui.helpers import _utf16

    cursor.setPosition(
        _utf16(window.transcript.document().toPlainText(), end), cursor.MoveMode.KeepAnchor
    )
    window.transcript.setTextCursor(cursor)
    window.coding.apply_code(project.code("Context/Mobiliteit").id)
    view = open_from_menu(window, qtbot, "stakeholders")
    view.set_code(project.code("Context/Mobiliteit").id)
    settle(view, qtbot)
    participant = _column(view, 1)
    assert participant[0].startswith(
        "Het café is dicht, maar ik vertrouw Ben volledig. […] Mijn familie"
    )
    assert not any("En uw familie" in p for p in participant)
    # another document is on screen; a click on Griet's passage shows it in her transcript
    griet = view.lists[0]
    rect = griet.visualItemRect(griet.item(0))
    QTest.mouseClick(griet.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.transcript.doc_id == project.document("Griet").id
    assert window.transcript.textCursor().selectedText() == "mobiliteit blijft moeilijk"


def test_type_to_filter_and_the_code_of_the_tree(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = analysis_window
    project = window.controller.project
    view = open_from_menu(window, qtbot, "stakeholders")
    completer = view.code.completer()
    completer.setCompletionPrefix("vertr")
    found = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert found == ["Verbinding ▸ Vertrouwen"]
    window.codes.select_code(project.code("Verbinding/Klik").id)
    view.use_tree.click()
    settle(view, qtbot)
    assert view.code.currentText() == "Verbinding ▸ Klik"
    assert [len(_column(view, i)) for i in range(3)] == [1, 2, 1]


def test_one_duo_with_the_coordinator_of_its_case(analysis_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "stakeholders")
    view.set_code(analysis_window.controller.project.code("Verbinding/Vertrouwen").id)
    view.filters.duo.setCurrentIndex(view.filters.duo.findData("Duo 2"))
    settle(view, qtbot)
    assert [len(_column(view, i)) for i in range(3)] == [0, 1, 0]  # Org B has no coordinator
    view.filters.duo.setCurrentIndex(view.filters.duo.findData("Duo 1"))
    settle(view, qtbot)
    assert [_column(view, i)[0].split("\n— ")[1] for i in range(3)] == ["Griet", "Anja", "Ben"]
    assert "duo = Duo 1" in view.definition.toPlainText()


def test_export_writes_the_three_columns(analysis_window, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import csv

    from duocoder.gui.privacy import guard_dialog

    asked: list[list[str]] = []

    def export_anyway(_parent, error):  # type: ignore[no-untyped-def]
        asked.append([f.text for f in error.findings])
        return "test: the columns, not privacy"

    monkeypatch.setattr(guard_dialog, "ask_export_anyway", export_anyway)
    view = open_from_menu(analysis_window, qtbot, "stakeholders")
    view.set_code(analysis_window.controller.project.code("Verbinding/Vertrouwen").id)
    settle(view, qtbot)
    written = view.export_table(view.result, str(tmp_path / "perspectieven.csv"))
    # the quotes name Ben, whom nobody has reviewed yet: the guard asked before writing
    assert len(asked) == 1 and "Ben" in asked[0]
    text = (tmp_path / "perspectieven.csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines()))
    assert written and rows[0] == ["code", "role", "number", "document", "text"]
    assert [r[1] for r in rows[1:]] == ["coordinator", "participant", "participant", "volunteer"]
    assert [r[4] for r in rows[1:]] == [
        "Vertrouwen is de basis van elk duo",
        "ik vertrouw Ben volledig",
        "Ik vertrouw mijn maatje",
        "Mijn vader was eenzaam",
    ]
