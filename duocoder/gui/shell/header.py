"""The line above the transcript: which interview this is (name, role, case, duo) and its
memo, so the researcher's notes on an interview are in view while they code it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from duocoder.domain.records import DocumentInfo
from duocoder.gui.common import theme
from duocoder.gui.panes.memos import memo_preview

MEMO_CHARS = 160


class DocumentHeader(QLabel):
    memo_requested = Signal()  # the "memo" link was followed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setContentsMargins(12, 8, 12, 6)
        self.setWordWrap(True)  # a long name wraps instead of widening the window
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.linkActivated.connect(lambda _link: self.memo_requested.emit())
        self.setAccessibleName(self.tr("Document"))
        self.memo: str | None = None

    def show_document(self, info: DocumentInfo | None, memo: str | None) -> None:
        self.memo = memo
        if info is None:  # an empty page below: say why, and how to fill it
            quiet = theme.quiet_text().name()
            hint = escape(
                self.tr(
                    "No transcript shown — choose one in the Documents pane, or import "
                    "transcripts with File ▸ Import transcripts…"
                )
            )
            self.setText(f"<span style='color:{quiet}'>{hint}</span>")
            self.setToolTip("")
            return
        quiet = theme.quiet_text().name()
        link = theme.palette().color(QPalette.ColorRole.Link).name()
        color = theme.ROLE_COLORS[info.role]
        details = " · ".join(x for x in (info.case, info.duo) if x)
        html = (
            f"<span style='font-size:large; font-weight:600'>{escape(info.name)}</span>"
            f"&nbsp;&nbsp;<span style='color:{color}'>●</span> "
            f"{escape(theme.role_label(info.role))}"
        )
        if details:
            html += f"&nbsp;&nbsp;<span style='color:{quiet}'>{escape(details)}</span>"
        if memo:
            label = escape(self.tr("Memo"))
            edit = escape(self.tr("edit"))
            html += (
                f"<br><span style='color:{quiet}'><i>{label}:</i> "
                f"{escape(memo_preview(memo, MEMO_CHARS))}</span> "
                f"<a href='memo' style='color:{link}'>{edit}</a>"
            )
        else:
            add = escape(self.tr("Add a memo on this interview"))
            html += f"<br><a href='memo' style='color:{link}; font-size:small'>{add}</a>"
        self.setText(html)
        self.setToolTip(escape(memo) if memo else "")
        self.setAccessibleDescription(
            f"{info.name}, {theme.role_label(info.role)}" + (f", {details}" if details else "")
        )
