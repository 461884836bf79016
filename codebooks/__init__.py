"""The shipped codebooks, read through `importlib.resources` as `duocoder.data.codebooks`
(see duocoder/data/__init__.py)."""
