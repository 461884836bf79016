"""The quote export dialog offers where the role goes, and the Word file follows it."""

from __future__ import annotations

from pathlib import Path

import docx

from duocoder.io.quotes_docx import QUOTE_STYLE, ROLE_STYLE
from tests.gui.analysis_helpers import open_from_menu


def _export(analysis_window, qtbot, path: Path, choice: int):  # type: ignore[no-untyped-def]
    view = open_from_menu(analysis_window, qtbot, "cooccurrence")
    dialog = view.export_quotes(view.quote_filters())
    assert dialog is not None
    assert dialog.attribution.count() == 2
    assert dialog.attribution.currentData() == "line"  # the default, as before
    dialog.attribution.setCurrentIndex(choice)
    dialog.write_to(str(path), "test: where the role goes, not privacy")
    assert not dialog.attribution.isEnabled()  # fixed while the worker writes
    with qtbot.waitSignal(dialog.written, timeout=90_000):  # detection loads: 30 s+ under load
        pass
    return [(p.style.name, p.text) for p in docx.Document(str(path)).paragraphs]


def test_inline_puts_the_role_after_the_quote(analysis_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    body = _export(analysis_window, qtbot, tmp_path / "inline.docx", 1)
    # cut mid-sentence at its start ("…, maar ik vertrouw Ben volledig.")
    assert (QUOTE_STYLE, "‘(…) ik vertrouw Ben volledig’\u00a0(deelnemer)") in body
    assert not any(style == ROLE_STYLE for style, _ in body)


def test_on_its_own_line_stays_the_default(analysis_window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    body = _export(analysis_window, qtbot, tmp_path / "regel.docx", 0)
    i = body.index((QUOTE_STYLE, "‘(…) ik vertrouw Ben volledig’"))
    assert body[i + 1] == (ROLE_STYLE, "(deelnemer)")
