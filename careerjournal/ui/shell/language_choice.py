"""The language the user wants: their choice under File › Settings, else the system's.

The window and the command line both ask here, so ``careerjournal export-plan``
writes in the language the app speaks. Only QtCore is needed (no widgets, no
QApplication): the choice lives in Qt's settings, read as Qt stores them on
each platform.
"""

from __future__ import annotations

from careerjournal.ui.shell.i18n import system_language
from careerjournal.ui.shell.settings import Settings


def preferred_language(settings: Settings | None = None) -> str:
    """ "nl" or "en"."""
    return (settings or Settings()).language or system_language()
