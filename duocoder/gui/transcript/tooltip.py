"""The tooltip over coded text, shared by the transcript and its bracket margin."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from duocoder.domain.records import Segment


def coding_tooltip(segments: list[Segment], coder_colors: dict[str, str] | None = None) -> str:
    """Code path, coder (with their colour's dot), who last changed it and its memo, for
    each coding, as rich text for a tooltip."""
    parts = []
    colors = coder_colors or {}
    for s in segments:
        line = f"<b>{escape(s.code)}</b>"
        if s.coder:
            dot = colors.get(s.coder)
            mark = f"<span style='color:{dot}'>●</span> " if dot else ""
            line += " — " + mark + escape(s.coder)
        if s.changed_at is not None:
            when = s.changed_at.date().isoformat()
            if s.changed_by and s.changed_by != s.coder:
                changed = QCoreApplication.translate(
                    "TranscriptView", "changed by %1 on %2"
                ).replace("%1", escape(s.changed_by))
            else:
                changed = QCoreApplication.translate("TranscriptView", "changed on %2")
            line += f"<br><small>{changed.replace('%2', escape(when))}</small>"
        if s.memo:
            memo = QCoreApplication.translate("TranscriptView", "Memo")
            line += f"<br><i>{memo}:</i> {escape(s.memo)}"
        parts.append(line)
    return "<br>".join(parts)
