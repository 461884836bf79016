"""Who is coding, and whose codings are shown: the coder dialog (asked on first start and
from Edit ▸ Coder…), the coder in the status bar, and View ▸ Coders (show or hide each
coder's codings in the transcript and its margin, or code the document blind).

Visibility lives on the `ProjectController` (other views change it too: the agreement view
shows the coders it compares); this module only offers it in the menu and applies it to
the transcript whenever it changes."""

from __future__ import annotations

import getpass
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.coders import default_coder_color
from duocoder.domain import limits
from duocoder.gui.common.controller import ProjectController

if TYPE_CHECKING:
    from duocoder.gui.shell.parts import MenuHost


def color_icon(color: str, size: int = 12) -> QIcon:
    """A round dot in a coder's colour, for menus and the status bar."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on this system: the researcher types one
        return ""


class CoderDialog(QDialog):
    """Name and colour of the person coding: saved with each coding and memo they make."""

    def __init__(
        self,
        name: str,
        color: str | None,
        parent: QWidget | None = None,
        *,
        first: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to DuoCoder") if first else self.tr("Coder"))
        about = self.tr(
            "Your name is saved with each coding and memo you make, so codings by "
            "several coders can be told apart and compared. Your colour marks your "
            "codings in the margin."
        )
        if first:  # asked once, before anything else: say why, and that it is not final
            about = (
                self.tr("Before you start: who is coding?")
                + " "
                + about
                + " "
                + self.tr("You can change both later (Edit ▸ Coder…).")
            )
        intro = QLabel(about, self)
        intro.setWordWrap(True)
        self.name_edit = QLineEdit(name, self)
        self.name_edit.setMaxLength(limits.NAME)
        self.name_edit.setPlaceholderText(self.tr("e.g. Lies Peeters"))
        self.color = color or default_coder_color(name or "?")
        self._chosen = color is not None
        self.swatch = QPushButton(self)
        self.swatch.setAccessibleName(self.tr("Colour"))
        self.swatch.clicked.connect(self.choose_color)
        self.name_edit.textChanged.connect(self._name_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        row = QHBoxLayout()
        row.addWidget(self.swatch)
        row.addStretch(1)
        color_label = QLabel(self.tr("&Colour:"), self)
        color_label.setBuddy(self.swatch)  # a form row with a layout gets no buddy itself
        form.addRow(color_label, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        self._show_color()
        self._name_changed(name)

    def name(self) -> str:
        return " ".join(self.name_edit.text().split())

    def _name_changed(self, _text: str) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name()))
        if not self._chosen:  # follow the name until a colour is chosen
            self.color = default_coder_color(self.name() or "?")
            self._show_color()

    def choose_color(self) -> None:
        color = QColorDialog.getColor(QColor(self.color), self, self.tr("Your colour"))
        if color.isValid():
            self.set_color(color.name())

    def set_color(self, color: str) -> None:
        self.color = QColor(color).name()
        self._chosen = True
        self._show_color()

    def _show_color(self) -> None:
        self.swatch.setIcon(color_icon(self.color, 14))
        self.swatch.setText(" " + self.tr("Choose…"))
        self.swatch.setToolTip(self.color)


def ask_first_coder(parent: QWidget | None = None) -> bool:
    """On the first start (no coder in the settings) ask who is coding, before the window
    is used; the login name is offered. Returns whether a coder is set now."""
    settings = QSettings()
    known = settings.value("coder", "")
    if isinstance(known, str) and known.strip():
        return True
    dialog = CoderDialog(login_name(), None, parent, first=True)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name():
        return False
    settings.setValue("coder", dialog.name())
    settings.setValue("coder_color", dialog.color)
    return True


class CodersUi:
    """View ▸ Coders, the status bar's coder, and the transcript's coder filter."""

    def __init__(self, window: MenuHost, menu: QMenu) -> None:
        self.window = window
        self.menu = menu
        self.controller: ProjectController | None = None
        self.status = QLabel(window)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setToolTip(
            QCoreApplication.translate("CodersUi", "Edit ▸ Coder… switches the coder or colour")
        )
        window.statusBar().addPermanentWidget(self.status)
        menu.aboutToShow.connect(self.fill_menu)
        window.project_changed.connect(self.set_controller)
        window.transcript.coder_filter = self.coder_visible
        self.show_status()

    def set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller
        self.window.header.set_blind(False)  # until a document coded blind is shown
        if controller is not None:
            controller.coders_visibility_changed.connect(self.apply)
            controller.coder_changed.connect(self.show_status)
            controller.changed.connect(self._on_changed)
            controller.write_coder_color()
            self.read_colors()
        self.show_status()

    def coder_visible(self, name: str | None) -> bool:
        return self.controller is None or self.controller.coder_visible(name)

    # -- applying ---------------------------------------------------------------------------
    def read_colors(self) -> None:
        """The coders' colours for the margin and tooltips."""
        if self.controller is not None:
            self.window.transcript.coder_colors = {
                c.name: c.color for c in self.controller.project.coders()
            }

    def _on_changed(self, changes: object) -> None:
        if getattr(changes, "coders", None):
            self.read_colors()
            self.window.transcript.brackets.update()

    def apply(self) -> None:
        """Show whose codings are visible now, in the transcript, margin and header."""
        view = self.window.transcript
        blind = self.controller is not None and self.controller.is_blind()
        self.window.header.set_blind(blind)  # is_blind: False without a current document
        view.refilter()
        self.show_status()

    def show_status(self) -> None:
        settings_name = QSettings().value("coder", "")
        name = settings_name if isinstance(settings_name, str) else ""
        if self.controller is not None:
            color = self.controller.coder_color
        else:
            chosen = QSettings().value("coder_color", "")
            color = chosen if isinstance(chosen, str) and chosen else default_coder_color(name)
        if not name:
            self.status.setText("")
            return
        text = escape(QCoreApplication.translate("CodersUi", "Coder: %1").replace("%1", name))
        blind = ""
        if self.controller is not None and self.controller.is_blind():
            blind = " · " + escape(QCoreApplication.translate("CodersUi", "blind"))
        self.status.setText(f"<span style='color:{color}'>●</span> {text}{blind}")

    # -- the menu ---------------------------------------------------------------------------
    def fill_menu(self) -> None:
        menu, c = self.menu, self.controller
        menu.clear()
        if c is None:
            menu.addAction(QCoreApplication.translate("CodersUi", "No project open")).setEnabled(
                False
            )
            return
        coders = c.project.coders()
        visible = c.visible_coders()
        blind = c.is_blind()
        everyone = menu.addAction(QCoreApplication.translate("CodersUi", "Show &all coders"))
        everyone.setEnabled(visible is not None or blind)
        everyone.triggered.connect(self.show_all)
        if coders:
            menu.addSeparator()
        for coder in coders:
            label = (
                QCoreApplication.translate("CodersUi", "%1 — codings: %2")
                .replace("%1", coder.name)
                .replace("%2", str(coder.codings))
            )
            act = menu.addAction(color_icon(coder.color), label)
            act.setCheckable(True)
            act.setChecked(visible is None or coder.name in visible)
            act.setEnabled(not blind)
            act.toggled.connect(
                lambda on, name=coder.name, names=[x.name for x in coders]: self._toggle(
                    name, on, names
                )
            )
        menu.addSeparator()
        blind_act = menu.addAction(
            QCoreApplication.translate("CodersUi", "Code this document &blind")
        )
        blind_act.setCheckable(True)
        blind_act.setChecked(blind)
        blind_act.setEnabled(c.current_document() is not None)
        blind_act.setToolTip(
            QCoreApplication.translate(
                "CodersUi", "Hide other coders' codings in this document while you code it"
            )
        )
        blind_act.toggled.connect(c.set_blind)

    def show_all(self) -> None:
        """Every coder's codings, also in a document coded blind."""
        if self.controller is not None:
            self.controller.set_blind(False)
            self.controller.set_visible_coders(None)

    def _toggle(self, name: str, on: bool, names: list[str]) -> None:
        c = self.controller
        if c is None:
            return
        shown = c.visible_coders()
        visible = set(names) if shown is None else set(shown)
        if on:
            visible.add(name)
        else:
            visible.discard(name)
        c.set_visible_coders(None if visible >= set(names) else visible)


def edit_coder(window: MenuHost) -> None:
    """Edit ▸ Coder…: switch to another coder or colour at any time."""
    settings = QSettings()
    name = settings.value("coder", "")
    chosen = settings.value("coder_color", "")
    dialog = CoderDialog(
        name if isinstance(name, str) and name else login_name(),
        chosen if isinstance(chosen, str) and chosen else None,
        window,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.name():
        return
    controller = window.controller
    if controller is not None:
        controller.set_identity(dialog.name(), dialog.color)
    else:
        settings.setValue("coder", dialog.name())
        settings.setValue("coder_color", dialog.color)
    window.coders_ui.show_status()
