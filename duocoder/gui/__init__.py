"""The PySide6 face of DuoCoder: the only package that imports Qt."""

from duocoder.gui.common.compat import keep_none_alive

keep_none_alive()
