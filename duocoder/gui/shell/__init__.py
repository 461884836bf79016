"""The window around the panes: the main window, its menus and layout, the welcome page,
the document header and the recent-project list."""
