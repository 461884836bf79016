"""The window's actions, menus and toolbars, built in one place so every command has a
mnemonic, a shortcut where researchers expect one, and the same text in menu and toolbar."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from types import SimpleNamespace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QToolBar, QToolButton

from duocoder.gui.analysis.dock import view_titles
from duocoder.gui.common import icons, theme
from duocoder.gui.panes import turn_rules_dialog
from duocoder.gui.shell import window_setup
from duocoder.gui.transcript.coding_actions import QUICK_SLOTS

if TYPE_CHECKING:
    from duocoder.gui.shell.parts import MenuHost


def _action(
    window: MenuHost,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | list[str] | None = None,
    icon: str | None = None,
    tip: str | None = None,
) -> QAction:
    action = QAction(text, window)
    if icon:
        action.setIcon(icons.icon(icon))
    if isinstance(shortcut, list):
        action.setShortcuts([QKeySequence(s) for s in shortcut])
    elif shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def _document_properties(w: MenuHost) -> None:
    """Document ▸ Properties… of the document in the transcript (role, case, duo, doubts)."""
    if w.controller is not None and w.transcript.doc_id is not None:
        w.documents.edit_properties(w.transcript.doc_id)


def build_actions(w: MenuHost) -> SimpleNamespace:
    a = SimpleNamespace()
    a.new = _action(
        w,
        QCoreApplication.translate("MainWindow", "&New project…"),
        w.new_project,
        QKeySequence.StandardKey.New,
        "new",
    )
    a.open = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Open…"),
        w.choose_project,
        QKeySequence.StandardKey.Open,
        "open",
    )
    a.open_team = _action(
        w,
        QCoreApplication.translate("MainWindow", "Open &team project…"),
        w.choose_team_project,
        None,
        None,
        QCoreApplication.translate(
            "MainWindow", "Open a project in a database on your team's PostgreSQL server"
        ),
    )
    a.import_ = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Import transcripts…"),
        w.import_files,
        "Ctrl+Shift+I",
        "import",
        QCoreApplication.translate(
            "MainWindow", "Import .docx, .odt, .txt, .vtt or .srt transcripts"
        ),
    )
    a.import_qdpx = _action(
        w,
        QCoreApplication.translate("MainWindow", "&REFI-QDA project (.qdpx)…"),
        w.import_qdpx,
        tip=QCoreApplication.translate(
            "MainWindow", "Import a project from NVivo, ATLAS.ti, MAXQDA or QualCoder"
        ),
    )
    a.merge_project = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Merge project…"),
        w.merge_projects,
        tip=QCoreApplication.translate(
            "MainWindow", "Merge coders' copies of this project into it (one undo step)"
        ),
    )
    a.export_codebook = _action(
        w, QCoreApplication.translate("MainWindow", "&Export codebook…"), w.export_codebook
    )
    a.export_qdpx = _action(
        w,
        QCoreApplication.translate("MainWindow", "&REFI-QDA project (.qdpx)…"),
        w.export_qdpx,
        tip=QCoreApplication.translate(
            "MainWindow", "Export the whole project for NVivo, ATLAS.ti, MAXQDA or QualCoder"
        ),
    )
    a.encrypt = _action(
        w,
        QCoreApplication.translate("MainWindow", "E&ncrypt project…"),
        w.encrypt_open_project,
        tip=QCoreApplication.translate(
            "MainWindow", "Encrypt the project file with a passphrase, for a stolen laptop"
        ),
    )
    a.decrypt = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Decrypt project…"),
        w.decrypt_open_project,
        tip=QCoreApplication.translate("MainWindow", "Store the project file unencrypted again"),
    )
    w.encrypt_action, w.decrypt_action = a.encrypt, a.decrypt
    a.close = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Close project"),
        w.close_project,
        QKeySequence.StandardKey.Close,
    )
    a.quit = _action(
        w, QCoreApplication.translate("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit
    )
    a.undo = w.undo_group.createUndoAction(w, QCoreApplication.translate("MainWindow", "&Undo"))
    a.undo.setShortcut(QKeySequence.StandardKey.Undo)
    a.undo.setIcon(icons.icon("undo"))
    a.redo = w.undo_group.createRedoAction(w, QCoreApplication.translate("MainWindow", "&Redo"))
    a.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    a.redo.setIcon(icons.icon("redo"))
    w.addAction(a.undo)
    w.addAction(a.redo)
    a.find = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Find…"),
        w.find_bar.open_bar,
        QKeySequence.StandardKey.Find,
        "find",
    )
    a.find_next = _action(
        w, QCoreApplication.translate("MainWindow", "Find &next"), lambda: w.find_bar.step(1), "F3"
    )
    a.find_previous = _action(
        w,
        QCoreApplication.translate("MainWindow", "Find &previous"),
        lambda: w.find_bar.step(-1),
        "Shift+F3",
    )
    a.find_all = _action(
        w,
        QCoreApplication.translate("MainWindow", "Find in &all documents…"),
        w.find_everywhere,
        "Ctrl+Shift+F",
    )
    a.coder = _action(w, QCoreApplication.translate("MainWindow", "&Coder…"), w.set_coder_name)
    a.bigger = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Bigger text"),
        lambda: w.transcript.zoom(1),
        ["Ctrl+=", "Ctrl++"],
        "font-bigger",
    )
    a.smaller = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Smaller text"),
        lambda: w.transcript.zoom(-1),
        "Ctrl+-",
        "font-smaller",
    )
    a.code_with = _action(
        w,
        QCoreApplication.translate("MainWindow", "Code &with…"),
        w.coding.code_with,
        "Ctrl+K",
        "code",
        QCoreApplication.translate(
            "MainWindow", "Code the selected passage with a code you pick by typing"
        ),
    )
    a.invivo = _action(
        w,
        QCoreApplication.translate("MainWindow", "New code from &selection"),
        w.coding.new_code_from_selection,
        "Ctrl+I",
        "code-add",
        QCoreApplication.translate(
            "MainWindow", "Create a code named after the selected words and apply it (in-vivo)"
        ),
    )
    a.add_code = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Add code…"),
        lambda: w.code_menu.add_code(None),
    )
    a.quick = [
        _action(
            w,
            QCoreApplication.translate("MainWindow", "Quick code %1").replace("%1", str(i + 1)),
            partial(w.coding.apply_quick, i),
            f"Ctrl+{i + 1}",
        )
        for i in range(QUICK_SLOTS)
    ]
    a.about = _action(w, QCoreApplication.translate("MainWindow", "&About DuoCoder"), w.about)
    a.project_memo = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Project memo…"),
        w.memos.project_memo,
        None,
        "memo",
        QCoreApplication.translate("MainWindow", "Notes on the whole project"),
    )
    a.document_memo = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Document memo…"),
        lambda: w.memos.document_memo(w.transcript.doc_id),
        "Ctrl+Shift+M",
        "memo",
        QCoreApplication.translate("MainWindow", "Notes on the interview shown in the transcript"),
    )
    a.code_memo = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Code memo…"),
        lambda: w.memos.code_memo(w.codes.current_code()),
        None,
        "memo",
        QCoreApplication.translate("MainWindow", "Notes on the code selected in the code tree"),
    )
    a.properties = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Properties…"),
        lambda: _document_properties(w),
        None,
        "properties",
    )
    a.turn_rules = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Turn rules…"),
        lambda: turn_rules_dialog.open_turn_rules(w),
        None,
        None,
        QCoreApplication.translate(
            "MainWindow", "Which labels are the speakers and the interviewer, with a preview"
        ),
    )
    a.panes = window_setup.pane_actions(w)
    a.analysis = {
        kind: _action(w, text, partial(w.analysis.open_view, kind), None, "chart")
        for kind, text in view_titles().items()
    }
    a.go_analysis = _action(
        w,
        QCoreApplication.translate("MainWindow", "&Go to the analysis pane"),
        w.analysis.focus_current,
        "Ctrl+Shift+A",
    )
    return a


def build_menus(w: MenuHost, a: SimpleNamespace) -> None:
    bar = w.menuBar()
    file = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file.addAction(a.new)
    file.addAction(a.open)
    file.addAction(a.open_team)
    w.recent_menu = file.addMenu(QCoreApplication.translate("MainWindow", "Open &recent"))
    w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
    file.addSeparator()
    file.addAction(a.import_)
    imports = file.addMenu(QCoreApplication.translate("MainWindow", "I&mport"))
    imports.addAction(a.import_qdpx)
    file.addAction(a.merge_project)
    file.addAction(a.export_codebook)
    exports = file.addMenu(QCoreApplication.translate("MainWindow", "E&xport"))
    exports.addAction(a.export_qdpx)
    file.addSeparator()
    file.addAction(a.encrypt)
    file.addAction(a.decrypt)
    file.addSeparator()
    file.addAction(a.close)
    file.addAction(a.quit)
    edit = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit.addAction(a.undo)
    edit.addAction(a.redo)
    edit.addSeparator()
    for action in (a.find, a.find_next, a.find_previous, a.find_all):
        edit.addAction(action)
    edit.addSeparator()
    edit.addAction(a.coder)
    code = bar.addMenu(QCoreApplication.translate("MainWindow", "&Code"))
    code.addAction(a.code_with)
    code.addAction(a.invivo)
    code.addAction(a.add_code)
    quick = code.addMenu(QCoreApplication.translate("MainWindow", "&Quick codes"))
    for action in a.quick:
        quick.addAction(action)
    document = bar.addMenu(QCoreApplication.translate("MainWindow", "&Document"))
    document.setObjectName("document_menu")
    document.addAction(a.properties)
    document.addAction(a.turn_rules)

    def enable_document_actions() -> None:
        for action in (a.properties, a.turn_rules):
            action.setEnabled(w.transcript.doc_id is not None)

    document.aboutToShow.connect(enable_document_actions)
    memos = bar.addMenu(QCoreApplication.translate("MainWindow", "&Memos"))
    for action in (a.project_memo, a.document_memo, a.code_memo):
        memos.addAction(action)
    w.analysis_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "A&nalysis"))
    w.analysis_menu.addActions(list(a.analysis.values()))
    w.analysis_menu.addSeparator()
    w.analysis_menu.addAction(a.go_analysis)
    view = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view.addAction(a.bigger)
    view.addAction(a.smaller)
    view.addSeparator()
    for action in a.panes:
        view.addAction(action)
    view.addSeparator()
    for dock in w.docks:
        view.addAction(dock.toggleViewAction())
    w.coders_menu = view.addMenu(QCoreApplication.translate("MainWindow", "C&oders"))
    w.theme_menu = view.addMenu(QCoreApplication.translate("MainWindow", "&Theme"))
    themes = QActionGroup(w)
    current = theme.wanted_theme()
    for name, label in (
        ("system", QCoreApplication.translate("MainWindow", "&System colours")),
        ("light", QCoreApplication.translate("MainWindow", "&Light")),
        ("dark", QCoreApplication.translate("MainWindow", "&Dark")),
    ):
        act = w.theme_menu.addAction(label, partial(w.set_theme, name))
        act.setCheckable(True)
        act.setChecked(name == current)
        act.setData(name)
        themes.addAction(act)
    w.language_menu = view.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    for code_, label in (
        ("", QCoreApplication.translate("MainWindow", "&System language")),
        ("nl", "&Nederlands"),
        ("en", "&English"),
    ):
        act = w.language_menu.addAction(label, partial(w.set_language, code_))
        act.setCheckable(True)
        act.setData(code_)
    help_ = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_.addAction(a.about)
    main = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), w)
    main.setObjectName("main_toolbar")
    main.setIconSize(QSize(20, 20))
    for action in (
        a.import_,
        None,
        a.undo,
        a.redo,
        None,
        a.find,
        a.bigger,
        a.smaller,
        None,
        a.code_with,
        a.invivo,
    ):
        if action is None:
            main.addSeparator()
        else:
            main.addAction(action)
    analysis = QToolButton(main)
    analysis.setText(QCoreApplication.translate("MainWindow", "Analysis"))
    analysis.setToolTip(
        QCoreApplication.translate("MainWindow", "Open an analysis beside the transcript")
    )
    analysis.setIcon(icons.icon("chart"))
    analysis.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    analysis.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    analysis.setMenu(w.analysis_menu)
    main.addSeparator()
    w.analysis_button = main.addWidget(analysis)
    w.addToolBar(main)
    view.addAction(main.toggleViewAction())
    w.quick_bar = QToolBar(QCoreApplication.translate("MainWindow", "Quick codes"), w)
    w.quick_bar.setObjectName("quick_codes")
    w.addToolBar(w.quick_bar)
    view.addAction(w.quick_bar.toggleViewAction())


def fill_quick_bar(w: MenuHost, a: SimpleNamespace) -> None:
    """Show the recently used codes with their number, colour and name."""
    w.quick_bar.clear()
    label = QLabel(QCoreApplication.translate("MainWindow", "Quick codes:"), w.quick_bar)
    label.setContentsMargins(6, 0, 6, 0)
    w.quick_bar.addWidget(label)
    codes = {c.id: c for c in (w.controller.codes() if w.controller else [])}
    for i, action in enumerate(a.quick):
        code_id = w.coding.quick_code(i)
        info = codes.get(code_id) if code_id is not None else None
        if info is None:
            action.setText(
                QCoreApplication.translate("MainWindow", "Quick code %1").replace("%1", str(i + 1))
            )
            action.setIcon(icons.icon("code"))
            action.setEnabled(False)
            continue
        action.setText(f"&{i + 1} {info.name}")
        action.setIcon(theme.swatch_icon(info.color))
        action.setToolTip(f"{info.path} (Ctrl+{i + 1})")
        action.setEnabled(True)
        w.quick_bar.addAction(action)
    if not w.coding.recent:
        hint = QLabel(
            QCoreApplication.translate(
                "MainWindow", "(the codes you apply appear here: Ctrl+1 to Ctrl+9)"
            ),
            w.quick_bar,
        )
        hint.setEnabled(False)
        w.quick_bar.addWidget(hint)
