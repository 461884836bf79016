"""Memos on the project, a document and a code: written in the real dialog, stored in the
core, shown where the researcher looks (header, tooltips, a memo mark), and undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu

from duocoder.gui.panes.memos import MemoDialog, memo_preview


def write(dialog: MemoDialog, text: str) -> None:
    """Type into the memo editor and press Save, as the researcher would."""
    dialog.edit.selectAll()
    QTest.keyClicks(dialog.edit, text)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_document_memo_from_the_header_link_shows_in_header_and_tooltip(window) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    anja = project.document("Anja").id
    assert window.transcript.doc_id == anja
    assert "Add a memo" in window.header.text()
    window.header.linkActivated.emit("memo")
    dialog = window.memos.dialog
    assert dialog is not None and dialog.isVisible()
    assert "Anja" in dialog.findChild(QLabel).text()
    write(dialog, "Anja spreekt snel; de opname is soms onduidelijk.")
    assert project.memo("document", anja) == "Anja spreekt snel; de opname is soms onduidelijk."
    assert "Anja spreekt snel" in window.header.text()
    index = window.documents.model.index_of(anja)
    assert "Anja spreekt snel" in index.data(Qt.ItemDataRole.ToolTipRole)
    memo_cell = index.siblingAtColumn(3)
    assert not memo_cell.data(Qt.ItemDataRole.DecorationRole).isNull()  # the memo mark
    assert "Memo saved" in window.statusBar().currentMessage()
    window.actions_.undo.trigger()
    assert project.memo("document", anja) is None
    assert "Add a memo" in window.header.text()


def test_project_memo_through_the_memos_menu(window) -> None:  # type: ignore[no-untyped-def]
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    actions = {a.text(): a for a in menus["&Memos"].actions()}
    actions["&Project memo…"].trigger()
    write(window.memos.dialog, "Vraag: verschilt de klik tussen jonge en oudere deelnemers?")
    assert window.controller.project.memo("project", None).startswith("Vraag: verschilt")
    actions["&Project memo…"].trigger()  # opens with the memo to go on writing
    assert window.memos.dialog.text().startswith("Vraag: verschilt")
    window.memos.dialog.reject()


def test_code_memo_from_the_code_tree_context_menu(window) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    klik = project.code("Verbinding/Klik").id
    menu = window.code_menu.menu(klik)
    {a.text(): a for a in menu.actions()}["&Memo…"].trigger()
    write(window.memos.dialog, "Klik = het gevoel dat het meteen goed zit.")
    assert project.memo("code", klik) == "Klik = het gevoel dat het meteen goed zit."
    tip = window.codes.model.index_of(klik).data(Qt.ItemDataRole.ToolTipRole)
    assert "meteen goed zit" in tip
    # emptying the memo removes it
    window.codes.select_code(klik)
    window.actions_.code_memo.trigger()
    dialog = window.memos.dialog
    dialog.edit.clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert project.memo("code", klik) is None


def test_cancel_keeps_the_memo_and_adds_no_undo_step(window) -> None:  # type: ignore[no-untyped-def]
    window.actions_.document_memo.trigger()
    dialog = window.memos.dialog
    QTest.keyClicks(dialog.edit, "niet bewaren")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert window.controller.project.memos() == []
    assert window.controller.undo_stack.count() == 0


def test_document_memo_from_the_documents_context_menu_by_keyboard(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    tree = window.documents.tree
    ben = window.controller.project.document("Ben").id
    window.documents.show_document(ben)
    shown: list[QMenu] = []
    monkeypatch.setattr(window.documents, "show_menu", lambda menu, _pos: shown.append(menu))
    tree.setFocus()
    QApplication.sendEvent(
        tree,
        QContextMenuEvent(
            QContextMenuEvent.Reason.Keyboard,
            tree.rect().center(),
            tree.mapToGlobal(tree.rect().center()),
        ),
    )
    assert shown, "the Menu key opens the context menu of the current document"
    {a.text(): a for a in shown[0].actions()}["&Memo…"].trigger()
    write(window.memos.dialog, "Ben is vrijwilliger sinds 2021.")
    assert window.controller.project.memo("document", ben) == "Ben is vrijwilliger sinds 2021."


def test_memo_preview_cuts_at_a_word() -> None:
    assert memo_preview("een  twee\ndrie") == "een twee drie"
    assert memo_preview("aaaa bbbb cccc", 11) == "aaaa bbbb…"
