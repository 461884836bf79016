"""Codebook changes from the code tree's context menu, each one undoable core call."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QDialog, QInputDialog, QMenu, QMessageBox, QWidget

from duocoder.domain.records import CodeInfo
from duocoder.gui.common import icons
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.panes.codes import CodesPane
from duocoder.gui.transcript.code_picker import pick_code


class CodeMenu(QObject):
    memo_requested = Signal(int)  # edit this code's memo

    def __init__(self, pane: CodesPane, parent: QWidget) -> None:
        super().__init__(parent)
        self.pane = pane
        self._window = parent
        self.controller: ProjectController | None = None
        pane.context_requested.connect(self.show)

    def set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller

    def _info(self, code_id: int | None) -> CodeInfo | None:
        if self.controller is None or code_id is None:
            return None
        return next((c for c in self.controller.codes() if c.id == code_id), None)

    def show(self, pos: QPoint, code_id: int | None) -> None:
        if self.controller is None:
            return
        self.menu(code_id).exec(pos)

    def menu(self, code_id: int | None) -> QMenu:
        menu = QMenu(self._window)
        info = self._info(code_id)
        menu.addAction(icons.icon("code-add"), self.tr("&Add code…"), lambda: self.add_code(None))
        if info is None:
            return menu
        menu.addAction(self.tr("Add &sub-code…"), lambda: self.add_code(info.id))
        menu.addSeparator()
        menu.addAction(self.tr("&Rename…"), lambda: self.rename(info))
        menu.addAction(self.tr("Change &colour…"), lambda: self.recolor(info))
        menu.addAction(self.tr("Edit &description…"), lambda: self.describe(info))
        menu.addAction(self.tr("Edit &keywords…"), lambda: self.edit_keywords(info))
        menu.addAction(
            icons.icon("memo"), self.tr("&Memo…"), lambda: self.memo_requested.emit(info.id)
        )
        codable = menu.addAction(self.tr("C&odable"), lambda: self.toggle_codable(info))
        codable.setCheckable(True)
        codable.setChecked(info.codable)
        menu.addSeparator()
        menu.addAction(self.tr("&Merge into…"), lambda: self.merge(info))
        menu.addAction(icons.icon("delete"), self.tr("&Delete…"), lambda: self.delete(info))
        return menu

    # -- operations -------------------------------------------------------------------------
    def add_code(self, parent: int | None) -> CodeInfo | None:
        if self.controller is None:
            return None
        name, ok = QInputDialog.getText(self._window, self.tr("Add code"), self.tr("Name:"))
        if not ok or not name.strip():
            return None
        info = self.controller.run(
            self.tr("Add code %1").replace("%1", name.strip()),
            self.controller.project.add_code,
            name,
            parent,
        )
        if info is not None:
            self.pane.select_code(info.id)
        return info

    def rename(self, info: CodeInfo) -> None:
        assert self.controller is not None
        name, ok = QInputDialog.getText(
            self._window, self.tr("Rename code"), self.tr("New name:"), text=info.name
        )
        if ok and name.strip() and name.strip() != info.name:
            self.controller.run(
                self.tr("Rename code %1").replace("%1", info.name),
                self.controller.project.rename_code,
                info.id,
                name,
            )

    def recolor(self, info: CodeInfo) -> None:
        assert self.controller is not None
        color = QColorDialog.getColor(QColor(info.color), self._window, self.tr("Code colour"))
        if color.isValid():
            self.controller.run(
                self.tr("Change colour of %1").replace("%1", info.name),
                self.controller.project.recolor_code,
                info.id,
                color.name(),
            )

    def describe(self, info: CodeInfo) -> None:
        assert self.controller is not None
        text, ok = QInputDialog.getMultiLineText(
            self._window,
            self.tr("Description"),
            self.tr("What does '%1' mean, and when do you apply it?").replace("%1", info.name),
            info.description,
        )
        if ok:
            self.controller.run(
                self.tr("Edit description of %1").replace("%1", info.name),
                self.controller.project.describe_code,
                info.id,
                text,
            )

    def edit_keywords(self, info: CodeInfo) -> None:
        """The code's auto-coding keywords in one line, `;` or `,` between them; saved as
        one undoable step (the core trims them and drops repeats)."""
        assert self.controller is not None
        dialog = QInputDialog(self._window)
        dialog.setObjectName("code_keywords")
        dialog.setWindowTitle(self.tr("Keywords"))
        dialog.setLabelText(
            self.tr(
                "Keywords of '%1', separated by ; or , — suggestions offer the sentences "
                "that contain one of them in any form (vertrouwen also finds vertrouwde):"
            ).replace("%1", info.name)
        )
        dialog.setTextValue("; ".join(info.keywords))
        dialog.resize(max(dialog.sizeHint().width(), 560), dialog.sizeHint().height())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.controller.run(
            self.tr("Edit keywords of %1").replace("%1", info.name),
            self.controller.project.set_keywords,
            info.id,
            [dialog.textValue()],
        )

    def toggle_codable(self, info: CodeInfo) -> None:
        assert self.controller is not None
        self.controller.run(
            self.tr("Change whether %1 is codable").replace("%1", info.name),
            self.controller.project.set_codable,
            info.id,
            not info.codable,
        )

    def merge(self, info: CodeInfo) -> None:
        assert self.controller is not None
        project = self.controller.project
        target = pick_code(
            self.controller.codes(),
            self.tr("Merge '%1' into").replace("%1", info.name),
            self._window,
            exclude=set(project.descendants(info.id)),
            codable_only=False,
        )
        if target is not None:
            self.controller.run(
                self.tr("Merge %1").replace("%1", info.name), project.merge_codes, info.id, target
            )

    def delete(self, info: CodeInfo) -> None:
        assert self.controller is not None
        project = self.controller.project
        has_children = any(c.parent_id == info.id for c in self.controller.codes())
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Delete code"))
        if has_children:
            box.setText(
                self.tr(
                    "Delete '%1'? It has sub-codes; together they hold %2 codings "
                    "(%3 of them its own)."
                )
                .replace("%1", info.name)
                .replace("%2", str(info.total_count))
                .replace("%3", str(info.own_count))
            )
            everything = box.addButton(
                self.tr("Delete with sub-codes"), QMessageBox.ButtonRole.DestructiveRole
            )
            keep = box.addButton(self.tr("Keep sub-codes"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(
                self.tr("Delete '%1' and its %2 codings?")
                .replace("%1", info.name)
                .replace("%2", str(info.own_count))
            )
            everything = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
            keep = None
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setInformativeText(self.tr("You can undo this with Edit ▸ Undo."))
        box.exec()
        clicked = box.clickedButton()
        if clicked is everything or (keep is not None and clicked is keep):
            self.controller.run(
                self.tr("Delete code %1").replace("%1", info.name),
                project.delete_code,
                info.id,
                keep_children=clicked is keep,
            )
