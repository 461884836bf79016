"""Document ▸ Turn rules…: how DuoCoder reads the speakers of one document, and the
researcher's corrections, with a live preview.

The dialog shows the labels found (with their number of turns), which of them is the
interviewer's, which are no speaker at all (`Conclusie:` inside an answer), the shape of
the transcript and the core's doubts. Every change of a box asks the core for a preview
(`Project.preview_turns`, which writes nothing; about 0.1 s for 20,000 words, so in a worker)
after a short pause; Apply stores the rules
and finds the turns again for this document or for all selected ones
(`Project.redetect_turns`), as one step that Edit ▸ Undo takes back."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duocoder.domain.errors import DuoCoderError
from duocoder.domain.turns import TurnDetection, TurnRules
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.tasks import TaskRunner
from duocoder.gui.panes.import_dialog import question_box

if TYPE_CHECKING:
    from duocoder.gui.shell.parts import MenuHost

PREVIEW_TURNS = 15
PREVIEW_DELAY_MS = 250
FIRST_WORDS = 12
LABEL, COUNT, INTERVIEWER, IGNORE = range(4)


def shape_name(shape: str) -> str:
    """The shape of a transcript (`TurnDetection.shape`) in the window's language."""
    names = {
        "label: text": QCoreApplication.translate(
            "TurnRulesDialog", "a label before the words (I: …)"
        ),
        "label on its own line": QCoreApplication.translate(
            "TurnRulesDialog", "a label on a line of its own"
        ),
        "subtitle voices": QCoreApplication.translate("TurnRulesDialog", "the voices of subtitles"),
        "formatting": QCoreApplication.translate(
            "TurnRulesDialog", "questions set apart by their formatting"
        ),
        "none": QCoreApplication.translate("TurnRulesDialog", "no speakers found"),
    }
    return names.get(shape, shape)


def first_words(text: str, n: int = FIRST_WORDS) -> str:
    words = text.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


class TurnRulesDialog(QDialog):
    def __init__(
        self,
        controller: ProjectController,
        doc_id: int,
        selected: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.project = controller.project
        self.doc_id = doc_id
        self.selected = [d for d in dict.fromkeys(selected) if d != doc_id]
        info = self.project.document(doc_id)
        self.setWindowTitle(self.tr("Turn rules of %1").replace("%1", info.name))
        self.rules: TurnRules = self.project.turn_rules(doc_id)
        self._touched_interviewer = False
        self._setting = False
        self.detection: TurnDetection | None = None
        self.preview_error: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.runner = TaskRunner(self)
        self.runner.set_project(controller)
        self.runner.finished.connect(self._previewed)
        self.runner.failed.connect(self._failed)
        self.text = self.project.text(doc_id)  # immutable: read once

        self.shape = QLabel(self)
        self.doubts = QLabel(self)
        self.doubts.setWordWrap(True)
        self.doubts.setTextFormat(Qt.TextFormat.PlainText)
        self.labels = QTableWidget(0, 4, self)
        self.labels.setHorizontalHeaderLabels(
            [self.tr("Label"), self.tr("Turns"), self.tr("Interviewer"), self.tr("Ignore")]
        )
        self.labels.verticalHeader().hide()
        self.labels.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.labels.horizontalHeader().setSectionResizeMode(LABEL, QHeaderView.ResizeMode.Stretch)
        for column in (COUNT, INTERVIEWER, IGNORE):
            self.labels.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.labels.setToolTip(
            self.tr(
                "Interviewer: the turns of this label are the interviewer's questions.\n"
                "Ignore: this word only looks like a label (Conclusie: inside an answer); "
                "its lines stay part of the turn before."
            )
        )
        self.labels.itemChanged.connect(self._label_changed)
        self.no_labels = QLabel(self)
        self.no_labels.setWordWrap(True)
        self.questions = question_box(self)
        self.questions.setCurrentIndex(max(0, self.questions.findData(self.rules.questions)))
        self.questions.currentIndexChanged.connect(lambda _i: self.schedule_preview())
        self.preview = QTableWidget(0, 3, self)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Speaker"), self.tr("Interviewer"), self.tr("First words")]
        )
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setWordWrap(False)
        self.preview_note = QLabel(self)
        self.preview_note.setWordWrap(True)

        self.scope_this = QRadioButton(self.tr("&This document"), self)
        self.scope_selected = QRadioButton(
            self.tr("All %1 &selected documents").replace("%1", str(len(self.selected) + 1)),
            self,
        )
        self.scope_this.setChecked(True)
        self.scope_selected.setVisible(bool(self.selected))
        scope = QButtonGroup(self)
        scope.addButton(self.scope_this)
        scope.addButton(self.scope_selected)
        self.status = QLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.apply = self.buttons.addButton(
            self.tr("&Apply"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.reset = self.buttons.addButton(
            self.tr("Back to a&utomatic"), QDialogButtonBox.ButtonRole.ResetRole
        )
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply.clicked.connect(self.apply_rules)
        self.reset.clicked.connect(self.back_to_automatic)
        close.clicked.connect(self.accept)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Speaker labels found:"), self))
        left.addWidget(self.labels, 1)
        left.addWidget(self.no_labels)
        row = QHBoxLayout()
        asked = QLabel(self.tr("Interviewer &questions are:"), self)
        asked.setBuddy(self.questions)
        row.addWidget(asked)
        row.addWidget(self.questions, 1)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(
            QLabel(self.tr("Preview of the first %1 turns:").replace("%1", str(PREVIEW_TURNS)))
        )
        right.addWidget(self.preview, 1)
        right.addWidget(self.preview_note)
        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addLayout(right, 3)
        apply_to = QGroupBox(self.tr("Apply to"), self)
        scope_row = QHBoxLayout(apply_to)
        scope_row.addWidget(self.scope_this)
        scope_row.addWidget(self.scope_selected)
        scope_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.shape)
        layout.addWidget(self.doubts)
        layout.addLayout(middle, 1)
        layout.addWidget(apply_to)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(900, 560)  # fits a 1366×768 screen

        self.update_preview(wait=True)

    # -- the rules the boxes say ------------------------------------------------------------
    def _checked(self, column: int) -> list[str]:
        out = []
        for r in range(self.labels.rowCount()):
            item = self.labels.item(r, column)
            label = self.labels.item(r, LABEL)
            if (
                item is not None
                and label is not None
                and item.checkState() == Qt.CheckState.Checked
            ):
                out.append(label.text())
        return out

    def current_rules(self) -> TurnRules:
        interviewer = (
            tuple(self._checked(INTERVIEWER))
            if self._touched_interviewer
            else self.rules.interviewer_labels
        )
        return TurnRules(
            interviewer_labels=interviewer,
            respondent_labels=self.rules.respondent_labels,
            ignored_labels=tuple(self._checked(IGNORE)),
            questions=self.questions.currentData(),
        )

    def _label_changed(self, item: QTableWidgetItem) -> None:
        if self._setting:
            return
        if item.column() == INTERVIEWER:
            self._touched_interviewer = True
        self.schedule_preview()

    def schedule_preview(self) -> None:
        self.status.clear()
        self._timer.start()

    # -- preview ----------------------------------------------------------------------------
    def update_preview(self, *, wait: bool = False) -> None:
        """Ask the core what the boxes would give: in a worker, or here when `wait`."""
        self._timer.stop()
        rules = self.current_rules()
        if wait:
            self.runner.shut_down()
            try:
                detection = self.project.preview_turns(self.doc_id, rules)
            except DuoCoderError as exc:
                self._refused(str(exc))
                return
            self._previewed((rules, detection))
            return
        project, doc_id = self.project, self.doc_id
        self.runner.start(lambda _task: (rules, project.preview_turns(doc_id, rules)))

    def previewing(self) -> bool:
        return self._timer.isActive() or self.runner.busy

    def _failed(self, message: str) -> None:
        if message:  # empty: a newer preview replaced this one
            self._refused(message)

    def _refused(self, message: str) -> None:
        self.detection, self.preview_error = None, message
        self.preview.setRowCount(0)
        self.preview_note.setText(message)
        self.apply.setEnabled(False)

    def _previewed(self, answer: tuple[TurnRules, TurnDetection]) -> None:
        rules, detection = answer
        self.detection, self.preview_error = detection, None
        self._fill_labels(detection, rules)
        self._fill_preview(detection)
        self._describe(detection, rules)
        self.apply.setEnabled(True)

    def _fill_labels(self, detection: TurnDetection, rules: TurnRules) -> None:
        """The labels found under these rules, and the ignored ones (count 0) so their box
        can be unticked again; labels of earlier previews stay, so nothing jumps away."""
        counts = {info.label: info for info in detection.labels}
        shown = [
            self.labels.item(r, LABEL).text()  # type: ignore[union-attr]
            for r in range(self.labels.rowCount())
        ]
        for label in [*counts, *rules.ignored_labels]:
            if label not in shown:
                shown.append(label)
        self._setting = True
        self.labels.setRowCount(len(shown))
        for r, label in enumerate(shown):
            info = counts.get(label)
            name = QTableWidgetItem(label)
            count = QTableWidgetItem(str(info.count) if info else "–")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            interviewer = QTableWidgetItem()
            interviewer.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            is_interviewer = bool(info and info.interviewer) or (
                self._touched_interviewer and label in (rules.interviewer_labels or ())
            )
            interviewer.setCheckState(
                Qt.CheckState.Checked if is_interviewer else Qt.CheckState.Unchecked
            )
            ignored = label in rules.ignored_labels
            if ignored:  # no speaker, so no interviewer either
                interviewer.setFlags(Qt.ItemFlag.ItemIsUserCheckable)
            ignore = QTableWidgetItem()
            ignore.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            ignore.setCheckState(Qt.CheckState.Checked if ignored else Qt.CheckState.Unchecked)
            for column, item in ((LABEL, name), (COUNT, count), (INTERVIEWER, interviewer)):
                self.labels.setItem(r, column, item)
            self.labels.setItem(r, IGNORE, ignore)
        self._setting = False

    def _fill_preview(self, detection: TurnDetection) -> None:
        text = self.text
        turns = detection.turns[:PREVIEW_TURNS]
        self.preview.setRowCount(len(turns))
        for r, turn in enumerate(turns):
            speaker = QTableWidgetItem(turn.speaker)
            who = QTableWidgetItem(self.tr("yes") if turn.interviewer else self.tr("no"))
            words = QTableWidgetItem(first_words(text[turn.start : turn.end]))
            words.setToolTip(first_words(text[turn.start : turn.end], 80))
            for column, item in enumerate((speaker, who, words)):
                self.preview.setItem(r, column, item)
        self.preview.resizeColumnToContents(0)
        self.preview.resizeColumnToContents(1)

    def _describe(self, detection: TurnDetection, rules: TurnRules) -> None:
        shape = shape_name(detection.shape)
        self.shape.setText(self.tr("Speakers are marked by: %1").replace("%1", shape))
        doubts = "\n".join(f"• {d}" for d in detection.doubts)
        self.doubts.setText(doubts)
        self.doubts.setVisible(bool(doubts))
        self.no_labels.setVisible(not detection.labels)
        if not detection.labels and rules.questions is None:
            self.no_labels.setText(
                self.tr(
                    "No speaker labels were found. If the interviewer's questions are in "
                    "italics, in bold or list items, choose that below; otherwise check that "
                    "the lines start with a label such as 'I:' or 'Interviewer:'."
                )
            )
        elif not detection.labels:
            self.no_labels.setText(
                self.tr("No turns were found this way: try another choice below.")
            )
        total = len(detection.turns)
        asked = sum(1 for t in detection.turns if t.interviewer)
        if not total:
            note = self.tr("No turns under these rules.")
            if rules.ignored_labels and len(rules.ignored_labels) >= self.labels.rowCount():
                note += " " + self.tr("Every label is ignored: untick 'Ignore' for the speakers.")
        elif not asked:
            note = self.tr(
                "%1 turns, none of them the interviewer's: tick 'Interviewer' for the label "
                "of the questions."
            ).replace("%1", str(total))
        elif asked == total:
            note = self.tr(
                "All %1 turns are the interviewer's: untick 'Interviewer' for the "
                "respondent's label."
            ).replace("%1", str(total))
        else:
            note = (
                self.tr("%1 turns, %2 of them the interviewer's.")
                .replace("%1", str(total))
                .replace("%2", str(asked))
            )
        self.preview_note.setText(note)

    # -- applying ---------------------------------------------------------------------------
    def targets(self) -> list[int]:
        if self.scope_selected.isChecked() and self.selected:
            return [self.doc_id, *self.selected]
        return [self.doc_id]

    def apply_rules(self) -> None:
        self.update_preview(wait=True)  # a change still waiting for its pause
        if self.preview_error is not None:
            return
        rules = self.current_rules()
        docs = self.targets()
        label = (
            self.tr("Find the turns of %1 again").replace(
                "%1", self.project.document(self.doc_id).name
            )
            if len(docs) == 1
            else self.tr("Find the turns of %1 documents again").replace("%1", str(len(docs)))
        )
        done = self.controller.run(label, self.project.redetect_turns, docs, rules)
        if done is not None:
            self.rules = rules
            self.status.setText(
                self.tr("Applied to %n document(s); Edit ▸ Undo takes it back.", "", len(docs))
            )

    def back_to_automatic(self) -> None:
        self._setting = True
        self._touched_interviewer = False
        self.rules = TurnRules(respondent_labels=())
        self.labels.setRowCount(0)
        self.questions.setCurrentIndex(0)
        self._setting = False
        self.update_preview(wait=True)

    def done(self, result: int) -> None:
        self._timer.stop()
        self.runner.shut_down()  # no preview reads the project after the dialog is gone
        super().done(result)


def open_turn_rules(window: MenuHost) -> TurnRulesDialog | None:
    """Document ▸ Turn rules… for the document in the transcript, offering the documents
    selected in the documents pane too."""
    controller = window.controller
    if controller is None:
        return None
    doc_id = window.transcript.doc_id or window.documents.current_document()
    if doc_id is None:
        QMessageBox.information(
            window,
            QCoreApplication.translate("TurnRulesDialog", "Turn rules"),
            QCoreApplication.translate(
                "TurnRulesDialog", "Open a document first: the turn rules belong to one document."
            ),
        )
        return None
    selected = window.documents.selected_documents()  # a selected case: all its documents
    dialog = TurnRulesDialog(controller, doc_id, selected, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
