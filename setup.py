"""The package list, for setuptools (the rest of the configuration is in pyproject.toml).

DuoCoder's own packages are found; the data packages are added by name because they are
mapped onto the top-level `codebooks/` and `resources/` folders (pyproject.toml,
`package-dir`), where no search under `duocoder/` would find them. Every folder of data is
listed as a package of its own, with its files in `package-data`: setuptools warns, at
length and on every install, about folders it sees but was not told of."""

from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent


def _folders(top: str, package: str) -> list[str]:
    """`package` and one dotted package per folder below `top`."""
    root = HERE / top
    found = [package]
    for folder in sorted(p for p in root.rglob("*") if p.is_dir()):
        parts = folder.relative_to(root).parts
        if not any(part.startswith(("_", ".")) for part in parts):
            found.append(".".join((package, *parts)))
    return found


class _DataStaysData(build_py):
    """The data folders also hold the scripts that make their files (`_make_demo_docx.py`…):
    those stay in the repository, so the data packages carry their files and no modules."""

    def find_package_modules(self, package: str, package_dir: str) -> list[tuple[str, str, str]]:
        modules = super().find_package_modules(package, package_dir)
        if not package.startswith("duocoder.data."):
            return modules
        return [found for found in modules if found[1] == "__init__"]


setup(
    cmdclass={"build_py": _DataStaysData},
    packages=[
        *find_namespace_packages(include=["duocoder", "duocoder.*"], exclude=["*__pycache__*"]),
        *_folders("codebooks", "duocoder.data.codebooks"),
        *_folders("resources", "duocoder.data.resources"),
    ],
)
