"""What makes a file a DuoCoder project of a given format: its SQLite application id, the
format number this version writes, and the file name suffix. Kept apart so that opening
files (`database.py`) and upgrading them (`migrations.py`) both read them without importing
each other."""

from __future__ import annotations

APPLICATION_ID = 0x44554F43  # "DUOC"
SCHEMA_VERSION = 8
PROJECT_SUFFIX = ".duocoder"
FORMAT_TABLE = "duocoder_format"
"""On a server a team project keeps its format number in this table (a file keeps it in
SQLite's user_version); its presence is what marks a database as a DuoCoder project."""
