"""File ▸ Export ▸ REFI-QDA project…: the whole project is written as a .qdpx off the GUI
thread, the status bar says what was written, and a refused target is one sentence."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox


def _export_action(window):  # type: ignore[no-untyped-def]
    menus = {a.text().replace("&", ""): a.menu() for a in window.menuBar().actions()}
    file = menus.get("File") or menus["Bestand"]
    [export] = [a.menu() for a in file.actions() if a.menu() is not None and "xport" in a.text()]
    [action] = [a for a in export.actions() if "REFI-QDA" in a.text()]
    return action


def test_the_file_menu_offers_the_export_and_writes_the_project_in_the_background(  # type: ignore[no-untyped-def]
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "voor NVivo.qdpx"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *args, **kwargs: (str(out), "REFI-QDA project (*.qdpx)"),
    )
    project = window.controller.project
    threads: list[threading.Thread] = []
    real = project.export_qdpx

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        kwargs["allow_unreviewed"] = "test: writing in the background, not privacy"
        return real(*args, **kwargs)

    monkeypatch.setattr(project, "export_qdpx", spy)
    action = _export_action(window)
    assert action is window.actions_.export_qdpx and action.isEnabled()
    action.trigger()
    qtbot.waitUntil(
        lambda: out.exists() and "written" in window.statusBar().currentMessage(), timeout=10_000
    )
    assert threads and threads[0] is not threading.main_thread()
    assert "voor NVivo.qdpx" in window.statusBar().currentMessage()
    assert "documents: 2" in window.statusBar().currentMessage()
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
    assert "project.qde" in names and len([n for n in names if n.startswith("sources/")]) == 2


def test_a_target_that_is_a_project_is_refused_in_one_sentence_and_kept(  # type: ignore[no-untyped-def]
    window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    target = Path(window.controller.project.path)
    before = target.read_bytes()
    # a project renamed .qdpx by mistake (any SQLite database) is never overwritten
    fake = target.with_name("kopie.qdpx")
    fake.write_bytes(before)
    dialog = window.export_qdpx(str(fake))
    qtbot.waitUntil(lambda: dialog.error is not None, timeout=10_000)
    assert len(shown) == 1 and "database" in shown[0] and "\n" not in shown[0]
    assert fake.read_bytes() == before and target.read_bytes() == before
    assert not dialog.isVisible()
