"""The privacy review in the window: the names found, grouped; deciding with the buttons;
the pseudonym styles; pseudonymising with a key file and undoing it with the key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from duocoder.app.project import Project
from duocoder.gui.privacy.key_dialog import KeyDialog
from duocoder.gui.privacy.view import PrivacyView
from tests.gui.helpers import double_click
from tests.helpers import source

SOFIE = (
    "Interview met de deelnemer\n"
    "I: Hoe leerde u uw vrijwilliger kennen?\n"
    "R: Via Sofie kwam ik erbij. Elke week belde Marc me, en Sofie kwam langs.\n"
)
MARC = "Interview met de vrijwilliger\nI: Waarom?\nR: Marc hier. Sofie vroeg het me.\n"
WAIT = 60_000  # the detector's first load takes seconds, more on a busy machine


@pytest.fixture
def names_path(tmp_path: Path) -> Path:
    path = tmp_path / "names.duocoder"
    with Project.create(path, language="nl", name="Namen") as p:
        p.add_document("Deelnemer", source(SOFIE), "participant", "Org A", "Duo 1")
        p.add_document("Vrijwilliger", source(MARC), "volunteer", "Org A", "Duo 1")
        p.set_privacy_names(["Sofie", "Marc"])
        p.history.clear()
    return path


@pytest.fixture
def names_window(app, qtbot, names_path: Path) -> Iterator:  # type: ignore[no-untyped-def]
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    assert w.open_project(str(names_path))
    yield w
    w.set_project(None)


def _review(window, qtbot) -> PrivacyView:  # type: ignore[no-untyped-def]
    view = window.privacy.open_review()
    assert isinstance(view, PrivacyView)
    _settle(view, qtbot)
    return view


def _settle(view: PrivacyView, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the view has read the core after the last change."""
    qtbot.waitUntil(lambda: view.state is not None and not view.runner.busy, timeout=WAIT)
    qtbot.wait(10)
    qtbot.waitUntil(lambda: not view.runner.busy and not view._timer.isActive(), timeout=WAIT)


def _rows(view: PrivacyView) -> dict[str, list[str]]:
    """The shown rows by their text: [kind, occurrences, documents, status, pseudonym]."""
    m = view.model
    return {
        m.index(r, 0).data(): [m.index(r, c).data() for c in range(1, 6)]
        for r in range(m.rowCount())
    }


def _select(view: PrivacyView, *texts: str) -> None:
    view.select_groups([g.key for g in view.groups if g.first.text in texts])


def _statuses(project: Project) -> dict[str, str]:
    return {c.text: c.status for c in project.identifier_candidates(include_rejected=True)}


def test_groups_with_occurrences_and_decisions(names_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _review(names_window, qtbot)
    rows = _rows(view)
    assert rows["Sofie"][:4] == ["name", "3", "2", "open"]  # one person across two interviews
    assert rows["Marc"][:4] == ["name", "2", "2", "open"]
    sofie = next(
        r for r in range(view.model.rowCount()) if view.model.index(r, 0).data() == "Sofie"
    )
    children = view.model.item(sofie, 0)
    assert children.rowCount() == 3
    assert "Via Sofie" in children.child(0).text()

    _select(view, "Sofie")
    view.accept_button.click()
    _select(view, "Marc")
    view.reject_button.click()
    _settle(view, qtbot)
    project = names_window.controller.project
    assert _statuses(project) == {"Sofie": "accepted", "Marc": "rejected"}
    # the open filter (the default) shows neither any more; "all" shows both with status
    assert _rows(view) == {}
    view.status.setCurrentIndex(view.status.findData("all"))
    rows = _rows(view)
    assert rows["Sofie"][3] == "accepted" and rows["Sofie"][4]  # a pseudonym is chosen
    assert rows["Marc"][3] == "rejected"


def test_rejections_survive_reopening(names_window, qtbot, names_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _review(names_window, qtbot)
    _select(view, "Marc")
    view.reject_button.click()
    _settle(view, qtbot)
    assert "Marc" not in _rows(view)
    names_window.set_project(None)
    assert names_window.open_project(str(names_path))
    view = _review(names_window, qtbot)
    assert "Marc" not in _rows(view) and "Sofie" in _rows(view)
    view.status.setCurrentIndex(view.status.findData("rejected"))
    assert list(_rows(view)) == ["Marc"]


def test_style_combo_changes_the_pseudonyms(names_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _review(names_window, qtbot)
    _select(view, "Sofie")
    view.accept_button.click()
    _settle(view, qtbot)
    project = names_window.controller.project
    before = [e.pseudonym for e in project.entities()]
    assert before and not before[0].startswith("[")  # a realistic alias by default
    box = view.pseudonyms.styles["person"]
    box.setCurrentIndex(box.findData("category"))
    box.activated.emit(box.currentIndex())
    _settle(view, qtbot)
    assert [e.pseudonym for e in project.entities()] == ["[naam]"]
    assert view.pseudonyms.pseudonyms() == ["[naam]"]
    view.status.setCurrentIndex(view.status.findData("accepted"))
    assert _rows(view)["Sofie"][4] == "[naam]"


def _answer_key(key: Path, passphrase: str) -> None:
    """Fill in the key dialog the undo opens, from inside its event loop."""

    def fill() -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, KeyDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, fill)
            return
        dialog.fields.path.setText(str(key))
        dialog.fields.passphrase.setText(passphrase)
        dialog.ok.click()

    QTimer.singleShot(0, fill)


def test_pseudonymise_then_undo_with_the_key(names_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    view = _review(names_window, qtbot)
    names_window.documents.show_document(
        next(d.id for d in names_window.controller.documents() if d.name == "Deelnemer")
    )
    assert "Via Sofie" in names_window.transcript.text
    dialog = view.open_pseudonymise()
    assert dialog is not None
    key = tmp_path / "keys" / "names.key.age"
    key.parent.mkdir()
    dialog.fields.path.setText(str(key))
    dialog.fields.passphrase.setText("geheim genoeg")
    assert dialog.fields.again.isVisibleTo(dialog)  # a new key file: typed twice
    assert not dialog.go.isEnabled()
    dialog.fields.again.setText("geheim genoeg")
    dialog.accept_all.setChecked(True)
    assert dialog.go.isEnabled()
    dialog.go.click()
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=WAIT)
    assert dialog.error is None
    assert dialog.report.replacements == 5
    assert "5 replacement" in dialog.summary.toPlainText()
    dialog.accept()
    shown = names_window.transcript.text
    assert "Sofie" not in shown and "Marc" not in shown  # the transcript shows the new text
    assert key.exists()

    _answer_key(key, "geheim genoeg")
    names_window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: "Via Sofie" in names_window.transcript.text, timeout=WAIT)
    project = names_window.controller.project
    assert "Marc" in project.text("Vrijwilliger")  # the whole run, in every document
    assert project.can_redo and names_window.actions_.redo.isEnabled()


def test_undo_cancelled_leaves_everything(names_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project = names_window.controller.project
    key = tmp_path / "keys" / "k.key.age"
    key.parent.mkdir()
    project.pseudonymise(key, "pw", accept_all=True)
    names_window.controller.sync_undo_stack()
    text = project.text("Deelnemer")

    def cancel() -> None:
        dialog = next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, KeyDialog) and w.isVisible()
            ),
            None,
        )
        if dialog is None:
            QTimer.singleShot(20, cancel)
            return
        dialog.reject()

    asked: list[bool] = []
    names_window.controller.key_needed.connect(lambda undoing, _label: asked.append(undoing))
    QTimer.singleShot(0, cancel)
    names_window.actions_.undo.trigger()
    qtbot.waitUntil(lambda: bool(asked), timeout=WAIT)
    qtbot.wait(50)
    assert asked == [True]
    assert project.text("Deelnemer") == text
    assert project.can_undo  # the step is still there to undo later


def test_double_click_an_occurrence_shows_it(names_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _review(names_window, qtbot)
    m = view.model
    row = next(r for r in range(m.rowCount()) if m.index(r, 0).data() == "Marc")
    group = m.index(row, 0)
    view.tree.expand(group)
    second = m.index(1, 0, group)  # Marc in the volunteer's interview
    view.tree.scrollTo(second)
    double_click(view.tree.viewport(), view.tree.visualRect(second).center())
    project = names_window.controller.project
    volunteer = next(d.id for d in project.documents() if d.name == "Vrijwilliger")
    assert names_window.transcript.doc_id == volunteer
    assert names_window.transcript.textCursor().selectedText() == "Marc"


def test_restore_original_and_history(names_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    project = names_window.controller.project
    key = tmp_path / "keys" / "k.key.age"
    key.parent.mkdir()
    project.pseudonymise(key, "pw", accept_all=True)
    names_window.documents.show_document(project.document("Deelnemer").id)
    assert "Sofie" not in names_window.transcript.text
    _answer_key(key, "pw")
    assert names_window.privacy.restore_original() == 3
    assert "Via Sofie" in names_window.transcript.text
    assert "Marc" not in project.text("Vrijwilliger")  # only the document shown
    dialog = names_window.privacy.show_history()
    qtbot.addWidget(dialog)
    table = dialog.table
    events = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert events == ["pseudonymised", "restored"]
    assert [table.item(r, 3).text() for r in range(table.rowCount())] == ["3", "3"]


def test_keys_a_and_r_in_the_list(names_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = _review(names_window, qtbot)
    view.tree.setFocus()
    _select(view, "Marc")
    qtbot.keyClick(view.tree, Qt.Key.Key_R)
    _settle(view, qtbot)
    # Marc left the open list, and the row now there is selected for the next key
    assert view.selected_groups() == [g.key for g in view.groups if g.first.text == "Sofie"]
    qtbot.keyClick(view.tree, Qt.Key.Key_A)
    _settle(view, qtbot)
    project = names_window.controller.project
    assert _statuses(project) == {"Sofie": "accepted", "Marc": "rejected"}
    view.search.setFocus()
    qtbot.keyClicks(view.search, "ar")  # typing in the search box decides nothing
    assert view.search.text() == "ar"
    assert _statuses(project) == {"Sofie": "accepted", "Marc": "rejected"}


def test_the_tools_menu_sits_after_view_and_opens_the_review(names_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    titles = [a.text() for a in names_window.menuBar().actions()]
    assert titles.index("&Tools") == titles.index("&View") + 1
    assert titles[-1] == "&Help"
    tools = next(a.menu() for a in names_window.menuBar().actions() if a.text() == "&Tools")
    review = next(a for a in tools.actions() if a.text() == "Privacy &review…")
    review.trigger()
    view = names_window.findChild(PrivacyView)
    assert view is not None and view.isVisible()
    _settle(view, qtbot)
