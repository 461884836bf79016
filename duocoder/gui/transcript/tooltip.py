"""The tooltip over coded text, shared by the transcript and its bracket margin."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from duocoder.domain.records import Segment


def coding_tooltip(segments: list[Segment]) -> str:
    """Code path, coder and memo of each coding, as rich text for a tooltip."""
    parts = []
    for s in segments:
        line = f"<b>{escape(s.code)}</b>"
        if s.coder:
            line += " — " + escape(s.coder)
        if s.memo:
            memo = QCoreApplication.translate("TranscriptView", "Memo")
            line += f"<br><i>{memo}:</i> {escape(s.memo)}"
        parts.append(line)
    return "<br>".join(parts)
