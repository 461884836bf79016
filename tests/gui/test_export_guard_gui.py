"""The export guard in the window: an export that would carry names not reviewed asks first
(the guard dialog), writes nothing on Cancel or Review names (which opens the privacy
review), and exports with a typed reason, which the project records. Word frequencies leave
names out unless 'Include names' is ticked, and say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from duocoder.gui.privacy.guard_dialog import GuardDialog
from duocoder.nlp.pipeline import ENV_MODEL
from tests.gui.analysis_helpers import open_from_menu
from tests.gui.language_support import make_project, open_window, search, wait_idle

WAIT_MS = 30_000  # the first check of a test run loads identifier detection


class Answerer:
    """Answers the guard dialog when it appears (it runs modally, in its own event loop),
    and keeps what it said."""

    def __init__(self, click: str, reason: str = "") -> None:
        self.click, self.reason = click, reason
        self.sentences: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(50)

    def _poll(self) -> None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, GuardDialog) and w.isVisible():
                self.sentences.append(w.sentence.text())
                self.timer.stop()
                if self.click == "export":
                    w.reason.setText(self.reason)
                    w.export_button.click()
                elif self.click == "review":
                    w.review_button.click()
                else:
                    w.cancel_button.click()
                return


def _quote_dialog(window, qtbot):  # type: ignore[no-untyped-def]
    view = open_from_menu(window, qtbot, "cooccurrence")
    dialog = view.export_quotes(view.quote_filters())
    assert dialog is not None
    return dialog


def test_the_quote_export_asks_and_cancel_writes_nothing(  # type: ignore[no-untyped-def]
    analysis_window, qtbot, tmp_path: Path
) -> None:
    dialog = _quote_dialog(analysis_window, qtbot)
    folder = tmp_path / "export"
    folder.mkdir()
    out = folder / "citaten.docx"
    answer = Answerer("cancel")
    dialog.write_to(str(out))
    qtbot.waitUntil(lambda: bool(answer.sentences) and not dialog.runner.busy, timeout=WAIT_MS)
    # "ik vertrouw Ben volledig": Ben is a document's name, so a name to review
    assert "still contain names not reviewed" in answer.sentences[0]
    assert "Ben" in answer.sentences[0]
    assert not out.exists()
    assert list(folder.iterdir()) == []  # no temporary left either
    assert dialog.isVisible() and dialog.save.isEnabled()  # the researcher may choose again
    assert analysis_window.controller.project.export_overrides() == []


def test_a_reason_exports_the_quotes_and_is_recorded(  # type: ignore[no-untyped-def]
    analysis_window, qtbot, tmp_path: Path
) -> None:
    dialog = _quote_dialog(analysis_window, qtbot)
    out = tmp_path / "citaten.docx"
    answer = Answerer("export", "Voor de tweede codeur, niet verder")
    with qtbot.waitSignal(dialog.written, timeout=WAIT_MS):
        dialog.write_to(str(out))
    assert answer.sentences and out.exists()
    [(_when, _who, what, why, findings)] = analysis_window.controller.project.export_overrides()
    assert what == "quotes → citaten.docx"
    assert why == "Voor de tweede codeur, niet verder" and findings > 0


def test_review_names_opens_the_privacy_review_and_writes_nothing(  # type: ignore[no-untyped-def]
    analysis_window, qtbot, tmp_path: Path
) -> None:
    dialog = _quote_dialog(analysis_window, qtbot)
    out = tmp_path / "citaten.docx"
    answer = Answerer("review")
    dialog.write_to(str(out))
    qtbot.waitUntil(lambda: analysis_window.analysis.view("privacy") is not None, timeout=WAIT_MS)
    assert answer.sentences and not out.exists()


@pytest.fixture
def lang(app, qtbot, tmp_path: Path, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv(ENV_MODEL, "blank")
    window, features = open_window(qtbot, make_project(tmp_path / "taal.duocoder"))
    yield window, features
    window.set_project(None)


def _count(qtbot, features) -> list[str]:  # type: ignore[no-untyped-def]
    panel = features.words
    features.words_action.trigger()
    panel.top.setValue(500)
    QTest.mouseClick(panel.count, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, features)
    model = panel.table.model()
    return [model.index(r, 1).data() for r in range(model.rowCount())]


def test_words_leave_names_out_and_an_export_with_names_asks(  # type: ignore[no-untyped-def]
    lang, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, features = lang
    panel = features.words
    window.controller.project.set_privacy_names(["Anna", "Bert"])
    assert not panel.names.isChecked()  # off by default
    lemmas = _count(qtbot, features)
    assert "vertrouwen" in lemmas and not {"anna", "bert"} & {w.casefold() for w in lemmas}
    assert panel.summary.text().endswith("; names left out")

    panel.names.setChecked(True)
    lemmas = _count(qtbot, features)
    assert {"anna", "bert"} <= {w.casefold() for w in lemmas}
    assert "names left out" not in panel.summary.text()
    out = tmp_path / "woorden.csv"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "CSV file (*.csv)")
    )
    answer = Answerer("cancel")
    panel.export_rows()
    assert answer.sentences and "anna" in answer.sentences[0]  # the word as listed
    assert not out.exists()

    answer = Answerer("export", "Woordenlijst voor het team")
    panel.export_rows()
    assert out.exists() and ",anna," in out.read_text(encoding="utf-8-sig")
    assert window.controller.project.export_overrides()[-1][3] == "Woordenlijst voor het team"


def test_search_hits_export_asks_because_of_the_words_around_a_hit(  # type: ignore[no-untyped-def]
    lang, qtbot, tmp_path: Path
) -> None:
    window, features = lang
    window.controller.project.set_privacy_names(["Anna"])
    hits = search(qtbot, features, "met", 0)  # "Interview met Anna": the name is beside it
    assert hits
    out = tmp_path / "treffers.xlsx"
    answer = Answerer("cancel")
    assert features.search.export_hits(str(out)) is None
    assert answer.sentences and "Anna" in answer.sentences[0]
    assert not out.exists()
    answer = Answerer("export", "Treffers voor de begeleidingscommissie")
    assert features.search.export_hits(str(out)) == str(out)
    assert "written to" in features.search.summary.text()
    assert window.controller.project.export_overrides()[-1][2] == "search hits → treffers.xlsx"


def test_copying_segments_with_a_name_asks_and_cancel_copies_nothing(  # type: ignore[no-untyped-def]
    analysis_window, app, qtbot, tmp_path: Path
) -> None:
    window = analysis_window
    code = window.controller.project.code("Verbinding/Vertrouwen").id
    model = window.codes.model
    model.setData(model.index_of(code), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    pane = window.segments
    texts = [pane.model.segments[r].text for r in range(pane.model.rowCount())]
    row = texts.index("ik vertrouw Ben volledig")
    pane.table.selectionModel().select(
        pane.model.index(row, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    app.clipboard().setText("before")
    answer = Answerer("cancel")
    pane.copy()
    assert answer.sentences and "Ben" in answer.sentences[0]
    assert app.clipboard().text() == "before"
    # the list as a file: the same question, and with a reason it is written
    out = tmp_path / "segmenten.csv"
    answer = Answerer("export", "Voor de co-promotor")
    assert pane.export_segments(str(out)) == str(out)
    written = out.read_text(encoding="utf-8-sig")
    assert [line.split(",")[8] for line in written.splitlines()[1:]] == texts  # the listed
