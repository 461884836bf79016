"""Listening to the interview beside its transcript: the player under the text, linking a
recording (Document ▸ Link recording…, or dropping one on the window), finding moved
recordings again, playing from a turn or a retrieved segment, and following the turn being
spoken while it plays.

The view follows the spoken turn unless the researcher scrolls away; it follows again from
the next play or jump. Sync marks set here are undoable steps like every other change
(`Project.set_sync_mark`); playing itself changes nothing in the project."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QVBoxLayout

from duocoder.app.changes import Changes
from duocoder.app.player import MEDIA_SUFFIXES, Playback, open_player, playback_missing
from duocoder.domain.errors import DuoCoderError
from duocoder.domain.media_time import TimedTurn, clock, turn_at
from duocoder.gui.common.controller import ProjectController
from duocoder.gui.transcript.player import PlayerBar

if TYPE_CHECKING:
    from duocoder.gui.shell.main_window import MainWindow

OBJECT_NAME = "listening"
PLAY_SHORTCUT = "Ctrl+P"
BACK_SHORTCUT = "Ctrl+B"
TICK_MS = 100
BACK_SECONDS = 5.0


class Listening(QObject):
    """Owns the player bar and the open recording of one window."""

    null_output = False
    """Play to miniaudio's null device whatever sound card there is (the tests set it)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName(OBJECT_NAME)
        self.window = window
        self.view = window.transcript
        self.controller: ProjectController | None = None
        self.playback: Playback | None = None
        self.timed: list[TimedTurn] = []
        self.doc_id: int | None = None
        self.follow = True
        self.stop_at: float | None = None  # a passage being listened to ends here
        self._scrolling = False  # the view scrolls itself: not the researcher scrolling away
        self._path: Path | None = None  # the file `playback` plays
        self.bar = PlayerBar(window)
        holder = self.view.parentWidget()
        layout = holder.layout() if holder is not None else None
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.view) + 1, self.bar)
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.bar.play_clicked.connect(self.toggle)
        self.bar.back_clicked.connect(self.back)
        self.bar.speed_chosen.connect(self.set_speed)
        self.bar.seek_requested.connect(self.seek)
        self.bar.mark_clicked.connect(self.mark_turn)
        self.view.document_shown.connect(self.load)
        self.view.play_requested.connect(self.play_turn)
        self.view.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._build_actions()
        window.project_changed.connect(self._set_controller)
        window.segments.listen_requested.connect(self.listen)
        window.analysis.listen_requested.connect(self.listen)  # a quote in the stakeholder view
        self._set_controller(window.controller)

    # -- menus and shortcuts ----------------------------------------------------------------
    def _build_actions(self) -> None:
        w = self.window
        self.play_action = QAction(self.tr("&Play or pause the recording"), w)
        self.play_action.setShortcut(QKeySequence(PLAY_SHORTCUT))
        self.play_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.play_action.triggered.connect(self.toggle)
        self.back_action = QAction(self.tr("&Back 5 seconds"), w)
        self.back_action.setShortcut(QKeySequence(BACK_SHORTCUT))
        self.back_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.back_action.triggered.connect(self.back)
        self.link_action = QAction(self.tr("&Link recording…"), w)
        self.link_action.setStatusTip(
            self.tr("Link the interview's audio or video file; the project keeps only where it is")
        )
        self.link_action.triggered.connect(self.choose_recording)
        self.relink_action = QAction(self.tr("&Find moved recordings…"), w)
        self.relink_action.triggered.connect(self.choose_relink_folder)
        self.unlink_action = QAction(self.tr("&Unlink recording"), w)
        self.unlink_action.triggered.connect(self.unlink)
        for action in (self.play_action, self.back_action):
            w.addAction(action)  # works wherever the focus is, the transcript included
        menu = next(
            (
                a.menu()
                for a in w.menuBar().actions()
                if isinstance(a.menu(), QMenu) and a.menu().objectName() == "document_menu"
            ),
            None,
        )
        if isinstance(menu, QMenu):
            menu.addSeparator()
            for action in (
                self.link_action,
                self.relink_action,
                self.unlink_action,
                self.play_action,
                self.back_action,
            ):
                menu.addAction(action)
            menu.aboutToShow.connect(self._enable_actions)

    def _enable_actions(self) -> None:
        has_doc = self.controller is not None and self.view.doc_id is not None
        self.link_action.setEnabled(has_doc)
        linked = has_doc and self._recording() is not None
        self.unlink_action.setEnabled(linked)
        self.relink_action.setEnabled(self.controller is not None)

    # -- the project --------------------------------------------------------------------------
    def _set_controller(self, controller: ProjectController | None) -> None:
        self.close_recording()
        self.controller = controller
        if controller is not None:
            controller.changed.connect(self._on_changed)
        self.load(self.view.doc_id)

    def _on_changed(self, changes: Changes) -> None:
        doc = self.doc_id
        if doc is None:
            return
        if doc in changes.media or changes.everything:
            self.load(doc)
        elif doc in changes.turns:
            self._read_turns()

    def _recording(self) -> Path | None:
        if self.controller is None or self.view.doc_id is None:
            return None
        try:
            info = self.controller.project.recording(self.view.doc_id)
        except DuoCoderError:
            return None
        return None if info is None else info.path

    # -- opening a document's recording -------------------------------------------------------
    def load(self, doc_id: int | None) -> None:
        """Open the recording of the document now shown (or say why there is none)."""
        keep = self.playback is not None and doc_id == self.doc_id and self._same_file(doc_id)
        if not keep:
            self.close_recording()
        self.doc_id = doc_id
        if self.controller is None or doc_id is None:
            self.bar.set_usable(False, "")
            self.bar.setVisible(False)
            return
        self.bar.setVisible(True)
        self.timed = []
        project = self.controller.project
        info = project.recording(doc_id)
        if info is None:
            self.bar.set_usable(
                False,
                self.tr(
                    "No recording is linked to this interview: Document ▸ Link recording…, "
                    "or drop the audio file here."
                ),
            )
            self.timed = []
            return
        if info.status == "not_here":
            self.bar.set_usable(
                False,
                self.tr(
                    "Link or find the recording {0} on this computer: Document ▸ Link "
                    "recording… or Find moved recordings…"
                ).replace("{0}", info.path.name),
            )
            return
        if info.status != "found":
            self.bar.set_usable(
                False,
                self.tr(
                    "The recording {0} is not where it was: Document ▸ Find moved recordings…"
                ).replace("{0}", info.path.name),
            )
            return
        if playback_missing() is not None:
            self.bar.set_usable(
                False,
                self.tr(
                    "Playing recordings needs DuoCoder's media extra (pip install "
                    "duocoder[media]); the transcript works as before."
                ),
            )
            return
        if not keep:
            try:
                self.playback = open_player(info, null_output=self.null_output)
                self._path = info.path
            except DuoCoderError as exc:
                self.bar.set_usable(False, str(exc))
                return
            self.playback.set_rate(float(self.bar.speed.currentData()))
        assert self.playback is not None
        note = ""
        if self.playback.silent:
            note = self.tr(
                "No sound output was found on this computer: the recording plays silently "
                "and the transcript still follows it."
            )
        self.bar.set_usable(True, note)
        self._read_turns()
        self.tick()

    def _same_file(self, doc_id: int | None) -> bool:
        if self.controller is None or doc_id is None or self.playback is None:
            return False
        info = self.controller.project.recording(doc_id)
        return info is not None and info.status == "found" and info.path == self._path

    def _read_turns(self) -> None:
        if self.controller is None or self.doc_id is None:
            self.timed = []
            return
        duration = self.playback.duration if self.playback is not None else None
        self.timed = self.controller.project.timed_turns(self.doc_id, duration or None)
        self.bar.slider.set_marks(
            [(t.seconds, t.approximate) for t in self.timed if t.seconds is not None]
        )
        self.tick()

    def close_recording(self) -> None:
        self.timer.stop()
        if self.playback is not None:
            self.playback.close()
            self.playback = None
        self.view.set_playing_span(None)
        self.bar.set_playing(False)
        self.stop_at = None

    # -- playing ----------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.playback is None:
            self.window.statusBar().showMessage(self.bar.note.text(), 6000)
            return
        if self.playback.playing:
            self.playback.pause()
            self.timer.stop()
        else:
            self.stop_at = None
            self.follow = True
            self.playback.play()
            self.timer.start()
        self.bar.set_playing(self.playback.playing)
        self.tick()

    def play_from(self, seconds: float, stop_at: float | None = None) -> None:
        if self.playback is None:
            self.window.statusBar().showMessage(self.bar.note.text(), 6000)
            return
        self.playback.seek(seconds)
        self.stop_at = stop_at
        self.follow = True
        self.playback.play()
        self.timer.start()
        self.bar.set_playing(True)
        self.tick()

    def play_turn(self, position: int) -> None:
        """Play from the turn starting at `position` (a code point of the document)."""
        turn = next((t for t in self.timed if t.turn.start == position), None)
        if turn is None or turn.seconds is None:
            self.window.statusBar().showMessage(
                self.tr("This turn has no time yet: set one with Sync turn while listening."),
                6000,
            )
            return
        self.play_from(turn.seconds)

    def listen(self, doc_id: int, start: int, end: int) -> None:
        """Play the turns a passage lies in (a retrieved segment, a quote), then stop."""
        self.window.open_passage(doc_id, start, end)
        if self.doc_id != doc_id:
            return
        first = next(
            (t for t in reversed(self.timed) if t.turn.start <= start and t.seconds is not None),
            None,
        )
        if first is None:
            first = next((t for t in self.timed if t.seconds is not None), None)
        if first is None or first.seconds is None:
            self.play_turn(-1)  # says the turn has no time
            return
        last = next((t for t in reversed(self.timed) if t.turn.start < end), first)
        self.play_from(first.seconds, last.end_seconds)

    def back(self) -> None:
        if self.playback is not None:
            self.playback.seek(max(self.playback.position - BACK_SECONDS, 0.0))
            self.follow = True
            self.tick()

    def seek(self, seconds: float) -> None:
        if self.playback is not None:
            self.playback.seek(seconds)
            self.follow = True
            self.tick()

    def set_speed(self, rate: float) -> None:
        if self.playback is not None:
            self.playback.set_rate(rate)

    def mark_turn(self) -> None:
        """The turn at the text cursor starts at the moment now playing."""
        if self.playback is None or self.controller is None or self.doc_id is None:
            return
        cursor = self.view.map.to_core(self.view.textCursor().position())
        turn = next(
            (
                t
                for t in self.view.turns
                if (t.label_start if t.label_start is not None else t.start) <= cursor <= t.end
            ),
            None,
        )
        if turn is None:
            self.window.statusBar().showMessage(
                self.tr("Put the text cursor in the turn that is being spoken."), 6000
            )
            return
        seconds = round(self.playback.position, 3)
        self.controller.run(
            self.tr("Sync turn to {0}").replace("{0}", clock(seconds)),
            self.controller.project.set_sync_mark,
            self.doc_id,
            turn.start,
            seconds,
        )

    # -- following --------------------------------------------------------------------------
    def tick(self) -> None:
        p = self.playback
        if p is None:
            return
        position = p.position
        if self.stop_at is not None and position >= self.stop_at:
            p.pause()
            self.stop_at = None
        current = turn_at(self.timed, position)
        self.bar.set_position(position, p.duration, current is not None and current.approximate)
        self.bar.set_playing(p.playing)
        if not p.playing:
            self.timer.stop()
        span = None if current is None else (current.turn.start, current.turn.end)
        if span != self.view.playing_span:
            self.view.set_playing_span(span)
            if span is not None and self.follow:
                self._show(span[0])

    def _show(self, position: int) -> None:
        self._scrolling = True
        try:
            probe = self.view.textCursor()
            probe.setPosition(self.view.map.to_qt(position))
            rect = self.view.cursorRect(probe)
            bar = self.view.verticalScrollBar()
            viewport = self.view.viewport().height()
            if rect.top() < 0 or rect.bottom() > viewport:
                bar.setValue(bar.value() + rect.top() - viewport // 3)
        finally:
            self._scrolling = False

    def _scrolled(self, _value: int) -> None:
        if not self._scrolling and self.playback is not None and self.playback.playing:
            self.follow = False  # the researcher looks elsewhere: stop pulling the view back

    # -- linking ----------------------------------------------------------------------------
    def choose_recording(self) -> None:
        if self.controller is None or self.view.doc_id is None:
            return
        suffixes = " ".join(f"*{s}" for s in sorted(MEDIA_SUFFIXES))
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Link recording"),
            "",
            self.tr("Audio and video ({0})").replace("{0}", suffixes),
        )
        if path:
            self.link(self.view.doc_id, Path(path))

    def link(self, doc_id: int, path: Path) -> None:
        if self.controller is None:
            return
        info = self.controller.run(
            self.tr("Link recording"), self.controller.project.link_recording, doc_id, path
        )
        if info is not None:
            self.window.statusBar().showMessage(
                self.tr("Linked {0}; the recording itself stays where it is.").replace(
                    "{0}", info.path.name
                ),
                6000,
            )

    def unlink(self) -> None:
        if self.controller is not None and self.view.doc_id is not None:
            self.controller.run(
                self.tr("Unlink recording"),
                self.controller.project.unlink_recording,
                self.view.doc_id,
            )

    def choose_relink_folder(self) -> None:
        if self.controller is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("The folder the recordings were moved to")
        )
        if folder:
            self.relink(Path(folder))

    def relink(self, folder: Path) -> None:
        if self.controller is None:
            return
        found = self.controller.run(
            self.tr("Find moved recordings"), self.controller.project.relink_recordings, folder
        )
        if found is None:
            return
        if found and self.controller.project.on_server:
            self.load(self.doc_id)  # only this computer's places changed: no change to hear of
        missing = sum(1 for r in self.controller.project.recordings() if r.status != "found")
        self.window.statusBar().showMessage(
            self.tr("%n recording(s) found again", "", len(found))
            + "; "
            + self.tr("%n still missing.", "", missing),
            8000,
        )

    def take_dropped(self, files: list[str]) -> list[str]:
        """Link a dropped audio or video file to the document shown; the other files are
        the window's to import."""
        media = [f for f in files if Path(f).suffix.lower() in MEDIA_SUFFIXES]
        if media and self.view.doc_id is not None:
            self.link(self.view.doc_id, Path(media[0]))
        return [f for f in files if Path(f).suffix.lower() not in MEDIA_SUFFIXES]


def install_listening(window: MainWindow) -> Listening:
    """Add the player and the recording actions to `window` (once)."""
    found = window.findChild(Listening, OBJECT_NAME)
    return found if isinstance(found, Listening) else Listening(window)
