"""The documents pane: transcripts grouped by case, filterable; the selection is the set of
documents used for retrieval, the current one is shown in the transcript view."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.changes import Changes
from duocoder.domain.roles import ROLE_ORDER
from duocoder.gui.common import icons, theme
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.fit import READABLE_NAME, text_width
from duocoder.gui.panes.codes import KeyboardMenuTree
from duocoder.gui.panes.document_dialog import DocumentPropertiesDialog
from duocoder.gui.panes.documents_model import CASE_ROLE, DOC_ID_ROLE, SORT_ROLE, DocumentsModel

REFRESH_TABLES = ("documents", "codings", "turns", "paragraphs", "memos")


class DocumentsPane(QWidget):
    open_requested = Signal(int)  # show this document
    memo_requested = Signal(int)  # edit this document's memo
    selection_changed = Signal()  # the documents active for retrieval changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: ProjectController | None = None
        self.model = DocumentsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter documents, roles, duos"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.tree = KeyboardMenuTree(self)
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context)
        self.tree.setSortingEnabled(False)
        # cut at the end ("Organisatie De Brug – deelne…"); the tooltip has the whole name,
        # and in a narrow pane the Duo and Role columns give way (see `_fit_columns`)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            # fixed from the font, not ResizeToContents: sizing to contents reads every
            # row of a 500-document project again after each change
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self._size_columns()
        self.tree.viewport().installEventFilter(self)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsInserted):
            signal.connect(self._span_cases)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        self.model.modelAboutToBeReset.connect(self._save_state)
        self.model.modelReset.connect(self._restore_state)
        self._selected: set[int] = set()
        self._current: int | None = None
        self._collapsed: set[str | None] = set()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree)

    def _size_columns(self) -> None:
        """Room for the role words, the duos and counts shown; the name gets the rest."""
        fm = self.tree.fontMetrics()
        pad = fm.averageCharWidth() + 12
        docs = self.model.documents()

        def width(col: int, samples: list[str], most: int) -> int:
            title = self._header(col)
            return min(most, max(fm.horizontalAdvance(t) for t in [title, *samples]) + pad)

        roles = {theme.role_label(d.role) for d in docs} or {theme.role_label(ROLE_ORDER[0])}
        duos = {d.duo for d in docs if d.duo} or {"Duo 0"}
        counts = [str(max((d.codings for d in docs), default=0)), "00"]
        header = self.tree.header()
        self._widths = {
            1: width(1, sorted(roles), 14 * fm.averageCharWidth()),
            2: width(2, sorted(duos), 11 * fm.averageCharWidth()),
            # the count's header ("Coderingen") is read whole; the name gives way
            3: width(3, counts, fm.horizontalAdvance(self._header(3)) + pad),
        }
        for col, w in self._widths.items():
            header.resizeSection(col, w)
        self._fit_columns()

    def _header(self, col: int) -> str:
        return str(self.model.headerData(col, Qt.Orientation.Horizontal, 0))

    def name_room(self) -> int:
        """What the name column needs for a readable name: indentation, role dot and
        "Vertrouwensrelatie (12)"-wide text."""
        tree = self.tree
        return tree.indentation() + 16 + 20 + text_width(tree, READABLE_NAME)

    def readable_width(self) -> int:
        """The narrowest this pane may get: a readable name beside the count of codings
        (the Role and Duo columns are hidden at this width; the role is the dot)."""
        style, tree = self.tree.style(), self.tree
        scroll = style.pixelMetric(style.PixelMetric.PM_ScrollBarExtent)
        layout = self.layout()
        sides = layout.contentsMargins().left() * 2 if layout is not None else 8
        count = self._widths[3]
        return self.name_room() + count + scroll + 2 * tree.frameWidth() + sides

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """Hide the Duo, then the Role column when the name would be cut below a readable
        width; show them again when the pane is widened."""
        header = self.tree.header()
        room = self.tree.viewport().width() - self._widths[3] - self.name_room()
        role, duo = self._widths[1], self._widths[2]
        for col, hide in ((1, room < role + duo), (2, room < duo)):
            if header.isSectionHidden(col) != hide:
                header.setSectionHidden(col, hide)
                if not hide:
                    header.resizeSection(col, self._widths[col])

    def _span_cases(self, *_args: object) -> None:
        """Organisation rows use the whole width: their names are long, their counts are
        in the tooltip."""
        for row in range(self.proxy.rowCount()):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)

    def set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller
        self._selected, self._current, self._collapsed = set(), None, set()
        if controller is not None:
            controller.changed.connect(self._on_changed)
            self._refresh()
        else:
            self.model.set_documents([])
        self._say_empty()

    def _on_changed(self, changes: Changes) -> None:
        if self.controller is not None and changes.any_of(*REFRESH_TABLES):
            self._refresh()

    def _refresh(self) -> None:
        assert self.controller is not None
        memos = {
            i: t
            for (kind, i), t in self.controller.memos().items()
            if kind == "document" and i is not None
        }
        self.model.set_documents(self.controller.documents(), memos)

    # -- state ------------------------------------------------------------------------------
    def _save_state(self) -> None:
        self._selected = set(self.selected_documents(include_groups=False))
        self._current = self.current_document()
        self._collapsed = set()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if not self.tree.isExpanded(index):
                self._collapsed.add(self.model.data(self.proxy.mapToSource(index), CASE_ROLE))

    def _restore_state(self) -> None:
        self._size_columns()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            case = self.model.data(self.proxy.mapToSource(index), CASE_ROLE)
            self.tree.setExpanded(index, case not in self._collapsed)
        sm = self.tree.selectionModel()
        with_blocked = sm.blockSignals(True)
        for doc_id in self._selected:
            index = self.proxy.mapFromSource(self.model.index_of(doc_id))
            if index.isValid():
                sm.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        if self._current is not None:
            index = self.proxy.mapFromSource(self.model.index_of(self._current))
            if index.isValid():
                sm.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        sm.blockSignals(with_blocked)
        self.tree.viewport().update()
        self.selection_changed.emit()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()
        self._say_empty()

    def _say_empty(self) -> None:
        """What the empty tree says: nothing matches the filter, or no transcripts yet."""
        typed = self.filter.text().strip()
        if typed:
            text = self.tr("No document matches “%1”.").replace("%1", typed)
        elif self.controller is None:
            text = ""
        else:
            text = self.tr(
                "No transcripts yet — import them with File ▸ Import transcripts… "
                "(Ctrl+Shift+I), or drop the files on this window."
            )
        self.tree.set_placeholder(text)

    # -- reading ----------------------------------------------------------------------------
    def current_document(self) -> int | None:
        value = self.tree.currentIndex().data(DOC_ID_ROLE)
        return int(value) if value is not None else None

    def selected_documents(self, *, include_groups: bool = True) -> list[int]:
        """Selected documents; a selected case stands for all its documents."""
        ids: list[int] = []
        for index in self.tree.selectionModel().selectedRows(0):
            value = index.data(DOC_ID_ROLE)
            if value is not None:
                ids.append(int(value))
            elif include_groups:
                for r in range(self.proxy.rowCount(index)):
                    child = self.proxy.index(r, 0, index).data(DOC_ID_ROLE)
                    if child is not None:
                        ids.append(int(child))
        return list(dict.fromkeys(ids))

    def show_document(self, doc_id: int) -> None:
        """Make a document current (and selected) as if the researcher clicked it."""
        index = self.proxy.mapFromSource(self.model.index_of(doc_id))
        if index.isValid():
            self.tree.setExpanded(index.parent(), True)
            if doc_id not in self.selected_documents(include_groups=False):
                self.tree.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
            else:
                self.tree.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.NoUpdate
                )
            self.tree.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        value = current.data(DOC_ID_ROLE)
        if value is not None:
            self.open_requested.emit(int(value))

    # -- context menu -----------------------------------------------------------------------
    def _context(self, pos: QPoint) -> None:
        doc_id = self.tree.indexAt(pos).data(DOC_ID_ROLE)
        if doc_id is None or self.controller is None:
            return
        menu = QMenu(self)
        menu.addAction(
            icons.icon("properties"),
            self.tr("&Properties…"),
            lambda: self.edit_properties(int(doc_id)),
        )
        menu.addAction(self.tr("&Rename…"), lambda: self.rename(int(doc_id)))
        menu.addAction(
            icons.icon("memo"), self.tr("&Memo…"), lambda: self.memo_requested.emit(int(doc_id))
        )
        menu.addSeparator()
        menu.addAction(icons.icon("delete"), self.tr("&Delete…"), lambda: self.delete(int(doc_id)))
        self.show_menu(menu, self.tree.viewport().mapToGlobal(pos))

    def show_menu(self, menu: QMenu, pos: QPoint) -> None:
        """Run a context menu (one place, so a test can look at it instead)."""
        menu.exec(pos)

    def edit_properties(self, doc_id: int) -> None:
        assert self.controller is not None
        project = self.controller.project
        info = project.document(doc_id)
        docs = self.controller.documents()
        dialog = DocumentPropertiesDialog(
            info,
            sorted({d.case for d in docs if d.case}),
            sorted({d.duo for d in docs if d.duo}),
            self,
            controller=self.controller,  # shows the doubts about the turns, opens turn rules
        )
        if dialog.exec():
            role, case, duo, attributes = dialog.values()
            self.controller.run(
                self.tr("Change properties of %1").replace("%1", info.name),
                project.set_document_properties,
                doc_id,
                role=role,
                case=case,
                duo=duo,
                attributes=attributes,
            )

    def rename(self, doc_id: int) -> None:
        assert self.controller is not None
        info = self.controller.project.document(doc_id)
        name, ok = QInputDialog.getText(
            self, self.tr("Rename document"), self.tr("New name:"), text=info.name
        )
        if ok and name.strip() and name.strip() != info.name:
            self.controller.run(
                self.tr("Rename document %1").replace("%1", info.name),
                self.controller.project.rename_document,
                doc_id,
                name,
            )

    def delete(self, doc_id: int) -> None:
        assert self.controller is not None
        info = self.controller.project.document(doc_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete document"),
            self.tr("Delete '%1' and the %2 codings in it?\nYou can undo this with Edit ▸ Undo.")
            .replace("%1", info.name)
            .replace("%2", str(info.codings)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.controller.run(
                self.tr("Delete document %1").replace("%1", info.name),
                self.controller.project.delete_document,
                doc_id,
            )
