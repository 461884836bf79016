"""Demo transcripts, translations, icons and the desktop entry, read through
`importlib.resources` as `duocoder.data.resources` (see duocoder/data/__init__.py)."""
