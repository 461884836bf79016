"""Foundations every part of the window uses: the project controller, the background task
runner, theme, translation, icons and small shared widgets."""
