"""Where the analysis views' runner used to live; it is `duocoder.gui.tasks` now.

Only re-exports remain, for the modules that still import them from here (the
co-occurrence view and the quote export dialog, which were being edited when the runners
were merged). Delete this module once they import from `duocoder.gui.tasks`."""

from __future__ import annotations

from duocoder.gui.tasks import BusyBar, Job, TaskRunner

__all__ = ["BusyBar", "Job", "TaskRunner"]
