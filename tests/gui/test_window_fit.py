"""The window on a 1366×768 laptop: panes that cannot be folded until names vanish, names
cut at their end, readable headers, a restored window that fits the screen, the views as
tabs of one area, and empty views that say why."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListWidget,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
)

from duocoder.app.project import Project
from duocoder.gui.language.hits import LEFT, RIGHT
from duocoder.gui.language.menu import language_features
from duocoder.gui.shell.main_window import MainWindow
from tests.gui.analysis_helpers import open_from_menu, settle

LAPTOP = QRect(0, 0, 1366, 768)
CODE = "Vertrouwensrelatie"  # a typical code name, with a count of 12 beside it
DOCUMENT = "Griet (coördinator)"


def _squeeze(window: MainWindow) -> None:
    """Drag the left panes and the views pane as narrow as they go."""
    docs, _codes, _segments = window.docks
    window.resizeDocks([docs], [30], Qt.Orientation.Horizontal)
    window.resizeDocks([window.analysis], [30], Qt.Orientation.Horizontal)
    QApplication.processEvents()


@pytest.fixture
def laptop(app, qtbot, analysis_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    """The analysis project with a long code name and a coordinator's interview named
    like the tester's, in a window of 1366×768 with two analyses open."""
    with Project.open(analysis_path) as p:
        p.add_code(CODE, "Verbinding")
        p.rename_document(p.document("Griet").id, DOCUMENT)
        doc = p.document(DOCUMENT).id
        text = p.text(doc)
        start = text.index("Vertrouwen is")
        p.add_coding(doc, f"Verbinding/{CODE}", start, start + 12, coder="Tester")
        p.history.clear()
    w = MainWindow()
    qtbot.addWidget(w)
    w.setWindowState(Qt.WindowState.WindowNoState)
    w.setGeometry(LAPTOP)
    w.show()
    assert w.open_project(str(analysis_path))
    open_from_menu(w, qtbot, "stakeholders")
    open_from_menu(w, qtbot, "duos")
    QApplication.processEvents()
    yield w
    w.set_project(None)


def _text_rect_width(tree: QTreeView, index: Any) -> int:
    """The room the tree's delegate gives the text of `index` (after indentation, check
    box and icon), as Qt lays out the item."""
    option = QStyleOptionViewItem()
    option.initFrom(tree.viewport())
    option.rect = tree.visualRect(index)
    option.font = tree.font()
    option.fontMetrics = tree.fontMetrics()
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    tree.itemDelegate().initStyleOption(option, index)
    rect = tree.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, tree)
    return rect.width()


def test_side_panes_keep_a_readable_width_however_narrow_they_are_dragged(laptop) -> None:  # type: ignore[no-untyped-def]
    features = language_features(laptop)
    assert features is not None
    features.show_search()  # with a Text pane too, everything still fits the laptop
    _squeeze(laptop)
    docs, codes, _segments = laptop.docks
    fm = laptop.codes.tree.fontMetrics()
    readable = fm.horizontalAdvance("Vertrouwensrelatie (12)")
    for dock in (docs, codes):
        assert dock.width() >= dock.widget().minimumWidth() >= readable
    assert laptop.analysis.width() >= laptop.analysis.widget().minimumWidth() > 200
    assert laptop.stack.width() >= 30 * fm.averageCharWidth()  # the transcript keeps its room
    least = laptop.minimumSizeHint().expandedTo(laptop.minimumSize())
    assert least.width() <= LAPTOP.width() and least.height() <= LAPTOP.height()


def test_code_and_document_names_are_shown_whole_and_cut_at_their_end(laptop) -> None:  # type: ignore[no-untyped-def]
    _squeeze(laptop)
    codes = laptop.codes
    index = codes.proxy.mapFromSource(
        codes.model.index_of(laptop.controller.project.code(f"Verbinding/{CODE}").id)
    )
    assert index.isValid()
    codes.tree.scrollTo(index)
    fm = codes.tree.fontMetrics()
    assert _text_rect_width(codes.tree, index) >= fm.horizontalAdvance(CODE)
    assert codes.tree.textElideMode() == Qt.TextElideMode.ElideRight
    assert f"Verbinding/{CODE}" in index.data(Qt.ItemDataRole.ToolTipRole)
    docs = laptop.documents
    doc_id = laptop.controller.project.document(DOCUMENT).id
    index = docs.proxy.mapFromSource(docs.model.index_of(doc_id))
    assert _text_rect_width(docs.tree, index) >= docs.tree.fontMetrics().horizontalAdvance(DOCUMENT)
    assert docs.tree.textElideMode() == Qt.TextElideMode.ElideRight
    assert DOCUMENT in index.data(Qt.ItemDataRole.ToolTipRole)


def test_duo_headers_and_search_contexts_stay_readable(laptop, qtbot) -> None:  # type: ignore[no-untyped-def]
    _squeeze(laptop)
    duos = laptop.analysis.view("duos")
    settle(duos, qtbot)
    header, model = duos.table.horizontalHeader(), duos.table.model()
    fm = header.fontMetrics()
    assert model.columnCount() >= 2
    for col in range(model.columnCount()):
        label = str(model.headerData(col, Qt.Orientation.Horizontal))
        widest = max(fm.horizontalAdvance(line) for line in label.split("\n"))
        assert header.sectionSize(col) >= widest + 16, label  # + the role's dot
        whole = fm.horizontalAdvance(label.replace("\n", " ")) + 16
        # Qt elides a two-line label as one line; either it is not elided or it fits whole
        assert header.textElideMode() == Qt.TextElideMode.ElideNone or (
            header.sectionSize(col) >= whole
        )
    features = language_features(laptop)
    assert features is not None
    features.show_search()
    QApplication.processEvents()
    _squeeze(laptop)
    table = features.search.table
    least = 12 * table.fontMetrics().averageCharWidth()
    for col in (LEFT, RIGHT):
        assert table.horizontalHeader().sectionSize(col) >= least


def test_analysis_and_text_views_are_tabs_of_one_area(laptop) -> None:  # type: ignore[no-untyped-def]
    analysis = laptop.analysis
    assert analysis.tabs.count() == 2
    features = language_features(laptop)
    assert features is not None
    features.show_search()
    QApplication.processEvents()
    assert features.search_dock in laptop.tabifiedDockWidgets(analysis)
    assert laptop.dockWidgetArea(features.search_dock) == laptop.dockWidgetArea(analysis)
    segments = laptop.docks[2]
    assert features.search_dock not in laptop.tabifiedDockWidgets(segments)
    assert not features.search_dock.visibleRegion().isEmpty()
    analysis.open_view("stakeholders")  # another analysis raises its tab, adds no pane
    QApplication.processEvents()
    assert analysis.tabs.count() == 2
    assert analysis.tabs.currentWidget() is analysis.view("stakeholders")
    assert not analysis.visibleRegion().isEmpty()
    assert features.search_dock.visibleRegion().isEmpty()


def test_a_code_without_passages_says_so_in_one_line(laptop, qtbot) -> None:  # type: ignore[no-untyped-def]
    project = laptop.controller.project
    laptop.controller.run("Add code", project.add_code, "Nog niet gecodeerd")
    view = laptop.analysis.view("stakeholders")
    laptop.analysis.open_view("stakeholders")
    settle(view, qtbot)
    view.set_code(project.code("Nog niet gecodeerd").id)
    settle(view, qtbot)
    shown = [label.text() for label in view.findChildren(QLabel) if label.isVisible()]
    message = [t for t in shown if "No passages coded with" in t]
    assert message and "Nog niet gecodeerd" in message[0]
    assert "choose another code" in message[0]
    assert not [lst for lst in view.findChildren(QListWidget) if lst.isVisible()]
    view.set_code(project.code("Verbinding/Vertrouwen").id)  # a coded one: the columns
    settle(view, qtbot)
    assert len([lst for lst in view.findChildren(QListWidget) if lst.isVisible()]) == 3


def test_retrieved_segments_say_they_are_restricted_and_offer_all_documents(laptop) -> None:  # type: ignore[no-untyped-def]
    project = laptop.controller.project
    pane = laptop.segments
    laptop.documents.show_document(project.document("Anja").id)
    laptop.codes.model.set_checked({project.code("Verbinding/Vertrouwen").id})
    QApplication.processEvents()
    assert {s.doc for s in pane.model.segments} == {"Anja"}
    said = f"{pane.summary.text()} {pane.scope_line.text()}"
    assert "1 selected document" in said and "Anja" in said and "left out" in said
    assert pane.scope_line.isVisible()
    assert pane.scope_switch.isVisible()
    pane.scope_switch.click()
    QApplication.processEvents()
    assert {s.doc for s in pane.model.segments} >= {"Anja", "Ben", DOCUMENT, "Carla"}
    assert "in all documents" in pane.summary.text()
    assert "left out" not in pane.scope_line.text()
    assert QSettings().value("segments/all_documents", False, bool)
    # the Text column is on screen and wide enough to read, with Analysis beside it
    table = pane.table
    header = table.horizontalHeader()
    text = pane.model.columnCount() - 1
    right = header.sectionViewportPosition(text) + header.sectionSize(text)
    assert header.sectionSize(text) >= 20 * table.fontMetrics().averageCharWidth()
    assert right <= table.viewport().width() + 1
    pane.scope_switch.click()  # and back
    assert {s.doc for s in pane.model.segments} == {"Anja"}


def test_a_restored_window_larger_than_the_screen_is_clamped(app, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _self: QRect(LAPTOP))
    big = MainWindow()  # as left on a 1920×1200 monitor, further right than the laptop
    qtbot.addWidget(big)
    big.setWindowState(Qt.WindowState.WindowNoState)
    big.setGeometry(QRect(900, 300, 1900, 1200))
    QSettings().setValue("window/geometry", big.saveGeometry())
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    QApplication.processEvents()
    frame = again.frameGeometry()
    assert LAPTOP.contains(frame), frame
    assert again.width() <= 1366 and again.height() <= 768


def test_a_saved_layout_with_a_folded_pane_is_repaired(app, qtbot, project_path: Path) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    w.setWindowState(Qt.WindowState.WindowNoState)
    w.setGeometry(LAPTOP)
    w.show()
    assert w.open_project(str(project_path))
    QApplication.processEvents()
    for pane in (w.documents, w.codes):
        pane.setMinimumWidth(0)  # as an older version allowed
    docs = w.docks[0]
    w.resizeDocks([docs], [20], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    w.close()  # saves the layout
    assert isinstance(QSettings().value("window/state"), QByteArray)
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.open_project(str(project_path))
    QApplication.processEvents()
    readable = again.codes.tree.fontMetrics().horizontalAdvance("Vertrouwensrelatie (12)")
    assert again.docks[0].width() >= readable
    again.set_project(None)


def test_the_welcome_text_is_wrapped_and_fully_visible(app, qtbot) -> None:  # type: ignore[no-untyped-def]
    w = MainWindow()
    qtbot.addWidget(w)
    w.setWindowState(Qt.WindowState.WindowNoState)
    w.setGeometry(LAPTOP)
    w.show()
    QApplication.processEvents()
    wrapped = [label for label in w.welcome.findChildren(QLabel) if label.wordWrap()]
    assert wrapped
    for label in wrapped:
        assert label.isVisible()
        assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_empty_lists_say_why_and_what_to_do(app, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "leeg.duocoder"
    Project.create(path, language="nl", name="Leeg").close()
    w = MainWindow()
    qtbot.addWidget(w)
    w.setWindowState(Qt.WindowState.WindowNoState)
    w.setGeometry(LAPTOP)
    w.show()
    assert w.open_project(str(path))
    assert w.hint.isVisible()
    assert "Import transcripts" in w.documents.tree.placeholder
    assert "Add code" in w.codes.tree.placeholder
    assert "Tick" in w.segments.table.placeholder
    assert "No transcript shown" in w.header.text()  # above an empty page
    features = language_features(w)
    assert features is not None
    assert "press Enter" in features.search.table.placeholder
    w.codes.filter.setText("Vertrouwen")
    assert w.codes.tree.placeholder == "No code matches “Vertrouwen”."
    # the sentence is drawn in the empty list: some pixels differ from its background
    w.documents.tree.viewport().repaint()
    image = w.documents.tree.viewport().grab().toImage()
    background = image.pixelColor(1, 1)
    assert any(
        image.pixelColor(x, y) != background
        for x in range(0, image.width(), 2)
        for y in range(0, min(image.height(), 60), 2)
    )
    w.set_project(None)
    assert not w.hint.isVisible()  # the coding hint is not for the welcome page
    assert w.documents.tree.placeholder == ""
