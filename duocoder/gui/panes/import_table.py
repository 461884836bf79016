"""The import dialog's table: one row per file with its document name, role, case and duo,
prefilled with what `duocoder.app.guess` made of the file's name and first lines. A guessed
cell is shown in italics with the reason as its tooltip, until the researcher changes it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from duocoder.app.guess import FileGuess
from duocoder.domain.guessing import Reason
from duocoder.domain.roles import Role
from duocoder.gui.common.filter_boxes import add_role_items
from duocoder.gui.panes.document_dialog import editable_combo

FILE, NAME, ROLE, CASE, DUO, NOTE = range(6)
PATH_ROLE = Qt.ItemDataRole.UserRole
DUO_ROLES = (Role.PARTICIPANT, Role.VOLUNTEER)


@dataclass(frozen=True, slots=True)
class RowValues:
    path: str
    name: str
    role: Role | None
    case: str | None
    duo: str | None


class ImportTable(QTableWidget):
    edited = Signal()  # a cell changed: the dialog checks the rows again

    def __init__(self, cases: list[str], duos: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.cases, self.duos = cases, duos
        self._filling = False  # values set by the program, not by the researcher
        self.guessed: set[str] = set()  # paths whose guess arrived
        self.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Document name"),
                self.tr("Role"),
                self.tr("Case (organisation)"),
                self.tr("Duo"),
                self.tr("Note"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in ((FILE, 180), (NAME, 150), (ROLE, 130), (CASE, 170), (DUO, 80)):
            self.setColumnWidth(column, width)
        self.verticalHeader().hide()
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.itemChanged.connect(self._item_changed)

    # -- rows -------------------------------------------------------------------------------
    def paths(self) -> list[str]:
        return [self._file(r).data(PATH_ROLE) for r in range(self.rowCount())]

    def _file(self, row: int) -> QTableWidgetItem:
        item = self.item(row, FILE)
        assert item is not None
        return item

    def add_files(self, files: list[str]) -> list[str]:
        """Add a row per file not yet listed; the new paths, to be guessed."""
        present = set(self.paths())
        added = []
        self._filling = True
        for f in files:
            if f in present:
                continue
            present.add(f)
            added.append(f)
            r = self.rowCount()
            self.insertRow(r)
            item = QTableWidgetItem(Path(f).name)
            item.setData(PATH_ROLE, f)
            item.setToolTip(f)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(r, FILE, item)
            self.setItem(r, NAME, QTableWidgetItem(Path(f).stem))
            note = QTableWidgetItem("")
            note.setFlags(note.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(r, NOTE, note)
            role = add_role_items(QComboBox(self), self.tr("(choose)"))
            role.setToolTip(self.tr("Whose voice the transcript carries"))
            role.currentIndexChanged.connect(lambda _i, box=role: self._user_edit(box))
            self.setCellWidget(r, ROLE, role)
            for column, values in ((CASE, self.cases), (DUO, self.duos)):
                box = editable_combo(self, values, None)
                box.editTextChanged.connect(lambda _t, b=box: self._user_edit(b))
                self.setCellWidget(r, column, box)
        self._filling = False
        self.edited.emit()
        return added

    def remove_selected(self) -> None:
        for r in sorted({i.row() for i in self.selectedIndexes()}, reverse=True):
            self.removeRow(r)
        self.edited.emit()

    def combo(self, row: int, column: int) -> QComboBox:
        box = self.cellWidget(row, column)
        assert isinstance(box, QComboBox)
        return box

    def row_of(self, path: str) -> int:
        return self.paths().index(path)

    def values(self) -> list[RowValues]:
        out = []
        for r in range(self.rowCount()):
            name = self.item(r, NAME)
            role = self.combo(r, ROLE).currentData()
            out.append(
                RowValues(
                    self._file(r).data(PATH_ROLE),
                    name.text().strip() if name is not None else "",
                    Role(role) if role else None,
                    self.combo(r, CASE).currentText().strip() or None,
                    self.combo(r, DUO).currentText().strip() or None,
                )
            )
        return out

    # -- guesses and edits ------------------------------------------------------------------
    def apply_guesses(self, guesses: list[FileGuess]) -> None:
        """Fill the cells the researcher has not touched with the guesses, marked as such."""
        paths = self.paths()
        self._filling = True
        for g in guesses:
            if g.path not in paths:
                continue  # removed meanwhile
            self.guessed.add(g.path)
            r = paths.index(g.path)
            for column, value in (
                (ROLE, g.guess.role),
                (CASE, g.guess.case),
                (DUO, g.guess.duo),
            ):
                box = self.combo(r, column)
                reason = g.guess.reason(("role", "case", "duo")[column - ROLE])
                if value is None or box.property("touched"):
                    if reason is not None and not box.property("touched"):
                        box.setToolTip(self._reason_text(reason))
                    continue
                if column == ROLE:
                    box.setCurrentIndex(box.findData(Role(value).value))
                else:
                    box.setCurrentText(str(value))
                self._mark(box, reason)
            note = self.item(r, NOTE)
            assert note is not None
            if g.existing:
                note.setText(self.tr("already in the project as %1").replace("%1", g.existing))
            elif g.problem:
                note.setText(g.problem)
            note.setToolTip(note.text())
        self._filling = False
        self.edited.emit()

    def _reason_text(self, reason: Reason) -> str:
        where = (
            self.tr("guessed from the file name")
            if reason.origin == "file name"
            else self.tr("guessed from the first lines of the text")
        )
        if not reason.guessed:
            where = (
                self.tr("not guessed: the file name is not clear")
                if reason.origin == "file name"
                else self.tr("not guessed: the first lines are not clear")
            )
        return f"{where} ({reason.evidence}); {self.tr('please check')}"

    def _mark(self, box: QComboBox, reason: Reason | None) -> None:
        font = QFont(box.font())
        font.setItalic(True)
        box.setFont(font)
        box.setProperty("guessed", True)
        if reason is not None:
            box.setToolTip(self._reason_text(reason))

    def _unmark(self, box: QComboBox) -> None:
        if box.property("guessed"):
            font = QFont(box.font())
            font.setItalic(False)
            box.setFont(font)
            box.setProperty("guessed", False)
            box.setToolTip("")

    def _user_edit(self, box: QComboBox) -> None:
        if not self._filling:
            box.setProperty("touched", True)
            self._unmark(box)
        self.edited.emit()

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self.edited.emit()

    def is_guessed(self, row: int, column: int) -> bool:
        return bool(self.combo(row, column).property("guessed"))

    def set_rows(
        self,
        rows: list[int],
        role: Role | None = None,
        case: str | None = None,
        duo: str | None = None,
    ) -> None:
        """The researcher's choice for several rows at once (None leaves a column as is)."""
        for r in rows:
            if role is not None:
                self.combo(r, ROLE).setCurrentIndex(self.combo(r, ROLE).findData(role.value))
            if case is not None:
                self.combo(r, CASE).setCurrentText(case)
            if duo is not None:
                self.combo(r, DUO).setCurrentText(duo)
            for column, value in ((ROLE, role), (CASE, case), (DUO, duo)):
                if value is not None:
                    self.combo(r, column).setProperty("touched", True)
                    self._unmark(self.combo(r, column))

    # -- checks -----------------------------------------------------------------------------
    def problems(self) -> list[str]:
        """What keeps the rows from being imported, one sentence each; empty when none."""
        rows = self.values()
        out = []
        no_role = [Path(v.path).name for v in rows if v.role is None]
        if no_role:
            out.append(self.tr("Choose a role for %1").replace("%1", _names(no_role)))
        duo_wrong = [
            Path(v.path).name
            for v in rows
            if v.duo and v.role is not None and v.role not in DUO_ROLES
        ]
        if duo_wrong:
            out.append(
                self.tr(
                    "Only a participant or a volunteer belongs to a duo; clear the duo of %1",
                ).replace("%1", _names(duo_wrong))
            )
        no_name = [Path(v.path).name for v in rows if not v.name]
        if no_name:
            out.append(self.tr("Give %1 a document name").replace("%1", _names(no_name)))
        return out


def _names(names: list[str], shown: int = 3) -> str:
    more = len(names) - shown
    return ", ".join(names[:shown]) + (f" (+{more})" if more > 0 else "")
