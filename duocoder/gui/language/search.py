"""Searching the whole project: a query with its mode, filters by role, case, code and
speaker, the hits as keyword in context, and beside them the box that codes the hits.

Searches run on a worker thread (a lemma search may load the language pipeline first, and
a regular expression over a hundred interviews takes a moment); a lemma search waits for
the index to be complete. The core's sentence for a bad query is shown on the panel's
message line, never as a message box, so typing a regular expression stays calm."""

from __future__ import annotations

from typing import TypedDict

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.results import Hit, SearchMode
from duocoder.domain.errors import DuoCoderError
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.filter_boxes import CoderBox, fill_box, role_box
from duocoder.gui.common.flow_layout import labelled
from duocoder.gui.common.guarded_export import run_guarded
from duocoder.gui.common.tasks import Task, TaskRunner
from duocoder.gui.language.code_hits import CodeHitsBox
from duocoder.gui.language.common import CodeChooser, MessageLine
from duocoder.gui.language.hits import CONTEXT_CHARS, HitsModel, HitsTable
from duocoder.gui.language.tasks import IndexGate
from duocoder.gui.panes.export_dialog import ask_save_path

SIDE_BY_SIDE_CHARS = 2 * CONTEXT_CHARS + 60  # narrower than this, the coding box goes below
EXACT, ANY_CASE, WORD, LEMMA, REGEX = range(5)
_MODES = {
    EXACT: (SearchMode.EXACT, False),
    ANY_CASE: (SearchMode.EXACT, True),
    WORD: (SearchMode.WORD, None),  # None: the "Ignore case" box decides
    LEMMA: (SearchMode.LEMMA, True),
    REGEX: (SearchMode.REGEX, None),
}


class SearchArguments(TypedDict):
    """The core's `Project.search` arguments the search boxes describe."""

    query: str
    mode: SearchMode
    ignore_case: bool
    roles: list[str] | None
    cases: list[str] | None
    code: int | None
    inside_code: bool
    speakers: list[str] | None
    include_interviewer: bool
    coders: list[str] | None


def project_speakers(controller: ProjectController) -> dict[str, bool]:
    """Every speaker label in the project, with whether it is the interviewer's."""
    return controller.project.speakers()


class SearchPanel(QWidget):
    open_passage = Signal(int, int, int)  # document id, start, end (code points)

    def __init__(self, gate: IndexGate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.controller: ProjectController | None = None
        self.runner = TaskRunner(self)
        self.runner.finished.connect(self._found)
        self.runner.failed.connect(self._failed)
        self.speakers: dict[str, bool] = {}
        self._coders_asked: list[str] | None = None  # those of the search shown
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Word, phrase or pattern, e.g. vertrouwen"))
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Search the project for"))
        self.mode = QComboBox(self)
        for label in (
            self.tr("Exact text"),
            self.tr("Text, ignoring case"),
            self.tr("Whole word"),
            self.tr("Lemma (every form of a word)"),
            self.tr("Regular expression"),
        ):
            self.mode.addItem(label)
        self.mode.setCurrentIndex(LEMMA)
        self.mode.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.mode.setMinimumContentsLength(14)
        self.mode.setAccessibleName(self.tr("Search mode"))
        self.ignore_case = QCheckBox(self.tr("I&gnore case"), self)
        self.ignore_case.setChecked(True)
        self.search_button = QPushButton(self.tr("Search"), self)
        self.role = role_box(self, self.tr("All roles"))
        self.case = QComboBox(self)
        self.code = CodeChooser(self, everything=self.tr("Any passage"))
        self.inside = QComboBox(self)
        self.inside.addItem(self.tr("inside"), True)
        self.inside.addItem(self.tr("outside"), False)
        # whose segments of the code count: one coder's, several, or everyone's
        self.coders = CoderBox(self)
        self.coders.follow(self._coder_names)
        self.speaker = QComboBox(self)
        self.interviewer = QCheckBox(self.tr("Include &interviewer turns"), self)
        for box, name in (
            (self.role, self.tr("Only hits in documents of this role")),
            (self.case, self.tr("Only hits in documents of this case")),
            (self.code, self.tr("Only hits inside or outside this code's segments")),
            (self.inside, self.tr("Inside or outside the code's segments")),
            (self.speaker, self.tr("Only hits in turns of this speaker")),
        ):
            box.setAccessibleName(name)
            box.setToolTip(name)
        for box in (self.case, self.speaker):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(10)
        self.model = HitsModel(self)
        self.table = HitsTable(self.model, self)
        self.table.setAccessibleName(self.tr("Search hits"))
        self.coder = CodeHitsBox(self.model, self.table, gate, self)
        self.summary = MessageLine(self)
        self.export = QPushButton(self.tr("E&xport…"), self)
        self.export.setToolTip(self.tr("Write the ticked hits in their context to .xlsx or .csv"))
        self.export.setEnabled(False)
        self.export.clicked.connect(lambda: self.export_hits())
        self._build_layout()
        self.query.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.code.currentIndexChanged.connect(self._code_changed)
        self.table.open_hit.connect(lambda h: self.open_passage.emit(h.doc_id, h.start, h.end))
        self._mode_changed()
        self._code_changed()
        self.setFocusProxy(self.query)

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        label = QLabel(self.tr("Fi&nd:"), self)
        label.setBuddy(self.query)
        for w, stretch in ((label, 0), (self.query, 1), (self.mode, 0)):
            top.addWidget(w, stretch)
        top.addWidget(self.ignore_case)
        top.addWidget(self.search_button)
        filters = QGridLayout()
        cells = (
            (self.tr("&Role:"), self.role, 0, 0),
            (self.tr("Ca&se:"), self.case, 0, 2),
            (self.tr("S&peaker:"), self.speaker, 0, 4),
            (self.tr("C&ode:"), self.code, 1, 0),
        )
        for text, box, row, col in cells:
            label = QLabel(text, self)
            label.setBuddy(box)
            filters.addWidget(label, row, col)
            filters.addWidget(box, row, col + 1)
        filters.addWidget(self.inside, 1, 2)
        filters.addWidget(labelled(self.tr("Code&d by:"), self.coders, self), 1, 3)
        filters.addWidget(self.interviewer, 1, 4, 1, 2)
        filters.setColumnStretch(6, 1)
        results = QWidget(self)
        column = QVBoxLayout(results)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        under = QHBoxLayout()
        under.addWidget(self.summary, 1)
        under.addWidget(self.export)
        column.addLayout(under)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split = split  # the coding box goes under the hits in a narrow pane
        split.addWidget(results)
        split.addWidget(self.coder)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setCollapsible(0, False)  # a narrow dock may fold the coding box away
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(split, 1)
        for a, b in (
            (self.query, self.mode),
            (self.mode, self.ignore_case),
            (self.ignore_case, self.search_button),
            (self.search_button, self.role),
            (self.role, self.case),
            (self.case, self.speaker),
            (self.speaker, self.code),
            (self.code, self.inside),
            (self.inside, self.coders),
            (self.coders, self.interviewer),
            (self.interviewer, self.table),
            (self.table, self.coder.code),
        ):
            QWidget.setTabOrder(a, b)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        narrow = self.width() < SIDE_BY_SIDE_CHARS * self.fontMetrics().averageCharWidth()
        wanted = Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal
        if self.split.orientation() != wanted:
            self.split.setOrientation(wanted)

    # -- the project ------------------------------------------------------------------------
    def set_controller(self, controller: ProjectController | None) -> None:
        self.runner.set_project(controller)
        self.controller = controller
        self.model.set_hits([])
        self.summary.show_text("")
        self.table.set_placeholder(self._before_search() if controller is not None else "")
        self.refresh_filters()
        self.coders.set_coders(self._coder_names())
        self.coder.set_controller(controller)

    def refresh_filters(self, *, codes: bool = True, documents: bool = True) -> None:
        """Cases, codes and speakers as the project has them now. Speakers are read from
        every document's turns, so only a change of documents reads them again."""
        c = self.controller
        if codes:
            self.code.set_codes([x for x in c.codes() if x.codable] if c else [])
        if not documents:
            return
        fill_box(
            self.case,
            sorted({d.case for d in c.documents() if d.case}) if c else [],
            self.tr("All cases"),
        )
        self.speakers = project_speakers(c) if c else {}
        current = self.speaker.currentData()
        blocked = self.speaker.blockSignals(True)
        self.speaker.clear()
        self.speaker.addItem(self.tr("Every respondent"), None)
        for name, asks in self.speakers.items():
            label = self.tr("%1 (interviewer)").replace("%1", name) if asks else name
            self.speaker.addItem(label, name)
        self.speaker.setCurrentIndex(max(0, self.speaker.findData(current)))
        self.speaker.blockSignals(blocked)

    def _coder_names(self) -> list[str]:
        c = self.controller
        return [x.name for x in c.project.coders()] if c is not None else []

    def _mode_changed(self, *_args: object) -> None:
        ignore = _MODES[self.mode.currentIndex()][1]
        self.ignore_case.setEnabled(ignore is None)
        if ignore is not None:
            self.ignore_case.setChecked(ignore)

    def _code_changed(self, *_args: object) -> None:
        self.inside.setEnabled(self.code.currentData() is not None)
        self.coders.setEnabled(self.code.currentData() is not None)

    # -- searching --------------------------------------------------------------------------
    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def search(self) -> None:
        if self.controller is None:
            return
        mode = _MODES[self.mode.currentIndex()][0]
        if not self.query.text().strip():
            self.summary.show_error(self.tr("Type a word or phrase to search for."))
            return
        if self.code.unknown():
            self.summary.show_error(
                self.tr("No code is called '%1'.").replace("%1", self.code.currentText())
            )
            return
        self.summary.show_text(self.tr("Searching…"))
        if mode is SearchMode.LEMMA:
            self.gate.ensure(self._run_search, self.summary.show_error)
        else:
            self._run_search()

    def search_arguments(self) -> SearchArguments:
        """The core's `search` arguments the boxes describe."""
        mode, ignore = _MODES[self.mode.currentIndex()]
        speaker = self.speaker.currentData()
        role, case = self.role.currentData(), self.case.currentData()
        code = self.code.code_id()
        return {
            "query": self.query.text(),
            "mode": mode,
            "ignore_case": self.ignore_case.isChecked() if ignore is None else ignore,
            "roles": [role] if role else None,
            "cases": [case] if case else None,
            "code": code,
            "inside_code": bool(self.inside.currentData()),
            "speakers": [speaker] if speaker else None,
            "include_interviewer": self.interviewer.isChecked()
            or self.speakers.get(speaker, False),
            "coders": self.coders.chosen() if code is not None else None,
        }

    def _run_search(self) -> None:
        if self.controller is None:
            return
        project, arguments = self.controller.project, self.search_arguments()

        self._coders_asked = arguments["coders"]

        def job(_task: Task) -> list[Hit]:
            return project.search(**arguments)

        self.runner.start(job)

    def _found(self, hits: list[Hit]) -> None:
        self.model.set_hits(hits)
        self.export.setEnabled(bool(hits))
        docs = len({h.doc_id for h in hits})
        if hits:
            text = (
                self.tr("%n hit(s)", "", len(hits)) + " " + self.tr("in %n document(s)", "", docs)
            )
            if self._coders_asked:  # the code's segments of these coders only
                text += ", " + self.tr("segments coded by %1").replace(
                    "%1", ", ".join(self._coders_asked)
                )
            self.summary.show_text(text)
            self.table.selectRow(0)
        else:
            self.summary.show_text(self.tr("No hits."))
            self.table.set_placeholder(
                self.tr("No hits — try “Lemma” to find every form of the word, or fewer filters.")
            )

    def _before_search(self) -> str:
        return self.tr(
            "Type a word or phrase above and press Enter: the hits appear here, each in "
            "its context, ready to be coded."
        )

    def export_hits(self, path: str | None = None) -> str | None:
        """Write the ticked hits with their context to .xlsx or .csv, past the export guard
        (the words around a hit may name someone); returns the file written, or None."""
        hits = self.model.ticked_hits()
        if self.controller is None or not hits:
            return None
        path = path or ask_save_path(
            self,
            self.tr("Export search hits"),
            self.tr("search hits") + ".xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"),
            (".xlsx", ".csv"),
        )
        if not path:
            return None
        project = self.controller.project
        try:
            written = run_guarded(
                self, lambda allow: project.export_hits(hits, path, allow_unreviewed=allow)
            )
        except (DuoCoderError, OSError) as exc:
            self.summary.show_error(str(exc))
            self.controller.failed.emit(str(exc))
            return None
        if written is None:  # the export guard stopped it: nothing was written
            return None
        self.summary.show_text(self.tr("Hits written to %1.").replace("%1", str(written)))
        return str(written)

    def _failed(self, message: str) -> None:
        self.model.set_hits([])
        self.export.setEnabled(False)
        self.summary.show_error(message)
