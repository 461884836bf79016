"""The PySide6 face of DuoCoder: the only package that imports Qt."""
