"""Which UI language to use and the Qt translators that provide it."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from debtordesk.resources import resource_path

UI_LANGUAGES = ("en", "nl")


def choose_language(setting: str | None, system: QLocale | None = None) -> str:
    """The override from settings if any, else Dutch on a Dutch system, else English."""
    if setting in UI_LANGUAGES:
        return setting
    locale = system or QLocale.system()
    return "nl" if locale.language() == QLocale.Language.Dutch else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load ours and Qt's own (button texts such as Cancel); keep the result alive."""
    translators: list[QTranslator] = []
    if language == "en":
        return translators
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"debtordesk_{language}.qm"))):
        app.installTranslator(ours)
        translators.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        translators.append(qt)
    return translators
