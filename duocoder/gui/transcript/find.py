"""Finding words: a find bar under the transcript (all hits highlighted, F3 / Shift+F3 walk
them) and a dialog that searches every document and opens a hit in its transcript."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from duocoder.gui.common.controller import ProjectController
from duocoder.gui.transcript.view import TranscriptView

CONTEXT = 45
MAX_HITS = 2000


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Case-insensitive hits (code point spans) of a literal string."""
    if not needle:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text, re.IGNORECASE)]


class _FindEdit(QLineEdit):
    """Enter finds the next hit, Shift+Enter the previous one, Esc closes the bar."""

    step = Signal(int)
    escape = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            back = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.step.emit(-1 if back else 1)
        elif event.key() == Qt.Key.Key_Escape:
            self.escape.emit()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    def __init__(self, view: TranscriptView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.hits: list[tuple[int, int]] = []
        self.current = -1
        self.edit = _FindEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in this document"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(lambda _t: self.search())
        self.edit.step.connect(self.step)
        self.edit.escape.connect(self.close_bar)
        self.count = QLabel(self)
        previous = QToolButton(self)
        previous.setText(self.tr("Previous"))
        previous.setToolTip(self.tr("Previous hit (Shift+F3)"))
        previous.clicked.connect(lambda: self.step(-1))
        following = QToolButton(self)
        following.setText(self.tr("Next"))
        following.setToolTip(self.tr("Next hit (F3)"))
        following.clicked.connect(lambda: self.step(1))
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Close the find bar (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.edit)
        layout.addWidget(label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(self.count)
        layout.addWidget(close)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) < 80:
            self.edit.setText(selected)
        self.edit.setFocus()
        self.edit.selectAll()
        self.search()

    def close_bar(self) -> None:
        self.hits, self.current = [], -1
        self.view.set_find_hits([], -1)
        self.hide()
        self.view.setFocus()

    def search(self) -> None:
        """Find all hits again (after typing, or when another document is shown)."""
        if not self.isVisible():
            return
        self.hits = find_all(self.view.text, self.edit.text())[:MAX_HITS]
        here = self.view.selected_span()
        start = here[0] if here else 0
        self.current = next((i for i, (a, _b) in enumerate(self.hits) if a >= start), 0)
        self._show()

    def step(self, direction: int) -> None:
        if not self.isVisible():
            self.open_bar()
            return
        if self.hits:
            self.current = (self.current + direction) % len(self.hits)
        self._show()

    def _show(self) -> None:
        if not self.hits:
            self.current = -1
            self.count.setText(self.tr("No hits") if self.edit.text() else "")
        else:
            self.count.setText(
                self.tr("%1 of %2")
                .replace("%1", str(self.current + 1))
                .replace("%2", str(len(self.hits)))
            )
            self.view.select_span(*self.hits[self.current])
        self.view.set_find_hits(self.hits, self.current)


class FindAllDialog(QDialog):
    """Searches the text of every document; a click opens the passage."""

    open_passage = Signal(int, int, int)

    def __init__(self, controller: ProjectController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Find in all documents"))
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Word or phrase"))
        self.edit.returnPressed.connect(self.search)
        button = QPushButton(self.tr("&Search"), self)
        button.clicked.connect(self.search)
        self.results = QTreeWidget(self)
        self.results.setHeaderLabels([self.tr("Document"), self.tr("Passage")])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.itemActivated.connect(self._open)
        self.results.itemClicked.connect(self._open)
        self.summary = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        self.resize(720, 460)

    def search(self) -> None:
        needle = self.edit.text().strip()
        self.results.clear()
        total = 0
        for doc in self.controller.project.documents():
            text = self.controller.project.text(doc.id)
            for a, b in find_all(text, needle):
                total += 1
                if total > MAX_HITS:
                    break
                before = " ".join(text[max(0, a - CONTEXT) : a].split())
                after = " ".join(text[b : b + CONTEXT].split())
                item = QTreeWidgetItem([doc.name, f"…{before} «{text[a:b]}» {after}…"])
                item.setData(0, Qt.ItemDataRole.UserRole, (doc.id, a, b))
                self.results.addTopLevelItem(item)
        self.results.resizeColumnToContents(0)
        self.summary.setText(self.tr("%n hit(s)", "", min(total, MAX_HITS)))

    def _open(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        doc_id, a, b = item.data(0, Qt.ItemDataRole.UserRole)
        self.open_passage.emit(doc_id, a, b)
