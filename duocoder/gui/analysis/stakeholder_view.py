"""Analysis ▸ Stakeholder comparison: one code read through the three perspectives.

Coördinator, deelnemer and vrijwilliger side by side, each column listing the code's
passages with the interviewer's words left out (marked […]), so the researcher reads what
each stakeholder said about, say, "Vertrouwensrelatie" without the questions in between.
Restricted to one duo, the coordinator column holds the coordinator of the duo's case (see
`duocoder.analysis.stakeholders`). Clicking a passage shows it in its transcript."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.project import Project
from duocoder.app.results import STAKEHOLDER_ROLES, StakeholderComparison
from duocoder.domain.codepaths import split_path
from duocoder.domain.records import Segment
from duocoder.gui.analysis.filters import Scope
from duocoder.gui.analysis.view import AnalysisView
from duocoder.gui.common import theme
from duocoder.gui.common.tasks import Job, Task

SEGMENT_ROLE = Qt.ItemDataRole.UserRole + 1


class StakeholderView(AnalysisView):
    kind = "stakeholders"
    PARTS = ("case", "duo", "coder", "interviewer")

    def __init__(self, scope: Scope, parent: QWidget | None = None) -> None:
        super().__init__(scope, parent)
        self.setWindowTitle(self.tr("Stakeholder comparison"))
        self.code = QComboBox(self)
        self.code.setEditable(True)
        self.code.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.code.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.code.setMinimumContentsLength(20)
        edit = self.code.lineEdit()  # the box is editable, so it has one
        if edit is not None:
            edit.setPlaceholderText(self.tr("Type to find a code…"))
        completer = QCompleter(self.code.model(), self.code)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.code.setCompleter(completer)
        self.use_tree = QPushButton(self.tr("Code selected in the &tree"), self)
        self.use_tree.setToolTip(self.tr("Compare the code that is current in the Codes pane"))
        self.use_tree.clicked.connect(self.take_tree_code)
        self.descendants = QCheckBox(self.tr("Include su&b-codes"), self)
        self.descendants.setChecked(True)
        self.add_option(self.code, self.tr("Co&de:"))
        self.add_option(self.use_tree)
        self.add_option(self.descendants)
        self.headings: list[QLabel] = []
        self.lists: list[QListWidget] = []
        body = QWidget(self)
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        for role in STAKEHOLDER_ROLES:
            column = QVBoxLayout()
            heading = QLabel(self)
            heading.setWordWrap(True)  # three columns side by side in a narrow pane
            passages = QListWidget(self)
            passages.setAccessibleName(theme.role_label(role))
            passages.setWordWrap(True)
            passages.setUniformItemSizes(False)
            passages.setResizeMode(QListView.ResizeMode.Adjust)
            passages.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            passages.setSpacing(2)
            passages.setAlternatingRowColors(True)
            passages.itemClicked.connect(self._open)
            passages.itemActivated.connect(self._open)
            passages.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            passages.customContextMenuRequested.connect(
                lambda pos, p=passages: self._quote_menu(p, pos)
            )
            heading.setBuddy(passages)
            column.addWidget(heading)
            column.addWidget(passages, 1)
            row.addLayout(column, 1)
            self.headings.append(heading)
            self.lists.append(passages)
        # a code without passages: one line that says why and what to do, instead of
        # three empty columns
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty.setContentsMargins(12, 24, 12, 12)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(body)
        self.pages.addWidget(self.empty)
        self.set_body(self.pages)
        self.setFocusProxy(self.code)
        self.code.currentIndexChanged.connect(lambda _i: self.schedule())
        self.descendants.toggled.connect(lambda _v: self.schedule())
        self._set_headings(None)

    # -- the code ---------------------------------------------------------------------------
    def controller_changed(self) -> None:
        """List the project's codes (kept current when the codebook changes)."""
        current = self.code.currentData()
        blocked = self.code.blockSignals(True)
        self.code.clear()
        codes = self.controller.codes() if self.controller is not None else []
        for c in codes:
            self.code.addItem(theme.swatch_icon(c.color), " ▸ ".join(split_path(c.path)), c.id)
        index = self.code.findData(current) if current is not None else -1
        if index < 0:
            start = self.scope.current_code()
            used = next((c.id for c in codes if c.total_count), None)
            index = self.code.findData(start if start is not None else used)
        self.code.setCurrentIndex(index)
        self.code.blockSignals(blocked)

    def take_tree_code(self) -> None:
        code = self.scope.current_code()
        index = self.code.findData(code) if code is not None else -1
        if index >= 0:
            self.code.setCurrentIndex(index)

    def set_code(self, code_id: int) -> None:
        self.code.setCurrentIndex(self.code.findData(code_id))

    def missing_choice(self) -> str | None:
        if self.code.currentData() is None:
            return self.tr("Choose a code to compare.")
        return None

    # -- counting ---------------------------------------------------------------------------
    def make_job(self, project: Project, filters: dict[str, Any]) -> Job:
        code = int(self.code.currentData())
        kwargs = {
            "descendants": self.descendants.isChecked(),
            "case": (filters.get("cases") or [None])[0],
            "duo": (filters.get("duos") or [None])[0],
            "coders": filters.get("coders"),
            "include_interviewer": filters.get("include_interviewer", False),
        }

        def job(_task: Task) -> StakeholderComparison:
            return project.stakeholder_comparison(code, **kwargs)

        return job

    def show_result(self, result: StakeholderComparison | None) -> None:
        self._set_headings(result)
        self._say_empty(result)
        for index, passages in enumerate(self.lists):
            passages.clear()
            if result is None:
                continue
            for segment, text in zip(result.columns[index], result.texts[index], strict=True):
                item = QListWidgetItem(f"{text}\n— {segment.doc}")
                item.setData(SEGMENT_ROLE, segment)
                item.setToolTip(f"{segment.doc} · {segment.code}\n\n{text}")
                passages.addItem(item)

    def _say_empty(self, result: StakeholderComparison | None) -> None:
        """Show the columns, or the sentence that says why there is nothing to compare."""
        if result is None or any(result.columns):
            self.pages.setCurrentIndex(0)
            return
        name = self.code.currentText() or str(result.code)
        info = (
            next((c for c in self.controller.codes() if c.id == self.code.currentData()), None)
            if self.controller is not None
            else None
        )
        if info is not None and info.total_count:
            text = self.tr(
                "No passages coded with “%1” match these filters — choose another case, "
                "duo or coder, or another code."
            )
        else:
            text = self.tr(
                "No passages coded with “%1” yet — code passages, or choose another code."
            )
        self.empty.setText(text.replace("%1", name))
        self.pages.setCurrentIndex(1)

    def _set_headings(self, result: StakeholderComparison | None) -> None:
        for index, (role, heading) in enumerate(zip(STAKEHOLDER_ROLES, self.headings, strict=True)):
            count = len(result.columns[index]) if result is not None else 0
            colour = theme.ROLE_COLORS[role]
            label = theme.role_label(role)
            heading.setText(
                f'<span style="color:{colour}">●</span> <b>{label}</b> '
                + self.tr("(%n passage(s))", "", count)
            )

    def _open(self, item: QListWidgetItem) -> None:
        segment: Segment | None = item.data(SEGMENT_ROLE)
        if segment is not None:
            self.open_passage.emit(segment.doc_id, segment.start, segment.end)

    def _quote_menu(self, passages: QListWidget, pos: QPoint) -> None:
        """A quote's menu: hear how it was said, or see it in its transcript."""
        item = passages.itemAt(pos)
        segment: Segment | None = item.data(SEGMENT_ROLE) if item is not None else None
        if segment is None:
            return
        span = (segment.doc_id, segment.start, segment.end)
        menu = QMenu(passages)
        menu.addAction(self.tr("&Listen"), lambda: self.listen_requested.emit(*span))
        menu.addAction(self.tr("&Show in the transcript"), lambda: self.open_passage.emit(*span))
        menu.exec(passages.viewport().mapToGlobal(pos))

    # -- exporting --------------------------------------------------------------------------
    def quote_filters(self) -> dict[str, Any] | None:
        res: StakeholderComparison | None = self.result
        if res is None:
            return None
        # the passages on screen: their code (with sub-codes) in their documents
        documents = sorted({s.doc_id for column in res.columns for s in column})
        filters: dict[str, Any] = {"codes": [res.code], "documents": documents}
        if self.counted.get("coders"):
            filters["coders"] = self.counted["coders"]
        return filters
