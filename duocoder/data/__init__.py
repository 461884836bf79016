"""The files DuoCoder reads at run time, as packages `importlib.resources` finds: codebooks
(`duocoder.data.codebooks`) and resources (`duocoder.data.resources`: demo transcripts,
translations, icons, the desktop entry).

They live at the top of the repository (`codebooks/`, `resources/`) where researchers and
translators look for them; the build maps them into this package (pyproject.toml,
`package-dir`), so a wheel or a bundle carries them here. A source checkout has no such
folders under `duocoder/data/`, so the checkout's top folder joins this package's search
path: the same import then finds them there, in an editable install and under PYTHONPATH
alike, and always in the checkout whose `duocoder` was imported."""

from pathlib import Path

_checkout = Path(__file__).resolve().parents[2]
if (_checkout / "pyproject.toml").is_file() and (_checkout / "codebooks").is_dir():
    __path__.append(str(_checkout))
