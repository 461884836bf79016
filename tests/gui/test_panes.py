"""Documents pane, models, import dialog and the window around them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from duocoder.gui.panes.documents_model import DOC_ID_ROLE
from duocoder.gui.panes.segments import SegmentsModel
from tests.gui.helpers import select_text

SELECT_ROW = (
    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
)


def test_models_pass_the_model_tester(window, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    select_text(window.transcript, "Goed")
    window.coding.apply_code(window.controller.project.code("Verbinding/Klik").id)
    qtmodeltester.check(window.codes.model)
    qtmodeltester.check(window.codes.proxy)
    qtmodeltester.check(window.documents.model)
    qtmodeltester.check(window.documents.proxy)
    segments = SegmentsModel()
    segments.set_segments(window.controller.project.segments(), {})
    qtmodeltester.check(segments)


def test_documents_are_grouped_by_case_with_role_and_counts(window) -> None:  # type: ignore[no-untyped-def]
    model = window.documents.model
    assert model.rowCount() == 1
    case = model.index(0, 0)
    assert case.data() == "Org A"
    rows = [[model.index(r, c, case).data() for c in range(4)] for r in range(model.rowCount(case))]
    assert rows == [["Anja", "participant", "Duo 1", "0"], ["Ben", "volunteer", "Duo 1", "0"]]
    assert window.windowTitle() == "Duo test — DuoCoder"
    assert window.transcript.doc_id == window.controller.project.document("Anja").id
    select_text(window.transcript, "Goed")
    window.coding.apply_code(window.controller.project.code("Verbinding/Klik").id)
    assert model.index(0, 3, case).data() == "1"  # the count follows the coding


def test_filter_box_narrows_documents(window) -> None:  # type: ignore[no-untyped-def]
    pane = window.documents
    pane.filter.setText("volunteer")
    case = pane.proxy.index(0, 0)
    assert pane.proxy.rowCount(case) == 1
    assert pane.proxy.index(0, 0, case).data() == "Ben"


def test_selecting_documents_limits_retrieval(window) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    klik = project.code("Verbinding/Klik").id
    select_text(window.transcript, "Goed")
    window.coding.apply_code(klik)
    window.documents.show_document(project.document("Ben").id)
    select_text(window.transcript, "Mijn vader was eenzaam")
    window.coding.apply_code(klik)
    window.codes.model.set_checked({klik})
    pane = window.documents
    ben = pane.proxy.mapFromSource(pane.model.index_of(project.document("Ben").id))
    pane.tree.selectionModel().select(
        ben,
        SELECT_ROW,
    )
    assert [s.doc for s in window.segments.model.segments] == ["Ben"]
    case = pane.proxy.index(0, 0)
    pane.tree.selectionModel().select(
        case,
        SELECT_ROW,
    )
    assert [s.doc for s in window.segments.model.segments] == ["Anja", "Ben"]
    window.segments.table.clicked.emit(window.segments.model.index(0, 5))
    assert window.transcript.doc_id == project.document("Anja").id
    assert window.transcript.textCursor().selectedText() == "Goed"


def test_deleting_a_document_says_how_many_codings_go(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    project = window.controller.project
    select_text(window.transcript, "Goed")
    window.coding.apply_code(project.code("Verbinding/Klik").id)
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    window.documents.delete(project.document("Anja").id)
    assert "1 codings" in asked[0] and "Anja" in asked[0]
    assert [d.name for d in project.documents()] == ["Ben"]
    assert window.transcript.doc_id in (None, project.document("Ben").id)
    window.actions_.undo.trigger()
    assert sorted(d.name for d in project.documents()) == ["Anja", "Ben"]
    assert project.coding_count() == 1


def test_import_dialog_imports_in_the_background_and_names_failures(
    window, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "Griet.txt"
    good.write_text("I: Wat doet u?\nR: Ik coördineer de duo's.\n", encoding="utf-8")
    same = tmp_path / "Griet kopie.txt"
    same.write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    missing = tmp_path / "weg.txt"
    dialog = window.import_files([str(good), str(same), str(missing)])
    dialog.role.setCurrentIndex(dialog.role.findData("coordinator"))
    dialog.case.setCurrentText("Org B")
    dialog.apply.click()  # no row selected: every row
    dialog.start.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10_000)
    project = window.controller.project
    griet = project.document("Griet")
    assert griet.role.value == "coordinator" and griet.case == "Org B"
    summary = dialog.summary.toPlainText()
    assert "1 document imported" in summary
    assert "weg.txt" in summary and "Griet kopie.txt" in summary
    qtbot.waitUntil(lambda: window.documents.model.rowCount() == 2)  # Org A and Org B
    assert "Import 1 document" in window.actions_.undo.text()
    window.actions_.undo.trigger()
    assert [d.name for d in project.documents()] == ["Anja", "Ben"]
    dialog.close()


def test_dropping_files_on_the_window_opens_the_import_dialog(window) -> None:  # type: ignore[no-untyped-def]
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile("/tmp/a.docx"), QUrl.fromLocalFile("/tmp/b.txt")])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    opened = []
    window.import_files = lambda files=None: opened.append(files)  # type: ignore[method-assign]
    window.dropEvent(event)
    assert opened == [["/tmp/a.docx", "/tmp/b.txt"]]


def test_recent_projects_and_geometry_are_remembered(window, app, project_path) -> None:  # type: ignore[no-untyped-def]
    assert window.recent_projects() == [str(project_path)]
    window.close()
    from duocoder.gui.app import first_project

    assert first_project(None) == str(project_path)


def test_document_properties_dialog_changes_role_case_and_attributes(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from duocoder.gui.panes import documents as documents_pane

    project = window.controller.project
    anja = project.document("Anja").id

    class Fake(documents_pane.DocumentPropertiesDialog):
        def exec(self) -> int:  # type: ignore[override]
            self.role.setCurrentIndex(self.role.findData("volunteer"))
            self.case.setCurrentText("Org C")
            self._add_row("leeftijd", "67")
            return 1

    monkeypatch.setattr(documents_pane, "DocumentPropertiesDialog", Fake)
    window.documents.edit_properties(anja)
    info = project.document(anja)
    assert (info.role.value, info.case, info.attributes) == (
        "volunteer",
        "Org C",
        {"leeftijd": "67"},
    )
    assert {window.documents.model.index(r, 0).data() for r in range(2)} == {"Org A", "Org C"}
    index = window.documents.model.index_of(anja)
    assert index.data(DOC_ID_ROLE) == anja
