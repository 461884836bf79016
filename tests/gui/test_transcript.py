"""The transcript view: speed on a long interview, dark theme, brackets and find."""

from __future__ import annotations

import random
from pathlib import Path

from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import QApplication

from duocoder.app.project import CodingSpec, Project
from duocoder.gui.shell.main_window import MainWindow
from tests.gui.helpers import select_text
from tests.helpers import source

WORDS = [
    "ik",
    "ga",
    "elke",
    "zaterdag",
    "met",
    "Ben",
    "naar",
    "de",
    "markt",
    "en",
    "dat",
    "doet",
    "deugd",
    "😊",
    "vertrouwen",
    "café",
]


def long_project(path: Path, words: int = 20_000, codings: int = 1_500) -> None:
    rng = random.Random(7)
    lines, n = [], 0
    while n < words:
        k = rng.randint(20, 120)
        speaker = "I" if len(lines) % 2 == 0 else "R"
        lines.append(f"{speaker}: " + " ".join(rng.choice(WORDS) for _ in range(k)))
        n += k
    text = "\n".join(lines) + "\n"
    with Project.create(path) as p:
        doc = p.add_document("Lang", source(text), "participant", "Org").id
        codes = [p.add_code(f"Code {i}").id for i in range(12)]
        specs = []
        for _ in range(codings):
            a = rng.randrange(0, len(text) - 400)
            specs.append(CodingSpec(doc, a, a + rng.randint(5, 380), rng.choice(codes)))
        p.add_codings(specs)


def test_a_long_densely_coded_transcript_opens_with_every_coding(app, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """How long this takes is measured in bench/ (`gui_open_transcript`), not asserted here."""
    path = tmp_path / "long.duocoder"
    long_project(path)
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    w.open_project(str(path))
    doc = w.controller.project.documents()[0].id
    w.show_document(doc)
    w.transcript.viewport().repaint()
    w.transcript.brackets.repaint()
    assert len(w.transcript.segments) == 1_500
    assert w.transcript.column_count > 1  # overlapping codings get their own bracket columns
    w.set_project(None)


def test_highlights_stay_readable_in_a_dark_theme(window, app) -> None:  # type: ignore[no-untyped-def]
    select_text(window.transcript, "Dat doet deugd")
    window.coding.apply_code(window.controller.project.code("Verbinding/Klik").id)

    def background() -> QColor:
        cursor = QTextCursor(window.transcript.document())
        a = window.transcript.seg_qt[0][0]
        cursor.setPosition(a + 1)
        return cursor.charFormat().background().color()

    light = background()
    assert light.lightnessF() > 0.6
    old_style, old_palette = app.style().name(), app.palette()
    try:
        app.setStyle("Fusion")
        dark = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.Base, "#1e1e1e"),
            (QPalette.ColorRole.Text, "#e6e6e6"),
            (QPalette.ColorRole.WindowText, "#e6e6e6"),
        ):
            dark.setColor(role, QColor(color))
        QApplication.setPalette(dark)
        window.show_document(window.transcript.doc_id)
        shaded = background()
        text = QColor("#e6e6e6")
        assert shaded.lightnessF() < 0.45  # light text on a muted, darker code colour
        assert text.lightnessF() - shaded.lightnessF() > 0.4
    finally:
        app.setStyle(old_style)
        QApplication.setPalette(old_palette)


def test_speaker_labels_bold_and_interviewer_quieter(window) -> None:  # type: ignore[no-untyped-def]
    doc = window.transcript.document()
    shown = doc.toPlainText()

    def fmt(index: int):  # type: ignore[no-untyped-def]
        cursor = QTextCursor(doc)
        cursor.setPosition(index + 1)
        return cursor.charFormat()

    interviewer = shown.index("I: Hoe")
    respondent = shown.index("R: Goed")
    assert fmt(interviewer).fontWeight() >= 700
    assert fmt(respondent + 4).fontWeight() < 700
    quiet = fmt(interviewer + 4).foreground().color()
    normal = window.transcript.palette().color(QPalette.ColorRole.Text)
    assert quiet.isValid() and quiet != normal
    assert window.transcript.paragraph_starts  # numbers in the gutter


def test_find_bar_highlights_all_hits_and_walks_them(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.actions_.find.trigger()
    bar = window.find_bar
    assert bar.isVisible()
    bar.edit.setText("het")
    assert len(bar.hits) == 2  # "gaat het" and "Het café": case does not matter
    assert len(window.transcript.extraSelections()) == len(bar.hits)
    first = window.transcript.selected_span()
    window.actions_.find_next.trigger()
    assert window.transcript.selected_span() != first
    assert "2 of 2" in bar.count.text()
    window.actions_.find_previous.trigger()
    assert window.transcript.selected_span() == first


def test_font_size_changes_with_ctrl_plus_and_minus(window) -> None:  # type: ignore[no-untyped-def]
    size = window.transcript.point_size
    window.actions_.bigger.trigger()
    assert window.transcript.document().defaultFont().pointSize() == size + 1
    window.actions_.smaller.trigger()
    window.actions_.smaller.trigger()
    assert window.transcript.document().defaultFont().pointSize() == size - 1
