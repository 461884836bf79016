"""What every export in the window does when the export guard stops it.

The core refuses an export that would carry names not reviewed with
`UnreviewedIdentifiersError`, before anything is written. The window then asks
(`duocoder.gui.privacy.guard_dialog.ask_export_anyway`): Cancel writes nothing; Review
names opens the privacy review (Tools ▸ Privacy review…) and writes nothing; a reason
exports again with `allow_unreviewed=reason`, which the core records with the project.

A synchronous export goes through `run_guarded`; one that runs in a worker catches the
error in its job, hands it back as its result, and calls `answer_guard` on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QWidget

from duocoder.domain.privacy import UnreviewedIdentifiersError

T = TypeVar("T")


def open_privacy_review(widget: QWidget) -> bool:
    """Open the privacy review of the window `widget` is in; whether there was one."""
    features = getattr(widget.window(), "privacy", None)
    if features is None:
        parent = widget.parentWidget()
        features = getattr(parent.window(), "privacy", None) if parent is not None else None
    if features is None:
        return False
    features.open_review()
    return True


def answer_guard(parent: QWidget, error: UnreviewedIdentifiersError) -> str | None:
    """Ask about a stopped export: the reason to export anyway, or None (cancelled, or the
    privacy review was opened instead; either way nothing is written)."""
    from duocoder.gui.privacy.guard_dialog import ask_export_anyway

    answer = ask_export_anyway(parent, error)
    if answer == "review":
        open_privacy_review(parent)
        return None
    return answer or None


def run_guarded(parent: QWidget, export: Callable[[str | None], T]) -> T | None:
    """Run `export(allow_unreviewed)` without a reason; when the guard stops it, ask, and
    with a reason run it once more with that reason. None: nothing was written."""
    try:
        return export(None)
    except UnreviewedIdentifiersError as error:
        reason = answer_guard(parent, error)
    if reason is None:
        return None
    return export(reason)
