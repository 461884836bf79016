"""File ▸ Import ▸ REFI-QDA project…: the import runs off the GUI thread, the window shows
the new documents and codes, the summary says how positions were read and what was not
kept, Undo takes the whole import back, and a refused file is one sentence."""

from __future__ import annotations

from pathlib import Path

from tests.io.qdpx_factory import SHAPES, build


def _menu_texts(window) -> list[str]:  # type: ignore[no-untyped-def]
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    file = next(
        m for t, m in menus.items() if "&" in t and t.replace("&", "") in ("File", "Bestand")
    )
    texts = []
    for action in file.actions():
        if action.menu() is not None:
            texts += [f"{action.text()} ▸ {a.text()}" for a in action.menu().actions()]
    return texts


def test_the_file_menu_offers_the_import(window) -> None:  # type: ignore[no-untyped-def]
    assert any("REFI-QDA" in text for text in _menu_texts(window))
    assert window.actions_.import_qdpx.isEnabled()


def test_importing_shows_the_report_and_is_one_undo_step(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path
) -> None:
    qdpx = tmp_path / "atlas.qdpx"
    qdpx.write_bytes(build(SHAPES["ATLAS.ti Windows"]))
    before = len(window.controller.project.documents())
    dialog = window.import_qdpx(str(qdpx))
    qtbot.waitUntil(lambda: dialog.report is not None or dialog.error is not None, timeout=10_000)
    assert dialog.error is None, dialog.error
    assert dialog.report.added, dialog.report.summary()
    project = window.controller.project
    assert len(project.documents()) == before + 1
    assert project.coding_count() == 5
    summary = dialog.summary.toPlainText()
    assert "positions read as characters (code points)" in summary
    assert "1 link(s) of the project were not kept" in summary
    window.controller.core_undo()
    assert len(project.documents()) == before and project.coding_count() == 0


def test_a_refused_file_is_one_sentence(window, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "kapot.qdpx"
    bad.write_bytes(b"no zip at all")
    dialog = window.import_qdpx(str(bad))
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10_000)
    assert "Could not read 'kapot.qdpx'" in dialog.summary.toPlainText()
