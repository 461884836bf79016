"""Where DuoCoder finds its bundled files and keeps the researcher's own.

The bundled files are found through `importlib.resources` (duocoder/data/__init__.py says
how), never beside the source, so an installed wheel and a desktop bundle find them too."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _package_dir(package: str) -> Path:
    """The folder of a data package as a real path: Qt and the importers open files by
    name, and every way DuoCoder is installed (checkout, wheel, bundle) unpacks it."""
    folder = Path(str(files(package)))
    if not folder.is_dir():
        raise FileNotFoundError(f"DuoCoder's installation lacks its folder {package}.")
    return folder


def resources_dir() -> Path:
    return _package_dir("duocoder.data.resources")


def codebooks_dir() -> Path:
    return _package_dir("duocoder.data.codebooks")


def codebook_path(name_or_path: str) -> Path:
    """A codebook given by file path, or by the name of a shipped codebook
    (`duowerkingen`, `duowerkingen-en`), so a researcher need not know where it is installed."""
    path = Path(name_or_path)
    if path.exists() or path.suffix or len(path.parts) > 1:
        return path
    shipped = codebooks_dir() / f"{name_or_path}.qdc"
    return shipped if shipped.is_file() else path


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as _user_data_dir

    return Path(_user_data_dir("DuoCoder", appauthor=False))
