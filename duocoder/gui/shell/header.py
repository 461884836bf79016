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
BLIND_BACKGROUND = "#fde68a"  # amber, with black text: noticeable in light and dark themes


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
        self.blind = False  # the document is coded blind: say so above the text
        self._shown: DocumentInfo | None = None

    def set_blind(self, on: bool) -> None:
        """Say (or stop saying) that only the coder's own codings are shown: a coder who
        forgot blind mode was on would take an empty page for an uncoded document."""
        if on != self.blind:
            self.blind = on
            self.show_document(self._shown, self.memo)

    def show_document(self, info: DocumentInfo | None, memo: str | None) -> None:
        self.memo = memo
        self._shown = info
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
        if self.blind:
            blind = escape(
                self.tr("Blind: only your codings are shown (View ▸ Coders to show others)")
            )
            html += (
                f"<br><span style='background:{BLIND_BACKGROUND}; color:#000000'>"
                f"&nbsp;{blind}&nbsp;</span>"
            )
        self.setText(html)
        self.setToolTip(escape(memo) if memo else "")
        self.setAccessibleDescription(
            f"{info.name}, {theme.role_label(info.role)}" + (f", {details}" if details else "")
        )
