"""The type of the main window as its helpers (`menus`, `window_setup`, the Text menu in
`duocoder.gui.language.menu`) receive it, without importing `main_window` at run time
(which imports them).

The helpers both read the window's panes and actions and pass the window as a Qt parent
(`QAction(text, window)`, `QToolBar(title, window)`), so their parameter has to be a
`QMainWindow` *and* have the window's members. A `typing.Protocol` cannot also be a
`QMainWindow` (mypy has no intersection types), so for the type checker the names below
are the concrete `MainWindow`; at run time nothing is imported."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeAlias

if TYPE_CHECKING:
    from duocoder.gui.shell.main_window import MainWindow

    # What the menus and tool bars trigger or fill in.
    MenuHost: TypeAlias = MainWindow
    # The panes and docks of the window, for placing, sizing and focusing them.
    WindowParts: TypeAlias = MainWindow

__all__ = ["MenuHost", "WindowParts"]
