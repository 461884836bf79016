"""Coding passages through the real widgets; every result is checked in the core."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QInputDialog

from duocoder.gui.panes.codes_model import CODE_MIME
from tests.gui.helpers import double_click, drag_select, qt_position, select_text


def code_id(window, path: str) -> int:  # type: ignore[no-untyped-def]
    return window.controller.project.code(path).id


def proxy_index(window, path: str):  # type: ignore[no-untyped-def]
    pane = window.codes
    index = pane.proxy.mapFromSource(pane.model.index_of(code_id(window, path)))
    pane.tree.scrollTo(index)
    return index


def texts(window, path: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.text for s in window.controller.project.segments([path])]


def test_double_click_on_a_code_codes_the_selected_passage(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(window.transcript, "ik vertrouw Ben volledig")
    index = proxy_index(window, "Verbinding/Vertrouwen")
    rect = window.codes.tree.visualRect(index)
    double_click(window.codes.tree.viewport(), rect.center())
    segs = window.controller.project.segments(["Verbinding/Vertrouwen"])
    assert [s.text for s in segs] == ["ik vertrouw Ben volledig"]
    assert segs[0].coder == "Tester" and segs[0].doc == "Anja"
    assert window.transcript.segments[0].id == segs[0].id  # highlighted right away
    assert window.codes.model.info(code_id(window, "Verbinding/Vertrouwen")).own_count == 1


def test_dropping_a_selection_on_a_code_codes_it(window) -> None:  # type: ignore[no-untyped-def]
    select_text(window.transcript, "Het café is dicht")
    mime = window.transcript.createMimeDataFromSelection()
    target = proxy_index(window, "Context/Mobiliteit")
    assert window.codes.proxy.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert window.codes.proxy.dropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, target)
    assert texts(window, "Context/Mobiliteit") == ["Het café is dicht"]


def test_ctrl_1_applies_the_most_recent_code(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(window.transcript, "Goed")
    window.coding.apply_code(code_id(window, "Verbinding/Klik"))
    assert window.actions_.quick[0].text().endswith("Klik")
    select_text(window.transcript, "Dat doet deugd")
    window.activateWindow()
    window.transcript.setFocus()
    QTest.keyClick(window.transcript, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert texts(window, "Verbinding/Klik") == ["Goed", "Dat doet deugd"]


def test_a_category_cannot_be_applied(window) -> None:  # type: ignore[no-untyped-def]
    select_text(window.transcript, "Goed")
    assert window.coding.apply_code(code_id(window, "Context")) is None
    assert window.controller.project.coding_count() == 0
    assert "category" in window.statusBar().currentMessage()


def test_undo_and_redo_through_the_edit_menu(window) -> None:  # type: ignore[no-untyped-def]
    select_text(window.transcript, "Goed")
    window.coding.apply_code(code_id(window, "Verbinding/Klik"))
    undo, redo = window.actions_.undo, window.actions_.redo
    assert undo.isEnabled() and "Code with Klik" in undo.text()
    undo.trigger()
    assert window.controller.project.coding_count() == 0
    assert window.transcript.segments == []
    assert "Code with Klik" in redo.text()
    redo.trigger()
    assert texts(window, "Verbinding/Klik") == ["Goed"]
    assert len(window.transcript.segments) == 1


def test_a_failed_change_adds_no_undo_step(window, errors) -> None:  # type: ignore[no-untyped-def]
    klik = code_id(window, "Verbinding/Klik")
    window.controller.run("Rename", window.controller.project.rename_code, klik, "Vertrouwen")
    assert errors and "already a code 'Vertrouwen'" in errors[0]
    assert window.controller.undo_stack.count() == 0


def test_remove_coding_and_edit_memo_from_the_context_menu(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    select_text(window.transcript, "Dat doet deugd")
    window.coding.apply_code(code_id(window, "Verbinding/Klik"))
    seg = window.transcript.segments[0]
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Zondag is een moeilijke dag.", True)
    )
    menu = window.coding.transcript_menu([], [seg])
    actions = {a.text(): a for a in menu.actions()}
    actions["Edit memo…"].trigger()
    assert window.controller.project.segments()[0].memo == "Zondag is een moeilijke dag."
    assert "Zondag" in window.transcript.segments[0].memo
    menu = window.coding.transcript_menu([], window.transcript.segments)
    {a.text(): a for a in menu.actions()}["Remove coding 'Klik'"].trigger()
    assert window.controller.project.coding_count() == 0
    window.actions_.undo.trigger()
    assert window.controller.project.segments()[0].memo == "Zondag is een moeilijke dag."


def test_codings_after_an_emoji_and_around_a_zwj_sequence_are_exact(window) -> None:  # type: ignore[no-untyped-def]
    text = window.controller.project.text("Anja")
    select_text(window.transcript, "echt waar")
    window.coding.apply_code(code_id(window, "Verbinding/Klik"))
    select_text(window.transcript, "👩‍👩‍👧")
    window.coding.apply_code(code_id(window, "Verbinding/Vertrouwen"))
    select_text(window.transcript, "😊 echt")
    window.coding.apply_code(code_id(window, "Context/Mobiliteit"))
    by_code = {s.code: s for s in window.controller.project.segments()}
    assert by_code["Verbinding/Klik"].text == "echt waar"
    assert by_code["Verbinding/Klik"].start == text.index("echt waar")
    assert by_code["Verbinding/Vertrouwen"].text == "👩‍👩‍👧"
    assert by_code["Context/Mobiliteit"].text == "😊 echt"
    # and the highlight sits on exactly those characters on screen
    view = window.transcript
    a, b = view.seg_qt[[s.code for s in view.segments].index("Verbinding/Vertrouwen")]
    shown = view.document().toPlainText().encode("utf-16-le")
    assert shown[2 * a : 2 * b].decode("utf-16-le") == "👩‍👩‍👧"


def test_mouse_selection_snaps_to_words_unless_alt_is_held(window) -> None:  # type: ignore[no-untyped-def]
    view = window.transcript
    select_text(view, "ertrouw Be")
    view.snap_selection()
    assert view.textCursor().selectedText() == "vertrouw Ben"
    viewport = view.viewport()
    view.moveCursor(QTextCursor.MoveOperation.Start)  # a press inside a selection would drag it
    cursor = view.textCursor()
    cursor.setPosition(qt_position(view, "rtrouw"))
    start = view.cursorRect(cursor).center()
    cursor.setPosition(qt_position(view, "olledig"))
    end = view.cursorRect(cursor).center()
    drag_select(viewport, start, end)
    assert view.textCursor().selectedText() == "vertrouw Ben volledig"
    view.moveCursor(QTextCursor.MoveOperation.Start)
    drag_select(viewport, start, end, Qt.KeyboardModifier.AltModifier)
    assert view.textCursor().selectedText() == "rtrouw Ben v"


def test_new_code_from_selection_goes_under_the_selected_code(window) -> None:  # type: ignore[no-untyped-def]
    window.codes.select_code(code_id(window, "Verbinding"))
    select_text(window.transcript, "komt vaak langs")
    window.actions_.invivo.trigger()
    assert texts(window, "Verbinding/komt vaak langs") == ["komt vaak langs"]
    window.actions_.undo.trigger()  # one step takes away the code and the coding
    assert [c.path for c in window.controller.project.codes()].count(
        "Verbinding/komt vaak langs"
    ) == 0


def test_dragging_a_code_onto_another_moves_it_and_keeps_the_tree_open(window) -> None:  # type: ignore[no-untyped-def]
    pane = window.codes
    pane.tree.expandAll()
    klik = code_id(window, "Verbinding/Klik")
    pane.select_code(klik)
    mime = pane.model.mimeData([pane.model.index_of(klik)])
    assert mime.hasFormat(CODE_MIME)
    target = proxy_index(window, "Context")
    pane.proxy.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, target)
    assert window.controller.project.code(klik).path == "Context/Klik"
    assert pane.tree.isExpanded(proxy_index(window, "Verbinding"))
    assert pane.current_code() == klik
    window.actions_.undo.trigger()
    assert window.controller.project.code(klik).path == "Verbinding/Klik"


def test_retrieved_segments_follow_checked_codes_and_copy_with_role(window, app) -> None:  # type: ignore[no-untyped-def]
    app.setProperty("duocoder_language", "nl")
    select_text(window.transcript, "Dat doet deugd")
    window.coding.apply_code(code_id(window, "Verbinding/Klik"))
    pane = window.segments
    assert pane.model.rowCount() == 0
    window.codes.model.setData(
        window.codes.model.index_of(code_id(window, "Verbinding/Klik")),
        Qt.CheckState.Checked,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert pane.model.rowCount() == 1
    row = [pane.model.index(0, c).data() for c in range(6)]
    assert row == ["Anja", "deelnemer", "Org A", "5", "Klik", "Dat doet deugd"]
    pane.table.selectionModel().select(
        pane.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    pane.table.setFocus()
    QTest.keyClick(pane.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert app.clipboard().text() == "Dat doet deugd\n(deelnemer)"
    pane.role.setCurrentIndex(pane.role.findData("volunteer"))
    assert pane.model.rowCount() == 0
