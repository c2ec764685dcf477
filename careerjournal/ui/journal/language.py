"""Which language texts from the exercise files are shown in."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def ui_language() -> str:
    """"nl" or "en": the app's language, set as the default locale by ``Translations``."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
