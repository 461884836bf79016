"""Installing translations: Dutch (resources/i18n/duocoder_nl.qm, plus Qt's own strings for
standard dialog buttons when Qt ships them) or English, whose small .qm only holds plural
forms ("1 document", "2 documents")."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from duocoder.app.paths import resources_dir

_installed: list[QTranslator] = []


def wanted_language() -> str:
    """'nl' or 'en': the setting (View ▸ Language) if made, else the system's language."""
    setting = QSettings().value("language", "")
    if setting in ("nl", "en"):
        return str(setting)
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def install_translation(app: QApplication, language: str | None = None) -> str:
    """Install the translators for `language` (default: `wanted_language()`), replacing
    earlier ones; returns the language in use, which `theme.ui_language` reports."""
    language = language or wanted_language()
    while _installed:
        app.removeTranslator(_installed.pop())
    used = "en"
    catalogue = QTranslator(app)
    ours: QTranslator | None = catalogue
    if language == "nl" and catalogue.load(str(resources_dir() / "i18n" / "duocoder_nl.qm")):
        used = "nl"
        qt = QTranslator(app)
        if qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt)
    elif not catalogue.load(str(resources_dir() / "i18n" / "duocoder_en.qm")):
        ours = None
    if ours is not None:
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    app.setProperty("duocoder_language", used)
    return used
