"""The Dutch window: menus, role words and plural forms come from the shipped translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from duocoder.app.paths import resources_dir
from duocoder.gui.common.i18n import install_translation
from duocoder.gui.shell.main_window import MainWindow


def test_every_string_has_a_dutch_translation() -> None:
    tree = ET.parse(resources_dir() / "i18n" / "duocoder_nl.ts")
    unfinished = [
        m.findtext("source")
        for m in tree.getroot().iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []
    assert (resources_dir() / "i18n" / "duocoder_nl.qm").stat().st_size > 1000


def test_the_window_speaks_dutch_with_the_researchers_role_words(app, qtbot, project_path) -> None:  # type: ignore[no-untyped-def]
    try:
        assert install_translation(app, "nl") == "nl"
        w = MainWindow()
        qtbot.addWidget(w)
        w.open_project(str(project_path))
        menus = [a.text() for a in w.menuBar().actions()]
        assert menus[:3] == ["&Bestand", "Be&werken", "&Coderen"]
        case = w.documents.model.index(0, 0)
        roles = [w.documents.model.index(r, 1, case).data() for r in range(2)]
        assert roles == ["deelnemer", "vrijwilliger"]
        assert (
            w.segments.summary.text() == "Vink codes aan in de codeboom om hun segmenten te zien."
        )
        assert w.actions_.undo.text() == "&Ongedaan maken"
        w.set_project(None)
    finally:
        install_translation(app, "en")


def test_english_plural_forms(app, window) -> None:  # type: ignore[no-untyped-def]
    window.codes.model.set_checked({window.controller.project.code("Verbinding/Klik").id})
    assert window.segments.summary.text() == "0 segments in 1 selected document"


def test_the_shipped_translation_covers_every_string_in_the_code(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Running lupdate over the GUI's sources finds no string the Dutch file lacks (so a
    new string cannot slip into the window untranslated)."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import pytest

    lupdate = shutil.which("pyside6-lupdate") or str(
        Path(sys.executable).with_name("pyside6-lupdate")
    )
    if not Path(lupdate).exists():
        pytest.skip("pyside6-lupdate is not installed")
    shipped = resources_dir() / "i18n" / "duocoder_nl.ts"
    sources = sorted(
        str(p) for p in (Path(__file__).parents[2] / "duocoder" / "gui").glob("**/*.py")
    )
    copy = tmp_path / "i18n" / "duocoder_nl.ts"  # same depth, so locations stay relative
    copy.parent.mkdir()
    copy.write_bytes(shipped.read_bytes())
    subprocess.run(
        [lupdate, "-no-obsolete", *sources, "-ts", str(copy)], check=True, capture_output=True
    )
    text = copy.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text


def test_new_menus_speak_dutch(app, qtbot, project_path) -> None:  # type: ignore[no-untyped-def]
    try:
        install_translation(app, "nl")
        w = MainWindow()
        qtbot.addWidget(w)
        w.open_project(str(project_path))
        menus = {a.text(): a.menu() for a in w.menuBar().actions()}
        assert [a.text() for a in menus["&Memo's"].actions()] == [
            "&Projectmemo…",
            "&Documentmemo…",
            "&Codememo…",
        ]
        assert w.transcript.accessibleName() == "Transcript"
        assert w.segments.table.accessibleName() == "Opgehaalde segmenten"
        assert "Een memo bij dit interview" in w.header.text()
        w.set_project(None)
    finally:
        install_translation(app, "en")
