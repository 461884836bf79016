"""The code tree pane: filter box, tree with colour swatches, counts and check marks.

Check marks choose the codes whose segments are retrieved; a double click (or Enter) applies
the code to the selected passage. The tree keeps expansion and selection across refreshes."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QContextMenuEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.changes import Changes
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.fit import READABLE_NAME, text_width
from duocoder.gui.common.placeholder import PlaceholderView
from duocoder.gui.panes.codes_model import CODE_ID_ROLE, CodeTreeModel


class KeyboardMenuTree(PlaceholderView, QTreeView):
    """A tree whose context menu, opened with the Menu key or Shift+F10, belongs to the
    current row (Qt would report the middle of the view, often an empty spot). Empty, it
    shows its `placeholder` sentence."""

    def event(self, event: QEvent) -> bool:
        index = self.currentIndex()
        if (
            isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
            and index.isValid()
        ):
            self.scrollTo(index)
            self.customContextMenuRequested.emit(self.visualRect(index).center())  # viewport
            event.accept()
            return True
        return super().event(event)


class CodeTree(KeyboardMenuTree):
    """Enter applies the current code, like a double click."""

    enter_pressed = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class CodesPane(QWidget):
    apply_requested = Signal(int)  # apply this code to the selected passage
    checked_changed = Signal()
    context_requested = Signal(object, object)  # global QPoint, code id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: ProjectController | None = None
        self.model = CodeTreeModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter codes"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.tree = CodeTree(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(False)
        self.tree.setUniformRowHeights(True)
        # cut at the end, where the reader expects it ("Vertrouwensrel…", not "Ve…ie"); the
        # pane never gets narrower than `readable_width`; the full path is in the tooltip
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.doubleClicked.connect(self._activated)
        self.tree.enter_pressed.connect(self._activated)
        self.model.checked_changed.connect(self.checked_changed)
        self.model.modelAboutToBeReset.connect(self._save_state)
        self.model.modelReset.connect(self._restore_state)
        self._expanded: set[int] | None = None
        self._selected: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)

    def readable_width(self) -> int:
        """The narrowest this pane may get: a code one level below its theme, with check
        box and colour, shows a name like "Vertrouwensrelatie (12)" whole, beside its count."""
        style, tree = self.tree.style(), self.tree
        decoration = style.pixelMetric(style.PixelMetric.PM_IndicatorWidth) + 16 + 20
        name = 2 * tree.indentation() + decoration + text_width(tree, READABLE_NAME)
        count = text_width(tree.header(), self.model.headerData(1, Qt.Orientation.Horizontal, 0))
        scroll = style.pixelMetric(style.PixelMetric.PM_ScrollBarExtent)
        layout = self.layout()
        sides = layout.contentsMargins().left() * 2 if layout is not None else 8
        return name + count + 16 + scroll + 2 * tree.frameWidth() + sides

    # -- project ----------------------------------------------------------------------------
    def set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller
        self._expanded = None
        self.model.checked = set()
        if controller is not None:
            controller.changed.connect(self._on_changed)
            self._refresh()
        else:
            self.model.set_codes([])
        self._say_empty()

    def _on_changed(self, changes: Changes) -> None:
        if self.controller is not None and changes.any_of("codes", "codings", "memos"):
            self._refresh()

    def _refresh(self) -> None:
        assert self.controller is not None
        memos = {
            i: t
            for (kind, i), t in self.controller.memos().items()
            if kind == "code" and i is not None
        }
        self.model.set_codes(self.controller.codes(), memos)

    # -- state ------------------------------------------------------------------------------
    def _proxy_index(self, code_id: int) -> QModelIndex:
        return self.proxy.mapFromSource(self.model.index_of(code_id))

    def _save_state(self) -> None:
        if not self.model.infos():  # nothing shown yet: the first load opens the themes
            self._expanded = None
            return
        self._expanded = {
            c.id for c in self.model.infos() if self.tree.isExpanded(self._proxy_index(c.id))
        }
        self._selected = self.current_code()

    def _restore_state(self) -> None:
        if self._expanded is None:  # first load: show the themes and their codes
            self.tree.expandToDepth(0)
        else:
            for cid in self._expanded:
                self.tree.setExpanded(self._proxy_index(cid), True)
        if self._selected is not None:
            self.select_code(self._selected)

    def select_code(self, code_id: int) -> None:
        index = self._proxy_index(code_id)
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.setExpanded(parent, True)
                parent = parent.parent()
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()
        self._say_empty()

    def _say_empty(self) -> None:
        """What the empty tree says: no code matches the filter, or there are none yet."""
        typed = self.filter.text().strip()
        if typed:
            text = self.tr("No code matches “%1”.").replace("%1", typed)
        elif self.controller is None:
            text = ""
        else:
            text = self.tr("No codes yet — add one with Code ▸ Add code…")
        self.tree.set_placeholder(text)

    # -- reading ----------------------------------------------------------------------------
    def current_code(self) -> int | None:
        index = self.tree.currentIndex()
        return int(index.data(CODE_ID_ROLE)) if index.isValid() else None

    def checked_codes(self) -> list[int]:
        return [c.id for c in self.model.infos() if c.id in self.model.checked]

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.apply_requested.emit(int(index.data(CODE_ID_ROLE)))

    def _context(self, pos: QPoint) -> None:
        index = self.tree.indexAt(pos)
        code_id = int(index.data(CODE_ID_ROLE)) if index.isValid() else None
        self.context_requested.emit(self.tree.viewport().mapToGlobal(pos), code_id)
