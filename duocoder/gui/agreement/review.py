"""The review of disagreements: every unit where the coders differ on a code, side by side,
and the buttons that settle it into the consensus coder.

A row lists the document, the code, the unit's words and a ✓ or – per coder, in the coder's
colour. Double-click or Enter shows the unit in its transcript with the compared coders'
codings visible and keeps the keyboard in the list, so a team walks through the units with
the arrow keys. "Accept Lies's version" copies that coder's codings of the code there to the
consensus coder (replacing what it had), "Accept: no code" removes them; several selected
rows are one undo step.

Whether a row is settled is read from the project, not remembered: the consensus coder's
codings of the code on the unit are compared with each coder's, so Edit ▸ Undo (which
changes them back) unsettles the row again, and a project reopened tomorrow shows the same
progress. Only "no code" (or the version of a coder who did not code the unit) cannot be
told from "not yet looked at" by the codings alone; the review notes those it settled."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from duocoder.app.agreement_types import AgreementReport, Disagreement
from duocoder.gui.agreement.coders import CONSENSUS
from duocoder.gui.agreement.review_model import (
    CODE,
    DOCUMENT,
    NO_CODE,
    DisagreementModel,
    Key,
    ReviewFilter,
    key_of,
    spans_on,
)
from duocoder.gui.common import theme
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.flow_layout import FlowLayout
from duocoder.gui.common.placeholder import PlaceholderView
from duocoder.gui.language.common import code_label


class ReviewTable(PlaceholderView, QTableView):
    """The disagreements; empty, it says why."""


class ReviewPanel(QWidget):
    """The "Disagreements" half of the agreement view."""

    open_passage = Signal(int, int, int)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller: ProjectController | None = None
        self.report: AgreementReport | None = None
        self.filters: dict[str, Any] = {}  # the documents and codes the report was asked for
        self.consensus = CONSENSUS
        self._noted: dict[Key, str] = {}  # units this review settled: whose version
        self._fingerprint: frozenset[tuple[Any, ...]] | None = None
        self.model = DisagreementModel(self)
        self.proxy = ReviewFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = ReviewTable(self)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(QCoreApplication.translate("AgreementView", "Disagreements"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 8)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.doubleClicked.connect(self.open_unit)
        self.table.activated.connect(self.open_unit)
        self.table.selectionModel().selectionChanged.connect(self._enable)
        self.heading = QLabel(self)
        self.code = QComboBox(self)
        self.code.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.code.setMinimumContentsLength(14)
        self.code.currentIndexChanged.connect(self._refilter)
        self.open_only = QCheckBox(
            QCoreApplication.translate("AgreementView", "Only &unsettled"), self
        )
        self.open_only.toggled.connect(self._refilter)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        code_label_ = QLabel(QCoreApplication.translate("AgreementView", "C&ode:"), self)
        code_label_.setBuddy(self.code)
        top.addWidget(code_label_)
        top.addWidget(self.code)
        top.addWidget(self.open_only)
        self.buttons = FlowLayout()
        self.accept_buttons: dict[str, QPushButton] = {}
        self.no_code = QPushButton(
            QCoreApplication.translate("AgreementView", "Accept: &no code"), self
        )
        self.no_code.setToolTip(
            QCoreApplication.translate(
                "AgreementView", "The consensus coder gets no coding of this code on the unit"
            )
        )
        self.no_code.clicked.connect(lambda: self.accept(None))
        self.build = QPushButton(
            QCoreApplication.translate("AgreementView", "&Build consensus coder…"), self
        )
        self.build.setToolTip(
            QCoreApplication.translate(
                "AgreementView",
                "Give a consensus coder every coding on which all compared coders agree exactly",
            )
        )
        self.build.clicked.connect(lambda: self.build_consensus())
        self.target = QLabel(self)
        self.target.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self._set_buttons(())
        self._enable()

    # -- the report -------------------------------------------------------------------------
    def set_controller(self, controller: ProjectController | None) -> None:
        self.controller = controller
        self._noted = {}
        self.consensus = CONSENSUS
        self.set_report(None, {}, {})

    def set_report(
        self, report: AgreementReport | None, colors: dict[str, str], filters: dict[str, Any]
    ) -> None:
        self.report, self.filters = report, filters
        texts: dict[int, str] = {}
        if report is not None and self.controller is not None:
            for doc in {d.document_id for d in report.disagreements}:
                texts[doc] = self.controller.project.text(doc)
        self.model.set_rows(report, colors, texts)
        self._fill_codes()
        self._set_buttons(report.coders if report is not None else ())
        self._fingerprint = None
        self.refresh()
        self.table.resizeColumnsToContents()
        self._size_columns()

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        chars = self.fontMetrics().averageCharWidth()
        header.resizeSection(DOCUMENT, min(header.sectionSize(DOCUMENT), 14 * chars))
        header.resizeSection(CODE, min(header.sectionSize(CODE), 20 * chars))
        header.setStretchLastSection(True)  # the unit's words

    def _fill_codes(self) -> None:
        keep = self.code.currentData()
        blocked = self.code.blockSignals(True)
        self.code.clear()
        self.code.addItem(QCoreApplication.translate("AgreementView", "All codes"), None)
        counts: dict[int, tuple[str, int]] = {}
        for d in self.model.rows:
            path, n = counts.get(d.code_id, (d.code, 0))
            counts[d.code_id] = (path, n + 1)
        for code_id, (path, n) in sorted(counts.items(), key=lambda kv: kv[1][0].casefold()):
            self.code.addItem(f"{code_label(path)} ({n})", code_id)
        self.code.setCurrentIndex(max(0, self.code.findData(keep)))
        self.code.blockSignals(blocked)
        self._refilter()

    def show_code(self, code_id: int | None) -> None:
        """Only the disagreements of one code (None: all), as a click in the table asks."""
        found = self.code.findData(code_id) if code_id is not None else 0
        self.code.setCurrentIndex(max(0, found))  # a code without disagreements: all

    def _refilter(self) -> None:
        self.proxy.set_filter(self.code.currentData(), self.open_only.isChecked())
        self._describe()

    def _set_buttons(self, coders: Iterable[str]) -> None:
        """An "Accept <coder>'s version" button per compared coder, then the others."""
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.no_code, self.build, self.target):
                widget.deleteLater()
        self.accept_buttons = {}
        for coder in coders:
            button = QPushButton(
                QCoreApplication.translate("AgreementView", "Accept %1's version").replace(
                    "%1", coder
                ),
                self,
            )
            button.setIcon(theme.swatch_icon(self.model.colors.get(coder, "#888")))
            button.setToolTip(
                QCoreApplication.translate(
                    "AgreementView",
                    "The consensus coder takes %1's codings of the code on the selected units",
                ).replace("%1", coder)
            )
            button.clicked.connect(lambda _c=False, name=coder: self.accept(name))
            self.accept_buttons[coder] = button
            self.buttons.addWidget(button)
        for widget in (self.no_code, self.build, self.target):
            self.buttons.addWidget(widget)
        self._enable()

    # -- settled or not ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the codings again: which units are settled, and whether the compared
        coders' codings changed since the report (then the view offers to compute again)."""
        report = self.report
        if report is None or self.controller is None:
            self._describe()
            return
        project = self.controller.project
        coders = [*report.coders, self.consensus]
        known = {c.name for c in project.coders()}
        segments = project.segments(
            codes=[c.code_id for c in report.codes if c.code_id is not None] or None,
            coders=[c for c in coders if c in known],
            documents=self.filters.get("documents"),
        )
        self._fingerprint = frozenset(
            (s.id, s.doc_id, s.start, s.end, s.code_id, s.coder)
            for s in segments
            if s.coder in report.coders
        )
        settled: dict[Key, str] = {}
        for d in report.disagreements:
            key = key_of(d)
            agreed = spans_on(segments, d, self.consensus)
            if not agreed:  # "no code", or not looked at yet: the review's note tells
                noted = self._noted.get(key)
                if noted == NO_CODE or (noted and not spans_on(segments, d, noted)):
                    settled[key] = noted
                continue
            for coder in report.coders:
                if spans_on(segments, d, coder) == agreed:
                    settled[key] = coder
                    break
        self.model.set_settled(settled)
        self._describe()

    def fingerprint(self) -> frozenset[tuple[Any, ...]] | None:
        """The compared coders' codings as last read (None before a report)."""
        return self._fingerprint

    def _describe(self) -> None:
        rows = self.model.rows
        settled = sum(1 for d in rows if key_of(d) in self.model.settled)
        if self.report is None:
            self.heading.setText(QCoreApplication.translate("AgreementView", "Disagreements"))
        else:
            self.heading.setText(
                QCoreApplication.translate("AgreementView", "Disagreements: %1, %2 settled")
                .replace("%1", str(len(rows)))
                .replace("%2", str(settled))
            )
        self.target.setText(
            QCoreApplication.translate("AgreementView", "into coder '%1'").replace(
                "%1", self.consensus
            )
        )
        if self.report is None:
            self.table.set_placeholder(
                QCoreApplication.translate(
                    "AgreementView", "Compute the agreement to list the disagreements."
                )
            )
        elif not rows:
            self.table.set_placeholder(
                QCoreApplication.translate(
                    "AgreementView", "The coders agree on every unit: nothing to review."
                )
            )
        else:
            self.table.set_placeholder(
                QCoreApplication.translate("AgreementView", "No disagreements for this choice.")
            )

    # -- actions ----------------------------------------------------------------------------
    def selected(self) -> list[Disagreement]:
        rows = sorted(
            {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        )
        return [self.model.rows[r] for r in rows]

    def _enable(self, *_args: object) -> None:
        chosen = bool(self.table.selectionModel().selectedRows()) and self.controller is not None
        for button in (*self.accept_buttons.values(), self.no_code):
            button.setEnabled(chosen)
        self.build.setEnabled(self.report is not None and self.controller is not None)

    def open_unit(self, index: QModelIndex) -> None:
        """Show the unit in its transcript with the compared coders' codings, and keep the
        keyboard here for the next one."""
        if not index.isValid() or self.report is None or self.controller is None:
            return
        d = self.model.rows[self.proxy.mapToSource(index).row()]
        self.controller.show_coders(list(self.report.coders))
        self.open_passage.emit(d.document_id, d.start, d.end)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self, source: str | None) -> bool:
        """Settle the selected units with `source`'s version (None: no code), one undo step."""
        units = self.selected()
        if not units or self.controller is None:
            return False
        project = self.controller.project
        items = [(d.document_id, d.start, d.end, d.code_id, source) for d in units]
        if source is None:
            label = QCoreApplication.translate("AgreementView", "Accept: no code")
        else:
            label = QCoreApplication.translate("AgreementView", "Accept %1's version").replace(
                "%1", source
            )
        done = self.controller.run(label, project.accept_versions, items, consensus=self.consensus)
        if done is None:
            return False
        for d in units:
            self._noted[key_of(d)] = NO_CODE if source is None else source
        self.refresh()
        self.message.emit(
            QCoreApplication.translate("AgreementView", "%1 unit(s) settled in '%2'.")
            .replace("%1", str(len(units)))
            .replace("%2", self.consensus)
        )
        return True

    def build_consensus(self, name: str | None = None) -> bool:
        """Ask a name (default "Consensus") and give that coder every coding on which all
        the compared coders agree; later acceptances go to it."""
        if self.report is None or self.controller is None:
            return False
        if name is None:
            name, ok = QInputDialog.getText(
                self,
                QCoreApplication.translate("AgreementView", "Build consensus coder"),
                QCoreApplication.translate(
                    "AgreementView",
                    "Name of the consensus coder. It gets every coding on which %1 agree "
                    "exactly; the units you accept are added to it.",
                ).replace("%1", ", ".join(self.report.coders)),
                text=self.consensus,
            )
            if not ok:
                return False
        project = self.controller.project
        codes = self.filters.get("codes")
        done = self.controller.run(
            QCoreApplication.translate("AgreementView", "Build consensus coder"),
            project.build_consensus,
            list(self.report.coders),
            name=name,
            codes=codes,
            documents=self.filters.get("documents"),
        )
        if done is None:
            return False
        self.consensus = done.name
        self.refresh()
        self.message.emit(
            QCoreApplication.translate(
                "AgreementView", "Coder '%1' has %2 agreed coding(s) (%3 new)."
            )
            .replace("%1", done.name)
            .replace("%2", str(done.codings_copied + done.already_there))
            .replace("%3", str(done.codings_copied))
        )
        return True
