"""The command-line face of DuoCoder."""
