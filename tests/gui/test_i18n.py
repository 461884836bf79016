"""The Dutch window: menus, role words and plural forms come from the shipped translation."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from duocoder.app.paths import resources_dir
from duocoder.gui.i18n import install_translation
from duocoder.gui.main_window import MainWindow


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
