"""The package list, for setuptools (the rest of the configuration is in pyproject.toml).

DuoCoder's own packages are found; the two data packages are added by name because they
are mapped onto the top-level `codebooks/` and `resources/` folders (pyproject.toml,
`package-dir`), where no search under `duocoder/` would find them."""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["duocoder", "duocoder.*"]),
        "duocoder.data.codebooks",
        "duocoder.data.resources",
    ]
)
