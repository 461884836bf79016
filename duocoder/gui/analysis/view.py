"""What every analysis tab shares: the filters on top, the result in the middle, under it
how the result was counted, and Export… at the bottom.

The definition is always on screen because every tool counts co-occurrence (and even "how
often a code occurs") differently: a researcher comparing a figure with one from another
tool, or pasting it into a report, must see the unit, the mode and the filters it stands
for. A view recounts when a filter changes (after `FILTER_DELAY_MS`, so typing through a
spin box asks once) and when the project changes (after `CHANGE_DELAY_MS`, so a burst of
codings asks once); a tab out of sight recounts only when it is shown again."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any, ClassVar

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.changes import Changes
from duocoder.app.project import Project
from duocoder.gui.analysis.filters import ALL_PARTS, FilterBar, Scope
from duocoder.gui.common import theme
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.flow_layout import FlowLayout, labelled
from duocoder.gui.common.tasks import BusyBar, Job, TaskRunner
from duocoder.gui.panes import export_dialog

FILTER_DELAY_MS = 150
CHANGE_DELAY_MS = 400
# what a count can depend on; a memo or a setting alters none
COUNTED = ("documents", "paragraphs", "turns", "codes", "codings", "coders")


class AnalysisView(QWidget):
    """Subclasses set `kind`, build their body in `__init__` (via `set_body`), and
    implement `make_job` (runs in a worker, without Qt) and `show_result` (GUI thread)."""

    kind: ClassVar[str] = ""
    PARTS: ClassVar[tuple[str, ...]] = ALL_PARTS
    open_passage = Signal(int, int, int)  # document id, start, end
    listen_requested = Signal(int, int, int)  # play the recording of a passage (a quote)
    message = Signal(str)  # for the window's status bar
    # every concrete view: the count, run in a worker thread, and how to show its result
    make_job: Callable[[Project, dict[str, Any]], Job]
    show_result: Callable[[Any], None]

    def __init__(self, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = scope
        self.controller: ProjectController | None = None
        self.result: Any = None
        self.counted: dict[str, Any] = {}  # the filters `result` was counted with
        self._asked: dict[str, Any] = {}  # those of the job running now
        self._stale = False
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.filters = FilterBar(scope, self, self.PARTS)
        self.filters.changed.connect(self.schedule)
        self.options = FlowLayout()  # the view's own choices, wrapping in a narrow pane
        self.busy = BusyBar(self.runner, self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.definition = QTextBrowser(self)
        self.definition.setAccessibleName(self.tr("How this was counted"))
        self.definition.setFrameShape(QFrame.Shape.StyledPanel)
        self.definition.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.definition.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.definition.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.recalculate = QPushButton(self.tr("Recalculate"), self)
        self.recalculate.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.recalculate.setToolTip(self.tr("Count again now (F5)"))
        self.recalculate.clicked.connect(lambda: self.schedule(0))
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.export_menu = QMenu(self.export_button)
        self.export_menu.aboutToShow.connect(self._fill_export_menu)
        self.export_button.setMenu(self.export_menu)
        self._body = QVBoxLayout()
        self._body.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.recalculate)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filters)
        layout.addLayout(self.options)
        layout.addWidget(self.busy)
        layout.addWidget(self.notice)
        layout.addLayout(self._body, 1)
        layout.addWidget(self.definition)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.recompute)

    def title(self) -> str:
        """The tab's name (each view sets its window title)."""
        return self.windowTitle()

    def set_body(self, widget: QWidget) -> None:
        self._body.addWidget(widget)

    def add_option(self, widget: QWidget, label: str | None = None) -> None:
        self.options.addWidget(labelled(label, widget, self) if label else widget)

    # -- the project ------------------------------------------------------------------------
    def set_controller(self, controller: ProjectController | None) -> None:
        self.runner.set_project(controller)  # a count of the previous project is dropped
        self.controller = controller
        self.result = None
        self.show_result(None)  # nothing of the previous project stays on screen
        self.filters.set_controller(controller)
        if controller is not None:
            controller.changed.connect(self._on_changed)
        self.controller_changed()
        self.schedule(0)

    def controller_changed(self) -> None:
        """A hook for views that list the project's codes or duos themselves."""

    def _on_changed(self, changes: Changes) -> None:
        if not changes.any_of(*COUNTED):
            return
        if changes.any_of("documents", "coders"):
            self.filters.refill()
        if changes.any_of("codes", "documents"):
            self.controller_changed()
        self.schedule(CHANGE_DELAY_MS)

    def scope_changed(self, documents: bool) -> None:
        """The panes' selection changed; recount if this view follows that pane."""
        if (documents and self.filters.follows_documents) or (
            not documents and self.filters.follows_codes
        ):
            self.schedule()

    # -- counting ---------------------------------------------------------------------------
    def schedule(self, delay: int = FILTER_DELAY_MS) -> None:
        if not self.isVisible() and delay:
            self._stale = True  # counted when the tab is shown
            return
        self._timer.start(delay)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._timer.start(0)

    def recompute(self) -> None:
        self._timer.stop()
        self._stale = False
        if self.controller is None:
            self.runner.shut_down()
            return
        missing = self.filters.missing_scope() or self.missing_choice()
        if missing:
            self.runner.cancel()
            self.show_notice(missing)
            self.result = None
            self.show_result(None)
            self.definition.clear()
            return
        self._asked = self.filters.filters()
        self.runner.start(self.make_job(self.controller.project, dict(self._asked)))

    def missing_choice(self) -> str | None:
        """A sentence when the view itself lacks a choice (the stakeholder view's code)."""
        return None

    def _finished(self, result: Any) -> None:
        self.result, self.counted = result, self._asked  # only the latest job reports
        self.show_notice(None)
        self.show_result(result)
        lines = result.definition.describe(theme.ui_language())
        whose = self.whose_codings(self.counted.get("coders"))
        html = (
            f"<b>{escape(self.tr('How this was counted'))} ({escape(whose)}):</b> "
            f"{escape(lines[0])}<br>"
        )
        self.definition.setHtml(html + "<br>".join(escape(line) for line in lines[1:]))

    def whose_codings(self, coders: list[str] | tuple[str, ...] | None) -> str:
        """Whose codings a figure counts, said first in the definition (and in a chart's
        title), so a printed figure of one coder is never taken for the team's."""
        if not coders:
            return self.tr("codings of all coders")
        return self.tr("codings of %1").replace("%1", ", ".join(coders))

    def _failed(self, message: str) -> None:
        self.show_notice(
            message or self.tr("Cancelled. Press Recalculate (F5) to count again."), error=True
        )

    def show_notice(self, text: str | None, *, error: bool = False) -> None:
        """A sentence above the result: what to choose first, or why nothing was counted."""
        self.notice.setVisible(bool(text))
        self.notice.setText(f"⚠ {text}" if text and error else text or "")

    def shut_down(self) -> None:
        self._timer.stop()
        self.runner.shut_down()

    # -- exporting --------------------------------------------------------------------------
    def table_exports(self) -> list[tuple[str, Any]]:
        """(menu text, result) for each table this view can write to .xlsx/.csv."""
        return [(self.tr("&Table to Excel or CSV…"), self.result)]

    def quote_filters(self) -> dict[str, Any] | None:
        """The filters of the quote list for Word, or None when the view offers none."""
        filters = dict(self.counted)  # the selection on screen, even if a recount is pending
        filters.pop("include_interviewer", None)  # quotes never carry interviewer words
        return filters

    def extra_exports(self, menu: QMenu) -> None:
        """A hook for more entries (the bar chart as an image)."""

    def _fill_export_menu(self) -> None:
        self.export_menu.clear()
        for text, result in self.table_exports():
            action = self.export_menu.addAction(text)
            action.setEnabled(result is not None)
            action.triggered.connect(lambda _c=False, r=result: self.export_table(r))
        quotes = self.quote_filters()
        if quotes is not None:
            self.export_menu.addAction(
                self.tr("&Quotes to Word…"), lambda: self.export_quotes(quotes)
            )
        self.extra_exports(self.export_menu)

    def export_table(self, result: Any, path: str | None = None) -> str | None:
        if self.controller is None or result is None:
            return None
        name = f"{self.title()}.xlsx"
        path = path or export_dialog.ask_table_path(self, name, self.last_folder())
        if not path:
            return None
        written = export_dialog.write_table(self.controller, result, path, self)
        if written:
            self.remember_folder(written)
            self.message.emit(self.tr("Table written to %1.").replace("%1", written))
        return written

    def export_quotes(self, filters: dict[str, Any]) -> export_dialog.QuoteExportDialog | None:
        if self.controller is None:
            return None
        dialog = export_dialog.QuoteExportDialog(self.controller, filters, self.last_folder(), self)
        dialog.written.connect(self.remember_folder)
        dialog.written.connect(
            lambda path: self.message.emit(self.tr("Quotes written to %1.").replace("%1", path))
        )
        dialog.open()
        return dialog

    @staticmethod
    def last_folder() -> str:
        return str(QSettings().value("analysis/folder", "") or "")

    @staticmethod
    def remember_folder(path: str) -> None:
        from pathlib import Path

        QSettings().setValue("analysis/folder", str(Path(path).parent))
