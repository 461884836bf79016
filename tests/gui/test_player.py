"""The player under the transcript, driven as a researcher would, without a sound card
(miniaudio's null device): it follows the turn being spoken, plays from a clicked turn, a
retrieved segment or the shortcut, sets sync marks, and says in one sentence why it cannot
play when it cannot."""

from __future__ import annotations

import array
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMenu

from duocoder.app.project import Project
from duocoder.gui.transcript import listening
from tests.gui.helpers import when_shown
from tests.helpers import source
from tests.recordings import write_wav

pytest.importorskip("av")
pytest.importorskip("miniaudio")

TIMED = (
    "[00:00:01] I: Hoe gaat het met jullie?\n"
    "[00:00:03] R: Goed, we zien elkaar elke week.\n"
    "[00:00:05.500] I: En wat doen jullie dan samen?\n"
    "[00:00:07] R: Wandelen, koffie drinken, soms naar de markt.\n"
)
UNTIMED = "I: Hoe gaat het?\nR: Goed, elke week.\nI: En dan?\nR: Wandelen en koffie.\n"
CLICKS = (1.0, 3.0, 5.5, 7.0)


@pytest.fixture
def media_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(listening.Listening, "null_output", True)
    path = tmp_path / "duo.duocoder"
    wav = write_wav(tmp_path / "marie.wav", 9.0, clicks=CLICKS)
    with Project.create(path, language="nl") as p:
        doc = p.add_document("Marie", source(TIMED), "participant")
        p.add_document("Jan", source(UNTIMED), "volunteer")
        p.link_recording(doc.id, wav)
        p.add_coding(
            doc.id, "Verbinding", TIMED.index("Goed"), TIMED.index("Goed") + 4, create_code=True
        )
        p.history.clear()
    yield path


@pytest.fixture
def win(app: Any, qtbot: Any, media_project: Path) -> Iterator[Any]:
    from duocoder.gui.shell.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    assert w.open_project(str(media_project))
    w.documents.show_document(_doc(w, "Marie"))
    yield w
    w.set_project(None)


def _doc(w: Any, name: str) -> int:
    return next(d.id for d in w.controller.documents() if d.name == name)


def _turn_span(w: Any, i: int) -> tuple[int, int]:
    t = w.transcript.turns[i]
    return (t.start, t.end)


def _click_in(w: Any, needle: str, ctrl: bool) -> None:
    view = w.transcript
    cursor = view.textCursor()
    cursor.setPosition(view.map.to_qt(view.text.index(needle) + 1))
    rect = view.cursorRect(cursor)
    modifier = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def test_the_highlight_follows_the_turn_being_spoken(win: Any, qtbot: Any) -> None:
    player = win.listening
    bar = player.bar
    assert bar.play_button.isEnabled()
    assert bar.note.text().startswith("No sound output was found on this computer")
    assert len(bar.slider.marks) == 4  # a tick for every turn
    player.seek(2.6)
    QTest.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.transcript.playing_span == _turn_span(win, 1), timeout=3000)
    qtbot.waitUntil(lambda: win.transcript.playing_span == _turn_span(win, 2), timeout=5000)
    assert bar.slider.value() >= 5500 and bar.time.text().startswith("0:05 / 0:09")
    QTest.mouseClick(bar.play_button, Qt.MouseButton.LeftButton)  # pause
    assert not player.playback.playing
    held = player.playback.position
    QTest.qWait(300)
    assert player.playback.position == held


def test_ctrl_click_plays_from_the_turn_within_100_ms(win: Any, qtbot: Any) -> None:
    heard: list[float] = []
    done = threading.Event()

    def tap(moment: float, pcm: bytes) -> None:
        samples = array.array("h", pcm)
        for i in range(0, len(samples), 2):
            if not done.is_set() and abs(samples[i]) > 8000:
                heard.append(moment + i / 2 / 48000)
                done.set()

    player = win.listening
    player.playback.tap = tap
    _click_in(win, "wat doen jullie", ctrl=True)
    qtbot.waitUntil(done.is_set, timeout=3000)
    assert abs(heard[0] - 5.5) < 0.1
    assert win.transcript.playing_span == _turn_span(win, 2)


def test_clicking_a_timestamp_plays_from_its_turn(win: Any, qtbot: Any) -> None:
    _click_in(win, "00:00:07", ctrl=False)
    assert win.listening.playback.playing
    assert 7.0 <= win.listening.playback.position < 7.5
    qtbot.waitUntil(lambda: win.transcript.playing_span == _turn_span(win, 3), timeout=2000)


def test_the_shortcut_plays_and_pauses_while_the_transcript_has_focus(win: Any, qtbot: Any) -> None:
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    win.transcript.setFocus()
    QTest.keyClick(win.transcript, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert win.listening.playback.playing
    QTest.keyClick(win.transcript, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not win.listening.playback.playing
    win.listening.seek(6.0)
    QTest.keyClick(win.transcript, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert abs(win.listening.playback.position - 1.0) < 0.2  # back 5 s


def test_listen_on_a_retrieved_segment_plays_its_turn_and_stops(win: Any, qtbot: Any) -> None:
    pane = win.segments
    code = next(c.id for c in win.controller.codes() if c.path == "Verbinding")
    pane.set_scope([code], [])
    assert pane.model.rowCount() == 1
    pane.table.selectRow(0)

    def choose_listen(menu: QMenu) -> None:
        listen = next(a for a in menu.actions() if a.text() == "&Listen")
        menu.close()
        listen.trigger()

    when_shown(QMenu, choose_listen)
    pane._context(QPoint(5, 5))
    player = win.listening
    assert player.playback.playing and 3.0 <= player.playback.position < 3.5
    assert player.stop_at == 5.5  # the turn's end: the next turn's start
    qtbot.waitUntil(lambda: not player.playback.playing, timeout=5000)
    assert 5.5 <= player.playback.position < 6.0


def test_a_sync_mark_set_while_listening_times_an_untimed_transcript(
    win: Any, qtbot: Any, tmp_path: Path
) -> None:
    jan = _doc(win, "Jan")
    win.documents.show_document(jan)
    player = win.listening
    assert not player.bar.play_button.isEnabled()
    assert player.bar.note.text().startswith("No recording is linked to this interview")
    player.link(jan, write_wav(tmp_path / "jan.wav", 6.0))
    assert player.bar.play_button.isEnabled()
    player.seek(4.0)
    qtbot.waitUntil(lambda: abs(player.playback.position - 4.0) < 0.01, timeout=1000)
    cursor = win.transcript.textCursor()
    cursor.setPosition(win.transcript.map.to_qt(win.transcript.text.index("En dan")))
    win.transcript.setTextCursor(cursor)
    QTest.mouseClick(player.bar.mark_button, Qt.MouseButton.LeftButton)
    third = win.transcript.turns[2].start
    assert win.controller.project.sync_marks(jan) == {third: 4.0}
    assert win.controller.undo_stack.undoText() == "Sync turn to 00:00:04"
    timed = player.timed
    assert timed[2].seconds == 4.0 and not timed[2].approximate
    assert timed[1].approximate and 0 < (timed[1].seconds or 0) < 4.0
    win.controller.undo_stack.undo()
    assert win.controller.project.sync_marks(jan) == {}


def test_link_by_menu_and_by_dropping_a_recording_on_the_window(
    win: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jan = _doc(win, "Jan")
    win.documents.show_document(jan)
    wav = write_wav(tmp_path / "jan.wav", 2.0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(wav), ""))
    win.listening.link_action.trigger()
    assert win.controller.project.recording(jan).path == wav
    assert win.controller.undo_stack.undoText() == "Link recording"
    other = write_wav(tmp_path / "jan-2.m4a.wav", 3.0, clicks=[1.0])
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(other))])
    drop = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    win.dropEvent(drop)
    assert win.controller.project.recording(jan).path == other
    assert [d.name for d in win.controller.documents()] == ["Marie", "Jan"]  # not imported


def test_a_moved_recording_and_a_missing_extra_each_get_one_sentence(
    win: Any, media_project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marie = _doc(win, "Marie")
    available = listening.playback_missing
    monkeypatch.setattr(listening, "playback_missing", lambda: "missing")
    win.documents.show_document(_doc(win, "Jan"))
    win.documents.show_document(marie)
    bar = win.listening.bar
    assert not bar.play_button.isEnabled() and bar.note.text() == (
        "Playing recordings needs DuoCoder's media extra (pip install duocoder[media]); "
        "the transcript works as before."
    )
    monkeypatch.setattr(listening, "playback_missing", available)
    win.set_project(None)
    moved = media_project.parent / "archive"
    moved.mkdir()
    (media_project.parent / "marie.wav").rename(moved / "interview.wav")
    assert win.open_project(str(media_project))
    win.documents.show_document(marie)
    assert bar.note.text() == (
        "The recording marie.wav is not where it was: Document ▸ Find moved recordings…"
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(moved))
    win.listening.relink_action.trigger()
    assert bar.play_button.isEnabled()
    assert win.statusBar().currentMessage() == "1 recording found again; 0 still missing."


def test_listen_on_a_quote_in_the_stakeholder_view(win: Any, qtbot: Any) -> None:
    from tests.gui.analysis_helpers import open_from_menu

    win.codes.select_code(win.controller.project.code("Verbinding").id)
    view = open_from_menu(win, qtbot, "stakeholders")
    quotes = view.lists[1]  # the participants
    assert quotes.count() == 1
    rect = quotes.visualItemRect(quotes.item(0))

    def choose_listen(menu: QMenu) -> None:
        listen = next(a for a in menu.actions() if a.text() == "&Listen")
        menu.close()
        listen.trigger()

    when_shown(QMenu, choose_listen)
    quotes.customContextMenuRequested.emit(rect.center())
    player = win.listening
    assert player.playback.playing and 3.0 <= player.playback.position < 3.5
    assert win.transcript.doc_id == _doc(win, "Marie")


def test_a_team_coder_without_the_recording_is_told_how_to_get_it(
    win: Any, media_project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `--server`: another laptop, whose data folder has never seen the recording."""
    from duocoder.app import paths

    if not win.controller.project.on_server:
        pytest.skip("a project file's recording is found beside it on every computer")
    win.set_project(None)
    monkeypatch.setattr(paths, "user_data_dir", lambda: tmp_path / "other-laptop")
    assert win.open_project(str(media_project))
    win.documents.show_document(_doc(win, "Marie"))
    bar = win.listening.bar
    assert not bar.play_button.isEnabled() and bar.note.text() == (
        "Link or find the recording marie.wav on this computer: Document ▸ Link recording… "
        "or Find moved recordings…"
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    win.listening.relink_action.trigger()
    assert bar.play_button.isEnabled()
