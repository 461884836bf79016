"""Coding by speaker: every turn of one speaker (a label present in the transcripts, such
as `R` or `Vrijwilliger`), or every respondent turn in the documents of one role, in the
documents the researcher ticks, with one code and as one undoable step. This is how a
researcher codes "everything the volunteers say" before reading closer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from duocoder.gui.common import theme
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.common.filter_boxes import add_role_items
from duocoder.gui.language.common import CodeChooser, MessageLine
from duocoder.gui.language.search import project_speakers

DOC_ID = Qt.ItemDataRole.UserRole + 1


class CodeBySpeakerDialog(QDialog):
    def __init__(
        self,
        controller: ProjectController,
        parent: QWidget | None = None,
        *,
        code: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Code by speaker"))
        self.added: list[int] | None = None
        self.by_speaker = QRadioButton(self.tr("All turns of the &speaker:"), self)
        self.by_role = QRadioButton(
            self.tr("All respondent turns in documents of the &role:"), self
        )
        modes = QButtonGroup(self)
        modes.addButton(self.by_speaker)
        modes.addButton(self.by_role)
        self.speaker = QComboBox(self)
        self.speaker.setAccessibleName(self.tr("Speaker"))
        for name, asks in project_speakers(controller).items():
            label = self.tr("%1 (interviewer)").replace("%1", name) if asks else name
            self.speaker.addItem(label, name)
        self.role = add_role_items(QComboBox(self))
        self.role.setAccessibleName(self.tr("Role"))
        self.by_role.setChecked(True)
        self.documents = QListWidget(self)
        self.documents.setAccessibleName(self.tr("Documents to code in"))
        for doc in controller.documents():
            item = QListWidgetItem(theme.role_icon(doc.role), doc.name, self.documents)
            item.setData(DOC_ID, doc.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        every = QPushButton(self.tr("Tick a&ll"), self)
        none = QPushButton(self.tr("Untick all"), self)
        every.clicked.connect(lambda: self._tick_all(True))
        none.clicked.connect(lambda: self._tick_all(False))
        self.code = CodeChooser(self)
        self.code.setAccessibleName(self.tr("Code for the turns"))
        self.code.set_codes([c for c in controller.codes() if c.codable], code)
        self.feedback = MessageLine(self)
        self.buttons = QDialogButtonBox(self)
        self.ok = self.buttons.addButton(
            self.tr("C&ode the turns"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.rejected.connect(self.reject)
        self.ok.clicked.connect(self.apply)
        self.by_speaker.toggled.connect(self._mode)
        form = QFormLayout()
        form.addRow(self.by_role, self.role)
        form.addRow(self.by_speaker, self.speaker)
        code_label = QLabel(self.tr("Co&de:"), self)
        code_label.setBuddy(self.code)
        form.addRow(code_label, self.code)
        docs_label = QLabel(self.tr("In these &documents:"), self)
        docs_label.setBuddy(self.documents)
        ticks = QHBoxLayout()
        ticks.addWidget(every)
        ticks.addWidget(none)
        ticks.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(docs_label)
        layout.addWidget(self.documents, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.feedback)
        layout.addWidget(self.buttons)
        self._mode()
        self.resize(520, 480)

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for i in range(self.documents.count()):
            self.documents.item(i).setCheckState(state)

    def _mode(self, *_args: object) -> None:
        self.speaker.setEnabled(self.by_speaker.isChecked())
        self.role.setEnabled(self.by_role.isChecked())

    def chosen_documents(self) -> list[int]:
        items = (self.documents.item(i) for i in range(self.documents.count()))
        return [int(i.data(DOC_ID)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def apply(self) -> None:
        """Code the turns; the dialog closes when codings were added, and otherwise says
        why not (no code chosen, no documents, no such turns)."""
        code_id = self.code.code_id()
        docs = self.chosen_documents()
        if code_id is None:
            self.feedback.show_error(self.tr("Choose a code first (type part of its name)."))
            return
        if not docs:
            self.feedback.show_error(self.tr("Tick at least one document."))
            return
        if self.by_speaker.isChecked():
            speaker, role = self.speaker.currentData(), None
            if speaker is None:
                self.feedback.show_error(self.tr("The documents have no speaker turns."))
                return
            who = speaker
        else:
            speaker, role = None, self.role.currentData()
            who = self.role.currentText()
        c = self.controller
        if not self._has_turns(docs, speaker, role):
            self.feedback.show_error(
                self.tr("The ticked documents have no turns of %1.").replace("%1", who)
            )
            return
        label = self.tr("Code the turns of %1").replace("%1", who)
        added = c.run(
            label,
            c.project.code_turns,
            code_id,
            speaker=speaker,
            role=role,
            documents=docs,
            coder=c.coder,
        )
        if added is None:
            return
        self.added = added
        if not added:
            self.feedback.show_text(self.tr("These turns already have this code."))
            return
        self.accept()

    def _has_turns(self, docs: list[int], speaker: str | None, role: str | None) -> bool:
        """Whether the core will find turns to code, so that "none" is said here, in the
        dialog, rather than in a message box over it."""
        roles = {d.id: d.role.value for d in self.controller.documents()}
        for doc_id in docs:
            if role is not None and roles.get(doc_id) != role:
                continue
            for t in self.controller.project.turns(doc_id):
                if t.end <= t.start:
                    continue
                if (t.speaker.casefold() == speaker.casefold()) if speaker else not t.interviewer:
                    return True
        return False
