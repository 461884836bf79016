"""Coding search hits: choose a code and a unit (the word itself, its sentence, paragraph
or speaker turn), see what would be coded, then code the ticked hits in one step that the
window's Undo takes back as a whole.

The preview is asked from the core (`preview_hits`) on a worker thread, so growing a
thousand hits to their sentences never freezes the window; coding itself goes through
`ProjectController.run`, which is what puts the step on the window's undo stack."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.results import Hit, SpanPreview, Unit
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.tasks import Task, TaskRunner
from duocoder.gui.language.common import CodeChooser, MessageLine
from duocoder.gui.language.hits import HitsModel, HitsTable
from duocoder.gui.language.tasks import IndexGate

PREVIEW_DELAY_MS = 150
PREVIEW_PASSAGES = 40  # of the selected hits, shown in full


def preview_html(passages: list[SpanPreview], hits: list[Hit]) -> str:
    """The passages with the hits inside them in bold, each under its document's name."""
    parts = []
    for p in passages[:PREVIEW_PASSAGES]:
        inside = sorted(
            (max(h.start, p.start), min(h.end, p.end))
            for h in hits
            if h.doc_id == p.doc_id and h.start < p.end and h.end > p.start
        )
        out, pos = [], p.start
        for a, b in inside:
            if a < pos:
                continue
            out.append(escape(p.text[pos - p.start : a - p.start]))
            out.append(f"<b>{escape(p.text[a - p.start : b - p.start])}</b>")
            pos = b
        out.append(escape(p.text[pos - p.start :]))
        body = "".join(out).replace("\n", "<br>")
        parts.append(f"<p><small>{escape(p.doc)}</small><br>{body}</p>")
    return "".join(parts)


class CodeHitsBox(QGroupBox):
    """The right-hand side of the search panel."""

    def __init__(
        self, model: HitsModel, table: HitsTable, gate: IndexGate, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Code the hits"))
        self.model, self.table, self.gate = model, table, gate
        self.controller: ProjectController | None = None
        self.runner = TaskRunner(self)
        self.code = CodeChooser(self)
        self.code.setAccessibleName(self.tr("Code for the ticked hits"))
        self.unit = QComboBox(self)
        for unit, label in (
            (Unit.WORD, self.tr("The hit itself (whole words)")),
            (Unit.SENTENCE, self.tr("Its sentence")),
            (Unit.PARAGRAPH, self.tr("Its paragraph")),
            (Unit.TURN, self.tr("Its speaker turn")),
        ):
            self.unit.addItem(label, unit.value)
        self.unit.setCurrentIndex(1)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit.setMinimumContentsLength(12)
        self.unit.setAccessibleName(self.tr("What each hit grows to when it is coded"))
        self.count = QLabel(self)
        self.count.setWordWrap(True)
        self.preview = QTextBrowser(self)
        self.preview.setAccessibleName(self.tr("Preview of the selected hits"))
        self.preview.setPlaceholderText(self.tr("Select hits to see the passages they become."))
        self.tick_all = QPushButton(self.tr("Tick a&ll"), self)
        self.tick_none = QPushButton(self.tr("Untick all"), self)
        self.apply = QPushButton(self.tr("Code the tic&ked hits"), self)
        self.apply.setDefault(False)
        self.feedback = MessageLine(self)
        form = QFormLayout()
        form.addRow(self.tr("Code &with:"), self.code)
        form.addRow(self.tr("&Unit:"), self.unit)
        ticks = QHBoxLayout()
        ticks.addWidget(self.tick_all)
        ticks.addWidget(self.tick_none)
        ticks.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.count)
        layout.addWidget(self.preview, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.apply)
        layout.addWidget(self.feedback)
        self._delay = QTimer(self)
        self._delay.setSingleShot(True)
        self._delay.setInterval(PREVIEW_DELAY_MS)
        self._delay.timeout.connect(self.refresh_preview)
        self.runner.finished.connect(self._previewed)
        self.runner.failed.connect(self.count.setText)
        self.tick_all.clicked.connect(lambda: self.model.set_ticked(None, True))
        self.tick_none.clicked.connect(lambda: self.model.set_ticked(None, False))
        self.apply.clicked.connect(self.code_ticked)
        self.unit.currentIndexChanged.connect(lambda _i: self._delay.start())
        model.ticks_changed.connect(self._ticks_changed)
        model.modelReset.connect(self._ticks_changed)
        table.selectionModel().selectionChanged.connect(lambda *_a: self._delay.start())
        self.refresh_preview()

    def set_controller(self, controller: ProjectController | None) -> None:
        self.runner.set_project(controller)
        self.controller = controller
        self.feedback.show_text("")
        self.refresh_codes()

    def refresh_codes(self) -> None:
        codes = self.controller.codes() if self.controller else []
        self.code.set_codes([c for c in codes if c.codable])

    def chosen_unit(self) -> Unit:
        return Unit(self.unit.currentData())

    def _ticks_changed(self) -> None:
        self.apply.setEnabled(self.controller is not None and any(self.model.ticked))
        self._delay.start()

    # -- preview ------------------------------------------------------------------------------
    def refresh_preview(self) -> None:
        ticked = self.model.ticked_hits()
        selected = [self.model.hits[r] for r in self.table.selected_rows()]
        self.apply.setEnabled(bool(ticked) and self.controller is not None)
        if self.controller is None or not self.model.hits:
            self.runner.shut_down()
            self.count.setText(self.tr("Search first; then tick the hits to code."))
            self.preview.clear()
            return
        unit = self.chosen_unit()
        if unit is Unit.SENTENCE:
            self.gate.ensure(lambda: self._preview(ticked, selected, unit), self.count.setText)
        else:
            self._preview(ticked, selected, unit)

    def _preview(self, ticked: list[Hit], selected: list[Hit], unit: Unit) -> None:
        if self.controller is None:
            return
        project = self.controller.project

        def job(_task: Task) -> tuple[int, str]:
            passages = project.preview_hits(ticked, unit) if ticked else []
            shown = project.preview_hits(selected, unit) if selected else []
            return len(passages), preview_html(shown, selected)

        self.runner.start(job)

    def _previewed(self, result: tuple[int, str]) -> None:
        passages, html = result
        ticked = len(self.model.ticked_hits())
        self.count.setText(
            self.tr("%n passage(s) would be coded", "", passages)
            + " "
            + self.tr("(from %n ticked hit(s)).", "", ticked)
        )
        self.preview.setHtml(html)

    # -- coding -------------------------------------------------------------------------------
    def code_ticked(self) -> None:
        hits = self.model.ticked_hits()
        code_id = self.code.code_id()
        if self.controller is None or not hits:
            return
        if code_id is None:
            self.feedback.show_error(self.tr("Choose a code first (type part of its name)."))
            self.code.setFocus()
            return
        unit = self.chosen_unit()
        if unit is Unit.SENTENCE:
            self.gate.ensure(lambda: self._code(hits, code_id, unit), self.feedback.show_error)
        else:
            self._code(hits, code_id, unit)

    def _code(self, hits: list[Hit], code_id: int, unit: Unit) -> None:
        controller = self.controller
        if controller is None:
            return
        label = self.tr("Code %n search hit(s)", "", len(hits))
        ids = controller.run(
            label, controller.project.code_hits, hits, code_id, unit, coder=controller.coder
        )
        if ids is None:
            return
        if ids:
            self.feedback.show_text(
                self.tr("%n coding(s) added; Undo takes them back.", "", len(ids))
            )
        else:
            self.feedback.show_text(self.tr("These passages already have this code."))
