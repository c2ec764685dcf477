"""Dutch and English through Qt's own translation files.

The source strings in the code are English; ``resources/translations`` holds
the Dutch ``.ts`` (edited with Qt Linguist or by hand) and the ``.qm`` that
``make`` compiles from it. Widgets retranslate themselves on
``QEvent.LanguageChange``, so switching needs no restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from careerjournal.resources import resource_path
from careerjournal.wording import LOCALES

SOURCE_LANGUAGE = "en"


def system_language() -> str:
    """Dutch for any Dutch-speaking locale (nl_NL, nl_BE, ...), English otherwise."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def current_language() -> str:
    """ "nl" or "en": the language in use, which :class:`Translations` sets as the default locale."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


class Translations(QObject):
    """Installs and swaps the app's and Qt's own translators.

    The translators are children of this object: when the window that owns it
    is destroyed, Qt removes them from the application.
    """

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def switch(self, language: str) -> None:
        """Use ``language`` ("nl" or "en") from now on; open windows update themselves."""
        # The locale first: the LanguageChange that removing a translator sends must see it.
        QLocale.setDefault(QLocale(LOCALES.get(language, LOCALES["en"])))
        for translator in self._translators:
            self._app.removeTranslator(translator)
        self._translators.clear()
        self.language = language
        if language == SOURCE_LANGUAGE:
            return
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        candidates = (
            (f"careerjournal_{language}", str(resource_path("translations"))),
            # qtbase, not the qt_ meta file: that one lists modules PySide6-Essentials lacks.
            (f"qtbase_{language}", qt_dir),
        )
        for name, folder in candidates:
            translator = QTranslator(self)
            if translator.load(name, folder):
                self._app.installTranslator(translator)
                self._translators.append(translator)
